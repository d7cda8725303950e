"""Previous/next, keyboard focus, tour steps and the range that shows an event: Qt-free, on the bundled data."""

from __future__ import annotations

from functools import cache

from kztimeline.data import load
from kztimeline.model import Timeline
from kztimeline.timeline import navigation
from kztimeline.timeline.lanes import POLICY_LANE, lane_of
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Limits, Snapshot, TourPosition


@cache
def bundled() -> tuple[Timeline, Prepared]:
    timeline = load(None).timeline
    assert timeline is not None
    return timeline, Prepared.of(timeline)


def test_next_and_previous_skip_hidden_lanes() -> None:
    timeline, _ = bundled()
    start, end = Limits.of(timeline).whole()
    hidden = frozenset({POLICY_LANE})
    index = timeline.index_of("tulpar-talgo-opens")
    state = Snapshot(start, end, selected=index, hidden_lanes=hidden)
    following = navigation.step_selection(timeline, state, 1)
    assert following is not None
    assert following > index
    assert lane_of(timeline.events[following]) != POLICY_LANE
    skipped = range(index + 1, following)
    assert all(lane_of(timeline.events[i]) == POLICY_LANE for i in skipped)
    back = navigation.step_selection(timeline, Snapshot(start, end, selected=following, hidden_lanes=hidden), -1)
    assert back == index


def test_next_with_nothing_selected_starts_in_view_and_stops_at_the_end() -> None:
    timeline, _ = bundled()
    start = timeline.event("spiid-announced").when.start_seconds()
    first = navigation.step_selection(timeline, Snapshot(start, start + 1e9), 1)
    assert first is not None
    assert timeline.events[first].when.anchor_seconds() >= start
    last = len(timeline.events) - 1
    assert navigation.step_selection(timeline, Snapshot(start, start + 1e9, selected=last), 1) is None


def test_focus_moves_through_the_shown_events_and_stays_at_the_ends() -> None:
    timeline, _ = bundled()
    start, end = Limits.of(timeline).whole()
    assert navigation.move_focus(timeline, Snapshot(start, end), 1) == 0
    assert navigation.move_focus(timeline, Snapshot(start, end, focused=0), -1) == 0
    assert navigation.move_focus(timeline, Snapshot(start, end, focused=4), 1) == 5


def test_tour_steps_stay_at_the_ends_or_wrap() -> None:
    timeline, _ = bundled()
    tour = timeline.tours[0]
    last = len(tour.stops) - 1
    assert navigation.tour_step(tour, None, 1) == TourPosition(tour.id, 0)
    assert navigation.tour_step(tour, TourPosition(tour.id, last), 1) == TourPosition(tour.id, last)
    assert navigation.tour_step(tour, TourPosition(tour.id, last), 1, wrap=True) == TourPosition(tour.id, 0)
    assert navigation.tour_step(tour, TourPosition(tour.id, 0), -1) == TourPosition(tour.id, 0)


def test_the_range_to_show_an_event_separates_it_from_its_neighbours() -> None:
    timeline, prepared = bundled()
    limits = Limits.of(timeline)
    whole = limits.whole()
    index = timeline.index_of("tulpar-talgo-opens")
    gap = navigation.nearest_gap(prepared, index)
    assert gap is not None
    assert gap * 800 / (whole[1] - whole[0]) < 18, "the example needs an event that merges at the whole range"
    target = navigation.range_to_show(timeline, prepared, limits, whole, index, 800, 18)
    assert target is not None
    x0, x1 = target
    when = timeline.events[index].when.anchor_seconds()
    assert x0 < when < x1
    assert gap * 800 / (x1 - x0) >= 18, "its nearest neighbour would still merge with it"
    assert navigation.range_to_show(timeline, prepared, limits, target, index, 800, 18) is None
