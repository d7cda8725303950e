"""Kiosk mode: an unattended touch screen that runs for weeks.

Full screen on the configured screen, laid out for it (landscape or portrait, text sized for its pixels and
size: kztimeline.kiosk.fit), nothing that leads out of the app (no menus, dialogs, context menus, export or
close), large on-screen controls that never move, an idle reset with a "Still exploring?" countdown, an attract
loop that plays a tour as story cards, exit only through the configured keys (and PIN, with a back-off), a
guard against the window manager (kztimeline.kiosk.guard), and errors, native crashes and data problems logged
instead of shown.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import math
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO

from PySide6.QtCore import QEvent, QObject, QRect, QStandardPaths, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kztimeline.data.kiosk_config import KioskConfig
from kztimeline.kiosk import screen as kiosk_screen
from kztimeline.kiosk.cycle import Effect, KioskCycle, Timings
from kztimeline.kiosk.display import DisplayWatch, install_message_log
from kztimeline.kiosk.fit import Fit, Screen, fit, touch_target_px
from kztimeline.kiosk.guard import WindowGuard
from kztimeline.kiosk.pin import PinGuard
from kztimeline.kiosk.story import KIOSK_MIN_SPAN, story_range
from kztimeline.kiosk.texts import in_languages
from kztimeline.model import Tour
from kztimeline.timeline.lanes import lane_of
from kztimeline.timeline.state import Field, Limits
from kztimeline.ui.formatting import display, format_stop, format_when, other_lane_name
from kztimeline.ui.i18n import LANGUAGE_NAMES, qm_path
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
SWIPE_PX = 80
MAX_FONT_SCALE = 4.0  # the state's cap in a kiosk: a 4K screen needs more than the window's 200 %

log = logging.getLogger("kztimeline.kiosk")


def state_folder() -> Path:
    """Where the kiosk keeps its log: QStandardPaths' state folder, on Linux $XDG_STATE_HOME/kztimeline (by default
    ~/.local/state/kztimeline), on Windows and macOS the platform's own (not a Linux-shaped path)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericStateLocation)
    return Path(base or Path.home() / ".local" / "state") / "kztimeline"


_crash_file: IO[str] | None = None  # where faulthandler writes a native crash's traceback


