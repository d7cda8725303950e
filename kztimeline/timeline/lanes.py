"""The timeline's lanes, built once from a Timeline: one lane for programmes and policy (events with no sector),
then one per sector that has events. Qt-free; arrays sorted by time for culling and hit-testing.

An event related to one or two sectors appears once, in the lane of its first sector, with dots for the other;
an event that concerns three or more sectors is cross-cutting and goes in the policy lane with a dot for each.
Showing every event once keeps counts and clusters honest and a selection unambiguous.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kztimeline.model import DAY, Event, Timeline
from kztimeline.timeline.layout import stack_spans
from kztimeline.timeline.times import EventTimes

POLICY_LANE = "policy"


@dataclass
class Lane:
    key: str  # POLICY_LANE or a sector id
    points: list[int] = field(default_factory=list)  # indices into timeline.events, sorted by anchor time
    spans: list[int] = field(default_factory=list)  # indices into timeline.events, sorted by start
    times: np.ndarray = field(default_factory=lambda: np.empty(0))  # anchor seconds of `points`
    span_starts: np.ndarray = field(default_factory=lambda: np.empty(0))
    span_ends: np.ndarray = field(default_factory=lambda: np.empty(0))
    span_rows: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=int))  # stacking row of each span
    priorities: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int8))  # of `points`
    point_array: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # `points` as an array

    # the latest end of the spans up to each (spans are sorted by start): spans in a view are found between two
    # binary searches, not by comparing every span's ends (made on first use)
    _reach: np.ndarray | None = field(default=None, repr=False, compare=False)
    _last_spans: tuple[float, float, np.ndarray] | None = field(default=None, repr=False, compare=False)

    @property
    def size(self) -> int:
        return len(self.points) + len(self.spans)

    def spans_in(self, start: float, end: float) -> np.ndarray:
        """The positions in `spans` (ascending) of the spans that overlap [start, end] (the last answer kept: a
        frame asks for its view's a few times)."""
        last = self._last_spans
        if last is not None and last[0] == start and last[1] == end:
            return last[2]
        if self._reach is None:
            self._reach = np.maximum.accumulate(self.span_ends) if len(self.span_ends) else self.span_ends
        # before `lo` every span has ended by `start`; from `hi` on every one begins after `end`
        lo = int(self._reach.searchsorted(start, "left"))
        hi = int(self.span_starts.searchsorted(end, "right"))
        if hi > lo:
            found = np.arange(lo, hi, dtype=np.int64)[self.span_ends[lo:hi] >= start]
        else:
            found = np.empty(0, dtype=np.int64)
        self._last_spans = (start, end, found)
        return found


MAX_SECTORS_FOR_LANE = 2


def lane_of(event: Event) -> str:
    if 1 <= len(event.sectors) <= MAX_SECTORS_FOR_LANE:
        return event.sectors[0]
    return POLICY_LANE


SHORT_SPAN_DAYS = 150  # a span shorter than this (an exhibition, a two-day visit) is drawn as a point event


def is_bar(event: Event) -> bool:
    """Whether the event is drawn as a bar: a span of some length. Shorter spans are markers with a label, like
    point events, and show their extent as a bracket when in focus."""
    when = event.when
    return when.is_span and when.end_seconds() - when.start_seconds() > SHORT_SPAN_DAYS * DAY


def build_lanes(timeline: Timeline, times: EventTimes | None = None) -> list[Lane]:
    """The lanes, each with its events sorted by time (ties in file order); `times` when the caller has them."""
    times = times or EventTimes.of(timeline.events)
    bars = times.spans & (times.ends - times.starts > SHORT_SPAN_DAYS * DAY)  # is_bar of every event
    anchors = times.anchors
    keys = [POLICY_LANE, *timeline.sectors]
    number = {key: n for n, key in enumerate(keys)}
    lane_numbers = np.fromiter((number[lane_of(event)] for event in timeline.events), dtype=np.int64,
                               count=len(timeline.events))
    lanes = []
    for n, key in enumerate(keys):
        own = np.flatnonzero(lane_numbers == n)
        points, spans = own[~bars[own]], own[bars[own]]
        if not len(points) and not len(spans):
            continue
        points = points[np.argsort(anchors[points], kind="stable")]
        spans = spans[np.argsort(times.starts[spans], kind="stable")]
        lane = Lane(key, points=points.tolist(), spans=spans.tolist(), times=anchors[points],
                    span_starts=times.starts[spans], span_ends=times.ends[spans],
                    priorities=np.fromiter((timeline.events[i].priority for i in points), dtype=np.int8,
                                           count=len(points)),
                    point_array=points.astype(np.int64))
        lane.span_rows = np.array(stack_spans(lane.span_starts, lane.span_ends), dtype=int)
        lanes.append(lane)
    return lanes
