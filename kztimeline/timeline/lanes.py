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

    @property
    def size(self) -> int:
        return len(self.points) + len(self.spans)


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


def build_lanes(timeline: Timeline) -> list[Lane]:
    by_key: dict[str, Lane] = {POLICY_LANE: Lane(POLICY_LANE)}
    for sector_id in timeline.sectors:
        by_key[sector_id] = Lane(sector_id)
    for index, event in enumerate(timeline.events):
        lane = by_key[lane_of(event)]
        (lane.spans if is_bar(event) else lane.points).append(index)
    lanes = []
    for lane in by_key.values():
        if not lane.size:
            continue
        events = timeline.events
        lane.points.sort(key=lambda i: events[i].when.anchor_seconds())
        lane.times = np.array([events[i].when.anchor_seconds() for i in lane.points], dtype=float)
        lane.priorities = np.array([events[i].priority for i in lane.points], dtype=np.int8)
        lane.point_array = np.array(lane.points, dtype=np.int64)
        lane.spans.sort(key=lambda i: events[i].when.start_seconds())
        lane.span_starts = np.array([events[i].when.start_seconds() for i in lane.spans], dtype=float)
        lane.span_ends = np.array([events[i].when.end_seconds() for i in lane.spans], dtype=float)
        lane.span_rows = np.array(stack_spans(lane.span_starts, lane.span_ends), dtype=int)
        lanes.append(lane)
    return lanes
