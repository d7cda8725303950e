"""File > Export… from the window: the dialog, then the export of what the window shows (a snapshot of its view
state), with a progress dialog that can cancel. Failures are reported in a message, never a traceback."""

from __future__ import annotations

import contextlib
import errno
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from kztimeline.export.options import ExportError, ExportOptions, check
from kztimeline.export.render import ExportCancelled, ExportData, export, preview
from kztimeline.files import display_name
from kztimeline.window.export_dialog import PREVIEW_SIDE, ExportDialog, default_folder

if TYPE_CHECKING:
    from kztimeline.window.main_window import MainWindow


def export_data(window: MainWindow) -> ExportData:
    """What the window's exports and previews draw from: its prepared lanes and its events' times, derived once
    for the data it shows (a preview is redrawn at every change of an option)."""
    kept = window.export_data
    if kept is None or kept.prepared is not window.prepared:
        kept = window.export_data = ExportData.of(window.timeline, window.prepared)
    return kept


def open_export_dialog(window: MainWindow) -> None:
    def draw_preview(options: ExportOptions) -> tuple[QImage, str]:
        try:
            checked = check(options, window.timeline)
        except ExportError:
            return QImage(), ""
        image, caption, _outcome = preview(window.timeline, checked, window.view.lanes_item.font,
                                           export_data(window), PREVIEW_SIDE)
        return image, caption

    dialog = ExportDialog(window, window.state.selected is not None, window.state.theme, window.state.snapshot(),
                          window.timeline, draw_preview)
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
    except ExportError:
        QMessageBox.warning(window, title, translate("ExportFlow", "This view cannot be exported: its range lies "
                                                     "outside the timeline, or its selected event is gone."))
        return False
    folder = path.expanduser().absolute().parent
    if not folder.exists() and folder == default_folder():  # the Pictures folder a new user may not have yet
        with contextlib.suppress(OSError):  # if it cannot be made, the export says why in the usual way
            folder.mkdir(parents=True, exist_ok=True)
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
        export(window.timeline, options, path, window.view.lanes_item.font, report, export_data(window))
    except ExportCancelled:
        window.statusBar().showMessage(translate("ExportFlow", "Export cancelled; nothing was written"), 5000)
        return False
    except OSError as exc:
        message = translate("ExportFlow", "Could not write %1:\n%2\n\nNothing was written; an existing file of that "
                            "name is unchanged.")
        QMessageBox.warning(window, title, message.replace("%1", display_name(path)).replace("%2", why(exc)))
        return False
    finally:
        progress.close()
    window.statusBar().showMessage(translate("ExportFlow", "Exported %1").replace("%1", display_name(path)), 8000)
    return True


REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("ExportFlow", "The disk is full."),
    errno.EDQUOT: QT_TRANSLATE_NOOP("ExportFlow", "The disk is full."),
    errno.EACCES: QT_TRANSLATE_NOOP("ExportFlow", "You may not write in that folder."),
    errno.EPERM: QT_TRANSLATE_NOOP("ExportFlow", "You may not write in that folder."),
    errno.EROFS: QT_TRANSLATE_NOOP("ExportFlow", "The disk can only be read."),
    errno.ENOENT: QT_TRANSLATE_NOOP("ExportFlow", "The folder does not exist."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("ExportFlow", "The folder does not exist."),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("ExportFlow", "The file name is too long."),
    errno.EISDIR: QT_TRANSLATE_NOOP("ExportFlow", "A folder of that name is in the way."),
    errno.EINTR: QT_TRANSLATE_NOOP("ExportFlow", "The export was interrupted."),
    errno.ENOMEM: QT_TRANSLATE_NOOP("ExportFlow", "There is not enough memory for a picture this large."),
}


UNKNOWN_REASON = QT_TRANSLATE_NOOP("ExportFlow", "The file could not be written.")


def why(exc: OSError) -> str:
    """Why a write failed, in the interface's language."""
    return QCoreApplication.translate("ExportFlow", REASONS.get(exc.errno or 0, UNKNOWN_REASON))
