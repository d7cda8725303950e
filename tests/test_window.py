"""The main window on the bundled data, driven the way a visitor drives it: wheel, keys, clicks, typing.

Every test asserts on what is visible: the time range shown, what the lanes drew (LanesItem records its hit
boxes and marker positions in viewport pixels), the texts in the detail panel, the list, the banner.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton

from kztimeline.timeline.lanes import lane_of
from kztimeline.timeline.state import MIN_SPAN

DAY = 86400.0
TULPAR = "tulpar-talgo-opens"
MECH = "mechanical-engineering"


def seconds(year: int, month: int = 1, day: int = 1) -> float:
    return dt.datetime(year, month, day, tzinfo=dt.UTC).timestamp()


# -- helpers -------------------------------------------------------------------------------------------------
def limits(view) -> tuple[float, float, float]:
    """(earliest, latest, widest span) the view may show: the declared range plus its margin."""
    lim = view.lanes_box.state["limits"]
    lo, hi = lim["xLimits"]
    return lo, hi, lim["xRange"][1]


def lanes_rect(view):
    """The lanes' area in viewport pixels."""
    return view.lanes_box.sceneBoundingRect()


def time_at(view, x: float) -> float:
    """The time under viewport pixel column x."""
    rect = lanes_rect(view)
    x0, x1 = view.view_range()
    return x0 + (x - rect.left()) / rect.width() * (x1 - x0)


