"""The graphics item that draws eras, lanes, spans, markers, clusters and titles in one batch.

It draws in device pixels (markers and text keep their size at every zoom), lays out only what is visible
through `kztimeline.layout`, caches that layout until the range, size or state changes, and keeps the hit boxes
of what it drew so a click selects exactly what the visitor sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from kztimeline.model import DAY, EventKind, Timeline, to_seconds
from kztimeline.timeline import layout
from kztimeline.timeline import ticks as tick_rules
from kztimeline.timeline.lanes import POLICY_LANE, Lane, build_lanes, lane_of
from kztimeline.ui.theme import Theme, blend, mark_outline, readable_on

MAX_LABEL_PX = 300
MAX_SPAN_ROWS = 3
MAX_ERA_ROWS = 5
_SHAPES = {
    EventKind.CRISIS: "diamond",
    EventKind.DEVALUATION: "diamond",
    EventKind.PLANT_LAUNCH: "square",
    EventKind.LAW: "triangle",
    EventKind.POLICY: "triangle",
}


@dataclass
class ViewState:
    """What the drawing depends on besides the data and the visible range."""

    lang: str = "en"
    selected: int | None = None  # index into timeline.events
    focused: int | None = None  # keyboard focus
    hovered: int | None = None
    highlighted: frozenset[int] | None = None  # search matches or a company's events; None: no highlighting
    hidden_lanes: frozenset[str] = frozenset()
    policy_title: str = "Programmes and policy"
    eras_title: str = "Eras"


@dataclass
class Hit:
    """Something drawn that a click can land on."""

    rect: QRectF
    event: int | None = None  # an event index, or None for a cluster
    start: float = 0.0  # a cluster's time extent
    end: float = 0.0
    best: int | None = None  # a cluster's most important event


@dataclass
class _Drawn:
    hits: list[Hit] = field(default_factory=list)
    lane_rects: dict[str, QRectF] = field(default_factory=dict)
    marker_pos: dict[int, QPointF] = field(default_factory=dict)
    label_count: int = 0


class LanesItem(pg.GraphicsObject):
    """Everything above the figures track, drawn from the timeline in one `paint`."""

    def __init__(self, timeline: Timeline, theme: Theme, font: QFont, lanes: list[Lane] | None = None) -> None:
        super().__init__()
        self.timeline = timeline
        self.lanes: list[Lane] = lanes if lanes is not None else build_lanes(timeline)
        self.theme = theme
        self.state = ViewState()
        self.font = QFont(font)
        self.grid_char_px = 8.0  # the time axis's average character width: grid lines follow its ticks
        self.scale = 1.0  # multiplies every size and font: the font scale, and an export's pixels per point
        self._drawn = _Drawn()
        self._device_transform = None
        self._label_widths: dict[tuple[int, str, float], float] = {}
        self._masks: dict[tuple[str, int], np.ndarray] = {}
        self._badges: dict[tuple, QPixmap] = {}
        self._badge_radii: dict[tuple[str, float], float] = {}
        self.cache_badges = True  # off for vector exports, which keep text as text
        era_starts = np.array([e.start.first_day().toordinal() for e in timeline.eras], dtype=float)
        era_ends = np.array([(e.end or timeline.info.end).last_day().toordinal() for e in timeline.eras], dtype=float)
        self._era_rows = layout.stack_spans(era_starts, era_ends) if len(era_starts) else []
        self._span_rows = {lane.key: lane.span_rows for lane in self.lanes}
        self._point_at = {index: (lane, n) for lane in self.lanes for n, index in enumerate(lane.points)}
        x0 = timeline.range.start_seconds()
        x1 = timeline.range.end_seconds()
        self._bounds = QRectF(x0, 0.0, x1 - x0, 1.0)

    # -- Qt item protocol ------------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(self._bounds)

    @property
    def min_gap(self) -> float:
        """Markers closer than this many pixels merge into a cluster (a cluster badge is about this wide)."""
        return self._px(18)

    def set_state(self, **changes: object) -> None:
        for key, value in changes.items():
            setattr(self.state, key, value)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self._label_widths.clear()
        self.update()

    # -- geometry helpers -------------------------------------------------------------------------------------
    def _px(self, value: float) -> float:
        return value * self.scale

    def _colour(self, lane_key: str) -> QColor:
        if lane_key == POLICY_LANE:
            return QColor(self.theme.policy)
        return QColor(self.timeline.sectors[lane_key].colour)

    def lane_title(self, lane_key: str) -> str:
        if lane_key == POLICY_LANE:
            return self.state.policy_title
        return self.timeline.sectors[lane_key].name.get(self.state.lang)

    def _title_width(self, index: int, metrics: QFontMetricsF) -> float:
        """The drawn width of event `index`'s title, measured once per language and scale (only for titles
        that are candidates on screen, never for a whole lane)."""
        key = (index, self.state.lang, self.scale)
        width = self._label_widths.get(key)
        if width is None:
            title = self.timeline.events[index].title.get(self.state.lang)
            width = min(metrics.horizontalAdvance(title), self._px(MAX_LABEL_PX))
            self._label_widths[key] = width
        return width

    def _highlight_mask(self, lane: Lane) -> np.ndarray | None:
        """Which of the lane's points are highlighted, as an array (cached per highlighting)."""
        highlighted = self.state.highlighted
        if highlighted is None:
            return None
        key = (lane.key, id(highlighted))
        mask = self._masks.get(key)
        if mask is None:
            if len(self._masks) > 64:
                self._masks.clear()
            mask = np.isin(lane.point_array, np.fromiter(highlighted, dtype=np.int64, count=len(highlighted)))
            self._masks[key] = mask
        return mask

    def visible_lanes(self) -> list[Lane]:
        return [lane for lane in self.lanes if lane.key not in self.state.hidden_lanes]

    # -- painting ---------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: object, widget: object = None) -> None:
        vb = self.getViewBox()
        if vb is None:
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        transform = painter.transform()
        device = transform.mapRect(QRectF(x0, y0, x1 - x0, y1 - y0)).normalized()
        if device.width() < 2 or device.height() < 2:
            return
        self._device_transform = transform
        view = layout.Viewport(x0, x1, device.width(), device.left())
        painter.save()
        painter.resetTransform()
        painter.setClipRect(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        drawn = _Drawn()
        badge = self._text_font(0.7, bold=True)
        if getattr(self, "_badge_font", (None,))[0] != badge:  # font or scale changed: measure and draw anew
            self._badge_radii.clear()
            self._badges.clear()
        self._badge_font = (badge, QFontMetricsF(badge))
        self._paint_grid(painter, view, device)
        era_bottom = self._paint_eras(painter, view, device)
        self._paint_lanes(painter, view, QRectF(device.left(), era_bottom, device.width(),
                                                device.bottom() - era_bottom), drawn)
        painter.restore()
        self._drawn = drawn

    def _text_font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        """The label font at `factor` of the base size, times the drawing scale (font scale, export scale)."""
        font = QFont(self.font)
        base = self.font.pixelSize() if self.font.pixelSize() > 0 else 15
        font.setPixelSize(max(6, round(base * factor * self.scale)))
        font.setBold(bold)
        return font

    def _paint_grid(self, painter: QPainter, view: layout.Viewport, device: QRectF) -> None:
        """Faint lines at the time axis's labelled ticks (the same rule, so they line up)."""
        found = tick_rules.ticks(view.start, view.end, device.width(), self.grid_char_px * self.scale)
        painter.setPen(QPen(self.theme.qcolor("grid", 160), 1))
        for seconds in found.major_ticks:
            x = float(view.to_px(seconds))
            painter.drawLine(QPointF(x, device.top()), QPointF(x, device.bottom()))

    def _paint_eras(self, painter: QPainter, view: layout.Viewport, device: QRectF) -> float:
        eras = self.timeline.eras
        if not eras:
            return device.top()
        row_h = self._px(21)
        # at most MAX_ERA_ROWS rows and about a third of the height: the lanes are the story
        rows = min(max(self._era_rows) + 1, MAX_ERA_ROWS, max(4, int(device.height() * 0.3 // row_h)))
        strip_bottom = device.top() + rows * row_h + self._px(6)
        hidden = 0
        font = self._text_font(0.8, bold=True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        band = self.theme.qcolor("era", 12)
        edge = QPen(self.theme.qcolor("era", 110), 1, Qt.PenStyle.DashLine)
        range_end = self.timeline.range.end_seconds()
        for era, row in zip(eras, self._era_rows, strict=True):
            start = era.start.first_day()
            end = (era.end.last_day() if era.end else None)
            xs = float(view.to_px(to_seconds(start)))
            xe = float(view.to_px(to_seconds(end) + DAY if end else range_end))
            if xe < device.left() or xs > device.right():
                continue
            if row >= rows:
                hidden += 1
                continue
            # a faint band behind the lanes, and a labelled bar in the strip
            painter.fillRect(QRectF(xs, strip_bottom, xe - xs, device.bottom() - strip_bottom), band)
            painter.setPen(edge)
            painter.drawLine(QPointF(xs, strip_bottom), QPointF(xs, device.bottom()))
            bar = QRectF(xs, device.top() + self._px(3) + row * row_h, xe - xs, row_h - self._px(3))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.theme.qcolor("era", 60))
            painter.drawRoundedRect(bar, self._px(4), self._px(4))
            visible = bar.intersected(device)
            title = era.title.get(self.state.lang) + ("  ›" if era.end is None else "")
            text_rect = visible.adjusted(self._px(8), 0, -self._px(6), 0)
            if text_rect.width() > metrics.horizontalAdvance("M") * 3:
                painter.setPen(QColor(self.theme.era_text))
                elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, text_rect.width())
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
        if hidden:  # eras beyond the rows shown: say how many
            painter.setPen(QColor(self.theme.era_text))
            painter.drawText(QRectF(device.right() - self._px(80), strip_bottom - row_h, self._px(74), row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"+{hidden}")
        return strip_bottom

    def _lane_heights(self, lanes: list[Lane], total: float) -> list[float]:
        """Share the height by content: busier lanes and lanes with stacked spans get more room."""
        weights = []
        for lane in lanes:
            span_rows = min(MAX_SPAN_ROWS, int(self._span_rows[lane.key].max()) + 1) if lane.spans else 0
            weights.append(1.0 + 0.25 * min(len(lane.points), 64) ** 0.5 + 0.5 * span_rows)
        unit = total / sum(weights) if weights else 0
        return [w * unit for w in weights]

    def _paint_lanes(self, painter: QPainter, view: layout.Viewport, area: QRectF, drawn: _Drawn) -> None:
        lanes = self.visible_lanes()
        if not lanes or area.height() <= 0:
            return
        label_font = self._text_font(1.0)
        label_metrics = QFontMetricsF(label_font)
        title_font = self._text_font(0.8, bold=True)
        top = area.top()
        for n, (lane, height) in enumerate(zip(lanes, self._lane_heights(lanes, area.height()), strict=True)):
            rect = QRectF(area.left(), top, area.width(), height)
            drawn.lane_rects[lane.key] = rect
            if n % 2 == 1:
                painter.fillRect(rect, self.theme.qcolor("surface_alt", 150))
            painter.setPen(QPen(self.theme.qcolor("grid"), 1))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            self._paint_lane(painter, view, lane, rect, label_font, label_metrics, drawn)
            self._paint_lane_title(painter, lane, rect, title_font)
            top += height

    def _lane_title_box(self, lane: Lane, rect: QRectF) -> QRectF:
        metrics = QFontMetricsF(self._text_font(0.8, bold=True))
        text = self.lane_title(lane.key).upper()
        return QRectF(rect.left() + self._px(6), rect.top() + self._px(4),
                      metrics.horizontalAdvance(text) + self._px(24), metrics.height() + self._px(4))

    def _paint_lane_title(self, painter: QPainter, lane: Lane, rect: QRectF, font: QFont) -> None:
        painter.setFont(font)
        text = self.lane_title(lane.key).upper()
        box = self._lane_title_box(lane, rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.qcolor("background", 225))
        painter.drawRoundedRect(box, self._px(4), self._px(4))
        swatch = QRectF(box.left() + self._px(6), box.center().y() - self._px(5), self._px(10), self._px(10))
        painter.setBrush(self._colour(lane.key))
        painter.drawRoundedRect(swatch, self._px(2), self._px(2))
        painter.setPen(QColor(self.theme.muted))
        painter.drawText(box.adjusted(self._px(22), 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_lane(self, painter: QPainter, view: layout.Viewport, lane: Lane, rect: QRectF, font: QFont,
                    metrics: QFontMetricsF, drawn: _Drawn) -> None:
        events = self.timeline.events
        colour = self._colour(lane.key)
        span_rows = self._span_rows[lane.key]
        span_h = self._px(22)
        # at most MAX_SPAN_ROWS rows of bars, and no more than a third of the lane: the rest is counted
        radius = self._px(7)
        room = min(rect.height() * 0.45, rect.height() - 2 * radius - self._px(30))  # markers keep their room
        fit = max(0, int(room // (span_h + self._px(4))))
        shown_rows = min(MAX_SPAN_ROWS, fit, int(span_rows.max()) + 1) if lane.spans else 0
        span_area = shown_rows * (span_h + self._px(4)) + self._px(4) if shown_rows else 0.0
        baseline = rect.bottom() - span_area - radius - self._px(10)
        row_h = metrics.height() + self._px(6)
        label_bottom = baseline - radius - self._px(4)
        rows = max(0, int((label_bottom - rect.top() - self._px(2)) // row_h))
        # the lane's name sits at its top left: rows that reach up to it keep clear of it
        title_box = self._lane_title_box(lane, rect)
        blocked = [(row, title_box.left(), title_box.right() + self._px(6)) for row in range(rows)
                   if label_bottom - (row + 1) * row_h < title_box.bottom()]

        # spans: bars below the baseline, stacked in rows; only those in view (found with arrays, not a walk)
        painter.setFont(font)
        if lane.spans:
            in_view = (lane.span_starts <= view.end) & (lane.span_ends >= view.start)
            hidden = int(np.count_nonzero(in_view & (span_rows >= shown_rows)))
            painter.save()
            painter.setClipRect(rect)
            for k in np.flatnonzero(in_view & (span_rows < shown_rows)).tolist():
                index, row = lane.spans[k], int(span_rows[k])
                xs = float(view.to_px(lane.span_starts[k]))
                xe = float(view.to_px(lane.span_ends[k]))
                bar = QRectF(xs, rect.bottom() - span_area + self._px(4) + row * (span_h + self._px(4)), xe - xs,
                             span_h)
                self._paint_span(painter, bar, index, colour, rect, metrics)
                drawn.hits.append(Hit(bar, index))
            painter.restore()
            if hidden:  # spans beyond the rows shown: say how many, zooming in shows them
                top = rect.bottom() - span_area - self._px(18)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(rect.right() - self._px(22), top + self._px(5), self._px(16),
                                               self._px(7)), self._px(3), self._px(3))
                painter.setPen(QColor(self.theme.muted))
                painter.drawText(QRectF(rect.right() - self._px(180), top, self._px(154), self._px(16)),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"+{hidden}")

        if not lane.points:
            return
        # markers and clusters on the baseline
        marks = layout.cluster(lane.times, view, min_gap=self.min_gap, margin=radius)
        widest = max((m.count for m in marks), default=1)
        if widest >= 10:  # badges with two or three digits are wider than a marker: space clusters by them
            gap = 2 * self._badge_radius(widest, radius) + self._px(3)
            if gap > self.min_gap:
                marks = layout.cluster(lane.times, view, min_gap=gap, margin=radius)
        mask = self._highlight_mask(lane)
        selected_at = self._point_at.get(self.state.selected) if self.state.selected is not None else None
        selected_n = selected_at[1] if selected_at is not None and selected_at[0] is lane else -1
        for mark in marks:
            if mark.count == 1:
                index = lane.points[mark.first]
                dim = mask is not None and not mask[mark.first]
                if index in (self.state.selected, self.state.hovered, self.state.focused):
                    self._paint_precision(painter, view, index, baseline, colour, dim)
                self._paint_marker(painter, QPointF(mark.x, baseline), index, colour, radius, dim)
                drawn.marker_pos[index] = QPointF(mark.x, baseline)
                touch = max(radius, self._px(12))
                drawn.hits.append(Hit(QRectF(mark.x - touch, baseline - touch, 2 * touch, 2 * touch), index))
            else:
                dim = mask is not None and not mask[mark.first:mark.last + 1].any()
                r = self._paint_cluster(painter, QPointF(mark.x, baseline), mark.count, colour, radius, dim)
                if mark.first <= selected_n <= mark.last:
                    painter.setPen(QPen(self.theme.qcolor("accent"), self._px(3)))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(QPointF(mark.x, baseline), r + self._px(4), r + self._px(4))
                best = mark.first + int(np.argmin(lane.priorities[mark.first:mark.last + 1]))
                drawn.hits.append(Hit(QRectF(mark.x - r, baseline - r, 2 * r, 2 * r), None, mark.start, mark.end,
                                      lane.points[best]))
        # titles in rows above the baseline: a cluster shows its most important member's title, "+N"
        representatives, anchors, label_widths, priorities = [], [], [], []
        focus_n = {found[1] for i in (self.state.selected, self.state.focused, self.state.hovered)
                   if i is not None and (found := self._point_at.get(i)) is not None and found[0] is lane}
        for mark in marks:
            inside = [n for n in focus_n if mark.first <= n <= mark.last]
            if inside:
                best, priority = inside[0], 0  # the event in focus always gets its title first
            else:
                best = mark.first + int(np.argmin(lane.priorities[mark.first:mark.last + 1])) if mark.count > 1 \
                    else mark.first
                priority = int(lane.priorities[best])
            representatives.append(best)
            anchors.append(mark.x)
            extra = metrics.horizontalAdvance(f"  +{mark.count - 1}") if mark.count > 1 else 0.0
            label_widths.append(self._title_width(lane.points[best], metrics) + extra)
            priorities.append(priority)
        labels = layout.place_labels(anchors, label_widths, priorities, rows, gap=self._px(10),
                                     right_limit=rect.right() - self._px(4), left_limit=rect.left() + self._px(4),
                                     blocked=blocked)
        painter.setFont(font)
        for label in labels:
            mark = marks[label.index]
            index = lane.points[representatives[label.index]]
            y_text = baseline - radius - self._px(4) - label.row * row_h - row_h
            box = QRectF(label.x - self._px(2), y_text, label.width + self._px(10), row_h - self._px(2))
            dim = mask is not None and not mask[representatives[label.index]]
            stem = QPen(colour if not dim else self.theme.qcolor("grid"), max(1.0, self._px(1.2)))
            painter.setPen(stem)
            painter.drawLine(QPointF(label.stem, baseline - radius), QPointF(label.stem, box.bottom() - self._px(2)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.theme.qcolor("background", 215))
            painter.drawRoundedRect(box, self._px(3), self._px(3))
            text_colour = QColor(self.theme.muted if dim else self.theme.text)
            if index in (self.state.selected, self.state.hovered):
                text_colour = QColor(self.theme.accent)
            painter.setPen(text_colour)
            suffix = f"  +{mark.count - 1}" if mark.count > 1 else ""
            title_width = label.width - (metrics.horizontalAdvance(suffix) if suffix else 0)
            text = metrics.elidedText(events[index].title.get(self.state.lang), Qt.TextElideMode.ElideRight,
                                      title_width + self._px(1)) + suffix
            painter.drawText(box.adjusted(self._px(6), 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            drawn.hits.append(Hit(box, index))
            drawn.label_count += 1

    def _paint_span(self, painter: QPainter, bar: QRectF, index: int, colour: QColor, lane_rect: QRectF,
                    metrics: QFontMetricsF) -> None:
        highlighted = self.state.highlighted
        dim = highlighted is not None and index not in highlighted
        fill = QColor(colour)
        fill.setAlpha(70 if dim else 150)
        painter.setBrush(fill)
        selected = index == self.state.selected
        pen = QPen(self.theme.qcolor("accent") if selected else colour, self._px(3 if selected else 1))
        painter.setPen(pen)
        painter.drawRoundedRect(bar, self._px(5), self._px(5))
        visible = bar.intersected(lane_rect).adjusted(self._px(8), 0, -self._px(6), 0)
        if visible.width() > metrics.horizontalAdvance("MMM"):
            painter.setPen(QColor(readable_on(blend(colour.name(), fill.alpha(), self.theme.background))))
            title = self.timeline.events[index].title.get(self.state.lang)
            painter.drawText(visible, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(title, Qt.TextElideMode.ElideRight, visible.width()))

    def _paint_precision(self, painter: QPainter, view: layout.Viewport, index: int, baseline: float,
                         colour: QColor, dim: bool) -> None:
        """A bracket under a marker whose date is known only to a month or a year, spanning that period."""
        when = self.timeline.events[index].when
        xs = float(view.to_px(when.start_seconds()))
        xe = float(view.to_px(when.end_seconds()))
        if xe - xs < self._px(20):
            return
        y = baseline + self._px(11)
        faint = QColor(colour)
        faint.setAlpha(60 if dim else 140)
        painter.setPen(QPen(faint, self._px(2)))
        painter.drawLine(QPointF(xs, y), QPointF(xe, y))
        painter.drawLine(QPointF(xs, y - self._px(4)), QPointF(xs, y + self._px(1)))
        painter.drawLine(QPointF(xe, y - self._px(4)), QPointF(xe, y + self._px(1)))

    def _paint_marker(self, painter: QPainter, centre: QPointF, index: int, colour: QColor, radius: float,
                      dim: bool) -> None:
        event = self.timeline.events[index]
        fill = QColor(colour)
        if dim:
            fill.setAlpha(70)
        if index == self.state.selected or index == self.state.hovered:
            halo = self.theme.qcolor("accent", 255 if index == self.state.selected else 120)
            painter.setPen(QPen(halo, self._px(3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius + self._px(5), radius + self._px(5))
        if index == self.state.focused:
            painter.setPen(QPen(self.theme.qcolor("accent"), self._px(2), Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius + self._px(9), radius + self._px(9))
        painter.setPen(QPen(QColor(mark_outline(colour.name(), self.theme.background)), self._px(2)))
        painter.setBrush(QBrush(fill))
        painter.drawPath(_shape(_SHAPES.get(event.kind, "circle"), centre, radius))
        # the event's other sectors: small dots under the marker
        others = [s for s in event.sectors if s != lane_of(event)]
        for n, sector_id in enumerate(others):
            dot = QPointF(centre.x() - self._px(6) + n * self._px(7), centre.y() + radius + self._px(6))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.timeline.sectors[sector_id].colour))
            painter.drawEllipse(dot, self._px(3), self._px(3))

    def _badge_radius(self, count: int, radius: float) -> float:
        key = (_badge_text(count), radius)
        r = self._badge_radii.get(key)
        if r is None:
            r = max(radius + self._px(1.5), self._badge_font[1].horizontalAdvance(key[0]) / 2 + self._px(4))
            self._badge_radii[key] = r
        return r

    def _paint_cluster(self, painter: QPainter, centre: QPointF, count: int, colour: QColor, radius: float,
                       dim: bool) -> float:
        """A round badge with the count. On screen it is drawn once into a small picture and then copied
        (a cluster per 20 pixels of every lane, on every frame); vector exports draw it as shapes and text."""
        r = self._badge_radius(count, radius)
        if not self.cache_badges:
            self._draw_badge(painter, centre, count, colour, r, dim)
            return r
        key = (count, colour.rgba(), dim, r, self.theme.name)
        pixmap = self._badges.get(key)
        if pixmap is None:
            if len(self._badges) > 4000:
                self._badges.clear()
            side = int(2 * r + self._px(4)) + 2
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            badge_painter = QPainter(pixmap)
            badge_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            badge_painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._draw_badge(badge_painter, QPointF(side / 2, side / 2), count, colour, r, dim)
            badge_painter.end()
            self._badges[key] = pixmap
        painter.drawPixmap(QPointF(centre.x() - pixmap.width() / 2, centre.y() - pixmap.height() / 2), pixmap)
        return r

    def _draw_badge(self, painter: QPainter, centre: QPointF, count: int, colour: QColor, r: float,
                    dim: bool) -> None:
        font, _ = self._badge_font
        fill = QColor(colour)
        fill.setAlpha(90 if dim else 235)
        painter.setPen(QPen(QColor(mark_outline(colour.name(), self.theme.background)), self._px(2)))
        painter.setBrush(fill)
        painter.drawEllipse(centre, r, r)
        painter.setFont(font)
        painter.setPen(QColor(readable_on(colour.name())))
        painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter,
                         _badge_text(count))

    def nearest_neighbour_gap(self, index: int) -> float | None:
        """Seconds to the closest other point event in the same lane (None for a span or a lone event)."""
        found = self._point_at.get(index)
        if found is None:
            return None
        lane, n = found
        gaps = [lane.times[n] - lane.times[n - 1]] if n > 0 else []
        if n + 1 < len(lane.times):
            gaps.append(lane.times[n + 1] - lane.times[n])
        positive = [g for g in gaps if g > 0]
        return float(min(positive)) if positive else None

    # -- hit-testing ------------------------------------------------------------------------------------------
    def hit(self, item_pos: QPointF) -> Hit | None:
        """What was drawn under `item_pos` (item coordinates), topmost (last drawn) first."""
        if self._device_transform is None:
            return None
        device = self._device_transform.map(item_pos)
        for hit in reversed(self._drawn.hits):
            if hit.rect.contains(device):
                return hit
        return None

    def device_pos_of(self, index: int) -> QPointF | None:
        """Where the marker of event `index` was last drawn, in device pixels (None if not drawn singly)."""
        return self._drawn.marker_pos.get(index)

    def item_pos_from_device(self, device: QPointF) -> QPointF | None:
        if self._device_transform is None:
            return None
        inverse, ok = self._device_transform.inverted()
        return inverse.map(device) if ok else None

    @property
    def drawn_label_count(self) -> int:
        return self._drawn.label_count

    @property
    def drawn_hits(self) -> list[Hit]:
        return list(self._drawn.hits)


KIND_LEGEND = (("circle", QT_TRANSLATE_NOOP("Kinds", "event")),
               ("diamond", QT_TRANSLATE_NOOP("Kinds", "crisis or devaluation")),
               ("square", QT_TRANSLATE_NOOP("Kinds", "plant launch")),
               ("triangle", QT_TRANSLATE_NOOP("Kinds", "law or policy")))


def shape_pixmap(kind: str, colour: QColor, size: int = 16) -> QPixmap:
    """A marker shape as a small picture, for legends outside the timeline."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(_shape(kind, QPointF(size / 2, size / 2), size * 0.36))
    painter.end()
    return pixmap


def _badge_text(count: int) -> str:
    return str(count) if count < 1000 else f"{count // 1000}k"


def _shape(kind: str, c: QPointF, r: float) -> QPainterPath:
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
