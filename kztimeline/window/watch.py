"""`--watch`: the window reloads its data when a data file changes, so a curator sees an edit at once.

A QFileSystemWatcher watches the data files and their folder (a new or removed file, and the rename by which
most editors save); each change (re)starts a short single-shot QTimer, and only when the editor has been quiet
that long is the data read again. Valid data replaces the old in the same widgets (`MainWindow.set_timeline`
keeps the view's range and follows the selection by event id); invalid data leaves the last good data on
screen, with the banner saying what is wrong. Paths are watched again after each reload, because a file
replaced by a rename is no longer the one watched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kztimeline.data import load
from kztimeline.data.loader import DATA_SUFFIXES

DEBOUNCE_MS = 300


class DataWatcher(QObject):
    reloaded = Signal(bool)  # True: the new data is shown; False: it was invalid and the last good data stays

    def __init__(self, window: object, path: str | Path, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.path = Path(path)
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.reload)
        self.watcher.fileChanged.connect(self.schedule)
        self.watcher.directoryChanged.connect(self.schedule)
        self.reloads = 0
        self.watch()

    def paths(self) -> list[str]:
        """The folder and its data files, or a single file and the folder it is in."""
        folder = self.path if self.path.is_dir() else self.path.parent
        files = [self.path] if not self.path.is_dir() else \
            sorted(p for p in folder.iterdir() if p.suffix in DATA_SUFFIXES)
        return [str(p) for p in [folder, *files] if p.exists()]

    def watch(self) -> None:
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [p for p in self.paths() if p not in watched]
        if missing:
            self.watcher.addPaths(missing)

    def schedule(self, _changed: str = "") -> None:
        self.timer.start()  # restarted by every change: the reload waits until the editor is done

    def reload(self) -> None:
        self.timer.stop()
        self.watch()
        result = load(self.path)
        window = self.window
        self.reloads += 1
        if result.timeline is not None:
            window.set_timeline(result.timeline, result.problems)  # type: ignore[attr-defined]
            self.reloaded.emit(True)
        else:
            window.keep_with_problems(result.problems)  # type: ignore[attr-defined]
            self.reloaded.emit(False)
