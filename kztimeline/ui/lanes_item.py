"""The graphics item that paints a frame: eras, lanes, spans, markers, clusters and titles in one batch.

What is drawn where comes from `kztimeline.timeline.frame`, computed with no Qt from the view state and the
viewport's size, and kept until either changes; this item only turns a frame into pixels and hit-tests against
the same frame, so a click selects exactly what the visitor sees, before or after a paint.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QStaticText,
)

from kztimeline.model import Timeline
from kztimeline.timeline.frame import (
    POSTER_ROLE_FACTORS,
    ROLE_FACTORS,
    EraBar,
    Frame,
    FrameBuilder,
    FrameSpec,
    Hit,
    LabelBox,
    LaneFrame,
    Marker,
    Rect,
    Role,
    SpanBar,
    SummaryBox,
    badge_text,
    code_text,
    count_codes,
)
from kztimeline.timeline.lanes import POLICY_LANE
from kztimeline.timeline.layout import Warp
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Snapshot, ViewState
from kztimeline.timeline.text_widths import AdditiveWidths
from kztimeline.ui.theme import THEMES, Theme, blend, mark_outline, readable_on

TITLES_KEPT = 48  # lanes' names kept as pictures: a frame shows one per lane (a dozen at most)
MEASURE_AHEAD = 1000  # labels measured in idle time per turn of the event loop (about 2 ms)


class QtMetrics:
    """Text measured with the item's fonts (the base font at each role's factor, times the drawing scale)."""

    def __init__(self, font: QFont, scale: float, poster: bool = False) -> None:
        factors = POSTER_ROLE_FACTORS if poster else ROLE_FACTORS
        self.fonts: dict[Role, QFont] = {role: scaled_font(font, factor, bold, scale)
                                         for role, (factor, bold) in factors.items()}
        self._metrics = {role: QFontMetricsF(f) for role, f in self.fonts.items()}
        self._widths: dict[tuple[str, Role], float] = {}
        self._static: dict[tuple[str, Role], QStaticText] = {}
        self._lines: dict[str, tuple[QStaticText, ...]] = {}
        self._additive: dict[Role, AdditiveWidths] = {}

    def width(self, text: str, role: Role) -> float:
        key = (text, role)
        found = self._widths.get(key)
        if found is None:
            if len(self._widths) > 20000:
                self._widths.clear()
            found = self._widths[key] = self._metrics[role].horizontalAdvance(text)
        return found

    def widths(self, texts: Sequence[str], role: Role) -> np.ndarray:
        """Many texts' widths at once, from each character's advance and each pair's kerning (text_widths)."""
        model = self._additive.get(role)
        if model is None:
            model = self._additive[role] = AdditiveWidths(self._metrics[role].horizontalAdvance)
        return model.widths(texts)

    def height(self, role: Role) -> float:
        return self._metrics[role].height()

    def ascent(self, role: Role) -> float:
        return self._metrics[role].ascent()

    def static(self, text: str, role: Role = "label") -> QStaticText:
        """`text` laid out once in the font of `role`, to be drawn many times."""
        key = (text, role)
        found = self._static.get(key)
        if found is None:
            if len(self._static) > 4000:
                self._static.clear()
            found = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(font=self.fonts[role])
            self._static[key] = found
        return found

    def lines(self, text: str) -> tuple[QStaticText, ...]:
        """A label's lines (it holds a newline where it is wrapped), each laid out once in the label font."""
        found = self._lines.get(text)
        if found is None:
            if len(self._lines) > 4000:
                self._lines.clear()
            found = self._lines[text] = tuple(self.static(line) for line in text.split("\n"))
        return found


