"""Kiosk mode: idle reset, countdown, attract loop, lock-down, exit keys and PIN, touch, errors, its config."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from benchmark_modules import benchmark_module
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kztimeline.data.kiosk_config import KioskConfig, load_config
from kztimeline.kiosk.controller import KioskController, close_logging, setup_logging
from kztimeline.model import DAY

FAST = {"idle_seconds": 0.3, "countdown_seconds": 0.3, "attract_seconds": 0.3, "step_seconds": 0.25,
        "language": "en", "reduced_motion": True}


class FakeClock:
    """The kiosk's clock in tests: time moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def advance(controller: KioskController, seconds: float, step: float = 0.05) -> None:
    """Let `seconds` pass on the kiosk's clock, ticking as its timer would."""
    clock = controller.clock
    end = clock.now + seconds
    while clock.now < end:
        clock.now = min(end, clock.now + step)
        controller.tick()


@pytest.fixture
def kiosk(make_window, tmp_path, monkeypatch, qtbot):
    """A kiosk over a real window, driven by a fake clock; its log goes to a temporary state folder."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    controllers = []
    old_hook = sys.excepthook

    def make(data=None, **changes):
        window = make_window(data) if data is not None else make_window(size=(1280, 800))
        config = KioskConfig(**{**FAST, **changes})
        setup_logging()
        controller = KioskController(window, config, clock=FakeClock())
        controllers.append(controller)
        activate(qtbot, window)
        return window, controller

    yield make
    sys.excepthook = old_hook
    for controller in controllers:
        controller.stop()
    close_logging()


def activate(qtbot, window):
    """Shortcuts need an active window; offscreen, a shown window is not activated by itself."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)


def zoom_into_2011(qtbot, window):
    view = window.view
    start = view.full_range[0] + 14 * 365.25 * DAY
    view.set_range(start, start + 365 * DAY)
    window.select_by_id("tulpar-talgo-opens", animate=False)
    index = window.selected
    # the view moves to the event once the panel has taken its width
    qtbot.waitUntil(lambda: view.lanes_item.marker_at(index) is not None, timeout=2000)


def is_whole_range(window) -> bool:
    x0, x1 = window.view.view_range()
    first, last = window.view.full_range
    return x0 <= first and x1 >= last


def tap(qtbot, widget, pos: QPoint | None = None):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def test_idle_shows_a_countdown_then_returns_to_the_start_view(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=90, countdown_seconds=10, attract_seconds=60)
    zoom_into_2011(qtbot, window)
    controller.activity()
    assert not is_whole_range(window)
    assert window.panel.isVisible()
    advance(controller, 89.5)
    assert not controller.countdown.isVisible(), "the countdown came before the idle time"
    advance(controller, 1.0)
    assert controller.countdown.isVisible()
    assert controller.state == "countdown"
    assert "Still exploring?" in controller.countdown_label.text()
    assert "10" in controller.countdown_seconds_label.text()
    advance(controller, 4.0)
    assert "6" in controller.countdown_seconds_label.text(), controller.countdown_seconds_label.text()
    advance(controller, 6.5)
    assert not controller.countdown.isVisible()
    assert controller.state == "idle"
    assert is_whole_range(window)
    assert not window.panel.isVisible()
    assert window.selected is None


def test_a_touch_dismisses_the_countdown_and_keeps_the_view(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=30, countdown_seconds=5)
    zoom_into_2011(qtbot, window)
    before = window.view.view_range()
    controller.activity()
    advance(controller, 31)
    assert controller.countdown.isVisible()
    tap(qtbot, controller.keep_button)
    assert not controller.countdown.isVisible()
    assert controller.state == "active"
    assert window.view.view_range() == before
    assert window.panel.isVisible()
    advance(controller, 29)
    assert controller.state == "active", "the idle time did not start again at the touch"


def test_the_attract_loop_starts_advances_and_stops_at_the_first_touch(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=60, countdown_seconds=5, attract_seconds=20, step_seconds=8)
    controller.activity()
    advance(controller, 60 + 5 + 19)
    assert controller.state == "idle"
    assert window.tour is None
    advance(controller, 1.5)
    assert controller.state == "attract"
    assert window.tour_stop == 0
    advance(controller, 16.5)
    assert window.tour_stop == 2
    assert controller.story.showing == "card"  # the stop as a story card; the panel waits for a touch
    assert controller.story.card.caption.text()
    selected = window.selected
    tap(qtbot, window.view.viewport(), QPoint(5, 5))
    assert controller.state == "active"
    advance(controller, 30)  # longer than several steps, shorter than the idle time: it must not advance
    assert window.tour is None
    assert window.selected == selected
    assert window.panel.isVisible()  # the visitor lands on the stop with its panel open


def test_the_cycle_follows_the_clock_not_the_event_loop(kiosk, qtbot):
    """A late tick (a busy machine) catches up every step that came due, in order, without skipping one."""
    window, controller = kiosk(idle_seconds=10, countdown_seconds=3, attract_seconds=5, step_seconds=2)
    controller.activity()
    controller.clock.now += 10 + 3 + 5 + 2 * 3 + 0.01
    controller.tick()
    assert controller.state == "attract"
    assert window.tour_stop == 3


