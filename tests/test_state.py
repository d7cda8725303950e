"""The view state with no Qt: the range's clamp and arithmetic, typed setters, observers, snapshots, new data."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kztimeline.data import load
from kztimeline.model import DAY
from kztimeline.timeline.state import MIN_SPAN, Highlight, Limits, Snapshot, TourPosition, ViewState

LIMITS = Limits(0.0, 1000 * DAY)
finite = {"allow_nan": False, "allow_infinity": False}


def watched(state: ViewState) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    state.subscribe(seen.append)
    return seen


def test_it_opens_on_the_whole_range_with_a_little_air() -> None:
    state = ViewState(LIMITS)
    start, end = state.range
    assert start < 0 < 1000 * DAY < end
    assert end - start == pytest.approx(1.02 * 1000 * DAY)


@given(start=st.floats(-1e10, 1e10, **finite), span=st.floats(-1e9, 1e10, **finite))
def test_any_range_is_clamped_inside_the_limits(start: float, span: float) -> None:
    state = ViewState(LIMITS)
    x0, x1 = state.set_range(start, start + span)
    assert (x0, x1) == state.range
    assert LIMITS.low - 1e-3 <= x0 < x1 <= LIMITS.high + 1e-3
    assert MIN_SPAN * (1 - 1e-9) <= x1 - x0 <= LIMITS.max_span * (1 + 1e-9)


def test_zoom_keeps_the_anchor_fixed_and_pan_keeps_the_span() -> None:
    state = ViewState(LIMITS)
    state.set_range(100 * DAY, 500 * DAY)
    x0, x1 = state.zoomed(2.0, anchor=200 * DAY)
    assert (200 * DAY - x0) / (x1 - x0) == pytest.approx((200 - 100) / 400)
    assert x1 - x0 == pytest.approx(200 * DAY)
    p0, p1 = state.panned(0.25)
    assert (p0, p1) == pytest.approx((200 * DAY, 600 * DAY))
    assert state.range == (100 * DAY, 500 * DAY), "zoomed and panned only compute; the state stays"


def test_observers_hear_which_fields_changed_once_per_change_or_batch() -> None:
    state = ViewState(LIMITS)
    seen = watched(state)
    state.select(3)
    assert seen == [frozenset({"selected", "focused"})]
    state.select(3)
    assert len(seen) == 1, "setting an equal value notified anyway"
    with state.batch():
        state.set_language("kk")
        state.set_theme("dark")
        state.set_hidden_lanes(frozenset({"energy"}))
        assert len(seen) == 1, "a batch notified before it ended"
    assert seen[-1] == frozenset({"lang", "theme", "hidden_lanes"})
    assert (state.lang, state.theme, state.hidden_lanes) == ("kk", "dark", frozenset({"energy"}))


def test_an_observer_can_unsubscribe() -> None:
    state = ViewState(LIMITS)
    seen: list[frozenset[str]] = []
    unsubscribe = state.subscribe(seen.append)
    state.set_hover(1)
    unsubscribe()
    state.set_hover(2)
    assert len(seen) == 1


def test_a_new_highlight_with_other_events_is_a_change_even_if_equal_in_size() -> None:
    """The highlight is compared by value, never by identity: a search for other words with as many matches
    (the old cache keyed by id() of a frozenset showed the previous matches) is a new highlight."""
    state = ViewState(LIMITS)
    seen = watched(state)
    state.set_highlight(Highlight(frozenset({1, 2}), "search", "talgo"))
    state.set_highlight(Highlight(frozenset({5, 6}), "search", "chevrolet"))
    assert len(seen) == 2
    assert state.snapshot().highlighted == frozenset({5, 6})
    state.set_highlight(Highlight(frozenset({5, 6}), "search", "chevrolet"))
    assert len(seen) == 2


def test_font_scale_goes_in_quarter_steps_within_bounds() -> None:
    state = ViewState(LIMITS)
    assert state.set_font_scale(1.3) == 1.25
    assert state.set_font_scale(9) == 2.0
    assert state.set_font_scale(0.1) == 0.75


def test_a_snapshot_is_frozen_and_hashable() -> None:
    state = ViewState(LIMITS)
    state.set_highlight(Highlight(frozenset({1}), "company", "tulpar"))
    snapshot = state.snapshot()
    assert hash(snapshot) == hash(dataclasses.replace(snapshot))
    with pytest.raises(dataclasses.FrozenInstanceError):
        snapshot.selected = 4  # type: ignore[misc]
    state.select(2)
    assert snapshot.selected is None, "a snapshot changed after it was taken"


def test_restore_takes_every_field_and_clamps_the_range() -> None:
    state = ViewState(LIMITS)
    wanted = Snapshot(-1e12, 1e12, selected=4, hidden_lanes=frozenset({"x"}), lang="ru", theme="contrast",
                      tour=TourPosition("main", 2))
    state.restore(wanted)
    got = state.snapshot()
    assert dataclasses.replace(got, start=wanted.start, end=wanted.end) == wanted
    assert got.start == LIMITS.low
    assert got.end == LIMITS.high


def test_new_data_keeps_the_view_and_follows_the_selection_by_id() -> None:
    timeline = load(None).timeline
    assert timeline is not None
    state = ViewState(Limits.of(timeline))
    talgo = timeline.index_of("tulpar-talgo-opens")
    state.set_range(timeline.range.start_seconds() + 3000 * DAY, timeline.range.start_seconds() + 4000 * DAY)
    with state.batch():
        state.select(talgo)
        state.set_hidden_lanes(frozenset({"energy"}))
        state.set_language("kk")
        state.set_highlight(Highlight(frozenset({talgo}), "search", "talgo"))
    before = state.snapshot()
    # the same data with one event fewer ahead of it: indices shift by one
    fewer = dataclasses.replace(timeline, events=[e for e in timeline.events if e.id != "kazakhstan-2030-address"])
    seen = watched(state)
    state.reset_for(fewer, timeline)
    after = state.snapshot()
    assert after.selected == fewer.index_of("tulpar-talgo-opens") == talgo - 1
    assert (after.start, after.end, after.hidden_lanes, after.lang) == (before.start, before.end,
                                                                        before.hidden_lanes, before.lang)
    assert after.highlight is None, "a highlight of old indices was carried over"
    assert after.data == before.data + 1
    assert "data" in seen[-1]
    gone = dataclasses.replace(timeline, events=[e for e in timeline.events if e.id != "tulpar-talgo-opens"])
    state.reset_for(gone, fewer)
    assert state.selected is None


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.frozensets(st.integers(0, 300), max_size=60), st.frozensets(st.integers(0, 300), max_size=60),
       st.integers(-5, 305))
def test_an_event_set_is_the_frozenset_of_its_events(a: frozenset[int], b: frozenset[int], probe: int) -> None:
    """A search's matches are kept as one sorted array (EventSet): it answers as the frozenset of the same events
    does (membership, size, order-free equality, hash, set algebra), built from any iterable or from the sorted
    array a search gives."""
    import numpy as np

    from kztimeline.timeline.state import EventSet, sorted_events

    x, y = EventSet(a), EventSet.of_sorted(np.array(sorted(b), dtype=np.int64))
    assert (probe in x) == (probe in a)
    assert len(x) == len(a)
    assert set(x) == a
    assert list(x) == sorted(a)
    assert (x == y) == (a == b)
    assert x == a
    assert a == x
    assert hash(x) == hash(a)
    assert (x & y) == (a & b)
    assert (x | y) == (a | b)
    assert sorted_events(x).tolist() == sorted(a)
    assert sorted_events(a).tolist() == sorted(a)
    assert "3" not in x


def test_a_search_highlight_equal_to_the_current_one_is_no_change() -> None:
    import numpy as np

    from kztimeline.timeline.state import EventSet

    timeline = load(None).timeline
    assert timeline is not None
    state = ViewState(Limits.of(timeline))
    seen: list[frozenset[str]] = []
    state.subscribe(seen.append)
    state.set_highlight(Highlight(EventSet.of_sorted(np.array([1, 5, 9])), "search", "talgo"))
    state.set_highlight(Highlight(EventSet([9, 5, 1]), "search", "talgo"))
    assert len(seen) == 1
    state.set_highlight(Highlight(EventSet([1, 5]), "search", "talgo"))
    assert len(seen) == 2
