"""The search index answers exactly as reading every event's text would, on generated data that stresses
folding (Kazakh letters, ё, case, composed and decomposed letters), odd whitespace and long and short words."""

from __future__ import annotations

import unicodedata
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from kztimeline.model import Text
from kztimeline.timeline.search import SearchIndex

_FOLD = str.maketrans("қғұүәөіңһё", "кгууаоинхе")


def plain_fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().translate(_FOLD)


def plain_scan(timeline, query: str) -> list[int]:
    """Search as it was first written: each event's texts joined and folded, each query word looked for in it."""
    def joined(text):
        return " ".join(text.values.values()) if text is not None else ""

    words = plain_fold(query).split()
    found = []
    for i, event in enumerate(timeline.events):
        parts = [joined(event.title), joined(event.summary)]
        parts += [joined(timeline.companies[c].name) for c in event.companies]
        parts += [joined(timeline.sectors[s].name) for s in event.sectors]
        hay = plain_fold(" ".join(parts))
        if all(w in hay for w in words):
            found.append(i)
    return found


LETTERS = "aAbBкКқҚёЁеЕоөӨiІіİßẞσΣς-1"
ODD = ["\u0308", "\u0301", " ", "  ", "\t", "\n", "\u2028", "\x1c", "\xa0", "\x00"]
words = st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=6)
texts = st.lists(st.one_of(words, st.sampled_from(ODD)), max_size=12).map("".join)


def text_values(draw) -> Text:
    values = {"en": draw(texts)}
    for lang in ("kk", "ru"):
        if draw(st.booleans()):
            values[lang] = draw(texts)
    return Text.of(values)


@st.composite
def timelines(draw):
    companies = {f"co-{n}": SimpleNamespace(name=text_values(draw)) for n in range(draw(st.integers(0, 3)))}
    sectors = {f"se-{n}": SimpleNamespace(name=text_values(draw)) for n in range(draw(st.integers(0, 3)))}
    events = []
    for _ in range(draw(st.integers(0, 40))):
        events.append(SimpleNamespace(
            title=text_values(draw), summary=text_values(draw) if draw(st.booleans()) else None,
            companies=tuple(draw(st.lists(st.sampled_from(sorted(companies)), max_size=2, unique=True))
                            if companies else ()),
            sectors=tuple(draw(st.lists(st.sampled_from(sorted(sectors)), max_size=2, unique=True))
                          if sectors else ())))
    return SimpleNamespace(events=events, companies=companies, sectors=sectors)


@settings(max_examples=60)
@given(timelines(), st.lists(st.one_of(words, st.sampled_from(ODD)), max_size=5).map("".join))
def test_the_index_finds_what_reading_every_text_finds(timeline, query):
    assert SearchIndex(timeline).search(query) == plain_scan(timeline, query)


@settings(max_examples=25)
@given(timelines(), st.data())
def test_any_piece_of_a_word_finds_its_events(timeline, data):
    """Queries cut from the data itself, so that most of them find something."""
    index = SearchIndex(timeline)
    hays = [plain_fold(event.title.en) for event in timeline.events]
    for _ in range(5):
        source = data.draw(st.sampled_from(hays)) if hays else ""
        start = data.draw(st.integers(0, len(source)))
        query = source[start:start + data.draw(st.integers(1, 5))]
        assert index.search(query) == plain_scan(timeline, query), query


def test_the_chunks_number_events_across_them():
    """More events than one chunk folds at a time: each word is credited to its own event."""
    events = [SimpleNamespace(title=Text(f"w{n} common"), summary=None, companies=(), sectors=())
              for n in range(SearchIndex.CHUNK * 2 + 5)]
    timeline = SimpleNamespace(events=events, companies={}, sectors={})
    index = SearchIndex(timeline)
    assert index.search("w4100") == [4100]
    assert index.search("w8196") == [8196]
    assert index.search("common") == list(range(len(events)))
    assert index.search("w1 common") == [1, *range(10, 20), *range(100, 200), *range(1000, 2000)]


def test_a_dense_word_and_a_rare_one_combine():
    """A word most events hold is kept as bits, a rare one as a list; a query of both intersects them, and a
    query piece matching both kinds of word unites them."""
    events = [SimpleNamespace(title=Text("plant" if n % 3 else f"planet{n}"), summary=None, companies=(),
                              sectors=()) for n in range(3000)]
    timeline = SimpleNamespace(events=events, companies={}, sectors={})
    index = SearchIndex(timeline)
    assert index.search("pla") == list(range(3000))
    assert index.search("plan") == list(range(3000))
    assert index.search("plane") == list(range(0, 3000, 3))
    assert index.search("planet3") == [n for n in range(0, 3000, 3) if str(n).startswith("3")]
    assert index.search("plant planet") == []


def test_the_index_is_built_once_when_first_asked_for_even_from_two_threads(monkeypatch) -> None:
    """Prepared leaves the index to its first use (the loader's worker, after the window has the data); two
    threads asking at once get the same index, built once."""
    import threading

    from kztimeline.data import load
    from kztimeline.timeline import prepared as prepared_module

    built = []
    real = prepared_module.SearchIndex

    def counting(timeline):
        built.append(timeline)
        return real(timeline)

    monkeypatch.setattr(prepared_module, "SearchIndex", counting)
    prepared = prepared_module.Prepared.of(load().timeline)
    assert built == []
    found = []
    threads = [threading.Thread(target=lambda: found.append(prepared.search_index)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1
    assert found[0] is found[1]
    assert prepared.search_index.search("steel") == real(prepared.timeline).search("steel")


def test_postings_filled_run_by_run_hold_each_words_items_as_bits_or_rows():
    """Pairs given in runs (as the index's chunks give them), repeats included and a last run that ends inside a
    byte: each word's items, read back through `mask`, are exactly the items it was paired with, whether the word
    is kept as bits (held by many) or as a row (held by few)."""
    import numpy as np

    from kztimeline.timeline.search import Postings

    rng = np.random.default_rng(7)
    size, vocabulary = 1003, 40
    words = np.concatenate([rng.integers(0, 5, 3000), rng.integers(5, vocabulary, 600)])  # 0-4 dense, others rare
    items = rng.integers(0, size, len(words))
    order = np.argsort(items, kind="stable")
    words, items = words[order], items[order]
    runs = [(words[(items >= lo) & (items < lo + 256)], items[(items >= lo) & (items < lo + 256)])
            for lo in range(0, size, 256)]
    postings = Postings([Postings.pairs_of(w, i) for w, i in runs], vocabulary, size)
    assert 0 < len(postings.bits) < vocabulary
    for word in range(vocabulary):
        expected = np.zeros(size, dtype=bool)
        expected[items[words == word]] = True
        assert np.array_equal(postings.mask(np.array([word])), expected), word
    both = np.array([2, 30])
    assert np.array_equal(postings.mask(both), postings.mask(both[:1]) | postings.mask(both[1:]))