@pytest.mark.parametrize("keys", ["Ctrl+Q", "Ctrl+W", "Alt+F4", "Escape"])
def test_the_usual_ways_out_do_nothing_in_kiosk_mode(kiosk, qtbot, keys):
    window, controller = kiosk(idle_seconds=60)
    window.select_by_id("tulpar-talgo-opens", animate=False)
    sequence = QKeySequence(keys)
    combo = sequence[0]
    QTest.keyClick(window.view, combo.key(), combo.keyboardModifiers())
    window.close()
    QApplication.processEvents()
    assert window.isVisible()
    assert window.panel.isVisible()  # Escape does not close the panel either
    assert not window.menuBar().isVisible()


def test_quit_works_outside_kiosk_mode(make_window, qtbot):
    window = make_window()
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=1000)


def test_no_context_menu_in_kiosk_mode(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=60)
    from PySide6.QtGui import QContextMenuEvent

    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), QPoint(10, 10))
    assert controller.eventFilter(window.view.viewport(), event) is True


def test_the_exit_keys_quit_with_status_0(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=60)
    codes = []
    controller.exited.connect(codes.append)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert codes == [0]
    assert not window.isVisible()


def test_the_exit_pin_is_asked_and_checked(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=60, exit_pin="2030")
    codes = []
    controller.exited.connect(codes.append)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert controller.keypad.isVisible()
    assert codes == []
    buttons = {b.text(): b for b in controller.keypad.findChildren(type(controller.keep_button))}
    for key in "1234":
        tap(qtbot, buttons[key])
    tap(qtbot, buttons["OK"])
    assert codes == []
    assert "Wrong" in controller.pin_label.text()
    for key in "2030":
        tap(qtbot, buttons[key])
    tap(qtbot, buttons["OK"])
    assert codes == [0]


def test_one_finger_touch_drag_pans(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=60)
    view = window.view
    start = view.full_range[0] + 10 * 365.25 * DAY
    view.set_range(start, start + 5 * 365.25 * DAY)
    before = view.view_range()
    device = QTest.createTouchDevice()
    viewport = view.viewport()
    y = viewport.height() // 2
    QTest.touchEvent(viewport, device).press(0, QPoint(600, y)).commit()
    for x in range(580, 380, -20):
        QTest.touchEvent(viewport, device).move(0, QPoint(x, y)).commit()
        qtbot.wait(5)
    QTest.touchEvent(viewport, device).release(0, QPoint(380, y)).commit()
    qtbot.waitUntil(lambda: view.view_range()[0] > before[0] + 0.5 * 365.25 * DAY, timeout=3000)
    after = view.view_range()
    assert after[0] > before[0] + 0.5 * 365.25 * DAY  # dragged leftwards: later times come into view
    assert after[1] - after[0] == pytest.approx(before[1] - before[0], rel=1e-6)  # a pan, not a zoom


def test_two_finger_pinch_zooms_around_the_fingers(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=60)
    view = window.view
    before = view.view_range()
    device = QTest.createTouchDevice()
    viewport = view.viewport()
    cx, y = viewport.width() // 2, viewport.height() // 2
    QTest.touchEvent(viewport, device).press(0, QPoint(cx - 40, y)).press(1, QPoint(cx + 40, y)).commit()
    for step in range(1, 13):
        spread = 40 + step * 20
        QTest.touchEvent(viewport, device).move(0, QPoint(cx - spread, y)).move(1, QPoint(cx + spread, y)).commit()
        qtbot.wait(10)
    QTest.touchEvent(viewport, device).release(0, QPoint(cx - 280, y)).release(1, QPoint(cx + 280, y)).commit()
    qtbot.waitUntil(lambda: view.view_range()[1] - view.view_range()[0] < 0.6 * (before[1] - before[0]),
                    timeout=3000)
    after = view.view_range()
    assert after[1] - after[0] < 0.6 * (before[1] - before[0])  # fingers apart: zoomed in


def test_a_swipe_on_the_panel_goes_to_the_next_event(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=60)
    window.select_by_id("tulpar-talgo-opens", animate=False)
    first = window.selected
    viewport = window.panel.viewport()
    y = viewport.height() // 2
    press = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(300, y), QPointF(300, y), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    release = QMouseEvent(QEvent.Type.MouseButtonRelease, QPointF(100, y), QPointF(100, y),
                          Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, press)
    QApplication.sendEvent(viewport, release)
    assert window.selected == first + 1


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_the_view_resets(kiosk, qtbot, tmp_path):
    window, controller = kiosk(idle_seconds=60)
    sys.excepthook = controller.handle_error
    zoom_into_2011(qtbot, window)

    def broken_slot():
        raise RuntimeError("a broken handler")

    QTimer.singleShot(0, broken_slot)
    log_file = tmp_path / "state" / "kztimeline" / "kiosk.log"
    qtbot.waitUntil(lambda: "a broken handler" in log_file.read_text(encoding="utf-8"), timeout=2000)
    assert is_whole_range(window), (window.view.view_range(), window.view.full_range)
    log = log_file.read_text(encoding="utf-8")
    assert "a broken handler" in log
    assert "RuntimeError" in log
    assert window.isVisible()


