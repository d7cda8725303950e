"""Finding events as the visitor types: every word of the query must appear in an event's title, summary,
companies or sectors (any language the event has, case-insensitive), anywhere inside a word of them. Qt-free.

Kazakh letters fold to the Russian ones a visitor types on a Russian keyboard (қ→к, ғ→г, ұ/ү→у, ә→а, ө→о,
і→и, ң→н, һ→х), and ё to е, so that "казакстан" finds what "Қазақстан" finds; text is compared in NFC form.

A query's word holds no space, so it appears in an event's text exactly when it appears inside one of the
text's words. The index therefore keeps each distinct folded word once (`Vocabulary`, searched for the query
word as one array operation per letter) and, per word, the events, companies and sectors that contain it; a
query is a few array look-ups however many events there are, not a scan of every event's text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np

from kztimeline.model import Text, Timeline

_FOLD = str.maketrans("қғұүәөіңһё", "кгууаоинхе")


def fold(text: str) -> str:
    """Text as search compares it: composed, case-folded, Kazakh letters and ё folded."""
    return _unfolded(text).translate(_FOLD)


def _unfolded(text: str) -> str:
    """Composed and case-folded: `fold` before the letters are folded (which changes no space)."""
    return unicodedata.normalize("NFC", text).casefold()


def _all(text: Text | None) -> str:
    """Every version of a text, one after the other."""
    if text is None:
        return ""
    return " ".join((text.en, text.kk or "", text.ru or "")) if text.kk or text.ru else text.en


def haystack(timeline: Timeline, index: int) -> str:
    """Everything of event `index` that search looks in, folded: the reference the index answers like."""
    event = timeline.events[index]
    parts = [_all(event.title), _all(event.summary)]
    parts += [_all(timeline.companies[c].name) for c in event.companies]
    parts += [_all(timeline.sectors[s].name) for s in event.sectors]
    return fold(" ".join(parts))


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


_SEPARATOR = "\x00"  # between texts folded together: folding leaves it alone and it joins no other letter


class Vocabulary:
    """Distinct words, found by any part of them: the words are kept as one array of code points (uint16 when
    every letter fits, as in Kazakh, Russian and English), separated by newlines."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = len(words)
        text = "".join(w + "\n" for w in words)
        codes = _codes(text)
        self.codes = codes.astype(np.uint16) if not len(codes) or int(codes.max()) < 0x10000 else codes
        lengths = np.fromiter((len(w) + 1 for w in words), dtype=np.int64, count=len(words))
        self.starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64) if len(words) else \
            np.zeros(0, dtype=np.int64)

    def containing(self, word: str) -> np.ndarray:
        """The numbers of the words `word` (no whitespace in it) appears in, ascending."""
        wanted = _codes(word)
        codes = self.codes
        if not len(wanted) or len(wanted) > len(codes) or int(wanted.max()) > np.iinfo(codes.dtype).max:
            return np.zeros(0, dtype=np.int64)
        wanted = wanted.astype(codes.dtype)
        at = np.flatnonzero(codes[:len(codes) - len(wanted) + 1] == wanted[0])
        for offset in range(1, len(wanted)):
            if not len(at):
                break
            at = at[codes[at + offset] == wanted[offset]]
        found = np.searchsorted(self.starts, at, side="right") - 1  # a match never crosses a newline
        return found[np.concatenate(([True], found[1:] != found[:-1]))] if len(found) else found  # ascending

    @property
    def nbytes(self) -> int:
        return int(self.codes.nbytes + self.starts.nbytes)


