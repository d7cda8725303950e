"""How much of the content is translated: every text a visitor reads, counted per language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kztimeline.model.entities import LANGUAGES, Note, Text, Timeline


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
