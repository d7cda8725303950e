"""Kazakh endings in generated phrases, table-driven: each expected form was checked by hand against the
number read aloud (its last word decides vowel harmony and the final sound)."""

from __future__ import annotations

import pytest

from kztimeline.model import kazakh, parse_date

# number: (ablative, dative, possessive) — with the last word read aloud, for the reader of this table
FORMS = {
    1: ("1-ден", "1-ге", "1-і"),        # бір
    2: ("2-ден", "2-ге", "2-сі"),       # екі
    3: ("3-тен", "3-ке", "3-і"),        # үш
    4: ("4-тен", "4-ке", "4-і"),        # төрт
    5: ("5-тен", "5-ке", "5-і"),        # бес
    6: ("6-дан", "6-ға", "6-сы"),       # алты
    7: ("7-ден", "7-ге", "7-сі"),       # жеті
    8: ("8-ден", "8-ге", "8-і"),        # сегіз
    9: ("9-дан", "9-ға", "9-ы"),        # тоғыз
    10: ("10-нан", "10-ға", "10-ы"),    # он
    11: ("11-ден", "11-ге", "11-і"),    # он бір
    12: ("12-ден", "12-ге", "12-сі"),   # он екі
    20: ("20-дан", "20-ға", "20-сы"),   # жиырма
    40: ("40-тан", "40-қа", "40-ы"),    # қырық
    50: ("50-ден", "50-ге", "50-і"),    # елу: a final у is a consonant for the possessive
    60: ("60-тан", "60-қа", "60-ы"),    # алпыс
    80: ("80-нен", "80-ге", "80-і"),    # сексен
    100: ("100-ден", "100-ге", "100-і"),  # жүз
    120: ("120-дан", "120-ға", "120-сы"),  # жүз жиырма
    185: ("185-тен", "185-ке", "185-і"),  # жүз сексен бес
    700: ("700-ден", "700-ге", "700-і"),  # жеті жүз
    1000: ("1000-нан", "1000-ға", "1000-ы"),  # мың
}


@pytest.mark.parametrize(("number", "forms"), FORMS.items())
def test_case_endings_follow_the_last_word_of_the_number(number, forms):
    ablative, dative, possessive = forms
    assert kazakh.ablative(str(number)) == ablative
    assert kazakh.dative(str(number)) == dative
    assert f"{number}-{kazakh.possessive_suffix(str(number))}" == possessive


@pytest.mark.parametrize(("number", "word"), [
    (0, "нөл"), (7, "жеті"), (30, "отыз"), (90, "тоқсан"), (300, "жүз"), (1250, "елу"), (25000, "мың"),
    (2_000_000, "миллион"), (7_000_000_000, "миллиард"), (3 * 10**12, "триллион"), (1_000_500, "жүз"),
])
def test_the_last_spoken_word_of_a_number(number, word):
    assert kazakh.last_spoken_word(number) == word


@pytest.mark.parametrize(("amount", "noun", "expected"), [
    ("700", "зауыт", "700-ден астам зауыт"),           # the noun after астам, not "700 зауыт астам"
    ("500", "өнім түрі", "500-ден астам өнім түрі"),
    ("1\u00a0250", "жоба", "1\u00a0250-ден астам жоба"),  # a number in groups is read as one: ... елу
    ("25\u00a0000", "жұмыс орны", "25\u00a0000-нан астам жұмыс орны"),
    ("40 %", None, "40 %-дан астам"),                  # пайыз
    ("3 трлн теңге", None, "3 трлн теңгеден астам"),   # the unit word takes the ending
    ("42 млрд АҚШ доллары", None, "42 млрд АҚШ долларынан астам"),  # after the possessive: -нан
    ("155,56", None, "155,56-дан астам"),              # ... бүтін жүзден елу алты
    ("45 МВт", None, "45 МВт-тан астам"),              # мегаватт
])
def test_more_than_puts_the_ablative_on_the_amount(amount, noun, expected):
    assert kazakh.more_than(amount, noun) == expected


