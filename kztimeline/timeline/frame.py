"""A frame: everything one paint of the timeline needs, computed with no Qt from the prepared timeline, the view
state, the viewport's size and a text-measuring callback.

Coordinates are device pixels with (0, 0) at the top left of the timeline's area. The graphics item paints a frame
as it is and hit-tests against it; a frame is computed again only when the state or the size changes. Tests build
frames with a fake `Metrics` and no window.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Literal, Protocol

import numpy as np

from kztimeline.model import DAY, EventKind, Timeline, to_seconds
from kztimeline.timeline import layout
from kztimeline.timeline import ticks as tick_rules
from kztimeline.timeline.lanes import POLICY_LANE, Lane, lane_of
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Snapshot

Role = Literal["label", "lane_title", "era", "badge"]
ROLE_FACTORS: dict[Role, tuple[float, bool]] = {  # font size as a factor of the base size, and boldness
    "label": (1.0, False), "lane_title": (0.8, True), "era": (0.8, True), "badge": (0.7, True)}

MAX_LABEL_PX = 300
MAX_SPAN_ROWS = 3
MAX_ERA_ROWS = 5
SHAPES = {
    EventKind.CRISIS: "diamond",
    EventKind.DEVALUATION: "diamond",
    EventKind.PLANT_LAUNCH: "square",
    EventKind.LAW: "triangle",
    EventKind.POLICY: "triangle",
}


class Metrics(Protocol):
    """Measures text in device pixels, in the font of a role (at the frame's scale)."""

    def width(self, text: str, role: Role) -> float: ...

    def height(self, role: Role) -> float: ...


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def intersects(self, other: Rect) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def intersected(self, other: Rect) -> Rect:
        x0, y0 = max(self.x, other.x), max(self.y, other.y)
        x1, y1 = min(self.right, other.right), min(self.bottom, other.bottom)
        return Rect(x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0))


@dataclass(frozen=True, slots=True)
class FrameSpec:
    """The viewport: its size in device pixels, the drawing scale (font scale times an export's pixels per
    logical pixel), the time axis's character width (grid lines follow its ticks) and the policy lane's name."""

    width: float
    height: float
    scale: float = 1.0
    grid_char_px: float = 8.0
    policy_title: str = "Programmes and policy"


@dataclass(frozen=True, slots=True)
class Hit:
    """Something drawn that a click can land on: an event, or a cluster with its time extent and best member."""

    rect: Rect
    event: int | None = None
    start: float = 0.0
    end: float = 0.0
    best: int | None = None


@dataclass(frozen=True, slots=True)
class EraBar:
    bar: Rect  # the labelled bar in the era strip
    text: str
    text_rect: Rect | None  # where the name goes, None when the bar is too narrow for it
    band: tuple[float, float]  # x extent of the faint band behind the lanes


@dataclass(frozen=True, slots=True)
class SpanBar:
    rect: Rect
    index: int
    dim: bool
    text: str
    text_rect: Rect | None


@dataclass(frozen=True, slots=True)
class Marker:
    """One event's marker (count 1) or a cluster's badge (count > 1) on the lane's baseline."""

    x: float
    y: float
    radius: float  # the marker's radius, or the badge's
    count: int
    dim: bool
    index: int | None = None  # the event, for a single marker
    shape: str = "circle"
    others: tuple[str, ...] = ()  # the event's other sectors, drawn as dots
    precision: tuple[float, float] | None = None  # x extent of a month or year bracket, when in focus
    holds_selection: bool = False  # a cluster that contains the selected event
    first: int = 0  # the lane's point positions it stands for
    last: int = 0


@dataclass(frozen=True, slots=True)
class LabelBox:
    box: Rect
    text: str  # the title, cut at paint time to `text_width`
    text_width: float
    suffix: str  # "  +N" for a cluster
    stem_x: float
    stem_top: float
    stem_bottom: float
    index: int  # the event whose title it is
    dim: bool
    row: int


@dataclass(slots=True)
class LaneFrame:
    key: str
    rect: Rect
    title: str
    title_box: Rect
    baseline: float
    radius: float
    striped: bool
    spans: list[SpanBar] = field(default_factory=list)
    hidden_spans: int = 0
    hidden_spans_top: float = 0.0
    markers: list[Marker] = field(default_factory=list)
    labels: list[LabelBox] = field(default_factory=list)


@dataclass(slots=True)
class Frame:
    spec: FrameSpec
    state: Snapshot
    grid: list[float] = field(default_factory=list)
    eras: list[EraBar] = field(default_factory=list)
    hidden_eras: int = 0
    era_row_h: float = 0.0
    era_bottom: float = 0.0
    lanes: list[LaneFrame] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    marker_pos: dict[int, tuple[float, float]] = field(default_factory=dict)

    @property
    def label_count(self) -> int:
        return sum(len(lane.labels) for lane in self.lanes)

    def hit(self, x: float, y: float) -> Hit | None:
        """What is drawn at (x, y), topmost (last drawn) first."""
        for found in reversed(self.hits):
            if found.rect.contains(x, y):
                return found
        return None

    def events_shown(self) -> list[int]:
        """Every event index the frame draws singly, as a span, or inside a cluster (each once)."""
        return [lane_event for lane in self.lanes for lane_event in _lane_events(lane)]


