"""TimelineJS slides into kztimeline's data: events, eras, sectors (from groups), sources and the timeline's
title and range, as plain YAML-ready mappings, with a report of everything that could not be carried over.

Only what the file says is carried: every entry cites the file itself (with the line or JSON path it came from)
and, where it has one, its media credit; nothing is made up. What kztimeline needs but TimelineJS lacks is
said in the report: every event's kind is 'milestone', and an event without text has its headline as summary.
Dates keep the precision written; a year outside what kztimeline can show (1000 to 2999) drops its slide, named
in the report. Malformed input (a month 13, a day without a month, an end before the start) is an error at its
line and column, and nothing is imported.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kztimeline.data.limits import MAX_ENTRIES, MAX_LONG_TEXT, MAX_SECTORS, MAX_SHORT_TEXT, MAX_URL
from kztimeline.data.problems import Problem
from kztimeline.interchange.html_text import plain, reduce
from kztimeline.interchange.ids import IdMaker, slug
from kztimeline.interchange.slides import Slide, SlideFile
from kztimeline.model.dates import MAX_YEAR, MIN_YEAR

# Paul Tol's "muted" scheme: nine colours told apart with every common form of colour blindness (the bundled
# sectors use the same scheme)
PALETTE = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499")
KIND = "milestone"
SOURCES_PREFIX = "Sources: "  # the last paragraph of a text written by `events_table`: its sources' titles
TITLE_CHARS = 60
_YEAR_RE = re.compile(r"^[+-]?[0-9]+$")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

RawDate = tuple[int, int | None, int | None]


@dataclass
class Imported:
    data: dict[str, Any]  # YAML-ready: timeline, sources, sectors, events, eras
    report: list[str] = field(default_factory=list)  # what could not be carried over, one line each
    dropped: list[str] = field(default_factory=list)  # slides left out for their years, one line each

    def count(self, collection: str) -> int:
        return len(self.data.get(collection, ()))


def _clean(text: str, lines: bool) -> str:
    text = _CONTROLS.sub(" " if lines else "", text.replace("\t", " "))
    return text if lines else " ".join(text.split())


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:.") + "…"


def _year_text(raw: RawDate) -> str:
    year, month, day = raw
    return "-".join([str(year), *(f"{v:02d}" for v in (month, day) if v is not None)])


def _iso(raw: RawDate) -> str:
    year, month, day = raw
    return "-".join([f"{year:04d}", *(f"{v:02d}" for v in (month, day) if v is not None)])


def _first_day(raw: RawDate) -> tuple[int, int, int]:
    return raw[0], raw[1] or 1, raw[2] or 1


class _Converter:
    def __init__(self, file: SlideFile) -> None:
        self.file = file
        self.name = Path(file.path).name
        self.problems: list[Problem] = []
        self.notes: Counter[str] = Counter()
        self.unsupported: Counter[str] = Counter()
        self.dropped: list[str] = []
        self.file_source = slug(Path(file.path).stem, "imported-file", 40) + "-" + file.kind
        self.sources: dict[tuple[str, str | None], dict[str, str]] = {}
        self.source_ids = IdMaker("source")
        self.source_ids.taken.add(self.file_source)
        self.event_ids, self.era_ids, self.sector_ids = IdMaker("event"), IdMaker("era"), IdMaker("sector")
        self.sectors: dict[str, dict[str, str]] = {}
        self.events: list[dict[str, Any]] = []
        self.eras: list[dict[str, Any]] = []
        self.title: str | None = None
        self.years: list[int] = []
        self.empty: list[str] = []  # slides with neither a headline nor a text

    # -- values ---------------------------------------------------------------------------------------------
    def error(self, slide: Slide, column: str, message: str) -> None:
        line, col = slide.place(column) or (None, None)
        self.problems.append(Problem(self.file.path, message, line, col))

    def number(self, slide: Slide, column: str, low: int, high: int) -> int | None:
        text = slide.get(column)
        if not text:
            return None
        if not _YEAR_RE.match(text) or not low <= int(text) <= high:
            what = f"a whole number from {low} to {high}" if high < 10**6 else "a whole number"
            self.error(slide, column, f"{column} '{_shorten(text, 40)}' is not a {column.split()[-1].lower()}: "
                                      f"write {what}")
            return None
        return int(text)

    def date(self, slide: Slide, prefix: str) -> RawDate | None:
        """(year, month, day) as written (any year; month and day checked), or None when absent or wrong."""
        year_col, month_col, day_col = (prefix + c for c in ("Year", "Month", "Day"))
        year = self.number(slide, year_col, -10**15, 10**15)
        month = self.number(slide, month_col, 1, 12)
        day = self.number(slide, day_col, 1, 31)
        if year is None:
            for column in (month_col, day_col):
                if slide.get(column) and prefix:
                    self.error(slide, column, f"{column} without an {prefix}Year")
            return None
        if day is not None and month is None:
            if not slide.get(month_col):
                self.error(slide, day_col, f"{day_col} without a {month_col}: a day needs its month")
            return None
        if slide.get(month_col) and month is None or slide.get(day_col) and day is None:
            return None
        if day is not None and month is not None and MIN_YEAR <= year <= MAX_YEAR:
            last = calendar.monthrange(year, month)[1]
            if day > last:
                self.error(slide, day_col, f"{calendar.month_name[month]} {year} has {last} days, not {day}")
                return None
        return year, month, day

    def line(self, slide: Slide, column: str) -> str:
        """A one-line text (a headline, a credit), HTML reduced to plain text."""
        text = _clean(plain(slide.get(column)), lines=False)
        if len(text) > MAX_SHORT_TEXT:
            self.notes[f"{column.lower()}s shortened to {MAX_SHORT_TEXT} characters"] += 1
            text = _shorten(text, MAX_SHORT_TEXT)
        return text

    def source(self, title: str, url: str | None) -> str:
        url = url if url and len(url) <= MAX_URL and url.startswith(("http://", "https://")) else None
        key = (title, url)
        if key not in self.sources:
            entry = {"id": self.source_ids.make(title), "title": title}
            if url:
                entry["url"] = url
            self.sources[key] = entry
        return self.sources[key]["id"]

    def cite(self, slide: Slide) -> dict[str, str]:
        return {"source": self.file_source, "locator": slide.locator}

    # -- slides ---------------------------------------------------------------------------------------------
    def run(self) -> Imported | None:
        for slide in self.file.slides:
            kind = slide.get("Type").lower()
            for name in slide.unsupported:
                self.unsupported[name] += 1
            if kind == "title":
                self.title_slide(slide)
            elif kind == "era":
                self.era(slide)
            else:
                if kind:
                    self.unsupported[f"Type '{slide.get('Type')}' (read as an event)"] += 1
                self.event(slide)
        if self.problems:
            return None
        if not self.events and not self.eras:
            if self.dropped:
                self.problems.append(Problem(self.file.path, f"nothing to import: all {len(self.dropped)} slides lie "
                                                             f"outside the years kztimeline can show ({MIN_YEAR} to "
                                                             f"{MAX_YEAR}); they begin: {'; '.join(self.dropped[:3])}"))
            else:
                self.problems.append(Problem(self.file.path, "nothing to import: the file holds no events"))
            return None
        return self.result()

    def title_slide(self, slide: Slide) -> None:
        if self.title is not None:
            self.notes[f"a second title slide ({slide.locator}) left out"] += 1
            return
        self.title = self.line(slide, "Headline") or None
        for column, what in (("Text", "the title slide's text"), ("Media", "the title slide's media"),
                             ("Background", "the title slide's background")):
            if slide.get(column):
                self.notes[what] += 1

    def span(self, slide: Slide) -> tuple[RawDate, RawDate | None] | None:
        start = self.date(slide, "")
        end = self.date(slide, "End ")
        if start is None:
            if not slide.get("Year"):
                self.error(slide, "Year", "this slide has no Year: an event or an era needs its date")
            return None
        if end is not None and all(MIN_YEAR <= d[0] <= MAX_YEAR for d in (start, end)) \
                and _first_day(end) < _first_day(start):
                self.error(slide, "End Year", f"the slide ends ({_iso(end)}) before it starts ({_iso(start)})")
                return None
        for column in ("Time", "End Time"):
            if slide.get(column):
                self.notes["times of day (dates are kept to the day)"] += 1
        if end == start:
            end = None
        return start, end

    def in_range(self, slide: Slide, what: str, start: RawDate, end: RawDate | None) -> bool:
        years = [start[0]] + ([end[0]] if end is not None else [])
        if all(MIN_YEAR <= y <= MAX_YEAR for y in years):
            return True
        headline = _shorten(self.line(slide, "Headline"), 50) or what
        written = _year_text(start) + (f" to {_year_text(end)}" if end is not None else "")
        self.dropped.append(f"'{headline}' ({written}, {slide.locator})")
        return False

    def era(self, slide: Slide) -> None:
        when = self.span(slide)
        if when is None or not self.in_range(slide, "an era", *when):
            return
        start, end = when
        title = self.line(slide, "Headline")
        if not title:
            self.notes["eras without a headline left out"] += 1
            return
        era: dict[str, Any] = {"id": self.era_ids.make(title), "title": title, "start": _iso(start)}
        if end is not None:
            era["end"] = _iso(end)
        era["sources"] = [self.cite(slide)]
        self.years += [start[0], (end or start)[0]]
        self.eras.append(era)
        self.count_dropped_media(slide, quote_taken=False)

    def event(self, slide: Slide) -> None:
        when = self.span(slide)
        if when is None or not self.in_range(slide, "an event", *when):
            return
        start, end = when
        text = reduce(slide.get("Text"), lines=True)
        paragraphs = _clean(text.text, lines=True).split("\n")
        listed: list[str] = []
        if paragraphs and paragraphs[-1].startswith(SOURCES_PREFIX):
            listed = [t.strip() for t in paragraphs.pop()[len(SOURCES_PREFIX):].split(";") if t.strip()]
        summary = "\n".join(p for p in paragraphs if p)
        title = self.line(slide, "Headline")
        if not title:
            if not summary:
                self.empty.append(slide.locator)
                return
            title = _shorten(summary.split("\n")[0], TITLE_CHARS)
            self.notes["events without a headline titled with the start of their text"] += 1
        if not summary:
            summary = title
            self.notes["events without a text have their headline as summary"] += 1
        if len(summary) > MAX_LONG_TEXT:
            summary = _shorten(summary, MAX_LONG_TEXT)
            self.notes[f"texts shortened to {MAX_LONG_TEXT:,} characters"] += 1
        event: dict[str, Any] = {"id": self.event_ids.make(title), "title": title}
        if end is None:
            event["date"] = _iso(start)
        else:
            event["start"], event["end"] = _iso(start), _iso(end)
        event["kind"] = KIND
        event["summary"] = summary
        quote = self.quote(slide)
        if quote is not None:
            event["quote"] = quote
        sector = self.sector(slide)
        if sector is not None:
            event["sectors"] = [sector]
        sources: list[Any] = [self.cite(slide)]
        credit = self.line(slide, "Media Credit")
        if credit:
            links = reduce(slide.get("Media Credit")).links
            sources.append(self.source(credit, links[0] if links else slide.get("Media") or None))
        sources += [s for s in (self.source(t[:MAX_SHORT_TEXT], None) for t in listed) if s not in sources]
        event["sources"] = sources
        self.years += [start[0], (end or start)[0]]
        self.events.append(event)
        self.count_dropped_media(slide, quote_taken=quote is not None)

    def quote(self, slide: Slide) -> dict[str, Any] | None:
        """A block quote given as the media (`<blockquote>… <cite>who</cite></blockquote>`) is the event's quote."""
        media = reduce(slide.get("Media"), lines=True, keep_cite_apart=True)
        if not media.blockquote:
            return None
        text = _clean(media.text, lines=True)
        by = _clean(media.cite, lines=False)
        if not text or not by:
            self.notes["block quotes without a <cite> naming who is quoted"] += 1
            return None
        return {"text": _shorten(text, MAX_LONG_TEXT), "by": _shorten(by, MAX_SHORT_TEXT),
                "source": self.cite(slide)}

    def sector(self, slide: Slide) -> str | None:
        name = self.line(slide, "Group")
        if not name:
            return None
        if name not in self.sectors:
            if len(self.sectors) >= MAX_SECTORS:
                self.notes[f"groups beyond the {MAX_SECTORS}th (their events are in no sector)"] += 1
                return None
            colour = PALETTE[len(self.sectors) % len(PALETTE)]
            self.sectors[name] = {"id": self.sector_ids.make(name), "name": name, "colour": colour}
        return self.sectors[name]["id"]

    def count_dropped_media(self, slide: Slide, quote_taken: bool) -> None:
        if slide.get("Media") and not quote_taken:
            self.notes["media (images, video, audio, maps, embeds): not shown; credits became sources"] += 1
        for column, what in (("Media Caption", "media captions"), ("Media Thumbnail", "media thumbnails"),
                             ("Background", "backgrounds (images or colours)"),
                             ("Display Date", "display dates (kztimeline writes each date at its precision)")):
            if slide.get(column):
                self.notes[what] += 1

    # -- the whole ------------------------------------------------------------------------------------------
    def result(self) -> Imported:
        first, last = min(self.years), max(self.years)
        margin = max(1, (last - first) // 20)
        start, end = max(MIN_YEAR, first - margin), min(MAX_YEAR, last + margin)
        title = self.title
        report: list[str] = []
        if title is None:
            title = Path(self.file.path).stem
            report.append(f"no title slide: the timeline is titled after the file ('{title}')")
        report.append(f"kinds: TimelineJS has none; every event is a '{KIND}'")
        if len(self.events) > MAX_ENTRIES:
            report.append(f"events beyond the {MAX_ENTRIES:,}th left out")
            del self.events[MAX_ENTRIES:]
        if len(self.sectors) > len(PALETTE):
            report.append(f"{len(self.sectors)} groups share {len(PALETTE)} colours")
        for what, count in sorted(self.notes.items()):
            report.append(f"{what}: {count}")
        if self.empty:
            report.append(f"slides with neither a headline nor a text, left out: {len(self.empty)} "
                          f"({', '.join(self.empty[:5])}{', …' if len(self.empty) > 5 else ''})")
        for name, count in sorted(self.unsupported.items()):
            report.append(f"unsupported field {name}: {count}")
        if self.dropped:
            report.append(f"outside the years {MIN_YEAR} to {MAX_YEAR}, left out: {len(self.dropped)} slide(s)")
        data: dict[str, Any] = {
            "timeline": {"title": title, "start": str(start), "end": str(end)},
            "sources": [{"id": self.file_source, "title": self.name}, *self.sources.values()],
        }
        if self.sectors:
            data["sectors"] = list(self.sectors.values())
        data["events"] = self.events
        if self.eras:
            data["eras"] = self.eras
        return Imported(data, report, self.dropped)


def convert(file: SlideFile) -> tuple[Imported | None, list[Problem]]:
    converter = _Converter(file)
    imported = converter.run()
    return imported, converter.problems
