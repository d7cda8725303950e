"""Dates with their true precision (a year, a month or a day) and spans between them.

The timeline's x coordinate is seconds since 1970-01-01 UTC, so that date axes and level-of-detail rules can
work in one unit; `to_seconds` is the only conversion.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import IntEnum

import msgspec

_DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
DAY = 86400.0
MIN_YEAR, MAX_YEAR = 1000, 2999
"""The years a date may have: four digits, and far enough from year 1 and year 9999 that a view or an export
with its margins around the widest range still holds only dates Python and Qt can represent."""


class Precision(IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


class PartialDate(msgspec.Struct, frozen=True, order=True, gc=False, omit_defaults=True):
    """A calendar date known to a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def __str__(self) -> str:
        return self.iso()


def parse_date(text: str) -> PartialDate:
    """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError with a reader's message otherwise."""
    match = _DATE_RE.match(text.strip())
    if not match:
        if re.match(r"^\s*-[0-9]", text):
            raise ValueError(f"'{text}' is not a date: years before the common era cannot be shown; years run "
                             f"from {MIN_YEAR} to {MAX_YEAR}")
        raise ValueError(f"'{text}' is not a date: write a year (2010), a month (2010-02) or a day (2010-02-23)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if year < 1:
        raise ValueError(f"'{text}' is not a date: there is no year 0")
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"'{text}' is not a date the timeline can show: years run from {MIN_YEAR} to {MAX_YEAR}")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"'{text}' is not a date: there is no month {month}")
    if day is not None:
        assert month is not None
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"'{text}' is not a date: {calendar.month_name[month]} {year} has {last} days")
    return PartialDate(year, month, day)


class When(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    """When something happened: one partial date (`end` is None) or a span from `start` to `end`."""

    start: PartialDate
    end: PartialDate | None = None

    @property
    def is_span(self) -> bool:
        return self.end is not None

    def first_day(self) -> dt.date:
        return self.start.first_day()

    def last_day(self) -> dt.date:
        return (self.end or self.start).last_day()

    def start_seconds(self) -> float:
        return to_seconds(self.first_day())

    def end_seconds(self) -> float:
        """The end of the last day covered, so a span's bar reaches the end of its last day."""
        return to_seconds(self.last_day()) + DAY

    def anchor_seconds(self) -> float:
        """Where a point event is drawn: the middle of the period its precision covers."""
        if self.end is not None:
            return self.start_seconds()
        return (self.start_seconds() + self.end_seconds()) / 2

    def __str__(self) -> str:
        return f"{self.start}–{self.end}" if self.end is not None else str(self.start)


def to_seconds(day: dt.date) -> float:
    """Seconds since 1970-01-01 UTC at the start of `day`."""
    return (day.toordinal() - _EPOCH_ORDINAL) * DAY


def from_seconds(seconds: float) -> dt.date:
    return dt.date.fromordinal(int(seconds // DAY) + _EPOCH_ORDINAL)
