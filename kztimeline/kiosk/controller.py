"""Kiosk mode: an unattended touch screen that runs for weeks.

Full screen on the configured screen, nothing that leads out of the app (no menus, dialogs, context menus,
export or close), large on-screen controls, an idle reset with a "Still exploring?" countdown, an attract loop
that plays a tour, exit only through the configured keys (and PIN), and errors logged instead of shown.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kztimeline.data.kiosk_config import KioskConfig
from kztimeline.kiosk.cycle import Effect, KioskCycle, Timings
from kztimeline.model import Tour
from kztimeline.timeline.state import Field
from kztimeline.ui.i18n import LANGUAGE_NAMES
from kztimeline.window.main_window import MainWindow

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.Gesture,
}
BLOCKED_KEYS = (QKeySequence("Alt+F4"), QKeySequence("Ctrl+Q"), QKeySequence("Ctrl+W"), QKeySequence("Escape"),
                QKeySequence("Ctrl+E"), QKeySequence("F11"), QKeySequence("Ctrl+F4"))
ERRORS_BEFORE_GIVING_UP = 20  # within ERROR_WINDOW_S: then exit non-zero and let the service manager restart
ERROR_WINDOW_S = 60.0
TOUCH_TARGET_PX = 48
SWIPE_PX = 80

log = logging.getLogger("kztimeline.kiosk")


def state_folder() -> Path:
    """Where the kiosk keeps its log: $XDG_STATE_HOME/kztimeline (by default ~/.local/state/kztimeline)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "kztimeline"


def setup_logging() -> Path:
    folder = state_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kiosk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    close_logging()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def close_logging() -> None:
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


