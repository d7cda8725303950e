"""Starting the viewer: the QApplication, the bundled font and theme, the data, the window or a screenshot.

This is the one place that decides the Qt platform: with no display, a screenshot falls back to offscreen.
"""

from __future__ import annotations

import argparse
import errno
import linecache
import os
import sys
from pathlib import Path

from kztimeline.data import LoadResult, Problem, load
from kztimeline.export.verify import check_png
from kztimeline.files import display_name, interruptible, reason, write_checked
from kztimeline.model import PartialDate, Text, Timeline, TimelineInfo

try:  # the first Qt import of the viewer, the kiosk and export
    from kztimeline.ui.fonts import base_font, load_fonts
except ImportError as _exc:  # a system library Qt needs is missing: one line naming its package, no traceback
    from kztimeline.qtlibs import cannot_load_qt

    raise SystemExit(cannot_load_qt(_exc)) from None

APP_NAME = "kztimeline"
DESKTOP_ID = "io.github.kztimeline.kztimeline"  # the .desktop file's name in the package (packaging/build.py)


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("win32", "darwin")


def ensure_platform(headless: bool) -> None:
    """Use the offscreen platform for headless work when there is no display and none was chosen."""
    if headless and not has_display() and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


# the offscreen platform's notices, not faults
_QUIET = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")


def _message_handler(mode: object, context: object, message: str) -> None:
    if message not in _QUIET:
        sys.stderr.write(message + "\n")


def make_application(argv: list[str] | None = None):  # -> QApplication
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:
        qInstallMessageHandler(_message_handler)
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(argv or [APP_NAME])
    app.setDesktopFileName(DESKTOP_ID)  # Wayland compositors find the icon and name through it
    load_fonts()
    app.setFont(base_font())
    return app


def empty_timeline() -> Timeline:
    """What the window shows when the data could not be loaded: the default range, no events."""
    return Timeline(TimelineInfo(Text.plain("No data loaded"), PartialDate(1997, 1, 1), PartialDate(2022, 12, 31)))


def open_data(path: str | None) -> tuple[Timeline, list[Problem]]:
    result: LoadResult = load(path)
    return (result.timeline or empty_timeline()), result.problems


FIRST_FRAME_MS = 150


def create_window(path: str | None = None, theme_name: str = "light", remember: bool = True,
                  lang: str = "en", background: bool = False,
                  loaded: LoadResult | None = None):  # -> MainWindow
    """The main window for the data at `path`; `loaded`, when given, is that data already loaded (the benchmark
    times the load itself and must not hold a second model)."""
    from PySide6.QtCore import QTimer

    from kztimeline.ui.theme import THEMES
    from kztimeline.window.main_window import MainWindow

    if loaded is not None:
        timeline, problems = (loaded.timeline or empty_timeline()), loaded.problems
        background = False
    elif background and path is not None:
        timeline, problems = empty_timeline(), []
    else:
        timeline, problems = open_data(path)
    window = MainWindow(timeline, problems, THEMES[theme_name], base_font(), remember=remember, lang=lang)
    # PySide's import hook reads the source of every module imported into the line cache (4.7 MB); a traceback
    # reads what it needs again
    linecache.clearcache()
    if background and path is not None:
        from kztimeline.window.loading import LoadWorker

        worker = LoadWorker(path, window)
        worker.progressed.connect(window.show_progress)
        worker.loaded.connect(lambda done: window.set_timeline(done[0].timeline or empty_timeline(),
                                                               done[0].problems, done[1]))
        worker.loaded.connect(lambda done: window.show_progress(1.0, ""))
        window.loader = worker
        window.show_progress(0.0, "Reading")
        # the parser holds the interpreter while it works: let the window paint its first frame first
        QTimer.singleShot(FIRST_FRAME_MS, worker.start)
    return window


def is_large(path: str | None) -> bool:
    """Data worth loading in the background: over the size at which files are read in pieces."""
    from kztimeline.data.loader import SPLIT_ABOVE_CHARS

    if path is None:
        return False
    target = Path(path)
    try:  # only looks (stat, never open): a FIFO, an unreadable folder or a too-long name is the loader's to report
        files = [target] if target.is_file() else list(target.glob("*.y*ml")) if target.is_dir() else []
        return sum(f.stat().st_size for f in files if f.is_file()) > SPLIT_ABOVE_CHARS
    except (OSError, ValueError):
        return False


