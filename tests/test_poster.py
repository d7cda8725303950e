"""Posters: what a printed A2 (or a 4K picture) must show, read back from the files themselves.

The PDF's text runs are read with pypdf, with the size each is set in (points, from the text and page matrices),
so the type table is checked on the page, not in the code that chose it."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from benchmark_modules import benchmark_module
from image_compare import difference, to_array
from pypdf import PdfReader
from PySide6.QtGui import QImage

from kztimeline.cli import main
from kztimeline.data import load
from kztimeline.export import poster
from kztimeline.export.poster import (
    References,
    Typography,
    cite,
    first_sentence,
    label_notes,
    parse_paper,
    short_date,
)
from kztimeline.model import PartialDate, When
from kztimeline.timeline.times import EventTimes

SVG = "{http://www.w3.org/2000/svg}"
MM_PER_PT = 25.4 / 72


_POSTERS = benchmark_module("posters")  # how posters are read back (text runs with their sizes in points)
runs = _POSTERS.runs  # (text, size in points) of each text run on a PDF page, in the order drawn
plain = _POSTERS.plain  # text as a reader types it: ligatures ("ﬁ") as their letters, single spaces


@pytest.fixture(scope="module")
def timeline():
    return load(None).timeline


def stream(found: list[tuple[str, float]]) -> str:
    return " ".join(" ".join(text for text, _ in found).split())


@pytest.fixture(scope="module")
def posters(tmp_path_factory, timeline):
    """The whole range as an A2 poster (the orientation chosen for it), in each language."""
    folder = tmp_path_factory.mktemp("posters")
    out = {}
    for lang in ("en", "kk", "ru"):
        path = folder / f"a2-{lang}.pdf"
        assert main(["export", str(path), "--size", "a2", "--lang", lang]) == 0
        out[lang] = PdfReader(str(path))
    return out


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_an_a2_poster_labels_every_event_with_its_date(posters, timeline, lang):
    reader = posters[lang]
    text = stream(runs(reader.pages[0]))
    missing = []
    for event in timeline.events:
        date = short_date(event.when, lang)
        # a point's label, or a bar's title or label, each with its date unless it says it already
        shown = [plain(t) for t in (event.short_label(lang), event.title.get(lang))]
        if not any(t in text and (date in t or f"{date} {t}" in text) for t in shown):
            missing.append(event.id)
    assert missing == [], f"{len(missing)} of {len(timeline.events)} events unlabelled on A2 ({lang}): {missing}"
    width_mm = float(reader.pages[0].mediabox.width) * MM_PER_PT
    height_mm = float(reader.pages[0].mediabox.height) * MM_PER_PT
    assert sorted((round(width_mm), round(height_mm))) == [420, 594]


def test_an_a2_poster_sets_its_type_by_the_table(posters, timeline):
    found = runs(posters["en"].pages[0])
    sizes: dict[str, float] = {}
    for text, size in found:
        sizes[text] = max(size, sizes.get(text, 0.0))
    assert sizes[plain(timeline.info.title.get("en"))] >= 48
    for sector in timeline.sectors.values():
        assert sizes[plain(sector.name.get("en"))] >= 18, sector.id
    labels = [plain(e.short_label("en")) for e in timeline.events]
    label_sizes = [sizes[text] for text in labels if text in sizes]
    assert len(label_sizes) > 50  # most labels are runs of their own (spans carry date and sources in one run)
    assert min(label_sizes) >= 14
    years = [size for text, size in found if re.fullmatch(r"(19|20)\d\d", text)]
    assert len(years) >= 10
    assert min(years) >= 14
    citations = [size for text, size in found if re.fullmatch(r"\[[\d, –]+\]", text)]
    assert len(citations) > 50
    assert min(citations) >= 9
    smallest = min(size for _, size in found)
    assert smallest >= 9, "nothing on the poster is smaller than the sources and summaries"
    sheet = runs(posters["en"].pages[1])
    assert min(size for _, size in sheet) >= 9


def test_the_source_list_is_numbered_complete_and_cited_by_the_labels(posters, timeline):
    reader = posters["en"]
    poster_text = stream(runs(reader.pages[0]))
    sheets = [runs(page) for page in reader.pages[1:]]
    listed = stream([r for sheet in sheets for r in sheet])
    tracked = [f.id for f in timeline.figures.values() if f.track and f.series][:4]
    references = References(timeline, range(len(timeline.events)), tracked)
    numbers = {int(text) for sheet in sheets for text, _ in sheet if text.isdigit()}
    assert numbers >= set(range(1, len(references.numbers) + 1))
    for source_id in references.numbers:
        words = plain(" ".join(timeline.sources[source_id].title.split()[:3]))
        assert words in listed, f"source {source_id} is not in the list"
    for index, cited in references.of_event.items():
        assert cite(cited) in poster_text, timeline.events[index].id
    assert "sources.yaml" not in poster_text + listed  # nothing addressed to curators


def test_the_poster_pdf_carries_its_title_subject_and_language(posters, timeline):
    meta = posters["kk"].xmp_metadata
    assert meta.dc_title == {"kk": timeline.info.title.get("kk")}
    assert meta.dc_language == ["kk"]
    assert timeline.info.title.get("kk") in meta.dc_description["kk"]


def test_larger_pages_show_more_than_the_same_picture_enlarged():
    a3, a2, a1, a0 = (Typography.for_page(*size) for size in ((297, 420), (420, 594), (594, 841), (841, 1189)))
    assert a2.label == pytest.approx(14)
    assert a2.title == pytest.approx(48)
    assert a2.lane == pytest.approx(18)
    assert a3.label < a2.label < a1.label < a0.label  # type grows with the page...
    for small, large, ratio in ((a2, a1, 841 / 594), (a1, a0, 1189 / 841)):
        assert large.label / small.label < ratio  # ...more slowly than the page: a larger one holds more


@pytest.mark.parametrize(("args", "size_mm"), [
    (["--size", "a4", "--portrait"], (210, 297)),
    (["--size", "a3", "--landscape"], (420, 297)),
    (["--size", "500x700mm", "--bleed", "3", "--margin", "15"], (506, 706)),
])
def test_presets_orientations_custom_sizes_and_bleed(tmp_path, args, size_mm):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(out), *args]) == 0
    page = PdfReader(str(out)).pages[0]
    got = (round(float(page.mediabox.width) * MM_PER_PT), round(float(page.mediabox.height) * MM_PER_PT))
    assert got == size_mm


@pytest.mark.parametrize(("args", "message"), [
    (["p.pdf", "--size", "50x50mm"], "out of range"),
    (["p.pdf", "--size", "500x700mm", "--portrait"], "own orientation"),
    (["p.pdf", "--margin", "100"], "margin"),
    (["p.pdf", "--bleed", "20"], "bleed"),
    (["p.png", "--portrait"], "for PDF pages"),
    (["p.png", "--bleed", "3"], "for PDF pages"),
])
def test_bad_page_options_exit_2_and_write_nothing(tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    assert main(["export", *args]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_forced_orientation_that_cannot_label_everything_says_so(tmp_path, capsys):
    out = tmp_path / "small.pdf"
    assert main(["export", str(out), "--size", "a4", "--landscape", "--lang", "ru"]) == 0
    err = capsys.readouterr().err
    assert "could not be labelled" in err
    assert "orientation" in err


def test_dates_summaries_and_citations_as_a_poster_prints_them():
    assert short_date(When(PartialDate(2011, 12, 9)), "en") == "9 Dec 2011"
    assert short_date(When(PartialDate(2011, 12, 9)), "ru") == "09.12.2011"
    assert short_date(When(PartialDate(2011, 12)), "kk") == "12.2011"
    assert short_date(When(PartialDate(2014, 6, 23), PartialDate(2014, 6, 24)), "ru") == "23–24.06.2014"
    assert short_date(When(PartialDate(2017, 6, 10), PartialDate(2017, 9, 10)), "en") == "10 Jun–10 Sep 2017"
    assert short_date(When(PartialDate(2010), PartialDate(2014)), "en") == "2010–2014"
    assert cite((12, 3, 13, 14)) == "[3, 12–14]"
    assert first_sentence("Law No. 534-IV was signed. It set rules.") == "Law No. 534-IV was signed."
    assert first_sentence("Закон № 534 подписан 9 января 2012 г. Он ввёл правила.") == \
        "Закон № 534 подписан 9 января 2012 г. Он ввёл правила."  # "г." is not a sentence's end
    assert parse_paper("500 x 700 mm") == (500, 700)


@pytest.fixture(scope="module")
def svg_and_png(tmp_path_factory):
    folder = tmp_path_factory.mktemp("svg")
    svg, png = folder / "poster.svg", folder / "poster.png"
    for out in (svg, png):
        assert main(["export", str(out), "--size", "4k", "--lang", "kk"]) == 0
    return svg, png


def test_an_svg_poster_needs_no_fonts_and_no_non_scaling_strokes(svg_and_png, timeline):
    root = ET.parse(svg_and_png[0]).getroot()
    assert not list(root.iter(f"{SVG}text"))
    assert not [e for e in root.iter() if e.get("vector-effect") == "non-scaling-stroke"]
    said = " ".join(g.get("data-text", "") for g in root.iter(f"{SVG}g"))
    assert timeline.event("tulpar-talgo-opens").short_label("kk") in said
    for group in root.iter(f"{SVG}g"):  # no stroke is drawn under a plot's extreme transform any more
        numbers = re.findall(r"[-\d.e+]+", group.get("transform", "matrix(1,0,0,1,0,0)"))
        a, d = abs(float(numbers[0])), abs(float(numbers[3]))
        stroked = group.get("stroke", "none") != "none" and any(child.tag != f"{SVG}g" for child in group)
        assert not (stroked and (a < 1e-3 or d < 1e-3)), group.attrib


def rendered(tool: str, svg: Path, png: Path) -> QImage:
    if tool == "rsvg-convert":
        command = ["rsvg-convert", "--width", "3840", "--height", "2160", str(svg), "-o", str(png)]
    else:
        command = [tool, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                   "--window-size=3840,2160", f"--screenshot={png}", svg.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return QImage(str(png))


@pytest.mark.parametrize("tool", ["rsvg-convert", "chromium"])
def test_the_svg_renders_as_qt_draws_it_in_other_renderers(svg_and_png, tmp_path, tool):
    """librsvg and Chromium draw the SVG like the PNG Qt draws from the same layout: no label overflows its box
    (text is outlines), no line is drawn 20 px thick."""
    if shutil.which(tool) is None:
        package = "librsvg2-bin" if "rsvg" in tool else tool
        pytest.skip(f"{tool} is not installed here (Debian: apt-get install {package})")
    svg, png = svg_and_png
    image = rendered(tool, svg, tmp_path / "rendered.png")
    reference = QImage(str(png))
    assert (image.width(), image.height()) == (reference.width(), reference.height())
    mean, changed = difference(to_array(image)[..., :3], to_array(reference)[..., :3])
    assert mean < 4, (mean, changed)
    assert changed < 0.01, (mean, changed)


def test_svg_text_can_stay_text_with_the_font_embedded(tmp_path):
    out = tmp_path / "text.svg"
    assert main(["export", str(out), "--svg-text", "text"]) == 0
    root = ET.parse(out).getroot()
    style = "".join(e.text or "" for e in root.iter(f"{SVG}style"))
    assert "@font-face" in style
    assert "data:font/ttf;base64," in style
    assert list(root.iter(f"{SVG}text"))


def test_a_4k_picture_labels_every_event_with_its_date(svg_and_png, timeline):
    root = ET.parse(svg_and_png[0]).getroot()
    said = plain(" ".join(g.get("data-text", "") for g in root.iter(f"{SVG}g")))
    missing = []
    for event in timeline.events:
        date = short_date(event.when, "kk")
        shown = [plain(t) for t in (event.short_label("kk"), event.title.get("kk"))]
        if not any(t in said and (date in t or f"{date} {t}" in said) for t in shown):
            missing.append(event.id)
    assert missing == []


def test_label_notes_are_written_when_asked_for_and_say_what_the_label_needs(timeline):
    """A poster's notes (date, source numbers, first sentence) are written as the frame asks for them, one per
    cited event; an event the poster does not cite has none."""
    shown = list(range(0, len(timeline.events), 2))
    references = References(timeline, shown)
    notes = label_notes(timeline, references, "ru", summaries=True)
    assert len(notes) == len(shown)
    assert set(notes) == set(shown)
    index = shown[3]
    event = timeline.events[index]
    note = notes[index]
    assert note is notes.get(index)  # written once
    assert note.prefix == short_date(event.when, "ru")
    assert note.suffix == cite(references.of_event[index])
    assert note.summary == first_sentence(event.summary.get("ru"))
    assert notes.get(1) is None


def _numbered_event_by_event(timeline, events) -> dict[str, int]:
    """The sources numbered as a reader would: the events by date (index order where they start together), each
    one's sources in order, a number for each source the first time it is cited."""
    numbers: dict[str, int] = {}
    for index in sorted(events, key=lambda i: (timeline.events[i].when.start_seconds(), i)):
        for ref in timeline.events[index].sources:
            numbers.setdefault(ref.source, len(numbers) + 1)
    return numbers


