"""Properties of the pure level-of-detail functions in kztimeline.layout, on random data (no Qt)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from kztimeline.timeline.layout import (
    Viewport,
    place_dots,
    place_flags,
    shorten,
    stack_spans,
    visible_range,
    wrap_in_two,
)

SETTINGS = settings(max_examples=120, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

finite = {"allow_nan": False, "allow_infinity": False}


if not os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
    # Hypothesis caches per-module constants while collecting; keep that out of the working tree
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "kztimeline-hypothesis")


@st.composite
def viewports(draw: st.DrawFn) -> Viewport:
    start = draw(st.floats(-1e6, 1e6, **finite))
    span = draw(st.floats(1.0, 1e6, **finite))
    width = draw(st.floats(50.0, 3000.0, **finite))
    left = draw(st.floats(0.0, 200.0, **finite))
    return Viewport(start, start + span, width, left)


@st.composite
def times_and_view(draw: st.DrawFn) -> tuple[np.ndarray, Viewport]:
    view = draw(viewports())
    span = view.end - view.start
    # events before, inside and after the view, often many close together
    lo, hi = view.start - span, view.end + span
    values = draw(st.lists(st.floats(lo, hi, **finite), min_size=0, max_size=150))
    if draw(st.booleans()):  # a burst of near-identical times
        centre = draw(st.floats(view.start, view.end, **finite))
        count = draw(st.integers(1, 150))
        values += [centre + draw(st.floats(0, span / 1000, **finite)) for _ in range(count)]
    return np.array(sorted(values), dtype=float), view


# -- culling (clustering is the pyramid's: tests/test_lod.py) ------------------------------------------------
@SETTINGS
@given(data=times_and_view())
def test_visible_range_is_exactly_the_events_in_the_window(data: tuple[np.ndarray, Viewport]) -> None:
    times, view = data
    i0, i1 = visible_range(times, view.start, view.end)
    assert [n for n, t in enumerate(times.tolist()) if view.start <= t <= view.end] == list(range(i0, i1))
    assert visible_range(np.array([1.0, 2.0, 3.0]), 2.0, 2.0) == (1, 2)


@SETTINGS
@given(spans=st.lists(st.tuples(st.floats(-1e6, 1e6, **finite), st.floats(0.0, 1e5, **finite)), max_size=80),
       min_gap=st.floats(0.0, 1e3, **finite))
def test_stack_spans_never_puts_overlapping_spans_in_one_row(spans: list[tuple[float, float]],
                                                             min_gap: float) -> None:
    spans = sorted(spans)
    starts = np.array([s for s, _ in spans], dtype=float)
    ends = np.array([s + length for s, length in spans], dtype=float)
    rows = stack_spans(starts, ends, min_gap=min_gap)
    assert len(rows) == len(spans)
    assert all(r >= 0 for r in rows)
    if rows:
        assert set(rows) == set(range(max(rows) + 1)), "an empty row between rows"
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            if rows[i] == rows[j]:
                # half-open [start, end): touching spans may share a row, overlapping ones may not
                assert starts[j] >= ends[i] + min_gap or starts[i] >= ends[j] + min_gap, (i, j)
    # the lowest free row: a span goes up a row only when every lower row is taken where it starts
    for j, row in enumerate(rows):
        for lower in range(row):
            occupied = any(rows[i] == lower and starts[j] < ends[i] + min_gap for i in range(j))
            assert occupied, f"span {j} is in row {row} although row {lower} is free"


# -- place_flags, wrap_in_two, shorten ------------------------------------------------------------------------
@st.composite
def flag_problems(draw: st.DrawFn) -> tuple[list[float], list[float], list[int], int, list[float | None]]:
    n = draw(st.integers(0, 60))
    anchors = draw(st.lists(st.floats(0.0, 2000.0, **finite), min_size=n, max_size=n))
    widths = draw(st.lists(st.floats(1.0, 400.0, **finite), min_size=n, max_size=n))
    priorities = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    wrapped = [draw(st.one_of(st.none(), st.floats(0.5 * w, w, **finite))) for w in widths]
    return anchors, widths, priorities, draw(st.integers(1, 8)), wrapped


@SETTINGS
@given(problem=flag_problems())
def test_flags_never_overlap_and_stay_inside_beside_their_markers(problem) -> None:
    anchors, widths, priorities, rows, wrapped = problem
    flags = place_flags(anchors, widths, priorities, rows, 12.0, 8.0, wrapped, left_limit=0.0, right_limit=2000.0,
                        blocked=[(0, 0.0, 150.0)])
    assert len({f.index for f in flags}) == len(flags)
    cells = [(r, f) for f in flags for r in range(f.row, f.row + f.lines)]
    for r, f in cells:
        assert 0 <= r < rows
        assert not (f.x0 < 150.0 and r == 0 and f.x1 > 0.0), "a flag over the lane's name"
        assert f.x0 <= anchors[f.index] <= f.x1, "a flag away from its marker"
        for r2, g in cells:
            if g is not f and r2 == r:
                assert not (f.x0 < g.x1 and g.x0 < f.x1), f"flags overlap in row {r}: {f} {g}"


def test_the_event_in_focus_gets_the_first_place() -> None:
    flags = place_flags([100.0, 105.0, 110.0], [300.0, 300.0, 300.0], [1, 0, 1], 1, 12.0, 8.0)
    assert [f.index for f in flags] == [1]


def test_dots_fill_the_gaps_flags_leave() -> None:
    flags = place_flags([100.0], [200.0], [1], 2, 12.0, 8.0, left_limit=90.0)  # it must hang right
    spots = place_dots(flags, [150.0, 500.0], [2, 2], 2, 12.0, 4.0)
    assert spots == {0: 1, 1: 0}, "a dot under a label instead of the next row, or the free spot not used"


@SETTINGS
@given(problem=flag_problems(), dots=st.lists(st.tuples(st.floats(0.0, 2000.0, **finite), st.integers(1, 3)),
                                               max_size=120))
def test_dots_take_the_first_free_row_or_none(problem, dots) -> None:
    """Markers without a label, most important first: each in the first row where nothing (a label, the lane's
    name, a marker placed before it) stands within its reach, or left out only when every row is taken there."""
    anchors, widths, priorities, rows, wrapped = problem
    blocked = [(0, 0.0, 150.0)]
    flags = place_flags(anchors, widths, priorities, rows, 12.0, 8.0, wrapped, blocked=blocked)
    xs, prios = [x for x, _p in dots], [p for _x, p in dots]
    spots = place_dots(flags, xs, prios, rows, 12.0, 4.0, blocked)
    half = 12.0 / 2 + 4.0 / 2
    taken = [(r, x0, x1) for r, x0, x1 in blocked]
    taken += [(r, f.x0, f.x1) for f in flags for r in range(f.row, f.row + f.lines)]

    def free(row: int, x: float) -> bool:
        return not any(r == row and x0 < x + half and x - half < x1 for r, x0, x1 in taken)

    for _p, x, i in sorted(zip(prios, xs, range(len(xs)), strict=True)):
        first_free = next((row for row in range(rows) if free(row, x)), None)
        assert spots.get(i) == first_free, f"marker {i} at {x}: row {spots.get(i)}, first free {first_free}"
        if first_free is not None:
            taken.append((first_free, x - half, x + half))


def test_wrapping_breaks_between_words_nearest_the_middle() -> None:
    assert wrap_in_two("Makinsk poultry: 25,000 t a year") == ("Makinsk poultry:", "25,000 t a year")
    assert wrap_in_two("Kazakhstan-2030") is None


def test_shortening_keeps_whole_words_and_never_ends_on_a_bare_number() -> None:
    def width(text: str) -> float:
        return 10.0 * len(text)

    assert shorten("Shieli cement plant, 1 Mt a year", 1000, width) == "Shieli cement plant, 1 Mt a year"
    assert shorten("Shieli cement plant, 1 Mt a year", 270, width) == "Shieli cement plant, 1 Mt…"
    assert shorten("Shieli cement plant, 1 Mt a year", 230, width) is None, "the plant's capacity was left out"
    assert shorten("Tenge devalued to about 150 per dollar", 300, width) is None
    assert shorten("A programme of several industries begins", 200, width) == "A programme of…"
    assert shorten("Kazakhstan-2030", 50, width) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ,1Қя"), max_size=40))
def test_wrap_in_two_breaks_at_the_space_nearest_the_middle(text: str) -> None:
    """The break is the space nearest the middle, the earlier of two as near; no space, no break."""
    spaces = [n for n, ch in enumerate(text) if ch == " "]
    found = wrap_in_two(text)
    if not spaces:
        assert found is None
        return
    cut = min(spaces, key=lambda n: abs(n - len(text) / 2))
    assert found == (text[:cut], text[cut + 1:])
