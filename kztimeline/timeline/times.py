"""When every event begins and ends, as arrays computed once (in `Prepared`), and what the lanes and the exports
derive from them: where each event is drawn, which events an export draws, in which order a poster cites them,
and the extents that keep a year from being drawn as quiet. Qt-free.

The seconds are exactly `When.start_seconds()`, `When.end_seconds()` and `When.anchor_seconds()`, computed for
100,000 events in a few array operations instead of calendar conversions per event in Python (which took most
of the lanes' build and of an export's own time at that size)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from kztimeline.model import DAY, Event

if TYPE_CHECKING:
    from kztimeline.timeline.lanes import Lane


def _days(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of each (year, month 1-13, day 1-...) date; month 13 is January of the next year."""
    months = ((year - 1970) * 12 + (month - 1)).astype("datetime64[M]")
    days: np.ndarray = months.astype("datetime64[D]").astype(np.int64) + (day - 1)
    return days


@dataclass(frozen=True)
class EventTimes:
    starts: np.ndarray  # seconds: the start of each event's first day
    ends: np.ndarray  # seconds: the end of each event's last day (the day after it, at midnight)
    spans: np.ndarray  # whether each event is a span (from one date to another) rather than one date

    @property
    def anchors(self) -> np.ndarray:
        """Where each event is drawn as a point: a span's start, a date's middle (`When.anchor_seconds`)."""
        anchors: np.ndarray = np.where(self.spans, self.starts, (self.starts + self.ends) / 2)
        return anchors

    @classmethod
    def of(cls, events: Sequence[Event]) -> EventTimes:
        # year, month and day (0: not known) of each event's first and last date, and whether it has an end,
        # read in one pass
        fields = np.array([(s.year, s.month or 0, s.day or 0, t.year, t.month or 0, t.day or 0, w.end is not None)
                           for w, s, t in ((w, w.start, w.end or w.start) for w in (e.when for e in events))],
                          dtype=np.int64).reshape(-1, 7)
        year, month, day = fields[:, 0], fields[:, 1], fields[:, 2]
        first = _days(year, np.maximum(month, 1), np.maximum(day, 1))
        year, month, day = fields[:, 3], fields[:, 4], fields[:, 5]
        # the day after the last: the next day, the first of the next month, or the first of the next year
        after = np.where(day > 0, _days(year, np.maximum(month, 1), day) + 1,
                         np.where(month > 0, _days(year, month + 1, np.ones_like(day)),
                                  _days(year + 1, np.ones_like(month), np.ones_like(day))))
        return cls(first.astype(float) * DAY, after.astype(float) * DAY, fields[:, 6].astype(bool))

    def drawn(self, lanes: Sequence[Lane], hidden: frozenset[str], start: float, end: float) -> list[int]:
        """The events of the lanes not `hidden` that reach into [start, end], ascending."""
        parts = [np.asarray(lane.points, dtype=np.int64) for lane in lanes if lane.key not in hidden]
        parts += [np.asarray(lane.spans, dtype=np.int64) for lane in lanes if lane.key not in hidden]
        events = np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
        inside = (self.ends[events] >= start) & (self.starts[events] <= end)
        shown: list[int] = events[inside].tolist()
        return shown

    def by_start(self, events: Sequence[int]) -> list[int]:
        """`events` by their start, and in index order where they start together."""
        indices = np.asarray(events, dtype=np.int64)
        ordered: list[int] = indices[np.lexsort((indices, self.starts[indices]))].tolist()
        return ordered

    def busy(self, events: Sequence[int]) -> list[tuple[float, float]]:
        """The extents the `events` cover, overlapping ones merged: the same time covered, in far fewer pieces."""
        indices = np.asarray(events, dtype=np.int64)
        if not len(indices):
            return []
        order = np.argsort(self.starts[indices], kind="stable")
        starts, ends = self.starts[indices][order], self.ends[indices][order]
        reach = np.maximum.accumulate(ends)
        new = np.concatenate(([True], starts[1:] > reach[:-1]))  # a piece begins after all before it ended
        firsts = np.flatnonzero(new)
        lasts = np.concatenate((firsts[1:] - 1, [len(starts) - 1]))
        return list(zip(starts[firsts].tolist(), reach[lasts].tolist(), strict=True))
