"""Frames with no widget: built from the prepared timeline, a state snapshot, a size and a fake text measure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kztimeline.data import load
from kztimeline.model import DAY, Timeline
from kztimeline.timeline.frame import Frame, FrameBuilder, FrameSpec, Rect, Role
from kztimeline.timeline.lanes import POLICY_LANE
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Highlight, Limits, Snapshot, ViewState


class FakeMetrics:
    """Every character 8 px wide (bold 9), lines 18 px high: enough to lay out, no fonts needed."""

    def width(self, text: str, role: Role) -> float:
        return len(text) * (9.0 if role != "label" else 8.0)

    def widths(self, texts: Sequence[str], role: Role) -> np.ndarray:
        return np.asarray([self.width(text, role) for text in texts], dtype=float)

    def height(self, role: Role) -> float:
        return 18.0 if role == "label" else 15.0


@cache
def bundled() -> tuple[Timeline, Prepared]:
    timeline = load(None).timeline
    assert timeline is not None
    return timeline, Prepared.of(timeline)


def build(state: Snapshot, width: float = 1600, height: float = 700, scale: float = 1.0) -> Frame:
    timeline, prepared = bundled()
    return FrameBuilder(timeline, prepared).build(state, FrameSpec(width, height, scale), FakeMetrics())


def whole(**fields: object) -> Snapshot:
    timeline, _ = bundled()
    start, end = Limits.of(timeline).whole()
    return Snapshot(start, end, **fields)  # type: ignore[arg-type]


def point_events_in_view(frame: Frame, margin_px: float) -> set[int]:
    timeline, prepared = bundled()
    state = frame.state
    pad = margin_px * (state.end - state.start) / frame.spec.width
    return {i for lane in prepared.lanes if lane.key not in state.hidden_lanes for i in lane.points
            if state.start - pad <= timeline.events[i].when.anchor_seconds() <= state.end + pad}


def check_frame(frame: Frame) -> None:
    """The frame's own rules: each visible point event in exactly one marker (alone, with its label, or inside a
    cluster); no two labels overlapping and no label over a marker; every marker with a hit box where it is."""
    counted: dict[int, int] = {}
    for lane in frame.lanes:
        for marker in lane.markers:
            members = [marker.index] if marker.count == 1 else list(marker.members)
            assert len(members) == marker.count
            for index in members:
                counted[index] = counted.get(index, 0) + 1
        boxes = [label.box for label in lane.labels]
        for n, box in enumerate(boxes):
            assert lane.rect.y - 0.5 <= box.y, f"a label above {lane.key}"
            assert lane.squeezed or box.bottom <= lane.rect.bottom + 0.5, f"a label below {lane.key}"
            for other in boxes[n + 1:]:
                assert not box.intersects(other), f"labels overlap in lane {lane.key}: {box} {other}"
            for marker in [] if lane.squeezed else lane.markers:
                dot = Rect(marker.x - marker.radius + 0.5, marker.y - marker.radius + 0.5, 2 * marker.radius - 1,
                           2 * marker.radius - 1)
                assert not box.intersects(dot), f"a label covers a marker in {lane.key}"
        covered = [m for m in lane.markers
                   if lane.title_box.intersects(Rect(m.x - m.radius, m.y - m.radius, 2 * m.radius, 2 * m.radius))]
        assert lane.squeezed or not covered, f"the name of {lane.key} covers a marker"
        for marker in lane.markers:
            hits = [h for h in frame.hits if h.rect.contains(marker.x, marker.y)]
            assert hits, f"no hit box where a marker of {lane.key} is drawn"
            if marker.count == 1:
                assert any(h.event == marker.index for h in hits)
            else:
                assert any(h.event is None and h.best in marker.members for h in hits)
    assert all(n == 1 for n in counted.values()), "an event drawn twice"
    radius = 7 * frame.spec.scale
    assert point_events_in_view(frame, 0) <= set(counted) <= point_events_in_view(frame, radius + 2)


def test_the_whole_range_frame_draws_every_lane_and_every_event_once() -> None:
    frame = build(whole())
    _, prepared = bundled()
    assert [lane.key for lane in frame.lanes] == [lane.key for lane in prepared.lanes]
    check_frame(frame)
    assert frame.label_count > 0
    assert frame.eras
    assert frame.grid


@settings(max_examples=60, deadline=None)
@given(start_year=st.floats(1996.5, 2022.5), span_days=st.floats(7, 9500), width=st.integers(320, 4000),
       height=st.integers(240, 2200), scale=st.sampled_from([1.0, 1.25, 2.0]))
def test_frames_at_any_zoom_and_size_keep_their_rules(start_year: float, span_days: float, width: int,
                                                      height: int, scale: float) -> None:
    timeline, _ = bundled()
    state = ViewState(Limits.of(timeline))
    start = (start_year - 1970) * 365.2425 * DAY
    state.set_range(start, start + span_days * DAY)
    check_frame(build(state.snapshot(), width, height, scale))


def test_hidden_lanes_are_not_in_the_frame() -> None:
    frame = build(whole(hidden_lanes=frozenset({POLICY_LANE, "energy"})))
    keys = {lane.key for lane in frame.lanes}
    assert POLICY_LANE not in keys
    assert "energy" not in keys
    assert keys
    check_frame(frame)


def test_highlight_dims_exactly_the_events_outside_it() -> None:
    timeline, _ = bundled()
    talgo = frozenset(i for i, e in enumerate(timeline.events) if "tulpar-talgo" in e.companies)
    assert talgo
    frame = build(whole(highlight=Highlight(talgo, "company", "tulpar-talgo")), width=4000)
    singles = [m for lane in frame.lanes for m in lane.markers if m.count == 1]
    assert singles
    for marker in singles:
        assert marker.dim == (marker.index not in talgo)
    for lane in frame.lanes:
        for span in lane.spans:
            assert span.dim == (span.index not in talgo)


def test_the_selected_event_is_named_beside_its_marker() -> None:
    timeline, _ = bundled()
    for event_id in ("tulpar-talgo-opens", "balkhash-tpp-halted", "kazsat-2-launch"):
        index = timeline.index_of(event_id)
        frame = build(whole(selected=index), width=1280, height=380)
        assert index in frame.marker_pos or any(h.event is None for h in frame.hits)
        assert any(label.index == index for lane in frame.lanes for label in lane.labels), event_id


def test_hit_boxes_exist_without_a_paint() -> None:
    frame = build(whole())
    timeline, _ = bundled()
    hit_events = {h.event for h in frame.hits if h.event is not None}
    assert set(frame.marker_pos) <= hit_events
    x, y = next(iter(frame.marker_pos.values()))
    found = frame.hit(x, y)
    assert found is not None
    assert found.event in frame.marker_pos


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_labels_are_in_the_state_language(lang: str) -> None:
    timeline, _ = bundled()
    frame = build(whole(lang=lang), width=3000)
    texts = {label.text.replace("\n", " ") for lane in frame.lanes for label in lane.labels}
    assert texts
    assert texts <= {e.short_label(lang) for e in timeline.events}
    titles = {lane.title for lane in frame.lanes if lane.key != POLICY_LANE}
    assert titles <= {s.name.get(lang) for s in timeline.sectors.values()}


def test_hit_testing_on_the_strip_arrays_finds_what_a_search_of_every_hit_box_finds() -> None:
    frame = build(whole(), width=420)
    strips = [lane.strip for lane in frame.lanes if lane.strip is not None and len(lane.strip)]
    assert any((strip.count > 1).any() for strip in strips), "a narrow frame of the whole range has badges"
    every = frame.hits
    for y in range(0, 700, 3):
        for x in range(0, 420, 3):
            expected = next((h for h in reversed(every) if h.rect.contains(x, y)), None)
            assert frame.hit(x, y) == expected
    for strip in strips:  # each mark's own centre finds it (or something drawn over it)
        for k in range(len(strip)):
            found = frame.hit(float(strip.x[k]), strip.y)
            assert found is not None
            assert found.event == (int(strip.event[k]) if strip.count[k] == 1 else None) or found in every


def test_the_strip_arrays_give_the_markers_and_hits_they_draw() -> None:
    frame = build(whole(), width=420)
    for lane in frame.lanes:
        if lane.strip is None:
            continue
        strip = lane.strip
        markers = strip.markers()
        assert [m.count for m in markers] == strip.count.tolist()
        assert all(m.index == int(e) for m, e, n in zip(markers, strip.event, strip.count, strict=True) if n == 1)
        assert all(len(m.members) == m.count for m in markers if m.count > 1)
        for marker in markers:
            if marker.count == 1:
                assert frame.marker_pos[marker.index] == (marker.x, marker.y)


def _bars_overlap(frame: Frame) -> list[tuple[str, str]]:
    """Pairs of era bars drawn in the same row over each other (more than half a pixel)."""
    out = []
    for n, a in enumerate(frame.eras):
        for b in frame.eras[n + 1:]:
            if a.bar.y == b.bar.y and min(a.bar.right, b.bar.right) - max(a.bar.x, b.bar.x) > 0.5:
                out.append((a.text, b.text))
    return out


def test_eras_listed_in_any_order_stack_without_overlapping() -> None:
    import dataclasses

    timeline, _ = bundled()
    by_id = {era.id: era for era in timeline.eras}
    # listed out of order: two rows come free at SPIID-2, and the programme of 2010-2022 would take one of them
    # over SPIID-1 if the eras were stacked as listed
    order = ["kazakhstan-2030", "spiid-1", "spiid-2", "industrialization-2010-2022", "kazakhstan-2050"]
    assert sorted(order) == sorted(by_id)
    shuffled = dataclasses.replace(timeline, eras=[by_id[k] for k in order])
    prepared = Prepared.of(shuffled)
    spans = [(e.start.first_day(), (e.end or timeline.info.end).last_day()) for e in shuffled.eras]
    for n, (a0, a1) in enumerate(spans):  # in one row, an era begins at the earliest in the month the last ends
        for k, (b0, b1) in enumerate(spans[n + 1:], n + 1):
            if prepared.era_rows[n] == prepared.era_rows[k]:
                assert min(a1, b1).toordinal() - max(a0, b0).toordinal() < 31, (shuffled.eras[n].id,
                                                                                  shuffled.eras[k].id)
    start, end = Limits.of(timeline).whole()
    frame = FrameBuilder(shuffled, prepared).build(Snapshot(start, end), FrameSpec(1600, 700, 1.0), FakeMetrics())
    assert len(frame.eras) == len(timeline.eras)
    assert not _bars_overlap(frame)


def test_an_era_hands_its_row_to_the_next_where_that_begins() -> None:
    """Kazakhstan-2030 ends in December 2012, the month Kazakhstan-2050 begins, and they share a row: zoomed in
    on that month, the bars meet instead of overlapping, and both names are drawn apart."""
    from kztimeline.model import to_seconds

    timeline, _ = bundled()
    ids = [e.id for e in timeline.eras]
    assert "kazakhstan-2030" in ids
    assert "kazakhstan-2050" in ids
    import datetime as dt

    for days in (400, 90, 40):
        middle = to_seconds(dt.date(2012, 12, 15))
        frame = build(Snapshot(middle - days * DAY / 2, middle + days * DAY / 2))
        assert len([e for e in frame.eras if e.text]) >= 2
        assert not _bars_overlap(frame), f"era bars overlap at {days} days"
        texts = [e.text_rect for e in frame.eras if e.text_rect is not None and e.bar.y == frame.eras[0].bar.y]
        for a in texts:
            for b in texts:
                assert a is b or not a.intersects(b), "two era names drawn over each other"


def test_a_frame_builder_lets_go_of_an_old_highlight() -> None:
    """A search's matches (up to every event) are held while its highlight is shown, and let go of after: the
    builder keeps only the current highlight's masks."""
    import gc
    import weakref

    class Matches(frozenset):  # a frozenset that a weak reference can follow
        pass

    timeline, prepared = bundled()
    builder = FrameBuilder(timeline, prepared)
    start, end = Limits.of(timeline).whole()
    spec = FrameSpec(1600, 700, 1.0)
    first = Matches(range(0, len(timeline.events), 2))
    gone = weakref.ref(first)
    lit = builder.build(Snapshot(start, end, highlight=Highlight(first, "search", "a")), spec, FakeMetrics())
    assert any(m.dim for lane in lit.lanes for m in lane.markers)
    del first, lit
    builder.build(Snapshot(start, end, highlight=Highlight(frozenset({1, 2}), "search", "b")), spec, FakeMetrics())
    gc.collect()
    assert gone() is None, "the old highlight's matches are still held"


