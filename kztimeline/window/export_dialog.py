"""File > Export…: choose format, range, size, theme and what to include; the choices are remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kztimeline.export.options import MAX_SIDE, MIN_SIDE, PAPER_PRESETS, PIXEL_PRESETS, ExportOptions
from kztimeline.model import Timeline
from kztimeline.timeline.state import Snapshot

FORMAT_NAMES = {"png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
                "svg": QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing"),
                "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF document")}
PIXEL_LABELS = {"hd": "1920 × 1080 (HD)", "4k": "3840 × 2160 (4K)", "8k": "7680 × 4320 (8K)",
                "custom": QT_TRANSLATE_NOOP("ExportDialog", "Custom size")}
PAPER_LABELS = {"a4": QT_TRANSLATE_NOOP("ExportDialog", "A4 landscape"),
                "a3": QT_TRANSLATE_NOOP("ExportDialog", "A3 landscape"),
                "a2": QT_TRANSLATE_NOOP("ExportDialog", "A2 landscape")}


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, has_selection: bool, theme: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the timeline"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.format_box = QComboBox()
        for key, name in FORMAT_NAMES.items():
            self.format_box.addItem(_t(name), key)
        self.format_box.setAccessibleName(self.tr("Format"))
        form.addRow(self.tr("Format"), self.format_box)

        self.whole_range = QRadioButton(self.tr("The whole timeline"))
        self.current_view = QRadioButton(self.tr("What the window shows now"))
        group = QButtonGroup(self)
        group.addButton(self.whole_range)
        group.addButton(self.current_view)
        what = QVBoxLayout()
        what.addWidget(self.whole_range)
        what.addWidget(self.current_view)
        form.addRow(self.tr("Export"), what)

        self.size_box = QComboBox()
        self.size_box.setAccessibleName(self.tr("Size"))
        self.width_box = QSpinBox()
        self.height_box = QSpinBox()
        for box, name in ((self.width_box, self.tr("Width in pixels")), (self.height_box, self.tr("Height in pixels"))):
            box.setRange(MIN_SIDE, MAX_SIDE)
            box.setSuffix(" px")
            box.setAccessibleName(name)
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_box, 1)
        size_row.addWidget(self.width_box)
        size_row.addWidget(self.height_box)
        form.addRow(self.tr("Size"), size_row)

        self.theme_box = QComboBox()
        self.theme_box.addItem(self.tr("Light"), "light")
        self.theme_box.addItem(self.tr("Dark"), "dark")
        self.theme_box.addItem(self.tr("High contrast"), "contrast")
        self.theme_box.setAccessibleName(self.tr("Theme"))
        form.addRow(self.tr("Theme"), self.theme_box)
        self.transparent = QCheckBox(self.tr("Transparent background (PNG)"))
        form.addRow("", self.transparent)

        self.include_title = QCheckBox(self.tr("Title"))
        self.include_legend = QCheckBox(self.tr("Sector legend"))
        self.include_detail = QCheckBox(self.tr("The selected event's details"))
        self.include_detail.setEnabled(has_selection)
        self.include_footer = QCheckBox(self.tr("Sources and export date"))
        include = QVBoxLayout()
        for box in (self.include_title, self.include_legend, self.include_detail, self.include_footer):
            include.addWidget(box)
        form.addRow(self.tr("Include"), include)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File name"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Save as"), path_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.size_box.currentIndexChanged.connect(self._size_changed)
        self._restore(theme)

    # -- state ------------------------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def _format_changed(self) -> None:
        self.size_box.blockSignals(True)
        self.size_box.clear()
        labels = PAPER_LABELS if self.fmt == "pdf" else PIXEL_LABELS
        for key, label in labels.items():
            self.size_box.addItem(_t(label), key)
        self.size_box.blockSignals(False)
        self.transparent.setEnabled(self.fmt == "png")
        path = self.path_edit.text().strip()
        if path:
            self.path_edit.setText(str(Path(path).with_suffix("." + self.fmt)))
        self._size_changed()

    def _size_changed(self) -> None:
        key = self.size_box.currentData()
        custom = key == "custom"
        for box in (self.width_box, self.height_box):
            box.setVisible(self.fmt != "pdf")
            box.setEnabled(custom)
        if key in PIXEL_PRESETS:
            width, height = PIXEL_PRESETS[key]
            self.width_box.setValue(width)
            self.height_box.setValue(height)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the timeline"), self.path_edit.text(),
                                              f"{_t(FORMAT_NAMES[self.fmt])} (*.{self.fmt})")
        if path:
            self.path_edit.setText(str(Path(path).with_suffix("." + self.fmt)))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).with_suffix("." + self.fmt)

    def options(self, view: Snapshot, timeline: Timeline) -> ExportOptions:
        """What the window shows (`view`: its range, selection, hidden lanes, highlight and language), with the
        format, size, theme and parts chosen here."""
        key = self.size_box.currentData()
        paper = key if key in PAPER_PRESETS else None
        options = ExportOptions.of_view(
            view, timeline, whole_range=not self.current_view.isChecked(),
            fmt=self.fmt,
            width=self.width_box.value(),
            height=self.height_box.value(),
            paper=paper,
            theme=str(self.theme_box.currentData()),
            transparent=self.transparent.isChecked() and self.fmt == "png",
            include_title=self.include_title.isChecked(),
            include_legend=self.include_legend.isChecked(),
            include_detail=self.include_detail.isChecked(),
            include_footer=self.include_footer.isChecked(),
        )
        return options if self.include_detail.isChecked() else options.with_changes(select=None)

    # -- remembering ------------------------------------------------------------------------------------------
    def _restore(self, theme: str) -> None:
        settings = QSettings()
        settings.beginGroup("export")
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(settings.value("format", "png"))))
        self._format_changed()
        self.size_box.setCurrentIndex(max(0, self.size_box.findData(settings.value("size", "hd"))))
        self.width_box.setValue(int(settings.value("width", 1920)))
        self.height_box.setValue(int(settings.value("height", 1080)))
        self._size_changed()
        (self.current_view if settings.value("current_view", "false") == "true" else self.whole_range).setChecked(True)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(settings.value("theme", theme))))
        self.transparent.setChecked(settings.value("transparent", "false") == "true")
        for name, box in self._includes().items():
            box.setChecked(settings.value(name, "true") == "true")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
        default = str(Path(folder) / f"kztimeline.{self.fmt}")
        self.path_edit.setText(str(settings.value("path", default)))
        settings.endGroup()

    def remember(self) -> None:
        settings = QSettings()
        settings.beginGroup("export")
        settings.setValue("format", self.fmt)
        settings.setValue("size", self.size_box.currentData())
        settings.setValue("width", self.width_box.value())
        settings.setValue("height", self.height_box.value())
        settings.setValue("current_view", "true" if self.current_view.isChecked() else "false")
        settings.setValue("theme", self.theme_box.currentData())
        settings.setValue("transparent", "true" if self.transparent.isChecked() else "false")
        for name, box in self._includes().items():
            settings.setValue(name, "true" if box.isChecked() else "false")
        settings.setValue("path", str(self.path()))
        settings.endGroup()

    def _includes(self) -> dict[str, QCheckBox]:
        return {"title": self.include_title, "legend": self.include_legend, "detail": self.include_detail,
                "footer": self.include_footer}
