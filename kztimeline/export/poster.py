"""A poster: paper sizes, type sizes in points, dates as a poster prints them, and the numbered sources. Qt-free.

Paper is not a screen. On a page (and on a 4K or larger picture) every event is labelled with its date and the
numbers of its sources; the sources are listed, numbered in the order the poster first cites them, as a museum
prints them (publisher, title, date, address). Type sizes are chosen in points for the page: on A2 the title is
at least 48 pt, lane names 18 pt, labels and axis years 14 pt, summaries and the source list 9 pt, and they grow
more slowly than the page, so a larger poster shows more rather than the same picture enlarged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from kztimeline.model import PartialDate, Precision, Timeline, When
from kztimeline.timeline.frame import LabelNote
from kztimeline.timeline.times import EventTimes

MM_PER_PT = 25.4 / 72
PAPER_MM = {  # ISO 216, portrait (width, height)
    "a4": (210.0, 297.0), "a3": (297.0, 420.0), "a2": (420.0, 594.0), "a1": (594.0, 841.0), "a0": (841.0, 1189.0)}
A2_DIAGONAL_MM = math.hypot(*PAPER_MM["a2"])
GROWTH = 0.75  # type grows as the page's diagonal to this power: a larger page shows more, not the same enlarged
MIN_PAPER_MM, MAX_PAPER_MM = 90.0, 2500.0
MIN_LABEL_PT = 7.5
FIRST_CITED_RUN = 2048  # events read at a time while numbering the sources

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Typography:
    """Type sizes in points for one page size."""

    title: float
    lane: float
    label: float
    axis: float
    small: float  # summaries, the source list, the colophon
    era: float
    legend: float  # the key to the marks
    subtitle: float

    @classmethod
    def for_page(cls, width_mm: float, height_mm: float) -> Typography:
        ratio = math.hypot(width_mm, height_mm) / A2_DIAGONAL_MM
        # from A2 up, type grows more slowly than the page (a larger poster shows more); below A2 it follows the
        # page, so that A3 still labels every event, down to labels of 7.5 pt (A4 in the hand)
        factor = ratio ** GROWTH if ratio >= 1 else max(ratio, MIN_LABEL_PT / 14)
        return cls(title=48 * factor, lane=18 * factor, label=14 * factor, axis=14 * factor,
                   small=max(6.5, 9 * factor), era=13 * factor, legend=10 * factor, subtitle=16 * factor)


def paper_size(name: str, portrait: bool) -> tuple[float, float]:
    """A preset's (width, height) in millimetres, landscape unless `portrait`."""
    w, h = PAPER_MM[name]
    return (w, h) if portrait else (h, w)


def parse_paper(text: str) -> tuple[float, float]:
    """A custom page size in millimetres, `WIDTHxHEIGHTmm` (e.g. 500x700mm)."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm\s*", text.lower())
    if not found:
        raise ValueError(f"'{text}' is not a page size: write WIDTHxHEIGHTmm, e.g. 500x700mm")
    w, h = float(found.group(1)), float(found.group(2))
    if not (MIN_PAPER_MM <= w <= MAX_PAPER_MM and MIN_PAPER_MM <= h <= MAX_PAPER_MM):
        raise ValueError(f"page size {text} is out of range: each side must be {MIN_PAPER_MM:g} to "
                         f"{MAX_PAPER_MM:g} mm")
    return w, h


def short_date(when: When, lang: str) -> str:
    """A date as a poster label carries it, at its own precision: `9 Dec 2011`, `Dec 2011`, `2011` in English;
    `09.12.2011`, `12.2011`, `2011` in Kazakh and Russian; a period as `2010–2014`."""
    first = _short(when.start, lang)
    if when.end is None:
        return first
    last = _short(when.end, lang)
    start, end = when.start, when.end
    if start.year == end.year and start.precision is end.precision:  # the year (and month) said once
        if start.precision is Precision.YEAR:
            return first
        if lang == "en":
            if start.precision is Precision.MONTH:
                return f"{MONTHS_EN[start.month - 1]}–{last}"  # type: ignore[operator]
            if start.month == end.month:
                return f"{start.day}–{last}"
            return f"{start.day} {MONTHS_EN[start.month - 1]}–{last}"  # type: ignore[operator]
        if start.precision is Precision.MONTH:
            return f"{start.month:02d}–{last}"
        if start.month == end.month:
            return f"{start.day:02d}–{last}"
        return f"{start.day:02d}.{start.month:02d}–{last}"
    return f"{first}–{last}"


def _short(date: PartialDate, lang: str) -> str:
    if date.month is None:
        return str(date.year)
    if lang == "en":
        month = MONTHS_EN[date.month - 1]
        return f"{date.day} {month} {date.year}" if date.day is not None else f"{month} {date.year}"
    return f"{date.day:02d}.{date.month:02d}.{date.year}" if date.day is not None else f"{date.month:02d}.{date.year}"


ABBREVIATIONS = ("No.", "Nos.", "St.", "Mr.", "Dr.", "e.g.", "i.e.", "etc.", "approx.", "vs.", "Jan.", "Feb.",
                 "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "г.", "гг.", "т.", "млн.", "млрд.", "им.", "ул.", "№")


def first_sentence(text: str) -> str:
    """The summary's first sentence: what a poster prints under a label where there is room. A sentence ends at
    '.', '!' or '?' followed by a space and a capital letter or digit, not after an abbreviation or an initial."""
    text = " ".join(text.split())
    for found in re.finditer(r"[.!?](?=\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9«\"])", text):
        before = text[:found.end()]
        word = before.rsplit(" ", 1)[-1]
        if word in ABBREVIATIONS or re.fullmatch(r"[A-ZА-Я]\.", word):
            continue
        return before
    return text


@dataclass(frozen=True, slots=True)
class SourceEntry:
    number: int
    publisher: str
    title: str
    date: str
    address: str


class References:
    """The poster's sources, numbered in the order its events (by date) first cite them, then the figures'."""

    def __init__(self, timeline: Timeline, events: Sequence[int], series: Sequence[str] = (),
                 times: EventTimes | None = None) -> None:
        """`times`, when the caller has them, order the events without reading each one's date again."""
        self.timeline = timeline
        ordered = times.by_start(events) if times is not None else \
            sorted(events, key=lambda i: (timeline.events[i].when.start_seconds(), i))
        self.numbers: dict[str, int] = {
            source: number for number, source in enumerate(_first_cited(timeline, ordered), 1)}
        self.of_event: Mapping[int, tuple[int, ...]] = Citations(timeline, ordered, self.numbers)
        self.of_series: dict[str, tuple[int, ...]] = {}
        for key in series:
            figure = timeline.figures.get(key)
            if figure is not None:
                self.of_series[key] = tuple(self._number(ref.source) for ref in figure.sources)

    def _number(self, source: str) -> int:
        if source not in self.numbers:
            self.numbers[source] = len(self.numbers) + 1
        return self.numbers[source]

    def entries(self) -> list[SourceEntry]:
        out = []
        for source_id, number in self.numbers.items():
            source = self.timeline.sources[source_id]
            date = _short(source.date, "en") if source.date is not None else ""
            address = (source.url or "").removeprefix("https://").removeprefix("http://").removeprefix("www.")
            out.append(SourceEntry(number, source.publisher or "", source.title, date, address))
        return out


