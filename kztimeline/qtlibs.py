"""The system libraries Qt loads, by the Debian package that brings each: PySide6's wheels carry Qt itself, not
these. When one is missing the command line says, in one line, which packages to install (never a traceback).

The lists are the ones `packaging/check-fresh-debian.sh` installs on a minimal Debian 12 (and the README's).
No Qt here: this is what runs when Qt cannot.
"""

from __future__ import annotations

import ctypes
import os
import sys

# headless: export, --screenshot, the offscreen platform (QtCore, QtGui, QtWidgets, QtSvg and their plugins)
HEADLESS = {
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1", "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0", "libdbus-1.so.3": "libdbus-1-3", "libX11.so.6": "libx11-6",
}
# a real window: Qt's X11 platform plugin (libqxcb.so) on top of those
WINDOW = {
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        bundled = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle carries some of them itself
        if bundled is None:
            return False
        try:
            ctypes.CDLL(os.path.join(bundled, soname))
        except OSError:
            return False
    return True


def missing_packages(libraries: dict[str, str]) -> list[str]:
    """The Debian packages of the libraries that cannot be loaded, each once, in the table's order."""
    if not sys.platform.startswith("linux"):
        return []
    missing: list[str] = []
    for soname, package in libraries.items():
        if package not in missing and not _loads(soname):
            missing.append(package)
    return missing


def install_hint(packages: list[str]) -> str:
    return f"on Debian or Ubuntu, as root: apt-get update && apt-get install -y {' '.join(packages)}"


def cannot_load_qt(exc: ImportError) -> str:
    """One line for an ImportError from PySide6: the missing libraries' packages, or Qt's own reason."""
    packages = missing_packages(HEADLESS)
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if packages:
        return f"kztimeline: error: Qt cannot start, a system library is missing ({reason}); {install_hint(packages)}"
    return f"kztimeline: error: Qt cannot start: {reason}"


def cannot_open_window() -> str | None:
    """For a window on X11: one line naming the missing packages of Qt's xcb plugin, or None when none is."""
    packages = missing_packages(WINDOW)
    if not packages:
        return None
    return (f"kztimeline: error: Qt's X11 platform plugin cannot load, system libraries are missing; "
            f"{install_hint(packages)} (or use --screenshot OUT.png to render without a window)")
