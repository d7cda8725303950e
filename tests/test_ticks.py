"""The time axis's day-level ticks: on the same dates every month (a week: 1, 8, 15, 22; a half-month: 1, 16;
two days: the odd days to the 29th), each month's run of ticks walked month by month rather than day by day."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from kztimeline.model import from_seconds, to_seconds
from kztimeline.timeline import ticks

DAY_LEVELS = {level.name: level for level in ticks.LEVELS if not level.months}


def _every_day_rule(level: ticks.Level, start: float, end: float) -> list[dt.date]:
    """The rule written plainly: each day of each month from the start's month, kept where it is a step from
    the 1st and half a step still fits in 31 days."""
    first = from_seconds(start)
    day, out = dt.date(first.year, first.month, 1), []
    while to_seconds(day) <= end:
        if (day.day - 1) % level.days == 0 and day.day + level.days // 2 <= 31:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def test_day_ticks_fall_on_the_same_dates_each_month() -> None:
    start, end = to_seconds(dt.date(2011, 1, 1)), to_seconds(dt.date(2011, 3, 31))
    weeks = list(ticks._dates(DAY_LEVELS["week"], start, end))
    assert sorted({d.day for d in weeks}) == [1, 8, 15, 22]
    halves = list(ticks._dates(DAY_LEVELS["half-month"], start, end))
    assert [(d.month, d.day) for d in halves] == [(1, 1), (1, 16), (2, 1), (2, 16), (3, 1), (3, 16)]
    feb = [d.day for d in ticks._dates(DAY_LEVELS["2 days"], start, end) if d.month == 2]
    assert feb == list(range(1, 29, 2))  # February 2011 has 28 days
    assert len(list(ticks._dates(DAY_LEVELS["day"], start, end))) == 31 + 28 + 31


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.sampled_from(sorted(DAY_LEVELS)), st.integers(0, 40 * 365), st.integers(0, 400),
       st.floats(0, 86399))
def test_day_ticks_are_the_every_day_rule(name: str, first_day: int, days: int, second: float) -> None:
    start = to_seconds(dt.date(1990, 1, 1)) + first_day * 86400 + second
    end = start + days * 86400
    level = DAY_LEVELS[name]
    assert list(ticks._dates(level, start, end)) == _every_day_rule(level, start, end)


def test_the_same_view_asked_again_gets_the_same_ticks_and_another_view_its_own() -> None:
    start, end = to_seconds(dt.date(2000, 1, 1)), to_seconds(dt.date(2010, 1, 1))
    found = ticks.warped_ticks(start, end, 1200, 8.0, None)
    assert ticks.warped_ticks(start, end, 1200, 8.0, None) is found
    assert ticks.warped_ticks(start, end, 1200, 8.0, None) == ticks.ticks(start, end, 1200, 8.0)
    narrow = ticks.warped_ticks(start, end, 200, 8.0, None)
    assert len(narrow.major_ticks) < len(found.major_ticks)
