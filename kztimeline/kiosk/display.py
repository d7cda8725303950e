"""Losing the display: log one line and exit 1 (the service manager starts the kiosk again), never hang or crash.

When the X server (or the Wayland compositor) goes away, Qt may notice only on the next event it reads, may
wait forever, or may tear down into a segmentation fault. The watch asks the connection itself, once a second,
whether it broke (xcb_connection_has_error, wl_display_get_error), and ends the process at once when it did:
nothing can be drawn any more, and the Qt objects must not be destroyed against a dead connection.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

log = logging.getLogger("kztimeline.kiosk")
CHECK_MS = 1000
EXIT_LOST_DISPLAY = 1


def _library(name: str) -> ctypes.CDLL | None:
    found = ctypes.util.find_library(name)
    try:
        return ctypes.CDLL(found or f"lib{name}.so")
    except OSError:
        return None


def connection_check() -> Callable[[], int] | None:
    """A function that returns the display connection's error (0: fine), or None where it cannot be asked."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return None
    platform = app.platformName()
    native = app.nativeInterface() if hasattr(app, "nativeInterface") else None
    if platform == "xcb" and native is not None and hasattr(native, "connection"):
        xcb = _library("xcb")
        pointer = native.connection()
        if xcb is None or not pointer:
            return None
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_connection_has_error.restype = ctypes.c_int
        return lambda: int(xcb.xcb_connection_has_error(ctypes.c_void_p(int(pointer))))
    if platform.startswith("wayland") and native is not None and hasattr(native, "display"):
        wayland = _library("wayland-client")
        pointer = native.display()
        if wayland is None or not pointer:
            return None
        wayland.wl_display_get_error.argtypes = [ctypes.c_void_p]
        wayland.wl_display_get_error.restype = ctypes.c_int
        return lambda: int(wayland.wl_display_get_error(ctypes.c_void_p(int(pointer))))
    return None


class DisplayWatch(QObject):
    def __init__(self, parent: QObject, on_lost: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.check = connection_check()
        self.on_lost = on_lost or lost_display
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.poll)
        if self.check is not None:
            self.timer.start()

    def poll(self) -> None:
        if self.check is None:
            return
        error = self.check()
        if error:
            self.timer.stop()
            app = QGuiApplication.instance()
            platform = app.platformName() if isinstance(app, QGuiApplication) else "?"
            self.on_lost(f"the display connection broke ({platform} error {error})")


def lost_display(why: str) -> None:
    """Log it, flush the log, and leave with status 1 without running Qt's teardown."""
    log.critical("%s: exiting with status %d so that the service manager restarts the kiosk", why,
                 EXIT_LOST_DISPLAY)
    for handler in log.handlers:
        handler.flush()
    os.write(2, f"kztimeline: {why}; exiting\n".encode())
    os._exit(EXIT_LOST_DISPLAY)


BROKEN = ("The X11 connection broke", "The Wayland connection broke", "Wayland display", "Could not connect to display",
          "failed to create a connection")


def install_message_log() -> None:
    """Qt's warnings into the kiosk log too; a broken display connection ends the kiosk before Qt's own exit,
    whose teardown against the dead connection can crash."""
    previous: object = None

    def handler(mode: QtMsgType, context: object, message: str) -> None:
        if any(message.startswith(mark) for mark in BROKEN):
            lost_display(message.strip())
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            log.warning("Qt: %s", message)
        if callable(previous):
            previous(mode, context, message)
        else:
            os.write(2, (message + "\n").encode(errors="replace"))

    previous = qInstallMessageHandler(handler)
