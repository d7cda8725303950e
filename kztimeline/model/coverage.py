"""How much of the content is translated (every text a visitor reads, counted per language), and how many
events each sector's lane holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from kztimeline.model.entities import LANGUAGES, Event, Note, Text, Timeline

MIN_PRIORITY_EVENTS = 3
"""A SPIID priority sector with fewer events than this in its lane is reported: its lane would be nearly empty."""


@dataclass(frozen=True)
class Coverage:
    lang: str
    translated: int
    total: int
    reviewed: int  # translated and not marked draft

    def __str__(self) -> str:
        return f"{self.lang}: {self.translated} of {self.total} texts, {self.reviewed} reviewed"


def _notes(notes: tuple[Note, ...]) -> Iterator[Text]:
    for note in notes:
        yield note.text


def texts(timeline: Timeline) -> Iterator[Text]:
    """Every visitor-facing text in the data."""
    yield timeline.info.title
    for sector in timeline.sectors.values():
        yield sector.name
    for company in timeline.companies.values():
        yield from (t for t in (company.city, company.products, company.partner) if t is not None)
        yield from _notes(company.notes)
    for figure in timeline.figures.values():
        yield figure.label
        if figure.noun is not None:
            yield figure.noun
        yield from _notes(figure.notes)
    for event in timeline.events:
        yield event.title
        yield event.summary
        if event.quote is not None:
            yield event.quote.text
            yield event.quote.by
        yield from _notes(event.notes)
    for era in timeline.eras:
        yield era.title
    for tour in timeline.tours:
        yield tour.title
        for stop in tour.stops:
            yield stop.caption


def coverage(timeline: Timeline) -> list[Coverage]:
    all_texts = list(texts(timeline))
    result = []
    for lang in LANGUAGES:
        translated = [t for t in all_texts if t.has(lang)]
        reviewed = [t for t in translated if lang not in t.draft]
        result.append(Coverage(lang, len(translated), len(all_texts), len(reviewed)))
    return result


def lane_sector(event: Event) -> str | None:
    """The sector whose lane the event is drawn in: its first sector when it has one or two; None (the
    programmes and policy lane) when it has none, or three or more."""
    return event.sectors[0] if 1 <= len(event.sectors) <= 2 else None


@dataclass(frozen=True)
class SectorCount:
    sector: str
    in_lane: int  # events drawn in this sector's lane
    tagged: int  # events that name the sector at all
    priority: bool

    @property
    def too_few(self) -> bool:
        return self.priority and self.in_lane < MIN_PRIORITY_EVENTS

    def __str__(self) -> str:
        mark = " (SPIID priority)" if self.priority else ""
        return f"{self.sector}{mark}: {self.in_lane} events in its lane, {self.tagged} tagged"


def sector_counts(timeline: Timeline) -> list[SectorCount]:
    """Events per sector, in lane order."""
    in_lane = Counter(lane_sector(e) for e in timeline.events)
    tagged = Counter(s for e in timeline.events for s in set(e.sectors))
    return [SectorCount(s.id, in_lane[s.id], tagged[s.id], s.spiid_priority) for s in timeline.sectors.values()]


def report(timeline: Timeline) -> list[Coverage | SectorCount]:
    """What `kztimeline validate` prints after its summary: translation coverage per language, then events
    per sector."""
    return [*coverage(timeline), *sector_counts(timeline)]
