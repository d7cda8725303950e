"""Finding events as the visitor types: every word of the query must appear in an event's title, summary,
companies or sectors (any language the event has, case-insensitive). Qt-free; the texts are joined once.

Kazakh letters fold to the Russian ones a visitor types on a Russian keyboard (қ→к, ғ→г, ұ/ү→у, ә→а, ө→о,
і→и, ң→н, һ→х), and ё to е, so that "казакстан" finds what "Қазақстан" finds; text is compared in NFC form."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from kztimeline.model import Text, Timeline

_FOLD = str.maketrans("қғұүәөіңһё", "кгууаоинхе")


def fold(text: str) -> str:
    """Text as search compares it: composed, case-folded, Kazakh letters and ё folded."""
    return unicodedata.normalize("NFC", text).casefold().translate(_FOLD)


def _all(text: Text | None) -> str:
    return " ".join(text.values.values()) if text is not None else ""


class SearchIndex:
    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._last: tuple[list[str], list[int] | None] = ([], None)
        self._haystacks = []
        for event in timeline.events:
            parts = [_all(event.title), _all(event.summary)]
            parts += [_all(timeline.companies[c].name) for c in event.companies]
            parts += [_all(timeline.sectors[s].name) for s in event.sectors]
            self._haystacks.append(fold(" ".join(parts)))

    def search(self, query: str) -> list[int]:
        """Indices of matching events in chronological order; every event for an empty query.

        Typing narrows: when the query only adds to the previous one (a letter more, another word), only the
        previous matches are searched again."""
        words = fold(query).split()
        if not words:
            self._last = ([], None)
            return list(range(len(self._haystacks)))
        last_words, last_matches = self._last
        candidates: Sequence[int]
        if last_matches is not None and len(words) >= len(last_words) and all(
                w.find(old) != -1 for w, old in zip(words, last_words, strict=False)):
            candidates = last_matches
        else:
            candidates = range(len(self._haystacks))
        hays = self._haystacks
        matches = [i for i in candidates if all(w in hays[i] for w in words)]
        self._last = (words, matches)
        return matches