def wheel(view, pos: QPointF, angle: QPoint, modifiers=Qt.KeyboardModifier.NoModifier,
          pixel: QPoint | None = None) -> None:
    viewport = view.viewport()
    global_pos = QPointF(viewport.mapToGlobal(pos.toPoint()))
    event = QWheelEvent(QPointF(pos), global_pos, pixel or QPoint(0, 0), angle,
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def centre_of_lanes(view) -> QPointF:
    return lanes_rect(view).center()


def event_hits(view) -> set[int]:
    return {hit.event for hit in view.lanes_item.frame().hits if hit.event is not None}


def click_viewport(qtbot, view, pos: QPointF) -> None:
    viewport = view.viewport()
    point = pos.toPoint()
    qtbot.mouseMove(viewport, point)
    qtbot.wait(10)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.wait(20)


def texts_in(widget) -> list[str]:
    labels = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    buttons = [button.text() for button in widget.findChildren(QAbstractButton) if button.isVisibleTo(widget)]
    return labels + buttons


def panel_title(window) -> QLabel:
    titles = [label for label in window.panel.findChildren(QLabel, "panelTitle") if not label.isHidden()]
    assert len(titles) == 1, f"expected one title in the panel, found {len(titles)}"
    return titles[0]


def zoom_to(window, start: float, end: float) -> None:
    window.view.set_range(start, end)


def wait_selected(qtbot, window, index: int) -> None:
    qtbot.waitUntil(lambda: window.selected == index and window.panel.isVisible(), timeout=2000)


class PaintCounter(QObject):
    """Counts the paint events a widget receives, and the resets of a model."""

    def __init__(self, widget, model=None) -> None:
        super().__init__()
        self.paints = 0
        self.resets = 0
        widget.installEventFilter(self)
        if model is not None:
            model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.resets += 1

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def flush() -> None:
    """Deliver everything already posted (layouts, updates, zero-time timers), with no waiting."""
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


@pytest.fixture
def window(make_window):
    w = make_window()
    w.view.reduced_motion = True
    return w


# -- opening -------------------------------------------------------------------------------------------------
def test_opens_fitted_to_the_declared_range(window) -> None:
    start, end = window.view.view_range()
    first, last = seconds(1997), seconds(2023)  # 1997-01-01 to the end of 2022-12-31
    assert window.view.full_range == (first, last)
    span = last - first
    assert first - 0.05 * span <= start < first, "the start of 1997 is not in view, or the margin is too wide"
    assert last < end <= last + 0.05 * span, "the end of 2022 is not in view, or the margin is too wide"
    assert window.view.lanes_item.frame().hits, "nothing drawn on the timeline"


# -- wheel ---------------------------------------------------------------------------------------------------
def test_wheel_zooms_in_around_the_pointer(window) -> None:
    view = window.view
    rect = lanes_rect(view)
    pos = QPointF(rect.left() + 0.3 * rect.width(), rect.center().y())
    before = time_at(view, pos.x())
    x0, x1 = view.view_range()
    wheel(view, pos, QPoint(0, 120))
    y0, y1 = view.view_range()
    assert y1 - y0 < 0.95 * (x1 - x0), "the wheel did not zoom in"
    assert abs(time_at(view, pos.x()) - before) < 0.01 * (y1 - y0), "the time under the pointer moved"


def test_wheel_zoom_out_stops_at_the_whole_range(window) -> None:
    view = window.view
    lo, hi, widest = limits(view)
    view.set_range(seconds(2010), seconds(2011))
    for _ in range(40):
        wheel(view, centre_of_lanes(view), QPoint(0, -120))
        x0, x1 = view.view_range()
        assert x1 - x0 <= widest * 1.0001
        assert x0 >= lo - 1
        assert x1 <= hi + 1
    x0, x1 = view.view_range()
    assert x1 - x0 >= 0.99 * widest, "many wheel-outs did not reach the whole range"


def test_wheel_zoom_in_stops_at_about_a_week(window) -> None:
    view = window.view
    for _ in range(60):
        wheel(view, centre_of_lanes(view), QPoint(0, 120))
        x0, x1 = view.view_range()
        assert x1 - x0 >= MIN_SPAN * 0.99
    x0, x1 = view.view_range()
    assert x1 - x0 <= MIN_SPAN * 1.5, "many wheel-ins did not reach the closest zoom"


@pytest.mark.parametrize("how", ["horizontal", "shift"])
def test_sideways_scroll_pans_and_stops_at_the_limit(window, how: str) -> None:
    view = window.view
    lo, hi, _ = limits(view)
    view.set_range(seconds(2005), seconds(2007))
    x0, x1 = view.view_range()
    pos = centre_of_lanes(view)

    def scroll_later() -> None:
        if how == "horizontal":
            wheel(view, pos, QPoint(-120, 0))
        else:
            wheel(view, pos, QPoint(0, -120), Qt.KeyboardModifier.ShiftModifier)

    scroll_later()
    y0, y1 = view.view_range()
    assert y0 > x0 + 0.01 * (x1 - x0), "scrolling sideways did not move the view later"
    assert y1 - y0 == pytest.approx(x1 - x0, rel=1e-6), "scrolling sideways zoomed"
    for _ in range(200):
        scroll_later()
        assert view.view_range()[1] <= hi + 1
    end = view.view_range()[1]
    assert end == pytest.approx(hi, abs=DAY), "panning right stopped before the end of the range"
    assert view.view_range()[1] - view.view_range()[0] == pytest.approx(x1 - x0, rel=1e-6)


# -- keys ----------------------------------------------------------------------------------------------------
def test_keys_zoom_fit_and_pan(qtbot, window) -> None:
    view = window.view
    view.set_range(seconds(2005), seconds(2009))
    x0, x1 = view.view_range()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    a0, a1 = view.view_range()
    assert a1 - a0 == pytest.approx((x1 - x0) / 1.5, rel=0.01), "+ did not zoom in"
    assert (a0 + a1) / 2 == pytest.approx((x0 + x1) / 2, abs=DAY)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    b0, b1 = view.view_range()
    assert b1 - b0 == pytest.approx(x1 - x0, rel=0.01), "- did not zoom out"

    qtbot.keyClick(view, Qt.Key.Key_Right)
    c0, c1 = view.view_range()
    assert c0 > b0 + 0.05 * (b1 - b0), "Right did not pan later"
    assert c1 - c0 == pytest.approx(b1 - b0, rel=1e-6), "Right zoomed"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    d0, d1 = view.view_range()
    assert d0 < b0 - 0.05 * (b1 - b0), "Left did not pan earlier"
    assert d1 - d0 == pytest.approx(b1 - b0, rel=1e-6), "Left zoomed"

    qtbot.keyClick(view, Qt.Key.Key_Home)
    start, end = view.view_range()
    first, last = view.full_range
    assert start < first, "Home did not fit the range"
    assert end > last, "Home did not fit the range"
    assert (end - start) < 1.05 * (last - first), "Home did not fit the range"


# -- clicking ------------------------------------------------------------------------------------------------
def test_click_on_a_marker_opens_its_panel(qtbot, window) -> None:
    index = window.timeline.index_of(TULPAR)
    event = window.timeline.events[index]
    zoom_to(window, seconds(2011), seconds(2013))
    pos = window.view.lanes_item.marker_at(index)
    assert pos is not None, "the event is not drawn singly between 2011 and 2013"
    assert not window.panel.isVisible()

    click_viewport(qtbot, window.view, pos)

    wait_selected(qtbot, window, index)
    assert panel_title(window).text() == event.title.get("en")
    texts = texts_in(window.panel)
    assert any("Tulpar-Talgo" in text for text in texts), f"the company is not shown: {texts}"
    assert any("366" in text and "jobs" in text for text in texts), "the planned jobs figure is not shown"
    assert any("80" in text and ("USD" in text or "$" in text) for text in texts), "no investment shown"
    # the timeline keeps the selected event in view, drawn on its own
    pos = window.view.lanes_item.marker_at(index)
    assert pos is not None, "the selected event is not drawn singly"
    assert lanes_rect(window.view).contains(pos), "the selected event is out of view"


def test_a_click_repaints_the_timeline_once_and_leaves_the_list_as_it_is(qtbot, window) -> None:
    """The panel opens, the timeline narrows and moves to the event, the list marks its row: one repaint of
    the timeline (it was two: one at each width) and no reset of the list."""
    index = window.timeline.index_of(TULPAR)
    zoom_to(window, seconds(2011), seconds(2013))
    point = window.view.lanes_item.marker_at(index).toPoint()
    viewport = window.view.viewport()
    qtbot.mouseMove(viewport, point)  # hovering is an action of its own
    flush()
    counter = PaintCounter(viewport, window.list_model)

    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.panel.isVisible() and counter.paints >= 1, timeout=2000)
    flush()

    assert window.selected == index
    assert counter.paints == 1
    assert counter.resets == 0
    assert window.table.selectionModel().selectedRows()[0].row() == window.list_model.row_of(index)
    assert lanes_rect(window.view).contains(window.view.lanes_item.marker_at(index)), "not moved to the event"


