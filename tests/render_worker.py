"""A child process that shows data the way a visitor and a curator would, for tests that must survive a native
crash: the test sends one data path per line on stdin; for each the worker opens the window on it, selects every
event, hovers every event, switches language, paints, and exports PNG, SVG and PDF through the command line. It
answers one line per path: `ok` or `fail: <traceback with line breaks escaped>`. A segfault ends the process,
and faulthandler writes where it happened to stderr, so the test fails with the case instead of the test run
dying with it.

    python tests/render_worker.py < paths
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import sys
import traceback
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
faulthandler.enable()

EXPORTS = (("png", ["--size", "hd"]), ("svg", ["--size", "hd"]), ("pdf", ["--size", "a4"]))


def check(data: Path, out: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    from kztimeline.app import create_window, make_application, settle
    from kztimeline.cli import main

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(out / "settings"))
    make_application()
    QCoreApplication.setOrganizationName("kztimeline-tests")
    window = create_window(str(data), "light", remember=False, lang="en")
    try:
        errors = [str(p) for p in window.problems if p.is_error]
        assert not errors, f"the window found errors that validate did not: {errors}"
        window.resize(1280, 720)
        window.show()
        settle()
        events = window.timeline.events
        for index, event in enumerate(events):
            window.select_by_id(event.id, animate=False)
            window.view.describe(index)  # what hovering shows
            QCoreApplication.processEvents()
        settle()
        window.grab()  # paint everything once, panel open
        for lang in ("kk", "ru"):
            window.set_language(lang)
            settle()
            window.grab()
        window.close_panel()
        window.grab()
    finally:
        window.close()
        window.deleteLater()
        settle()
    for fmt, size in EXPORTS:
        target = out / f"export.{fmt}"
        code = main(["export", str(target), "--data", str(data), *size])
        assert code == 0, f"export {fmt} exited {code}"
        assert target.stat().st_size > 0, f"export {fmt} wrote an empty file"


def serve() -> None:
    answers = sys.stdout
    for line in sys.stdin:
        data = Path(line.rstrip("\n"))
        try:
            with contextlib.redirect_stdout(sys.stderr):  # the command line's 'wrote ...' is no answer
                check(data, data.parent)
            answer = "ok"
        except BaseException:  # noqa: BLE001 - every failure is the answer
            answer = "fail: " + traceback.format_exc().replace("\\", "\\\\").replace("\n", "\\n")
        answers.write(answer + "\n")
        answers.flush()


if __name__ == "__main__":
    serve()
