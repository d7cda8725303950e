"""Loading a large data file in a worker thread, so the window shows at once and stays responsive.

The worker only reads and validates (Qt-free code); results and progress reach the window through signals,
and no widget is touched from the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from kztimeline.data import load
from kztimeline.timeline.prepared import Prepared


class LoadWorker(QThread):
    progressed = Signal(float, str)
    loaded = Signal(object)  # (LoadResult, Prepared or None)

    def __init__(self, path: str, parent: object = None) -> None:
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        result = load(self.path, progress=self.progressed.emit)
        prepared = None
        if result.timeline is not None:
            self.progressed.emit(0.995, "Preparing")
            prepared = Prepared.of(result.timeline)
        self.loaded.emit((result, prepared))
        if prepared is not None:  # the window shows the events now; search is ready a moment later
            prepared.search_index  # noqa: B018 (builds it, here rather than at the first keystroke)
