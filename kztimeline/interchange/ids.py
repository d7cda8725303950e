"""Ids derived from what a visitor reads (a headline, a group's name): lower-case ASCII letters, digits and '-',
starting with a letter, at most MAX_ID characters, unique within their collection. Kazakh and Russian letters
are transliterated, other letters lose their accents; what is left of nothing gets the collection's word."""

from __future__ import annotations

import re
import unicodedata

from kztimeline.data.limits import MAX_ID

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
     "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia", "a", "g", "q", "ng", "o", "u", "u", "h", "i"],
    strict=True))
_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str, fallback: str, limit: int = MAX_ID) -> str:
    text = "".join(_CYRILLIC.get(c, c) for c in text.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = _NOT_ID.sub("-", text).strip("-")
    while words and not words[0].isalpha():  # an id starts with a letter: '1951 ...' -> 'y1951-...'
        words = f"y{words}" if words[0].isdigit() else words[1:]
    return (words or fallback)[:limit].rstrip("-")


class IdMaker:
    """Unique ids in one collection: the second 'ada-lovelace' is 'ada-lovelace-2'."""

    def __init__(self, fallback: str) -> None:
        self.fallback = fallback
        self.taken: set[str] = set()

    def make(self, text: str) -> str:
        base = slug(text, self.fallback)
        candidate, number = base, 1
        while candidate in self.taken:
            number += 1
            tail = f"-{number}"
            candidate = base[: MAX_ID - len(tail)].rstrip("-") + tail
        self.taken.add(candidate)
        return candidate