def scaled_font(font: QFont, factor: float, bold: bool, scale: float) -> QFont:
    """`font` at `factor` of its size, times the drawing scale (font scale, export scale)."""
    out = QFont(font)
    base = font.pixelSize() if font.pixelSize() > 0 else 15
    out.setPixelSize(max(6, round(base * factor * scale)))
    out.setBold(bold)
    return out


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class LanesItem(pg.GraphicsObject):
    """Everything above the figures track, painted from one frame in one `paint`."""

    def __init__(self, timeline: Timeline, prepared: Prepared, state: ViewState, font: QFont) -> None:
        super().__init__()
        self.state = state
        self.font = QFont(font)
        self.grid_char_px = 8.0  # the time axis's average character width: grid lines follow its ticks
        # device pixels per view pixel: an export's painter scale, set ahead so a frame computed before the
        # first paint has the right sizes, and corrected by each paint to what the painter really does
        self.device_scale = 1.0
        self.policy_title = "Programmes and policy"  # set translated by the view
        self.cache_badges = True  # off for vector exports, which keep text as text
        # on screen, not in an export: the lanes' names kept as pictures (an export draws its text on the page
        # itself) and the labels measured ahead in idle time
        self.on_screen = True
        self._frame: Frame | None = None
        self.warp: Warp | None = None  # a poster's time scale (quiet years narrowed)
        self.leading = 0.9  # a poster's label rows, as a share of the label font's height
        self.poster = False  # an export laid out for print: labels with dates, sources, summaries; poster type
        self._metrics: tuple[tuple[QFont, float, bool], QtMetrics] | None = None
        self._badges: dict[tuple[object, ...], QPixmap] = {}
        self._atlases: dict[tuple[object, ...], BadgeAtlas] = {}  # discs or looks, by lane colour and theme
        self._count_atlases: dict[int, CountAtlas] = {}  # badge counts, by the colour of their text
        self._inks: dict[tuple[str, str, int | None], QColor] = {}
        self._brushes: dict[tuple[str, str], QBrush] = {}  # patterned brushes, by theme
        self._titles: dict[tuple[object, ...], QPixmap] = {}  # the lanes' names as drawn (see _paint_lane_title)
        self._fragments = PrimitiveArray(QPainter.PixmapFragment, 10)
        # on screen, the labels' widths are measured ahead in idle time, a chunk per turn of the event loop: a
        # zoom then finds the labels it offers a row measured (at 100,000 events, about 0.45 s in all, a
        # twelfth of a zoom frame's time otherwise)
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(0)
        self._ahead.timeout.connect(self._measure_ahead)
        self._unsubscribe = state.subscribe(lambda _changed: self.invalidate())
        self.set_timeline(timeline, prepared)

    def set_timeline(self, timeline: Timeline, prepared: Prepared) -> None:
        self.prepareGeometryChange()
        self.timeline = timeline
        self.prepared = prepared
        self.builder = FrameBuilder(timeline, prepared)
        x0, x1 = timeline.range.start_seconds(), timeline.range.end_seconds()
        self._bounds = QRectF(x0, 0.0, x1 - x0, 1.0)
        self.invalidate()


    @property
    def theme(self) -> Theme:
        return THEMES[self.state.theme]

    @property
    def scale(self) -> float:
        """Multiplies every size and font: the font scale, times an export's pixels per view pixel."""
        return self.state.font_scale * self.device_scale

    def invalidate(self) -> None:
        self._frame = None
        self.update()

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.invalidate()

    # -- Qt item protocol ------------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(self._bounds)

    # -- the frame -------------------------------------------------------------------------------------------
    def metrics(self) -> QtMetrics:
        key = (self.font, self.scale, self.poster)
        if self._metrics is None or self._metrics[0] != key:
            self._metrics = (key, QtMetrics(self.font, self.scale, self.poster))
            self._badges.clear()
            self._titles.clear()
            self._atlases.clear()
            self._count_atlases.clear()
        return self._metrics[1]

    def spec(self) -> FrameSpec | None:
        vb = self.getViewBox()
        if vb is None:
            return None
        return FrameSpec(vb.width() * self.device_scale, vb.height() * self.device_scale, self.scale,
                         self.grid_char_px, self.policy_title, self.poster, self.warp, self.leading,
                         (vb.width() + 2) * self.device_scale)

    def frame(self) -> Frame | None:
        """The frame for the current state and size, computed only when either changed."""
        spec = self.spec()
        if spec is None:
            return None
        snapshot: Snapshot = self.state.snapshot()
        cached = self._frame
        if cached is not None and cached.spec == spec and cached.state == snapshot:
            return cached
        self._frame = self.builder.build(snapshot, spec, self.metrics())
        return self._frame

    def hit_at_scene(self, scene_pos: QPointF) -> Hit | None:
        """What the frame has under a scene position (the view box's own pixels, times the device scale)."""
        vb = self.getViewBox()
        frame = self.frame()
        if vb is None or frame is None:
            return None
        local = vb.mapFromScene(scene_pos)
        return frame.hit(local.x() * self.device_scale, local.y() * self.device_scale)

    def to_scene(self, x: float, y: float) -> QPointF:
        """A point of the frame (device pixels from the view box's top left) in scene coordinates, which are the
        timeline widget's viewport pixels."""
        vb = self.getViewBox()
        return vb.mapToScene(QPointF(x / self.device_scale, y / self.device_scale))

    def scene_rect(self, rect: Rect) -> QRectF:
        return QRectF(self.to_scene(rect.x, rect.y), self.to_scene(rect.right, rect.bottom))

    def marker_at(self, index: int) -> QPointF | None:
        """Where event `index`'s own marker is (scene coordinates), or None when it is not drawn singly."""
        frame = self.frame()
        found = frame.marker_pos.get(index) if frame is not None else None
        return self.to_scene(*found) if found is not None else None

    # -- painting ---------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: object, widget: object = None) -> None:
        vb = self.getViewBox()
        if vb is None or vb.width() < 1:
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        device = painter.transform().mapRect(QRectF(x0, y0, x1 - x0, y1 - y0)).normalized()
        if device.width() < 2 or device.height() < 2:
            return
        # the frame is laid out in the pixels this painter draws in: an export's scale shows in the painter's
        # transform for an image, but a PDF writer keeps its own and reports the view's size
        measured = device.width() / vb.width()
        if abs(measured - self.device_scale) > 1e-3 * self.device_scale:
            self.device_scale = measured
        frame = self.frame()
        if frame is None:
            return
        painter.save()
        painter.resetTransform()
        painter.translate(device.topLeft())
        painter.setClipRect(QRectF(0, 0, frame.spec.width, frame.spec.height))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        metrics = self.metrics()
        theme = self.theme
        self._paint_era_bands(painter, frame, theme)
        for x0, x1 in frame.quiet:  # a poster's narrowed years: hatched, so the shortened scale shows
            painter.fillRect(QRectF(x0, 0, x1 - x0, frame.spec.height), theme.qcolor("grid", 70))
            painter.fillRect(QRectF(x0, 0, x1 - x0, frame.spec.height),
                             QBrush(theme.qcolor("muted", 60), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(theme.qcolor("grid", 160), 1))
        for x in frame.grid:
            painter.drawLine(QPointF(x, 0), QPointF(x, frame.spec.height))
        self._paint_eras(painter, frame, metrics, theme)
        drawn = [self._paint_lane(painter, frame, lane, metrics, theme) for lane in frame.lanes]
        if self.cache_badges:  # on screen: every lane's markers in a few batched calls, then the marks with rings
            row_looks: RowLooks = {}
            for _ringed, looks in drawn:
                for look, centres in looks.items():
                    row_looks.setdefault(look, []).extend(centres)
            self._stamp_strips(painter, frame, theme, metrics, row_looks)
            for lane, (ringed, _looks) in zip(frame.lanes, drawn, strict=True):
                self._paint_ringed(painter, frame, lane, ringed, theme)
        for lane in frame.lanes:
            self._paint_lane_text(painter, frame, lane, metrics, theme)
        painter.restore()
        if self.on_screen and not self.poster and not self._ahead.isActive() \
                and not self.builder.measured(frame.state.lang, metrics):
            self._ahead.start()

    def _measure_ahead(self) -> None:
        """A chunk of the labels not measured yet, in the language and fonts of the last frame; again at the next
        turn of the event loop while any are left."""
        if self.builder.measure_ahead(self.state.lang, self.metrics(), MEASURE_AHEAD):
            self._ahead.start()

    def _paint_era_bands(self, painter: QPainter, frame: Frame, theme: Theme) -> None:
        """The faint bands of the eras behind the lanes, as opaque fills of the era colour already mixed with the
        background (darker where eras overlap, as stacked translucent bands were): a translucent fill of the
        lanes' whole height is blended pixel by pixel, an opaque one only copied."""
        width, top, bottom = frame.spec.width, frame.era_bottom, frame.spec.height
        edges: list[tuple[float, int]] = []
        for era in frame.eras:
            xs, xe = max(era.band[0], 0.0), min(era.band[1], width)
            if xe > xs:
                edges += [(xs, 1), (xe, -1)]
        if not edges or bottom <= top:
            return
        edges.sort()
        depth, x = 0, edges[0][0]
        for at, step in edges:
            if depth > 0 and at > x:
                alpha = round(255 * (1 - (1 - ERA_BAND_ALPHA / 255) ** depth))
                colour = QColor(blend(theme.era, alpha, theme.background))
                painter.fillRect(QRectF(x, top, at - x, bottom - top), colour)
            depth += step
            x = at

    def _paint_eras(self, painter: QPainter, frame: Frame, metrics: QtMetrics, theme: Theme) -> None:
        if not frame.eras and not frame.hidden_eras:
            return
        px = frame.spec.scale
        edge = QPen(self._ink(theme, "era", 110), 1, Qt.PenStyle.DashLine)
        bottom = frame.spec.height
        painter.setFont(metrics.fonts["era"])
        painter.setPen(edge)
        painter.drawLines([QLineF(era.band[0], frame.era_bottom, era.band[0], bottom) for era in frame.eras])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._ink(theme, "era", 60))
        for era in frame.eras:
            painter.drawRoundedRect(qrect(era.bar), 4 * px, 4 * px)
        painter.setPen(self._ink(theme, "era_text"))
        era_h = metrics.height("era")
        era: EraBar
        for era in frame.eras:
            if era.text_rect is None:
                continue
            if self.cache_badges:  # on screen: laid out once (a title fits its bar: it was shortened to)
                box = era.text_rect
                painter.drawStaticText(QPointF(box.x, box.y + box.h / 2 - era_h / 2), metrics.static(era.text, "era"))
            else:
                painter.drawText(qrect(era.text_rect), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 era.text)
        if frame.hidden_eras:  # eras beyond the rows shown: say how many
            painter.setPen(QColor(theme.era_text))
            more = f"+{frame.hidden_eras}"
            if self.cache_badges:  # on screen: laid out once, right-aligned as the vector exports' text is
                painter.drawStaticText(QPointF(frame.spec.width - 6 * px - metrics.width(more, "era"),
                                               frame.era_bottom - frame.era_row_h / 2 - era_h / 2),
                                       metrics.static(more, "era"))
            else:
                painter.drawText(QRectF(frame.spec.width - 80 * px, frame.era_bottom - frame.era_row_h, 74 * px,
                                        frame.era_row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 more)

    def _colour(self, lane_key: str, theme: Theme) -> QColor:
        if lane_key == POLICY_LANE:
            return QColor(theme.policy)
        return QColor(self.timeline.sectors[lane_key].colour)

    def _paint_lane(self, painter: QPainter, frame: Frame, lane: LaneFrame, metrics: QtMetrics,
                    theme: Theme) -> tuple[list[Marker], RowLooks]:
        """A lane's band, bars and markers (vector exports: all of them; on screen its markers are stamped with
        every other lane's): the marks to be drawn with rings over the strips, and the markers beside labels by
        look."""
        px = frame.spec.scale
        rect = qrect(lane.rect)
        colour = self._colour(lane.key, theme)
        if lane.striped:
            painter.fillRect(rect, theme.qcolor("surface_alt", 150))
        self._rule(painter, rect.left(), rect.right(), rect.bottom(), theme)
        painter.setFont(metrics.fonts["label"])
        if lane.spans:
            painter.save()
            painter.setClipRect(rect)
            for span in lane.spans:
                self._paint_span(painter, frame, span, colour, metrics, theme)
            painter.restore()
        if lane.hidden_spans:  # spans beyond the rows shown: say how many, zooming in shows them
            top = lane.hidden_spans_top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(rect.right() - 22 * px, top + 5 * px, 16 * px, 7 * px), 3 * px, 3 * px)
            painter.setPen(self._ink(theme, "muted"))
            more = f"+{lane.hidden_spans}"
            if self.cache_badges:  # on screen: laid out once, right-aligned as the vector exports' text is
                painter.drawStaticText(QPointF(rect.right() - 26 * px - metrics.width(more, "label"),
                                               top + 8 * px - metrics.height("label") / 2), metrics.static(more))
            else:
                painter.drawText(QRectF(rect.right() - 180 * px, top, 154 * px, 16 * px),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, more)
        if lane.strip_y:  # the markers no row could label sit on a faint line
            self._rule(painter, rect.left(), rect.right(), lane.strip_y, theme, dotted=True)
        if self.cache_badges:  # on screen: each kind of mark drawn once into a small picture, then stamped
            return self._stamp_row_marks(painter, frame, lane, colour, theme, metrics)
        for marker in lane.markers:  # vector exports draw shapes and text
            if marker.count == 1:
                self._paint_marker(painter, frame, marker, colour, theme)
            else:
                self._paint_cluster(painter, frame, marker, colour, theme, metrics)
        return [], {}

    def _rule(self, painter: QPainter, x0: float, x1: float, y: float, theme: Theme, dotted: bool = False) -> None:
        """A horizontal line a pixel high in the grid colour, solid or dotted. On screen it fills the pixel row
        that holds y (crisp, where an antialiased stroke between two rows blurs over both, and a fill costs the
        raster engine a fraction of a stroke, a dotted one most); vector exports draw it as a line."""
        if not self.cache_badges:
            painter.setPen(QPen(theme.qcolor("grid"), 1, Qt.PenStyle.DotLine if dotted else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
            return
        row = QRectF(x0, math.floor(y), x1 - x0, 1.0)
        if not dotted:
            painter.fillRect(row, self._ink(theme, "grid"))
            return
        key = (theme.name, "dots")
        brush = self._brushes.get(key)
        if brush is None:  # a dot every three pixels, as Qt's dotted pen a pixel wide draws it
            dots = QPixmap(3, 1)
            dots.fill(Qt.GlobalColor.transparent)
            dot_painter = QPainter(dots)
            dot_painter.fillRect(QRectF(0, 0, 1, 1), theme.qcolor("grid"))
            dot_painter.end()
            brush = self._brushes[key] = QBrush(dots)
        painter.fillRect(row, brush)

    def _paint_lane_text(self, painter: QPainter, frame: Frame, lane: LaneFrame, metrics: QtMetrics,
                         theme: Theme) -> None:
        """A lane's labels, a poster's summaries and the lane's name, over every lane's marks."""
        px = frame.spec.scale
        colour = self._colour(lane.key, theme)
        if self.cache_badges:  # on screen: the pills in one pass, then the texts from laid-out lines
            self._paint_screen_labels(painter, frame, lane, metrics, theme)
        else:
            for label in lane.labels:
                self._paint_label(painter, frame, label, colour, metrics, theme)
        for summary in lane.summaries:
            self._paint_summary(painter, frame, summary, metrics, theme)
        self._paint_lane_title(painter, lane, colour, metrics, theme, px)

    def _paint_lane_title(self, painter: QPainter, lane: LaneFrame, colour: QColor, metrics: QtMetrics,
                          theme: Theme, px: float) -> None:
        """A lane's name on its pill, with the lane's swatch. On screen (`on_screen`) it is drawn once into a
        picture (at the fraction of a pixel it falls on) and copied on every frame after while the lane keeps its
        place: a zoom seldom moves the lanes' names, and their pills, swatches and bold text were drawn anew every
        frame. Exports draw it: text drawn into a picture first came out a shade lighter in a PNG export."""
        box = lane.title_box
        if not self.on_screen:
            self._draw_lane_title(painter, qrect(box), lane, colour, metrics, theme, px)
            return
        x0, y0 = math.floor(box.x), math.floor(box.y)
        fx, fy = box.x - x0, box.y - y0  # drawn at the same fraction of a pixel, so its text lands where it would
        key = ("title", lane.title, colour.rgba(), lane.collapsed, theme.name, px, box.w, box.h, fx, fy,
               metrics.fonts["lane_title"].key())
        pixmap = self._titles.get(key)
        if pixmap is None:
            # a frame's few names are kept, not every place a name was ever drawn at: a kiosk moving through
            # layouts and languages would otherwise keep thousands (80 MB over a 10,000-step soak)
            if len(self._titles) >= TITLES_KEPT:
                self._titles.clear()
            pixmap = QPixmap(math.ceil(box.w + fx) + 2, math.ceil(box.h + fy) + 2)
            pixmap.fill(Qt.GlobalColor.transparent)
            title_painter = QPainter(pixmap)
            title_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            title_painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._draw_lane_title(title_painter, QRectF(fx, fy, box.w, box.h), lane, colour, metrics, theme, px)
            title_painter.end()
            self._titles[key] = pixmap
        painter.drawPixmap(QPointF(x0, y0), pixmap)

    def _draw_lane_title(self, painter: QPainter, box: QRectF, lane: LaneFrame, colour: QColor, metrics: QtMetrics,
                         theme: Theme, px: float) -> None:
        painter.setFont(metrics.fonts["lane_title"])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._ink(theme, "background", 225))
        painter.drawRoundedRect(box, 4 * px, 4 * px)
        swatch = QRectF(box.left() + 6 * px, box.center().y() - 5 * px, 10 * px, 10 * px)
        if lane.collapsed:  # an outlined swatch: the lane is folded to a strip; a tap on its name opens it
            painter.setPen(QPen(colour, 2 * px))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setBrush(colour)
        painter.drawRoundedRect(swatch, 2 * px, 2 * px)
        painter.setPen(self._ink(theme, "muted"))
        if self.cache_badges:  # on screen: laid out once, centred as the vector exports' text is
            text = metrics.static(lane.title, "lane_title")
            painter.drawStaticText(QPointF(box.left() + 22 * px,
                                           box.center().y() - metrics.height("lane_title") / 2), text)
        else:
            painter.drawText(box.adjusted(22 * px, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, lane.title)

    def _ink(self, theme: Theme, name: str, alpha: int | None = None) -> QColor:
        """A theme colour, made once (a frame asks for the same few hundreds of times)."""
        key = (theme.name, name, alpha)
        found = self._inks.get(key)
        if found is None:
            found = self._inks[key] = theme.qcolor(name, alpha)
        return found

    def _paint_screen_labels(self, painter: QPainter, frame: Frame, lane: LaneFrame, metrics: QtMetrics,
                             theme: Theme) -> None:
        """A lane's labels on screen: every pill first (one brush), then each text's lines, laid out once
        (QStaticText) and only drawn, the pen changed only where the colour does. A poster's noted labels are
        drawn as `_paint_label` draws them."""
        px = frame.spec.scale
        state = frame.state
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._ink(theme, "background", 200))
        corner = 3 * px
        for label in lane.labels:
            box = label.box
            painter.drawRoundedRect(QRectF(box.x, box.y, box.w, box.h), corner, corner)
        line_h = metrics.height("label")
        painter.setFont(metrics.fonts["label"])
        inks = {False: self._ink(theme, "text"), True: self._ink(theme, "muted")}
        accent = self._ink(theme, "accent")
        pen: QColor | None = None
        for label in lane.labels:
            ink = accent if label.index in (state.selected, state.hovered) else inks[label.dim]
            if label.prefix or label.suffix:  # a poster's: its date and source numbers in their own fonts
                painter.setPen(ink)
                self._paint_noted_label(painter, frame, label, ink, metrics, theme)
                painter.setFont(metrics.fonts["label"])
                pen = ink
                continue
            if ink is not pen:
                painter.setPen(ink)
                pen = ink
            box = label.box
            lines = metrics.lines(label.text)
            x = box.x + 3 * px
            y = box.y + box.h / 2 - line_h * len(lines) / 2
            for line in lines:
                painter.drawStaticText(QPointF(x, y), line)
                y += line_h

    def _paint_label(self, painter: QPainter, frame: Frame, label: LabelBox, colour: QColor, metrics: QtMetrics,
                     theme: Theme) -> None:
        """A label whole, on one or two lines, on a pill that keeps it readable over the grid, as shapes and text
        runs (vector exports; the screen draws laid-out lines: `_paint_screen_labels`)."""
        px = frame.spec.scale
        box = qrect(label.box)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.qcolor("background", 200))
        painter.drawRoundedRect(box, 3 * px, 3 * px)
        text_colour = QColor(theme.muted if label.dim else theme.text)
        if label.index in (frame.state.selected, frame.state.hovered):
            text_colour = QColor(theme.accent)
        painter.setPen(text_colour)
        if label.prefix or label.suffix:
            self._paint_noted_label(painter, frame, label, text_colour, metrics, theme)
            return
        painter.drawText(box.adjusted(3 * px, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         label.text)

    def _paint_noted_label(self, painter: QPainter, frame: Frame, label: LabelBox, text_colour: QColor,
                           metrics: QtMetrics, theme: Theme) -> None:
        """A poster's label: the date in bold before the text, the source numbers in the muted colour after it."""
        px = frame.spec.scale
        lines = label.text.split("\n")
        line_h = metrics.height("label")
        top = label.box.y + label.box.h / 2 - line_h * len(lines) / 2
        muted = QColor(theme.muted)
        for n, line in enumerate(lines):
            x = label.box.x + 3 * px
            baseline = top + n * line_h + metrics.ascent("label")
            runs: list[tuple[str, Role, QColor]] = []
            if n == 0 and label.prefix:
                runs.append((label.prefix + " ", "date", text_colour))
            runs.append((line, "label", text_colour))
            if n == len(lines) - 1 and label.suffix:
                runs.append((" " + label.suffix, "summary", muted))
            for text, role, colour in runs:
                painter.setFont(metrics.fonts[role])
                painter.setPen(colour)
                painter.drawText(QPointF(x, baseline), text)
                x += metrics.width(text, role)

    def _paint_summary(self, painter: QPainter, frame: Frame, summary: SummaryBox, metrics: QtMetrics,
                       theme: Theme) -> None:
        px = frame.spec.scale
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.qcolor("background", 200))
        painter.drawRoundedRect(qrect(summary.box), 3 * px, 3 * px)
        painter.setFont(metrics.fonts["summary"])
        painter.setPen(QColor(theme.muted if not summary.dim else theme.grid))
        line_h = metrics.height("summary")
        y = summary.box.y + 1 * px + metrics.ascent("summary")
        for line in summary.lines:
            painter.drawText(QPointF(summary.box.x + 3 * px, y), line)
            y += line_h

    def _paint_span(self, painter: QPainter, frame: Frame, span: SpanBar, colour: QColor, metrics: QtMetrics,
                    theme: Theme) -> None:
        px = frame.spec.scale
        fill = QColor(colour)
        fill.setAlpha(70 if span.dim else 150)
        painter.setBrush(fill)
        selected = span.index == frame.state.selected
        painter.setPen(QPen(theme.qcolor("accent") if selected else colour, (3 if selected else 1) * px))
        painter.drawRoundedRect(qrect(span.rect), 5 * px, 5 * px)
        if span.text_rect is not None:
            if span.outside:
                painter.setPen(QColor(theme.muted if span.dim else theme.text))
            else:
                painter.setPen(QColor(readable_on(blend(colour.name(), fill.alpha(), theme.background))))
            painter.drawText(qrect(span.text_rect), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             span.text)

    def _paint_marker(self, painter: QPainter, frame: Frame | None, marker: Marker, colour: QColor, theme: Theme,
                      px: float = 1.0) -> None:
        """A marker as shapes; with no frame, only its shape and dots (into a cached picture)."""
        if frame is not None:
            px = frame.spec.scale
        selected = frame.state.selected if frame is not None else None
        hovered = frame.state.hovered if frame is not None else None
        focused = frame.state.focused if frame is not None else None
        centre = QPointF(marker.x, marker.y)
        radius = marker.radius
        if marker.precision is not None:  # a bracket under a marker whose date is known only to a month or year
            xs, xe = marker.precision
            y = marker.y + marker.radius + 3 * px
            faint = QColor(colour)
            faint.setAlpha(60 if marker.dim else 140)
            painter.setPen(QPen(faint, 2 * px))
            painter.drawLine(QPointF(xs, y), QPointF(xe, y))
            painter.drawLine(QPointF(xs, y - 4 * px), QPointF(xs, y + px))
            painter.drawLine(QPointF(xe, y - 4 * px), QPointF(xe, y + px))
        fill = QColor(colour)
        if marker.dim:
            fill.setAlpha(70)
        if marker.index is not None and marker.index in (selected, hovered):
            halo = theme.qcolor("accent", 255 if marker.index == selected else 120)
            painter.setPen(QPen(halo, 3 * px))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius + 5 * px, radius + 5 * px)
        if marker.index is not None and marker.index == focused:
            painter.setPen(QPen(theme.qcolor("accent"), 2 * px, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius + 9 * px, radius + 9 * px)
        painter.setPen(QPen(QColor(mark_outline(colour.name(), theme.background)), 2 * px))
        painter.setBrush(QBrush(fill))
        painter.drawPath(shape_path(marker.shape, centre, radius))
        for n, sector_id in enumerate(marker.others):  # the event's other sectors: small dots under the marker
            dot = QPointF(centre.x() - 3 * px + n * 6 * px, centre.y() + radius + 3.5 * px)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.timeline.sectors[sector_id].colour))
            painter.drawEllipse(dot, 2.5 * px, 2.5 * px)

    def _stamp_row_marks(self, painter: QPainter, frame: Frame, lane: LaneFrame, colour: QColor, theme: Theme,
                         metrics: QtMetrics) -> tuple[list[Marker], RowLooks]:
        """A lane's markers beside labels, gathered by look (lane colour, shape, other sectors, dimmed, radius) to
        be stamped with every lane's strip markers (a row's rare badge is stamped at once); and the marks to be
        drawn with rings over the strips: the selected, hovered or focused event's marker and a date's bracket (as
        shapes, a few per frame), and a badge that holds the selection."""
        px = frame.spec.scale
        state = frame.state
        looks: dict[tuple[str, tuple[str, ...], bool, float], list[tuple[float, float]]] = {}
        special: list[Marker] = []
        marked = (state.selected, state.hovered, state.focused)
        for marker in lane.row_markers:
            if marker.count == 1:
                if marker.precision is not None or marker.index in marked:
                    special.append(marker)
                    continue
                looks.setdefault((marker.shape, marker.others, marker.dim, marker.radius), []).append(
                    (marker.x, marker.y))
            else:
                pixmap = self._badge_pixmap(marker, colour, theme, metrics, px)
                self._stamp(painter, pixmap, np.asarray([marker.x]), marker.y)
                if marker.holds_selection:
                    special.append(marker)
        if lane.strip is not None:
            special += [lane.strip.marker(k) for k in np.flatnonzero(lane.strip.holds).tolist()]
        rgba = colour.rgba()
        return special, {(rgba, *look): centres for look, centres in looks.items()}

    def _paint_ringed(self, painter: QPainter, frame: Frame, lane: LaneFrame, marks: list[Marker],
                      theme: Theme) -> None:
        colour = self._colour(lane.key, theme)
        for marker in marks:
            if marker.count == 1:
                self._paint_marker(painter, frame, marker, colour, theme)
            else:
                self._paint_badge_ring(painter, marker, theme, frame.spec.scale)

    def _stamp(self, painter: QPainter, pixmap: QPixmap, xs: np.ndarray, ys: np.ndarray | float,
               sources: np.ndarray | None = None) -> None:
        """Copies of a picture (or of its parts `sources`, rows of x, y, w, h) centred on whole pixels near
        (xs, ys), in one call."""
        if sources is None:
            w, h = float(pixmap.width()), float(pixmap.height())
            if len(xs) == 1:  # one plain call
                painter.drawPixmap(QPointF(round(float(xs[0]) - w / 2),
                                           round(float(np.asarray(ys).flat[0]) - h / 2)), pixmap)
                return
            sources = np.asarray([(0.0, 0.0, w, h)])
        # pyqtgraph's array of fragments: PySide's drawPixmapFragments takes a C array, not a list
        self._fragments.resize(len(xs))
        table = self._fragments.ndarray()
        half_w, half_h = sources[:, 2] / 2, sources[:, 3] / 2
        table[:, 0] = np.round(xs - half_w) + half_w  # whole pixels: a picture is stamped, not resampled
        table[:, 1] = np.round(np.asarray(ys, dtype=float) - half_h) + half_h
        table[:, 2:6] = sources  # the source rectangle
        table[:, 6:10] = (1.0, 1.0, 0.0, 1.0)  # scale x, scale y, rotation, opacity
        painter.drawPixmapFragments(*self._fragments.drawargs(), pixmap)

    def _stamp_strips(self, painter: QPainter, frame: Frame, theme: Theme, metrics: QtMetrics,
                      row_looks: RowLooks) -> None:
        """Every lane's marker strip, and the markers beside labels (`row_looks`: their centres by look), in a
        few batched calls from arrays over all the lanes: the single markers by look (lane colour, shape, other
        sectors, dimmed) from one atlas, the badges' discs (by colour, radius and dimming) from another, and
        their counts from the atlas of their text colour (one call per colour, two at most). Both of a badge's
        calls stamp on the same whole-pixel centre."""
        px = frame.spec.scale
        strips = [(lane.strip, self._colour(lane.key, theme)) for lane in frame.lanes
                  if lane.strip is not None and len(lane.strip)]
        sizes = [len(strip) for strip, _colour in strips]
        which_lane = np.repeat(np.arange(len(strips)), sizes)
        if strips:
            xs = np.round(np.concatenate([strip.x for strip, _c in strips]))
            ys = np.repeat(np.round([strip.y for strip, _c in strips]), sizes)
            count = np.concatenate([strip.count for strip, _c in strips])
            dim = np.concatenate([strip.dim for strip, _c in strips]).astype(np.int64)
            radius = np.concatenate([strip.radius for strip, _c in strips])
        else:
            xs = ys = radius = np.zeros(0)
            count = dim = np.zeros(0, dtype=np.int64)
        colours = [colour for _s, colour in strips]
        rgbas = [colour.rgba() for colour in colours]
        single = count == 1
        marks = np.flatnonzero(single)
        looks: list[tuple[int, str, tuple[str, ...], bool, float]] = []
        which = np.zeros(0, dtype=np.int64)
        if len(marks):  # markers: a look per lane colour, style and dimming
            styles = strips[0][0].styles  # the builder's one list of looks
            style = np.concatenate([strip.style for strip, _c in strips])[marks]
            _found, which, one = small_unique((which_lane[marks] * (len(styles) + 1) + style) * 2 + dim[marks])
            firsts = marks[one]  # one mark of each look, read as lists (not element by element from arrays)
            looks = [(rgbas[lane], *styles[code], bool(dimmed), r) for lane, code, dimmed, r
                     in zip(which_lane[firsts].tolist(), style[one].tolist(), dim[firsts].tolist(),
                            radius[firsts].tolist(), strict=True)]
        if looks or row_looks:
            rows = list(row_looks)
            atlas = self._looks(theme, px, looks + rows)
            if atlas is None:  # more different looks than an atlas holds: one call per look
                for n, (rgba, shape, others, dimmed, r) in enumerate(looks):
                    at = marks[which == n]
                    self._stamp(painter, self._look_pixmap(shape, others, dimmed, r, QColor.fromRgba(rgba), theme,
                                                           px), xs[at], ys[at])
                for (rgba, shape, others, dimmed, r), centres in row_looks.items():
                    xy = np.asarray(centres, dtype=float)
                    self._stamp(painter, self._look_pixmap(shape, others, dimmed, r, QColor.fromRgba(rgba), theme,
                                                           px), xy[:, 0], xy[:, 1])
            else:
                parts_x, parts_y, parts_cells = [xs[marks]], [ys[marks]], []
                if looks:
                    parts_cells.append(np.asarray([atlas.cells[look] for look in looks], dtype=float)[which])
                if rows:
                    centres = np.asarray([c for look in rows for c in row_looks[look]], dtype=float)
                    parts_x.append(np.round(centres[:, 0]))
                    parts_y.append(np.round(centres[:, 1]))
                    parts_cells.append(np.repeat(np.asarray([atlas.cells[look] for look in rows], dtype=float),
                                                 [len(row_looks[look]) for look in rows], axis=0))
                self._stamp(painter, atlas.pixmap, np.concatenate(parts_x), np.concatenate(parts_y),
                            np.concatenate(parts_cells))
        badges = np.flatnonzero(~single)
        if not len(badges):
            return
        counts = count[badges]
        # a badge's radius follows from its count's text: one disc per colour, text and dimming
        found, which, one = small_unique((which_lane[badges] * (int(count_codes(counts).max()) + 1)
                                          + count_codes(counts)) * 2 + dim[badges])
        firsts = badges[one]
        wanted = [(rgbas[lane], bool(dimmed), r) for lane, dimmed, r
                  in zip(which_lane[firsts].tolist(), dim[firsts].tolist(), radius[firsts].tolist(), strict=True)]
        discs = self._discs(theme, px, wanted)
        if discs is None:  # more different discs than an atlas holds: one picture each
            for k in badges.tolist():
                strip, colour = strips[int(which_lane[k])]
                at = k - sum(sizes[:int(which_lane[k])])
                self._stamp(painter, self._badge_pixmap(strip.marker(at), colour, theme, metrics, px),
                            xs[k:k + 1], ys[k])
            return
        cells = np.asarray([discs.cells[w] for w in wanted], dtype=float)
        self._stamp(painter, discs.pixmap, xs[badges], ys[badges], cells[which])
        inks = [QColor(readable_on(colour.name())).rgba() for colour in colours]
        ink_of = np.asarray(inks, dtype=np.int64)[which_lane[badges]]
        for ink, colour in {ink: colour for ink, colour in zip(inks, colours, strict=True)}.items():
            these = ink_of == ink  # the counts, one call per text colour
            if not these.any():
                continue
            texts = self._counts(colour, metrics, int(counts[these].max()))
            self._stamp(painter, texts.pixmap, xs[badges][these], ys[badges][these], texts.origins(counts[these]))

    def _discs(self, theme: Theme, px: float, wanted: list[tuple[int, bool, float]]) -> BadgeAtlas | None:
        """The atlas holding the badge discs `wanted` ((lane colour's rgba, dimmed, radius)), drawn into it when
        new: one picture for every lane's badges, so that all the strips' discs are one call."""

        def draw(painter: QPainter, centre: QPointF, disc: tuple[int, bool, float]) -> None:
            rgba, dim, r = disc
            self._draw_disc(painter, centre, QColor.fromRgba(rgba), r, dim, theme, px)

        return self._atlas_of(("discs", theme.name), wanted, lambda disc: badge_side(disc[2], px), draw)

    def _looks(self, theme: Theme, px: float,
               wanted: list[tuple[int, str, tuple[str, ...], bool, float]]) -> BadgeAtlas | None:
        """The atlas holding the marker looks `wanted` ((lane colour's rgba, shape, other sectors, dimmed,
        radius)), each the picture `_look_pixmap` makes, drawn into it when new: one picture for every lane."""

        def draw(painter: QPainter, centre: QPointF, look: tuple[int, str, tuple[str, ...], bool, float]) -> None:
            rgba, shape, others, dim, r = look
            self._paint_marker(painter, None, Marker(centre.x(), centre.y(), r, 1, dim, None, shape, others),
                               QColor.fromRgba(rgba), theme, px)

        return self._atlas_of(("looks", theme.name), wanted, lambda look: look_side(look[4], look[2], px), draw)

    def _atlas_of(self, key: tuple[object, ...], wanted: list[AtlasKey], side_of: Callable[[AtlasKey], int],
                  draw: Callable[[QPainter, QPointF, AtlasKey], None]) -> BadgeAtlas | None:
        """The atlas `key` with a cell for each of `wanted`, each picture `side_of` it square (even); the new
        ones drawn by `draw` centred in their cells (None: more than an atlas holds)."""
        if len(wanted) > BadgeAtlas.CAPACITY and len(set(wanted)) > BadgeAtlas.CAPACITY:
            return None
        atlas = self._atlases.get(key)
        new = list(dict.fromkeys(w for w in wanted if atlas is None or w not in atlas.cells))  # each once
        side = max((side_of(w) for w in new), default=0)
        if atlas is None or atlas.cell < side or atlas.free() < len(new):
            cell = max(side, atlas.cell if atlas is not None else 0)
            atlas = self._atlases[key] = BadgeAtlas(cell)
            new = list(dict.fromkeys(wanted))
        if new:
            atlas.reserve(len(atlas.cells) + len(new))
            cell_painter = QPainter(atlas.pixmap)
            cell_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for found in new:
                x, y = atlas.add(found, side_of(found))
                cell_painter.save()
                cell_painter.setClipRect(QRectF(x, y, atlas.cell, atlas.cell))
                draw(cell_painter, QPointF(x + atlas.cell / 2, y + atlas.cell / 2), found)
                cell_painter.restore()
            cell_painter.end()
        return atlas

    def _counts(self, colour: QColor, metrics: QtMetrics, most: int) -> CountAtlas:
        """The atlas of the counts' texts in the colour written on `colour`, holding every count up to `most` (at
        least up to the largest lane's size, so that it is drawn once for the data)."""
        ink = QColor(readable_on(colour.name()))
        atlas = self._count_atlases.get(ink.rgba())
        if atlas is None or atlas.codes <= int(count_codes(np.asarray(most))):
            most = max(most, max((len(lane.points) for lane in self.prepared.lanes), default=1))
            atlas = self._count_atlases[ink.rgba()] = CountAtlas.drawn(ink, metrics, most)
        return atlas

    def _look_pixmap(self, shape: str, others: tuple[str, ...], dim: bool, radius: float, colour: QColor,
                     theme: Theme, px: float) -> QPixmap:
        key = ("marker", shape, colour.rgba(), dim, radius, others, theme.name)
        pixmap = self._badges.get(key)
        if pixmap is None:
            if len(self._badges) > 4000:
                self._badges.clear()
            side = look_side(radius, others, px)
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            marker_painter = QPainter(pixmap)
            marker_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            plain = Marker(side / 2, side / 2, radius, 1, dim, None, shape, others)
            self._paint_marker(marker_painter, None, plain, colour, theme, px)
            marker_painter.end()
            self._badges[key] = pixmap
        return pixmap

    def _badge_pixmap(self, marker: Marker, colour: QColor, theme: Theme, metrics: QtMetrics, px: float) -> QPixmap:
        r = marker.radius
        key = (badge_text(marker.count), colour.rgba(), marker.dim, r, theme.name)
        pixmap = self._badges.get(key)
        if pixmap is None:
            if len(self._badges) > 4000:
                self._badges.clear()
            side = badge_side(r, px)
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            badge_painter = QPainter(pixmap)
            badge_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            badge_painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._draw_badge(badge_painter, QPointF(side / 2, side / 2), marker.count, colour, r, marker.dim, theme,
                             metrics, px)
            badge_painter.end()
            self._badges[key] = pixmap
        return pixmap

    def _paint_cluster(self, painter: QPainter, frame: Frame, marker: Marker, colour: QColor, theme: Theme,
                       metrics: QtMetrics) -> None:
        """A round badge with the count, as shapes and text (vector exports; the screen stamps cached pictures:
        `_stamp_strips`)."""
        px = frame.spec.scale
        self._draw_badge(painter, QPointF(marker.x, marker.y), marker.count, colour, marker.radius, marker.dim,
                         theme, metrics, px)
        if marker.holds_selection:
            self._paint_badge_ring(painter, marker, theme, px)

    def _paint_badge_ring(self, painter: QPainter, marker: Marker, theme: Theme, px: float) -> None:
        """The ring around a badge that holds the selected event."""
        r = marker.radius
        painter.setPen(QPen(theme.qcolor("accent"), 3 * px))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(marker.x, marker.y), r + 4 * px, r + 4 * px)

    def _draw_badge(self, painter: QPainter, centre: QPointF, count: int, colour: QColor, r: float, dim: bool,
                    theme: Theme, metrics: QtMetrics, px: float) -> None:
        self._draw_disc(painter, centre, colour, r, dim, theme, px)
        painter.setFont(metrics.fonts["badge"])
        painter.setPen(QColor(readable_on(colour.name())))
        painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter,
                         badge_text(count))

    @staticmethod
    def _draw_disc(painter: QPainter, centre: QPointF, colour: QColor, r: float, dim: bool, theme: Theme,
                   px: float) -> None:
        fill = QColor(colour)
        fill.setAlpha(90 if dim else 235)
        painter.setPen(QPen(QColor(mark_outline(colour.name(), theme.background)), 2 * px))
        painter.setBrush(fill)
        painter.drawEllipse(centre, r, r)


