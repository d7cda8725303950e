"""Every event's times, computed for all events at once, are exactly each event's start and end seconds;
the busy extents cover the same time as the events."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import numpy as np
import pytest
from benchmark_modules import benchmark_module
from hypothesis import given
from hypothesis import strategies as st

from kztimeline.data import load
from kztimeline.model import PartialDate, When
from kztimeline.timeline.times import EventTimes


@st.composite
def dates(draw) -> PartialDate:
    year = draw(st.integers(1, 9998))
    month = draw(st.one_of(st.none(), st.integers(1, 12)))
    if month is None:
        return PartialDate(year)
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return PartialDate(year, month, draw(st.one_of(st.none(), st.integers(1, last))))


whens = st.builds(lambda a, b: When(min(a, b, key=lambda d: d.first_day()), max(a, b, key=lambda d: d.first_day()))
                  if b is not None else When(a), dates(), st.one_of(st.none(), dates()))


@given(st.lists(whens, max_size=30))
def test_the_arrays_are_each_events_start_and_end_seconds(generated) -> None:
    events = [SimpleNamespace(when=when) for when in generated]
    times = EventTimes.of(events)
    assert times.starts.tolist() == [e.when.start_seconds() for e in events]
    assert times.ends.tolist() == [e.when.end_seconds() for e in events]
    assert times.anchors.tolist() == [e.when.anchor_seconds() for e in events]


def test_on_the_bundled_data_too() -> None:
    events = load().timeline.events
    times = EventTimes.of(events)
    assert times.starts.tolist() == [e.when.start_seconds() for e in events]
    assert times.ends.tolist() == [e.when.end_seconds() for e in events]


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 30)), max_size=25), st.integers(-5, 140))
def test_busy_extents_cover_what_the_events_cover(spans, moment) -> None:
    times = EventTimes(starts=np.array([float(a) for a, _ in spans]),
                       ends=np.array([float(a + n) for a, n in spans]), spans=np.ones(len(spans), dtype=bool))
    busy = times.busy(range(len(spans)))
    assert any(a <= moment <= b for a, b in busy) == any(a <= moment <= a + n for a, n in spans)
    assert all(b1 < a2 for (_, b1), (a2, _) in zip(busy, busy[1:], strict=False))


def _lanes_one_event_at_a_time(timeline):
    """The lanes as they were built before the arrays: each event's lane, kind and times read one by one."""
    from kztimeline.timeline.lanes import POLICY_LANE, is_bar, lane_of

    keys = [POLICY_LANE, *timeline.sectors]
    points = {key: [] for key in keys}
    spans = {key: [] for key in keys}
    for index, event in enumerate(timeline.events):
        (spans if is_bar(event) else points)[lane_of(event)].append(index)
    events = timeline.events
    return [(key, sorted(points[key], key=lambda i: events[i].when.anchor_seconds()),
             sorted(spans[key], key=lambda i: events[i].when.start_seconds())) for key in keys
            if points[key] or spans[key]]


@pytest.mark.parametrize("data", [None, "synthetic"])
def test_the_lanes_from_the_arrays_are_the_lanes_event_by_event(data, tmp_path) -> None:
    from kztimeline.timeline.lanes import build_lanes

    if data == "synthetic":
        data = tmp_path / "events.yaml"
        data.write_text(benchmark_module("generate").generate(1500, seed=5), encoding="utf-8")
    timeline = load(data).timeline
    lanes = build_lanes(timeline)
    assert [(lane.key, lane.points, lane.spans) for lane in lanes] == _lanes_one_event_at_a_time(timeline)
    for lane in lanes:
        assert lane.times.tolist() == [timeline.events[i].when.anchor_seconds() for i in lane.points]
        assert lane.span_ends.tolist() == [timeline.events[i].when.end_seconds() for i in lane.spans]
        assert lane.priorities.tolist() == [timeline.events[i].priority for i in lane.points]
