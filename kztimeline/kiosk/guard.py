"""No way out under a window manager: the kiosk stays full screen, on top, shown and active.

A stock window manager offers many ways to put a window away: iconify (a key, the window menu, a task bar), show
the desktop, another virtual desktop, another window taking the focus. The guard watches the window's state,
visibility, exposure and activation, on every change Qt reports and on a short timer, and puts it back within a
second, logging what happened. While the window is shown it grabs the keyboard where the platform allows (X11),
so the window manager's own keys (Super+D, Alt+Space, Alt+Tab, Ctrl+Alt+arrows) never reach it.

The recommended session has no window manager at all: a kiosk compositor (cage) that runs only kztimeline
(README, scripts/kiosk-cage.sh). The guard is the second line of defence for installations that have one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

CHECK_MS = 200  # the timer's period: a missed signal is caught within this
SETTLE_MS = 30  # after a change Qt reports, look again this soon (the window manager may still be moving)
RETRY_S = 0.4  # a restore under way is given this long before another

log = logging.getLogger("kztimeline.kiosk")


class WindowGuard(QObject):
    def __init__(self, window: QWidget, geometry: Callable[[], QRect], clock: Callable[[], float] = time.monotonic,
                 interval_ms: int = CHECK_MS) -> None:
        super().__init__(window)
        self.window = window
        self.geometry = geometry  # the screen's rectangle the window must fill
        self.clock = clock
        self.restores: list[tuple[float, str]] = []  # (when, what was wrong): for the log and the tests
        self.enabled = True
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.soon = QTimer(self, singleShot=True)
        self.soon.setInterval(SETTLE_MS)
        self.soon.timeout.connect(self.check)
        window.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(lambda _state: self.soon.start())
            app.focusWindowChanged.connect(lambda _window: self.soon.start())
        self._grabbed = False
        self.timer.start()

    def stop(self) -> None:
        self.enabled = False
        self.timer.stop()
        self.soon.stop()
        self.window.removeEventFilter(self)
        handle = self.window.windowHandle()
        if handle is not None and self._grabbed:
            handle.setKeyboardGrabEnabled(False)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if obj is self.window and event.type() in (QEvent.Type.WindowStateChange, QEvent.Type.Hide,
                                                   QEvent.Type.WindowDeactivate, QEvent.Type.Move,
                                                   QEvent.Type.Resize, QEvent.Type.Expose):
            self.soon.start()
        return False

    def problems(self) -> list[str]:
        """What is wrong with the window now (empty: nothing)."""
        w = self.window
        found = []
        if w.windowState() & Qt.WindowState.WindowMinimized:
            found.append("minimised")
        if not w.isVisible():
            found.append("hidden")
        handle = w.windowHandle()
        if handle is not None and w.isVisible() and not handle.isExposed():
            found.append("not on screen (unmapped or on another desktop)")
        if not w.windowState() & Qt.WindowState.WindowFullScreen:
            found.append("not full screen")
        elif w.geometry() != self.geometry():
            found.append("moved or resized")
        if w.isVisible() and QApplication.activePopupWidget() is None:
            if handle is None or QGuiApplication.focusWindow() is not handle:
                found.append("not active")
            elif not w.isActiveWindow():
                # the platform gave the focus back but the widgets missed it (a hidden window loses its active
                # state, and the focus window never changed): tell them, no restore needed
                QApplication.setActiveWindow(w)
        return found

    def check(self) -> None:
        if not self.enabled:
            return
        found = self.problems()
        self._grab()  # whenever shown: the window manager's keys then never reach it
        if not found:
            return
        now = self.clock()
        if self.restores and now - self.restores[-1][0] < RETRY_S:
            self.soon.start()  # the last restore is still under way (the window manager maps the window)
            return
        self.restores.append((now, ", ".join(found)))
        log.warning("kiosk window %s: restoring it", ", ".join(found))
        self.restore(remap=any(p.startswith(("minimised", "not on screen", "hidden")) for p in found))

    def restore(self, remap: bool = False) -> None:
        """Full screen, on top and active again. A window put away by the window manager (iconified, hidden by
        "show desktop", left on another desktop) is unmapped and mapped again: a newly mapped window goes on the
        current desktop, ends "show desktop" and gets the focus, whatever the window manager's policy for
        activation requests from applications."""
        w = self.window
        if remap:
            w.hide()
        w.setWindowState((w.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen
                         | Qt.WindowState.WindowActive)
        w.setGeometry(self.geometry())
        w.showFullScreen()
        w.raise_()
        w.activateWindow()
        handle = w.windowHandle()
        if handle is not None:
            handle.requestActivate()
        self._grabbed = False
        self._focus_when_exposed()
        self.soon.start()

    def _focus_when_exposed(self, tries: int = 10) -> None:
        """Once the window manager has mapped the window again, take the focus (see force_focus)."""
        handle = self.window.windowHandle()
        if handle is None or not self.enabled:
            return
        if handle.isExposed():
            if QGuiApplication.focusWindow() is not handle:
                force_focus(int(self.window.winId()))
        elif tries > 0:
            QTimer.singleShot(SETTLE_MS, lambda: self._focus_when_exposed(tries - 1))

    def _grab(self) -> None:
        """Keep the keyboard while shown (the window manager's keys then never reach it); X11 lets a window
        grab only while it is viewable, so this is repeated after each restore."""
        if self._grabbed or QGuiApplication.platformName() != "xcb":
            # only X11 grabs: a Wayland kiosk compositor (cage) keeps the keys itself, and the platforms that
            # cannot grab warn on every try (five log lines a second, filling the kiosk log within hours)
            return
        handle = self.window.windowHandle()
        if handle is not None and handle.isExposed():
            self._grabbed = bool(handle.setKeyboardGrabEnabled(True))
            if self._grabbed:
                log.info("kiosk window has the keyboard")


def force_focus(window_id: int) -> None:
    """X11: give the window the input focus directly. A window manager may turn down an application's request
    to be activated (openbox does, as focus stealing, after its own keys or menu put the window away); setting
    the focus is always allowed for a viewable window."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or app.platformName() != "xcb":
        return
    native = app.nativeInterface() if hasattr(app, "nativeInterface") else None
    connection = native.connection() if native is not None and hasattr(native, "connection") else None
    xcb = _xcb()
    if not connection or xcb is None:
        return
    pointer = ctypes.c_void_p(int(connection))
    xcb.xcb_set_input_focus(pointer, XCB_INPUT_FOCUS_PARENT, ctypes.c_uint32(window_id), XCB_CURRENT_TIME)
    xcb.xcb_flush(pointer)


XCB_INPUT_FOCUS_PARENT = 2
XCB_CURRENT_TIME = 0
_xcb_lib: list[ctypes.CDLL | None] = []


def _xcb() -> ctypes.CDLL | None:
    if not _xcb_lib:
        try:
            lib: ctypes.CDLL | None = ctypes.CDLL(ctypes.util.find_library("xcb") or "libxcb.so.1")
        except OSError:
            lib = None
        if lib is not None:
            lib.xcb_set_input_focus.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32]
            lib.xcb_flush.argtypes = [ctypes.c_void_p]
        _xcb_lib.append(lib)
    return _xcb_lib[0]