def small_unique(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The different values of small non-negative integers `codes` (sorted), where each code is among them,
    and one place where each occurs: np.unique's answers by counting, not sorting (a frame's marks have a few
    dozen codes)."""
    present = np.bincount(codes) > 0
    found = np.flatnonzero(present)
    which = (np.cumsum(present) - 1)[codes]
    one = np.empty(len(found), dtype=np.int64)
    one[which] = np.arange(len(codes))
    return found, which, one


def look_side(radius: float, others: tuple[str, ...], px: float) -> int:
    """The side of a marker's picture (even: its centre is a whole pixel), with room for its other sectors' dots."""
    side = int(2 * radius * 1.3 + 4 * px + len(others) * 6 * px) + 4
    return side + side % 2


def badge_side(r: float, px: float) -> int:
    """The side of a badge's picture (even: its centre is a whole pixel)."""
    side = int(2 * r + 4 * px) + 2
    return side + side % 2


AtlasKey = TypeVar("AtlasKey", bound=Hashable)
# markers' centres by look: (lane colour's rgba, shape, other sectors, dimmed, radius)
RowLooks = dict[tuple[int, str, tuple[str, ...], bool, float], list[tuple[float, float]]]


class BadgeAtlas:
    """Pictures of one lane colour (its badge discs by radius and dimming, or its markers' looks) in the square
    cells of one picture, drawn once each, so that a lane's badges or markers are one batched call; it grows by
    rows up to CAPACITY cells, and a full one is started again."""

    COLUMNS = 16
    CAPACITY = 16 * 32

    def __init__(self, cell: int) -> None:
        self.cell = cell
        self.rows = 0
        self.pixmap = QPixmap()
        self.cells: dict[Hashable, tuple[float, float, float, float]] = {}  # each picture's square, by what it shows

    def free(self) -> int:
        return self.CAPACITY - len(self.cells)

    def reserve(self, cells: int) -> None:
        """Room for `cells` cells: more rows, the pictures drawn so far copied over."""
        rows = -(-cells // self.COLUMNS)
        if rows <= self.rows:
            return
        rows = min(max(rows, 2 * self.rows, 4), self.CAPACITY // self.COLUMNS)
        grown = QPixmap(self.COLUMNS * self.cell, rows * self.cell)
        grown.fill(Qt.GlobalColor.transparent)
        if self.rows:
            copier = QPainter(grown)
            copier.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            copier.drawPixmap(0, 0, self.pixmap)
            copier.end()
        self.pixmap, self.rows = grown, rows

    def add(self, key: Hashable, side: int) -> tuple[float, float]:
        """A new cell for `key`, whose picture is `side` square centred in it: the cell's top left. The atlas
        keeps the picture's own square (x, y, w, h), so that a stamp copies only its pixels, not the cell's."""
        n = len(self.cells)
        x, y = float(n % self.COLUMNS * self.cell), float(n // self.COLUMNS * self.cell)
        inset = (self.cell - side) / 2
        self.cells[key] = (x + inset, y + inset, float(side), float(side))
        return x, y


class CountAtlas:
    """The texts of the badges' counts in one colour ("2" to "999", then "1k", "2k", …) in the cells of one
    picture, each drawn once, centred in its cell as a badge centres it on its disc: one atlas serves every
    lane whose colour takes that ink, whatever the disc's radius or dimming. Drawn whole for the counts the data
    can have (its largest lane), so that no frame draws text into it."""

    COLUMNS = 32

    def __init__(self, width: int, height: int, codes: int) -> None:
        self.size = (float(width), float(height))
        self.codes = codes  # the codes below this are drawn
        rows = -(-codes // self.COLUMNS)
        self.pixmap = QPixmap(self.COLUMNS * width, rows * height)
        self.pixmap.fill(Qt.GlobalColor.transparent)

    @classmethod
    def drawn(cls, ink: QColor, metrics: QtMetrics, most: int) -> CountAtlas:
        codes = int(count_codes(np.asarray(most))) + 1
        texts = [(code, code_text(code)) for code in range(2, codes) if code != 1000]
        font = metrics.fonts["badge"]
        widest = max(metrics.width(text, "badge") for _c, text in texts) if texts else 0.0
        # even sides: a cell's centre is a whole pixel, as a badge's is
        width = 2 * (int(widest / 2) + 2)
        height = 2 * (int(metrics.height("badge") / 2) + 2)
        atlas = cls(width, height, codes)
        painter = QPainter(atlas.pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(font)
        painter.setPen(ink)
        for code, text in texts:
            x, y = code % cls.COLUMNS * width, code // cls.COLUMNS * height
            # centred in a box around the cell's centre, as `_draw_badge` centres it on the disc
            painter.drawText(QRectF(x, y, width, height), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return atlas

    def origins(self, counts: np.ndarray) -> np.ndarray:
        """The cells of `counts`, as rows of (x, y, w, h)."""
        codes = count_codes(counts)
        w, h = self.size
        cells = np.empty((len(codes), 4))
        cells[:, 0] = (codes % self.COLUMNS) * w
        cells[:, 1] = (codes // self.COLUMNS) * h
        cells[:, 2:4] = (w, h)
        return cells


ERA_BAND_ALPHA = 12  # how strongly an era's band tints the lanes behind it (0-255)

KIND_LEGEND = (("circle", QT_TRANSLATE_NOOP("Kinds", "event")),
               ("diamond", QT_TRANSLATE_NOOP("Kinds", "crisis or devaluation")),
               ("square", QT_TRANSLATE_NOOP("Kinds", "plant launch")),
               ("triangle", QT_TRANSLATE_NOOP("Kinds", "law or policy")),
               ("bar", QT_TRANSLATE_NOOP("Kinds", "programme or period")))


def shape_pixmap(kind: str, colour: QColor, size: int = 16) -> QPixmap:
    """A marker shape as a small picture, for legends outside the timeline."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if kind == "bar":
        painter.drawRoundedRect(QRectF(0, size * 0.3, size, size * 0.4), size * 0.12, size * 0.12)
    else:
        painter.drawPath(shape_path(kind, QPointF(size / 2, size / 2), size * 0.36))
    painter.end()
    return pixmap


def shape_path(kind: str, c: QPointF, r: float) -> QPainterPath:
    path = QPainterPath()
    if kind == "diamond":
        r *= 1.25
        path.addPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                                   QPointF(c.x() - r, c.y())]))
        path.closeSubpath()
    elif kind == "square":
        path.addRoundedRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), r * 0.25, r * 0.25)
    elif kind == "triangle":
        r *= 1.2
        path.addPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y() + r * 0.8),
                                   QPointF(c.x() - r, c.y() + r * 0.8)]))
        path.closeSubpath()
    else:
        path.addEllipse(c, r, r)
    return path
