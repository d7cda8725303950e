"""What Prepared derives from a timeline, checked against the plain way of deriving it. No Qt here."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kztimeline.data import load
from kztimeline.timeline.lanes import Lane
from kztimeline.timeline.prepared import Prepared


def test_point_at_maps_each_point_event_to_its_lane_and_place_as_a_dict_would():
    prepared = Prepared.of(load().timeline)
    plain = {index: (lane_no, n) for lane_no, lane in enumerate(prepared.lanes) for n, index in enumerate(lane.points)}
    point_at = prepared.point_at
    assert dict(point_at) == plain
    assert len(point_at) == len(plain)
    spans = [index for lane in prepared.lanes for index in lane.spans]
    assert spans  # the bundled data has bars: no point of theirs
    for index in (*spans, None, -1, len(prepared.timeline.events), "0"):
        assert index not in point_at
        assert point_at.get(index) is None
    first = next(iter(plain))
    assert point_at[np.int64(first)] == point_at[first] == plain[first]
    assert all(type(part) is int for part in point_at[first])


@settings(max_examples=200, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 100), st.integers(0, 60)), max_size=40),
       start=st.integers(-10, 170), length=st.integers(0, 80))
def test_a_lanes_spans_in_a_view_are_those_that_overlap_it(spans: list[tuple[int, int]], start: int,
                                                            length: int) -> None:
    spans = sorted(spans)
    lane = Lane("policy", spans=list(range(len(spans))),
                span_starts=np.asarray([float(a) for a, _ in spans]),
                span_ends=np.asarray([float(a + d) for a, d in spans]))
    end = start + length
    expected = [k for k, (a, d) in enumerate(spans) if a <= end and a + d >= start]
    assert lane.spans_in(float(start), float(end)).tolist() == expected
    assert lane.spans_in(float(start), float(end)).tolist() == expected  # and again, from the kept index
