"""What the window remembers between runs (QSettings): its geometry, the range it showed and its theme.
Not used in a kiosk or for a screenshot, which always start the same way."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from kztimeline.timeline.state import ViewState


def restore(window: QMainWindow, state: ViewState) -> None:
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:  # the first start: most of the screen, not the minimum size
        screen = QApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            window.resize(max(window.minimumWidth(), round(area.width() * 0.85)),
                          max(window.minimumHeight(), round(area.height() * 0.85)))
    view = settings.value("window/range")
    if isinstance(view, list) and len(view) == 2:
        try:
            start, end = float(view[0]), float(view[1])
        except (TypeError, ValueError):
            return
        state.set_range(start, end)


def save(window: QMainWindow, state: ViewState) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/range", list(state.range))
    settings.setValue("window/theme", state.theme)
