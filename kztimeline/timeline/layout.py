"""Layout for the timeline, as pure functions with no Qt: which events are visible, where their labels go so
that no two overlap, how bars stack (which events merge into clusters is the pyramid's: see lod).

Everything here works in device pixels along x, given the visible time window; the view calls it on every range
change and draws the result. Events of a lane are kept as sorted numpy arrays, so culling is a binary search and
never walks the whole lane.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Viewport:
    """The visible time window [start, end] (seconds) drawn across `width` pixels starting at `left`; with a
    `warp` (a poster's), time is first mapped through it (see Warp)."""

    start: float
    end: float
    width: float
    left: float = 0.0
    warp: Warp | None = None

    @property
    def px_per_second(self) -> float:
        """Pixels per second where time is drawn at its full width (everywhere without a warp)."""
        return self.width / (self.end - self.start)

    def to_px(self, seconds: float | np.ndarray) -> float | np.ndarray:
        if self.warp is not None:
            seconds = self.warp.apply(seconds)
        return self.left + (seconds - self.start) * self.px_per_second

    def to_seconds(self, px: float) -> float:
        drawn = self.start + (px - self.left) / self.px_per_second
        return float(self.warp.invert(drawn)) if self.warp is not None else drawn


@dataclass(frozen=True, slots=True)
class Warp:
    """A poster's time scale: long stretches with no event drawn narrower, so that the years where the story
    happens get the width. Piecewise linear and increasing; it maps [start, end] onto itself (so the drawing's
    own coordinates stay seconds) and is the identity's slope outside. `quiet` lists the narrowed stretches
    (seconds), which the drawing marks as such."""

    knots: tuple[float, ...]
    values: tuple[float, ...]
    quiet: tuple[tuple[float, float], ...] = ()

    def apply(self, seconds: float | np.ndarray) -> float | np.ndarray:
        k, v = self.knots, self.values
        out = np.interp(seconds, k, v)
        out = np.where(np.asarray(seconds) < k[0], np.asarray(seconds) - k[0] + v[0], out)
        out = np.where(np.asarray(seconds) > k[-1], np.asarray(seconds) - k[-1] + v[-1], out)
        return float(out) if np.ndim(out) == 0 else out

    def invert(self, drawn: float | np.ndarray) -> float | np.ndarray:
        return Warp(self.values, self.knots).apply(drawn)

    def pieces(self, start: float, end: float) -> list[tuple[float, float]]:
        """The stretches of [start, end] (seconds) drawn at one scale each."""
        cuts = sorted({start, end, *(k for k in self.knots if start < k < end)})
        return list(zip(cuts[:-1], cuts[1:], strict=True))

    @classmethod
    def narrowing_quiet_years(cls, busy: Sequence[tuple[float, float]], years: Sequence[tuple[int, float, float]],
                              start: float, end: float, weight: float = 0.2, min_run: int = 3) -> Warp | None:
        """Runs of at least `min_run` calendar years (`years`: (year, first second, end second)) in which nothing
        in `busy` (time extents) happens, drawn at `weight` of a year's width; None when there are none."""
        quiet_years = [(a, b) for _y, a, b in years
                       if not any(s0 <= b and s1 >= a for s0, s1 in busy) and a >= start and b <= end]
        runs: list[list[tuple[float, float]]] = []
        for year in quiet_years:
            if runs and abs(runs[-1][-1][1] - year[0]) < 1.0:
                runs[-1].append(year)
            else:
                runs.append([year])
        quiet = [(run[0][0], run[-1][1]) for run in runs if len(run) >= min_run]
        if not quiet:
            return None
        quiet_total = sum(b - a for a, b in quiet)
        full = (end - start) - quiet_total
        stretch = (end - start) / (full + weight * quiet_total)
        knots, values = [start], [start]
        for a, b in quiet:
            knots.append(a)
            values.append(values[-1] + (a - knots[-2]) * stretch)
            knots.append(b)
            values.append(values[-1] + (b - a) * stretch * weight)
        knots.append(end)
        values.append(values[-1] + (end - knots[-2]) * stretch)
        values[-1] = end
        return cls(tuple(knots), tuple(values), tuple(quiet))


def visible_range(times: np.ndarray, start: float, end: float) -> tuple[int, int]:
    """Indices [i0, i1) of the sorted `times` that fall in [start, end]."""
    return int(times.searchsorted(start, "left")), int(times.searchsorted(end, "right"))


def stack_spans(starts: np.ndarray, ends: np.ndarray, min_gap: float = 0.0) -> list[int]:
    """Assign each span (sorted by start) the lowest row where it does not overlap an earlier span.

    Free rows wait in a heap by row number, busy rows in a heap by end time, so each span costs log(rows)."""

    free: list[int] = []  # row numbers whose last span has ended
    busy: list[tuple[float, int]] = []  # (end + min_gap, row)
    rows: list[int] = []
    count = 0
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        while busy and busy[0][0] <= s:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            row = heapq.heappop(free)
        else:
            row, count = count, count + 1
        heapq.heappush(busy, (e + min_gap, row))
        rows.append(row)
    return rows


@dataclass(frozen=True, slots=True)
class Flag:
    """An event's marker with its label beside it, in label row `row` (0 is the lane's top row): the text to
    the right of the marker, or with `left` to its left; `lines` 2 when the label is wrapped over two rows.
    [x0, x1] is the extent it occupies, marker and gap included."""

    index: int  # which candidate
    row: int
    lines: int
    x0: float
    x1: float
    left: bool


class _Occupied:
    """Disjoint occupied intervals per row, sorted by start: a free test is one binary search."""

    def __init__(self, rows: int = 0) -> None:
        self.starts: list[list[float]] = [[] for _ in range(rows)]
        self.ends: list[list[float]] = [[] for _ in range(rows)]

    def _row(self, row: int) -> None:
        while len(self.starts) <= row:
            self.starts.append([])
            self.ends.append([])

    def free(self, row: int, x0: float, x1: float) -> bool:
        if row >= len(self.starts):
            return True
        starts, ends = self.starts[row], self.ends[row]
        i = bisect.bisect_left(starts, x1)
        return not (i > 0 and ends[i - 1] > x0)

    def take(self, row: int, x0: float, x1: float) -> None:
        self._row(row)
        i = bisect.bisect_left(self.starts[row], x0)
        self.starts[row].insert(i, x0)
        self.ends[row].insert(i, x1)


def place_flags(
    anchors: Sequence[float],
    widths: Sequence[float],
    priorities: Sequence[int],
    max_rows: int,
    marker: float,
    gap: float,
    wrapped: Sequence[float | None] | None = None,
    left_limit: float = -math.inf,
    right_limit: float = math.inf,
    blocked: Sequence[tuple[int, float, float]] = (),
    by_time_only: bool = False,
) -> list[Flag]:
    """Place each candidate's flag (a marker `marker` px wide at `anchors[i]` and a label `widths[i]` wide
    beside it) in the first of `max_rows` rows where it fits, most important first, then earlier first. A label
    goes right of its marker or, failing that, left of it; where `wrapped[i]` gives the width of the label on
    two lines, it may take two rows at that width. A flag that fits nowhere is left out (the caller draws those
    markers another way). No two flags overlap, gaps included; each stays within the limits.

    Each flag takes the first row where it fits, so a caller may place once with many rows and keep the flags
    that end within the first k: they are a layout for k rows."""
    occupied = _Occupied(max_rows)
    starts, ends, take = occupied.starts, occupied.ends, occupied.take  # the free test is inlined below
    bisect_right = bisect.bisect_right

    for row, x0, x1 in blocked:
        if row < max_rows:
            take(row, x0, x1)
    half = marker / 2
    placed: list[Flag] = []
    # the event in focus (priority 0) and the most important (1) first; then the rest from left to right, which
    # packs a row like interval scheduling does, instead of scattering minor events across it
    # (a poster, which labels every event, may instead take them simply from left to right: `by_time_only`)
    if by_time_only:
        order = sorted(range(len(anchors)), key=lambda n: (0 if priorities[n] == 0 else 1, anchors[n]))
    else:
        order = sorted(range(len(anchors)), key=lambda n: (min(priorities[n], 2), anchors[n]))
    # each row's widest free stretch, an upper bound refreshed every few placements (rows only fill up): a row
    # whose widest stretch is narrower than a flag is skipped without a search, and a crowded lane's many
    # candidates that fit nowhere cost almost nothing
    reach = max(gap, half)  # how far past a limit a flag may reach (its gap, or its marker's half)
    low, high = left_limit - reach, right_limit + reach

    def widest_of(row: int) -> float:
        best, before = -math.inf, low
        for start, end in zip(starts[row], ends[row], strict=True):
            if start - before > best:
                best = start - before
            before = end
        return max(best, high - before)

    widest = [widest_of(row) for row in range(max_rows)]
    roomiest = max(widest, default=-math.inf)
    dirty: set[int] = set()
    pad = marker + 1.5 * gap  # a flag's length beside its label's width
    beside = half + gap / 2  # from an anchor to its label
    inf = math.inf

    def room_at(row: int, x: float) -> tuple[float, float]:
        """The free stretch of `row` around x: where the last interval starting at or before x ends (the
        stretch is empty when that one covers x) and where the next one starts. Every flag's extent holds its
        anchor, so it is free exactly when it lies within this stretch: one search per row, not one per shape."""
        row_starts = starts[row]
        k = bisect_right(row_starts, x)
        return (ends[row][k - 1] if k else -inf), (row_starts[k] if k < len(row_starts) else inf)

    for i in order:
        x = anchors[i]
        if not left_limit <= x <= right_limit:
            continue
        if len(dirty) >= 4:
            for row in dirty:
                widest[row] = widest_of(row)
            dirty.clear()
            roomiest = max(widest)
        width = widths[i]
        two_lines = wrapped[i] if wrapped is not None else None
        shortest = pad + (width if two_lines is None else min(width, two_lines))
        if not dirty and roomiest < shortest:  # no row has room for it anywhere
            continue
        # (lines, x0, x1, text on the left), in the order tried: one line before two, the earlier end first (a
        # label on the left ends at its marker, before one on the right)
        shapes: list[tuple[int, float, float, bool]] = []
        left0, right1 = x - beside - width - gap, x + beside + width + gap
        if left0 + gap >= left_limit:
            shapes.append((1, left0, x + half, True))
        if right1 - gap <= right_limit:
            shapes.append((1, x - half, right1, False))
        if two_lines is not None and max_rows > 1:
            left0, right1 = x - beside - two_lines - gap, x + beside + two_lines + gap
            if left0 + gap >= left_limit:
                shapes.append((2, left0, x + half, True))
            if right1 - gap <= right_limit:
                shapes.append((2, x - half, right1, False))
        found: tuple[int, int, float, float, bool] | None = None
        for row in range(max_rows):
            if widest[row] < shortest and row not in dirty:
                continue
            free0, free1 = room_at(row, x)
            if free1 - free0 < shortest:
                continue
            below: tuple[float, float] | None = None
            for lines, x0, x1, on_left in shapes:
                if x0 < free0 or x1 > free1:
                    continue
                if lines == 2:
                    if row + 2 > max_rows:
                        continue
                    if below is None:
                        below = room_at(row + 1, x)
                    if x0 < below[0] or x1 > below[1]:
                        continue
                found = (row, lines, x0, x1, on_left)
                break
            if found is not None:
                break
        if found is not None:
            row, lines, x0, x1, on_left = found
            for r in range(row, row + lines):
                take(r, x0, x1)
                dirty.add(r)
            placed.append(Flag(i, row, lines, x0, x1, on_left))
    return placed


def wrap_in_two(text: str) -> tuple[str, str] | None:
    """The text as two lines broken at the space nearest its middle (None when it has no space). A number is
    never split: breaks only fall between words."""
    middle = len(text) / 2
    before = text.rfind(" ", 0, int(middle) + 1)  # the last space at or before the middle
    after = text.find(" ", int(middle) + 1)  # the first space after it
    if before < 0 and after < 0:
        return None
    # the nearer of the two; the earlier when both are as near
    cut = before if after < 0 or (before >= 0 and middle - before <= after - middle) else after
    return text[:cut], text[cut + 1:]


_BARE_NUMBER = re.compile(r"^[\d.,\u00a0]+%?$")


def shorten(text: str, width: float, measure: Callable[[str], float], ellipsis: str = "…") -> str | None:
    """`text` if it fits in `width`, else its longest beginning of whole words that fits with an ellipsis; None
    when that would leave out a number or a year, or not even the first word fits. It is never cut inside a
    word, and never right after a bare number (which would lose what the number counts)."""
    if measure(text) <= width:
        return text
    words = text.split(" ")
    for n in range(len(words) - 1, 0, -1):
        if any(ch.isdigit() for ch in words[n]):
            return None  # a number, a year: never left out
        if _BARE_NUMBER.match(words[n - 1]):
            continue  # "plant, 1…" would keep a number and lose what it counts
        candidate = " ".join(words[:n]).rstrip(",;:–-") + ellipsis
        if measure(candidate) <= width:
            return candidate
    return None


def place_dots(flags: Sequence[Flag], anchors: Sequence[float], priorities: Sequence[int], rows: int,
               marker: float, gap: float, blocked: Sequence[tuple[int, float, float]] = ()) -> dict[int, int]:
    """Markers with no label, fitted into the gaps the kept `flags` leave in the first `rows` rows: candidate i
    (a marker at `anchors[i]`) gets a row where nothing else is drawn, most important first. Returns
    {candidate: row}; the ones left out go elsewhere (the lane's marker strip)."""
    occupied = _Occupied(rows)
    for row, x0, x1 in blocked:
        occupied.take(row, x0, x1)
    for flag in flags:
        for r in range(flag.row, flag.row + flag.lines):
            occupied.take(r, flag.x0, flag.x1)
    starts, ends = occupied.starts, occupied.ends  # the free test and the taking are inlined below
    bisect_left = bisect.bisect_left
    half = marker / 2 + gap / 2
    found: dict[int, int] = {}
    # a marker that the labels and the blocked stretches leave no room for in any row never gets one (markers
    # only add to what is taken): those, most of a crowded lane's, are set aside at once, row by row as arrays
    xs = np.asarray(anchors, dtype=float)
    room = np.zeros(len(xs), dtype=bool)
    for row in range(rows):
        if not starts[row]:
            room[:] = True
            break
        after = np.searchsorted(np.asarray(starts[row]), xs + half, "left")
        room |= (after == 0) | (np.asarray(ends[row])[np.maximum(after - 1, 0)] <= xs - half)
    hopeful = np.flatnonzero(room).tolist()
    for _priority, x, i in sorted(zip([priorities[i] for i in hopeful], [anchors[i] for i in hopeful], hopeful,
                                      strict=True)):
        x0, x1 = x - half, x + half
        for row in range(rows):
            row_starts, row_ends = starts[row], ends[row]
            k = bisect_left(row_starts, x1)
            if k > 0 and row_ends[k - 1] > x0:
                continue
            k = bisect_left(row_starts, x0)
            row_starts.insert(k, x0)
            row_ends.insert(k, x1)
            found[i] = row
            break
    return found


def wrap_words(text: str, width: float, measure: Callable[[str], float]) -> list[str] | None:
    """`text` broken into lines no wider than `width`, between words only; None when a single word is wider."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if not current or measure(word) > width:
            return None
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines
