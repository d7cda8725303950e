"""`kztimeline export events.csv|events.json|events.ics`: TimelineJS's columns and JSON, so a spreadsheet round
trip gives the same events, dates and titles; iCalendar through the icalendar package, each event all-day over
the period its precision covers, its sources' titles in the description."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import icalendar
import pytest

from kztimeline.cli import main
from kztimeline.data import load
from kztimeline.interchange.slides import COLUMNS
from kztimeline.model import Precision


@pytest.fixture(scope="module")
def bundled():
    result = load()
    assert result.timeline is not None
    return result.timeline


def _events(tl):
    return [(e.title.en, str(e.when.start), str(e.when.end), tuple(tl.sectors[s].name.en for s in e.sectors[:1]),
             e.quote.by.en if e.quote else None) for e in tl.events]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_export_then_import_gives_the_same_events_dates_and_titles(suffix: str, tmp_path: Path, capsys,
                                                                  bundled) -> None:
    out = tmp_path / f"events{suffix}"
    assert main(["export", str(out)]) == 0
    assert f"wrote {out}: {len(bundled.events)} events, {len(bundled.eras)} eras" in capsys.readouterr().out
    assert main(["import", str(out), str(tmp_path / "back")]) == 0
    capsys.readouterr()
    back = load(tmp_path / "back").timeline
    assert back is not None
    assert back.info.title.en == bundled.info.title.en
    assert sorted(_events(back), key=repr) == sorted(_events(bundled), key=repr)  # new ids: same-day order
    assert [(e.title.en, str(e.start), str(e.end)) for e in back.eras] == \
        [(e.title.en, str(e.start), str(e.end)) for e in bundled.eras]
    first = bundled.events[0]  # the sources travel as titles, and come back as sources
    titles = {bundled.sources[r.source].title for r in first.sources}
    assert titles <= {back.sources[r.source].title for r in back.events[0].sources}
    assert back.events[0].summary.en == first.summary.en


def test_the_csv_has_the_template_columns_and_precision(tmp_path: Path, bundled) -> None:
    out = tmp_path / "events.csv"
    assert main(["export", str(out), "--lang", "ru"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == COLUMNS
    assert rows[0]["Type"] == "title"
    by_year = next(e for e in bundled.events if e.when.start.precision is Precision.YEAR and not e.when.end)
    row = next(r for r in rows if r["Headline"] == by_year.title.get("ru"))
    assert (row["Year"], row["Month"], row["Day"]) == (str(by_year.when.start.year), "", "")


def test_ics_all_day_events_at_their_precision(tmp_path: Path, capsys, bundled) -> None:
    out = tmp_path / "events.ics"
    assert main(["export", str(out)]) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    entries = {str(v["UID"]).removesuffix("@kztimeline"): v for v in calendar.walk("VEVENT")}
    assert len(entries) == len(bundled.events)
    for event in bundled.events:
        entry = entries[event.id]
        start, end = entry.decoded("DTSTART"), entry.decoded("DTEND")
        assert type(start) is dt.date
        assert type(end) is dt.date
        assert start == event.when.first_day()
        assert end == event.when.last_day() + dt.timedelta(days=1)
        assert str(entry["SUMMARY"]) == event.title.en
        for ref in event.sources:
            assert bundled.sources[ref.source].title in str(entry["DESCRIPTION"])
    year = next(e for e in bundled.events if e.when.start.precision is Precision.YEAR and not e.when.end)
    assert entries[year.id].decoded("DTSTART") == dt.date(year.when.start.year, 1, 1)
    assert entries[year.id].decoded("DTEND") == dt.date(year.when.start.year + 1, 1, 1)
    month = next(e for e in bundled.events if e.when.start.precision is Precision.MONTH and not e.when.end)
    assert entries[month.id].decoded("DTSTART").day == 1
    assert (entries[month.id].decoded("DTEND") - dt.timedelta(days=1)) == month.when.last_day()


def test_picture_options_are_refused_for_data_files(tmp_path: Path, capsys) -> None:
    assert main(["export", str(tmp_path / "e.ics"), "--size", "hd"]) == 2
    assert "--size is for PNG, SVG and PDF" in capsys.readouterr().err
    assert not (tmp_path / "e.ics").exists()
    assert main(["export", str(tmp_path / "missing" / "e.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_an_imported_example_exports_to_every_data_format(tmp_path: Path, capsys) -> None:
    example = Path(__file__).parent / "data" / "timelinejs" / "my-own-timeline.csv"
    assert main(["import", str(example), str(tmp_path / "t")]) == 0
    for suffix in (".csv", ".json", ".ics"):
        assert main(["export", str(tmp_path / f"e{suffix}"), "--data", str(tmp_path / "t")]) == 0
    capsys.readouterr()
    assert main(["import", str(tmp_path / "e.csv"), str(tmp_path / "again")]) == 0
    assert [e.title.en for e in load(tmp_path / "again").timeline.events] == \
        [e.title.en for e in load(tmp_path / "t").timeline.events]
