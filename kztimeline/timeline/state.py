"""What the timeline shows, with no Qt: the one source of truth that the window, the kiosk and the export share.

A `ViewState` holds the visible range (with its clamp and the zoom/pan arithmetic), the selection, keyboard focus,
hover, highlighting, hidden lanes, language, theme, font scale and tour position. Every change goes through a
typed setter; observers are told which fields changed, once per change or once per `batch()`. A `Snapshot` is the
same state frozen, for a frame or an export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Set
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np

from kztimeline.model import DAY, Timeline

Field = Literal["data", "range", "selected", "focused", "hovered", "highlight", "hidden_lanes", "collapsed_lanes",
                "lang", "theme", "font_scale", "tour"]
FIELDS: frozenset[Field] = frozenset(("data", "range", "selected", "focused", "hovered", "highlight",
                                      "hidden_lanes", "collapsed_lanes", "lang", "theme", "font_scale", "tour"))
Observer = Callable[[frozenset[Field]], None]

MIN_SPAN = 7 * DAY  # the closest zoom: about a week across the view
RANGE_MARGIN = 0.02  # the view may go this fraction of the whole range past either end
FIT_PAD = 0.01  # the start view shows the whole range with this much air on each side
MIN_FONT_SCALE, MAX_FONT_SCALE = 0.75, 2.0


@dataclass(frozen=True, slots=True)
class Limits:
    """How far the view may go: the declared range plus a margin, and no closer than `min_span` seconds."""

    first: float
    last: float
    min_span: float = MIN_SPAN

    @classmethod
    def of(cls, timeline: Timeline) -> Limits:
        return cls(timeline.range.start_seconds(), timeline.range.end_seconds())

    @property
    def margin(self) -> float:
        return RANGE_MARGIN * (self.last - self.first)

    @property
    def low(self) -> float:
        return self.first - self.margin

    @property
    def high(self) -> float:
        return self.last + self.margin

    @property
    def max_span(self) -> float:
        return self.high - self.low

    def clamp(self, start: float, end: float) -> tuple[float, float]:
        """The nearest allowed range to [start, end]: its span within bounds, then shifted inside the limits."""
        span = min(max(end - start, self.min_span), self.max_span)
        centre = (start + end) / 2
        start, end = centre - span / 2, centre + span / 2
        if start < self.low:
            start, end = self.low, self.low + span
        if end > self.high:
            start, end = self.high - span, self.high
        return start, end

    def whole(self) -> tuple[float, float]:
        """The start view: the whole declared range with a little air."""
        pad = FIT_PAD * (self.last - self.first)
        return self.clamp(self.first - pad, self.last + pad)


class EventSet(Set[int]):
    """Event indices held as one sorted array instead of a Python int each (a search's matches can be every one of
    100,000 events): a set for `in`, `len`, iteration and comparison with any set, hashed as a frozenset of the
    same events is (worked out only if asked for)."""

    __slots__ = ("array", "_hash_value")

    def __init__(self, events: Iterable[int] = ()) -> None:
        self.array = np.unique(np.fromiter(events, dtype=np.int64))
        self.array.flags.writeable = False
        self._hash_value: int | None = None

    @classmethod
    def of_sorted(cls, array: np.ndarray) -> EventSet:
        """The events of `array`, ascending and without repeats (as a search answers), kept as they are."""
        out = cls.__new__(cls)
        out.array = np.asarray(array, dtype=np.int64).view()
        out.array.flags.writeable = False
        out._hash_value = None
        return out

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, (int, np.integer)):
            return False
        k = int(np.searchsorted(self.array, value))
        return k < len(self.array) and int(self.array[k]) == value

    def __iter__(self) -> Iterator[int]:
        return iter(self.array.tolist())

    def __len__(self) -> int:
        return len(self.array)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EventSet):
            return bool(np.array_equal(self.array, other.array))
        return super().__eq__(other)

    def __hash__(self) -> int:
        if self._hash_value is None:
            self._hash_value = self._hash()
        return self._hash_value

    def __repr__(self) -> str:
        return f"EventSet({self.array.tolist()!r})" if len(self.array) <= 8 else f"EventSet(<{len(self.array)} events>)"


def sorted_events(events: Set[int]) -> np.ndarray:
    """A set of event indices as an ascending array (an EventSet's own, without a copy)."""
    if isinstance(events, EventSet):
        return events.array
    return np.sort(np.fromiter(events, dtype=np.int64, count=len(events)))


@dataclass(frozen=True, slots=True)
class Highlight:
    """Events to bring forward (the rest are dimmed): a search's matches or one company's events."""

    events: Set[int]  # a frozenset, or an EventSet for a search's (maybe very many) matches
    by: Literal["search", "company"]
    key: str  # the query, or the company id


@dataclass(frozen=True, slots=True)
class TourPosition:
    tour: str  # the tour's id
    stop: int  # index into its stops


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The state at one moment, hashable: what a frame and an export are computed from."""

    start: float
    end: float
    selected: int | None = None
    focused: int | None = None
    hovered: int | None = None
    highlight: Highlight | None = None
    hidden_lanes: frozenset[str] = frozenset()
    collapsed_lanes: frozenset[str] = frozenset()  # drawn as a strip of markers under their name
    lang: str = "en"
    theme: str = "light"
    font_scale: float = 1.0
    tour: TourPosition | None = None
    data: int = 0  # which data the indices refer to: counts up each time other data arrives

    @property
    def highlighted(self) -> Set[int] | None:
        return self.highlight.events if self.highlight is not None else None

    def with_range(self, start: float, end: float) -> Snapshot:
        return replace(self, start=start, end=end)


class ViewState:
    """The mutable state with observers. Setters ignore values equal to the current ones (no notification)."""

    def __init__(self, limits: Limits, lang: str = "en", theme: str = "light", font_scale: float = 1.0) -> None:
        self._limits = limits
        start, end = limits.whole()
        self._s = Snapshot(start, end, lang=lang, theme=theme, font_scale=font_scale)
        self.max_font_scale = MAX_FONT_SCALE  # a kiosk on a dense screen (4K) allows more
        self._observers: list[Observer] = []
        self._pending: set[Field] = set()
        self._batch_depth = 0

    # -- observers --------------------------------------------------------------------------------------------
    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call `observer(changed_fields)` after every change; returns a function that unsubscribes."""
        self._observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return unsubscribe

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several changes into one notification."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self._flush()

    def _change(self, snapshot: Snapshot, *fields: Field) -> None:
        if snapshot == self._s:
            return
        self._s = snapshot
        self._pending.update(fields)
        if self._batch_depth == 0:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        changed = frozenset(self._pending)
        self._pending.clear()
        for observer in list(self._observers):
            observer(changed)

    # -- reading ----------------------------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        return self._s

    @property
    def limits(self) -> Limits:
        return self._limits

    @property
    def range(self) -> tuple[float, float]:
        return self._s.start, self._s.end

    @property
    def selected(self) -> int | None:
        return self._s.selected

    @property
    def focused(self) -> int | None:
        return self._s.focused

    @property
    def hovered(self) -> int | None:
        return self._s.hovered

    @property
    def highlight(self) -> Highlight | None:
        return self._s.highlight

    @property
    def hidden_lanes(self) -> frozenset[str]:
        return self._s.hidden_lanes

    @property
    def collapsed_lanes(self) -> frozenset[str]:
        return self._s.collapsed_lanes

    @property
    def lang(self) -> str:
        return self._s.lang

    @property
    def theme(self) -> str:
        return self._s.theme

    @property
    def font_scale(self) -> float:
        return self._s.font_scale

    @property
    def tour(self) -> TourPosition | None:
        return self._s.tour

    # -- range ------------------------------------------------------------------------------------------------
    def set_limits(self, limits: Limits) -> None:
        """Another timeline: new limits; the range is kept where it still fits."""
        self._limits = limits
        self.set_range(*self.range)

    def set_range(self, start: float, end: float) -> tuple[float, float]:
        """Show [start, end] seconds, clamped to the limits; returns the range actually set."""
        start, end = self._limits.clamp(float(start), float(end))
        self._change(self._s.with_range(start, end), "range")
        return start, end

    def fit_all(self) -> tuple[float, float]:
        return self.set_range(*self._limits.whole())

    def zoomed(self, factor: float, anchor: float | None = None) -> tuple[float, float]:
        """The range zoomed in (factor > 1) or out around `anchor` seconds (the centre when None), clamped."""
        x0, x1 = self.range
        if anchor is None:
            anchor = (x0 + x1) / 2
        return self._limits.clamp(anchor - (anchor - x0) / factor, anchor + (x1 - anchor) / factor)

    def panned(self, fraction: float) -> tuple[float, float]:
        """The range moved by `fraction` of its width (negative: earlier), clamped."""
        x0, x1 = self.range
        shift = fraction * (x1 - x0)
        return self._limits.clamp(x0 + shift, x1 + shift)

    # -- what is picked out ------------------------------------------------------------------------------------
    def select(self, index: int | None) -> None:
        """Select an event (the keyboard focus follows it), or clear the selection."""
        focused = index if index is not None else self._s.focused
        self._change(replace(self._s, selected=index, focused=focused), "selected", "focused")

    def set_focus(self, index: int | None) -> None:
        self._change(replace(self._s, focused=index), "focused")

    def set_hover(self, index: int | None) -> None:
        self._change(replace(self._s, hovered=index), "hovered")

    def set_highlight(self, highlight: Highlight | None) -> None:
        self._change(replace(self._s, highlight=highlight), "highlight")

    def set_hidden_lanes(self, hidden: frozenset[str]) -> None:
        self._change(replace(self._s, hidden_lanes=frozenset(hidden)), "hidden_lanes")

    def toggle_collapsed(self, lane: str) -> None:
        """Collapse a lane to a strip of markers, or open it again."""
        collapsed = self._s.collapsed_lanes
        self._change(replace(self._s, collapsed_lanes=collapsed - {lane} if lane in collapsed else collapsed | {lane}),
                     "collapsed_lanes")

    def set_tour(self, position: TourPosition | None) -> None:
        self._change(replace(self._s, tour=position), "tour")

    # -- appearance -------------------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self._change(replace(self._s, lang=lang), "lang")

    def set_theme(self, theme: str) -> None:
        self._change(replace(self._s, theme=theme), "theme")

    def set_font_scale(self, scale: float) -> float:
        """Text from 75 % to 200 % of normal (or `max_font_scale`), in quarter steps; returns the scale set."""
        scale = max(MIN_FONT_SCALE, min(self.max_font_scale, round(scale * 4) / 4))
        self._change(replace(self._s, font_scale=scale), "font_scale")
        return scale

    # -- new data ---------------------------------------------------------------------------------------------
    def reset_for(self, timeline: Timeline, previous: Timeline | None = None) -> None:
        """Another timeline arrived (a background load, a reload). Event indices change meaning, so the
        selection and focus follow their event ids into the new data (or go when the event is gone); hover and
        highlight go; a tour stays if the new data has it; hidden lanes, language, theme, font scale and the
        range (where it fits) are kept."""

        def carried(index: int | None) -> int | None:
            if index is None or previous is None or not 0 <= index < len(previous.events):
                return None
            event_id = previous.events[index].id
            return timeline.index_of(event_id) if timeline.has_event(event_id) else None

        tour = self._s.tour
        if tour is not None and not any(t.id == tour.tour and tour.stop < len(t.stops) for t in timeline.tours):
            tour = None
        with self.batch():
            self._limits = Limits.of(timeline)
            self._change(replace(self._s, selected=carried(self._s.selected), focused=carried(self._s.focused),
                                 hovered=None, highlight=None, tour=tour, data=self._s.data + 1),
                         "data", "selected", "focused", "hovered", "highlight", "tour")
            self.set_range(*self.range)

    def restore(self, snapshot: Snapshot) -> None:
        """Take every field from `snapshot` (the range clamped)."""
        start, end = self._limits.clamp(snapshot.start, snapshot.end)
        self._change(snapshot.with_range(start, end), *FIELDS)