def settle() -> None:
    """Let layouts, splitters and the first paint settle."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def screenshot(window, out: Path, size: tuple[int, int], select: str | None = None) -> None:
    window.resize(*size)
    window.show()
    settle()
    if select:
        window.select_by_id(select, animate=False)
        settle()
    write_checked(out, png_bytes(window.grab().toImage()), check_png)


def png_bytes(image) -> bytes:  # (QImage) -> bytes
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise OSError(errno.EIO, "the PNG encoder failed")
    return bytes(buffer.data().data())


def run_viewer(options: argparse.Namespace) -> int:
    headless = options.screenshot is not None
    ensure_platform(headless)
    if getattr(options, "watch", False) and (options.data is None or headless):
        print("kztimeline: error: --watch goes with --data FOLDER, in a window (not with --screenshot)",
              file=sys.stderr)
        return 2
    if (options.config or getattr(options, "print_config", False)) and not options.kiosk:
        print("kztimeline: error: --config and --print-config go with --kiosk", file=sys.stderr)
        return 2
    if getattr(options, "example_config", False):
        if not options.kiosk:
            print("kztimeline: error: --example-config goes with --kiosk", file=sys.stderr)
            return 2
        return print_example_config()
    config = None
    if options.kiosk:  # a configuration that cannot be misread: checked before anything else, display or not
        config = kiosk_config(options.config, options.data)
        if config is None:
            return 1
        if getattr(options, "print_config", False):
            return print_kiosk_config(config, options.data)
    if not headless and not has_display() and os.environ.get("QT_QPA_PLATFORM") in (None, "xcb", "wayland"):
        print("kztimeline: no display found (DISPLAY is not set). Start it in a desktop session, or use "
              "--screenshot OUT.png to render without a display.", file=sys.stderr)
        return 1
    if (not headless and os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
            and os.environ.get("QT_QPA_PLATFORM") in (None, "xcb")):
        from kztimeline.qtlibs import cannot_open_window

        missing = cannot_open_window()  # Qt would abort with a core dump, naming only the first
        if missing:
            print(missing, file=sys.stderr)
            return 1
    if headless:
        out = Path(options.screenshot)
        if out.suffix.lower() != ".png":
            print(f"kztimeline: error: the screenshot must be a .png file, not '{display_name(out.name)}'",
                  file=sys.stderr)
            return 2
        if not out.resolve().parent.is_dir():
            print(f"kztimeline: error: folder '{display_name(out.parent)}' does not exist", file=sys.stderr)
            return 2
    app = make_application([APP_NAME])
    from kztimeline.ui.i18n import system_language

    lang = options.lang or (config.language if config else None) or system_language()
    theme = options.theme or (config.theme if config else "light")
    window = create_window(options.data, theme, remember=not (headless or options.kiosk), lang=lang,
                           background=not headless and is_large(options.data))
    if headless:
        if any(p.is_error for p in window.problems):
            for problem in window.problems:
                print(problem, file=sys.stderr)
            print("kztimeline: error: the data is invalid; no screenshot written", file=sys.stderr)
            return 1
        if options.select and not window.timeline.has_event(options.select):
            print(f"kztimeline: error: no event with id '{display_name(options.select)}'", file=sys.stderr)
            return 2
        try:
            with interruptible():
                screenshot(window, out, options.size, options.select)
        except OSError as exc:
            print(f"kztimeline: error: cannot write {display_name(out)}: {reason(exc)}", file=sys.stderr)
            return 1
        window.close()
        return 0
    if getattr(options, "watch", False):
        window.watch_data(options.data)
    if options.select:
        if window.timeline.has_event(options.select):
            window.select_by_id(options.select, animate=False)
        else:
            print(f"kztimeline: warning: no event with id '{display_name(options.select)}'", file=sys.stderr)
    if config is not None:
        from kztimeline.kiosk.controller import start_kiosk

        window._kiosk = start_kiosk(window, config)
        return app.exec()
    window.show()
    return app.exec()


def print_example_config() -> int:
    """`--kiosk --example-config`: the commented example configuration, every key with its default."""
    from importlib import resources

    sys.stdout.write(resources.files("kztimeline.resources").joinpath("kiosk.example.yaml").read_text("utf-8"))
    return 0


def print_kiosk_config(config, data: str | None) -> int:
    """`--kiosk --print-config`: the configuration as the kiosk will use it, and what auto comes to on this
    machine's screen when there is one."""
    from kztimeline.data.kiosk_config import effective_yaml

    notes: dict[str, str] = {}
    if config.tour is None:
        result = load(data)
        if result.timeline is not None and result.timeline.tours:
            notes["tour"] = f"the data's first tour: {result.timeline.tours[0].id}"
    if config.language is None:
        notes["language"] = "the system's language"
    if config.font_scale is not None:
        pass
    elif has_display() or os.environ.get("QT_QPA_PLATFORM"):
        try:
            make_application([APP_NAME])
            from kztimeline.kiosk.controller import fit_for

            fitted = fit_for(config)
            notes["orientation"] = f"{fitted.orientation} on this screen"
            notes["font_scale"] = fitted.how
        except Exception as exc:  # noqa: BLE001 (no screen to measure: the values stay as configured)
            notes["font_scale"] = f"not measured here ({type(exc).__name__})"
    else:
        notes["font_scale"] = "computed on the kiosk's screen when it starts"
    print(effective_yaml(config, notes), end="")
    return 0


def kiosk_config(path: str | None, data: str | None):  # -> KioskConfig | None
    """The kiosk configuration (defaults without a file); problems printed as FILE:LINE:COL lines."""
    from kztimeline.data.kiosk_config import KioskConfig, load_config

    if path is None:
        return KioskConfig()
    result = load(data)
    tours = [t.id for t in result.timeline.tours] if result.timeline else None
    config, problems = load_config(path, tours)
    for problem in problems:
        print(problem, file=sys.stderr)
    if config is None:
        print("kztimeline: error: the kiosk configuration is invalid", file=sys.stderr)
    return config
