"""Dates and numbers written for reading, with their true precision, through QLocale."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from kztimeline.model import Figure, PartialDate, Precision, Qualifier, Unit, When

_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
            "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
            "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)}


def locale_for(lang: str) -> QLocale:
    return _LOCALES.get(lang, _LOCALES["en"])


def format_date(date: PartialDate, lang: str = "en") -> str:
    """'2010', 'February 2010' or '9 December 2011': exactly the precision that is known."""
    locale = locale_for(lang)
    if date.precision is Precision.YEAR:
        return str(date.year)
    if date.precision is Precision.MONTH:
        return f"{locale.standaloneMonthName(date.month or 1)} {date.year}"
    return locale.toString(QDate(date.year, date.month or 1, date.day or 1), "d MMMM yyyy")


def format_when(when: When, lang: str = "en") -> str:
    if when.end is None:
        return format_date(when.start, lang)
    start, end = when.start, when.end
    if start.precision is Precision.YEAR and end.precision is Precision.YEAR:
        return f"{start.year}–{end.year}"
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_QUALIFIERS = {
    Qualifier.ABOUT: "about",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.UP_TO: "up to",
    Qualifier.LESS_THAN: "less than",
}
_CURRENCIES = {Unit.TENGE: "tenge", Unit.USD: "US dollars", Unit.EUR: "euros"}


def _number(value: float, locale: QLocale, decimals: int | None = None) -> str:
    if decimals is None:
        decimals = 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1].rstrip("0"))
    return locale.toString(float(value), "f", min(decimals, 2))


def format_quantity(value: float, unit: Unit, lang: str = "en", noun: str | None = None,
                    qualifier: Qualifier | None = None) -> str:
    """'8.1 trillion tenge', '161,000 jobs', '31.8 %', 'more than 1,250 projects'."""
    locale = locale_for(lang)
    if unit is Unit.PERCENT:
        text = f"{_number(value, locale)} %"
    elif unit is Unit.KZT_PER_USD:
        text = f"{_number(value, locale)} tenge per US dollar"
    elif unit in _CURRENCIES:
        for scale, word in _SCALES:
            if abs(value) >= scale:
                text = f"{_number(round(value / scale, 2), locale)} {word} {_CURRENCIES[unit]}"
                break
        else:
            text = f"{_number(value, locale)} {_CURRENCIES[unit]}"
    else:
        text = _number(value, locale)
        if noun:
            text = f"{text} {noun}"
    if qualifier is not None:
        text = f"{_QUALIFIERS[qualifier]} {text}"
    return text


def format_figure(figure: Figure, lang: str = "en") -> str:
    if figure.value is None:
        return f"{len(figure.series)} values"
    noun = figure.noun.get(lang) if figure.noun else None
    return format_quantity(figure.value, figure.unit, lang, noun, figure.qualifier)