class _Unbounded(FrameBuilder):
    """Flags placed in every row the height holds, as before the ceilings."""

    def _row_ceilings(self, frame, view, shown, total, g, max_rows):  # type: ignore[no-untyped-def]
        return [max_rows] * len(shown)


class _Recording(FrameBuilder):
    ceilings: list[int]

    def _row_ceilings(self, frame, view, shown, total, g, max_rows):  # type: ignore[no-untyped-def]
        self.ceilings = super()._row_ceilings(frame, view, shown, total, g, max_rows)
        return self.ceilings


@settings(max_examples=60, deadline=None)
@given(start_year=st.floats(1996.5, 2022.5), span_days=st.floats(7, 9500), width=st.integers(320, 2600),
       height=st.integers(160, 1400), selected=st.sampled_from([None, 0, 5, 40]))
def test_flags_are_placed_in_no_more_rows_than_a_lane_can_be_given(start_year: float, span_days: float,
                                                                   width: int, height: int,
                                                                   selected: int | None) -> None:
    """Each lane's flags are placed only in as many rows as the height could give it beside every other lane's
    least: placed in every row the height holds, the allocation gives no lane more."""
    timeline, prepared = bundled()
    state = ViewState(Limits.of(timeline))
    start = (start_year - 1970) * 365.2425 * DAY
    state.set_range(start, start + span_days * DAY)
    snapshot = state.snapshot()
    if selected is not None:
        snapshot = replace(snapshot, selected=selected)
    spec = FrameSpec(width, height, 1.0)
    bounded = _Recording(timeline, prepared)
    frame = bounded.build(snapshot, spec, FakeMetrics())
    check_frame(frame)
    if not frame.lanes:
        return
    unbounded = _Unbounded(timeline, prepared).build(snapshot, spec, FakeMetrics())
    for lane, ceiling in zip(unbounded.lanes, bounded.ceilings, strict=True):
        assert lane.rows <= ceiling
    for lane, ceiling in zip(frame.lanes, bounded.ceilings, strict=True):
        assert lane.rows <= ceiling


