"""Timelines in and out of other formats, Qt-free: TimelineJS3 JSON and its spreadsheet CSV in (`timelinejs`,
`convert`, `writer`), the same CSV and JSON out (`events_table`), and iCalendar out (`ical`)."""
