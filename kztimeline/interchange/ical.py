"""The timeline's events as an iCalendar file (RFC 5545), through the `icalendar` package (a well-kept library
that folds lines, escapes text and writes dates as the standard wants).

Every event is an all-day event over the period its precision covers: a day-precision event that day, a
month-precision event the whole month, a year-precision event the whole year, a span from its start's first day
to its end's last. The summary and the sources' titles (with their locators) are in the description, the
sectors in CATEGORIES. UIDs are the event ids, so a calendar that imports the file again updates its events.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from kztimeline import __version__
from kztimeline.model import Timeline

UID_DOMAIN = "kztimeline"


def to_ics(timeline: Timeline, lang: str = "en", stamp: dt.datetime | None = None) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//kztimeline//kztimeline {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", timeline.info.title.get(lang))
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    for event in timeline.events:
        entry = icalendar.Event()
        entry.add("uid", f"{event.id}@{UID_DOMAIN}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.when.first_day())
        entry.add("dtend", event.when.last_day() + dt.timedelta(days=1))  # exclusive, as RFC 5545 wants
        entry.add("summary", event.title.get(lang))
        cited = []
        for ref in event.sources:
            source = timeline.sources.get(ref.source)
            title = source.title if source is not None else ref.source
            cited.append(f"{title} ({ref.locator})" if ref.locator else title)
        entry.add("description", event.summary.get(lang) + ("\n\nSources: " + "; ".join(cited) if cited else ""))
        names = [timeline.sectors[s].name.get(lang) for s in event.sectors if s in timeline.sectors]
        if names:
            entry.add("categories", names)
        calendar.add_component(entry)
    return bytes(calendar.to_ical())


def check_ics(data: bytes) -> None:
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise ValueError(f"the calendar does not read back ({exc})") from None
    if calendar.name != "VCALENDAR":
        raise ValueError("not a calendar")