def test_one_counts_code_is_the_arrays_code() -> None:
    from kztimeline.timeline.frame import count_code, count_codes

    counts = [2, 9, 10, 999, 1000, 1001, 1999, 2000, 12345, 999999]
    assert [count_code(c) for c in counts] == count_codes(np.asarray(counts)).tolist()


class CountingMetrics(FakeMetrics):
    """FakeMetrics that counts the label texts it is asked to measure."""

    def __init__(self) -> None:
        self.measured = 0

    def widths(self, texts: Sequence[str], role: Role) -> np.ndarray:
        self.measured += len(texts)
        return super().widths(texts, role)


def test_labels_measured_ahead_are_the_ones_frames_measure() -> None:
    """In idle time the builder measures every label of the language, a chunk at a time; the frames of a zoom
    after it measure nothing more and are the frames a builder that measured as it went builds."""
    timeline, prepared = bundled()
    start, end = Limits.of(timeline).whole()
    spans = [(start + (end - start) * f, start + (end - start) * (f + w)) for f, w in
             ((0.0, 1.0), (0.3, 0.2), (0.45, 0.04), (0.5, 0.005), (0.1, 0.01))]
    for lang in ("en", "kk", "ru"):
        ahead, plain = CountingMetrics(), CountingMetrics()
        early, late = FrameBuilder(timeline, prepared), FrameBuilder(timeline, prepared)
        spec = FrameSpec(1600, 700)
        assert not early.measure_ahead(lang, ahead), "measured ahead for fonts no frame uses"
        a, b = spans[3]
        early.build(Snapshot(a, b, lang=lang), spec, ahead)  # a first frame: its fonts are the ones kept
        first = ahead.measured
        while True:
            before = ahead.measured
            more = early.measure_ahead(lang, ahead, budget=25)
            assert ahead.measured - before <= 25, "more than a chunk's texts measured at once"
            if not more:
                break
        assert early.measured(lang, ahead)
        labels = sum(len(lane.points) for lane in prepared.lanes)
        assert ahead.measured - first >= labels - first, "labels left unmeasured"
        before = ahead.measured
        shown = 0
        for a, b in spans:
            state = Snapshot(a, b, lang=lang)
            frame, same = early.build(state, spec, ahead), late.build(state, spec, plain)
            for lane, twin in zip(frame.lanes, same.lanes, strict=True):
                assert (lane.rect, lane.labels, lane.spans, lane.row_markers) == \
                    (twin.rect, twin.labels, twin.spans, twin.row_markers)
                assert (lane.strip is None) == (twin.strip is None)
                assert lane.strip is None or np.array_equal(lane.strip.x, twin.strip.x)
            shown += frame.label_count
        assert shown > 0
        assert ahead.measured == before, "a frame measured a label again"
        assert plain.measured > 0
        assert not early.measure_ahead(lang, ahead), "nothing left, and nothing measured again"
        assert ahead.measured == before