class Overlay(QFrame):
    """A centred card over the window: the idle countdown, a tour caption, the PIN keypad."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(32, 28, 32, 28)
        self.layout_.setSpacing(16)
        self.hide()

    def place(self) -> None:
        parent = self.parentWidget()
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 2)
        self.raise_()


class KioskController(QObject):
    """Wraps a MainWindow: locks it down, watches for idleness, plays the attract loop, handles exit."""

    exited = Signal(int)

    def __init__(self, window: MainWindow, config: KioskConfig, exit_app: bool = False,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.exit_app = exit_app  # quit the application with the exit status (off when embedded, as in tests)
        self.window = window
        self.config = config
        self.clock = clock  # seconds; tests pass their own
        self.exiting = False
        self.errors: list[float] = []
        self.cycle = KioskCycle(Timings(config.idle_seconds, config.countdown_seconds, config.attract_seconds,
                                        config.step_seconds), clock(), can_attract=self.tour is not None)
        self._build_controls()
        self._build_overlays()
        window.enter_kiosk(self.controls, config.font_scale, config.reduced_motion)
        self.timer = QTimer(self, singleShot=True)  # fires when the cycle's next step is due
        self.timer.timeout.connect(self.tick)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.exit_shortcut = QShortcut(QKeySequence(config.exit_keys), window)
        self.exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.exit_shortcut.activated.connect(self.request_exit)
        self._unsubscribe = window.state.subscribe(self._on_state)
        self.activity()

    @property
    def tour(self) -> Tour | None:
        """The tour the attract loop plays: the configured one, or the data's first (looked up in the data the
        window has now, so a background load that brings the tours brings the loop)."""
        tours = self.window.timeline.tours
        return next((t for t in tours if t.id == self.config.tour), None) or (tours[0] if tours else None)

    @property
    def state(self) -> str:
        return self.cycle.phase.value

    def _on_state(self, changed: frozenset[Field]) -> None:
        if "lang" in changed:
            self.retranslate()
        if "data" in changed:  # new data: a tour may have come with it
            self.cycle.set_can_attract(self.tour is not None, self.clock())
            self._schedule()

    # -- set-up -----------------------------------------------------------------------------------------------
    def _build_controls(self) -> None:
        """Large on-screen controls along the bottom: zoom, start view, previous/next, tour, languages."""
        w = self.window
        bar = QWidget()
        bar.setObjectName("kioskControls")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(12)
        size = round(TOUCH_TARGET_PX * self.config.font_scale)

        def button(slot: object) -> QPushButton:
            b = QPushButton()
            b.setMinimumSize(size, size)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            layout.addWidget(b)
            return b

        self.zoom_out_button = button(lambda: w.view.zoom_by(1 / 1.5, animate=True))
        self.zoom_in_button = button(lambda: w.view.zoom_by(1.5, animate=True))
        self.start_button = button(self.reset_to_start)
        layout.addSpacing(size // 2)
        self.previous_button = button(w.select_previous)
        self.next_button = button(w.select_next)
        self.tour_button = button(self.play_tour)
        layout.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in self.config.languages:
            b = button(lambda _=False, c=code: self.window.set_language(c))
            b.setText(LANGUAGE_NAMES[code])
            b.setCheckable(True)
            self.language_buttons[code] = b
        self.controls = bar
        self.retranslate()

    def _build_overlays(self) -> None:
        self.countdown = Overlay(self.window)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("overlayTitle")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_seconds_label = QLabel()
        self.countdown_seconds_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_button = QPushButton()
        self.keep_button.setMinimumHeight(round(TOUCH_TARGET_PX * self.config.font_scale))
        self.keep_button.clicked.connect(self.activity)
        for widget in (self.countdown_label, self.countdown_seconds_label, self.keep_button):
            self.countdown.layout_.addWidget(widget)
        self.keypad = Overlay(self.window)
        self.pin_label = QLabel()
        self.pin_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keypad.layout_.addWidget(self.pin_label)
        grid = QGridLayout()
        self.pin_entry = ""
        size = round(TOUCH_TARGET_PX * self.config.font_scale * 1.3)
        for n, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "×", "0", "✓"]):
            b = QPushButton("OK" if key == "✓" else key)
            b.setMinimumSize(size, size)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, k=key: self._pin_key(k))
            grid.addWidget(b, n // 3, n % 3)
        self.keypad.layout_.addLayout(grid)

    def retranslate(self) -> None:
        texts = {
            self.zoom_out_button: ("–", QApplication.translate("Kiosk", "Zoom out")),
            self.zoom_in_button: ("+", QApplication.translate("Kiosk", "Zoom in")),
            self.start_button: (QApplication.translate("Kiosk", "Start"),
                                QApplication.translate("Kiosk", "Back to the whole timeline")),
            self.previous_button: ("‹", QApplication.translate("Kiosk", "Previous event")),
            self.next_button: ("›", QApplication.translate("Kiosk", "Next event")),
            self.tour_button: (QApplication.translate("Kiosk", "Tour"),
                               QApplication.translate("Kiosk", "Play the guided tour")),
        }
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.window.lang)
            button.setAccessibleName(LANGUAGE_NAMES[code])

    # -- input and idleness -----------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True  # no context menus anywhere
        if kind == QEvent.Type.Close and obj is self.window and not self.exiting:
            event.ignore()
            return True
        if kind == QEvent.Type.KeyPress:
            combo = QKeySequence(event.keyCombination())
            if any(combo.matches(blocked) == QKeySequence.SequenceMatch.ExactMatch for blocked in BLOCKED_KEYS):
                self.activity()
                return True
        if kind in INPUT_EVENTS:
            self.activity()
        if obj is self.window.panel.viewport():
            self._watch_swipe(event)
        return False

    def _watch_swipe(self, event: QEvent) -> None:
        """A horizontal swipe across the panel goes to the next (leftwards) or previous (rightwards) event."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._swipe_from = event.position()
        elif kind == QEvent.Type.MouseButtonRelease and getattr(self, "_swipe_from", None) is not None:
            dx = event.position().x() - self._swipe_from.x()
            dy = event.position().y() - self._swipe_from.y()
            self._swipe_from = None
            if abs(dx) > SWIPE_PX * self.config.font_scale and abs(dx) > 2 * abs(dy):
                (self.window.select_next if dx < 0 else self.window.select_previous)()

    def activity(self) -> None:
        """Any input: the visitor is here. Stop the countdown or the attract loop at once, where it is."""
        self._apply(self.cycle.activity(self.clock()))

    def tick(self) -> None:
        """The cycle's next step is due (the timer calls this; tests call it after moving their clock)."""
        self._apply(self.cycle.tick(self.clock()))

    def _apply(self, effects: list[Effect]) -> None:
        for effect in effects:
            if effect.kind == "show_countdown":
                self.countdown_label.setText(QApplication.translate("Kiosk", "Still exploring?"))
                self.keep_button.setText(QApplication.translate("Kiosk", "Yes, keep exploring"))
                self._show_remaining(effect.remaining)
                self.countdown.show()
                self.countdown.place()
            elif effect.kind == "update_countdown":
                self._show_remaining(effect.remaining)
            elif effect.kind == "hide_countdown":
                self.countdown.hide()
            elif effect.kind == "reset":
                self.reset_to_start()
            elif effect.kind == "start_attract":
                if self.tour is not None:
                    self.window.play_tour(self.tour)
            elif effect.kind == "step_attract":
                self.window.step_tour(1, wrap=True)
            elif effect.kind == "stop_attract":
                self.window.stop_tour()
        self._schedule()

    def _schedule(self) -> None:
        wait = self.cycle.wait_ms(self.clock())
        if wait is None or self.exiting:
            self.timer.stop()
        else:
            self.timer.start(wait)

    def _show_remaining(self, remaining: int) -> None:
        self.countdown_seconds_label.setText(self.tr("Returning to the start in %n second(s)", "", remaining))
        self.countdown.place()

    def reset_to_start(self) -> None:
        """The start view: no panel, no search or filters, the whole range, the kiosk's language."""
        w = self.window
        w.stop_tour()
        w.close_panel()
        w.show_all()
        if self.config.language and w.lang != self.config.language:
            w.set_language(self.config.language)
        w.view.fit_all(animate=not self.config.reduced_motion)

    # -- tours ------------------------------------------------------------------------------------------------
    def play_tour(self) -> None:
        """The on-screen Tour button: the visitor steps through it with the arrows."""
        if self.tour is not None:
            self.window.play_tour(self.tour)

    # -- exit -------------------------------------------------------------------------------------------------
    def request_exit(self) -> None:
        if self.config.exit_pin:
            self.pin_entry = ""
            self._show_pin()
            self.keypad.show()
            self.keypad.place()
        else:
            self.quit(0)

    def _pin_key(self, key: str) -> None:
        self.activity()
        if key == "×":
            self.keypad.hide()
            return
        if key == "✓":
            if self.pin_entry == self.config.exit_pin:
                self.quit(0)
            else:
                self.pin_entry = ""
                self._show_pin(wrong=True)
            return
        self.pin_entry = (self.pin_entry + key)[:8]
        self._show_pin()

    def _show_pin(self, wrong: bool = False) -> None:
        prompt = (QApplication.translate("Kiosk", "Wrong PIN, try again") if wrong
                  else QApplication.translate("Kiosk", "Enter the PIN to exit"))
        self.pin_label.setText(f"{prompt}\n{'•' * len(self.pin_entry) or ' '}")

    def quit(self, code: int) -> None:
        log.info("kiosk exit with status %d", code)
        self.stop()
        self.exited.emit(code)
        self.window.close()
        app = QApplication.instance()
        if app is not None and self.exit_app:
            app.exit(code)

    def stop(self) -> None:
        """Release the application: stop watching input and timers (the kiosk ends or a test finishes)."""
        self.exiting = True
        self.exit_shortcut.setEnabled(False)  # an application-wide shortcut would outlive the window
        self.timer.stop()
        self._unsubscribe()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- errors -----------------------------------------------------------------------------------------------
    def handle_error(self, kind: type[BaseException], value: BaseException, tb: object) -> None:
        """Log an unexpected error and reset the view; too many in a minute is fatal (exit 1)."""
        log.error("unexpected error: %s", "".join(traceback.format_exception(kind, value, tb)).strip())
        now = time.monotonic()
        self.errors = [t for t in self.errors if now - t < ERROR_WINDOW_S] + [now]
        if len(self.errors) >= ERRORS_BEFORE_GIVING_UP:
            log.critical("%d errors within %.0f s: giving up so the service manager restarts the kiosk",
                         len(self.errors), ERROR_WINDOW_S)
            self.quit(1)
            return
        try:
            self.reset_to_start()
        except Exception:  # noqa: BLE001 (a reset that fails too is logged, and counts towards giving up)
            log.exception("reset after an error failed")


def fill_screen(window: QWidget, screen_index: int) -> None:
    """Full screen on the chosen screen, sized to its geometry: under a bare X server with no window manager
    showFullScreen() alone leaves a small window."""
    screens = QGuiApplication.screens()
    screen = screens[min(max(screen_index, 0), len(screens) - 1)]
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)  # (this hides the window until shown again)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.raise_()
    window.activateWindow()  # with no window manager nobody else gives it the keyboard


def start_kiosk(window: MainWindow, config: KioskConfig) -> KioskController:
    """Lock `window` down as a kiosk, route uncaught errors to the log, and fill the configured screen."""
    log_path = setup_logging()
    controller = KioskController(window, config, exit_app=True)
    sys.excepthook = controller.handle_error
    log.info("kiosk started; log at %s", log_path)
    fill_screen(window, config.screen)
    return controller