def _first_cited(timeline: Timeline, ordered: Sequence[int]) -> dict[str, None]:
    """The sources the `ordered` events cite, in the order they are first cited. Read in runs of events, and only
    until every source of the timeline is cited: a large data set cites all of its few sources in its first
    events, and reading each of 100,000 events' sources was a tenth of a 4K export."""
    events, known = timeline.events, timeline.sources
    cited: dict[str, None] = {}
    for at in range(0, len(ordered), FIRST_CITED_RUN):
        # dict.update keeps the sources already there in their place and adds the run's new ones in order
        cited.update(dict.fromkeys([ref.source for i in ordered[at:at + FIRST_CITED_RUN] for ref in events[i].sources]))
        if len(cited) >= len(known) and all(source in known for source in cited):
            break
    return cited


class Citations(Mapping[int, tuple[int, ...]]):
    """Each of the poster's events' source numbers, by event index, in the order of their dates; an event's are
    worked out when first asked for (a poster labels about a thousand events of up to 100,000)."""

    def __init__(self, timeline: Timeline, ordered: Sequence[int], numbers: Mapping[str, int]) -> None:
        self._events = timeline.events
        self._order = dict.fromkeys(ordered)
        self._numbers = numbers
        self._known: dict[int, tuple[int, ...]] = {}

    def __getitem__(self, index: int) -> tuple[int, ...]:
        found = self._known.get(index)
        if found is None:
            if index not in self._order:
                raise KeyError(index)
            numbers = self._numbers
            found = self._known[index] = tuple([numbers[ref.source] for ref in self._events[index].sources])
        return found

    def __contains__(self, index: object) -> bool:
        return index in self._order

    def __iter__(self) -> Iterator[int]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)


def cite(numbers: tuple[int, ...]) -> str:
    """Reference numbers as a label carries them: `[3, 12–14]`."""
    if not numbers:
        return ""
    ordered = sorted(set(numbers))
    parts: list[str] = []
    start = prev = ordered[0]
    for n in [*ordered[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return "[" + ", ".join(parts) + "]"


class LabelNotes(Mapping[int, LabelNote]):
    """What a poster adds to each event's label: its date before, its source numbers after, and (on A2 and larger)
    its summary's first sentence below, where there is room. Each note is written when a frame first asks for it:
    a poster labels about a thousand events, and 100,000 notes written up front took a third of a 4K export."""

    def __init__(self, timeline: Timeline, references: References, lang: str, summaries: bool) -> None:
        self.timeline, self.references, self.lang, self.summaries = timeline, references, lang, summaries
        self._notes: dict[int, LabelNote] = {}
        self._dates: dict[When, str] = {}  # many events share a date, and more share their sources
        self._cited: dict[tuple[int, ...], str] = {}

    def __getitem__(self, index: int) -> LabelNote:
        note = self._notes.get(index)
        if note is None:
            numbers = self.references.of_event[index]  # KeyError: an event the poster does not cite
            event = self.timeline.events[index]
            summary = first_sentence(event.summary.get(self.lang)) if self.summaries else ""
            date = self._dates.get(event.when)
            if date is None:
                date = self._dates[event.when] = short_date(event.when, self.lang)
            citation = self._cited.get(numbers)
            if citation is None:
                citation = self._cited[numbers] = cite(numbers)
            note = self._notes[index] = LabelNote(date, citation, summary)
        return note

    def __iter__(self) -> Iterator[int]:
        return iter(self.references.of_event)

    def __len__(self) -> int:
        return len(self.references.of_event)


def label_notes(timeline: Timeline, references: References, lang: str, summaries: bool) -> LabelNotes:
    """Each event's poster note (see LabelNotes), written when first asked for."""
    return LabelNotes(timeline, references, lang, summaries)
