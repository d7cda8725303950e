"""A frame: everything one paint of the timeline needs, computed with no Qt from the prepared timeline, the view
state, the viewport's size and a text-measuring callback.

Coordinates are device pixels with (0, 0) at the top left of the timeline's area. The graphics item paints a frame
as it is and hit-tests against it; a frame is computed again only when the state or the size changes. Tests build
frames with a fake `Metrics` and no window.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

import numpy as np

from kztimeline.model import DAY, Event, EventKind, Timeline, to_seconds
from kztimeline.timeline import layout
from kztimeline.timeline import ticks as tick_rules
from kztimeline.timeline.lanes import POLICY_LANE, Lane, lane_of
from kztimeline.timeline.lod import Members, spread
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Highlight, Snapshot, sorted_events

Role = Literal["label", "lane_title", "era", "badge", "date", "summary"]
ROLE_FACTORS: dict[Role, tuple[float, bool]] = {  # font size as a factor of the base size, and boldness
    "label": (0.87, False), "lane_title": (0.75, True), "era": (0.75, True), "badge": (0.7, True),
    "date": (0.87, True), "summary": (0.6, False)}
# a poster's type (see export.poster.Typography: on A2, labels 14 pt, lane names 18 pt, summaries 9 pt)
POSTER_ROLE_FACTORS: dict[Role, tuple[float, bool]] = {
    **ROLE_FACTORS, "lane_title": (0.87 * 18 / 14, True), "era": (0.87 * 13 / 14, True),
    "summary": (0.87 * 9.5 / 14, False)}

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

    def widths(self, texts: Sequence[str], role: Role) -> np.ndarray:
        """The widths of many texts at once, as `width` gives each."""
        ...

    def height(self, role: Role) -> float: ...


# FRAME_PARTS: the parts of a frame (rectangles, hit areas, markers, labels, bars) are plain slotted dataclasses,
# hashed by value as frozen ones are, but not frozen: a frame makes hundreds of them on every repaint, and a frozen
# dataclass sets each field through object.__setattr__ (a Marker, 13 fields: 1.5 us against 0.27 us). Nothing
# changes a part once its frame is built.
@dataclass(slots=True, unsafe_hash=True)
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
    poster: bool = False  # labels carry their notes (date, sources, summary): see FrameBuilder.notes
    warp: layout.Warp | None = None  # a poster's time scale, with quiet years narrowed
    leading: float = 0.9  # a poster's label rows as a share of the font's height (print sets lines closer)
    # the length the time axis chooses its ticks for (its line reaches a pixel past each end of the view); the
    # grid follows the same ticks, and asks for them as the axis does (0: the width)
    tick_width: float = 0.0


@dataclass(frozen=True, slots=True)
class LabelNote:
    """What a poster adds to an event's label: a date before it, source numbers after it, a summary below."""

    prefix: str = ""
    suffix: str = ""
    summary: str = ""

    def prefix_for(self, text: str) -> str:
        """The date, unless the text says it already ("2009: growth despite the crisis")."""
        return "" if not self.prefix or self.prefix in text else self.prefix

    def around(self, text: str) -> str:
        """The text with its date before it and its source numbers after it, as one run."""
        return " ".join(p for p in (self.prefix_for(text), text, self.suffix) if p)


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see FRAME_PARTS
class Hit:
    """Something drawn that a click can land on: an event, or a cluster with its time extent and best member."""

    rect: Rect
    event: int | None = None
    start: float = 0.0
    end: float = 0.0
    best: int | None = None
    members: Sequence[int] = ()  # a cluster's events, most important first
    lane: str | None = None  # a lane's name: a tap collapses or opens the lane


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see FRAME_PARTS
class EraBar:
    bar: Rect  # the labelled bar in the era strip
    text: str  # the name as it fits, shortened only at a word boundary
    text_rect: Rect | None  # where the name goes, None when the bar is too narrow for it
    band: tuple[float, float]  # x extent of the faint band behind the lanes


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see FRAME_PARTS
class SpanBar:
    rect: Rect
    index: int
    dim: bool
    text: str  # the title or label as it fits (shortened only at a word boundary), "" when nothing fits
    text_rect: Rect | None
    whole: bool  # the text is the event's whole title or label
    outside: bool = False  # the text is beside the bar (it did not fit inside)


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see FRAME_PARTS
class Marker:
    """One event's marker (count 1), beside its label or alone, or a cluster's badge (count > 1) standing for
    the events of `members` (event indices) that no label row could hold."""

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
    members: Sequence[int] = ()  # a cluster's events, most important first
    start: float = 0.0  # seconds of the first and last event it stands for
    end: float = 0.0


@dataclass(slots=True)
class Strip:
    """A lane's marker strip as arrays, one entry per mark (drawn in this order): a single event's marker
    (count 1) or a cluster's badge (count > 1). Painting stamps them from these arrays in a few batched calls
    and hit-testing searches them; `markers()` and `hits()` give them as objects (tests, tooltips, posters)."""

    y: float
    touch: float  # half the side of a single marker's hit box
    x: np.ndarray
    radius: np.ndarray
    count: np.ndarray
    dim: np.ndarray
    event: np.ndarray  # a single marker's event index, a badge's best member
    style: np.ndarray  # a single marker's look: an index into `styles` ((shape, other sectors)); -1 for a badge
    styles: Sequence[tuple[str, tuple[str, ...]]]
    lo: np.ndarray  # the lane positions [lo, hi) a mark stands for
    hi: np.ndarray
    start: np.ndarray  # seconds of its first and last event
    end: np.ndarray
    holds: np.ndarray  # a badge that stands for the selected event
    points: np.ndarray  # the lane's event indices by position, its priorities and the positions drawn in rows
    priorities: np.ndarray
    labelled: np.ndarray
    at: int = 0  # where its hits go among the frame's other hits (what is drawn after it is hit first)

    def __len__(self) -> int:
        return len(self.x)

    def half(self) -> np.ndarray:
        """Half the side of each mark's hit box."""
        return np.where(self.count == 1, self.touch, self.radius)

    def find(self, x: float, y: float) -> int | None:
        """The last drawn mark whose hit box holds (x, y), or None."""
        half = self.half()
        inside = np.flatnonzero((np.abs(self.x - x) <= half) & (abs(y - self.y) <= half))
        return int(inside[-1]) if len(inside) else None

    def members(self, k: int) -> Members:
        lo, hi = int(self.lo[k]), int(self.hi[k])
        labelled = self.labelled
        inner = labelled[np.searchsorted(labelled, lo):np.searchsorted(labelled, hi)]
        return Members(self.points, self.priorities, lo, hi, inner, int(self.count[k]))

    def hit(self, k: int) -> Hit:
        x, h = float(self.x[k]), float(self.half()[k])
        rect = Rect(x - h, self.y - h, 2 * h, 2 * h)
        if self.count[k] == 1:
            return Hit(rect, int(self.event[k]))
        return Hit(rect, None, float(self.start[k]), float(self.end[k]), int(self.event[k]), self.members(k))

    def hits(self) -> list[Hit]:
        return [self.hit(k) for k in range(len(self))]

    def marker(self, k: int) -> Marker:
        x, r, dim = float(self.x[k]), float(self.radius[k]), bool(self.dim[k])
        if self.count[k] == 1:
            shape, others = self.styles[int(self.style[k])]
            return Marker(x, self.y, r, 1, dim, int(self.event[k]), shape, others)
        return Marker(x, self.y, r, int(self.count[k]), dim, holds_selection=bool(self.holds[k]),
                      members=self.members(k), start=float(self.start[k]), end=float(self.end[k]))

    def markers(self) -> list[Marker]:
        return [self.marker(k) for k in range(len(self))]


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see FRAME_PARTS
class LabelBox:
    """An event's label, whole: on one line, or on two (`text` holds a line break)."""

    box: Rect
    text: str
    text_width: float  # the widest line
    index: int  # the event whose label it is
    dim: bool
    row: int
    lines: int = 1
    prefix: str = ""  # a poster's date, drawn before the text on its first line
    suffix: str = ""  # a poster's source numbers, drawn after the text on its last line


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see FRAME_PARTS
class SummaryBox:
    """A poster's summary under its label, in whole lines."""

    box: Rect
    lines: tuple[str, ...]
    index: int
    dim: bool


