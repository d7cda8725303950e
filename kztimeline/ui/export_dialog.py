"""File > Export…: choose format, range, size, theme and what to include; the choices are remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
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

FORMAT_NAMES = {"png": "PNG image", "svg": "SVG drawing", "pdf": "PDF document"}
PIXEL_LABELS = {"hd": "1920 × 1080 (HD)", "4k": "3840 × 2160 (4K)", "8k": "7680 × 4320 (8K)", "custom": "Custom size"}
PAPER_LABELS = {"a4": "A4 landscape", "a3": "A3 landscape", "a2": "A2 landscape"}


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, has_selection: bool, theme: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export the timeline")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.format_box = QComboBox()
        for key, name in FORMAT_NAMES.items():
            self.format_box.addItem(name, key)
        self.format_box.setAccessibleName("Format")
        form.addRow("Format", self.format_box)

        self.whole_range = QRadioButton("The whole timeline, 1997–2022")
        self.current_view = QRadioButton("What the window shows now")
        group = QButtonGroup(self)
        group.addButton(self.whole_range)
        group.addButton(self.current_view)
        what = QVBoxLayout()
        what.addWidget(self.whole_range)
        what.addWidget(self.current_view)
        form.addRow("Export", what)

        self.size_box = QComboBox()
        self.size_box.setAccessibleName("Size")
        self.width_box = QSpinBox()
        self.height_box = QSpinBox()
        for box, name in ((self.width_box, "Width in pixels"), (self.height_box, "Height in pixels")):
            box.setRange(MIN_SIDE, MAX_SIDE)
            box.setSuffix(" px")
            box.setAccessibleName(name)
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_box, 1)
        size_row.addWidget(self.width_box)
        size_row.addWidget(self.height_box)
        form.addRow("Size", size_row)

        self.theme_box = QComboBox()
        self.theme_box.addItem("Light", "light")
        self.theme_box.addItem("Dark", "dark")
        self.theme_box.setAccessibleName("Theme")
        form.addRow("Theme", self.theme_box)
        self.transparent = QCheckBox("Transparent background (PNG)")
        form.addRow("", self.transparent)

        self.include_title = QCheckBox("Title")
        self.include_legend = QCheckBox("Sector legend")
        self.include_detail = QCheckBox("The selected event's details")
        self.include_detail.setEnabled(has_selection)
        self.include_footer = QCheckBox("Sources and export date")
        include = QVBoxLayout()
        for box in (self.include_title, self.include_legend, self.include_detail, self.include_footer):
            include.addWidget(box)
        form.addRow("Include", include)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("File name")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow("Save as", path_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export")
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
            self.size_box.addItem(label, key)
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
        path, _ = QFileDialog.getSaveFileName(self, "Export the timeline", self.path_edit.text(),
                                              f"{FORMAT_NAMES[self.fmt]} (*.{self.fmt})")
        if path:
            self.path_edit.setText(str(Path(path).with_suffix("." + self.fmt)))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).with_suffix("." + self.fmt)

    def options(self, view: tuple[float, float], select: str | None, lang: str) -> ExportOptions:
        key = self.size_box.currentData()
        paper = key if key in PAPER_PRESETS else None
        start, end = (view if self.current_view.isChecked() else (None, None))
        return ExportOptions(
            fmt=self.fmt,
            width=self.width_box.value(),
            height=self.height_box.value(),
            paper=paper,
            start=start,
            end=end,
            theme=str(self.theme_box.currentData()),
            lang=lang,
            transparent=self.transparent.isChecked() and self.fmt == "png",
            select=select if self.include_detail.isChecked() else None,
            include_title=self.include_title.isChecked(),
            include_legend=self.include_legend.isChecked(),
            include_detail=self.include_detail.isChecked(),
            include_footer=self.include_footer.isChecked(),
        )

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
