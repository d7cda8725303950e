"""Search: every word must appear; typing narrows without changing the answer."""

from __future__ import annotations

import pytest

from kztimeline.data import load
from kztimeline.timeline.search import SearchIndex


@pytest.fixture(scope="module")
def timeline():
    return load().timeline


def full_scan(timeline, query: str) -> list[int]:
    return SearchIndex(timeline).search(query)


def test_every_word_must_appear_in_any_language(timeline):
    index = SearchIndex(timeline)
    talgo = index.search("talgo")
    assert talgo
    assert all("talgo" in (timeline.events[i].title.en + timeline.events[i].summary.en +
                                     " ".join(timeline.companies[c].name.en for c in timeline.events[i].companies)
                                     ).casefold() for i in talgo)
    assert index.search("Тальго") != []  # Russian and Kazakh texts are searched too
    assert index.search("talgo astana") == [i for i in talgo if i in index.search("astana")]
    assert index.search("") == list(range(len(timeline.events)))


@pytest.mark.parametrize("typed", [["t", "ta", "tal", "talg", "talgo", "talgo a", "talgo as", "talgo", "tenge"],
                                   ["p", "pl", "pla", "plant", "plant 20", "plant 201", "plant", "pl", ""]])
def test_typing_narrows_to_the_same_results_as_a_fresh_search(timeline, typed):
    index = SearchIndex(timeline)
    for query in typed:
        assert index.search(query) == full_scan(timeline, query), query
