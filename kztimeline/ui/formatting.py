"""Dates and numbers written for reading in English, Kazakh and Russian, with their true precision, through
QLocale's formats and number conversion; and texts in the visitor's language with a marked English fallback."""

from __future__ import annotations

import html
import math
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kztimeline.model import Figure, PartialDate, Precision, Qualifier, Text, Timeline, Unit, When, from_seconds, kazakh

_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
            "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
            "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)}

# QLocale date formats per precision: '9 December 2011', '9 декабря 2011 г.', '2011 жылғы 9 желтоқсан'
_DAY_FORMAT = {"en": "d MMMM yyyy", "ru": "d MMMM yyyy 'г.'", "kk": "yyyy 'жылғы' d MMMM"}
_MONTH_FORMAT = {"en": "{month} {year}", "ru": "{month} {year} г.", "kk": "{year} жылғы {month}"}

FALLBACK_MARK = " ·en"  # a subtle sign that the English text stands in for a missing translation


def plain_tooltip(text: str) -> str:
    """Tooltip text shown literally. Qt guesses rich text from anything that looks like a tag, so a title such as
    '<img src=/etc/x.png>' would render as HTML (and load the file): data text is escaped and marked as rich."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def locale_for(lang: str) -> QLocale:
    return _LOCALES.get(lang, _LOCALES["en"])


def display(text: Text, lang: str) -> str:
    """The text in `lang`, or the English one marked as such when there is no translation yet."""
    if text.has(lang):
        return text.get(lang)
    return text.en + ("" if lang == "en" else FALLBACK_MARK)


def format_date(date: PartialDate, lang: str = "en") -> str:
    """'2010', 'February 2010' or '9 December 2011': exactly the precision that is known."""
    locale = locale_for(lang)
    if date.precision is Precision.YEAR:
        return str(date.year)
    if date.precision is Precision.MONTH:
        month = locale.standaloneMonthName(date.month or 1) if lang != "kk" else locale.monthName(date.month or 1)
        if lang in ("ru", "kk"):
            month = month.lower()  # Russian and Kazakh write month names in lower case, also in spans
        return _MONTH_FORMAT.get(lang, _MONTH_FORMAT["en"]).format(month=month, year=date.year)
    return locale.toString(QDate(date.year, date.month or 1, date.day or 1), _DAY_FORMAT.get(lang, "d MMMM yyyy"))


def format_month_span(first: float, last: float, lang: str = "en") -> str:
    """The months of two moments (seconds), as 'March 2002 – September 2021': what a view or an export shows."""
    a, b = from_seconds(first), from_seconds(last)
    return f"{format_date(PartialDate(a.year, a.month), lang)} – {format_date(PartialDate(b.year, b.month), lang)}"


def format_when(when: When, lang: str = "en") -> str:
    if when.end is None:
        return format_date(when.start, lang)
    start, end = when.start, when.end
    if start.precision is Precision.YEAR and end.precision is Precision.YEAR:
        return f"{start.year}–{end.year}"
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


_SCALES = {
    "en": ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")),
    "ru": ((1e12, "трлн"), (1e9, "млрд"), (1e6, "млн")),
    "kk": ((1e12, "трлн"), (1e9, "млрд"), (1e6, "млн")),
}
_CURRENCIES = {
    "en": {Unit.TENGE: "tenge", Unit.USD: "US dollars", Unit.EUR: "euros"},
    "ru": {Unit.TENGE: "тенге", Unit.USD: "долларов США", Unit.EUR: "евро"},
    "kk": {Unit.TENGE: "теңге", Unit.USD: "АҚШ доллары", Unit.EUR: "еуро"},
}
_PER_DOLLAR = {"en": "tenge per US dollar", "ru": "тенге за доллар США", "kk": "теңге (1 АҚШ долларына)"}
_QUALIFIERS = {
    "en": {Qualifier.ABOUT: "about {}", Qualifier.MORE_THAN: "more than {}", Qualifier.AT_LEAST: "at least {}",
           Qualifier.UP_TO: "up to {}", Qualifier.LESS_THAN: "less than {}"},
    "ru": {Qualifier.ABOUT: "около {}", Qualifier.MORE_THAN: "более {}", Qualifier.AT_LEAST: "не менее {}",
           Qualifier.UP_TO: "до {}", Qualifier.LESS_THAN: "менее {}"},
    "kk": {Qualifier.ABOUT: "шамамен {}", Qualifier.AT_LEAST: "кемінде {}"},  # the others need case endings
}


def _number(value: float, locale: QLocale) -> str:
    """The number as written, to at most two decimals; a value below 1 keeps two significant digits, so that
    0.004 is never shown as 0 (the loader keeps values between 1e-6 and 1e15 in magnitude, or 0)."""
    value = float(value)
    if not math.isfinite(value):
        return "—"  # refused by the loader; never a crash if one comes from elsewhere
    if value.is_integer():
        return locale.toString(value, "f", 0)
    written = format(Decimal(repr(value)), "f").partition(".")[2]  # 1e-05 -> '00001'
    decimals = min(2, len(written))
    if abs(value) < 1:
        decimals = min(len(written), max(2, 1 - math.floor(math.log10(abs(value)))))
    text = locale.toString(value, "f", decimals)
    point = locale.decimalPoint()
    return text.rstrip("0").removesuffix(point) if decimals and point in text else text  # 0.1 + 0.2: '0.3'


def format_quantity(value: float, unit: Unit, lang: str = "en", noun: str | None = None,
                    qualifier: Qualifier | None = None) -> str:
    """'8.1 trillion tenge' / '8,1 трлн тенге' / '8,1 трлн теңге'; '161,000 jobs'; '31.8 %'."""
    lang = lang if lang in _LOCALES else "en"
    locale = locale_for(lang)
    if unit is Unit.PERCENT:
        text = f"{_number(value, locale)} %"
    elif unit is Unit.KZT_PER_USD:
        text = f"{_number(value, locale)} {_PER_DOLLAR[lang]}"
    elif unit in _CURRENCIES[lang]:
        currency = _CURRENCIES[lang][unit]
        for scale, word in _SCALES[lang]:
            if abs(value) >= scale:
                text = f"{_number(round(value / scale, 2), locale)} {word} {currency}"
                break
        else:
            text = f"{_number(value, locale)} {currency}"
    else:
        text = _number(value, locale)
        if lang == "kk" and noun and qualifier in (Qualifier.MORE_THAN, Qualifier.LESS_THAN):
            compare = kazakh.more_than if qualifier is Qualifier.MORE_THAN else kazakh.less_than
            return compare(text, noun)  # '700-ден астам зауыт': the noun follows астам
        if noun:
            text = f"{text} {noun}"
    if qualifier is not None:
        text = _qualified(text, qualifier, lang)
    return text


def _qualified(text: str, qualifier: Qualifier, lang: str) -> str:
    """'more than 40 %'; in Kazakh the amount takes the case its qualifier governs: '40 %-дан астам',
    '3 трлн теңгеден астам', '60 тоннаға дейін'."""
    if lang == "kk":
        if qualifier is Qualifier.MORE_THAN:
            return kazakh.more_than(text)
        if qualifier is Qualifier.LESS_THAN:
            return kazakh.less_than(text)
        if qualifier is Qualifier.UP_TO:
            return kazakh.up_to(text)
    return _QUALIFIERS[lang][qualifier].format(text)


def format_since(date: PartialDate, lang: str = "en") -> str:
    """'since 2009' on a company card: 'с 2009 года', '2009 жылдан бастап'; 'since 9 December 2011':
    'с 9 декабря 2011 г.', '2011 жылғы 9 желтоқсаннан бастап'."""
    if lang == "kk":
        if date.precision is Precision.YEAR:
            return kazakh.since_year(date.year)
        return kazakh.since(format_date(date, lang))
    if lang == "ru":
        if date.precision is Precision.YEAR:
            return f"с {date.year} года"
        if date.precision is Precision.MONTH:  # the genitive: 'с декабря 2012 г.'
            return f"с {locale_for('ru').monthName(date.month or 1).lower()} {date.year} г."
        return f"с {format_date(date, lang)}"
    return f"since {format_date(date, 'en')}"


def format_stop(position: int, total: int, lang: str = "en") -> str:
    """A tour's place: 'Stop 2 of 12', 'Остановка 2 из 12', '12 аялдаманың 2-сі' (Kazakh needs the
    possessive ending of the position: 2-сі, 6-сы, 9-ы, 10-ы)."""
    if lang == "kk":
        return kazakh.stop_of(position, total)
    if lang == "ru":
        return f"Остановка {position} из {total}"
    return f"Stop {position} of {total}"


def format_figure(figure: Figure, lang: str = "en") -> str:
    if figure.value is None:
        first, last = figure.series[0], figure.series[-1]
        return (f"{format_quantity(first.value, figure.unit, lang)} … {format_quantity(last.value, figure.unit, lang)}"
                if len(figure.series) > 1 else format_quantity(first.value, figure.unit, lang))
    noun = figure.noun.get(lang) if figure.noun else None
    return format_quantity(figure.value, figure.unit, lang, noun, figure.qualifier)


_UNIT_SYMBOLS = {
    "en": {Unit.PERCENT: "%", Unit.COUNT: "number", Unit.TENGE: "tenge", Unit.USD: "US$", Unit.EUR: "€",
           Unit.KZT_PER_USD: "tenge per US$"},
    "ru": {Unit.PERCENT: "%", Unit.COUNT: "число", Unit.TENGE: "тенге", Unit.USD: "долл. США", Unit.EUR: "€",
           Unit.KZT_PER_USD: "тенге за долл. США"},
    "kk": {Unit.PERCENT: "%", Unit.COUNT: "саны", Unit.TENGE: "теңге", Unit.USD: "АҚШ доллары", Unit.EUR: "€",
           Unit.KZT_PER_USD: "теңге / АҚШ доллары"},
}


def unit_symbol(unit: Unit, lang: str = "en") -> str:
    """The unit as an axis or a legend names it: '%', 'number', 'tenge'."""
    return _UNIT_SYMBOLS.get(lang, _UNIT_SYMBOLS["en"])[unit]


def other_lane_name(timeline: Timeline, lang: str) -> str:
    """The name of the lane of events with no sector: the data's own (the bundled data: "Programmes and
    policy"), else "Other events" (an imported timeline's events without a group are not policy)."""
    if timeline.info.other_lane is not None:
        return display(timeline.info.other_lane, lang)
    return QCoreApplication.translate("Lanes", "Other events")