@pytest.mark.parametrize(("amount", "expected"), [
    ("60 тонна", "60 тоннаға дейін"),
    ("25 жұмыс орны", "25 жұмыс орнына дейін"),
    ("50 %", "50 %-ға дейін"),
    ("185", "185-ке дейін"),
    ("2 000 км", "2 000 км-ге дейін"),                 # километр
])
def test_up_to_puts_the_dative_on_the_last_word(amount, expected):
    assert kazakh.up_to(amount) == expected


def test_less_than_uses_the_same_construction_as_more_than():
    assert kazakh.less_than("10", "жоба") == "10-нан кем жоба"


@pytest.mark.parametrize(("date_text", "expected"), [
    ("2011 жылғы 9 желтоқсан", "2011 жылғы 9 желтоқсаннан бастап"),
    ("2012 жылғы қыркүйек", "2012 жылғы қыркүйектен бастап"),
    ("2010 жылғы ақпан", "2010 жылғы ақпаннан бастап"),
    ("2015 жылғы шілде", "2015 жылғы шілдеден бастап"),
    ("2014 жылғы маусым", "2014 жылғы маусымнан бастап"),
    ("2014 жылғы мамыр", "2014 жылғы мамырдан бастап"),
])
def test_since_a_date_puts_the_ablative_on_the_month(date_text, expected):
    assert kazakh.since(date_text) == expected


@pytest.mark.parametrize("year", [2009, 2010, 2012])
def test_since_a_year_names_the_year(year):
    assert kazakh.since_year(year) == f"{year} жылдан бастап"  # not "2009 бастап"


@pytest.mark.parametrize(("position", "suffix"), [
    (1, "і"), (2, "сі"), (3, "і"), (4, "і"), (5, "і"), (6, "сы"), (7, "сі"), (8, "і"), (9, "ы"), (10, "ы"),
    (11, "і"), (12, "сі"),
])
def test_every_stop_of_a_twelve_stop_tour(position, suffix):
    assert kazakh.stop_of(position, 12) == f"12 аялдаманың {position}-{suffix}"


def test_the_formatting_layer_uses_the_rules(qapp):
    from kztimeline.model import Qualifier, Unit
    from kztimeline.ui.formatting import format_quantity, format_since, format_stop

    assert format_quantity(700, Unit.COUNT, "kk", "зауыт", Qualifier.MORE_THAN) == "700-ден астам зауыт"
    assert format_quantity(40, Unit.PERCENT, "kk", qualifier=Qualifier.MORE_THAN) == "40 %-дан астам"
    assert format_quantity(3e12, Unit.TENGE, "kk", qualifier=Qualifier.MORE_THAN) == "3 трлн теңгеден астам"
    assert format_quantity(60, Unit.COUNT, "kk", "тонна", Qualifier.UP_TO) == "60 тоннаға дейін"
    assert format_quantity(42e9, Unit.USD, "kk", qualifier=Qualifier.MORE_THAN) == "42 млрд АҚШ долларынан астам"
    assert format_since(parse_date("2009"), "kk") == "2009 жылдан бастап"
    assert format_since(parse_date("2011-12-09"), "kk") == "2011 жылғы 9 желтоқсаннан бастап"
    assert format_since(parse_date("2012-12"), "kk") == "2012 жылғы желтоқсаннан бастап"
    assert format_since(parse_date("2009"), "ru") == "с 2009 года"
    assert format_since(parse_date("2012-12"), "ru") == "с декабря 2012 г."
    assert format_since(parse_date("2011-12-09"), "ru") == "с 9 декабря 2011 г."
    assert format_since(parse_date("2012-12"), "en") == "since December 2012"
    assert [format_stop(2, 12, lang) for lang in ("en", "ru", "kk")] == \
        ["Stop 2 of 12", "Остановка 2 из 12", "12 аялдаманың 2-сі"]
