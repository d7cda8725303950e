"""Finding events as the visitor types: every word of the query must appear in an event's title, summary,
companies or sectors (any language the event has, case-insensitive). Qt-free; the texts are joined once."""

from __future__ import annotations

from kztimeline.model import Text, Timeline


def _all(text: Text | None) -> str:
    return " ".join(text.values.values()) if text is not None else ""


class SearchIndex:
    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._haystacks = []
        for event in timeline.events:
            parts = [_all(event.title), _all(event.summary)]
            parts += [timeline.companies[c].name for c in event.companies]
            parts += [_all(timeline.sectors[s].name) for s in event.sectors]
            self._haystacks.append(" ".join(parts).casefold())

    def search(self, query: str) -> list[int]:
        """Indices of matching events in chronological order; every event for an empty query."""
        words = query.casefold().split()
        if not words:
            return list(range(len(self._haystacks)))
        return [i for i, hay in enumerate(self._haystacks) if all(w in hay for w in words)]
