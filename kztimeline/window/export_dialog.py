"""File > Export…: choose format, range, size (a page: its orientation, margin and bleed), theme and what to
include, with a preview of the export at its real proportions (drawn by the export itself); the choices are
remembered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kztimeline.export.options import (
    MAX_BLEED_MM,
    MAX_MARGIN_MM,
    MAX_SIDE,
    MIN_SIDE,
    PAPER_PRESETS,
    PIXEL_PRESETS,
    ExportOptions,
)
from kztimeline.export.poster import MAX_PAPER_MM, MIN_PAPER_MM
from kztimeline.model import Timeline
from kztimeline.timeline.state import Snapshot

FORMAT_NAMES = {"png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
                "svg": QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing"),
                "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF document")}
PIXEL_LABELS = {"hd": "1920 × 1080 (HD)", "4k": "3840 × 2160 (4K)", "8k": "7680 × 4320 (8K)",
                "custom": QT_TRANSLATE_NOOP("ExportDialog", "Custom size")}
PAPER_LABELS = {"a4": "A4 (297 × 210 mm)", "a3": "A3 (420 × 297 mm)", "a2": "A2 (594 × 420 mm)",
                "a1": "A1 (841 × 594 mm)", "a0": "A0 (1189 × 841 mm)",
                "custom": QT_TRANSLATE_NOOP("ExportDialog", "Custom size")}
ORIENTATIONS = {"auto": QT_TRANSLATE_NOOP("ExportDialog", "Automatic: the one that labels every event"),
                "landscape": QT_TRANSLATE_NOOP("ExportDialog", "Landscape"),
                "portrait": QT_TRANSLATE_NOOP("ExportDialog", "Portrait")}
SVG_TEXT = {"paths": QT_TRANSLATE_NOOP("ExportDialog", "Text as outlines: looks the same in every program"),
            "text": QT_TRANSLATE_NOOP("ExportDialog", "Text kept as text, with the font embedded")}
PREVIEW_SIDE = 260
Preview = Callable[[ExportOptions], tuple[QImage, str]]  # options -> (a small picture, what it shows)


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, has_selection: bool, theme: str, view: Snapshot | None = None,
                 timeline: Timeline | None = None, preview: Preview | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the timeline"))
        self.setMinimumWidth(900 if preview is not None else 560)
        self._view, self._timeline, self._preview = view, timeline, preview
        outer = QHBoxLayout(self)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
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
        self.width_mm = QDoubleSpinBox()
        self.height_mm = QDoubleSpinBox()
        for box, name in ((self.width_mm, self.tr("Page width in millimetres")),
                          (self.height_mm, self.tr("Page height in millimetres"))):
            box.setRange(MIN_PAPER_MM, MAX_PAPER_MM)
            box.setDecimals(0)
            box.setSuffix(" " + self.tr("mm"))
            box.setValue(500 if box is self.width_mm else 700)
            box.setAccessibleName(name)
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_box, 1)
        for box in (self.width_box, self.height_box, self.width_mm, self.height_mm):
            size_row.addWidget(box)
        form.addRow(self.tr("Size"), size_row)

        self.orientation_box = QComboBox()
        for key, name in ORIENTATIONS.items():
            self.orientation_box.addItem(_t(name), key)
        self.orientation_box.setAccessibleName(self.tr("Orientation"))
        form.addRow(self.tr("Orientation"), self.orientation_box)
        self.margin_box = QDoubleSpinBox()
        self.margin_box.setRange(-1, MAX_MARGIN_MM)
        self.margin_box.setSpecialValueText(self.tr("Automatic"))  # -1: 10 mm on A2, in proportion elsewhere
        self.margin_box.setDecimals(0)
        self.margin_box.setSuffix(" " + self.tr("mm"))
        self.margin_box.setValue(-1)
        self.margin_box.setAccessibleName(self.tr("Margin"))
        self.bleed_box = QDoubleSpinBox()
        self.bleed_box.setRange(0, MAX_BLEED_MM)
        self.bleed_box.setDecimals(1)
        self.bleed_box.setSuffix(" " + self.tr("mm"))
        self.bleed_box.setAccessibleName(self.tr("Bleed"))
        for box in (self.margin_box, self.bleed_box, self.width_mm, self.height_mm):
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(self.tr("Automatic")) + 60)
        self.bleed_box.setToolTip(self.tr("Background printed beyond the page's edge, for the printer to trim"))
        page_row = QHBoxLayout()
        page_row.addWidget(QLabel(self.tr("Margin")))
        page_row.addWidget(self.margin_box)
        page_row.addWidget(QLabel(self.tr("Bleed")))
        page_row.addWidget(self.bleed_box)
        page_row.addStretch(1)
        self.page_row = QWidget()
        self.page_row.setLayout(page_row)
        form.addRow("", self.page_row)
        self.svg_text_box = QComboBox()
        for key, name in SVG_TEXT.items():
            self.svg_text_box.addItem(_t(name), key)
        self.svg_text_box.setAccessibleName(self.tr("SVG text"))
        form.addRow(self.tr("Text"), self.svg_text_box)
        self._form = form

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

        # the preview: the export itself, drawn small, at its real proportions
        side = QVBoxLayout()
        self.preview_label = QLabel()
        self.preview_label.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setAccessibleName(self.tr("Preview"))
        self.preview_caption = QLabel()
        self.preview_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_caption.setWordWrap(True)
        self.preview_caption.setFixedWidth(PREVIEW_SIDE)
        side.addWidget(self.preview_label)
        side.addWidget(self.preview_caption)
        side.addStretch(1)
        if preview is not None:
            outer.addLayout(side)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.update_preview)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.size_box.currentIndexChanged.connect(self._size_changed)
        self._restore(theme)
        for signal in (self.format_box.currentIndexChanged, self.size_box.currentIndexChanged,
                       self.orientation_box.currentIndexChanged, self.theme_box.currentIndexChanged,
                       self.width_box.valueChanged, self.height_box.valueChanged, self.width_mm.valueChanged,
                       self.height_mm.valueChanged, self.margin_box.valueChanged, self.bleed_box.valueChanged,
                       self.whole_range.toggled, self.include_title.toggled, self.include_legend.toggled,
                       self.include_detail.toggled, self.include_footer.toggled):
            signal.connect(self.preview_later)
        self.preview_later()

    # -- preview ----------------------------------------------------------------------------------------------
    def preview_later(self, *_args: object) -> None:
        """Redraw the preview once the choices stop changing (a poster takes a moment to lay out)."""
        if self._preview is not None:
            self._preview_timer.start()

    def update_preview(self) -> None:
        if self._preview is None or self._view is None or self._timeline is None:
            return
        image, caption = self._preview(self.options(self._view, self._timeline))
        self.preview_label.setPixmap(QPixmap.fromImage(image))
        self.preview_caption.setText(caption)
        self.preview_size = (image.width(), image.height())

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
        pdf = self.fmt == "pdf"
        for widget in (self.orientation_box, self.page_row):
            self._form.setRowVisible(widget, pdf)
        self._form.setRowVisible(self.svg_text_box, self.fmt == "svg")
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
        for box in (self.width_mm, self.height_mm):
            box.setVisible(self.fmt == "pdf" and custom)
        self.orientation_box.setEnabled(not custom)  # a custom page gives its own orientation
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
        pdf = self.fmt == "pdf"
        paper = key if key in PAPER_PRESETS else ("custom" if pdf else None)
        custom_mm = (self.width_mm.value(), self.height_mm.value()) if pdf and paper == "custom" else None
        options = ExportOptions.of_view(
            view, timeline, whole_range=not self.current_view.isChecked(),
            fmt=self.fmt,
            width=self.width_box.value(),
            height=self.height_box.value(),
            paper=paper,
            page_mm=custom_mm,
            orientation=str(self.orientation_box.currentData()) if pdf and custom_mm is None else "auto",
            margin_mm=None if self.margin_box.value() < 0 else self.margin_box.value(),
            bleed_mm=self.bleed_box.value() if pdf else 0.0,
            svg_text=str(self.svg_text_box.currentData()),
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
        self.width_mm.setValue(float(settings.value("width_mm", 500)))
        self.height_mm.setValue(float(settings.value("height_mm", 700)))
        self.orientation_box.setCurrentIndex(max(0, self.orientation_box.findData(settings.value("orientation",
                                                                                                  "auto"))))
        self.margin_box.setValue(float(settings.value("margin", -1)))
        self.bleed_box.setValue(float(settings.value("bleed", 0)))
        self.svg_text_box.setCurrentIndex(max(0, self.svg_text_box.findData(settings.value("svg_text", "paths"))))
        self._size_changed()
        (self.current_view if settings.value("current_view", "false") == "true" else self.whole_range).setChecked(True)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(settings.value("theme", theme))))
        self.transparent.setChecked(settings.value("transparent", "false") == "true")
        for name, box in self._includes().items():
            box.setChecked(settings.value(name, "true") == "true")
        default = str(default_folder() / f"kztimeline.{self.fmt}")
        self.path_edit.setText(str(settings.value("path", default)))
        settings.endGroup()

    def remember(self) -> None:
        settings = QSettings()
        settings.beginGroup("export")
        settings.setValue("format", self.fmt)
        settings.setValue("size", self.size_box.currentData())
        settings.setValue("width", self.width_box.value())
        settings.setValue("height", self.height_box.value())
        settings.setValue("width_mm", self.width_mm.value())
        settings.setValue("height_mm", self.height_mm.value())
        settings.setValue("orientation", self.orientation_box.currentData())
        settings.setValue("margin", self.margin_box.value())
        settings.setValue("bleed", self.bleed_box.value())
        settings.setValue("svg_text", self.svg_text_box.currentData())
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


def default_folder() -> Path:
    """Where exports go by default: the Pictures folder (created when the export is written), else home."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(folder) if folder else Path.home()
