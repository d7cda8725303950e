"""Everyone can use it: keyboard only, screen reader names, contrast in every theme, large type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QTableView

from kztimeline.ui.theme import THEMES, blend, contrast, mark_outline, readable_on

TEXT, LARGE, MARK = 4.5, 3.0, 3.0  # WCAG 2.2 AA: text, large text, graphical marks


@pytest.mark.parametrize("name", list(THEMES))
def test_every_text_colour_meets_wcag_aa_in_every_theme(name):
    t = THEMES[name]
    pairs = {
        "text on background": (t.text, t.background, TEXT),
        "text on surface": (t.text, t.surface, TEXT),
        "text on lane stripe": (t.text, blend(t.surface_alt, 150, t.background), TEXT),
        "muted on background": (t.muted, t.background, TEXT),
        "muted on surface": (t.muted, t.surface, TEXT),
        "accent text on background": (t.accent, t.background, TEXT),
        "selected row": (t.background, t.accent, TEXT),
        "note": (t.warning_text, t.warning_bg, TEXT),
        "era name on its bar": (t.era_text, blend(t.era, 60, t.background), TEXT),
        "grid and focus marks": (t.accent, t.surface, MARK),
        "policy markers": (mark_outline(t.policy, t.background), t.background, MARK),
    }
    failing = {what: round(contrast(a, b), 2) for what, (a, b, need) in pairs.items() if contrast(a, b) < need}
    assert failing == {}


@pytest.mark.parametrize("name", list(THEMES))
def test_sector_colours_are_readable_marks_with_readable_names(name, make_window):
    theme = THEMES[name]
    window = make_window(theme=name)
    for sector in window.timeline.sectors.values():
        outline = mark_outline(sector.colour, theme.background)
        assert contrast(outline, theme.background) >= MARK, sector.id
        assert contrast(readable_on(sector.colour), sector.colour) >= TEXT, sector.id


def test_every_interactive_widget_has_an_accessible_name(make_window, qtbot):
    window = make_window()
    window.select_by_id("tulpar-talgo-opens", animate=False)
    qtbot.wait(30)
    interactive = [w for kind in (QAbstractButton, QLineEdit, QComboBox, QTableView)
                   for w in window.findChildren(kind) if w.isVisible()] + [window.view, window.panel]
    assert len(interactive) > 15
    nameless = []
    for widget in interactive:
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            nameless.append(f"{type(widget).__name__} {widget.objectName()} {getattr(widget, 'text', lambda: '')()}")
    assert nameless == []


def test_the_panel_describes_the_selected_event_to_a_screen_reader(make_window, qtbot):
    window = make_window()
    window.select_by_id("tulpar-talgo-opens", animate=False)
    event = window.timeline.event("tulpar-talgo-opens")
    description = QAccessible.queryAccessibleInterface(window.panel).text(QAccessible.Text.Description)
    assert event.title.en in description
    assert "9 December 2011" in description
    assert event.summary.en in description


def test_the_event_list_is_the_complete_accessible_path(make_window):
    window = make_window()
    model = window.list_model
    assert model.rowCount() == len(window.timeline.events)
    for row in (0, model.rowCount() // 2, model.rowCount() - 1):
        event = window.timeline.events[model.rows[row]]
        assert model.data(model.index(row, 1)) == event.title.en
        assert model.data(model.index(row, 1), Qt.ItemDataRole.AccessibleDescriptionRole) == event.summary.en


def test_tab_order_goes_search_language_theme_timeline(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    window.search_field.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [window.search_field, window.actions_.language_box, window.actions_.theme_box, window.view]


def test_keyboard_only_focus_and_enter_opens_an_event(make_window, qtbot):
    window = make_window()
    window.view.reduced_motion = True
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    focused = window.state.focused
    assert focused is not None
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert window.state.focused == focused + 1
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert window.selected == focused + 1
    assert window.panel.isVisible()


def test_a_keyboard_only_walk_through_the_whole_tour(make_window, qtbot):
    window = make_window()
    window.view.reduced_motion = True
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    tour = window.timeline.tours[0]
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    visited = [window.timeline.events[window.selected].id]
    for _ in range(len(tour.stops) - 1):
        QTest.keyClick(window, Qt.Key.Key_PageDown)
        visited.append(window.timeline.events[window.selected].id)
    assert visited == [stop.event for stop in tour.stops]
    assert window.panel.caption
    assert f"{len(tour.stops)} of {len(tour.stops)}" in window.panel.caption
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.panel.isVisible()


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_text_at_200_percent_is_not_clipped_in_the_panel(make_window, qtbot, lang):
    """Long Kazakh and Russian words too: every label's text fits the space it was given."""
    window = make_window()
    window.set_language(lang)
    window.set_font_scale(2.0)
    window.select_by_id("tulpar-talgo-opens", animate=False)
    qtbot.wait(50)
    clipped = []
    for label in window.panel.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                clipped.append((label.text()[:40], needed, label.height()))
        elif label.fontMetrics().horizontalAdvance(label.text().split("\n")[0]) > label.width() + 1:
            clipped.append((label.text()[:40], label.width()))
    assert clipped == []
    assert window.font_scale == 2.0
    window.set_font_scale(3.0)
    assert window.font_scale == 2.0  # 200 % is the largest