def test_many_errors_in_a_minute_exit_non_zero(kiosk, qtbot):
    window, controller = kiosk(idle_seconds=60)
    codes = []
    controller.exited.connect(codes.append)
    for _ in range(25):
        try:
            raise ValueError("again")
        except ValueError as exc:
            controller.handle_error(type(exc), exc, exc.__traceback__)
        if codes:
            break
    assert codes == [1]


def test_touch_targets_are_at_least_48_px(kiosk):
    window, controller = kiosk(idle_seconds=60, font_scale=1.0)
    for button in (controller.zoom_in_button, controller.zoom_out_button, controller.start_button,
                   controller.previous_button, controller.next_button, controller.tour_button,
                   *controller.language_buttons.values()):
        assert button.width() >= 48, button.accessibleName()
        assert button.height() >= 48, button.accessibleName()


def test_the_config_validator_rejects_a_bad_config_with_its_line(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text("idle_seconds: 90\nfont_scale: 9\nexit_pin: 12\ntour: mian\n", encoding="utf-8")
    config, problems = load_config(path, ["main"])
    assert config is None
    lines = [str(p) for p in problems]
    assert lines[0] == f"{path}:2:13: error: font_scale must be auto or a number from 0.75 to 4"
    assert lines[1].startswith(f"{path}:3:11: error: exit_pin must be 4 to 8 digits")
    assert lines[2] == f"{path}:4:7: error: no tour 'mian' in the data; did you mean 'main'?"


def test_the_example_config_is_valid_and_every_key_has_a_default():
    example = Path(__file__).parents[1] / "resources" / "kiosk.example.yaml"
    config, problems = load_config(example, ["main"])
    assert problems == []
    assert config is not None
    assert config.idle_seconds == 90
    assert config.attract_seconds == 30
    assert config.exit_keys == "Ctrl+Alt+Shift+Q"


def test_a_kiosk_on_a_large_file_keeps_its_lock_down_after_the_background_load(tmp_path, monkeypatch, qtbot):
    """Data over 1 MB loads in the background; the new data goes into the same window, so the kiosk's controls
    stay, the event list stays hidden and the attract loop starts after the idle time."""

    from kztimeline.app import create_window, is_large, load_fonts, settle

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    generator = benchmark_module("generate")
    data = tmp_path / "big.yaml"
    data.write_text(generator.generate(3000), encoding="utf-8")
    assert data.stat().st_size > 1_000_000
    assert is_large(str(data))
    load_fonts()
    window = create_window(str(data), "light", remember=False, background=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    setup_logging()
    controller = KioskController(window, KioskConfig(**FAST), clock=FakeClock())
    try:
        assert controller.tour is None  # nothing loaded yet
        qtbot.waitUntil(lambda: len(window.timeline.events) == 3000, timeout=60_000)
        qtbot.waitUntil(lambda: not window.loader.isRunning(), timeout=10_000)
        settle()
        assert controller.controls.isVisible()
        for button in (controller.zoom_in_button, controller.start_button, controller.tour_button):
            assert button.isVisible()
            assert button.text()
        assert not window.table.isVisible()
        assert not window.menuBar().isVisible()
        assert not window.toolbar.isVisible()
        assert controller.tour is not None
        assert controller.tour.id == "main"
        controller.activity()
        advance(controller, FAST["idle_seconds"] + FAST["countdown_seconds"] + FAST["attract_seconds"] + 0.1)
        assert controller.state == "attract"
        assert window.tour is not None
        assert window.selected is not None
    finally:
        controller.stop()
        close_logging()


def test_an_imported_timeline_runs_in_the_kiosk_with_no_tour(kiosk, qtbot, tmp_path):
    """A teacher's TimelineJS file, imported, runs as an exhibit: its events shown (not 'being updated'); with no
    tour to play, the idle cycle comes back to the start view and stays there without an error."""
    from kztimeline.cli import main as cli

    folder = tmp_path / "imported"
    assert cli(["import", str(Path(__file__).parent / "data" / "timelinejs" / "all-media-types.json"),
                str(folder)]) == 0
    window, controller = kiosk(folder, idle_seconds=5, countdown_seconds=2, attract_seconds=2, step_seconds=1)
    assert len(window.timeline.events) == 41
    assert not controller.updating.isVisible()  # the data loaded: no "the exhibit is being updated"
    controller.activity()
    advance(controller, 5 + 2 + 2 + 10)
    assert window.tour is None
    assert controller.story.showing == "start"
    assert not controller.updating.isVisible()
    log = (tmp_path / "state" / "kztimeline" / "kiosk.log").read_text(encoding="utf-8")
    assert "ERROR" not in log
    assert "Traceback" not in log
