"""Kazakh case and possessive endings for generated phrases: "700-ден астам зауыт", "2009 жылдан бастап",
"12 аялдаманың 2-сі". Qt-free, so the rules are tested on their own.

A Kazakh ending follows the word as it is spoken: for a number written in digits, the last word of the number
read aloud (1 250 is "бір мың екі жүз елу", so "1 250-ден"); for an abbreviation, the word it stands for
("МВт" is "мегаватт", so "45 МВт-тан"). The ending then agrees with that word twice over:

- vowel harmony: a back last vowel (а, о, ұ, ы) takes -а-/-ы-, a front one (ә, е, ө, ү, і) takes -е-/-і-;
- the final sound: the ablative ("from", "than") is -нан/-нен after м, н, ң; -тан/-тен after a voiceless
  consonant; -дан/-ден after a vowel or any other consonant. The dative ("to") is -на/-не after a third-person
  possessive, -қа/-ке after a voiceless consonant, and -ға/-ге otherwise. The third-person possessive is
  -сы/-сі after a vowel and -ы/-і after a consonant.
"""

from __future__ import annotations

import re

BACK_VOWELS = frozenset("аоұыяё")
FRONT_VOWELS = frozenset("әеөүіэ")
VOICELESS = frozenset("кқпстфхцчшщ")
NASALS = frozenset("мнң")

_UNITS = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_SCALES = ((10**12, "триллион"), (10**9, "миллиард"), (10**6, "миллион"), (10**3, "мың"))

READINGS = {
    "%": "пайыз", "км": "километр", "мвт": "мегаватт", "квт": "киловатт", "т": "тонна",
    "млн": "миллион", "млрд": "миллиард", "трлн": "триллион",
}
"""How abbreviations are read aloud, which decides their ending."""

_NUMBER_RE = re.compile(r"^[0-9][0-9\s\u00a0\u202f]*(?:[.,][0-9]+)?$")


def last_spoken_word(number: int) -> str:
    """The last word of a whole number read aloud: 7 'жеті', 120 'жиырма', 700 'жүз', 25 000 'мың'."""
    if number < 0:
        raise ValueError("a count is not negative")
    if number == 0:
        return "нөл"
    if number % 10:
        return _UNITS[number % 10]
    if number % 100:
        return _TENS[number % 100 // 10]
    if number % 1000:
        return "жүз"
    for scale, word in reversed(_SCALES):
        if number % (scale * 1000) or scale == _SCALES[0][0]:
            return word
    raise AssertionError("unreachable")  # pragma: no cover - the largest scale always returns


def spoken_last_word(text: str) -> str:
    """The word that decides the ending of `text`: a number in digits ('1 250', '155,56'), an abbreviation
    ('МВт', '%') or an ordinary word (the last one of a phrase)."""
    words = text.split()
    last = words[-1] if words else text
    number = " ".join(words[-4:]) if words else text
    for candidate in (text.strip(), number, last):  # '1 250' is one number written in groups
        if _NUMBER_RE.match(candidate):
            whole, _, fraction = candidate.replace(",", ".").partition(".")
            digits = fraction if fraction and int(fraction) else whole  # 155,56: '... елу алты'
            return last_spoken_word(int(re.sub(r"\D", "", digits)))
    return READINGS.get(last.lower(), last.lower())


def _is_back(word: str) -> bool:
    """Vowel harmony: True for a back last vowel. Glides (у, и) follow the vowel before them; a word with
    no other vowel counts as back only when the glide is its only vowel and it is у (су)."""
    for char in reversed(word.lower()):
        if char in BACK_VOWELS:
            return True
        if char in FRONT_VOWELS:
            return False
    return "у" in word.lower() and "и" not in word.lower()


def _final(word: str) -> str:
    letters = [c for c in word.lower() if c.isalpha()]
    return letters[-1] if letters else ""


def _ends_in_vowel(word: str) -> bool:
    """A final у is the glide [w], a consonant here: елу takes -і (елуі), not -сі."""
    final = _final(word)
    return final in BACK_VOWELS or final in FRONT_VOWELS


def ablative_suffix(word: str) -> str:
    """-дан/-ден/-тан/-тен/-нан/-нен for `word` (a word, a number in digits or an abbreviation)."""
    spoken = spoken_last_word(word)
    final = _final(spoken)
    if final in NASALS:
        stem = "н"
    elif final in VOICELESS:
        stem = "т"
    else:
        stem = "д"
    return stem + ("ан" if _is_back(spoken) else "ен")


def dative_suffix(word: str, *, possessive: bool = False) -> str:
    """-ға/-ге/-қа/-ке (or -на/-не after a third-person possessive such as 'доллары')."""
    spoken = spoken_last_word(word) if not possessive else word.split()[-1].lower()
    back = _is_back(spoken)
    if possessive:
        return "на" if back else "не"
    if _final(spoken) in VOICELESS:
        return "қа" if back else "ке"
    return "ға" if back else "ге"


def possessive_suffix(word: str) -> str:
    """The third-person possessive: 2-сі, 6-сы, 9-ы, 10-ы ('the second of', 'the tenth of')."""
    spoken = spoken_last_word(word)
    vowel = "ы" if _is_back(spoken) else "і"
    return ("с" + vowel) if _ends_in_vowel(spoken) else vowel


def attach(text: str, suffix: str) -> str:
    """Digits and abbreviations take the ending after a hyphen ('700-ден', '40 %-дан', 'МВт-тан'); words
    take it directly ('теңгеден')."""
    words = text.split()
    last = words[-1] if words else text
    if not last.isalpha() or last.lower() in READINGS or last.isupper():
        return f"{text}-{suffix}"
    return text + suffix


def ends_in_possessive(text: str) -> bool:
    """A phrase ending in a compound noun whose last word carries the third-person possessive: 'жұмыс
    орны', 'өнім түрі', 'АҚШ доллары'. A single word ending in -ы/-і is not taken as possessive."""
    words = text.split()
    return len(words) >= 2 and words[-1].isalpha() and words[-2].isalpha() and words[-1][-1].lower() in "ыі"


def ablative(text: str) -> str:
    """'700' -> '700-ден', '3 трлн теңге' -> '3 трлн теңгеден', 'АҚШ доллары' -> 'АҚШ долларынан'."""
    if ends_in_possessive(text):
        return text + ("нан" if _is_back(text.split()[-1]) else "нен")
    return attach(text, ablative_suffix(text))


def dative(text: str) -> str:
    """'150' -> '150-ге', '60 тонна' -> '60 тоннаға', '25 жұмыс орны' -> '25 жұмыс орнына'."""
    if ends_in_possessive(text):
        return text + dative_suffix(text, possessive=True)
    return attach(text, dative_suffix(text))


def more_than(amount: str, noun: str | None = None) -> str:
    """'700-ден астам зауыт' (the noun after астам), '40 %-дан астам', '3 трлн теңгеден астам'."""
    return f"{ablative(amount)} астам" + (f" {noun}" if noun else "")


def less_than(amount: str, noun: str | None = None) -> str:
    """'10-нан кем жоба': the construction of more_than, with кем."""
    return f"{ablative(amount)} кем" + (f" {noun}" if noun else "")


def up_to(amount: str) -> str:
    """'60 тоннаға дейін', '25 жұмыс орнына дейін', '50 %-ға дейін': the ending goes on the last word."""
    return f"{dative(amount)} дейін"


def since_year(year: int) -> str:
    """'2009 жылдан бастап': 'since 2009' names the year (жыл), which takes the ending."""
    return f"{year} жылдан бастап"


def since(date_text: str) -> str:
    """'2011 жылғы 9 желтоқсаннан бастап' from '2011 жылғы 9 желтоқсан': the last word takes the ablative."""
    return f"{ablative(date_text)} бастап"


def stop_of(position: int, total: int) -> str:
    """'Stop 2 of 12' as '12 аялдаманың 2-сі' (the second of twelve stops)."""
    return f"{total} аялдаманың {position}-{possessive_suffix(str(position))}"
