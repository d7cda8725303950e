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

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

CHECK_MS = 200  # the timer's period: a missed signal is caught within this
SETTLE_MS = 30  # after a change Qt reports, look again this soon (the window manager may still be moving)

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
        if w.isVisible() and not w.isActiveWindow() and QApplication.activePopupWidget() is None:
            found.append("not active")
        return found

    def check(self) -> None:
        if not self.enabled:
            return
        found = self.problems()
        if not found:
            self._grab()
            return
        self.restores.append((self.clock(), ", ".join(found)))
        log.warning("kiosk window %s: restoring it", ", ".join(found))
        self.restore()

    def restore(self) -> None:
        w = self.window
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
        self.soon.start()

    def _grab(self) -> None:
        """Keep the keyboard while shown (the window manager's keys then never reach it); X11 lets a window
        grab only while it is viewable, so this is repeated after each restore."""
        if self._grabbed:
            return
        handle = self.window.windowHandle()
        if handle is not None and handle.isExposed():
            self._grabbed = bool(handle.setKeyboardGrabEnabled(True))
            if self._grabbed:
                log.info("kiosk window has the keyboard")