def test_a_search_keystroke_repaints_the_timeline_once_and_resets_the_list_once(qtbot, window) -> None:
    window.search_field.setFocus()
    flush()
    counter = PaintCounter(window.view.viewport(), window.list_model)
    for typed, letter in enumerate("talgo", start=1):
        qtbot.keyClick(window.search_field, letter)
        qtbot.waitUntil(lambda typed=typed: counter.paints >= typed, timeout=2000)
        flush()
        assert counter.paints == typed
        assert counter.resets == typed
    assert window.list_model.rowCount() == len(window.prepared.search_index.search("talgo"))


def test_click_on_a_cluster_zooms_to_it(qtbot, window) -> None:
    view = window.view
    clusters = [hit for hit in view.lanes_item.frame().hits if hit.event is None and hit.end > hit.start]
    assert clusters, "no cluster drawn on the whole timeline"
    hit = clusters[0]
    x0, x1 = view.view_range()

    click_viewport(qtbot, view, view.lanes_item.scene_rect(hit.rect).center())

    qtbot.waitUntil(lambda: view.view_range()[1] - view.view_range()[0] < 0.5 * (x1 - x0), timeout=2000)
    y0, y1 = view.view_range()
    assert y0 <= hit.start, "the cluster's first event is not in view"
    assert hit.end <= y1, "the cluster's last event is not in view"
    extent = hit.end - hit.start
    assert y1 - y0 <= max(MIN_SPAN, extent + 2 * max(0.25 * extent, 31 * DAY)), "zoomed much wider than it"
    assert window.selected is None, "clicking a cluster selected an event"


def test_hovering_a_marker_marks_it(qtbot, window) -> None:
    index = window.timeline.index_of(TULPAR)
    zoom_to(window, seconds(2011), seconds(2013))
    pos = window.view.lanes_item.marker_at(index)
    assert pos is not None
    viewport = window.view.viewport()
    qtbot.mouseMove(viewport, QPoint(int(pos.x()), int(lanes_rect(window.view).top()) + 5))
    qtbot.wait(20)
    assert window.state.hovered != index
    qtbot.mouseMove(viewport, pos.toPoint())
    qtbot.waitUntil(lambda: window.state.hovered == index, timeout=1000)


def test_the_selected_event_gets_its_title_on_the_timeline(qtbot, make_window) -> None:
    """At a small but supported window size the selected event's title is still written beside its marker."""
    window = make_window(size=(1280, 720))
    window.view.reduced_motion = True
    index = window.timeline.index_of(TULPAR)
    window.select(index, animate=False)
    wait_selected(qtbot, window, index)
    item = window.view.lanes_item
    assert item.marker_at(index) is not None
    titles = [hit for hit in item.frame().hits if hit.event == index and hit.rect.w > 40]
    assert item.frame().label_count > 0, "no titles drawn at all at 1280x720"
    assert titles, "no title drawn for the selected event at 1280x720"


# -- previous / next -----------------------------------------------------------------------------------------
def chronological(window) -> list[int]:
    events = window.timeline.events
    return sorted(range(len(events)), key=lambda i: (events[i].when.first_day(), events[i].when.last_day(),
                                                      events[i].id))


def test_page_down_and_panel_buttons_step_through_events(qtbot, window) -> None:
    events = window.timeline.events
    order = chronological(window)
    start = window.timeline.index_of(TULPAR)
    window.select(start)
    wait_selected(qtbot, window, start)
    n = order.index(start)

    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    wait_selected(qtbot, window, order[n + 1])
    assert panel_title(window).text() == events[order[n + 1]].title.get("en")

    qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
    wait_selected(qtbot, window, order[n])
    assert panel_title(window).text() == events[order[n]].title.get("en")

    def panel_button(name: str) -> QPushButton:
        found = [b for b in window.panel.findChildren(QPushButton)
                 if b.accessibleName() == name and b.isVisible()]
        assert len(found) == 1, f"no single visible '{name}' button in the panel"
        return found[0]

    qtbot.mouseClick(panel_button("Next event"), Qt.MouseButton.LeftButton)
    wait_selected(qtbot, window, order[n + 1])
    assert panel_title(window).text() == events[order[n + 1]].title.get("en")
    qtbot.mouseClick(panel_button("Next event"), Qt.MouseButton.LeftButton)
    wait_selected(qtbot, window, order[n + 2])
    qtbot.mouseClick(panel_button("Previous event"), Qt.MouseButton.LeftButton)
    wait_selected(qtbot, window, order[n + 1])
    assert panel_title(window).text() == events[order[n + 1]].title.get("en")


