"""Kiosk: story cards, controls that never move, the PIN back-off, the "being updated" screen, fitting the text
to the screen and a configuration that cannot be misread. GUI behaviour with pytest-qt, timing with a fake clock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kztimeline.data.kiosk_config import KioskConfig, effective_yaml, load_config
from kztimeline.kiosk.controller import KioskController, close_logging, setup_logging
from kztimeline.kiosk.fit import Fit, Screen, fit, touch_target_px
from kztimeline.kiosk.pin import PinGuard
from kztimeline.kiosk.story import KIOSK_MIN_SPAN
from kztimeline.kiosk.texts import TEXTS

FAST = {"idle_seconds": 10, "countdown_seconds": 2, "attract_seconds": 3, "step_seconds": 5, "language": "en",
        "reduced_motion": True, "font_scale": 1.0}
LANDSCAPE = Fit("landscape", 1.0, 43, False, "test")
PORTRAIT = Fit("portrait", 1.0, 43, False, "test")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def advance(controller: KioskController, seconds: float, step: float = 0.25) -> None:
    end = controller.clock.now + seconds
    while controller.clock.now < end:
        controller.clock.now = min(end, controller.clock.now + step)
        controller.tick()


@pytest.fixture
def kiosk(make_window, tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    controllers = []

    def make(data=None, size=(1280, 800), screen_fit=LANDSCAPE, **changes):
        window = make_window(data, size=size) if data is not None else make_window(size=size)
        setup_logging()
        controller = KioskController(window, KioskConfig(**{**FAST, **changes}), clock=FakeClock(),
                                     screen_fit=screen_fit)
        controllers.append(controller)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window, controller

    yield make
    for controller in controllers:
        controller.stop()
    close_logging()


def settle(qtbot, window) -> None:
    """Let the deferred moves (the window's, then the story's) happen."""
    qtbot.wait(80)
    qtbot.waitUntil(lambda: window.view._animation.state() != window.view._animation.State.Running, timeout=2000)


def until_attract(controller) -> None:
    controller.activity()
    advance(controller, 10 + 2 + 3 + 0.3)
    assert controller.state == "attract"


def positions(controller) -> dict[str, tuple[int, int, int, int]]:
    window = controller.window
    out = {}
    for button in controller._all_buttons():
        p = button.mapTo(window, button.rect().topLeft())
        out[button.accessibleName()] = (p.x(), p.y(), button.width(), button.height())
    return out


# -- story cards ----------------------------------------------------------------------------------------------
def test_the_attract_loop_shows_a_story_card_zoomed_to_the_stop(kiosk, qtbot):
    window, controller = kiosk()
    window.select_by_id("tulpar-talgo-opens", animate=False)  # an earlier visitor's choice
    settle(qtbot, window)
    window.state.set_hover(window.timeline.index_of("ekz-opens"))
    until_attract(controller)
    settle(qtbot, window)
    tour = controller.tour
    first = window.timeline.index_of(tour.stops[0].event)
    assert window.state.selected == first
    assert window.state.focused in (None, first)
    assert window.state.hovered is None
    assert controller.story.showing == "card"
    assert not window.panel.isVisible()
    card = controller.story.card
    assert card.title.text() == window.timeline.events[first].title.get("en")
    assert card.date.text()
    assert 1 <= card.caption.text().count("\n") + 1 <= 2  # two lines of the tour's caption at most
    assert "Touch to explore" in card.touch.text()
    for code in FAST.get("languages", ("kk", "ru")):
        assert TEXTS["touch"][code] in card.touch.text()
    assert card.colour  # the sector's colour
    whole = window.state.limits.last - window.state.limits.first
    qtbot.waitUntil(lambda: window.state.range[1] - window.state.range[0] < 0.5 * whole, timeout=2000)
    x0, x1 = window.state.range
    when = window.timeline.events[first].when
    assert x0 <= when.anchor_seconds() <= x1
    assert first in {label.index for lane in window.view.lanes_item.frame().lanes for label in lane.labels} or \
        when.is_span


def test_each_step_moves_the_card_and_a_touch_lands_on_that_stop_with_its_panel(kiosk, qtbot):
    window, controller = kiosk()
    until_attract(controller)
    advance(controller, 5.1)  # the second stop
    settle(qtbot, window)
    tour = controller.tour
    second = window.timeline.index_of(tour.stops[1].event)
    assert window.state.selected == second
    assert controller.story.showing == "card"
    qtbot.mouseClick(controller.story.card, Qt.MouseButton.LeftButton)
    assert controller.state == "active"
    assert window.state.selected == second
    assert controller.story.showing == "panel"
    assert window.panel.isVisible()
    assert window.tour is None  # the attract loop stopped at the touch


def test_a_visitor_tour_shows_cards_and_the_arrows_step_it(kiosk, qtbot):
    window, controller = kiosk()
    qtbot.mouseClick(controller.tour_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert controller.story.showing == "card"
    qtbot.mouseClick(controller.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.tour_stop == 1
    assert controller.story.showing == "card"
    assert controller.story.card.title.text() == window.timeline.events[window.state.selected].title.get("en")
    qtbot.mouseClick(controller.story.card, Qt.MouseButton.LeftButton)  # touch to explore: the whole story
    assert controller.story.showing == "panel"
    assert window.tour_stop == 1  # a visitor's tour goes on


def test_the_start_view_shows_the_start_card_in_every_language(kiosk, qtbot):
    window, controller = kiosk()
    assert controller.story.showing == "start"
    text = controller.story.start.lines.text()
    for code in ("kk", "ru", "en"):
        assert TEXTS["start"][code] in text


def test_a_tap_never_zooms_to_days(kiosk, qtbot):
    window, controller = kiosk()
    assert window.state.limits.min_span == KIOSK_MIN_SPAN
    for _ in range(30):
        qtbot.mouseClick(controller.zoom_in_button, Qt.MouseButton.LeftButton)
    x0, x1 = window.state.range
    assert x1 - x0 >= KIOSK_MIN_SPAN - 1


# -- controls that never move ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("size", "screen_fit"), [((1280, 800), LANDSCAPE), ((800, 1280), PORTRAIT)])
def test_no_control_moves_when_the_panel_a_card_or_a_language_changes(kiosk, qtbot, size, screen_fit):
    window, controller = kiosk(size=size, screen_fit=screen_fit)
    window.resize(*size)  # (the kiosk lifts the desktop window's minimum size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=2000)
    qtbot.wait(30)
    before = positions(controller)
    for rect in before.values():
        assert rect[0] >= 0
        assert rect[1] >= 0
        assert rect[0] + rect[2] <= size[0]
        assert rect[1] + rect[3] <= size[1]
        assert rect[2] >= 48
        assert rect[3] >= 48
    window.select_by_id("tulpar-talgo-opens", animate=False)
    qtbot.wait(30)
    assert positions(controller) == before, "the panel moved a control"
    qtbot.mouseClick(controller.language_buttons["kk"], Qt.MouseButton.LeftButton)
    qtbot.wait(30)
    after = positions(controller)
    assert [r for r in after.values()] == list(before.values()), "the language moved a control"
    until_attract(controller)
    qtbot.wait(30)
    assert list(positions(controller).values()) == list(before.values())


def test_the_countdown_continue_is_a_large_button(kiosk, qtbot):
    window, controller = kiosk()
    controller.activity()
    advance(controller, 10.1)
    assert controller.countdown.isVisible()
    button = controller.keep_button
    assert isinstance(button, QPushButton)
    assert button.height() >= 1.5 * controller.target - 1
    assert button.width() >= 4 * controller.target
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, button.height() // 2))
    assert not controller.countdown.isVisible()


# -- the PIN --------------------------------------------------------------------------------------------------
def test_pin_guard_waits_after_three_wrong_pins_and_the_wait_grows():
    guard = PinGuard("2030")
    assert [guard.check("1111", t) for t in (0, 1, 2)] == ["wrong", "wrong", "wrong"]
    assert guard.wait_left(2) == pytest.approx(10)
    assert guard.check("2030", 5) == "wait"  # even the right PIN waits
    assert guard.check("1111", 12.5) == "wrong"
    assert guard.wait_left(12.5) == pytest.approx(20)
    assert guard.check("1111", 33) == "wrong"
    assert guard.wait_left(33) == pytest.approx(40)
    assert guard.check("2030", 74) == "ok"
    assert guard.wrong == 0
    assert guard.wait_left(74) == 0


def press(qtbot, controller, keys: str) -> None:
    buttons = {b.text(): b for b in controller.keypad.findChildren(QPushButton)}
    for key in keys:
        qtbot.mouseClick(buttons["OK" if key == "✓" else key], Qt.MouseButton.LeftButton)


def test_the_pin_pad_backs_off_and_closes_on_idle(kiosk, qtbot):
    window, controller = kiosk(exit_pin="2030")
    codes = []
    controller.exited.connect(codes.append)
    controller.request_exit()
    assert controller.keypad.isVisible()
    for _ in range(3):
        press(qtbot, controller, "1234✓")
    assert "Too many wrong PINs" in controller.pin_label.text()
    assert "10" in controller.pin_label.text()
    press(qtbot, controller, "2030✓")
    assert codes == [], "a PIN was accepted during the wait"
    controller.clock.now += 10.5
    controller.activity()
    advance(controller, 10.1)  # nobody there: the countdown comes, and the PIN pad goes
    assert not controller.keypad.isVisible()
    controller.request_exit()
    press(qtbot, controller, "2030✓")
    assert codes == [0]


# -- data that did not load -----------------------------------------------------------------------------------
def test_data_that_fails_shows_being_updated_and_logs_its_problems(kiosk, qtbot, tmp_path):
    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "timeline.yaml").write_text("title: [not, a, title\n", encoding="utf-8")
    window, controller = kiosk(data=bad)
    assert window.problems
    assert any(p.is_error for p in window.problems)
    assert controller.is_updating
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.text()]
    assert any(TEXTS["updating"]["en"] in t for t in texts)
    assert any(TEXTS["updating"]["kk"] in t for t in texts)
    for text in texts:
        assert str(tmp_path) not in text, text  # no file paths for visitors
        assert "timeline.yaml" not in text, text
    assert not window.banner.isVisible()
    log = (tmp_path / "state" / "kztimeline" / "kiosk.log").read_text(encoding="utf-8")
    assert "timeline.yaml" in log
    assert "ERROR data:" in log
    assert "The exhibit is being updated" in log or "being updated" in log


# -- fitting the screen ---------------------------------------------------------------------------------------
def test_font_scale_auto_makes_4k_and_1080p_alike():
    hd, uhd = fit(Screen(1920, 1080)), fit(Screen(3840, 2160))
    assert hd.font_scale == 1.25
    assert uhd.font_scale == 2.5
    assert touch_target_px(hd.font_scale) == 60
    assert touch_target_px(uhd.font_scale) == 120
    assert fit(Screen(1080, 1920)).orientation == "portrait"
    assert fit(Screen(1080, 1920), orientation="landscape").orientation == "landscape"
    # a screen that reports its size: a 55-inch 4K (1210 x 680 mm) from 0.7 m, and from 1.4 m
    big = Screen(3840, 2160, 1210, 680, "ACME K55")
    assert fit(big).font_scale == 2.0
    assert fit(big).measured
    assert fit(big, distance_m=1.4).font_scale == 4.0
    # a virtual screen's made-up size (96 dpi, no maker) is not believed
    assert not fit(Screen(3840, 2160, 1016, 571, "")).measured
    assert not fit(Screen(1280, 720, 325.12, 182.88, "headless headless")).measured  # cage's headless output
    assert fit(Screen(1920, 1080), font_scale=1.5).font_scale == 1.5
    assert fit(Screen(1920, 1080), screen_inches=32).font_scale == 1.75


# -- the configuration ----------------------------------------------------------------------------------------
def test_a_typo_in_the_configuration_refuses_to_start(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text('idle_seconds: 60\nexit_pinn: "2030"\norientation: portait\nfont_scale: huge\n',
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kztimeline", "--kiosk", "--config", str(path)],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert f"{path}:2:1: error: unknown field 'exit_pinn' in the kiosk configuration; did you mean 'exit_pin'?" \
        in lines
    assert any(line.startswith(f"{path}:3:14: error: 'portait' is not an orientation") and "did you mean" in line
               for line in lines)
    assert any(line.startswith(f"{path}:4:13: error: font_scale must be auto or a number") for line in lines)
    assert "Traceback" not in done.stderr


def test_print_config_shows_every_key_and_reads_back(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text("orientation: portrait\nfont_scale: 1.5\nlanguages: [kk, ru]\nlanguage: kk\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kztimeline", "--kiosk", "--config", str(path), "--print-config"],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    keys = [line.split(":")[0] for line in done.stdout.splitlines() if line and not line.startswith("#")]
    assert keys == list(KioskConfig.__dataclass_fields__)
    assert "orientation: portrait" in done.stdout
    assert "font_scale: 1.5" in done.stdout
    again = tmp_path / "again.yaml"
    again.write_text(done.stdout, encoding="utf-8")
    config, problems = load_config(again, ["main"])
    assert problems == []
    assert config is not None
    assert config.font_scale == 1.5
    assert config.orientation == "portrait"
    assert config.languages == ("kk", "ru")
    assert "font_scale: auto" in effective_yaml(KioskConfig())


def test_the_example_config_has_the_new_keys():
    example = Path(__file__).parents[1] / "resources" / "kiosk.example.yaml"
    config, problems = load_config(example, ["main"])
    assert problems == []
    assert config is not None
    assert config.orientation == "auto"
    assert config.font_scale is None
    assert config.screen_inches is None
    assert config.viewing_distance_m == 0.7
