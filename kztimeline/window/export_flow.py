"""File > Export… from the window: the dialog, then the export of what the window shows (a snapshot of its view
state), with a progress dialog that can cancel. Failures are reported in a message, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from kztimeline.export.options import ExportError, ExportOptions, check
from kztimeline.export.render import ExportCancelled, export
from kztimeline.window.export_dialog import ExportDialog

if TYPE_CHECKING:
    from kztimeline.window.main_window import MainWindow


def open_export_dialog(window: MainWindow) -> None:
    dialog = ExportDialog(window, window.state.selected is not None, window.state.theme)
    window._export_dialog = dialog  # reachable while open (tests drive it)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    dialog.remember()
    run_export(window, dialog.options(window.state.snapshot(), window.timeline), dialog.path())


def run_export(window: MainWindow, options: ExportOptions, path: Path) -> bool:
    translate = QCoreApplication.translate
    title = translate("ExportFlow", "Export")
    try:
        options = check(options, window.timeline)
    except ExportError as exc:
        QMessageBox.warning(window, title, translate("ExportFlow", "Cannot export: %1").replace("%1", str(exc)))
        return False
    progress = QProgressDialog(translate("ExportFlow", "Exporting…"), translate("ExportFlow", "Cancel"), 0, 100,
                               window)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def report(percent: int, what: str) -> bool:
        progress.setLabelText(f"{what}…")
        progress.setValue(percent)
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        export(window.timeline, options, path, window.view.lanes_item.font, report, window.prepared)
    except ExportCancelled:
        window.statusBar().showMessage(translate("ExportFlow", "Export cancelled; nothing was written"), 5000)
        return False
    except OSError as exc:
        message = translate("ExportFlow", "Could not write %1:\n%2\n\nNothing was written; an existing file of that "
                            "name is unchanged.")
        QMessageBox.warning(window, title, message.replace("%1", str(path)).replace("%2", str(exc.strerror or exc)))
        return False
    finally:
        progress.close()
    window.statusBar().showMessage(translate("ExportFlow", "Exported %1").replace("%1", str(path)), 8000)
    return True
