"""The level-of-detail pyramid: each lane's point events grouped into cells of a time grid, for every zoom band,
computed once when the data arrives. Qt-free.

Band k cuts time into cells of `base * STEP**k` seconds from a fixed origin (half an octave apart, so that marks
stand between one and 1.4 gaps apart rather than up to two), and the cells of any band partition the lane's
events (sorted by time, so a cell is a run of consecutive positions). A frame picks the finest band whose cells
are at least the marker gap wide on screen, slices the cells in view with a binary search, draws each at the
middle of its events and moves marks that would stand closer than the gap apart just enough (`spread`). Work per
frame grows with the cells in view (bounded by the width), not with the events.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

BASE_SECONDS = 3600.0  # the finest cells: an hour (events are dated to the day; finer would only repeat it)
STEP = 2 ** 0.5  # each band's cells this much wider than the last: marks stand between one and 1.4 gaps apart
_LOG_STEP = math.log(STEP)


@dataclass(frozen=True, slots=True)
class Band:
    """One zoom band of a lane: `first[c]` is the first position of cell c (with the lane's size appended),
    `best[c]` the position of its most important event (lowest priority, then earliest)."""

    width: float  # seconds per cell
    first: np.ndarray
    best: np.ndarray

    @property
    def cells(self) -> int:
        return len(self.first) - 1


@dataclass(slots=True)
class LanePyramid:
    """A lane's bands, finest first."""

    origin: float
    times: np.ndarray
    priorities: np.ndarray
    bands: list[Band] = field(default_factory=list)
    key: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # priority, then position
    past: int = 1  # more than every key

    @classmethod
    def of(cls, times: np.ndarray, priorities: np.ndarray, base: float = BASE_SECONDS) -> LanePyramid:
        n = len(times)
        origin = float(np.floor(times[0] / base) * base) if n else 0.0
        pyramid = cls(origin, times, priorities)
        if not n:
            return pyramid
        key = pyramid.key = priorities.astype(np.int64) * (n + 1) + np.arange(n, dtype=np.int64)
        pyramid.past = int(key.max()) + 1
        previous: Band | None = None
        step = 0
        while True:
            width = base * STEP ** step
            cell = np.floor((times - origin) / width).astype(np.int64)
            first = np.concatenate(([0], np.flatnonzero(np.diff(cell)) + 1, [n])).astype(np.int64)
            if previous is not None and np.array_equal(first, previous.first):  # the same cells: share them
                band = Band(width, previous.first, previous.best)
            else:
                best = np.minimum.reduceat(key, first[:-1]) % (n + 1)
                band = Band(width, first, best.astype(np.int64))
            pyramid.bands.append(band)
            previous = band
            if band.cells <= 1:
                break
            step += 1
        return pyramid

    @property
    def nbytes(self) -> int:
        seen: set[int] = set()
        total = 0
        for band in self.bands:
            if id(band.first) not in seen:
                seen.add(id(band.first))
                total += band.first.nbytes + band.best.nbytes
        return total

    def band_for(self, px_per_second: float, gap: float) -> int:
        """The finest band whose cells are at least `gap` pixels wide at `px_per_second` (the coarsest when
        none is)."""
        if not self.bands:
            return 0
        need = gap / px_per_second / self.bands[0].width
        k = min(max(0, math.ceil(math.log(need) / _LOG_STEP)) if need > 1 else 0, len(self.bands) - 1)
        while k > 0 and self.bands[k - 1].width * px_per_second >= gap:
            k -= 1
        while k < len(self.bands) - 1 and self.bands[k].width * px_per_second < gap:
            k += 1
        return k

    def cells_in(self, k: int, i0: int, i1: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The cells of band k holding positions [i0, i1), clipped to them: (cell numbers in the band, lo, hi),
        each cell's events being positions [lo, hi)."""
        if i1 <= i0 or not self.bands:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty, empty
        first = self.bands[k].first
        c0 = int(first.searchsorted(i0, "right")) - 1
        c1 = int(first.searchsorted(i1 - 1, "right"))
        cells = np.arange(c0, c1, dtype=np.int64)
        lo = np.maximum(first[c0:c1], i0)
        hi = np.minimum(first[c0 + 1:c1 + 1], i1)
        return cells, lo, hi

    def grid_left(self, k: int, lo: np.ndarray) -> np.ndarray:
        """Left edges (seconds) of the grid cells that hold positions `lo`."""
        width = self.bands[k].width
        left: np.ndarray = self.origin + np.floor((self.times[lo] - self.origin) / width) * width
        return left

    def best_of(self, k: int, cells: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                excluded: np.ndarray) -> np.ndarray:
        """Each cell's most important position in [lo, hi) that is not in the sorted `excluded` (-1 when none):
        the precomputed one where it qualifies, searched only in cells clipped or with excluded members."""
        band = self.bands[k]
        best: np.ndarray = band.best[cells].copy()
        whole = (lo == band.first[cells]) & (hi == band.first[cells + 1])
        redo = ~whole
        if len(excluded):
            found = excluded.searchsorted(best)
            redo |= (found < len(excluded)) & (excluded[np.minimum(found, len(excluded) - 1)] == best)
        again = redo.nonzero()[0]
        if not len(again):
            return best
        # the cells to search again, all at once: the keys of their positions gathered (a cell clipped by the
        # view holds only its visible part), the excluded ones set past every real key, each cell's least key by
        # one reduceat over the gathered runs
        empty = hi[again] <= lo[again]
        if empty.any():  # (cells hold at least one position; be sure)
            best[again[empty]] = -1
            again = again[~empty]
            if not len(again):
                return best
        first, sizes = lo[again], hi[again] - lo[again]
        ends = np.cumsum(sizes)
        positions = np.arange(int(ends[-1])) + np.repeat(first - (ends - sizes), sizes)
        keys = self.key[positions]
        if len(excluded):
            found = excluded.searchsorted(positions)
            keys[excluded[np.minimum(found, len(excluded) - 1)] == positions] = self.past
        least = np.minimum.reduceat(keys, ends - sizes)
        best[again] = np.where(least >= self.past, -1, least % (len(self.key) + 1))
        return best


class Members(Sequence[int]):
    """A cluster's events (indices into the timeline), most important first, worked out only when asked for:
    positions [lo, hi) of a lane less the `excluded` ones (drawn elsewhere), ordered by priority, then time."""

    __slots__ = ("_points", "_priorities", "_lo", "_hi", "_excluded", "_count", "_items")

    def __init__(self, points: np.ndarray, priorities: np.ndarray, lo: int, hi: int, excluded: np.ndarray,
                 count: int) -> None:
        self._points, self._priorities = points, priorities
        self._lo, self._hi, self._excluded, self._count = lo, hi, excluded, count
        self._items: tuple[int, ...] | None = None

    def _all(self) -> tuple[int, ...]:
        if self._items is None:
            positions = np.arange(self._lo, self._hi)
            if len(self._excluded):
                positions = positions[~np.isin(positions, self._excluded)]
            order = np.argsort(self._priorities[positions], kind="stable")
            self._items = tuple(self._points[positions[order]].tolist())
        return self._items

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, item):  # type: ignore[no-untyped-def]
        return self._all()[item]

    def __iter__(self) -> Iterator[int]:
        return iter(self._all())

    def __contains__(self, value: object) -> bool:
        return value in self._all()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Members):
            return (self._points is other._points and self._lo == other._lo and self._hi == other._hi
                    and self._count == other._count)
        if isinstance(other, tuple):
            return len(other) == self._count and self._all() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash((id(self._points), self._lo, self._hi, self._count))

    def __repr__(self) -> str:
        return f"Members({self._count} events)"


def spread(xs: np.ndarray, gap: float) -> np.ndarray:
    """Sorted positions moved as little as needed for consecutive ones to stand at least `gap` apart: the mean of
    pushing each to the right of its left neighbour and each to the left of its right neighbour (both keep the
    gap, and so does their mean). Positions already a gap apart stay where they are."""
    if len(xs) < 2:
        return xs
    steps = np.arange(len(xs)) * gap
    right = np.maximum.accumulate(xs - steps) + steps
    flipped = -xs[::-1]
    left = -(np.maximum.accumulate(flipped - steps) + steps)[::-1]
    out: np.ndarray = (right + left) / 2
    return out


def pyramids(lanes: Sequence[object]) -> list[LanePyramid]:
    """A pyramid for each lane (objects with `times` and `priorities` arrays of their point events)."""
    return [LanePyramid.of(lane.times, lane.priorities) for lane in lanes]  # type: ignore[attr-defined]