def _lane_events(lane: LaneFrame) -> list[int]:
    return [s.index for s in lane.spans] + [m.index for m in lane.markers if m.index is not None]


def label_text(timeline: Timeline, index: int, lang: str) -> str:
    """What the lanes show for an event: its curated short label, or its title."""
    event = timeline.events[index]
    short = getattr(event, "short_label", None)
    return str(short(lang)) if callable(short) else event.title.get(lang)


def badge_text(count: int) -> str:
    return str(count) if count < 1000 else f"{count // 1000}k"


class FrameBuilder:
    """Builds frames for one prepared timeline, keeping what stays the same between frames (highlight masks)."""

    def __init__(self, timeline: Timeline, prepared: Prepared) -> None:
        self.timeline = timeline
        self.prepared = prepared
        self._masks: dict[tuple[str, Hashable], np.ndarray] = {}

    def build(self, state: Snapshot, spec: FrameSpec, metrics: Metrics) -> Frame:
        frame = Frame(spec, state)
        if spec.width < 2 or spec.height < 2:
            return frame
        view = layout.Viewport(state.start, state.end, spec.width, 0.0)
        px = spec.scale
        found = tick_rules.ticks(view.start, view.end, spec.width, spec.grid_char_px * px)
        frame.grid = [float(view.to_px(s)) for s in found.major_ticks]
        top = self._eras(frame, view, metrics)
        shown = [(no, lane) for no, lane in enumerate(self.prepared.lanes) if lane.key not in state.hidden_lanes]
        area = Rect(0.0, top, spec.width, spec.height - top)
        if not shown or area.h <= 0:
            return frame
        y = area.y
        heights = self._lane_heights([lane for _, lane in shown], area.h)
        self._make_room_for_focus(frame, shown, heights, metrics)
        for n, ((lane_no, lane), height) in enumerate(zip(shown, heights, strict=True)):
            rect = Rect(0.0, y, spec.width, height)
            frame.lanes.append(self._lane(frame, view, lane_no, lane, rect, n % 2 == 1, metrics))
            y += height
        return frame

    # -- eras -------------------------------------------------------------------------------------------------
    def _eras(self, frame: Frame, view: layout.Viewport, metrics: Metrics) -> float:
        eras = self.timeline.eras
        spec, px = frame.spec, frame.spec.scale
        if not eras:
            return 0.0
        row_h = 21 * px
        era_rows = self.prepared.era_rows
        # at most MAX_ERA_ROWS rows and about a third of the height: the lanes are the story
        rows = min(max(era_rows) + 1, MAX_ERA_ROWS, max(4, int(spec.height * 0.3 // row_h)))
        strip_bottom = rows * row_h + 6 * px
        frame.era_row_h, frame.era_bottom = row_h, strip_bottom
        device = Rect(0.0, 0.0, spec.width, spec.height)
        wide_enough = metrics.width("M", "era") * 3
        range_end = self.timeline.range.end_seconds()
        for era, row in zip(eras, era_rows, strict=True):
            xs = float(view.to_px(to_seconds(era.start.first_day())))
            xe = float(view.to_px(to_seconds(era.end.last_day()) + DAY if era.end else range_end))
            if xe < 0 or xs > spec.width:
                continue
            if row >= rows:
                frame.hidden_eras += 1
                continue
            bar = Rect(xs, 3 * px + row * row_h, xe - xs, row_h - 3 * px)
            visible = bar.intersected(device)
            text_rect = Rect(visible.x + 8 * px, visible.y, visible.w - 14 * px, visible.h)
            text = era.title.get(frame.state.lang) + ("  ›" if era.end is None else "")
            frame.eras.append(EraBar(bar, text, text_rect if text_rect.w > wide_enough else None, (xs, xe)))
        return strip_bottom

    # -- lanes ------------------------------------------------------------------------------------------------
    def _lane_heights(self, lanes: list[Lane], total: float) -> list[float]:
        """Share the height by content: busier lanes and lanes with stacked spans get more room."""
        weights = []
        for lane in lanes:
            span_rows = min(MAX_SPAN_ROWS, int(lane.span_rows.max()) + 1) if lane.spans else 0
            weights.append(1.0 + 0.25 * min(len(lane.points), 64) ** 0.5 + 0.5 * span_rows)
        unit = total / sum(weights) if weights else 0.0
        return [w * unit for w in weights]

    def _make_room_for_focus(self, frame: Frame, shown: list[tuple[int, Lane]], heights: list[float],
                             metrics: Metrics) -> None:
        """The lane of the selected (or focused) event gets at least one row of titles, so the event in focus
        is always named beside its marker; the other lanes share what is left."""
        state, px = frame.state, frame.spec.scale
        index = state.selected if state.selected is not None else state.focused
        found = self.prepared.point_at.get(index) if index is not None else None
        if found is None:
            return
        at = next((n for n, (lane_no, _) in enumerate(shown) if lane_no == found[0]), None)
        if at is None:
            return
        lane = shown[at][1]
        spans = (22 + 4) * px + 4 * px if lane.spans else 0.0
        need = spans + 2 * 7 * px + 20 * px + metrics.height("label") + 6 * px
        total = sum(heights)
        if heights[at] >= need or need >= total:
            return
        rest = total - heights[at]
        shrink = (total - need) / rest if rest > 0 else 0.0
        for n in range(len(heights)):
            heights[n] = need if n == at else heights[n] * shrink

    def lane_title(self, key: str, frame: Frame) -> str:
        if key == POLICY_LANE:
            return frame.spec.policy_title
        return self.timeline.sectors[key].name.get(frame.state.lang)

    def _mask(self, lane: Lane, state: Snapshot) -> np.ndarray | None:
        """Which of the lane's points are highlighted (None: no highlighting), kept while the highlight is equal."""
        highlight = state.highlight
        if highlight is None:
            return None
        key = (lane.key, highlight)
        mask = self._masks.get(key)
        if mask is None:
            if len(self._masks) > 64:
                self._masks.clear()
            wanted = np.fromiter(highlight.events, dtype=np.int64, count=len(highlight.events))
            mask = np.isin(lane.point_array, wanted)
            self._masks[key] = mask
        return mask

    def _lane(self, frame: Frame, view: layout.Viewport, lane_no: int, lane: Lane, rect: Rect, striped: bool,
              metrics: Metrics) -> LaneFrame:
        state, px = frame.state, frame.spec.scale
        events = self.timeline.events
        lang = state.lang
        title = self.lane_title(lane.key, frame)
        title_box = Rect(rect.x + 6 * px, rect.y + 4 * px, metrics.width(title.upper(), "lane_title") + 24 * px,
                         metrics.height("lane_title") + 4 * px)
        span_rows = lane.span_rows
        span_h = 22 * px
        radius = 7 * px
        # at most MAX_SPAN_ROWS rows of bars, and no more than about half the lane: the rest is counted
        room = min(rect.h * 0.45, rect.h - 2 * radius - 30 * px)  # markers keep their room
        fit = max(0, int(room // (span_h + 4 * px)))
        shown_rows = min(MAX_SPAN_ROWS, fit, int(span_rows.max()) + 1) if lane.spans else 0
        span_area = shown_rows * (span_h + 4 * px) + 4 * px if shown_rows else 0.0
        baseline = rect.bottom - span_area - radius - 10 * px
        out = LaneFrame(lane.key, rect, title, title_box, baseline, radius, striped)
        highlighted = state.highlighted

        # spans: bars below the baseline, stacked in rows; only those in view (found with arrays, not a walk)
        if lane.spans:
            in_view = (lane.span_starts <= view.end) & (lane.span_ends >= view.start)
            out.hidden_spans = int(np.count_nonzero(in_view & (span_rows >= shown_rows)))
            out.hidden_spans_top = rect.bottom - span_area - 18 * px
            wide_enough = metrics.width("MMM", "label")
            for k in np.flatnonzero(in_view & (span_rows < shown_rows)).tolist():
                index, row = lane.spans[k], int(span_rows[k])
                xs = float(view.to_px(lane.span_starts[k]))
                xe = float(view.to_px(lane.span_ends[k]))
                bar = Rect(xs, rect.bottom - span_area + 4 * px + row * (span_h + 4 * px), xe - xs, span_h)
                visible = bar.intersected(rect)
                text_rect = Rect(visible.x + 8 * px, visible.y, visible.w - 14 * px, visible.h)
                dim = highlighted is not None and index not in highlighted
                out.spans.append(SpanBar(bar, index, dim, events[index].title.get(lang),
                                         text_rect if text_rect.w > wide_enough else None))
                frame.hits.append(Hit(bar, index))
        if not lane.points:
            return out

        # markers and clusters on the baseline
        min_gap = 18 * px
        marks = layout.cluster(lane.times, view, min_gap=min_gap, margin=radius)
        widest = max((m.count for m in marks), default=1)
        if widest >= 10:  # badges with two or three digits are wider than a marker: space clusters by them
            gap = 2 * self._badge_radius(widest, radius, px, metrics) + 3 * px
            if gap > min_gap:
                marks = layout.cluster(lane.times, view, min_gap=gap, margin=radius)
        mask = self._mask(lane, state)
        own = self.prepared.point_at
        selected_n = own[state.selected][1] if state.selected in own and own[state.selected][0] == lane_no else -1
        in_focus = {state.selected, state.hovered, state.focused} - {None}
        best_of: list[int] = []
        for mark in marks:
            if mark.count == 1:
                best_of.append(mark.first)
                index = lane.points[mark.first]
                event = events[index]
                dim = mask is not None and not bool(mask[mark.first])
                precision = None
                if index in in_focus:
                    xs = float(view.to_px(event.when.start_seconds()))
                    xe = float(view.to_px(event.when.end_seconds()))
                    precision = (xs, xe) if xe - xs >= 20 * px else None
                home = lane_of(event)
                out.markers.append(Marker(mark.x, baseline, radius, 1, dim, index, SHAPES.get(event.kind, "circle"),
                                          tuple(s for s in event.sectors if s != home), precision,
                                          first=mark.first, last=mark.last))
                frame.marker_pos[index] = (mark.x, baseline)
                touch = max(radius, 12 * px)
                frame.hits.append(Hit(Rect(mark.x - touch, baseline - touch, 2 * touch, 2 * touch), index))
            else:
                best = mark.first + int(np.argmin(lane.priorities[mark.first:mark.last + 1]))
                best_of.append(best)
                dim = mask is not None and not bool(mask[mark.first:mark.last + 1].any())
                r = self._badge_radius(mark.count, radius, px, metrics)
                out.markers.append(Marker(mark.x, baseline, r, mark.count, dim,
                                          holds_selection=mark.first <= selected_n <= mark.last,
                                          first=mark.first, last=mark.last))
                frame.hits.append(Hit(Rect(mark.x - r, baseline - r, 2 * r, 2 * r), None, mark.start, mark.end,
                                      lane.points[best]))
        self._labels(frame, lane_no, lane, out, marks, best_of, mask, metrics)
        return out

    def _labels(self, frame: Frame, lane_no: int, lane: Lane, out: LaneFrame, marks: list[layout.Mark],
                best_of: list[int], mask: np.ndarray | None, metrics: Metrics) -> None:
        """Titles in rows above the baseline: a cluster shows its most important member's title, "+N"."""
        state, px = frame.state, frame.spec.scale
        rect, baseline, radius = out.rect, out.baseline, out.radius
        row_h = metrics.height("label") + 6 * px
        label_bottom = baseline - radius - 4 * px
        rows = max(0, int((label_bottom - rect.y - 2 * px) // row_h))
        # the lane's name sits at its top left: rows that reach up to it keep clear of it
        blocked = [(row, out.title_box.x, out.title_box.right + 6 * px) for row in range(rows)
                   if label_bottom - (row + 1) * row_h < out.title_box.bottom]
        own = self.prepared.point_at
        focus_n = {own[i][1] for i in (state.selected, state.focused, state.hovered)
                   if i is not None and i in own and own[i][0] == lane_no}
        representatives, anchors, widths, priorities, texts, suffixes = [], [], [], [], [], []
        for mark, best in zip(marks, best_of, strict=True):
            inside = sorted(n for n in focus_n if mark.first <= n <= mark.last)
            if inside:
                best, priority = inside[0], 0  # the event in focus always gets its title first
            else:
                priority = int(lane.priorities[best])
            index = lane.points[best]
            text = label_text(self.timeline, index, state.lang)
            suffix = f"  +{mark.count - 1}" if mark.count > 1 else ""
            text_width = min(metrics.width(text, "label"), MAX_LABEL_PX * px)
            representatives.append(best)
            anchors.append(mark.x)
            widths.append(text_width + (metrics.width(suffix, "label") if suffix else 0.0))
            priorities.append(priority)
            texts.append((text, text_width))
            suffixes.append(suffix)
        placed = layout.place_labels(anchors, widths, priorities, rows, gap=10 * px,
                                     right_limit=rect.right - 4 * px, left_limit=rect.x + 4 * px, blocked=blocked)
        for label in placed:
            n = label.index
            index = lane.points[representatives[n]]
            y_text = label_bottom - label.row * row_h - row_h
            box = Rect(label.x - 2 * px, y_text, label.width + 10 * px, row_h - 2 * px)
            dim = mask is not None and not bool(mask[representatives[n]])
            text, text_width = texts[n]
            out.labels.append(LabelBox(box, text, text_width, suffixes[n], label.stem, baseline - radius,
                                       box.bottom - 2 * px, index, dim, label.row))
            frame.hits.append(Hit(box, index))

    def _badge_radius(self, count: int, radius: float, px: float, metrics: Metrics) -> float:
        return max(radius + 1.5 * px, metrics.width(badge_text(count), "badge") / 2 + 4 * px)
