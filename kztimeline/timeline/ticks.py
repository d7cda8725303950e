"""Where the time axis puts its ticks: calendar-aligned steps (decades down to days) chosen from the pixels per
second so that labels never overlap. Qt-free; the axis item only formats and draws what this returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from kztimeline.model import DAY, from_seconds, to_seconds
from kztimeline.timeline.layout import Viewport, Warp


@dataclass(frozen=True, slots=True)
class Level:
    name: str  # decade, 5 years, 2 years, year, half, quarter, month, week... day
    months: int = 0  # calendar step in months (0: a step in days)
    days: int = 0
    label_chars: int = 4  # how long its labels are, in characters

    @property
    def approx_seconds(self) -> float:
        return (self.months * 30.44 + self.days) * DAY


LEVELS = (  # coarse to fine; a timeline may span centuries (years 1000 to 2999), so the axis never runs out
    Level("century", months=1200),
    Level("50 years", months=600),
    Level("20 years", months=240),
    Level("decade", months=120),
    Level("5 years", months=60),
    Level("2 years", months=24),
    Level("year", months=12),
    Level("half", months=6, label_chars=8),
    Level("quarter", months=3, label_chars=8),
    Level("month", months=1, label_chars=8),
    Level("half-month", days=15, label_chars=11),
    Level("week", days=7, label_chars=11),
    Level("2 days", days=2, label_chars=11),
    Level("day", days=1, label_chars=11),
)


@dataclass(frozen=True, slots=True)
class Ticks:
    major: Level
    major_ticks: list[float]
    minor_ticks: list[float]


def choose_level(px_per_second: float, char_px: float, padding_px: float = 18.0) -> int:
    """Index of the finest level whose labels fit side by side without overlapping."""
    chosen = 0
    for i, level in enumerate(LEVELS):
        if level.approx_seconds * px_per_second >= level.label_chars * char_px + padding_px:
            chosen = i
    return chosen


def _dates(level: Level, start: float, end: float) -> Iterator[dt.date]:
    first = from_seconds(start)
    if level.months:
        month_index = first.year * 12 + first.month - 1
        month_index -= month_index % level.months
        while True:
            day = dt.date(month_index // 12, month_index % 12 + 1, 1)
            if to_seconds(day) > end:
                return
            yield day
            month_index += level.months
    else:
        # day steps restart at each month so ticks fall on the same dates (1, 8, 15, 22 / 1, 16): each month's
        # days 1, 1 + step, ... while a half step still fits in 31 days and the day is in the month
        month = dt.date(first.year, first.month, 1)
        while to_seconds(month) <= end:
            following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
            last = min((following - month).days, 31 - level.days // 2)
            for n in range(1, last + 1, level.days):
                day = month.replace(day=n)
                if to_seconds(day) > end:
                    return
                yield day
            month = following


def ticks(start: float, end: float, width_px: float, char_px: float = 8.0) -> Ticks:
    """Major ticks (labelled) and minor ticks (unlabelled, at the next finer level with room) for a view."""
    if end <= start or width_px <= 0:
        return Ticks(LEVELS[0], [], [])
    px_per_second = width_px / (end - start)
    index = choose_level(px_per_second, char_px)
    major = LEVELS[index]
    majors = [to_seconds(d) for d in _dates(major, start, end) if to_seconds(d) >= start]
    minors: list[float] = []
    for finer in LEVELS[index + 1:]:
        if finer.approx_seconds * px_per_second >= 6:
            major_set = set(majors)
            minors = [s for d in _dates(finer, start, end) if start <= (s := to_seconds(d)) and s not in major_set]
            break
    return Ticks(major, majors, minors)


_recent: dict[tuple[float, float, float, float, Warp | None], Ticks] = {}


def warped_ticks(start: float, end: float, width_px: float, char_px: float, warp: Warp | None) -> Ticks:
    """Ticks for a view whose time may be warped (a poster's): each stretch drawn at one scale gets the ticks its
    own width has room for. A frame's grid and the time axes above and below ask for the same view's: the last
    few answers are kept (callers do not change them)."""
    key = (start, end, width_px, char_px, warp)
    found = _recent.get(key)
    if found is None:
        if len(_recent) >= 8:
            _recent.clear()
        found = _recent[key] = _warped_ticks(start, end, width_px, char_px, warp)
    return found


def _warped_ticks(start: float, end: float, width_px: float, char_px: float, warp: Warp | None) -> Ticks:
    if warp is None:
        return ticks(start, end, width_px, char_px)
    view = Viewport(start, end, width_px, 0.0, warp)
    pieces = [(a, b, float(view.to_px(b)) - float(view.to_px(a))) for a, b in warp.pieces(start, end)]
    found = [ticks(a, b, w, char_px) for a, b, w in pieces if w > 0]
    if not found:
        return ticks(start, end, width_px, char_px)
    widest = max(range(len(found)), key=lambda n: pieces[n][2])
    majors = sorted({t for f in found for t in f.major_ticks})
    # a label needs room from its neighbour: drop a tick closer than the main level's spacing allows
    room = found[widest].major.label_chars * char_px + 6
    kept: list[float] = []
    for t in majors:
        if not kept or float(view.to_px(t)) - float(view.to_px(kept[-1])) >= room:
            kept.append(t)
    minors = sorted({t for f in found for t in f.minor_ticks} - set(kept))
    return Ticks(found[widest].major, kept, minors)