# -- search --------------------------------------------------------------------------------------------------
def test_search_narrows_the_list_highlights_and_enter_opens(qtbot, window) -> None:
    timeline = window.timeline
    total = window.list_model.rowCount()

    def mentions_talgo(i: int) -> bool:
        event = timeline.events[i]
        texts = [event.title.get("en"), event.summary.get("en")] + [timeline.companies[c].name.en
                                                                    for c in event.companies]
        return any("talgo" in text.casefold() for text in texts)

    expected = [i for i in range(len(timeline.events)) if mentions_talgo(i)]
    assert 0 < len(expected) < total

    qtbot.keyClicks(window.search_field, "Talgo")

    rows = [window.list_model.data(window.list_model.index(r, 0), Qt.ItemDataRole.UserRole)
            for r in range(window.list_model.rowCount())]
    assert window.list_model.rowCount() == len(expected)
    assert sorted(rows) == expected
    assert window.state.snapshot().highlighted == frozenset(expected)
    assert window.match_label.text().startswith(str(len(expected)))

    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    first = rows[0]
    wait_selected(qtbot, window, first)
    assert panel_title(window).text() == timeline.events[first].title.get("en")


# -- sectors and companies -----------------------------------------------------------------------------------
def lane_events(window, key: str) -> set[int]:
    return {i for i, e in enumerate(window.timeline.events) if lane_of(e) == key}


def test_legend_toggle_hides_a_lane_and_show_all_brings_it_back(qtbot, window) -> None:
    mech = lane_events(window, MECH)
    assert event_hits(window.view) & mech, "no mechanical-engineering event drawn to begin with"

    qtbot.mouseClick(window.sector_buttons[MECH], Qt.MouseButton.LeftButton)
    assert not window.sector_buttons[MECH].isChecked()
    assert not event_hits(window.view) & mech, "a hidden sector's events are still drawn"
    assert event_hits(window.view), "hiding one sector hid everything"

    qtbot.mouseClick(window.legend.show_all_button, Qt.MouseButton.LeftButton)
    assert window.sector_buttons[MECH].isChecked()
    assert event_hits(window.view) & mech, "Show all did not bring the sector back"


def test_sector_chip_in_the_panel_shows_only_that_sector(qtbot, window) -> None:
    index = window.timeline.index_of(TULPAR)
    window.select(index)
    wait_selected(qtbot, window, index)
    chips = [b for b in window.panel.findChildren(QPushButton, "chip") if b.property("sector") == MECH]
    assert chips, "no sector chip for mechanical engineering in the panel"

    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    window.view.fit_all(animate=False)

    drawn = event_hits(window.view)
    events = window.timeline.events
    assert drawn & lane_events(window, MECH), "the chosen sector's events are not drawn"
    others = sorted(events[i].id for i in drawn if MECH not in events[i].sectors)
    assert not others, f"events outside the sector still drawn after 'show only this sector': {others}"


def test_company_button_highlights_all_its_events(qtbot, window) -> None:
    index = window.timeline.index_of(TULPAR)
    window.select(index)
    wait_selected(qtbot, window, index)
    buttons = [b for b in window.panel.findChildren(QPushButton, "companyName")
               if b.property("company") == "tulpar-talgo"]
    assert buttons, "no Tulpar-Talgo company button in the panel"

    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    expected = frozenset(i for i, e in enumerate(window.timeline.events) if "tulpar-talgo" in e.companies)
    assert len(expected) >= 3
    assert window.state.snapshot().highlighted == expected
    assert window.list_model.rowCount() == len(expected)


# -- data text, bad data -------------------------------------------------------------------------------------
HTML_DATA = """\
timeline:
  title: {en: "Test timeline"}
  start: 2000-01-01
  end: 2001-12-31
sources:
  - id: src
    title: A source
events:
  - id: html-event
    title: {en: "<b>Bold</b> <img src=x>"}
    date: 2000-06-01
    kind: milestone
    summary: {en: "<i>x</i>"}
    sources: [src]
"""


def test_data_text_with_html_is_shown_literally(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "html.yaml"
    path.write_text(HTML_DATA, encoding="utf-8")
    window = make_window(data=path)
    assert not window.banner.isVisible(), "the test data did not load"
    window.view.reduced_motion = True
    window.select_by_id("html-event")
    wait_selected(qtbot, window, 0)
    title = panel_title(window)
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert title.text() == "<b>Bold</b> <img src=x>"
    summaries = [label for label in window.panel.findChildren(QLabel) if label.text() == "<i>x</i>"]
    assert summaries
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in summaries)