@dataclass(slots=True)
class LaneFrame:
    key: str
    rect: Rect
    title: str
    title_box: Rect
    row_h: float
    rows: int  # label rows given to the lane
    striped: bool
    collapsed: bool = False
    squeezed: bool = False  # shorter than its name row and marker strip need: things may touch
    strip_y: float = 0.0  # the baseline of the markers no row could label (0: no such strip)
    spans: list[SpanBar] = field(default_factory=list)
    hidden_spans: int = 0
    hidden_spans_top: float = 0.0
    row_markers: list[Marker] = field(default_factory=list)  # the markers beside labels, and the strip's few
    strip: Strip | None = None  # ... drawn with rings: the other markers of the strip, as arrays
    labels: list[LabelBox] = field(default_factory=list)
    summaries: list[SummaryBox] = field(default_factory=list)

    @property
    def markers(self) -> list[Marker]:
        """Every marker and badge of the lane, as objects (the strip's are built on each call)."""
        strip = self.strip.markers() if self.strip is not None else []
        return [*self.row_markers, *strip]


class MarkerPositions(Mapping[int, tuple[float, float]]):
    """Where each event drawn as its own marker stands: the markers beside labels (and those drawn with rings)
    as they are placed, the strips' single markers looked up in their arrays only when asked for (a frame has
    a thousand, and is asked for a few)."""

    def __init__(self, strips: list[Strip]) -> None:
        self.placed: dict[int, tuple[float, float]] = {}
        self._strips = strips

    def __setitem__(self, index: int, at: tuple[float, float]) -> None:
        self.placed[index] = at

    def __getitem__(self, index: int) -> tuple[float, float]:
        found = self.placed.get(index)
        if found is not None:
            return found
        for strip in reversed(self._strips):
            k = np.flatnonzero((strip.event == index) & (strip.count == 1))
            if len(k):
                return float(strip.x[k[-1]]), strip.y
        raise KeyError(index)

    def _strip_events(self) -> list[int]:
        return [int(e) for strip in self._strips for e in strip.event[strip.count == 1].tolist()]

    def __iter__(self) -> Iterator[int]:
        return iter(dict.fromkeys([*self._strip_events(), *self.placed]))

    def __len__(self) -> int:
        return len(set(self._strip_events()) | set(self.placed))


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
    fixed_hits: list[Hit] = field(default_factory=list)  # all but the marker strips' (see `hits`)
    strips: list[Strip] = field(default_factory=list)
    marker_pos: MarkerPositions = field(init=False)  # where each event's own marker is
    quiet: list[tuple[float, float]] = field(default_factory=list)  # x extents of a warp's narrowed years

    def __post_init__(self) -> None:
        self.marker_pos = MarkerPositions(self.strips)

    @property
    def label_count(self) -> int:
        return sum(len(lane.labels) for lane in self.lanes)

    @property
    def hits(self) -> list[Hit]:
        """Everything a click can land on, in drawing order (the strips' marks built as objects on each call)."""
        out: list[Hit] = []
        done = 0
        for strip in self.strips:
            out += self.fixed_hits[done:strip.at]
            out += strip.hits()
            done = strip.at
        return out + self.fixed_hits[done:]

    def hit(self, x: float, y: float) -> Hit | None:
        """What is drawn at (x, y), topmost (last drawn) first."""
        end = len(self.fixed_hits)
        for strip in reversed(self.strips):
            for found in reversed(self.fixed_hits[strip.at:end]):
                if found.rect.contains(x, y):
                    return found
            k = strip.find(x, y)
            if k is not None:
                return strip.hit(k)
            end = strip.at
        for found in reversed(self.fixed_hits[:end]):
            if found.rect.contains(x, y):
                return found
        return None


def label_text(timeline: Timeline, index: int, lang: str) -> str:
    """What the lanes show for an event: its curated short label (its title when it has none)."""
    return timeline.events[index].short_label(lang)


def readable_events(frame: Frame) -> set[int]:
    """The events whose label (or span title) the frame shows whole: what a visitor can read at a glance."""
    shown = {label.index for lane in frame.lanes for label in lane.labels}
    shown |= {span.index for lane in frame.lanes for span in lane.spans if span.whole}
    return shown


def badge_text(count: int) -> str:
    return str(count) if count < 1000 else f"{count // 1000}k"


