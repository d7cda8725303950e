"""Rendering an export: the window's own timeline view, laid out at the export's size in an offscreen canvas with
a title, legend, detail and sources footer, then painted into a PNG image, an SVG or a PDF.

Labels are laid out for the export's size, so a larger export shows more titles rather than a blown-up picture.
Files are written to a temporary name and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kztimeline.export.options import PAPER_PRESETS, ExportOptions, describe_range, view_for
from kztimeline.export.verify import VERIFY
from kztimeline.files import write_checked
from kztimeline.model import PartialDate, Timeline
from kztimeline.timeline.lanes import POLICY_LANE
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Limits, ViewState
from kztimeline.ui.detail_panel import DetailPanel, plain_label
from kztimeline.ui.flow_layout import FlowLayout
from kztimeline.ui.formatting import display, format_date, format_month_span
from kztimeline.ui.lanes_item import KIND_LEGEND, shape_pixmap
from kztimeline.ui.theme import THEMES, style_sheet
from kztimeline.ui.timeline_view import TimelineView

REFERENCE_HEIGHT = 1080  # an export this tall is drawn at 1:1
PAPER_LOGICAL_WIDTH = {"a4": 1700, "a3": 2100, "a2": 2600}  # logical pixels across the page
PDF_DPI = 300
MAX_FOOTER_SOURCES = 10

Progress = Callable[[int, str], bool]  # (percent, what) -> False to cancel


class ExportCancelled(Exception):
    """The person cancelled the export; nothing was written."""


def pixel_scale(height: int) -> float:
    """Pixels per logical pixel: grows more slowly than the size, so a bigger export shows more, at readable size."""
    return max(1.0, (height / REFERENCE_HEIGHT) ** 0.5)


class ExportCanvas(QWidget):
    """An offscreen composition of the timeline view with the export's title, legend, detail and footer."""

    def __init__(self, timeline: Timeline, options: ExportOptions, font: QFont, scale: float,
                 prepared: Prepared | None = None) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        theme = THEMES[options.theme]
        self.theme = theme
        self.setObjectName("exportCanvas")
        background = "transparent" if options.transparent else theme.background
        self.setStyleSheet(style_sheet(theme) + f"QWidget#exportCanvas {{ background: {background}; }}")
        self.setAutoFillBackground(not options.transparent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        if options.include_title:
            title = plain_label(display(timeline.info.title, options.lang), "timelineTitle", selectable=False)
            layout.addWidget(title)
            layout.addWidget(plain_label(self._subtitle(timeline, options), "muted", selectable=False))

        middle = QHBoxLayout()
        middle.setSpacing(16)
        view = view_for(options, timeline)
        self.state = ViewState(Limits.of(timeline))
        self.state.restore(view)
        prepared = prepared or Prepared.of(timeline)
        self.view = TimelineView(timeline, prepared, self.state, font)
        self.view.reduced_motion = True
        self.view.setFrameShape(self.view.Shape.NoFrame)
        if options.transparent:
            self.view.setBackground(None)
        self.view.lanes_item.device_scale = scale
        self.view.lanes_item.cache_badges = options.fmt == "png"  # SVG and PDF keep shapes and text
        self.view.set_policy_title(QCoreApplication.translate("MainWindow", "Programmes and policy"))
        middle.addWidget(self.view, 1)
        self.panel: DetailPanel | None = None
        if view.selected is not None and options.include_detail:
            self.panel = DetailPanel(timeline, self.state, navigation=False)
            self.panel.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.panel.setFixedWidth(420)
            middle.addWidget(self.panel)
        layout.addLayout(middle, 1)
        if options.include_legend:
            layout.addLayout(self._legend(timeline, options))
        if options.include_footer:
            footer = plain_label(self._footer(timeline, options), "muted", selectable=False)
            footer.setStyleSheet(f"font-size: 11px; color: {theme.muted};")
            layout.addWidget(footer)
        self.options = options

    def _subtitle(self, timeline: Timeline, options: ExportOptions) -> str:
        assert options.start is not None and options.end is not None
        span = format_month_span(options.start, options.end - 1, options.lang)
        return f"{span} · " + self.tr("%n event(s), each with its sources", "", len(timeline.events))

    def _legend(self, timeline: Timeline, options: ExportOptions) -> FlowLayout:
        """The lanes' colours and the marker shapes, wrapping onto more lines rather than widening the export
        (long Russian and Kazakh sector names once pushed the canvas past the picture's right edge)."""
        row = FlowLayout(spacing=14)
        shown = {lane.key for lane in self.view.lanes_item.prepared.lanes if lane.key not in self.state.hidden_lanes}
        entries: list[tuple[QLabel, QLabel]] = []
        for sector in timeline.sectors.values():
            if sector.id in shown:
                entries.append((self._swatch(sector.colour), plain_label(display(sector.name, options.lang),
                                                                         selectable=False)))
        if POLICY_LANE in shown:
            entries.append((self._swatch(self.theme.policy),
                            plain_label(self.view.lanes_item.policy_title, selectable=False)))
        for kind, name in KIND_LEGEND:
            icon = QLabel()
            icon.setPixmap(shape_pixmap(kind, QColor(self.theme.muted)))
            entries.append((icon, plain_label(QCoreApplication.translate("Kinds", name), "muted", selectable=False)))
        for mark, text in entries:
            text.setWordWrap(False)
            entry = QWidget()
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(6)
            pair.addWidget(mark)
            pair.addWidget(text)
            row.addWidget(entry)
        return row

    @staticmethod
    def _swatch(colour: str) -> QLabel:
        swatch = QLabel()
        swatch.setFixedSize(14, 14)
        swatch.setStyleSheet(f"background: {colour}; border-radius: 3px;")
        return swatch

    def _footer(self, timeline: Timeline, options: ExportOptions) -> str:
        assert options.start is not None and options.end is not None
        cited: list[str] = []
        for event in timeline.events:
            if event.when.end_seconds() < options.start or event.when.start_seconds() > options.end:
                continue
            for ref in event.sources:
                if ref.source not in cited:
                    cited.append(ref.source)
        titles = [timeline.sources[s].title for s in cited[:MAX_FOOTER_SOURCES]]
        more = len(cited) - len(titles)
        text = self.tr("Sources: %1").replace("%1", "; ".join(titles))
        if more > 0:
            text += "; " + self.tr("and %n more, listed in the data's sources.yaml", "", more)
        today = format_date(_today(), options.lang)
        exported = self.tr("Exported on %1 with kztimeline").replace("%1", today)
        return f"{text}.\n{exported} · {describe_range(options.start, options.end)}"

    def lay_out(self, width: int, height: int) -> None:
        """Size the canvas and let every layout, including the graphics scene's, settle."""
        self.resize(width, height)
        self.show()  # not on screen (WA_DontShowOnScreen), but layouts activate
        for _ in range(3):
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        self.view.set_range(*self.state.range)
        QCoreApplication.sendPostedEvents()

    def paint_into(self, painter: QPainter, scale: float) -> None:
        painter.scale(scale, scale)
        flags = QWidget.RenderFlag.DrawChildren
        if not self.options.transparent:
            flags |= QWidget.RenderFlag.DrawWindowBackground
        self.render(painter, QPoint(), QRegion(), flags)


def _today() -> PartialDate:
    today = dt.date.today()
    return PartialDate(today.year, today.month, today.day)


def export(timeline: Timeline, options: ExportOptions, out: Path, font: QFont,
           progress: Progress | None = None, prepared: Prepared | None = None) -> None:
    """Write the export to `out`. Raises ExportCancelled, Interrupted or OSError; in every case an existing file
    is left byte-identical and nothing partial is left behind."""

    def step(percent: int, what: str) -> None:
        if progress is not None and progress(percent, what) is False:
            raise ExportCancelled

    step(5, QCoreApplication.translate("Export", "Preparing"))
    data = render_bytes(timeline, options, font, step, prepared)
    step(90, QCoreApplication.translate("Export", "Writing the file"))
    write_checked(out, data, VERIFY[options.fmt])
    step(100, QCoreApplication.translate("Export", "Done"))


def render_bytes(timeline: Timeline, options: ExportOptions, font: QFont, step: Callable[[int, str], None],
                 prepared: Prepared | None = None) -> bytes:
    """The export's file contents, drawn into a buffer in memory: a writer that fails is caught here, not on
    disk."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if options.fmt == "pdf":
        writer = QPdfWriter(buffer)
        paper = options.paper or "a3"
        width_mm, height_mm = PAPER_PRESETS[paper]
        writer.setPageSize(QPageSize(QPageSize.PageSizeId[paper.upper()]))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        writer.setResolution(PDF_DPI)
        writer.setTitle(timeline.info.title.get(options.lang))
        writer.setCreator("kztimeline")
        device_w = round(width_mm / 25.4 * PDF_DPI)
        device_h = round(height_mm / 25.4 * PDF_DPI)
        scale = device_w / PAPER_LOGICAL_WIDTH[paper]
        _render(timeline, options, font, prepared, writer, device_w, device_h, scale, step)
        del writer  # finishes the PDF
    elif options.fmt == "svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(options.width, options.height))
        generator.setViewBox(QRect(0, 0, options.width, options.height))
        generator.setTitle(timeline.info.title.get(options.lang))
        generator.setDescription("Exported with kztimeline")
        _render(timeline, options, font, prepared, generator, options.width, options.height,
                pixel_scale(options.height), step)
    else:
        scale = pixel_scale(options.height)
        image = QImage(options.width, options.height, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise OSError(errno.ENOMEM, f"not enough memory for a {options.width}x{options.height} image")
        image.fill(QColor(0, 0, 0, 0) if options.transparent else QColor(THEMES[options.theme].background))
        dots_per_metre = round(96 * scale / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _render(timeline, options, font, prepared, image, options.width, options.height, scale, step)
        if not image.save(buffer, "PNG"):
            raise OSError(errno.EIO, "the PNG encoder failed")
    buffer.close()
    return bytes(buffer.data().data())


def _render(timeline: Timeline, options: ExportOptions, font: QFont, prepared: Prepared | None, device: object,
            width: int, height: int, scale: float, step: Callable[[int, str], None]) -> None:
    canvas = ExportCanvas(timeline, options, font, scale, prepared)
    try:
        step(20, "Laying out")
        canvas.lay_out(round(width / scale), round(height / scale))
        step(40, "Drawing")
        painter = QPainter(device)
        if not painter.isActive():
            raise OSError("could not start drawing into the file (is the folder writable?)")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            canvas.paint_into(painter, scale)
        finally:
            if not painter.end():
                raise OSError("could not finish writing the file")
        step(85, "Drawn")
    finally:
        canvas.close()
        canvas.deleteLater()
