"""`kztimeline import`: TimelineJS3's own example files (tests/data/timelinejs/, MPL-2.0, see its README) import
into data folders that validate, open in the window and export; what cannot be carried over is reported;
malformed input is an error at its line and column and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kztimeline.cli import main
from kztimeline.data import load
from kztimeline.interchange.html_text import reduce
from kztimeline.interchange.ids import IdMaker, slug
from kztimeline.model import PartialDate

EXAMPLES = Path(__file__).parent / "data" / "timelinejs"
HEADER = ("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,"
          "Media Caption,Media Thumbnail,Type,Group,Background\n")

# file: (events, eras, sectors, title, first year, last year)
EXPECTED = {
    "my-own-timeline.csv": (10, 0, 0, "MY OWN CSV", 1815, 1985),
    "all-media-types.json": (41, 0, 5, "TimelineJS Media Types", 1901, 1940),
    "cosmo-mixed.json": (5, 0, 0, "A Brief History of Light", 1021, 1990),
    "marktwain.json": (14, 0, 0, "marktwain", 1900, 2014),
}


def run_import(capsys, source: Path, folder: Path, *more: str) -> tuple[int, str, str]:
    code = main(["import", str(source), str(folder), *more])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_example_imports_validates_opens_and_exports(name: str, tmp_path: Path, capsys, make_window) -> None:
    events, eras, sectors, title, first, last = EXPECTED[name]
    folder = tmp_path / "imported"
    code, out, err = run_import(capsys, EXAMPLES / name, folder)
    assert code == 0, err
    assert f"{events} events, {eras} eras, {sectors} sectors" in out
    assert "not carried over" in out
    assert "every event is a 'milestone'" in out
    result = load(folder)
    assert result.ok, [str(p) for p in result.errors]
    tl = result.timeline
    assert (len(tl.events), len(tl.eras), len(tl.sectors)) == (events, eras, sectors)
    assert tl.info.title.en == title
    assert tl.events[0].when.start.year == first
    assert max(e.when.last_day().year for e in tl.events) == last
    assert tl.info.start.year <= first
    assert tl.info.end.year >= last
    file_source = next(iter(tl.sources.values()))
    assert file_source.title == name  # the file itself is the first source, cited by every event with a locator
    assert all(e.sources[0].source == file_source.id and e.sources[0].locator for e in tl.events)
    assert len({e.id for e in tl.events}) == events
    window = make_window(folder)
    assert len(window.timeline.events) == events
    assert window.title_label.text() == title
    png = tmp_path / "poster.png"
    assert main(["export", str(png), "--data", str(folder), "--width", "960", "--height", "600"]) == 0
    assert png.stat().st_size > 1000
    capsys.readouterr()


def test_the_template_csv_keeps_precision_quote_credits_and_html_text(tmp_path: Path, capsys) -> None:
    code, _, err = run_import(capsys, EXAMPLES / "my-own-timeline.csv", tmp_path / "t")
    assert code == 0, err
    tl = load(tmp_path / "t").timeline
    assert tl is not None
    by_title = {e.title.en: e for e in tl.events}
    ada = by_title["Ada Lovelace"]
    assert (ada.when.start, ada.when.end) == (PartialDate(1815, 12, 10), PartialDate(1852, 11, 27))
    eniac = by_title["...And the women who made it work"]
    assert (eniac.when.start, eniac.when.end) == (PartialDate(1943, 7), PartialDate(1946))  # month, then year
    assert by_title["Rózsa Péter writes recursion"].when.start == PartialDate(1951)
    assert "<" not in ada.summary.en
    assert "Analytical Engine" in ada.summary.en
    assert "Lord Byron" in ada.summary.en
    clarke = by_title["Edith Clarke: Bucking the Trend"]  # a block quote as the media becomes the quote
    assert clarke.quote is not None
    assert clarke.quote.text.en.startswith("There is no demand for women engineers")
    assert clarke.quote.by.en.startswith("Edith Clarke, first female professor")
    hopper = by_title["Grace Hopper invents the compiler"]  # the credit, with its link, is a source
    credit = tl.sources[hopper.sources[1].source]
    assert credit.title == "Innovation Hub"
    assert credit.url
    assert credit.url.startswith("http://blogs.wgbh.org/")
    assert hopper.sources[0].locator == "line 10"  # rows 5 and 6 hold line breaks


def test_years_beyond_the_limits_are_reported_not_crashed_on(tmp_path: Path, capsys) -> None:
    code, out, _ = run_import(capsys, EXAMPLES / "cosmo-mixed.json", tmp_path / "c")
    assert code == 0
    assert "outside the years 1000 to 2999, left out: 6 slide(s)" in out
    assert "left out: 'The Big Bang' (-13800000000, events[0])" in out
    tl = load(tmp_path / "c").timeline
    assert tl is not None
    assert tl.info.start.year >= 1000


def test_an_example_wholly_outside_the_years_writes_nothing(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "eras"
    code, _, err = run_import(capsys, EXAMPLES / "eras.json", folder)
    assert code == 1
    assert "nothing to import: all 23 slides lie outside the years kztimeline can show (1000 to 2999)" in err
    assert "Traceback" not in err
    assert not folder.exists()


def test_times_locations_and_missing_headlines_are_reported(tmp_path: Path, capsys) -> None:
    code, out, _ = run_import(capsys, EXAMPLES / "marktwain.json", tmp_path / "m")
    assert code == 0
    assert "times of day (dates are kept to the day): 16" in out
    assert "unsupported field location: 12" in out
    assert "slides with neither a headline nor a text, left out: 3 (events[3], events[4], events[5])" in out
    assert "no title slide" not in out or "titled after the file" in out


def test_eras_title_and_groups_from_a_spreadsheet(tmp_path: Path, capsys) -> None:
    source = tmp_path / "sheet.csv"
    source.write_text(HEADER + ",,,,,,,,,Our town,,,,,,title,,\n"
                      "1990,,,,2000,,,,,The nineties,,,,,,era,,\n"
                      "1995,5,,,,,,,,Mill opens,The &amp; mill <b>opens</b>.,,,,,,Industry,\n"
                      "1995,5,,,,,,,,Mill opens,Again.,,,,,,Industry,\n"
                      "1998,,,10:30,,,,,,Школа открыта,,,,,,,Образование,#ff0000\n", encoding="utf-8")
    code, out, err = run_import(capsys, source, tmp_path / "town")
    assert code == 0, err
    tl = load(tmp_path / "town").timeline
    assert tl is not None
    assert tl.info.title.en == "Our town"
    assert [(e.title.en, str(e.start), str(e.end)) for e in tl.eras] == [("The nineties", "1990", "2000")]
    assert [e.id for e in tl.events] == ["mill-opens", "mill-opens-2", "shkola-otkryta"]
    assert tl.events[0].summary.en == "The & mill opens."
    assert tl.events[2].summary.en == "Школа открыта"  # no text: the headline, and the report says so
    assert [s.name.en for s in tl.sectors.values()] == ["Industry", "Образование"]
    assert len({s.colour for s in tl.sectors.values()}) == 2
    assert "times of day (dates are kept to the day): 1" in out
    assert "backgrounds (images or colours): 1" in out
    assert "events without a text have their headline as summary: 1" in out


def test_a_bad_cell_is_named_at_its_line_and_column(tmp_path: Path, capsys) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(HEADER + '2001,,,,,,,,,"A headline\nover two lines",,,,,,,,\n'
                      '2002,13,,,,,,,,Bad month,,,,,,,,\n', encoding="utf-8")
    code, _, err = run_import(capsys, source, tmp_path / "out")
    assert code == 1
    assert f"{source}:4:6: error: Month '13' is not a month: write a whole number from 1 to 12" in err
    assert "nothing was written" in err
    assert not (tmp_path / "out").exists()


def test_json_errors_carry_the_position_json_reports(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"events": [\n  {"start_date": {"year": 2001},}\n]}', encoding="utf-8")
    code, _, err = run_import(capsys, broken, tmp_path / "a")
    assert code == 1
    assert f"{broken}:2:33: error: not valid JSON" in err
    bad = tmp_path / "bad.json"
    bad.write_text('{"events": [\n  {"start_date": {"year": 2001, "day": 3},\n   "text": {"headline": "x"}}]}',
                   encoding="utf-8")
    code, _, err = run_import(capsys, bad, tmp_path / "b")
    assert code == 1
    assert f"{bad}:2:40: error: Day without a Month: a day needs its month" in err
    ended = tmp_path / "ended.json"
    ended.write_text('{"events": [{"start_date": {"year": 2001}, "end_date": {"year": 1999},'
                     ' "text": {"headline": "x"}}]}', encoding="utf-8")
    code, _, err = run_import(capsys, ended, tmp_path / "c")
    assert code == 1
    assert "1:65: error: the slide ends (1999) before it starts (2001)" in err
    assert "Traceback" not in err


def test_a_folder_that_is_not_empty_needs_force(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "t"
    assert run_import(capsys, EXAMPLES / "my-own-timeline.csv", folder)[0] == 0
    before = (folder / "timeline.yaml").read_bytes()
    code, _, err = run_import(capsys, EXAMPLES / "all-media-types.json", folder)
    assert code == 1
    assert "is not empty; give --force" in err
    assert (folder / "timeline.yaml").read_bytes() == before
    assert run_import(capsys, EXAMPLES / "all-media-types.json", folder, "--force")[0] == 0
    assert load(folder).timeline.info.title.en == "TimelineJS Media Types"
    (folder / "more.yaml").write_text("events: []\n", encoding="utf-8")
    code, _, err = run_import(capsys, EXAMPLES / "my-own-timeline.csv", folder, "--force")
    assert code == 1
    assert "holds other data files (more.yaml)" in err


def test_the_written_yaml_is_plain_safe_yaml(tmp_path: Path, capsys) -> None:
    assert run_import(capsys, EXAMPLES / "all-media-types.json", tmp_path / "t")[0] == 0
    text = (tmp_path / "t" / "timeline.yaml").read_text(encoding="utf-8")
    events = yaml.compose(text).value[3][1].value  # plain nodes: no tags, anchors or aliases
    assert all(node.tag == "tag:yaml.org,2002:map" for node in events)
    assert set(yaml.safe_load(text)) == {"timeline", "sources", "sectors", "events"}


def test_html_is_reduced_with_the_parser() -> None:
    reduced = reduce('<p>One&nbsp;<b>two</b></p><script>alert(1)</script><p>Three <a href="https://x.org/">'
                     'link</a><br>four &lt;5&gt;</p>')
    assert reduced.text == "One two\nThree link\nfour <5>"
    assert reduced.links == ["https://x.org/"]


def test_ids_are_unique_and_within_the_limits() -> None:
    maker = IdMaker("event")
    long = "A very long headline " * 10
    ids = [maker.make(long), maker.make(long), maker.make("1951"), maker.make("???"), maker.make("Қазақстан")]
    assert all(len(i) <= 64 for i in ids)
    assert len(set(ids)) == len(ids)
    assert ids[1].endswith("-2")
    assert ids[2] == "y1951"
    assert ids[3] == "event"
    assert ids[4] == "qazaqstan"
    assert slug("Étoile du Nord", "x") == "etoile-du-nord"


def test_an_imported_timeline_names_its_ungrouped_lane_other_events_not_policy(tmp_path, capsys, make_window):
    folder = tmp_path / "imported"
    code, _out, err = run_import(capsys, EXAMPLES / "my-own-timeline.csv", folder)
    assert code == 0, err
    window = make_window(folder)
    assert window.view.lanes_item.policy_title == "Other events"
    bundled = make_window()
    assert bundled.view.lanes_item.policy_title == "Programmes and policy"  # the bundled data names its own
    bundled.set_language("kk")
    assert bundled.view.lanes_item.policy_title == "Бағдарламалар мен саясат"