def count_codes(counts: np.ndarray) -> np.ndarray:
    """A number for each count's text (`badge_text`): counts under 1,000 are written whole, larger ones in
    thousands ("12k"), so that equal codes are equal texts."""
    return np.where(counts < 1000, counts, 1000 + counts // 1000)


def count_code(count: int) -> int:
    """`count_codes` for one count, without arrays."""
    return count if count < 1000 else 1000 + count // 1000


def code_text(code: int) -> str:
    """The badge text of a count code."""
    return badge_text(code if code < 1000 else (code - 1000) * 1000)


class FrameBuilder:
    """Builds frames for one prepared timeline, keeping what stays the same between frames (highlight masks)."""

    def __init__(self, timeline: Timeline, prepared: Prepared) -> None:
        self.timeline = timeline
        self.prepared = prepared
        self._masks: dict[str, np.ndarray] = {}  # the current highlight's, by lane
        self._lit_for: tuple[Highlight, np.ndarray] | None = None  # the last highlight, over all events
        self._handovers: list[float] | None = None  # for each era, when the next in its row begins
        self._sums: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # id of a mask -> (the mask, its running counts)
        self._style_codes: dict[int, np.ndarray] = {}  # a lane's markers' looks by position (-1: not found yet)
        self._style_index: dict[tuple[str, tuple[str, ...]], int] = {}
        self._style_list: list[tuple[str, tuple[str, ...]]] = []
        # badges' radii by count code, per marker radius and scale, for the metrics of the cached plans (NaN: not
        # worked out yet)
        self._radius_tables: dict[tuple[float, float], np.ndarray] = {}
        self._plans: dict[tuple[object, ...], _Plan] = {}
        self._span_rows: dict[tuple[object, ...], tuple[layout.Warp | None, dict[int, int]]] = {}  # a poster's bars
        self._plans_metrics: Metrics | None = None
        self._wrapped: dict[str, tuple[str, str] | None] = {}
        # each lane's label widths (one line, two lines; -1: not measured yet, NaN: cannot wrap) for a language,
        # poster or not
        self._widths: dict[tuple[int, str, bool], tuple[np.ndarray, np.ndarray]] = {}
        self._measured: set[tuple[str, int]] = set()  # (language, metrics) whose labels are all measured
        self._poster = False
        self.notes: Mapping[int, LabelNote] = {}  # a poster's, by event index (used when the spec is a poster's)

    def set_notes(self, notes: Mapping[int, LabelNote]) -> None:
        """A poster's notes, kept as given (a poster's are written as they are asked for)."""
        self.notes = notes
        self._plans.clear()
        self._span_rows.clear()
        self._widths.clear()
        self._measured.clear()

    def build(self, state: Snapshot, spec: FrameSpec, metrics: Metrics) -> Frame:
        frame = Frame(spec, state)
        self._poster = spec.poster
        if spec.width < 2 or spec.height < 2:
            return frame
        view = layout.Viewport(state.start, state.end, spec.width, 0.0, spec.warp)
        px = spec.scale
        found = tick_rules.warped_ticks(view.start, view.end, spec.tick_width or spec.width, spec.grid_char_px * px,
                                        spec.warp)
        frame.grid = [float(view.to_px(s)) for s in found.major_ticks]
        if spec.warp is not None:
            frame.quiet = [(float(view.to_px(a)), float(view.to_px(b))) for a, b in spec.warp.quiet]
        top = self._eras(frame, view, metrics)
        shown = [(no, lane) for no, lane in enumerate(self.prepared.lanes) if lane.key not in state.hidden_lanes]
        area = Rect(0.0, top, spec.width, spec.height - top)
        if not shown or area.h <= 0:
            return frame
        g = _Geometry.of(px, metrics, spec.poster, spec.leading if spec.poster else 1.0)
        # no lane can get more label rows than the height holds beside every other lane's name row: flags are
        # placed in those rows only (deeper ones would cost time and never be shown)
        n = len(shown)
        room = area.h - n * (g.top_pad + g.bottom_pad) - (n - 1) * g.row_h
        max_rows = int(min(MAX_FLAG_ROWS, max(1, room // g.row_h)))
        # nor more than the height holds beside every other lane's least (`_row_ceilings`); and first only in a
        # few rows each, deeper for the lanes that the height gives every row they have
        ceilings = self._row_ceilings(frame, view, shown, area.h, g, max_rows)
        caps = [min(ceiling, FIRST_FLAG_ROWS) for ceiling in ceilings]
        # a plan depends on the height only through the rows its flags are placed in (an export lays its poster
        # out at a few heights, mostly with the same caps): it is kept by the size less the height
        spec_key = replace(spec, height=0.0)
        plans = [self._cached_plan(frame, view, lane_no, lane, g, metrics, cap, spec_key)
                 for (lane_no, lane), cap in zip(shown, caps, strict=True)]
        while True:
            heights = self._allocate(plans, area.h, g)
            deeper = [k for k, plan in enumerate(plans)
                      if caps[k] < ceilings[k] and not plan.collapsed and plan.rows >= caps[k]]
            if not deeper:
                break
            for k in deeper:
                caps[k] = min(ceilings[k], 2 * caps[k])
                lane_no, lane = shown[k]
                plans[k] = self._cached_plan(frame, view, lane_no, lane, g, metrics, caps[k], spec_key)
        y = area.y
        for n, (plan, height) in enumerate(zip(plans, heights, strict=True)):
            frame.lanes.append(self._lane(frame, view, plan, Rect(0.0, y, spec.width, height), n % 2 == 1, g,
                                          metrics))
            y += height
        return frame

    # -- eras -------------------------------------------------------------------------------------------------
    def _eras(self, frame: Frame, view: layout.Viewport, metrics: Metrics) -> float:
        eras = self.timeline.eras
        spec, px = frame.spec, frame.spec.scale
        if not eras:
            return 0.0
        row_h = (17 if not spec.poster else 17 * spec.leading / 0.9) * px
        era_rows = self.prepared.era_rows
        # at most MAX_ERA_ROWS rows and about a third of the height: the lanes are the story
        rows = min(max(era_rows) + 1, MAX_ERA_ROWS, max(4, int(spec.height * 0.3 // row_h)))
        strip_bottom = rows * row_h + 6 * px
        frame.era_row_h, frame.era_bottom = row_h, strip_bottom
        device = Rect(0.0, 0.0, spec.width, spec.height)
        wide_enough = metrics.width("M", "era") * 3
        range_end = self.timeline.range.end_seconds()
        for era, row, handover in zip(eras, era_rows, self._era_handovers(), strict=True):
            ends = to_seconds(era.end.last_day()) + DAY if era.end else range_end
            xs = float(view.to_px(to_seconds(era.start.first_day())))
            # an era sharing its row with the next (which begins in the month it ends) hands its bar over there
            xe = float(view.to_px(min(ends, handover)))
            if xe < 0 or xs > spec.width:
                continue
            if row >= rows:
                frame.hidden_eras += 1
                continue
            bar = Rect(xs, 3 * px + row * row_h, xe - xs, row_h - 3 * px)
            visible = bar.intersected(device)
            text_rect = Rect(visible.x + 8 * px, visible.y, visible.w - 14 * px, visible.h)
            title = era.title.get(frame.state.lang) + ("  ›" if era.end is None else "")
            text = layout.shorten(title, text_rect.w, lambda t: metrics.width(t, "era")) if text_rect.w > wide_enough \
                else None
            frame.eras.append(EraBar(bar, text or "", text_rect if text else None, (xs, xe)))
        return strip_bottom

    def _era_handovers(self) -> list[float]:
        """For each era, when the next era in its row begins (seconds; infinity when none does)."""
        if self._handovers is None:
            eras, rows = self.timeline.eras, self.prepared.era_rows
            starts = [to_seconds(era.start.first_day()) for era in eras]
            handovers = [math.inf] * len(eras)
            last_in_row: dict[int, int] = {}
            for n in sorted(range(len(eras)), key=lambda k: starts[k]):
                before = last_in_row.get(rows[n])
                if before is not None:
                    handovers[before] = starts[n]
                last_in_row[rows[n]] = n
            self._handovers = handovers
        return self._handovers

    # -- lanes ------------------------------------------------------------------------------------------------
    def lane_title(self, key: str, frame: Frame) -> str:
        if key == POLICY_LANE:
            return frame.spec.policy_title
        return self.timeline.sectors[key].name.get(frame.state.lang)

    def _mask(self, lane: Lane, state: Snapshot) -> np.ndarray | None:
        """Which of the lane's points are highlighted (None: no highlighting), kept while the highlight stays."""
        highlight = state.highlight
        if highlight is None:
            return None
        lit = self._lit(highlight)
        mask = self._masks.get(lane.key)
        if mask is None:
            mask = self._masks[lane.key] = lit[lane.point_array]
        return mask

    def _lit(self, highlight: Highlight) -> np.ndarray:
        """Which events the highlight brings forward, over all events: made once per highlight (a search
        keystroke), then taken per lane."""
        if self._lit_for is None or self._lit_for[0] is not highlight:
            # only the current highlight's masks are kept: an old one holds its set of matches (up to 100,000
            # ints, 7 MB) and its masks' running counts
            self._masks.clear()
            self._sums.clear()
            lit = np.zeros(len(self.timeline.events), dtype=bool)
            lit[sorted_events(highlight.events)] = True
            self._lit_for = (highlight, lit)
        return self._lit_for[1]

    def _row_ceilings(self, frame: Frame, view: layout.Viewport, shown: list[tuple[int, Lane]], total: float,
                      g: _Geometry, max_rows: int) -> list[int]:
        """The most label rows each lane can be given (`_allocate` never gives more): the height less every
        lane's least (its name row, its rows of bars and, where more events are in view than are offered a
        label, its marker strip), in rows. Flags placed in rows no lane can be given only cost time, and in a
        frame whose lanes get one row each, two-line flags placed across rows 0 and 1 would take row 0's room
        for nothing. A lane holding the event in focus keeps `max_rows`: its label may need a row below."""
        state, px = frame.state, frame.spec.scale
        own = self.prepared.point_at
        focus_lanes = {own[i][0] for i in (state.selected, state.focused) if i is not None and i in own}
        pad = (g.radius + 2 * px) / view.px_per_second
        least = 0.0
        for _lane_no, lane in shown:
            i0, i1 = layout.visible_range(lane.times, view.start - pad, view.end + pad)
            strip = g.strip_h if i1 - i0 > MAX_FLAGS else 0.0  # no more than MAX_FLAGS are offered a label
            span_rows = 0 if frame.spec.poster else _span_rows(lane, view)  # a poster's are stacked by their text
            least += g.top_pad + g.row_h + strip + span_rows * g.span_step + g.bottom_pad
        extra = int(max(0.0, total + 1e-6 - least) // g.row_h)
        return [max_rows if lane_no in focus_lanes else min(max_rows, 1 + extra) for lane_no, _lane in shown]

    def _cached_plan(self, frame: Frame, view: layout.Viewport, lane_no: int, lane: Lane, g: _Geometry,
                     metrics: Metrics, max_rows: int, spec_key: FrameSpec) -> _Plan:
        """A lane's plan depends on the range, the size (`spec_key`: the frame's spec less its height), the
        language, the event in focus and the rows it is placed in, not on hover or highlight: those (a search
        keystroke, the pointer moving) reuse it."""
        state = frame.state
        own = self.prepared.point_at
        focus = tuple(i for i in (state.selected, state.focused) if i is not None and i in own and own[i][0] == lane_no)
        if metrics is not self._plans_metrics:  # other fonts: nothing measured before holds
            self._plans.clear()
            self._widths.clear()
            self._measured.clear()
            self._radius_tables.clear()
            self._plans_metrics = metrics
        collapsed = lane.key in state.collapsed_lanes
        key = (lane_no, state.start, state.end, state.lang, state.data, focus, spec_key, collapsed, max_rows)
        plan = self._plans.get(key)
        if plan is None:
            if len(self._plans) > 256:
                self._plans.clear()
            plan = self._plans[key] = self._plan(frame, view, lane_no, lane, g, metrics, max_rows)
            plan.collapsed = collapsed
            if collapsed:  # a strip: no labels, no bars
                plan.flags, plan.span_rows, plan.must_rows = [], 0, 0
        plan.rows = 0
        return plan

    def _plan(self, frame: Frame, view: layout.Viewport, lane_no: int, lane: Lane, g: _Geometry,
              metrics: Metrics, max_rows: int) -> _Plan:
        """Everything about a lane that does not depend on its height: its flags placed in as many rows as they
        need (the height then decides how many of those rows are kept)."""
        state, px = frame.state, frame.spec.scale
        title = self.lane_title(lane.key, frame)
        title_w = metrics.width(title, "lane_title") + 22 * px
        plan = _Plan(lane_no, lane, title, title_w)
        if lane.spans:
            plan.span_rows = _span_rows(lane, view)
            if frame.spec.poster and plan.span_rows:
                plan.poster_span_rows = self._poster_span_rows(frame, view, lane, lane.spans_in(view.start, view.end),
                                                               metrics)
                plan.span_rows = max(plan.poster_span_rows.values()) + 1
        pad = (g.radius + 2 * px) / view.px_per_second
        i0, i1 = layout.visible_range(lane.times, view.start - pad, view.end + pad)
        plan.in_view = np.arange(i0, i1)
        if i1 <= i0:
            return plan
        own = self.prepared.point_at
        focus = [own[i][1] for i in (state.selected, state.focused) if i is not None and i in own
                 and own[i][0] == lane_no]
        pyramid = self.prepared.pyramids[lane_no]
        if i1 - i0 <= MAX_FLAGS:
            positions = plan.in_view
        else:  # a crowded lane: the most important event of each stretch a short label wide gets a chance at a
            # label (spread over the view, not only its start), and the event in focus; the rest are markers
            k = pyramid.band_for(view.px_per_second * max(_max_slope(view.warp), 1.0), LABEL_CELL_PX * px)
            cells, lo, hi = pyramid.cells_in(k, i0, i1)
            best = pyramid.best_of(k, cells, lo, hi, np.empty(0, dtype=np.int64))
            # the cells' best are in position order already (each cell's lie between its neighbours'): only an
            # event in focus needs to be merged in
            wanted = best[best >= 0].astype(np.int64)
            extra = [f for f in focus if i0 <= f < i1]
            if extra:
                wanted = np.unique(np.concatenate([wanted, extra]).astype(np.int64))
            positions = wanted[np.sort(np.argsort(lane.priorities[wanted], kind="stable")[:MAX_FLAGS])]
        anchors = np.asarray(view.to_px(lane.times[positions]), dtype=float).tolist()
        # two-line widths only where a flag can take two rows
        widths_a, wrapped_a = self._label_widths(frame, lane_no, lane, positions, metrics, max_rows > 1)
        widths = widths_a.tolist()
        wrapped = [w if w == w else None for w in wrapped_a.tolist()]  # NaN (cannot wrap) is not equal to itself
        prios = lane.priorities[positions].astype(int)
        if focus:
            prios[np.isin(positions, focus)] = 0
        priorities = prios.tolist()
        blocked = [(0, 0.0, title_w + 12 * px)]  # the lane's name takes the start of row 0
        plan.blocked = blocked
        plan.priorities = priorities
        plan.marker, plan.gap = 2 * g.radius, 4 * px
        plan.candidates = positions
        plan.flags = layout.place_flags(anchors, widths, priorities, max_rows, 2 * g.radius, g.gap, wrapped,
                                        left_limit=4 * px, right_limit=frame.spec.width - 4 * px, blocked=blocked)
        if frame.spec.poster:  # every event is to be labelled: keep whichever order packs into fewer rows
            by_time = layout.place_flags(anchors, widths, priorities, max_rows, 2 * g.radius, g.gap, wrapped,
                                         left_limit=4 * px, right_limit=frame.spec.width - 4 * px, blocked=blocked,
                                         by_time_only=True)
            if (len(by_time), -_rows_of(by_time)) > (len(plan.flags), -_rows_of(plan.flags)):
                plan.flags = by_time
        plan.anchors = anchors
        plan.widths = widths
        plan.wrapped = wrapped
        plan.must_rows = max((f.row + f.lines for f in plan.flags if priorities[f.index] == 0), default=1)
        return plan

    def _texts(self, index: int, lang: str) -> tuple[str, tuple[str, str] | None]:
        """An event's label and the label wrapped in two lines (None when it has no space)."""
        text = label_text(self.timeline, index, lang)
        two = self._wrapped.get(text, ())
        if two == ():
            if len(self._wrapped) > 20000:
                self._wrapped.clear()
            two = self._wrapped[text] = layout.wrap_in_two(text)
        return text, two  # type: ignore[return-value]

    def _label_widths(self, frame: Frame, lane_no: int, lane: Lane, positions: np.ndarray, metrics: Metrics,
                      two_lines: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """The widths of the labels of a lane's `positions`, on one line and, with `two_lines`, on two (NaN: it
        cannot wrap, or was not asked for); each measured once per language and font, the first time it is
        asked for (or ahead, in idle time: `measure_ahead`)."""
        lang, poster = frame.state.lang, frame.spec.poster
        one, two_w = self._width_tables(lane_no, lane, lang, poster)
        if poster:  # a poster's labels carry their notes' widths: measured one by one (and always on two lines)
            for n in positions[(one[positions] < 0) | (two_w[positions] < 0)].tolist():
                index = lane.points[n]
                text, two = self._texts(index, lang)
                note = self.notes.get(index)
                pre = metrics.width(note.prefix_for(text) + " ", "date") if note and note.prefix_for(text) else 0.0
                post = metrics.width(" " + note.suffix, "summary") if note and note.suffix else 0.0
                one[n] = pre + metrics.width(text, "label") + post
                two_w[n] = (max(pre + metrics.width(two[0], "label"), metrics.width(two[1], "label") + post)
                            if two else np.nan)
            return one[positions], two_w[positions]
        # -1 is not measured yet, NaN cannot wrap (and NaN < 0 is false)
        new_one = positions[one[positions] < 0].tolist()
        new_two = positions[two_w[positions] < 0].tolist() if two_lines else []
        if new_one or new_two:
            self._measure(lane, lang, one, two_w, new_one, new_two, metrics)
        return one[positions], two_w[positions] if two_lines else np.full(len(positions), np.nan)

    def _width_tables(self, lane_no: int, lane: Lane, lang: str, poster: bool) -> tuple[np.ndarray, np.ndarray]:
        key = (lane_no, lang, poster)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = (np.full(len(lane.points), -1.0), np.full(len(lane.points), -1.0))
        return found

    def _measure(self, lane: Lane, lang: str, one: np.ndarray, two_w: np.ndarray, new_one: list[int],
                 new_two: list[int], metrics: Metrics) -> None:
        """Measures, all at once, the labels of lane positions `new_one` on one line and the halves of those of
        `new_two` wrapped on two (see text_widths), into the lane's tables."""
        # a label on one line needs no wrapping worked out (a third of a new label's time)
        texts = [label_text(self.timeline, lane.points[n], lang) for n in new_one]
        halves: list[str] = []
        wrapping: list[int] = []
        for n in new_two:
            two = layout.wrap_in_two(label_text(self.timeline, lane.points[n], lang))
            if two is None:
                two_w[n] = np.nan
            else:
                halves += two
                wrapping.append(n)
        measured = metrics.widths(texts + halves, "label")
        one[new_one] = measured[:len(texts)]
        if wrapping:
            two_w[wrapping] = np.maximum(measured[len(texts)::2], measured[len(texts) + 1::2])

    def measured(self, lang: str, metrics: Metrics) -> bool:
        """Whether every label of `lang` is measured in the fonts of `metrics` (`measure_ahead` is done)."""
        return (lang, id(metrics)) in self._measured

    def measure_ahead(self, lang: str, metrics: Metrics, budget: int = 2000) -> bool:
        """Measures up to `budget` labels not measured yet in `lang` (one lane at a time, on one line first, then
        on two), so that frames find them measured: for idle time, a chunk at a time. Returns whether any are
        left. Only for the fonts the frames use (`metrics` is the last frame's; other fonts would measure what no
        frame keeps) and not for posters (their labels carry their notes)."""
        if metrics is not self._plans_metrics or self.measured(lang, metrics):
            return False
        for two_lines in (False, True):
            for lane_no, lane in enumerate(self.prepared.lanes):
                one, two_w = self._width_tables(lane_no, lane, lang, False)
                missing = np.flatnonzero((two_w if two_lines else one) < 0)
                if not len(missing):
                    continue
                # a two-line width takes two texts (and the wrapping): half as many labels a chunk
                chosen = missing[:budget // 2 if two_lines else budget].tolist()
                self._measure(lane, lang, one, two_w, [] if two_lines else chosen, chosen if two_lines else [],
                              metrics)
                return True
        self._measured.add((lang, id(metrics)))
        return False

    def _allocate(self, plans: list[_Plan], total: float, g: _Geometry) -> list[float]:
        """Heights for the lanes: each its name row and its spans; then, a row at a time, the row that names the
        most events for its height, until the height is used; what is left is shared out as air."""
        for plan in plans:
            plan.rows = 0 if plan.collapsed else min(max(1, plan.must_rows), MAX_FLAG_ROWS)
        cost = [g.cost(plan, plan.rows) for plan in plans]
        used = sum(cost)
        if used > total:  # not even one row each: every lane squeezed alike, its name row still labelled
            return [c * total / used for c in cost]
        while True:
            best, best_score, best_delta = -1, 0.0, 0.0
            for n, plan in enumerate(plans):
                if plan.collapsed or plan.rows >= plan.rows_used:
                    continue
                gain = sum(1 for f in plan.flags if f.row + f.lines == plan.rows + 1)
                if gain == 0 and not any(f.row + f.lines > plan.rows + 1 for f in plan.flags):
                    continue
                delta = g.cost(plan, plan.rows + 1) - cost[n]
                if used + delta > total + 1e-6:
                    continue
                score = (gain + 0.01) / max(delta, 1.0)
                if score > best_score:
                    best, best_score, best_delta = n, score, delta
            if best < 0:
                break
            plans[best].rows += 1
            cost[best] += best_delta
            used += best_delta
        spare = total - used
        return [c + spare * c / used for c in cost] if used > 0 else [total / len(plans)] * len(plans)

    def _lane(self, frame: Frame, view: layout.Viewport, plan: _Plan, rect: Rect, striped: bool, g: _Geometry,
              metrics: Metrics) -> LaneFrame:
        state, px = frame.state, frame.spec.scale
        lane, lane_no = plan.lane, plan.lane_no
        rows, span_rows = (0, 0) if plan.collapsed else (max(plan.rows, 1), plan.span_rows)
        squeezed = rect.h < g.cost(plan, rows) - 0.5
        if squeezed:  # too short for all its parts: the name row first, then the marker strip, then span rows
            rows = max(1, min(plan.must_rows, plan.rows))
            room = rect.h - g.top_pad - g.bottom_pad - rows * g.row_h - (g.strip_h if plan.strip_needed(rows) else 0.0)
            span_rows = max(0, min(span_rows, int(room // g.span_step)))
        top = rect.y + g.top_pad
        title_h = metrics.height("lane_title") + 4 * px
        title_box = Rect(rect.x + 6 * px, max(rect.y, top + (g.row_h - title_h) / 2) if not frame.spec.poster
                         else top + g.row_h - title_h, plan.title_w, title_h)
        out = LaneFrame(lane.key, rect, plan.title, title_box, g.row_h, rows, striped, plan.collapsed, squeezed)
        frame.fixed_hits.append(Hit(title_box, lane=lane.key))
        highlighted = state.highlighted
        mask = self._mask(lane, state)

        # spans: bars at the bottom of the lane, stacked in rows; only those in view (found with arrays)
        span_top = rect.bottom - g.bottom_pad - span_rows * g.span_step
        if lane.spans:
            in_view = lane.spans_in(view.start, view.end)
            shown_rows = span_rows  # 0 for a collapsed lane: its bars are only counted
            row_of = lane.span_rows
            if plan.poster_span_rows:
                row_of = lane.span_rows.copy()
                for k, row in plan.poster_span_rows.items():
                    row_of[k] = row
            rows_in_view = row_of[in_view]
            out.hidden_spans = int(np.count_nonzero(rows_in_view >= shown_rows))
            out.hidden_spans_top = span_top - 16 * px
            shown = in_view[rows_in_view < shown_rows].tolist()
            bars = {k: Rect(float(view.to_px(lane.span_starts[k])), span_top + int(row_of[k]) * g.span_step,
                            float(view.to_px(lane.span_ends[k]) - view.to_px(lane.span_starts[k])), g.span_h)
                    for k in shown}
            for k in shown:
                index, bar = lane.spans[k], bars[k]
                visible = bar.intersected(rect)
                text_rect = Rect(visible.x + 8 * px, visible.y, visible.w - 14 * px, visible.h)
                text, whole = self._span_text(index, state.lang, text_rect.w, metrics)
                outside = False
                if not whole:  # beside the bar, when the row is free up to the next bar or the lane's end
                    label = label_text(self.timeline, index, state.lang)
                    note = self.notes.get(index) if frame.spec.poster else None
                    if note is not None:
                        label = note.around(label)
                    width = metrics.width(label, "label")
                    room_end = min([b.x for j, b in bars.items() if j != k and b.y == bar.y and b.x >= bar.right]
                                   + [rect.right - 4 * px])
                    room_start = max([b.right for j, b in bars.items() if j != k and b.y == bar.y and b.right <= bar.x]
                                     + [rect.x + 4 * px])
                    if bar.right + 6 * px + width <= room_end - 4 * px and bar.right >= 0:
                        text, whole, outside = label, True, True
                        text_rect = Rect(bar.right + 6 * px, bar.y, width + 2 * px, bar.h)
                    elif frame.spec.poster and bar.x - 6 * px - width >= room_start + 4 * px:
                        text, whole, outside = label, True, True
                        text_rect = Rect(bar.x - 8 * px - width, bar.y, width + 2 * px, bar.h)
                dim = highlighted is not None and index not in highlighted
                out.spans.append(SpanBar(bar, index, dim, text, text_rect if text else None, whole, outside))
                frame.fixed_hits.append(Hit(bar, index))
                if outside:
                    frame.fixed_hits.append(Hit(text_rect, index))

        # flags: each event's marker with its label, in the rows the lane was given; then markers without a label
        # in the gaps between them
        kept, dots, _strip = plan.layout_for(rows)
        labelled: set[int] = set()
        for flag in kept:
            n = flag.index
            position = int(plan.candidates[n])
            index = lane.points[position]
            x = plan.anchors[n]
            y_row = top + flag.row * g.row_h
            y = y_row + g.row_h / 2
            label, two = self._texts(index, state.lang)
            text = label
            width = plan.widths[n] if flag.lines == 1 else plan.wrapped[n] or 0.0
            if flag.lines == 2 and two is not None:
                text = f"{two[0]}\n{two[1]}"
            text_x = x - g.radius - g.gap / 2 - width if flag.left else x + g.radius + g.gap / 2
            box = Rect(text_x - 3 * px, y_row + 2 * px, width + 6 * px, flag.lines * g.row_h - 4 * px)
            dim = mask is not None and not bool(mask[position])
            note = self.notes.get(index) if frame.spec.poster else None
            out.labels.append(LabelBox(box, text, width, index, dim, flag.row, flag.lines,
                                       note.prefix_for(label) if note else "",
                                       note.suffix if note else ""))
            out.row_markers.append(self._single(frame, view, index, x, y, g.radius, dim))
            touch = max(g.radius, 12 * px)
            frame.fixed_hits.append(Hit(Rect(x - touch, y - touch, 2 * touch, 2 * touch), index))
            frame.fixed_hits.append(Hit(box, index))
            labelled.add(position)
        for n, row in dots.items():
            position = int(plan.candidates[n])
            index = lane.points[position]
            x, y = plan.anchors[n], top + row * g.row_h + g.row_h / 2
            dim = mask is not None and not bool(mask[position])
            out.row_markers.append(self._single(frame, view, index, x, y, g.radius, dim))
            touch = max(g.radius, 12 * px)
            frame.fixed_hits.append(Hit(Rect(x - touch, y - touch, 2 * touch, 2 * touch), index))
            labelled.add(position)

        # the markers nothing could hold: along a strip under the rows, clustered where they crowd
        if len(plan.in_view) > len(labelled):
            out.strip_y = min(top + max(rows, 1) * g.row_h + g.strip_h / 2, span_top - g.strip_h / 2)
            self._strip(frame, view, lane, lane_no, plan, np.array(sorted(labelled), dtype=np.int64), out, mask, g,
                        metrics)
        if frame.spec.poster and self.notes:
            self._summaries(frame, out, rect, span_top, g, metrics)
        return out

    def _summaries(self, frame: Frame, out: LaneFrame, rect: Rect, bottom: float, g: _Geometry,
                   metrics: Metrics) -> None:
        """A poster's summaries: each under its label, where the lane has room for all of its lines (never a
        cut one), most important first; they never cover a label, a marker, a bar or another summary."""
        px = frame.spec.scale
        line_h = metrics.height("summary")
        obstacles = [label.box for label in out.labels]
        obstacles += [Rect(m.x - m.radius, m.y - m.radius, 2 * m.radius, 2 * m.radius) for m in out.markers]
        obstacles += [span.rect for span in out.spans]
        order = sorted(out.labels, key=lambda lb: (self.timeline.events[lb.index].priority, lb.box.x))
        for label in order:
            note = self.notes.get(label.index)
            if note is None or not note.summary:
                continue
            width = max(label.box.w, 16 * g.row_h)
            lines = layout.wrap_words(note.summary, width - 6 * px, lambda t: metrics.width(t, "summary"))
            if not lines or len(lines) > 4:
                continue
            width = max(metrics.width(line, "summary") for line in lines) + 6 * px
            box = Rect(label.box.x, label.box.bottom, width, len(lines) * line_h + 3 * px)
            if box.bottom > bottom - 2 * px or box.right > min(rect.right, frame.spec.width) - 2 * px:
                continue
            if any(box.intersects(o) for o in obstacles):
                continue
            obstacles.append(box)
            out.summaries.append(SummaryBox(box, tuple(lines), label.index, label.dim))

    def _single(self, frame: Frame, view: layout.Viewport, index: int, x: float, y: float, radius: float,
                dim: bool) -> Marker:
        state, px = frame.state, frame.spec.scale
        event = self.timeline.events[index]
        precision = None
        if index in (state.selected, state.hovered, state.focused):
            xs = float(view.to_px(event.when.start_seconds()))
            xe = float(view.to_px(event.when.end_seconds()))
            precision = (xs, xe) if xe - xs >= 20 * px else None
        frame.marker_pos[index] = (x, y)
        return Marker(x, y, radius, 1, dim, index, *_look(event), precision)

    def _strip(self, frame: Frame, view: layout.Viewport, lane: Lane, lane_no: int, plan: _Plan,
               labelled: np.ndarray, out: LaneFrame, mask: np.ndarray | None, g: _Geometry, metrics: Metrics) -> None:
        """The markers no row holds, along the strip: the lane's pyramid cells in view at the band whose cells
        are at least a marker (or the widest badge) apart, less the events drawn in the rows (`labelled`,
        sorted positions). A cell of one event is that event's marker; of more, a badge with the count."""
        state, px = frame.state, frame.spec.scale
        pyramid = self.prepared.pyramids[lane_no]
        y = out.strip_y
        pad = g.radius / view.px_per_second
        i0, i1 = layout.visible_range(lane.times, view.start - pad, view.end + pad)
        slope = max(_max_slope(view.warp), 1.0)  # a poster's warp draws busy years wider: space cells there
        gap = 2 * g.radius + 4 * px
        k = -1
        for _ in range(6):  # badges with two or three digits are wider than a marker: space cells by them
            band = pyramid.band_for(view.px_per_second * slope, gap)
            if band == k:
                break
            k = band
            cells, lo, hi = pyramid.cells_in(k, i0, i1)
            count = (hi - lo) - (labelled.searchsorted(hi) - labelled.searchsorted(lo))
            widest = int(count.max()) if len(count) else 1
            if widest < 10:
                break
            widest_radius = self._badge_radius(widest, g.radius, px, metrics)
            gap = max(gap, 2 * widest_radius + 3 * px)
        keep = count > 0
        cells, lo, hi, count = cells[keep], lo[keep], hi[keep], count[keep]
        if not len(cells):
            return
        best = pyramid.best_of(k, cells, lo, hi, labelled)
        # each mark at the middle of its events (a single event's at its own date), moved apart where two would
        # stand closer than the gap (cells a gap wide are rarely that close: only across a cell boundary)
        single = count == 1
        mid = np.where(single, lane.times[np.maximum(best, 0)], (lane.times[lo] + lane.times[hi - 1]) / 2)
        xs = spread(np.asarray(view.to_px(mid), dtype=float), gap)
        if mask is not None:
            sums = self._mask_sums(mask)
            lit = labelled[mask[labelled]] if len(labelled) else labelled
            dims = ((sums[hi] - sums[lo]) - (lit.searchsorted(hi) - lit.searchsorted(lo))) == 0
        else:
            dims = np.zeros(len(cells), dtype=bool)
        own = self.prepared.point_at
        selected = own[state.selected][1] if state.selected in own and own[state.selected][0] == lane_no else -1
        points = lane.point_array
        events = points[best]
        radii = np.full(len(cells), g.radius)
        badge = ~single
        if badge.any():
            radii[badge] = self._badge_radii_of(count[badge], g.radius, px, metrics)
        style = np.full(len(cells), -1, dtype=np.int64)
        style[single] = self._styles_of(lane_no, best[single], events[single])
        if selected >= 0 and not (len(labelled) and np.any(labelled == selected)):
            holds = badge & (lo <= selected) & (selected < hi)
        else:
            holds = np.zeros(len(cells), dtype=bool)
        # the selected, hovered or focused event's marker is drawn with its rings: as an object, over the strip
        marked = [i for i in (state.selected, state.hovered, state.focused) if i is not None]
        special = single & np.isin(events, marked) if marked else np.zeros(len(cells), dtype=bool)
        starts, ends = lane.times[lo], lane.times[hi - 1]
        ringed = [(int(events[k]), float(xs[k]), bool(dims[k])) for k in np.flatnonzero(special).tolist()]
        if ringed:
            keep = ~special
            xs, radii, count, dims, events, style = xs[keep], radii[keep], count[keep], dims[keep], events[keep], \
                style[keep]
            lo, hi, starts, ends, holds = lo[keep], hi[keep], starts[keep], ends[keep], holds[keep]
        strip = Strip(y, max(g.radius, 12 * px), xs, radii, count, dims, events, style, self._style_list, lo, hi,
                      starts, ends, holds, points, lane.priorities, labelled, len(frame.fixed_hits))
        out.strip = strip
        frame.strips.append(strip)
        touch = strip.touch
        for index, x, dim in ringed:
            out.row_markers.append(self._single(frame, view, index, x, y, g.radius, dim))
            frame.fixed_hits.append(Hit(Rect(x - touch, y - touch, 2 * touch, 2 * touch), index))

    def _styles_of(self, lane_no: int, positions: np.ndarray, events: np.ndarray) -> np.ndarray:
        """Each single marker's look (shape and other sectors' dots) as an index into `_style_list`, found once
        per event and kept by lane position."""
        codes = self._style_codes.get(lane_no)
        if codes is None:
            codes = self._style_codes[lane_no] = np.full(len(self.prepared.lanes[lane_no].times), -1, dtype=np.int64)
        found: np.ndarray = codes[positions]
        for k in np.flatnonzero(found < 0).tolist():
            look = _look(self.timeline.events[int(events[k])])
            code = self._style_index.get(look)
            if code is None:
                code = self._style_index[look] = len(self._style_list)
                self._style_list.append(look)
            found[k] = codes[positions[k]] = code
        return found

    def _mask_sums(self, mask: np.ndarray) -> np.ndarray:
        """Running counts of a highlight mask (how many highlighted before each position), kept with the mask."""
        found = self._sums.get(id(mask))
        if found is None or found[0] is not mask:
            if len(self._sums) > 64:
                self._sums.clear()
            found = self._sums[id(mask)] = (mask, np.concatenate(([0], np.cumsum(mask, dtype=np.int64))))
        return found[1]

    def _poster_span_rows(self, frame: Frame, view: layout.Viewport, lane: Lane, shown: np.ndarray,
                          metrics: Metrics) -> dict[int, int]:
        """A poster's bars stacked so that each has room for its whole text (date and sources too) inside it or
        just after it: each bar takes the rows by the extent of its bar or its text, whichever is longer."""
        px = frame.spec.scale
        # an export lays its poster out a few times at the same width (the source list fitted below): the bars'
        # rows are the same each time, and measuring every bar's text is most of a 100,000-event poster's frame
        key = (lane.key, view.start, view.end, view.width, view.left, id(view.warp), px, frame.spec.width,
               frame.state.lang, shown.tobytes())
        known = self._span_rows.get(key)
        if known is not None and known[0] is view.warp:
            return known[1]
        starts, ends = [], []
        lefts = np.asarray(view.to_px(lane.span_starts[shown]), dtype=float).tolist()  # one call for every bar
        rights = np.asarray(view.to_px(lane.span_ends[shown]), dtype=float).tolist()
        for k, x0, x1 in zip(shown.tolist(), lefts, rights, strict=True):
            index = lane.spans[k]
            note = self.notes.get(index)
            label = label_text(self.timeline, index, frame.state.lang)
            text = note.around(label) if note else label
            text_w = metrics.width(text, "label")
            if x1 - max(x0, 0.0) >= text_w + 16 * px:  # inside the bar
                starts.append(max(x0, 0.0))
                ends.append(x1 + 4 * px)
            elif x1 + 6 * px + text_w + 10 * px <= frame.spec.width:  # after it
                starts.append(max(x0, 0.0))
                ends.append(x1 + 6 * px + text_w + 10 * px)
            else:  # before it
                starts.append(max(0.0, x0 - 8 * px - text_w - 6 * px))
                ends.append(x1 + 4 * px)
        order = np.argsort(np.asarray(starts), kind="stable")
        rows = layout.stack_spans(np.asarray(starts)[order], np.asarray(ends)[order])
        placed = {int(shown[o]): row for o, row in zip(order.tolist(), rows, strict=True)}
        if len(self._span_rows) > 64:
            self._span_rows.clear()
        self._span_rows[key] = (view.warp, placed)
        return placed

    def _span_text(self, index: int, lang: str, width: float, metrics: Metrics) -> tuple[str, bool]:
        """A span's title if it fits, else its label, else the label shortened at a word boundary. On a poster,
        with its date and source numbers when they fit."""
        event = self.timeline.events[index]
        candidates = [event.title.get(lang), label_text(self.timeline, index, lang)]
        note = self.notes.get(index) if self._poster else None
        if note is not None:  # a poster's bar carries its date and sources, inside it or (by the caller) beside it
            candidates = [note.around(c) for c in candidates]
        for text in candidates:
            if metrics.width(text, "label") <= width:
                return text, True
        short = layout.shorten(label_text(self.timeline, index, lang), width, lambda t: metrics.width(t, "label"))
        return short or "", False

    def _badge_radius(self, count: int, radius: float, px: float, metrics: Metrics) -> float:
        """One badge's radius, from the same table (without arrays: the strip's band search asks for one)."""
        code = count_code(count)
        table = self._radius_tables.get((radius, px))
        if table is not None and code < len(table) and table[code] == table[code]:  # NaN: not worked out yet
            return float(table[code])
        return float(self._badge_radii_of(np.asarray([count]), radius, px, metrics)[0])

    def _badge_radii_of(self, counts: np.ndarray, radius: float, px: float, metrics: Metrics) -> np.ndarray:
        """The badges' radii for `counts`, from a table by count code filled in as new texts come (a frame's
        badges share a few dozen)."""
        codes = count_codes(counts)
        table = self._radius_tables.get((radius, px))
        most = int(codes.max())
        if table is None or len(table) <= most:
            grown = np.full(max(most + 1, 1024), np.nan)
            if table is not None:
                grown[:len(table)] = table
            table = self._radius_tables[(radius, px)] = grown
        found: np.ndarray = table[codes]
        missing = np.isnan(found)
        if missing.any():
            for code in np.unique(codes[missing]).tolist():
                table[code] = max(radius + 1.5 * px, metrics.width(code_text(code), "badge") / 2 + 4 * px)
            found = table[codes]
        return found



def _look(event: Event) -> tuple[str, tuple[str, ...]]:
    """An event's marker: its shape, and the other sectors it concerns (drawn as dots)."""
    home = lane_of(event)
    return SHAPES.get(event.kind, "circle"), tuple(s for s in event.sectors if s != home)


def _span_rows(lane: Lane, view: layout.Viewport) -> int:
    """How many rows of bars a lane shows: those its bars in view are stacked in, up to MAX_SPAN_ROWS."""
    in_view = lane.spans_in(view.start, view.end)
    return min(MAX_SPAN_ROWS, int(lane.span_rows[in_view].max()) + 1) if len(in_view) else 0


def _max_slope(warp: layout.Warp | None) -> float:
    """How much wider than the plain scale a warp draws time at most (1 without a warp)."""
    if warp is None or len(warp.knots) < 2:
        return 1.0
    k, v = np.diff(warp.knots), np.diff(warp.values)
    return float(np.max(v[k > 0] / k[k > 0])) if np.any(k > 0) else 1.0


def _rows_of(flags: list[layout.Flag]) -> int:
    return max((f.row + f.lines for f in flags), default=0)


MAX_FLAGS = 200  # per lane in view: more candidates than rows could ever hold only cost time
LABEL_CELL_PX = 24  # in a crowded lane, one label candidate per stretch this wide (a short label is wider)
MAX_FLAG_ROWS = 24
FIRST_FLAG_ROWS = 4  # flags are first placed in this many rows per lane (more only where the height allows more)
MAX_EXACT_STRIP = 60


@dataclass(slots=True)
class _Plan:
    lane_no: int
    lane: Lane
    title: str
    title_w: float
    span_rows: int = 0
    in_view: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # lane positions in view
    candidates: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # those offered a label
    anchors: list[float] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    wrapped: list[float | None] = field(default_factory=list)
    flags: list[layout.Flag] = field(default_factory=list)
    poster_span_rows: dict[int, int] = field(default_factory=dict)  # a poster's span rows (by text room)
    must_rows: int = 1  # rows needed to label the event in focus
    rows: int = 0  # rows given
    collapsed: bool = False
    priorities: list[int] = field(default_factory=list)
    blocked: list[tuple[int, float, float]] = field(default_factory=list)
    marker: float = 0.0
    gap: float = 0.0
    _layouts: dict[int, tuple[list[layout.Flag], dict[int, int], bool]] = field(default_factory=dict)

    @property
    def rows_used(self) -> int:
        return max((f.row + f.lines for f in self.flags), default=1)

    def layout_for(self, rows: int) -> tuple[list[layout.Flag], dict[int, int], bool]:
        """With `rows` label rows: the flags kept, the unlabelled markers fitted between them ({candidate: row})
        and whether some event in view is left for the marker strip."""
        found = self._layouts.get(rows)
        if found is None:
            kept = [f for f in self.flags if f.row + f.lines <= rows]
            placed = {f.index for f in kept}
            others = [n for n in range(len(self.anchors)) if n not in placed]
            spots = layout.place_dots(kept, [self.anchors[n] for n in others], [self.priorities[n] for n in others],
                                      rows, self.marker, self.gap, self.blocked)
            dots = {others[k]: row for k, row in spots.items()}
            found = (kept, dots, len(kept) + len(dots) < len(self.in_view))
            self._layouts[rows] = found
        return found

    def strip_needed(self, rows: int) -> bool:
        """Whether some event in view would have no place in the rows (and so needs the marker strip). Exact
        (markers fitted between the labels) for the few events a lane usually holds; for crowded lanes, where
        placing every marker for every row count would cost a frame's time, any event without a label counts."""
        if len(self.in_view) > MAX_EXACT_STRIP:
            return sum(1 for f in self.flags if f.row + f.lines <= rows) < len(self.in_view)
        return self.layout_for(rows)[2]


@dataclass(frozen=True, slots=True)
class _Geometry:
    """Sizes of a lane's parts at the frame's scale and font."""

    row_h: float
    radius: float
    gap: float
    span_h: float
    span_step: float
    strip_h: float
    top_pad: float
    bottom_pad: float

    @classmethod
    def of(cls, px: float, metrics: Metrics, poster: bool = False, leading: float = 1.0) -> _Geometry:
        radius = 5 * px
        # a poster's rows are set as print sets lines (about 1.2 em; the font's own height is 1.36 em)
        text_h = metrics.height("label") * leading + (0 if poster else 2 * px)
        row_h = max(text_h, 2 * radius + (3 if poster else 7) * px)
        # a poster's lane names are larger than its labels: the name row takes the room it needs above row 0
        top_pad = max(1 * px, metrics.height("lane_title") + 2 * px - row_h) if poster else 1 * px
        return cls(row_h, radius, 7 * px, 19 * px, 21 * px, 2 * radius + 8 * px, top_pad, 2 * px)

    def span_area(self, plan: _Plan) -> float:
        return plan.span_rows * self.span_step

    def cost(self, plan: _Plan, rows: int) -> float:
        strip = self.strip_h if plan.strip_needed(rows) else 0.0
        return self.top_pad + max(rows, 1) * self.row_h + strip + self.span_area(plan) + self.bottom_pad
