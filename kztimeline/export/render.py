"""Rendering an export: the window's own timeline view, laid out at the export's size in an offscreen canvas with
a title, legend, detail and sources footer, then painted into a PNG image, an SVG or a PDF.

Labels are laid out for the export's size, so a larger export shows more titles rather than a blown-up picture.
Files are written to a temporary name and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import errno
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QPoint,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPixmap,
    QRegion,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kztimeline.export.options import DEFAULT_MARGIN_MM, ExportOptions, view_for
from kztimeline.export.png import encode_png
from kztimeline.export.poster import PAPER_MM, References, Typography, cite, label_notes
from kztimeline.export.source_list import SourceList, columns_for
from kztimeline.export.svg_post import portable_svg
from kztimeline.export.verify import VERIFY
from kztimeline.files import write_checked
from kztimeline.model import PartialDate, Timeline, from_seconds, to_seconds
from kztimeline.timeline.frame import ROLE_FACTORS, readable_events
from kztimeline.timeline.lanes import POLICY_LANE
from kztimeline.timeline.layout import Warp
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Limits, ViewState
from kztimeline.timeline.times import EventTimes
from kztimeline.ui.detail_panel import DetailPanel, plain_label
from kztimeline.ui.flow_layout import FlowLayout
from kztimeline.ui.fonts import BASE_FONT_PX, FONT_FAMILY
from kztimeline.ui.formatting import display, format_date, format_month_span, other_lane_name
from kztimeline.ui.lanes_item import KIND_LEGEND, shape_pixmap
from kztimeline.ui.theme import THEMES, style_sheet
from kztimeline.ui.timeline_view import MAX_TRACKED, TimelineView

REFERENCE_HEIGHT = 1080  # an export this tall is drawn at 1:1
PDF_DPI = 300
DEVICE_PX_PER_PT = PDF_DPI / 72
LABEL_PX = BASE_FONT_PX * ROLE_FACTORS["label"][0]  # the label font's logical size, which the type table sets
TIGHT_LEADING = (0.9, 0.87, 0.84)  # a poster's label rows, as a share of the font's height, by how tight it is set
MAX_TIGHT = len(TIGHT_LEADING) - 1
MAX_CREDITED = 6  # publishers named on a picture too small for a source list
MIN_PICTURE_SOURCE_PX = 7
SOURCES_ON_PAGE_SHARE = 0.3  # the source list goes on the poster when it takes at most this share of its height

Progress = Callable[[int, str], bool]  # (percent, what) -> False to cancel


class ExportCancelled(Exception):
    """The person cancelled the export; nothing was written."""


def pixel_scale(height: int) -> float:
    """Pixels per logical pixel: grows more slowly than the size, so a bigger export shows more, at readable size."""
    return max(1.0, (height / REFERENCE_HEIGHT) ** 0.5)


@dataclass(frozen=True)
class Page:
    """Where an export draws: the device's size, the content's rectangle on it (inside the margins and bleed),
    device pixels per logical pixel, and for a poster its type sizes (points) with points per logical pixel."""

    device_w: int
    device_h: int
    content: QRect
    scale: float
    typography: Typography | None = None
    pt_per_px: float = 1.0
    summaries: bool = False
    tight: int = 0  # a poster set closer (0 to MAX_TIGHT) when its story does not fit at the usual spacing

    def px(self, points: float) -> int:
        """A type size in points as whole logical pixels, never smaller than asked."""
        return math.ceil(points / self.pt_per_px - 1e-6)


def page_for(options: ExportOptions) -> Page:
    if options.fmt == "pdf":
        (w_mm, h_mm), bleed = options.page, options.bleed_mm
        to_px = PDF_DPI / 25.4
        t = Typography.for_page(w_mm, h_mm)
        margin = options.margin_mm if options.margin_mm is not None else DEFAULT_MARGIN_MM * t.label / 14
        scale = math.ceil(t.label * DEVICE_PX_PER_PT) / LABEL_PX  # the label font in whole device pixels, >= its size
        content = QRect(round((bleed + margin) * to_px), round((bleed + margin) * to_px),
                        round((w_mm - 2 * margin) * to_px), round((h_mm - 2 * margin) * to_px))
        return Page(round((w_mm + 2 * bleed) * to_px), round((h_mm + 2 * bleed) * to_px), content, scale, t,
                    scale / DEVICE_PX_PER_PT, summaries=w_mm * h_mm >= 0.98 * 420 * 594)
    scale = pixel_scale(min(options.height, options.width * 9 // 16) if options.width < options.height
                        else options.height)
    full = QRect(0, 0, options.width, options.height)
    if not options.poster:
        return Page(options.width, options.height, full, scale)
    t = Typography.for_page(*PAPER_MM["a2"])  # a poster picture: A2's type at the picture's scale
    return Page(options.width, options.height, full, scale, t, t.label / LABEL_PX,
                summaries=options.width * options.height >= 7680 * 4320 * 0.98)


class ExportCanvas(QWidget):
    """An offscreen composition of the timeline view with the export's title, legend, detail and sources. On a
    poster every event is labelled with its date and source numbers, and the sources are listed, numbered."""

    def __init__(self, timeline: Timeline, options: ExportOptions, font: QFont, scale: float,
                 prepared: Prepared | None = None, page: Page | None = None, sources_here: bool = True,
                 times: EventTimes | None = None) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        # laid out several times while its sources settle, drawn once, into the file (paint_into): painting it
        # at every layout was most of an export's time
        self.setUpdatesEnabled(False)
        theme = THEMES[options.theme]
        self.theme = theme
        self.options = options
        self.page = page if page is not None and page.typography is not None else None
        self.sources_here = sources_here
        self.setObjectName("exportCanvas")
        background = "transparent" if options.transparent else theme.background
        self.setStyleSheet(style_sheet(theme) + f"QWidget#exportCanvas {{ background: {background}; }}")
        self.setAutoFillBackground(not options.transparent)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # the canvas is the picture's size
        poster = self.page
        if poster is not None and options.fmt == "pdf":
            layout.setContentsMargins(0, 0, 0, 0)  # the page's margins are outside the canvas
        else:
            layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10 if poster is None else poster.px(poster.typography.small) // 2)  # type: ignore[union-attr]

        view = view_for(options, timeline)
        self.state = ViewState(Limits.of(timeline))
        self.state.restore(view)
        prepared = prepared or Prepared.of(timeline)
        times = times or EventTimes.of(timeline.events)
        self.references: References | None = None
        self.warp: Warp | None = None
        assert options.start is not None and options.end is not None
        self.shown = times.drawn(prepared.lanes, options.hidden_lanes, options.start, options.end)  # drawn
        if poster is not None:
            tracked = [f.id for f in timeline.figures.values() if f.track and f.series][:MAX_TRACKED]
            self.references = References(timeline, self.shown, tracked, times)
            self.warp = quiet_years_warp(timeline, self.shown, options, times)

        if options.include_title:
            title = plain_label(display(timeline.info.title, options.lang), "timelineTitle", selectable=False)
            subtitle = plain_label(self._subtitle(timeline, options, sources_here), "muted", selectable=False)
            if poster is not None:
                t = poster.typography
                assert t is not None
                title.setStyleSheet(f"font-size: {poster.px(t.title)}px; font-weight: 700;")
                subtitle.setStyleSheet(f"font-size: {poster.px(t.subtitle)}px; color: {theme.muted};")
            layout.addWidget(title)
            layout.addWidget(subtitle)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        self.view = TimelineView(timeline, prepared, self.state, font)
        self.view.reduced_motion = True
        self.view.setFrameShape(self.view.Shape.NoFrame)
        if options.transparent:
            self.view.setBackground(None)
        self.view.lanes_item.device_scale = scale
        self.view.raster_caches = options.fmt == "png"  # SVG and PDF keep shapes and text
        self.view.on_screen = False
        self.view.set_policy_title(other_lane_name(timeline, options.lang))
        if poster is not None and self.references is not None:
            t = poster.typography
            assert t is not None
            self.view.legend_headroom = 0.08
            self.view.series_notes = {key: cite(numbers) for key, numbers in self.references.of_series.items()}
            self.view.set_warp(self.warp)
            self.view.ci.layout.setRowStretchFactor(0, 10 + 4 * poster.tight)  # the figures: a footnote on a poster
            self.view.lanes_item.leading = TIGHT_LEADING[poster.tight]
            self.view.legend.setVisible(False)  # its lines are named in the poster's key
            self.view.set_font(font, axis_px=poster.px(t.axis))
            self.view.lanes_item.poster = True
            self.view.lanes_item.builder.set_notes(label_notes(timeline, self.references, options.lang,
                                                               summaries=poster.summaries))
        middle.addWidget(self.view, 1)
        self.panel: DetailPanel | None = None
        if view.selected is not None and options.include_detail:
            self.panel = DetailPanel(timeline, self.state, navigation=False)
            self.panel.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.panel.setFixedWidth(420)
            middle.addWidget(self.panel)
        layout.addLayout(middle, 1)
        legend_px = (max(poster.px(poster.typography.small), poster.px(poster.typography.legend) - poster.tight)
                     if poster is not None and poster.typography else None)
        self.colophon: QLabel | None = None
        if options.include_legend and poster is not None:  # the marker key, and the colophon beside it
            row = QHBoxLayout()
            legend = QWidget()
            legend.setLayout(self._legend(timeline, options, legend_px))
            row.addWidget(legend, 1)
            if options.include_footer and sources_here:  # else the colophon is on the source sheets
                self.colophon = plain_label(self._colophon(options), "muted", selectable=False)
                self.colophon.setWordWrap(False)
                self.colophon.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.colophon.setStyleSheet(f"font-size: {poster.px(poster.typography.small)}px; "  # type: ignore[union-attr]
                                            f"color: {theme.muted};")
                row.addWidget(self.colophon, 0, Qt.AlignmentFlag.AlignBottom)
            layout.addLayout(row)
        elif options.include_legend:
            layout.addLayout(self._legend(timeline, options, legend_px))
        self.sources: SourceList | None = None
        if options.include_footer:
            if poster is not None and self.references is not None:
                if sources_here:
                    self.sources = self._source_list(poster, 1)
                    layout.addWidget(self._heading(QCoreApplication.translate("Export", "Sources"), poster))
                    layout.addWidget(self.sources)
                if self.colophon is None and sources_here:
                    self.colophon = plain_label(self._colophon(options), "muted", selectable=False)
                    self.colophon.setStyleSheet(f"font-size: {poster.px(poster.typography.small)}px; "  # type: ignore[union-attr]
                                                f"color: {theme.muted};")
                    layout.addWidget(self.colophon)
            else:
                footer = plain_label(self._credits(timeline, options) + "\n" + self._colophon(options), "muted",
                                     selectable=False)
                footer.setStyleSheet(f"font-size: 11px; color: {theme.muted};")
                layout.addWidget(footer)

    def _heading(self, text: str, poster: Page) -> QLabel:
        heading = plain_label(text, None, selectable=False)
        t = poster.typography
        assert t is not None
        heading.setStyleSheet(f"font-size: {poster.px(t.legend)}px; font-weight: 700; color: {self.theme.text};")
        return heading

    def _source_list(self, poster: Page, columns: int) -> SourceList:
        assert self.references is not None and poster.typography is not None
        font = QFont(FONT_FAMILY)
        font.setPixelSize(poster.px(poster.typography.small))
        return SourceList(self.references.entries(), font, self.theme.text, self.theme.muted, columns)

    def _key_notes(self, sources_here: bool) -> list[tuple[QLabel, str]]:
        """A poster's key beside the marker shapes: what the hatched years and the numbers in brackets mean."""
        notes: list[tuple[QLabel, str]] = []
        if self.warp is not None:
            years = ", ".join(f"{from_seconds(a).year}–{from_seconds(b - 1).year}" for a, b in self.warp.quiet)
            hatch = QLabel()
            pixmap = QPixmap(28, 16)
            pixmap.fill(QColor(self.theme.background))
            painter = QPainter(pixmap)
            painter.fillRect(pixmap.rect(), self.theme.qcolor("grid", 70))
            painter.fillRect(pixmap.rect(), QBrush(self.theme.qcolor("muted", 90), Qt.BrushStyle.BDiagPattern))
            painter.end()
            hatch.setPixmap(pixmap)
            notes.append((hatch, self.tr("%1: no events, drawn narrower").replace("%1", years)))
        mark = plain_label("[1]", "muted", selectable=False)
        notes.append((mark, self.tr("sources, listed below") if sources_here
                      else self.tr("sources, listed on sheet 2")))
        return notes

    def _subtitle(self, timeline: Timeline, options: ExportOptions, sources_here: bool) -> str:
        assert options.start is not None and options.end is not None
        span = format_month_span(options.start, options.end - 1, options.lang)
        if not options.poster:
            return f"{span} · " + self.tr("%n event(s), each with its sources", "", len(timeline.events))
        return f"{span} · " + self.tr("%n event(s)", "", len(self.shown))

    def _legend(self, timeline: Timeline, options: ExportOptions, font_px: int | None = None) -> FlowLayout:
        """The lanes' colours and the marker shapes, wrapping onto more lines rather than widening the export
        (long Russian and Kazakh sector names once pushed the canvas past the picture's right edge)."""
        row = FlowLayout(spacing=14)
        shown = {lane.key for lane in self.view.lanes_item.prepared.lanes if lane.key not in self.state.hidden_lanes}
        entries: list[tuple[QLabel, QLabel]] = []
        swatch_px = round(font_px * 0.9) if font_px else 14
        for sector in timeline.sectors.values():
            if sector.id in shown and not self.page:  # a poster names its lanes on the lanes
                entries.append((self._swatch(sector.colour, swatch_px),
                                plain_label(display(sector.name, options.lang), selectable=False)))
        if POLICY_LANE in shown and not self.page:
            entries.append((self._swatch(self.theme.policy, swatch_px),
                            plain_label(self.view.lanes_item.policy_title, selectable=False)))
        for kind, name in KIND_LEGEND:
            icon = QLabel()
            icon.setPixmap(shape_pixmap(kind, QColor(self.theme.muted), swatch_px + 2))
            entries.append((icon, plain_label(QCoreApplication.translate("Kinds", name), "muted", selectable=False)))
        if self.page is not None:  # a poster's key also names the figures' lines (the track's own legend is off)
            for colour, dashed, text in self.view.series_key:
                entries.append((self._line_sample(colour, dashed, swatch_px), plain_label(text, "muted",
                                                                                            selectable=False)))
            for mark, text in self._key_notes(self.sources_here):
                if font_px:
                    mark.setStyleSheet(f"font-size: {font_px}px; color: {self.theme.muted};")
                entries.append((mark, plain_label(text, "muted", selectable=False)))
        for mark, text in entries:
            text.setWordWrap(False)
            if font_px:
                text.setStyleSheet(f"font-size: {font_px}px;")
            entry = QWidget()
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(6)
            pair.addWidget(mark)
            pair.addWidget(text)
            row.addWidget(entry)
        return row

    @staticmethod
    def _line_sample(colour: str, dashed: bool, size: int) -> QLabel:
        sample = QLabel()
        pixmap = QPixmap(size * 2, size)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor(colour), max(2.0, size / 6))
        pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(0, size // 2, size * 2, size // 2)
        painter.end()
        sample.setPixmap(pixmap)
        return sample

    @staticmethod
    def _swatch(colour: str, size: int = 14) -> QLabel:
        swatch = QLabel()
        swatch.setFixedSize(size, size)
        swatch.setStyleSheet(f"background: {colour}; border-radius: {max(2, size // 5)}px;")
        return swatch

    def _credits(self, timeline: Timeline, options: ExportOptions) -> str:
        """A picture too small for a source list credits the publishers of what it shows."""
        # each distinct list of sources once (events share them), in the order the events first cite them
        lists = dict.fromkeys(timeline.events[index].sources for index in self.shown)
        cited = [ref.source for sources in lists for ref in sources]
        counts: dict[str, int] = {}
        for source_id in dict.fromkeys(cited):
            publisher = timeline.sources[source_id].publisher or timeline.sources[source_id].title
            counts[publisher] = counts.get(publisher, 0) + 1
        ranked = sorted(counts, key=lambda p: (-counts[p], p))
        named = ranked[:MAX_CREDITED]
        text = self.tr("Sources: %1").replace("%1", ", ".join(named))
        if len(ranked) > len(named):
            text += " " + self.tr("and %n other publisher(s)", "", len(ranked) - len(named))
        return text + " " + self.tr("(%n source(s))", "", len(dict.fromkeys(cited)))

    def _colophon(self, options: ExportOptions) -> str:
        assert options.start is not None and options.end is not None
        today = format_date(_today(), options.lang)
        return self.tr("Exported on %1 with kztimeline").replace("%1", today)

    def lay_out(self, width: int, height: int) -> None:
        """Size the canvas and let every layout, including the graphics scene's, settle."""
        self.resize(width, height)
        self.show()  # not on screen (WA_DontShowOnScreen), but layouts activate
        for _ in range(3):
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        self.view.set_range(*self.state.range)
        QCoreApplication.sendPostedEvents()
        # the canvas is not painted while it is laid out (see __init__), so do here what a paint of it on its own
        # did: bring pyqtgraph's view matrices up to date, and lay the lanes out in the view's own pixels (the
        # scale the lanes measure from such a paint); the frame the file is drawn from is then the one measured
        self.view.scene().prepareForPaint()
        self.view.lanes_item.device_scale = 1.0

    def unlabelled(self) -> int:
        """How many events a poster draws without their label (a poster should have none): counted from the few
        labels the frame shows, not by taking them from a set of all the poster's events (up to 100,000)."""
        frame = self.view.lanes_item.frame()
        if frame is None or self.references is None:
            return 0
        cited = self.references.of_event
        return len(cited) - sum(1 for index in readable_events(frame) if index in cited)

    def paint_into(self, painter: QPainter, scale: float) -> None:
        self.setUpdatesEnabled(True)  # (render() draws nothing while updates are off)
        painter.scale(scale, scale)
        flags = QWidget.RenderFlag.DrawChildren
        if not self.options.transparent:
            flags |= QWidget.RenderFlag.DrawWindowBackground
        self.render(painter, QPoint(), QRegion(), flags)


def quiet_years_warp(timeline: Timeline, events: list[int], options: ExportOptions,
                     times: EventTimes | None = None) -> Warp | None:
    """A poster's time scale: runs of three or more years with no event drawn at a fifth of a year's width."""
    assert options.start is not None and options.end is not None
    busy = (times or EventTimes.of(timeline.events)).busy(events)
    first, last = from_seconds(options.start).year, from_seconds(options.end - 1).year
    years = [(y, to_seconds(dt.date(y, 1, 1)), to_seconds(dt.date(y + 1, 1, 1))) for y in range(first, last + 1)
             if dt.MINYEAR <= y < dt.MAXYEAR]
    return Warp.narrowing_quiet_years(busy, years, options.start, options.end, weight=0.12)


class SourcesSheet(QWidget):
    """A poster's further sheet, when its sources do not fit on the poster: the title, then the list in columns
    filled to the bottom; as many sheets as the list needs."""

    def __init__(self, canvas: ExportCanvas, page: Page, timeline: Timeline, first: int, number: int) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        theme, options = canvas.theme, canvas.options
        self.setObjectName("exportCanvas")
        self.setStyleSheet(style_sheet(theme) + f"QWidget#exportCanvas {{ background: {theme.background}; }}")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        t = page.typography
        assert t is not None
        layout.setSpacing(page.px(t.small))
        heading = QCoreApplication.translate("Export", "Sources") if number == 2 else \
            QCoreApplication.translate("Export", "Sources, continued")
        title = plain_label(f"{display(timeline.info.title, options.lang)} · {heading}", "timelineTitle",
                            selectable=False)
        title.setStyleSheet(f"font-size: {page.px(t.title * 0.6)}px; font-weight: 700;")
        layout.addWidget(title)
        self.sources = canvas._source_list(page, 1)
        self.sources.entries = self.sources.entries[first:]
        layout.addWidget(self.sources, 1)
        footer = plain_label(canvas._colophon(options) + " · " +
                             QCoreApplication.translate("Export", "Sheet %1").replace("%1", str(number)),
                             "muted", selectable=False)
        footer.setStyleSheet(f"font-size: {page.px(t.small)}px; color: {theme.muted};")
        layout.addWidget(footer)

    def lay_out(self, width: int, height: int) -> int:
        """Lay the sheet out; keep the entries that fit and return how many that is."""
        self.sources.columns = columns_for(width, self.sources.font_)
        self.resize(width, height)
        self.show()
        for _ in range(2):
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        room = self.sources.height()
        kept = max(1, self.sources.fill(width, room))
        self.sources.entries = self.sources.entries[:kept]
        self.sources.max_height = room
        self.sources._placed = None
        self.sources.update()
        return kept


def source_sheets(canvas: ExportCanvas, page: Page, timeline: Timeline, width: int, height: int) -> list[SourcesSheet]:
    assert canvas.references is not None
    total = len(canvas.references.numbers)
    sheets: list[SourcesSheet] = []
    first = 0
    while first < total:
        sheet = SourcesSheet(canvas, page, timeline, first, len(sheets) + 2)
        first += sheet.lay_out(width, height)
        sheets.append(sheet)
    return sheets


def _today() -> PartialDate:
    today = dt.date.today()
    return PartialDate(today.year, today.month, today.day)


@dataclass(frozen=True)
class ExportData:
    """What every canvas of one export draws from, derived once: the window's prepared lanes (or the command
    line's) and when each event begins and ends."""

    prepared: Prepared
    times: EventTimes

    @classmethod
    def of(cls, timeline: Timeline, prepared: Prepared | ExportData | None) -> ExportData:
        """From the window's (or the command line's) prepared lanes; as it is when the caller keeps one."""
        if isinstance(prepared, ExportData):
            return prepared
        prepared = prepared or Prepared.of(timeline)
        return cls(prepared, prepared.times)


@dataclass
class Outcome:
    """What an export drew: pages (a poster's source sheets included), the orientation it chose, and how many
    events a poster had to show without their label (none, unless the page is too small for the story)."""

    pages: int = 1
    orientation: str = ""
    unlabelled: int = 0


def export(timeline: Timeline, options: ExportOptions, out: Path, font: QFont,
           progress: Progress | None = None, prepared: Prepared | ExportData | None = None) -> Outcome:
    """Write the export to `out`. Raises ExportCancelled, Interrupted or OSError; in every case an existing file
    is left byte-identical and nothing partial is left behind."""

    def step(percent: int, what: str) -> None:
        if progress is not None and progress(percent, what) is False:
            raise ExportCancelled

    step(5, QCoreApplication.translate("Export", "Preparing"))
    outcome = Outcome()
    contents = render_bytes(timeline, options, font, step, prepared, outcome)
    step(90, QCoreApplication.translate("Export", "Writing the file"))
    write_checked(out, contents, VERIFY[options.fmt])
    step(100, QCoreApplication.translate("Export", "Done"))
    return outcome


def render_bytes(timeline: Timeline, options: ExportOptions, font: QFont, step: Callable[[int, str], None],
                 prepared: Prepared | ExportData | None = None, outcome: Outcome | None = None) -> bytes:
    """The export's file contents, drawn into a buffer in memory: a writer that fails is caught here, not on
    disk."""
    data = ExportData.of(timeline, prepared)
    tight = 0
    if options.fmt == "pdf":
        options, tight = plan_poster(timeline, options, font, data)
    outcome = outcome if outcome is not None else Outcome()
    outcome.orientation = options.orientation if options.fmt == "pdf" else ""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    page = replace(page_for(options), tight=tight)
    title = timeline.info.title.get(options.lang)
    if options.fmt == "pdf":
        writer = QPdfWriter(buffer)
        w_mm, h_mm = options.page
        bleed = options.bleed_mm
        size = QPageSize(QSizeF(w_mm + 2 * bleed, h_mm + 2 * bleed), QPageSize.Unit.Millimeter,
                         f"{options.paper or 'custom'} {w_mm:g} x {h_mm:g} mm")
        writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("kztimeline")
        writer.setDocumentXmpMetadata(xmp_metadata(title, poster_subject(timeline, options), options.lang))
        _render(timeline, options, font, data, writer, page, step, outcome)
        del writer  # finishes the PDF
    elif options.fmt == "svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(options.width, options.height))
        generator.setViewBox(QRect(0, 0, options.width, options.height))
        generator.setTitle(title)
        generator.setDescription(poster_subject(timeline, options))
        _render(timeline, options, font, data, generator, page, step, outcome)
        buffer.close()
        return portable_svg(bytes(buffer.data().data()), text_as_paths=options.svg_text == "paths")
    else:
        image = QImage(options.width, options.height, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise OSError(errno.ENOMEM, f"not enough memory for a {options.width}x{options.height} image")
        image.fill(QColor(0, 0, 0, 0) if options.transparent else QColor(THEMES[options.theme].background))
        dots_per_metre = round(96 * page.scale / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _render(timeline, options, font, data, image, page, step, outcome)
        return png_bytes(image)
    buffer.close()
    return bytes(buffer.data().data())


def png_bytes(image: QImage) -> bytes:
    """The picture as a PNG file (see export/png.py: three times as fast as QImage.save, the same pixels). Its
    rows are converted a strip at a time, as the encoder asks for them: no second copy of a 4K picture."""
    width = image.width()

    def read(top: int, out: np.ndarray) -> None:
        strip = image.copy(0, top, width, len(out)).convertToFormat(QImage.Format.Format_RGBA8888)  # straight
        rows = np.frombuffer(strip.constBits(), dtype=np.uint8, count=strip.sizeInBytes()).reshape(len(out), -1)
        out[...] = rows[:, :4 * width].reshape(out.shape)

    return encode_png(width, image.height(), read, image.dotsPerMeterX())


def plan_poster(timeline: Timeline, options: ExportOptions, font: QFont,
                data: ExportData) -> tuple[ExportOptions, int]:
    """A PDF poster's orientation (for "auto": landscape or portrait) and how tightly it is set: the first, in
    the order landscape, portrait, each at the usual spacing and then closer, that labels every event; else the
    one that leaves the fewest without a label."""
    orientations = ("landscape", "portrait") if options.orientation == "auto" and options.paper in PAPER_MM \
        else (options.orientation,)
    tried: list[tuple[int, int, int, str]] = []
    for tight in range(MAX_TIGHT + 1):
        for n, orientation in enumerate(orientations):
            trial = options.with_changes(orientation=orientation)
            page = replace(page_for(trial), tight=tight)
            canvas = ExportCanvas(timeline, trial, font, page.scale, data.prepared, page, sources_here=False,
                                  times=data.times)
            try:
                canvas.lay_out(round(page.content.width() / page.scale), round(page.content.height() / page.scale))
                left = canvas.unlabelled()
            finally:
                canvas.close()
                canvas.deleteLater()
            tried.append((left, tight, n, orientation))
            if left == 0:
                return trial, tight
    _left, tight, _n, orientation = min(tried)
    return options.with_changes(orientation=orientation), tight


def poster_subject(timeline: Timeline, options: ExportOptions) -> str:
    assert options.start is not None and options.end is not None
    span = format_month_span(options.start, options.end - 1, options.lang)
    return QCoreApplication.translate("Export", "A timeline of %1, %2").replace(
        "%1", display(timeline.info.title, options.lang)).replace("%2", span)


def xmp_metadata(title: str, subject: str, lang: str) -> bytes:
    """The PDF's XMP packet: title, subject (description) and language, which Qt's writer has no setters for."""
    def esc(text: str) -> str:
        return xml_escape(text, {'"': "&quot;"})

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="{lang}">{esc(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="{lang}">{esc(subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
   <xmp:CreatorTool>kztimeline</xmp:CreatorTool>
   <pdf:Producer>kztimeline</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def _render(timeline: Timeline, options: ExportOptions, font: QFont, data: ExportData, device: object,
            page: Page, step: Callable[[int, str], None], outcome: Outcome) -> None:
    step(20, QCoreApplication.translate("Export", "Laying out"))
    canvas, sheets = compose(timeline, options, font, data, page, outcome)
    try:
        step(40, QCoreApplication.translate("Export", "Drawing"))
        painter = QPainter(device)
        if not painter.isActive():
            raise OSError(errno.EIO, "could not start drawing into the file")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            background = QColor(canvas.theme.background)
            if options.fmt == "pdf":  # margins and bleed in the background colour too
                painter.fillRect(QRect(0, 0, page.device_w, page.device_h), background)
            painter.save()
            try:
                painter.translate(page.content.topLeft())
                canvas.paint_into(painter, page.scale)
            finally:
                painter.restore()
            for sheet in sheets:
                assert isinstance(device, QPdfWriter)
                if not device.newPage():
                    raise OSError(errno.EIO, "could not start another sheet")
                painter.save()
                try:
                    painter.fillRect(QRect(0, 0, page.device_w, page.device_h), background)
                    painter.translate(page.content.topLeft())
                    painter.scale(page.scale, page.scale)
                    sheet.render(painter, QPoint(), QRegion(),
                                 QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground)
                finally:
                    painter.restore()
        finally:
            if not painter.end():
                raise OSError(errno.EIO, "could not finish writing the file")
        step(85, QCoreApplication.translate("Export", "Drawn"))
    finally:
        for widget in (canvas, *sheets):
            widget.close()
            widget.deleteLater()


def compose(timeline: Timeline, options: ExportOptions, font: QFont, data: ExportData, page: Page,
            outcome: Outcome) -> tuple[ExportCanvas, list[SourcesSheet]]:
    """The export laid out on its page: the canvas with the source list where it fits (a PDF's list otherwise
    on sheets of its own); `outcome` learns the sheets and the events left without a label."""
    width, height = round(page.content.width() / page.scale), round(page.content.height() / page.scale)
    canvas = ExportCanvas(timeline, options, font, page.scale, data.prepared, page, times=data.times)
    sheets: list[SourcesSheet] = []
    canvas.lay_out(width, height)
    if canvas.sources is not None and not _fit_sources(canvas, width, height, shrink=options.fmt != "pdf") \
            and options.fmt == "pdf":  # the list goes on sheets of its own, the poster keeps its room
        canvas.close()
        canvas.deleteLater()
        canvas = ExportCanvas(timeline, options, font, page.scale, data.prepared, page, sources_here=False,
                              times=data.times)
        canvas.lay_out(width, height)
        sheets = source_sheets(canvas, page, timeline, width, height)
    outcome.unlabelled = canvas.unlabelled()
    outcome.pages = 1 + len(sheets)
    return canvas, sheets


def _fit_sources(canvas: ExportCanvas, width: int, height: int, shrink: bool) -> bool:
    """Give the source list as many columns as its width holds; whether it then takes at most its share of the
    height with every event still labelled. A picture (`shrink`) has no second sheet: its list gets smaller
    type until it fits."""
    sources = canvas.sources
    assert sources is not None
    while True:
        sources.columns = columns_for(width, sources.font_)
        sources._placed = None
        sources.updateGeometry()
        canvas.lay_out(width, height)
        fits = sources.heightForWidth(sources.width()) <= SOURCES_ON_PAGE_SHARE * height
        if fits and not canvas.unlabelled():
            return True
        if not shrink or sources.font_.pixelSize() <= MIN_PICTURE_SOURCE_PX:
            return fits
        for f in (sources.font_, sources.bold):
            f.setPixelSize(f.pixelSize() - 1)


def preview(timeline: Timeline, options: ExportOptions, font: QFont, prepared: Prepared | ExportData | None,
            side: int) -> tuple[QImage, str, Outcome]:
    """The export drawn small (at most `side` pixels), at its real proportions, as the file will be laid out;
    with what it is (size, orientation, sheets) and how it labels the events."""
    outcome = Outcome()
    data = ExportData.of(timeline, prepared)
    tight = 0
    if options.fmt == "pdf":
        options, tight = plan_poster(timeline, options, font, data)
    page = replace(page_for(options), tight=tight)
    outcome.orientation = options.orientation if options.fmt == "pdf" else ""
    canvas, sheets = compose(timeline, options, font, data, page, outcome)
    try:
        fit = min(side / page.device_w, side / page.device_h)
        image = QImage(max(1, round(page.device_w * fit)), max(1, round(page.device_h * fit)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(canvas.theme.background))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.translate(page.content.x() * fit, page.content.y() * fit)
            canvas.paint_into(painter, page.scale * fit)
        finally:
            painter.end()
    finally:
        for widget in (canvas, *sheets):
            widget.close()
            widget.deleteLater()
    return image, describe_export(options, outcome, len(canvas.references.of_event) if canvas.references else 0), \
        outcome


class _Plurals(QObject):
    """Plural phrases for describe_export (lupdate finds plurals in a QObject's tr, not in translate(...))."""

    def sheets(self, n: int) -> str:
        return self.tr("%n sheet(s): the poster and its sources", "", n)

    def unlabelled(self, n: int) -> str:
        return self.tr("%n event(s) without a label: choose a larger size or the other orientation", "", n)


_PLURALS = _Plurals()


def describe_export(options: ExportOptions, outcome: Outcome, events: int) -> str:
    """What the preview shows, in the interface's language: the size, the orientation and the labels."""
    translate = QCoreApplication.translate
    if options.fmt == "pdf":
        w_mm, h_mm = options.page
        size = translate("Export", "%1 × %2 mm").replace("%1", format(w_mm, "g")).replace("%2", format(h_mm, "g"))
        turn = translate("Export", "portrait") if h_mm > w_mm else translate("Export", "landscape")
        name = (options.paper or "").upper() if options.paper in PAPER_MM else ""
        parts = [" ".join((name, turn + ",", size)).strip()]  # (no f-strings here: lupdate misreads them)
        parts.append(_PLURALS.sheets(outcome.pages) if outcome.pages > 1
                     else translate("Export", "one sheet, with its sources"))
    else:
        parts = [translate("Export", "%1 × %2 pixels").replace("%1", str(options.width))
                 .replace("%2", str(options.height))]
    if options.poster and events:
        parts.append(translate("Export", "every event labelled with its date and sources") if not outcome.unlabelled
                     else _PLURALS.unlabelled(outcome.unlabelled))
    return "; ".join(parts)
