"""Dates keep the precision they were written with; spans and the seconds axis are derived from them."""

from __future__ import annotations

import datetime as dt

import pytest

from kztimeline.model import DAY, PartialDate, Precision, When, from_seconds, parse_date, to_seconds

# -- parse_date ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2010", PartialDate(2010), Precision.YEAR),
        ("2010-02", PartialDate(2010, 2), Precision.MONTH),
        ("2010-02-23", PartialDate(2010, 2, 23), Precision.DAY),
        ("2012-02-29", PartialDate(2012, 2, 29), Precision.DAY),  # leap day
        ("2000-02-29", PartialDate(2000, 2, 29), Precision.DAY),  # divisible by 400: a leap year
        (" 1997-10 ", PartialDate(1997, 10), Precision.MONTH),  # surrounding spaces are ignored
    ],
)
def test_parse_date_keeps_the_written_precision(text, expected, precision):
    parsed = parse_date(text)
    assert parsed == expected
    assert parsed.precision is precision
    assert parsed.iso() == text.strip()
    assert str(parsed) == text.strip()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2013-02-30", ["2013-02-30", "February 2013 has 28 days"]),
        ("2012-02-30", ["2012-02-30", "February 2012 has 29 days"]),
        ("1900-02-29", ["1900-02-29", "February 1900 has 28 days"]),  # a century, not a leap year
        ("2013-04-31", ["2013-04-31", "April 2013 has 30 days"]),
        ("2013-01-00", ["2013-01-00", "January 2013 has 31 days"]),
        ("2013-13", ["2013-13", "no month 13"]),
        ("2013-00-10", ["2013-00-10", "no month 0"]),
        ("2013-2-3", ["2013-2-3", "not a date", "2010-02-23"]),
        ("", ["not a date", "a year (2010)"]),
        ("13", ["not a date"]),
        ("2010/02/23", ["not a date"]),
        ("23.02.2010", ["not a date"]),
        ("2010-02-23T10:00", ["not a date"]),
    ],
)
def test_parse_date_refuses_impossible_dates_with_a_readable_message(text, words):
    with pytest.raises(ValueError, match="is not a date") as caught:
        parse_date(text)
    message = str(caught.value)
    for word in words:
        assert word in message
    assert "\n" not in message


def test_parse_date_refuses_year_zero():
    # "0000" matches the pattern but is no date: datetime has no year 0, and every later use of it raised.
    with pytest.raises(ValueError, match="is not a date"):
        parse_date("0000")


# -- first_day / last_day ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2010", dt.date(2010, 1, 1), dt.date(2010, 12, 31)),
        ("2012-02", dt.date(2012, 2, 1), dt.date(2012, 2, 29)),
        ("2013-02", dt.date(2013, 2, 1), dt.date(2013, 2, 28)),
        ("1900-02", dt.date(1900, 2, 1), dt.date(1900, 2, 28)),
        ("2000-02", dt.date(2000, 2, 1), dt.date(2000, 2, 29)),
        ("2011-04", dt.date(2011, 4, 1), dt.date(2011, 4, 30)),
        ("2011-12", dt.date(2011, 12, 1), dt.date(2011, 12, 31)),
        ("2011-12-09", dt.date(2011, 12, 9), dt.date(2011, 12, 9)),
    ],
)
def test_first_and_last_day_cover_the_written_period(text, first, last):
    date = parse_date(text)
    assert date.first_day() == first
    assert date.last_day() == last


# -- When ----------------------------------------------------------------------------------------------------


def test_a_point_is_not_a_span_and_covers_its_whole_period():
    when = When(parse_date("2014-02"))
    assert not when.is_span
    assert when.first_day() == dt.date(2014, 2, 1)
    assert when.last_day() == dt.date(2014, 2, 28)
    assert when.start_seconds() == to_seconds(dt.date(2014, 2, 1))
    assert when.end_seconds() == to_seconds(dt.date(2014, 3, 1))  # the end of the last day
    assert str(when) == "2014-02"


def test_a_span_runs_from_the_first_day_of_its_start_to_the_last_day_of_its_end():
    when = When(parse_date("2010-03"), parse_date("2014"))
    assert when.is_span
    assert when.first_day() == dt.date(2010, 3, 1)
    assert when.last_day() == dt.date(2014, 12, 31)
    assert when.start_seconds() == to_seconds(dt.date(2010, 3, 1))
    assert when.end_seconds() == to_seconds(dt.date(2015, 1, 1))
    assert str(when) == "2010-03–2014"


@pytest.mark.parametrize(
    ("text", "middle"),
    [
        # a day: its noon
        ("2011-12-09", to_seconds(dt.date(2011, 12, 9)) + DAY / 2),
        # a 29-day month: 14.5 days in
        ("2012-02", to_seconds(dt.date(2012, 2, 1)) + 14.5 * DAY),
        # a 31-day month: 15.5 days in
        ("2012-03", to_seconds(dt.date(2012, 3, 1)) + 15.5 * DAY),
        # a 365-day year: noon of 2 July
        ("2010", to_seconds(dt.date(2010, 7, 2)) + DAY / 2),
        # a 366-day year: midnight between 1 and 2 July
        ("2012", to_seconds(dt.date(2012, 7, 2))),
    ],
)
def test_a_point_is_anchored_at_the_middle_of_its_period(text, middle):
    assert When(parse_date(text)).anchor_seconds() == middle


def test_a_span_is_anchored_at_its_start():
    span = When(parse_date("2010-03"), parse_date("2014"))
    assert span.anchor_seconds() == to_seconds(dt.date(2010, 3, 1))
    assert span.anchor_seconds() != (span.start_seconds() + span.end_seconds()) / 2


# -- the seconds axis ----------------------------------------------------------------------------------------


def test_to_seconds_counts_from_the_unix_epoch():
    assert DAY == 86400
    assert to_seconds(dt.date(1970, 1, 1)) == 0
    assert to_seconds(dt.date(1970, 1, 2)) == DAY
    assert to_seconds(dt.date(1969, 12, 31)) == -DAY
    assert to_seconds(dt.date(1997, 1, 1)) == dt.datetime(1997, 1, 1, tzinfo=dt.UTC).timestamp()
    assert to_seconds(dt.date(2022, 12, 31)) == dt.datetime(2022, 12, 31, tzinfo=dt.UTC).timestamp()


def test_from_seconds_is_the_inverse_of_to_seconds_for_every_moment_of_a_day():
    start = dt.date(1968, 12, 25)
    for offset in range(0, 365 * 4 + 30):  # across 1970 and the leap day of 1972
        day = start + dt.timedelta(days=offset)
        seconds = to_seconds(day)
        assert from_seconds(seconds) == day
        assert from_seconds(seconds + DAY / 2) == day
        assert from_seconds(seconds + DAY - 0.5) == day
        assert from_seconds(seconds - 0.5) == day - dt.timedelta(days=1)


@pytest.mark.parametrize(
    "day", [dt.date(1997, 1, 1), dt.date(2012, 2, 29), dt.date(2022, 12, 31), dt.date(1, 1, 1)]
)
def test_round_trip_far_from_the_epoch(day):
    assert from_seconds(to_seconds(day)) == day