def test_invalid_data_opens_with_a_banner(make_window, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(HTML_DATA.replace("kind: milestone", "kind: not-a-kind"), encoding="utf-8")
    window = make_window(data=path)
    assert window.isVisible()
    assert window.banner.isVisible(), "no banner for invalid data"
    lines = [line for label in window.banner.findChildren(QLabel) for line in label.text().splitlines()]
    pattern = re.compile(rf"^{re.escape(str(path))}:\d+:\d+: error: .+")
    assert any(pattern.match(line) for line in lines), f"no FILE:LINE:COL line in the banner: {lines}"


# -- panel, settings -----------------------------------------------------------------------------------------
def test_escape_closes_the_panel_and_the_timeline_widens(qtbot, window) -> None:
    full_width = window.view.width()
    index = window.timeline.index_of(TULPAR)
    window.select(index)
    wait_selected(qtbot, window, index)
    qtbot.waitUntil(lambda: window.view.width() < full_width - 200, timeout=1000)

    qtbot.keyClick(window.view, Qt.Key.Key_Escape)

    assert not window.panel.isVisible()
    assert window.selected is None
    qtbot.waitUntil(lambda: abs(window.view.width() - full_width) <= 2, timeout=1000)


def test_the_zoomed_range_is_remembered(qtbot, make_window) -> None:
    first = make_window(remember=True)
    first.view.set_range(seconds(2008, 3), seconds(2012, 9))
    saved = first.view.view_range()
    first.close()

    second = make_window(remember=True)
    qtbot.wait(50)
    start, end = second.view.view_range()
    span = saved[1] - saved[0]
    assert start == pytest.approx(saved[0], abs=0.01 * span)
    assert end == pytest.approx(saved[1], abs=0.01 * span)


# -- one view state ------------------------------------------------------------------------------------------
def frame_brightness(window) -> tuple[set[int], set[int]]:
    """(events drawn bright, events drawn dimmed) in the timeline's current frame: markers, spans and labels."""
    frame = window.view.lanes_item.frame()
    bright, dim = set(), set()
    for lane in frame.lanes:
        for item in [*(m for m in lane.markers if m.count == 1), *lane.spans, *lane.labels]:
            (dim if item.dim else bright).add(item.index)
    return bright, dim


def test_search_talgo_then_chevrolet_then_clear_highlights_exactly_the_matches(qtbot, window) -> None:
    """Typed into the search field: each time exactly the matching events are bright in the frame (the old
    highlight cache, keyed by id() of a frozenset, showed the previous search's events)."""
    window.view.set_range(seconds(2008), seconds(2021))
    index = window.prepared.search_index
    for query in ("Talgo", "Chevrolet"):
        window.search_field.clear()
        qtbot.keyClicks(window.search_field, query)
        expected = set(index.search(query))
        assert expected, f"nothing matches {query}"
        bright, dim = frame_brightness(window)
        assert bright, f"no match for {query} drawn bright"
        assert bright <= expected, f"events that do not match {query} are bright: {bright - expected}"
        assert not (dim & expected), f"matches of {query} are dimmed"
        shown = bright | dim
        assert expected & shown == bright
    qtbot.keyClick(window.search_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Backspace)
    assert window.search_field.text() == ""
    bright, dim = frame_brightness(window)
    assert dim == set(), "events stay dimmed after the search was cleared"
    assert window.state.highlight is None


BROKEN_DATA = "timeline:\n  title: {en: Broken}\n  start: 2000-01-01\nevents: [\n"


def test_new_data_twice_keeps_the_view_and_selection_and_nothing_goes_stale(qtbot, window, tmp_path) -> None:
    """invalid → valid → valid, then language and theme: no stale widget (the banner used to be rebuilt and
    its heading deleted), the range and the selection (by event id) kept."""
    from kztimeline.app import empty_timeline
    from kztimeline.data import load

    bad = tmp_path / "bad.yaml"
    bad.write_text(BROKEN_DATA, encoding="utf-8")
    broken = load(bad)
    assert broken.timeline is None
    window.set_timeline(empty_timeline(), broken.problems)
    assert window.banner.isVisible()
    assert "could not be loaded" in window.banner.heading.text()

    good = load(None)
    window.set_timeline(good.timeline, good.problems)
    assert not window.banner.isVisible()
    window.select_by_id(TULPAR, animate=False)
    wait_selected(qtbot, window, window.timeline.index_of(TULPAR))
    window.view.set_range(seconds(2011), seconds(2013))
    view = window.view.view_range()

    again = load(None)
    window.set_timeline(again.timeline, again.problems)
    window.set_language("kk")
    window.set_theme("dark")
    assert window.view.view_range() == view
    assert window.selected == window.timeline.index_of(TULPAR)
    assert window.panel.isVisible()
    assert panel_title(window).text() == window.timeline.event(TULPAR).title.get("kk")
    assert window.banner.heading.text()  # still a live widget
    assert window.view.lanes_item.frame().state.theme == "dark"


def test_export_from_the_window_shows_its_hidden_lanes_and_company_highlight(qtbot, window, tmp_path) -> None:
    import xml.etree.ElementTree as ET

    from kztimeline.export.options import ExportOptions
    from kztimeline.ui.theme import LIGHT

    timeline = window.timeline
    window.legend.buttons["energy"].click()  # hide the energy lane
    assert "energy" in window.state.hidden_lanes
    window.highlight_company("tulpar-talgo")
    talgo = {e.id for e in timeline.events if "tulpar-talgo" in e.companies}
    options = ExportOptions.of_view(window.state.snapshot(), timeline, whole_range=True, fmt="svg", width=3840,
                                    height=2160, include_detail=False)
    out = tmp_path / "view.svg"
    assert window.run_export(options, out)

    root = ET.parse(out).getroot()
    svg = "{http://www.w3.org/2000/svg}"
    texts = [(e.text or "", e.get("fill", "")) for e in root.iter(f"{svg}text")]
    texts += [(g.get("data-text", ""), g.get("fill", "")) for g in root.iter(f"{svg}g") if g.get("data-text")]
    words = {text for text, _ in texts}
    energy = timeline.sectors["energy"].name.get("en")
    assert energy not in words, "the hidden lane was exported"
    shown_lanes = {s.name.get("en") for s in timeline.sectors.values() if s.id != "energy"}
    assert shown_lanes & words, "no lane names in the export"
    fills = {}
    for text, fill in texts:
        fills.setdefault(text, set()).add(fill.lower())
    labels = {timeline.event(i).short_label("en"): i for i in (e.id for e in timeline.events)}
    bright = [labels[t] for t, f in fills.items() if t in labels and LIGHT.text.lower() in f]
    dimmed = [labels[t] for t, f in fills.items() if t in labels and LIGHT.muted.lower() in f]
    assert bright, "no highlighted label in the export"
    assert set(bright) <= talgo, "labels of other companies' events are bright"
    assert dimmed, "nothing dimmed: the company highlight was dropped"
    assert not (set(dimmed) & talgo)


def test_a_summary_at_the_limit_opens_at_once_with_more_and_a_huge_one_is_refused(qtbot, make_window,
                                                                                  tmp_path) -> None:
    """A curator's mistake: a pasted essay. A summary at the limit (5,000 characters) opens on its beginning at
    once and "More" shows the rest; a 5 MB one is refused by the loader, with the banner saying why (it used to
    load, and a 50 MB one never opened)."""
    import time

    from kztimeline.data.limits import MAX_LONG_TEXT

    essay = ("word " * (MAX_LONG_TEXT // 5)).strip()
    path = tmp_path / "long.yaml"
    path.write_text(HTML_DATA.replace('summary: {en: "<i>x</i>"}', 'summary: {en: "' + essay + '"}'),
                    encoding="utf-8")
    window = make_window(path)
    assert window.timeline.events, [str(p) for p in window.problems[:3]]
    started = time.perf_counter()
    window.select(0, animate=False)
    qtbot.waitUntil(window.panel.isVisible, timeout=5000)
    opened = time.perf_counter() - started
    assert opened < 2.0, f"the panel took {opened:.1f} s to open"
    labels = [label.text() for label in window.panel.findChildren(QLabel) if label.text().startswith("word")]
    assert labels
    assert len(labels[0]) < 4000
    more = [b for b in window.panel.findChildren(QPushButton) if b.text() == "More"]
    assert more
    qtbot.mouseClick(more[0], Qt.MouseButton.LeftButton)
    longer = [label.text() for label in window.panel.findChildren(QLabel) if label.text().startswith("word")]
    assert longer[0].replace("\u200b", "") == essay

    huge = tmp_path / "huge.yaml"
    huge.write_text(HTML_DATA.replace('summary: {en: "<i>x</i>"}', 'summary: {en: "' + "word " * 1_000_000 + '"}'),
                    encoding="utf-8")
    refused = make_window(huge)
    assert not refused.timeline.events
    assert "the limit for this field is 5,000" in refused.banner.lines.text()


def test_hiding_a_lane_also_narrows_the_list_and_show_all_resets_both(qtbot, window) -> None:
    total = window.list_model.rowCount()
    window.legend.buttons["mechanical-engineering"].click()
    rows = [window.list_model.rows[r] for r in range(window.list_model.rowCount())]
    assert rows
    assert len(rows) < total
    assert all(lane_of(window.timeline.events[i]) != "mechanical-engineering" for i in rows)
    qtbot.mouseClick(window.legend.show_all_button, Qt.MouseButton.LeftButton)
    assert window.list_model.rowCount() == total
    assert window.state.hidden_lanes == frozenset()


def test_the_start_view_shows_the_same_labels_as_the_first_start(qtbot, window) -> None:
    first = {(label.index, label.row) for lane in window.view.lanes_item.frame().lanes for label in lane.labels}
    assert first
    window.view.zoom_by(4.0)
    window.view.pan_by(0.3)
    window.view.fit_all(animate=False)
    again = {(label.index, label.row) for lane in window.view.lanes_item.frame().lanes for label in lane.labels}
    assert again == first


def test_hovering_a_cluster_lists_its_members_with_dates(qtbot, window) -> None:
    view = window.view
    clusters = [h for h in view.lanes_item.frame().hits if h.event is None and h.members]
    assert clusters, "no cluster on the whole timeline"
    hit = clusters[0]
    text = view.describe(None, hit.members)
    assert text is not None
    for index in hit.members[:view.MAX_LISTED]:
        event = window.timeline.events[index]
        assert event.short_label("en") in text
    assert len(text.splitlines()) == min(len(hit.members), view.MAX_LISTED) + (len(hit.members) > view.MAX_LISTED)


def test_a_tap_on_a_lane_name_folds_it_to_a_strip_and_another_opens_it(qtbot, window) -> None:
    item = window.view.lanes_item
    frame = item.frame()
    lane = next(lane for lane in frame.lanes if lane.key == "mechanical-engineering")
    assert lane.labels, "the lane shows labels before"
    height = lane.rect.h
    click_viewport(qtbot, window.view, item.scene_rect(lane.title_box).center())
    assert "mechanical-engineering" in window.state.collapsed_lanes
    folded = next(lane for lane in item.frame().lanes if lane.key == "mechanical-engineering")
    assert folded.collapsed
    assert folded.labels == []
    assert folded.rect.h <= height + 1e-6
    assert len([m for m in folded.markers]) >= 1, "its events are still drawn, as markers"
    others = sum(len(lane.labels) for lane in item.frame().lanes if lane.key != "mechanical-engineering")
    assert others >= sum(len(lane.labels) for lane in frame.lanes if lane.key != "mechanical-engineering")
    click_viewport(qtbot, window.view, item.scene_rect(folded.title_box).center())
    assert window.state.collapsed_lanes == frozenset()


def test_a_tap_on_a_figure_point_shows_its_value_date_and_source(qtbot, window) -> None:
    from pyqtgraph import ScatterPlotItem

    view = window.view
    scatter = next(item for item in view._track_items if isinstance(item, ScatterPlotItem))
    spot = scatter.points()[len(scatter.points()) // 2]
    pos = view.mapFromScene(scatter.mapToScene(spot.pos()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    figure, point, sources = spot.data()
    assert figure.label.get("en") in view.last_point_tip
    assert "Source" in view.last_point_tip
    assert str(point.when.start.year) in view.last_point_tip


def test_larger_text_makes_the_lanes_text_larger_in_proportion_not_squared(make_window) -> None:
    window = make_window()
    normal = window.view.lanes_item.metrics().fonts["label"].pixelSize()
    window.set_font_scale(2.0)
    doubled = window.view.lanes_item.metrics().fonts["label"].pixelSize()
    assert abs(doubled - 2 * normal) <= 1, (normal, doubled)  # it was 4x: the scaled font, scaled again


@pytest.mark.parametrize(("width", "lang"), [(1366, "ru"), (1366, "kk"), (1920, "en")])
def test_the_sector_bar_names_each_lane_in_words_not_cut_in_the_middle(make_window, qtbot, width, lang) -> None:
    window = make_window(size=(width, 800))
    window.set_language(lang)
    buttons = window.legend.buttons.values()
    qtbot.waitUntil(lambda: all(b.width() >= b.fontMetrics().horizontalAdvance(b.text()) for b in buttons),
                    timeout=5000)  # the layout settles after the new names
    for key, button in window.legend.buttons.items():
        text = button.text()
        assert "…" not in text
        assert button.width() >= button.fontMetrics().horizontalAdvance(text), (key, text)  # drawn whole
        whole = button.accessibleName()
        assert text.rstrip(",") in whole  # its whole name, or that name's first word


def test_a_zoom_copies_the_figures_legend_and_value_axes_instead_of_drawing_them_again(make_window, monkeypatch):
    """What a change of the time range leaves alone is drawn once and copied on every zoom frame after; an export
    draws it on its page (the legend's texts stay text in an SVG)."""
    import pyqtgraph as pg

    drawn = {"legend": 0, "axes": 0}
    legend_paint, axis_paint = pg.LegendItem.paint, pg.AxisItem.paint

    def legend(self, *args):  # type: ignore[no-untyped-def]
        drawn["legend"] += 1
        return legend_paint(self, *args)

    def axis(self, *args):  # type: ignore[no-untyped-def]
        if self.orientation in ("left", "right"):
            drawn["axes"] += 1
        return axis_paint(self, *args)

    monkeypatch.setattr(pg.LegendItem, "paint", legend)
    monkeypatch.setattr(pg.AxisItem, "paint", axis)
    window = make_window()
    view = window.view
    view.reduced_motion = True
    view.viewport().repaint()
    first, last = view.full_range
    drawn.update(legend=0, axes=0)
    for step in range(10):
        span = (last - first) * 0.8 ** step
        view.set_range(first + span * 0.1, first + span * 1.1)
        view.viewport().repaint()
    assert drawn == {"legend": 0, "axes": 0}
    view.on_screen = False  # as an export's view
    view.viewport().repaint()
    assert drawn == {"legend": 1, "axes": 4}


def test_the_lanes_names_kept_as_pictures_stay_few_however_often_the_lanes_move(make_window) -> None:
    """Each place a lane's name is drawn at is a new picture; a window resized again and again (a kiosk through
    its layouts and languages) keeps only a bounded number of them, not one for every place ever drawn."""
    from kztimeline.ui.lanes_item import TITLES_KEPT

    window = make_window()
    view = window.view
    for step in range(40):
        window.resize(1600, 700 + 7 * step)  # the lanes' heights, and so their names' places, change each time
        view.viewport().repaint()
    kept = view.lanes_item._titles
    assert 0 < len(kept) <= TITLES_KEPT


def test_the_labels_are_measured_ahead_while_the_window_is_idle(make_window, qtbot, tmp_path) -> None:
    """After the first frame, the labels' widths are measured in idle time, a chunk per turn of the event loop,
    until every label of the language is measured; a new language starts again. A zoom after it measures none."""
    from benchmark_modules import benchmark_module

    data = tmp_path / "events.yaml"
    data.write_text(benchmark_module("generate").generate(3000, seed=5), encoding="utf-8")
    window = make_window(data)
    item = window.view.lanes_item
    qtbot.waitUntil(lambda: item.builder.measured("en", item.metrics()), timeout=30000)
    measured = []
    real = item.metrics().widths
    item.metrics().widths = lambda texts, role: measured.append(len(texts)) or real(texts, role)
    first, last = window.view.full_range
    for n in range(1, 12):
        span = (last - first) / 2 ** n
        window.view.set_range(first + 0.37 * (last - first - span), first + 0.37 * (last - first - span) + span)
        window.view.viewport().repaint()
    assert item.frame().label_count > 0
    assert measured == [], "a zoom measured labels the idle time had measured"
    window.set_language("ru")
    window.view.viewport().repaint()
    assert not item.builder.measured("ru", item.metrics())
    turns = []
    item._ahead.timeout.connect(lambda: turns.append(len(measured)))
    qtbot.waitUntil(lambda: item.builder.measured("ru", item.metrics()), timeout=30000)
    assert len(turns) > 2, "measured all at once, not a chunk per turn"
    assert max(b - a for a, b in zip(turns, turns[1:], strict=False)) <= 1, "more than one measuring call a turn"


def test_the_figures_extents_hold_their_pixels_and_a_zoom_in_keeps_them(make_window) -> None:
    """A series' line and points keep their extent while the view zooms in: the scene is not told their geometry
    changed on every frame (pyqtgraph did), and the kept extent always holds what pyqtgraph's own would, the
    pen's and points' pixels included; zooming out far enough works it out again."""
    import pyqtgraph as pg

    from kztimeline.ui.figure_items import SteadyCurve, SteadyScatter

    window = make_window()
    view = window.view
    first, last = view.full_range
    middle = (first + last) / 2
    spans = [(last - first) / 1.5 ** n for n in range(16)]
    view.set_range(middle - spans[8] / 2, middle + spans[8] / 2)
    items = [i for i in view._track_items if isinstance(i, SteadyCurve | SteadyScatter)]
    assert any(isinstance(i, SteadyCurve) for i in items)
    assert any(isinstance(i, SteadyScatter) for i in items)
    for item in items:  # as a change of data or size tells the scene: their extents worked out at this zoom
        item.prepareGeometryChange()
    view.viewport().repaint()
    changes = {id(i): 0 for i in items}

    def counted(item: object) -> object:
        real = item.prepareGeometryChange

        def tell() -> None:
            changes[id(item)] += 1
            real()
        return tell

    for item in items:  # pyqtgraph's own calls go through the instance's attribute
        item.prepareGeometryChange = counted(item)

    def pyqtgraphs(item: object) -> object:
        if isinstance(item, SteadyCurve):
            item._boundingRect = None
            return pg.PlotCurveItem.boundingRect(item)
        return pg.ScatterPlotItem.boundingRect(item)

    def zoom(spans: list[float]) -> None:
        for span in spans:
            view.set_range(middle - span / 2, middle + span / 2)
            view.viewport().repaint()
            for item in items:
                kept, theirs = item.boundingRect(), pyqtgraphs(item)
                assert kept.contains(theirs), f"{type(item).__name__} at {span / 86400:.0f} days: {kept} < {theirs}"

    zoom(spans[8:])  # in, to about a week
    assert all(count == 0 for count in changes.values()), f"told on a zoom in: {changes}"
    zoom(spans[::-1])  # out to the whole range
    assert all(count > 0 for count in changes.values()), "never worked out again for larger pixels"
    assert all(count < 8 for count in changes.values()), f"told on most frames of a zoom out: {changes}"
