"""Many texts' widths at once, from each character's advance and each pair's kerning. Qt-free: the measuring
itself is a function given by the caller (a font's advance of a text of one or two characters).

A line of text set in a font is as wide as the sum of its characters' advances plus the kerning of each pair of
neighbours (and a two-letter ligature shows as that pair's kerning). So once each character and each pair that
occurs has been measured, a text's width is a sum over arrays, and a frame's hundreds of new label candidates
are measured in a few numpy calls instead of one font call each (about 9 µs a call, three a label). The model
is kept to the scripts where it holds, checked against the font on the bundled labels in three languages and on
generated ones (tests/test_text_widths.py): Latin, Greek and Cyrillic (Kazakh's letters among them), their
punctuation, and the currency and letter-like signs. A text with any other character (a combining mark, a
script that shaping changes, a control or direction mark) is measured whole, as before; so is a text that
mixes scripts (Latin and Cyrillic, say), because the font shapes each script's run apart, and a pair that
straddles two runs (a guillemet between a Latin and a Cyrillic letter) is not kerned as it is alone; and so
is a text with a three-letter ligature (ffi, ffl), which is not the sum of its two pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

_BMP = 0x10000


def _modelled() -> np.ndarray:
    """Which characters of the Basic Multilingual Plane the additive model covers."""
    ok = np.zeros(_BMP, dtype=bool)
    ok[0x20:0x7F] = True  # ASCII, printable
    ok[0xA0:0x300] = True  # Latin-1 and Latin Extended, IPA, spacing modifiers (not the combining marks)
    ok[0x370:0x590] = True  # Greek, Cyrillic (Kazakh's letters), Cyrillic Supplement, Armenian
    ok[0x1E00:0x2000] = True  # Latin Extended Additional, Greek Extended
    ok[0x2010:0x2028] = True  # dashes, quotes, bullets, ellipsis (not the zero-width and direction marks)
    ok[0x2030:0x205F] = True  # per mille, primes, guillemets
    ok[0x20A0:0x20C1] = True  # currency signs (the tenge among them)
    ok[0x2100:0x2150] = True  # letter-like symbols (№)
    for mark in (0xAD, 0x37A, 0x483, 0x484, 0x485, 0x486, 0x487, 0x488, 0x489):  # a soft hyphen, combining ones
        ok[mark] = False
    return ok


MODELLED = _modelled()


def _scripts() -> np.ndarray:
    """Each character's script where it has one (0: common to all, as digits, spaces and punctuation are)."""
    script = np.zeros(_BMP, dtype=np.int8)
    for first, last in ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x250, 0x2AF), (0x1E00, 0x1EFF)):
        script[first:last + 1] = 1  # Latin
    script[0xD7] = script[0xF7] = 0  # × and ÷
    script[0x370:0x400] = script[0x1F00:0x2000] = 2  # Greek
    script[0x400:0x530] = 3  # Cyrillic
    script[0x530:0x590] = 4  # Armenian
    return script


SCRIPTS = _scripts()
# both at once, for every code point (those past the plane looked up as its last, which is not modelled): -1 a
# character left to the font, 0 one common to all scripts, else its script
CLASSES = np.where(MODELLED, SCRIPTS, -1).astype(np.int8)
CLASSES[_BMP - 1] = -1


class AdditiveWidths:
    """Widths of texts in one font: `measure(text)` is the font's advance of a text; characters and pairs are
    measured the first time they occur and kept."""

    def __init__(self, measure: Callable[[str], float]) -> None:
        self.measure = measure
        self._index = np.full(_BMP, -1, dtype=np.intp)  # a character's number in the tables (-1: not yet)
        self._chars: list[str] = []
        self._advance = np.zeros(0)
        self._kerning = np.zeros((0, 0))  # by the numbers of a pair's first and second character; NaN: not yet

    def widths(self, texts: Sequence[str]) -> np.ndarray:
        """The width of each of `texts`, as `measure` gives it."""
        out = np.zeros(len(texts))
        if not texts:
            return out
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        # as index-sized integers: numpy gathers with those directly, and casts any other kind on every gather
        codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.intp)
        if len(codes) != int(lengths.sum()):  # not one code per character (cannot happen with str; be sure)
            return np.asarray([self.measure(t) for t in texts], dtype=float)
        if not len(codes):  # every text empty
            return out
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        nonempty = lengths > 0
        heads = starts[nonempty]
        # a text the model does not cover (a character it leaves to the font, or two scripts) is measured whole
        classes = CLASSES.take(np.minimum(codes, _BMP - 1))
        highest = np.maximum.reduceat(classes, heads)
        lowest_script = np.minimum.reduceat(np.where(classes > 0, classes, 127), heads)
        uncovered = np.zeros(len(texts), dtype=bool)
        uncovered[np.flatnonzero(nonempty)[(highest > 0) & (lowest_script != highest)]] = True
        if classes.min() < 0:
            uncovered[np.flatnonzero(nonempty)[np.minimum.reduceat(classes, heads) < 0]] = True
            codes = np.where(classes >= 0, codes, 0x20)  # a space in their place: their sums are not used
        # the font's three-letter ligatures (ffi, ffl) are not two pairs: measured whole
        doubled = np.flatnonzero((codes[:-2] == 0x66) & (codes[1:-1] == 0x66)) if len(codes) > 2 else codes[:0]
        if len(doubled):
            third = codes[doubled + 2]
            triple = doubled[(third == 0x69) | (third == 0x6C)]
            if len(triple):
                uncovered[np.searchsorted(starts, triple, "right") - 1] = True
        for k in np.flatnonzero(uncovered).tolist():
            out[k] = self.measure(texts[k])
        chars = self._numbers(codes)
        per_char = self._advance.take(chars)
        # each pair of neighbours in the same text, by the position of its first character (looked up in the
        # flattened table: one gather, not numpy's slower one by two index arrays)
        if len(codes) > 1:
            first, second = chars[:-1], chars[1:]
            pairs = first * len(self._chars) + second
            kern = self._kerning.take(pairs)
            ends = (starts + lengths - 1)[nonempty][:-1]  # a text's last character pairs with no one
            kern[ends] = 0.0
            unknown = np.isnan(kern)
            if unknown.any():
                self._measure_pairs(first[unknown], second[unknown])
                kern = self._kerning.take(pairs)
                kern[ends] = 0.0
            per_char[:-1] += kern
        sums = np.add.reduceat(per_char, heads)
        keep = nonempty & ~uncovered
        out[keep] = sums[~uncovered[nonempty]]
        return out

    def _numbers(self, codes: np.ndarray) -> np.ndarray:
        """The table numbers of the characters `codes` (all in the plane), new ones measured and added."""
        found: np.ndarray = self._index.take(codes)
        if (found < 0).any():
            new = np.unique(codes[found < 0]).tolist()
            start = len(self._chars)
            for n, code in enumerate(new):
                self._index[code] = start + n
                self._chars.append(chr(code))
            size = len(self._chars)
            self._advance = np.concatenate((self._advance, [self.measure(chr(c)) for c in new]))
            grown = np.full((size, size), np.nan)
            grown[:start, :start] = self._kerning
            self._kerning = grown
            found = self._index.take(codes)
        return found

    def _measure_pairs(self, first: np.ndarray, second: np.ndarray) -> None:
        size = len(self._chars)
        for key in np.unique(first.astype(np.int64) * size + second).tolist():
            a, b = divmod(key, size)
            text = self._chars[a] + self._chars[b]
            self._kerning[a, b] = self.measure(text) - self._advance[a] - self._advance[b]