@pytest.mark.parametrize("data", ["bundled", "synthetic"])
@pytest.mark.parametrize("step", [1, 3])
def test_sources_are_numbered_in_the_order_the_events_by_date_first_cite_them(timeline, tmp_path, monkeypatch,
                                                                                 data, step):
    """Read a few events at a time: the bundled data cites only some of its sources (every event is read), the
    generated cites all 20 of its sources in its first events (the rest need not be read)."""
    if data == "synthetic":
        path = tmp_path / "events.yaml"
        path.write_text(benchmark_module("generate").generate(1500, seed=3), encoding="utf-8")
        timeline = load(path).timeline
    monkeypatch.setattr(poster, "FIRST_CITED_RUN", 7)
    shown = list(range(len(timeline.events) - 1, -1, -step))  # any order in, by date out
    tracked = [f.id for f in timeline.figures.values() if f.track and f.series][:2]
    for times in (None, EventTimes.of(timeline.events)):
        references = References(timeline, shown, tracked, times)
        expected = _numbered_event_by_event(timeline, shown)
        assert list(references.numbers.items())[:len(expected)] == list(expected.items())
        for key in tracked:  # the figures' sources after the events', numbered as first cited
            for ref in timeline.figures[key].sources:
                expected.setdefault(ref.source, len(expected) + 1)
            assert references.of_series[key] == tuple(expected[ref.source] for ref in timeline.figures[key].sources)
        assert list(references.numbers.items()) == list(expected.items())
        assert list(references.of_event) == sorted(shown, key=lambda i: (timeline.events[i].when.start_seconds(), i))
        assert len(references.of_event) == len(shown)
        for index in shown:
            assert references.of_event[index] == tuple(expected[ref.source] for ref in timeline.events[index].sources)
        assert [e.number for e in references.entries()] == list(range(1, len(expected) + 1))
    if step > 1:
        with pytest.raises(KeyError):
            references.of_event[1]  # not on the poster
        assert 1 not in references.of_event
        assert references.of_event.get(1) is None