def setup_logging(crashes: bool = False) -> Path:
    """The kiosk log, rotated at 1 MB; with `crashes`, native crashes (a segfault, an abort) are written to it
    too, by faulthandler, with every thread's Python stack."""
    global _crash_file
    folder = state_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kiosk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    close_logging()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    if crashes:
        _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (open for the process's life)
        faulthandler.enable(_crash_file, all_threads=True)
    return path


def close_logging() -> None:
    global _crash_file
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    if _crash_file is not None:
        faulthandler.enable(sys.__stderr__ or sys.stderr, all_threads=True)  # native crashes: stderr again
        _crash_file.close()
        _crash_file = None


_translators: dict[str, QTranslator] = {}


def translated(context: str, source: str, lang: str) -> str:
    """`source` in `lang` without switching the interface's language (to size a control for every language)."""
    if lang not in _translators:
        translator = QTranslator()
        translator.load(qm_path(lang))
        _translators[lang] = translator
    return _translators[lang].translate(context, source) or source


def screen_for(index: int) -> QScreen:
    screens = QGuiApplication.screens()
    return screens[min(max(index, 0), len(screens) - 1)]


def describe_screen(qscreen: QScreen) -> Screen:
    size, physical = qscreen.geometry(), qscreen.physicalSize()
    maker = " ".join(part for part in (qscreen.manufacturer(), qscreen.model()) if part)
    return Screen(size.width(), size.height(), physical.width(), physical.height(), maker)


def fit_for(config: KioskConfig) -> Fit:
    """The layout and text size for the configured screen."""
    return fit(describe_screen(screen_for(config.screen)), config.orientation, config.font_scale,
               config.screen_inches, config.viewing_distance_m)


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
                 clock: Callable[[], float] = time.monotonic, screen_fit: Fit | None = None) -> None:
        super().__init__(window)
        self.exit_app = exit_app  # quit the application with the exit status (off when embedded, as in tests)
        self.window = window
        self.config = config
        self.clock = clock  # seconds; tests pass their own
        self.fit = screen_fit or fit_for(config)
        self.scale = self.fit.font_scale
        self.orientation = self.fit.orientation
        self.target = touch_target_px(self.scale)
        self.exiting = False
        self.errors: list[float] = []
        self.story_event: int | None = None  # the tour stop shown as a story card (None: no card)
        self.pin_guard = PinGuard(config.exit_pin) if config.exit_pin else None
        self._logged_problems: tuple[str, ...] = ()
        self.cycle = KioskCycle(Timings(config.idle_seconds, config.countdown_seconds, config.attract_seconds,
                                        config.step_seconds), clock(), can_attract=self.tour is not None)
        self._build_controls()
        self._build_overlays()
        window.state.max_font_scale = MAX_FONT_SCALE
        window.enter_kiosk(self.controls, self.scale, config.reduced_motion)
        self._arrange()
        self._limit_zoom()
        self.updating = kiosk_screen.UpdatingScreen(window)
        self._style()
        self._check_data()
        self.timer = QTimer(self, singleShot=True)  # fires when the cycle's next step is due
        self.timer.timeout.connect(self.tick)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.exit_shortcut = QShortcut(QKeySequence(config.exit_keys), window)
        self.exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.exit_shortcut.activated.connect(self.request_exit)
        self._unsubscribe = window.state.subscribe(self._on_state)
        self.guard: WindowGuard | None = None  # start_kiosk adds one (a real screen, a window manager)
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
            self._limit_zoom()
            self._check_data()
            self.cycle.set_can_attract(self.tour is not None, self.clock())
            self._schedule()
        if changed & {"theme", "font_scale"}:
            self._style()
        if "tour" in changed and self.window.state.tour is not None:
            self._on_stop()
        elif "tour" in changed:
            self.story_event = None
        if "selected" in changed and self.window.state.selected != self.story_event:
            self.story_event = None  # the visitor picked another event: its panel
        if changed & {"selected", "tour", "lang", "data"}:
            self._show_story()

    # -- the screen -------------------------------------------------------------------------------------------
    def _arrange(self) -> None:
        """The kiosk's layout (kztimeline.kiosk.screen): the timeline and a story area of fixed size, the
        controls in a bar across the whole width, so nothing moves when a panel or card opens."""
        w = self.window
        w.setMinimumSize(320, 320)  # the window's 960 x 600 is for a desktop: a portrait screen may be 768 wide
        splitter = w.takeCentralWidget()
        body = w.splitter.widget(0)
        self.story = kiosk_screen.StoryArea(w.panel)
        self.story.card.touched.connect(self.open_story)
        self.story.start.touched.connect(self.activity)
        root = kiosk_screen.arrange(w, body, self.story, self.controls, self.orientation)
        w.setCentralWidget(root)
        for widget in (root, body, self.story, self.controls):
            widget.setVisible(True)  # (moved into the new layout: shown again now, not on a later event)
        if splitter is not None:
            splitter.deleteLater()
        header = w.title_label.parentWidget()
        if self.orientation == "portrait" and isinstance(header.layout(), QBoxLayout):
            header.layout().setDirection(QBoxLayout.Direction.TopToBottom)  # title, then the line under it
            w.title_label.setWordWrap(True)
        w.subtitle_label.setWordWrap(True)
        w.banner.setMaximumHeight(0)  # its messages (file paths) are for the log, not visitors
        w.banner.hide()
        w.installEventFilter(self)
        self._size_story()
        self._show_story()

    def _size_story(self) -> None:
        kiosk_screen.size_story(self.story, self.window, self.orientation, round(360 * self.scale / 1.25))
        self._layout_controls()

    def _limit_zoom(self) -> None:
        """In the kiosk the closest zoom is months, never days: the axis keeps its years."""
        state, view = self.window.state, self.window.view
        limits = state.limits
        if limits.min_span < KIOSK_MIN_SPAN:
            state.set_limits(Limits(limits.first, limits.last, KIOSK_MIN_SPAN))
            for box in (view.lanes_box, view.figures_box):
                box.setLimits(minXRange=KIOSK_MIN_SPAN)

    def _style(self) -> None:
        self.window.setStyleSheet(kiosk_screen.style_sheet(self.window.theme, self.window.state.font_scale,
                                                           self.target))

    def _check_data(self) -> None:
        """Data that did not load: its problems into the log (once), and for visitors a neutral "being updated"
        screen in every kiosk language instead of the empty timeline and its file names."""
        w = self.window
        problems = tuple(str(p) for p in w.problems)
        if problems != self._logged_problems:
            self._logged_problems = problems
            for problem in w.problems:
                (log.error if problem.is_error else log.warning)("data: %s", problem)
        loading = getattr(w, "loader", None) is not None and w.loader.isRunning()
        failed = not w.timeline.events and not loading
        w.banner.hide()
        if failed:
            if not self.updating.isVisible():
                log.error("the data could not be loaded: showing 'The exhibit is being updated'")
            self.updating.set_languages(self.config.languages, w.lang)
            self.updating.cover()
        else:
            self.updating.hide()

    @property
    def is_updating(self) -> bool:
        return self.updating.isVisible()

    # -- story cards ------------------------------------------------------------------------------------------
    def _on_stop(self) -> None:
        """A tour stop (the attract loop's or a visitor's tour): a story card instead of the panel, no other
        event picked out, and the view zoomed so that the stop and its neighbours are readable."""
        w = self.window
        tour, position = w.tour, w.state.tour
        if tour is None or position is None:
            return
        index = w.timeline.index_of(tour.stops[position.stop].event)
        self.story_event = index
        w.state.set_hover(None)
        # after the window's own move to the event (which it makes once the layout settles, on the next turn of
        # the event loop): the story's range wins
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: self._zoom_to_stop(index)))

    def _zoom_to_stop(self, index: int) -> None:
        w = self.window
        if self.story_event != index or self.exiting:
            return
        view = w.view
        target = story_range(w.timeline, view.lanes_item.prepared, w.state.limits, index, view.lanes_box.width(),
                             view.min_gap)
        view.set_range(*target, animate=not self.config.reduced_motion)

    def _show_story(self) -> None:
        """Exactly one thing in the story area: the stop's card, the selected event's panel, or the start card."""
        w = self.window
        selected = w.state.selected
        if self.story_event is not None and selected == self.story_event and w.state.tour is not None:
            self._fill_card(selected)
            self.story.show_only(self.story.card)
        elif selected is not None:
            self.story.show_only(self.story.panel)
        else:
            self.story.start.set_texts(display(w.timeline.info.title, w.lang), self.config.languages, w.lang)
            self.story.show_only(self.story.start)

    def _fill_card(self, index: int) -> None:
        w = self.window
        lang = w.lang
        event = w.timeline.events[index]
        tour, position = w.tour, w.state.tour
        where = caption = ""
        if tour is not None and position is not None:
            where = f"{display(tour.title, lang)} · {format_stop(position.stop + 1, len(tour.stops), lang)}"
            caption = display(tour.stops[position.stop].caption, lang)
        home = lane_of(event)
        sector = w.timeline.sectors.get(home)
        name = display(sector.name, lang) if sector is not None else other_lane_name(w.timeline, lang)
        colour = kiosk_screen.sector_colour(sector.colour if sector is not None else None, w.theme.policy)
        self.story.card.show_stop(index, where, name, colour, display(event.title, lang),
                                  format_when(event.when, lang), caption,
                                  in_languages("touch", self.config.languages, lang))

    def open_story(self) -> None:
        """A touch on the story card: the stop's event with its panel open (the tour goes on if a visitor
        started it; the attract loop stops at the touch, as any input stops it)."""
        self.activity()
        self.story_event = None
        self._show_story()

    # -- set-up -----------------------------------------------------------------------------------------------
    def _build_controls(self) -> None:
        """Large on-screen controls in a bar across the bottom: zoom, start view, previous/next, tour on the
        left, the languages on the right; one row, or two when one does not fit the width (portrait)."""
        w = self.window
        bar = QWidget()
        bar.setObjectName("kioskControls")
        self.controls_grid = QGridLayout(bar)
        margin = round(10 * self.scale)
        self.controls_grid.setContentsMargins(2 * margin, margin, 2 * margin, margin)
        self.controls_grid.setHorizontalSpacing(margin)
        self.controls_grid.setVerticalSpacing(margin)
        size = self.target

        def button(slot: object) -> QPushButton:
            b = QPushButton()
            b.setMinimumSize(size, size)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            return b

        self.zoom_out_button = button(lambda: w.view.zoom_by(1 / 1.5, animate=True))
        self.zoom_in_button = button(lambda: w.view.zoom_by(1.5, animate=True))
        self.start_button = button(self.reset_to_start)
        self.previous_button = button(w.select_previous)
        self.next_button = button(w.select_next)
        self.tour_button = button(self.play_tour)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in self.config.languages:
            b = button(lambda _=False, c=code: self.window.set_language(c))
            b.setText(LANGUAGE_NAMES[code])
            b.setCheckable(True)
            self.language_buttons[code] = b
        self.nav_row = QHBoxLayout()
        self.nav_row.setSpacing(margin)
        for b in (self.zoom_out_button, self.zoom_in_button, self.start_button):
            self.nav_row.addWidget(b)
        self.nav_row.addSpacing(size // 2)
        for b in (self.previous_button, self.next_button, self.tour_button):
            self.nav_row.addWidget(b)
        self.nav_row.addStretch(1)
        self.language_row = QHBoxLayout()
        self.language_row.setSpacing(margin)
        self.language_row.addStretch(1)
        for b in self.language_buttons.values():
            self.language_row.addWidget(b)
        self.controls = bar
        self._controls_rows = 0
        self.retranslate()

    def _layout_controls(self) -> None:
        """One row when everything fits the window's width, else navigation above and languages below. Every
        button gets the width of its widest text in any language, so switching language moves nothing."""
        self._fix_button_widths()
        grid = self.controls_grid
        margins = grid.contentsMargins()
        spacing = grid.horizontalSpacing()
        buttons = self._all_buttons()
        need = (sum(b.minimumWidth() for b in buttons) + spacing * (len(buttons) - 1) + self.target // 2
                + margins.left() + margins.right() + self.target)  # and a button's width of air between
        rows = 1 if need <= self.window.width() else 2
        if rows == self._controls_rows:
            return
        self._controls_rows = rows
        grid.removeItem(self.nav_row)
        grid.removeItem(self.language_row)
        if rows == 1:
            grid.addLayout(self.nav_row, 0, 0)
            grid.addLayout(self.language_row, 0, 1)
        else:
            grid.addLayout(self.nav_row, 0, 0)
            grid.addLayout(self.language_row, 1, 0)

    def _fix_button_widths(self) -> None:
        font = self.zoom_in_button.font()
        font.setPixelSize(round(15 * self.window.state.font_scale * 1.3))
        metrics = QFontMetrics(font)
        pad = round(32 * self.scale)
        for button, texts in self._button_texts().items():
            width = max(metrics.horizontalAdvance(t) for t in texts) + pad
            button.setFixedWidth(max(self.target, width))
            button.setMinimumHeight(self.target)

    def _button_texts(self) -> dict[QPushButton, list[str]]:
        """Each control's text in every kiosk language, to size it for the widest."""
        cached: dict[QPushButton, list[str]] | None = getattr(self, "_texts_cache", None)
        if cached is not None:
            return cached
        texts: dict[QPushButton, list[str]] = {b: [b.text() or "M"] for b in self._all_buttons()}
        for button, source in ((self.start_button, "Start"), (self.tour_button, "Tour")):
            texts[button] += [translated("Kiosk", source, code) for code in self.config.languages]
        self._texts_cache = texts
        return texts

    def _all_buttons(self) -> list[QPushButton]:
        return [self.zoom_out_button, self.zoom_in_button, self.start_button, self.previous_button,
                self.next_button, self.tour_button, *self.language_buttons.values()]

    def _build_overlays(self) -> None:
        self.countdown = Overlay(self.window)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("overlayTitle")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_seconds_label = QLabel()
        self.countdown_seconds_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("kioskPrimary")  # a large button: the one thing to touch
        self.keep_button.setMinimumHeight(round(self.target * 1.5))
        self.keep_button.setMinimumWidth(self.target * 6)
        self.keep_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keep_button.clicked.connect(self.activity)
        for widget in (self.countdown_label, self.countdown_seconds_label, self.keep_button):
            self.countdown.layout_.addWidget(widget)
        self.keypad = Overlay(self.window)
        self.pin_label = QLabel()
        self.pin_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keypad.layout_.addWidget(self.pin_label)
        grid = QGridLayout()
        self.pin_entry = ""
        size = round(self.target * 1.3)
        for n, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "×", "0", "✓"]):
            b = QPushButton("OK" if key == "✓" else key)
            b.setMinimumSize(size, size)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, k=key: self._pin_key(k))
            grid.addWidget(b, n // 3, n % 3)
        self.keypad.layout_.addLayout(grid)
        self.pin_timer = QTimer(self)  # counts the back-off down on the pad
        self.pin_timer.setInterval(1000)
        self.pin_timer.timeout.connect(lambda: self._show_pin())

    def _control_texts(self) -> dict[QPushButton, tuple[str, str]]:
        return {
            self.zoom_out_button: ("–", QApplication.translate("Kiosk", "Zoom out")),
            self.zoom_in_button: ("+", QApplication.translate("Kiosk", "Zoom in")),
            self.start_button: (QApplication.translate("Kiosk", "Start"),
                                QApplication.translate("Kiosk", "Back to the whole timeline")),
            self.previous_button: ("‹", QApplication.translate("Kiosk", "Previous event")),
            self.next_button: ("›", QApplication.translate("Kiosk", "Next event")),
            self.tour_button: (QApplication.translate("Kiosk", "Tour"),
                               QApplication.translate("Kiosk", "Play the guided tour")),
        }

    def retranslate(self) -> None:
        for button, (text, name) in self._control_texts().items():
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.window.lang)
            button.setAccessibleName(LANGUAGE_NAMES[code])
        if hasattr(self, "keep_button"):
            self.keep_button.setText(QApplication.translate("Kiosk", "Yes, keep exploring"))
            self.countdown_label.setText(QApplication.translate("Kiosk", "Still exploring?"))
        if hasattr(self, "story"):
            self._show_story()
        if hasattr(self, "updating") and self.updating.isVisible():
            self.updating.set_languages(self.config.languages, self.window.lang)

    # -- input and idleness -----------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True  # no context menus anywhere
        if kind == QEvent.Type.Close and obj is self.window and not self.exiting:
            event.ignore()
            return True
        if kind == QEvent.Type.Resize and obj is self.window:
            self._size_story()
            if self.updating.isVisible():
                self.updating.cover()
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
            if abs(dx) > SWIPE_PX * self.scale and abs(dx) > 2 * abs(dy):
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
                self.close_keypad()  # nobody is at the PIN pad either
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
                self.close_keypad()
                self.reset_to_start()
            elif effect.kind == "start_attract":
                self.start_attract()
            elif effect.kind == "step_attract":
                self.window.step_tour(1, wrap=True)
            elif effect.kind == "stop_attract":
                # the visitor lands on the stop on screen, with its panel open
                self.story_event = None
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
    def start_attract(self) -> None:
        """The attract loop's first stop: nothing left selected or picked out from before."""
        if self.tour is None:
            return
        w = self.window
        with w.state.batch():
            w.state.select(None)
            w.state.set_focus(None)
            w.state.set_hover(None)
            w.state.set_highlight(None)
        w.play_tour(self.tour)

    def play_tour(self) -> None:
        """The on-screen Tour button: the visitor steps through it with the arrows."""
        if self.tour is not None:
            self.window.play_tour(self.tour)

    # -- exit -------------------------------------------------------------------------------------------------
    def request_exit(self) -> None:
        if self.pin_guard is not None:
            self.pin_entry = ""
            self._show_pin()
            self.keypad.show()
            self.keypad.place()
            self.pin_timer.start()
        else:
            self.quit(0)

    def close_keypad(self) -> None:
        self.pin_entry = ""
        self.pin_timer.stop()
        self.keypad.hide()

    def _pin_key(self, key: str) -> None:
        self.activity()
        guard = self.pin_guard
        if key == "×" or guard is None:
            self.close_keypad()
            return
        if key == "✓":
            verdict = guard.check(self.pin_entry, self.clock())
            self.pin_entry = ""
            if verdict == "ok":
                self.quit(0)
                return
            if verdict == "wrong":
                log.warning("wrong exit PIN (%d in a row)", guard.wrong)
            self._show_pin(wrong=verdict == "wrong")
            return
        if guard.wait_left(self.clock()) > 0:
            self._show_pin()
            return
        self.pin_entry = (self.pin_entry + key)[:8]
        self._show_pin()

    def _show_pin(self, wrong: bool = False) -> None:
        guard = self.pin_guard
        wait = guard.wait_left(self.clock()) if guard is not None else 0.0
        if wait > 0:
            prompt = self.tr("Too many wrong PINs: try again in %n second(s)", "", math.ceil(wait))
        elif wrong:
            prompt = QApplication.translate("Kiosk", "Wrong PIN, try again")
        else:
            prompt = QApplication.translate("Kiosk", "Enter the PIN to exit")
        self.pin_label.setText(f"{prompt}\n{'•' * len(self.pin_entry) or ' '}")
        if self.keypad.isVisible():
            self.keypad.place()

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
        self.pin_timer.stop()
        if self.guard is not None:
            self.guard.stop()
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


def fill_screen(window: QWidget, screen_index: int) -> QRect:
    """Full screen on the chosen screen, sized to its geometry, on top: under a bare X server with no window
    manager showFullScreen() alone leaves a small window. Returns the screen's rectangle."""
    screen = screen_for(screen_index)
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)  # (this hides the window until shown again)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.raise_()
    window.activateWindow()  # with no window manager nobody else gives it the keyboard
    return screen.geometry()


def start_kiosk(window: MainWindow, config: KioskConfig, guard: bool = True) -> KioskController:
    """Lock `window` down as a kiosk, route uncaught errors and native crashes to the log, fill the configured
    screen and keep it there (the window guard)."""
    log_path = setup_logging(crashes=True)
    install_message_log()
    controller = KioskController(window, config, exit_app=True)
    controller.display_watch = DisplayWatch(controller)
    sys.excepthook = controller.handle_error
    log.info("kiosk started; log at %s; %s", log_path, controller.fit.how)
    fill_screen(window, config.screen)
    if guard:
        controller.guard = WindowGuard(window, lambda: screen_for(config.screen).geometry())
    return controller