class Postings:
    """For each word of a vocabulary, the things (events, companies or sectors) whose text holds it. A rare word
    keeps its things' numbers (compressed rows: `items[first[w]:first[w + 1]]`); a word that at least one thing
    in `DENSE` holds keeps a bit per thing instead, which is never larger and is merged in one operation."""

    DENSE = 32

    def __init__(self, pairs: Sequence[tuple[np.ndarray, np.ndarray]], vocabulary_size: int, size: int) -> None:
        """`pairs`: (words, items) of consecutive runs of the `size` items, each run's pairs distinct and sorted
        by word, then item (`pairs_of`). Filled run by run, so the whole data's pairs are never sorted at once."""
        self.size = size
        counts = np.zeros(vocabulary_size, dtype=np.int64)
        for words, _items in pairs:
            counts += np.bincount(words, minlength=vocabulary_size)
        dense = np.flatnonzero(counts * self.DENSE >= max(size, 1) * 1.0) if size >= 8 * self.DENSE else \
            np.zeros(0, dtype=np.int64)
        self.row = np.full(vocabulary_size, -1, dtype=np.int32)  # a dense word's row of bits
        self.row[dense] = np.arange(len(dense), dtype=np.int32)
        width = (size + 7) // 8
        self.bits = np.zeros((len(dense), width), dtype=np.uint8)
        counts[dense] = 0
        self.first = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self.items = np.zeros(int(self.first[-1]), dtype=np.int32)
        filled = self.first[:-1].copy()  # where each rare word's next item goes
        flat = self.bits.reshape(-1)
        for words, items in pairs:
            rows = self.row[words]
            in_dense = rows >= 0
            if in_dense.any():  # sorted by row, then item: the bits of one byte are neighbours, summed as one
                at = rows[in_dense].astype(np.int64) * width + (items[in_dense] >> 3)
                bit = (np.uint8(128) >> (items[in_dense] & 7).astype(np.uint8)).astype(np.uint8)
                starts = np.flatnonzero(np.concatenate(([True], at[1:] != at[:-1])))
                flat[at[starts]] |= np.add.reduceat(bit, starts).astype(np.uint8)
            rare_words, rare_items = words[~in_dense], items[~in_dense]
            if len(rare_words):  # an item's place: its word's next free one, plus its rank in this run's word
                rank = np.arange(len(rare_words)) - np.searchsorted(rare_words, rare_words)
                self.items[filled[rare_words] + rank] = rare_items
                filled += np.bincount(rare_words, minlength=vocabulary_size)

    @staticmethod
    def pairs_of(words: np.ndarray, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """`words[k]` occurs in item `items[k]`: the distinct (word, item) pairs, sorted by word, then item."""
        keys = words.astype(np.int64) << 32 | items.astype(np.int64)
        keys.sort()
        if len(keys):
            keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
        return (keys >> 32).astype(np.int32), (keys & 0xFFFFFFFF).astype(np.int32)

    def mask(self, words: np.ndarray) -> np.ndarray:
        """Which items hold any of `words`, as a boolean array."""
        rows = self.row[words]
        mask = np.zeros(self.size, dtype=bool)
        rare = words[rows < 0]
        starts = self.first[rare]
        lengths = self.first[rare + 1] - starts
        total = int(lengths.sum())
        if total:  # the positions start..end-1 of every rare word's row, as one array
            before = np.cumsum(lengths) - lengths
            mask[self.items[np.arange(total) + np.repeat(starts - before, lengths)]] = True
        dense = rows[rows >= 0]
        if len(dense):
            mask |= np.unpackbits(np.bitwise_or.reduce(self.bits[dense], axis=0), count=self.size).view(bool)
        return mask

    @property
    def nbytes(self) -> int:
        return int(self.items.nbytes + self.first.nbytes + self.bits.nbytes + self.row.nbytes)


class _Numbers(dict[str, int]):
    """Each word's number, given as the word is first met; words that fold alike (қазақ, казак) share one. The
    Kazakh letters are folded here, once per distinct word (str.translate is slow on long text)."""

    def __init__(self) -> None:
        super().__init__()
        self.words: dict[str, int] = {}

    def __missing__(self, token: str) -> int:
        words = self.words
        number = self[token] = words.setdefault(token.translate(_FOLD), len(words))
        return number


class SearchIndex:
    """The words of every event's title and summary, and of its companies' and sectors' names (every language),
    with the events, companies and sectors that hold each."""

    CHUNK = 4096  # texts folded and split at a time: quick, and the words of all 100,000 events never held at once

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.size = len(timeline.events)
        self._numbers = _Numbers()
        events = timeline.events
        company_ids, sector_ids = list(timeline.companies), list(timeline.sectors)
        own = self._numbered([f"{_all(e.title)} {_all(e.summary)}" for e in events[n:n + self.CHUNK]]
                             for n in range(0, len(events), self.CHUNK))
        company_words = self._numbered([[_all(timeline.companies[c].name) for c in company_ids]])
        sector_words = self._numbered([[_all(timeline.sectors[s].name) for s in sector_ids]])
        self.vocabulary = Vocabulary(list(self._numbers.words))
        size = self.vocabulary.words
        del self._numbers
        self._own = Postings(own, size, len(events))
        del own
        self._companies = Postings(company_words, size, len(company_ids))
        self._sectors = Postings(sector_words, size, len(sector_ids))
        self._of_company = self._pairs([e.companies for e in events], {c: n for n, c in enumerate(company_ids)})
        self._of_sector = self._pairs([e.sectors for e in events], {s: n for n, s in enumerate(sector_ids)})

    def _numbered(self, chunks: Iterable[list[str]]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each chunk's distinct (word number, text number) pairs, sorted (`Postings.pairs_of`), the texts
        numbered across the chunks: a chunk's tokens are dropped as soon as its pairs are known."""
        pairs = []
        first = 0
        for texts in chunks:
            chunk_ids, chunk_owners = self._numbered_chunk(texts)
            pairs.append(Postings.pairs_of(chunk_ids, chunk_owners + first))
            first += len(texts)
        return pairs

    def _numbered_chunk(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The texts are folded and split as one string, far quicker than one by one; only a chunk with a text
        that holds the separator itself takes the slow way."""
        text = _unfolded(f" {_SEPARATOR} ".join(texts))
        joined = text.count(_SEPARATOR) == max(0, len(texts) - 1)
        tokens = text.split() if joined else [token for text in texts for token in _unfolded(text).split()]
        ids = np.fromiter(map(self._numbers.__getitem__, tokens), dtype=np.int32, count=len(tokens))
        if joined:
            between = ids == self._numbers[_SEPARATOR]
            owners = np.cumsum(between, dtype=np.int32)
            return ids[~between], owners[~between]
        counts = [len(_unfolded(text).split()) for text in texts]
        return ids, np.repeat(np.arange(len(texts), dtype=np.int32), np.asarray(counts, dtype=np.int64))

    @staticmethod
    def _pairs(keys_of: list[tuple[str, ...]], numbers: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
        """(event, company or sector number) for every company or sector of every event."""
        counts = np.fromiter(map(len, keys_of), dtype=np.int64, count=len(keys_of))
        owners = np.repeat(np.arange(len(keys_of), dtype=np.int32), counts)
        keys = [key for keys in keys_of for key in keys]
        return owners, np.fromiter(map(numbers.__getitem__, keys), dtype=np.int32, count=len(keys))

    def _events_with(self, word: str) -> np.ndarray:
        """Which events hold `word` anywhere in their text, as a mask over the events."""
        found = self.vocabulary.containing(word)
        mask = self._own.mask(found)
        for postings, (owners, items) in ((self._companies, self._of_company), (self._sectors, self._of_sector)):
            named = postings.mask(found)
            if named.any():
                mask[owners[named[items]]] = True
        return mask

    def matches(self, query: str) -> np.ndarray:
        """The matching events' indices, ascending (chronological), as an array; every event for an empty
        query."""
        words = list(dict.fromkeys(fold(query).split()))
        if not words:
            return np.arange(self.size)
        mask = self._events_with(words[0])
        for word in words[1:]:
            if not mask.any():
                break
            mask &= self._events_with(word)
        return np.flatnonzero(mask)

    def search(self, query: str) -> list[int]:
        """Indices of matching events in chronological order; every event for an empty query."""
        found: list[int] = self.matches(query).tolist()
        return found

    @property
    def nbytes(self) -> int:
        """The index's arrays, in bytes (the word list it was built from is not kept)."""
        arrays = (*self._of_company, *self._of_sector)
        return self.vocabulary.nbytes + self._own.nbytes + self._companies.nbytes + self._sectors.nbytes + \
            sum(int(a.nbytes) for a in arrays)
