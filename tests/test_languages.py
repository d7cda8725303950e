"""Kazakh, Russian and English: translations complete, switching at once, glyphs present, formats per language."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QRawFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from kztimeline.data import load
from kztimeline.model import parse_date
from kztimeline.model.coverage import texts
from kztimeline.model.entities import Qualifier, Unit
from kztimeline.ui.formatting import format_date, format_quantity

ROOT = Path(__file__).parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TULPAR = "tulpar-talgo-opens"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_ts_files_have_no_unfinished_entries(lang):
    tree = ET.parse(TRANSLATIONS / f"kztimeline_{lang}.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 100
    unfinished = [m.find("source").text for m in messages if m.find("translation").get("type") == "unfinished"]
    empty = [m.find("source").text for m in messages
             if not (m.find("translation").text or "".join(f.text or "" for f in m.find("translation")))]
    assert unfinished == []
    assert empty == []


def test_the_compiled_translations_ship_in_the_package():
    from importlib import resources

    folder = resources.files("kztimeline.resources").joinpath("translations")
    for lang in ("en", "kk", "ru"):
        assert folder.joinpath(f"kztimeline_{lang}.qm").is_file(), f"kztimeline_{lang}.qm was not built"


def test_switching_language_changes_the_window_and_the_panel_at_once(make_window, qtbot):
    window = make_window()
    window.view.reduced_motion = True
    window.select_by_id(TULPAR, animate=False)
    qtbot.wait(50)
    view_before = window.view.view_range()
    event = window.timeline.event(TULPAR)

    window.set_language("kk")
    qtbot.wait(20)  # widgets added to a shown layout appear on the next turn of the event loop
    assert window.actions_.file_menu.title() == "&Файл"
    assert window.search_field.placeholderText().startswith("Оқиғаларды")
    panel_texts = {label.text() for label in window.panel.findChildren(QLabel) if label.isVisible()}
    assert event.title.get("kk") in panel_texts
    assert "2011 жылғы 9 желтоқсан" in " ".join(panel_texts)
    assert window.list_model.headerData(0, Qt.Orientation.Horizontal) == "Күні"

    window.set_language("ru")
    qtbot.wait(20)
    panel_texts = {label.text() for label in window.panel.findChildren(QLabel) if label.isVisible()}
    assert event.title.get("ru") in panel_texts
    assert window.state.lang == "ru"
    assert window.title_label.text() == window.timeline.info.title.get("ru")

    assert window.selected == window.timeline.index_of(TULPAR)  # the selection and the view stay
    assert window.view.view_range() == pytest.approx(view_before)


def test_every_character_of_the_content_and_interface_is_in_the_bundled_font(qapp):
    """No missing-glyph boxes: every character shown in any language is in Noto Sans (or is a space)."""
    font = QRawFont(QByteArray((ROOT / "resources" / "fonts" / "NotoSans-Regular.ttf").read_bytes()), 14)
    assert font.isValid()
    timeline = load().timeline
    shown = set()
    for text in texts(timeline):
        for value in text.values.values():
            shown.update(value)
    for lang in ("kk", "ru"):
        for message in ET.parse(TRANSLATIONS / f"kztimeline_{lang}.ts").getroot().iter("message"):
            translation = message.find("translation")
            shown.update(translation.text or "")
            for form in translation:
                shown.update(form.text or "")
    missing = sorted(ch for ch in shown if not ch.isspace() and not font.supportsCharacter(ord(ch)))
    assert missing == [], f"characters the bundled font cannot draw: {missing}"


def test_a_kazakh_screenshot_renders_kazakh_text(tmp_path):
    out = tmp_path / "kk.png"
    completed = subprocess.run(
        [sys.executable, "-m", "kztimeline", "--lang", "kk", "--select", TULPAR, "--screenshot", str(out),
         "--size", "1280x720"], capture_output=True, text=True, timeout=120, check=False,
        env={k: v for k, v in __import__("os").environ.items() if k != "DISPLAY"})
    assert completed.returncode == 0, completed.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


@pytest.mark.parametrize(
    ("lang", "day", "month"),
    [("en", "9 December 2011", "February 2010"),
     ("ru", "9 декабря 2011 г.", "февраль 2010 г."),  # month names in lower case, as in running text
     ("kk", "2011 жылғы 9 желтоқсан", "2010 жылғы ақпан")],
)
def test_dates_are_written_per_language_with_their_precision(qapp, lang, day, month):
    assert format_date(parse_date("2011-12-09"), lang) == day
    assert format_date(parse_date("2010-02"), lang) == month
    assert format_date(parse_date("2010"), lang) == "2010"


@pytest.mark.parametrize(
    ("lang", "money", "jobs", "share"),
    [("en", "8.1 trillion tenge", "161,000 jobs", "31.8 %"),
     ("ru", "8,1 трлн тенге", "161\u00a0000 jobs", "31,8 %"),
     ("kk", "8,1 трлн теңге", "161\u00a0000 jobs", "31,8 %")],
)
def test_numbers_are_written_per_language(qapp, lang, money, jobs, share):
    assert format_quantity(8.1e12, Unit.TENGE, lang) == money
    assert format_quantity(161000, Unit.COUNT, lang, noun="jobs") == jobs
    assert format_quantity(31.8, Unit.PERCENT, lang) == share


def test_a_qualifier_is_written_in_the_language(qapp):
    assert format_quantity(1250, Unit.COUNT, "en", "projects", Qualifier.MORE_THAN) == "more than 1,250 projects"
    assert format_quantity(1250, Unit.COUNT, "ru", "проектов", Qualifier.MORE_THAN).startswith("более 1")


def test_a_missing_translation_falls_back_to_english_with_a_mark(make_window, tmp_path):
    data = tmp_path / "data.yaml"
    data.write_text(
        "timeline: {title: {en: Test, kk: Сынақ}, start: 1997-01-01, end: 2022-12-31}\n"
        "sources: [{id: s, title: Source}]\n"
        "events:\n"
        "  - {id: e, title: {en: Only in English}, date: 2011, kind: milestone, summary: x, sources: [s]}\n",
        encoding="utf-8")
    window = make_window(data=data)
    window.set_language("kk")
    window.select_by_id("e", animate=False)
    QTest.qWait(20)
    shown = [label.text() for label in window.panel.findChildren(QLabel) if label.isVisible()]
    assert "Only in English ·en" in shown
    assert window.title_label.text() == "Сынақ"
