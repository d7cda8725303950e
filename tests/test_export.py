"""Export to PNG, SVG and PDF: decode what was written, from the command line and from the window."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage

from kztimeline.app import base_font, make_application
from kztimeline.cli import main
from kztimeline.data import load
from kztimeline.export.options import ExportOptions, check
from kztimeline.export.render import ExportCancelled, ExportCanvas, export, pixel_scale
from kztimeline.ui.theme import LIGHT

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def timeline():
    result = load()
    assert result.timeline is not None
    return result.timeline


@pytest.fixture(autouse=True)
def _app(qapp):
    make_application()


def non_background_fraction(image: QImage, background: QColor) -> float:
    """Share of sampled pixels that differ clearly from the background colour."""
    step = 7
    differing = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            total += 1
            if abs(pixel.red() - background.red()) + abs(pixel.green() - background.green()) + abs(
                    pixel.blue() - background.blue()) > 30:
                differing += 1
    return differing / total


def test_png_from_the_command_line_has_the_size_and_content(tmp_path, capsys):
    out = tmp_path / "timeline.png"
    assert main(["export", str(out), "--width", "1280", "--height", "720"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert non_background_fraction(image, QColor(LIGHT.background)) > 0.05
    assert image.dotsPerMeterX() == round(96 * pixel_scale(720) / 0.0254)
    assert "wrote" in capsys.readouterr().out


def svg_texts(root: ET.Element) -> str:
    """What an SVG says: its text elements, and the texts its glyph outlines stand for (data-text)."""
    found = [e.text or "" for e in root.iter(f"{SVG}text")]
    found += [e.get("data-text", "") for e in root.iter(f"{SVG}g") if e.get("data-text")]
    return " ".join(found)


def test_svg_is_xml_with_the_titles_as_outlines_that_say_what_they_are(tmp_path):
    out = tmp_path / "timeline.svg"
    assert main(["export", str(out), "--from", "2009", "--to", "2013"]) == 0
    root = ET.parse(out).getroot()
    assert not list(root.iter(f"{SVG}text")), "text as outlines: the same in every viewer, whatever its fonts"
    texts = svg_texts(root)
    assert "Industrialization of Kazakhstan" in texts
    tulpar = load(None).timeline.event("tulpar-talgo-opens")
    assert tulpar.short_label("en") in texts  # the lanes show each event's short label


def test_text_in_a_script_no_font_has_becomes_outlines_without_a_crash(tmp_path):
    """A character no installed font covers (Gurmukhi here) is drawn by Qt as a box from no real font; asking that
    font for its name crashed the SVG export. Its text's other glyphs still become outlines, and the group still
    says the whole text."""
    from kztimeline.export.svg_post import text_to_paths

    make_application()
    root = ET.fromstring(f'<svg xmlns="{SVG[1:-1]}"><text x="0" y="20" font-family="Noto Sans" '
                         'font-size="14">Era \u0a20 one</text></svg>')
    assert text_to_paths(root) == 1
    assert not list(root.iter(f"{SVG}text"))
    assert svg_texts(root) == "Era \u0a20 one"
    assert len(list(root.iter(f"{SVG}use"))) >= len("Eraone"), "the covered letters lost their outlines"


def test_pdf_opens_with_searchable_titles_and_embedded_fonts(tmp_path):
    out = tmp_path / "timeline.pdf"
    assert main(["export", str(out), "--size", "a3", "--landscape", "--select", "tulpar-talgo-opens"]) == 0
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2  # the poster, then its sources
    page = reader.pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    assert width_mm == pytest.approx(420, abs=1)  # A3 landscape
    text = " ".join(page.extract_text().split())  # pypdf may separate words with tabs
    assert "Industrialization of Kazakhstan" in text
    assert "Tulpar-Talgo" in text
    fonts = page["/Resources"]["/Font"]
    names = [str(fonts[key].get_object()["/BaseFont"]) for key in fonts]
    assert any("NotoSans" in name for name in names)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["out.gif"], "format"),
        (["out.png", "--from", "2013-02-30"], "28 days"),
        (["out.png", "--from", "2012", "--to", "2010"], "empty"),
        (["out.png", "--select", "no-such-event"], "no-such-event"),
        (["out.png", "--sectors", "steel"], "unknown sector 'steel'"),
        (["out.png", "--width", "20000", "--height", "1000"], "out of range"),
        (["out.png", "--size", "huge"], "unknown size"),
        (["out.png", "--size", "a4"], "for PDF"),
        (["out.png", "--width", "800"], "both"),
    ],
)
def test_bad_arguments_exit_2_with_a_message_and_write_nothing(tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    assert main(["export", *args]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_exits_1_and_leaves_nothing(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["export", str(blocker / "out.png")]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_failed_write_leaves_the_existing_file_untouched(tmp_path, timeline, monkeypatch):
    out = tmp_path / "poster.png"
    out.write_bytes(b"the curator's earlier poster")

    def broken(self, painter, scale):
        raise OSError("disk full")

    monkeypatch.setattr(ExportCanvas, "paint_into", broken)
    options = check(ExportOptions(width=800, height=450), timeline)
    with pytest.raises(OSError, match="disk full"):
        export(timeline, options, out, base_font())
    assert out.read_bytes() == b"the curator's earlier poster"
    assert [p.name for p in tmp_path.iterdir()] == ["poster.png"]


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_a_cancelled_export_writes_nothing(tmp_path, timeline, fmt):
    out = tmp_path / f"poster.{fmt}"
    options = check(ExportOptions(fmt=fmt, width=800, height=450, paper="a4" if fmt == "pdf" else None), timeline)
    seen = []

    def progress(percent: int, what: str) -> bool:
        seen.append(percent)
        return percent < 40  # cancel when drawing starts

    with pytest.raises(ExportCancelled):
        export(timeline, options, out, base_font(), progress)
    assert 40 in seen
    assert list(tmp_path.iterdir()) == []


def test_a_larger_export_lays_out_more_titles(timeline, qtbot):
    counts = {}
    for width, height in ((1920, 1080), (7680, 4320)):
        options = check(ExportOptions(width=width, height=height), timeline)
        scale = pixel_scale(height)
        canvas = ExportCanvas(timeline, options, base_font(), scale)
        canvas.lay_out(round(width / scale), round(height / scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        from PySide6.QtGui import QPainter

        painter = QPainter(image)
        canvas.paint_into(painter, scale)
        painter.end()
        counts[width] = canvas.view.lanes_item.frame().label_count
        canvas.close()
    assert counts[7680] > counts[1920] > 0


def test_the_window_dialog_and_the_command_line_give_the_same_picture(make_window, tmp_path, qtbot):
    window = make_window()
    from_window = tmp_path / "window.png"
    from_cli = tmp_path / "cli.png"

    def fill_and_accept():
        dialog = window._export_dialog
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
        dialog.size_box.setCurrentIndex(dialog.size_box.findData("custom"))
        dialog.width_box.setValue(1200)
        dialog.height_box.setValue(700)
        dialog.whole_range.setChecked(True)
        dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
        dialog.path_edit.setText(str(from_window))
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    window.export_action.trigger()
    assert from_window.exists()
    assert main(["export", str(from_cli), "--width", "1200", "--height", "700", "--theme", "dark"]) == 0
    a, b = QImage(str(from_window)), QImage(str(from_cli))
    assert (a.width(), a.height()) == (b.width(), b.height()) == (1200, 700)
    differing = sum(1 for y in range(0, 700, 5) for x in range(0, 1200, 5) if a.pixel(x, y) != b.pixel(x, y))
    assert differing / (240 * 140) < 0.002


def test_the_dialog_remembers_the_last_choices(make_window, tmp_path):
    window = make_window()
    target = tmp_path / "remembered.svg"

    def choose_svg_and_accept():
        dialog = window._export_dialog
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
        dialog.include_footer.setChecked(False)
        dialog.path_edit.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, choose_svg_and_accept)
    window.export_action.trigger()
    assert target.exists()

    seen = {}

    def look_and_cancel():
        dialog = window._export_dialog
        seen["format"] = dialog.fmt
        seen["footer"] = dialog.include_footer.isChecked()
        seen["path"] = dialog.path_edit.text()
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    window.export_action.trigger()
    assert seen == {"format": "svg", "footer": False, "path": str(target)}


def test_export_writes_into_a_folder_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "relative.png", "--size", "hd"]) == 0
    assert Path(tmp_path / "relative.png").stat().st_size > 10_000


def test_a_kazakh_pdf_keeps_its_text_searchable_in_the_bundled_font(tmp_path, timeline):
    out = tmp_path / "kk.pdf"
    assert main(["export", str(out), "--size", "a4", "--lang", "kk"]) == 0
    page = PdfReader(str(out)).pages[0]
    text = " ".join(page.extract_text().split())
    assert timeline.info.title.get("kk") in text  # "Қазақстанды индустрияландыру, 1997–2022"
    fonts = page["/Resources"]["/Font"]
    assert all("NotoSans" in str(fonts[key].get_object()["/BaseFont"]) for key in fonts)


def test_a_poster_pdf_lays_the_lanes_out_on_its_page(tmp_path, timeline):
    """A PDF writer keeps its scale to itself (the lanes see the view's size): the lanes must be laid out in
    the painter's own pixels, or an A2 poster draws its labels far off the page (once, half of all text was)."""
    out = tmp_path / "poster.pdf"
    assert main(["export", str(out), "--size", "a2", "--landscape"]) == 0
    page = PdfReader(str(out)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    placed: list[tuple[str, bool]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            placed.append((text, 0 <= x <= width and 0 <= y <= height))

    page.extract_text(visitor_text=visit)
    off_page = [text for text, on_page in placed if not on_page]
    assert off_page == [], f"{len(off_page)} of {len(placed)} texts off the page, e.g. {off_page[:3]}"
    text = " ".join(" ".join(t for t, _ in placed).split())
    named = [e.id for e in timeline.events if " ".join(e.short_label("en").split()) in text]
    assert len(named) >= 0.7 * len(timeline.events), f"only {len(named)} of {len(timeline.events)} labels"


def open_dialog_and(window, act):
    """Open File > Export… and run `act(dialog)` in it (it accepts or rejects)."""
    QTimer.singleShot(0, lambda: act(window._export_dialog))
    window.export_action.trigger()


@pytest.mark.parametrize(("fmt", "size", "orientation", "ratio"), [
    ("pdf", "a2", "portrait", 420 / 594),
    ("pdf", "a2", "landscape", 594 / 420),
    ("png", "4k", None, 16 / 9),
])
def test_the_dialog_previews_the_export_at_its_real_proportions(make_window, fmt, size, orientation, ratio):
    window = make_window()
    seen = {}

    def look(dialog):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        dialog.size_box.setCurrentIndex(dialog.size_box.findData(size))
        if orientation:
            dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData(orientation))
        dialog.update_preview()
        seen["size"] = dialog.preview_size
        seen["caption"] = dialog.preview_caption.text()
        seen["pixmap"] = not dialog.preview_label.pixmap().isNull()
        dialog.reject()

    open_dialog_and(window, look)
    width, height = seen["size"]
    assert width / height == pytest.approx(ratio, rel=0.02)
    assert max(width, height) <= 260
    assert seen["pixmap"]
    if fmt == "pdf" and orientation == "portrait":
        assert "every event labelled" in seen["caption"]
    if orientation == "landscape":
        assert "without a label" in seen["caption"]  # A2 landscape is too short for the whole story


def test_the_default_folder_is_made_when_it_does_not_exist(make_window, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs: ~/Pictures
    window = make_window()
    from kztimeline.window.export_dialog import default_folder

    assert default_folder() == tmp_path / "Pictures"
    assert not (tmp_path / "Pictures").exists()

    def accept_as_proposed(dialog):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
        dialog.accept()

    open_dialog_and(window, accept_as_proposed)
    assert (tmp_path / "Pictures" / "kztimeline.png").stat().st_size > 10_000


def test_a_failed_export_says_why_in_the_interface_language(make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    window.set_language("ru")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: said.append((title, text)))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    options = ExportOptions.of_view(window.state.snapshot(), window.timeline, whole_range=True, fmt="png",
                                    width=800, height=450)
    assert not window.run_export(options, blocker / "out.png")
    (_title, text), = said
    assert "Папка не существует" in text, text
    assert "Не удалось записать" in text, text
    assert not any(word in text for word in ("Could not", "folder", "No such")), text


def test_a_poster_counts_the_events_it_draws_without_their_label(timeline):
    """The count is the poster's events less those the frame shows readable: none on a 4K poster of the bundled
    data once its source list is fitted, some when the lanes get too little height for them all."""
    from kztimeline.export.render import ExportData, Outcome, compose, page_for
    from kztimeline.timeline.frame import readable_events

    options = check(ExportOptions(width=3840, height=2160), timeline)
    page, outcome = page_for(options), Outcome()
    canvas, _sheets = compose(timeline, options, base_font(), ExportData.of(timeline, None), page, outcome)
    try:
        assert outcome.unlabelled == canvas.unlabelled() == 0
        canvas.lay_out(round(3840 / page.scale), round(2160 / page.scale * 0.8))
        expected = set(canvas.references.of_event) - readable_events(canvas.view.lanes_item.frame())
        assert canvas.unlabelled() == len(expected)
        assert 0 < len(expected) < len(timeline.events)
    finally:
        canvas.close()
