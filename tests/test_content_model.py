"""Event labels and translatable company names: the model API the lanes and the panel use, and how the loader
reads and checks them. No Qt here."""

from __future__ import annotations

from pathlib import Path

import pytest

from kztimeline.data import load
from kztimeline.model import (
    LABEL_LIMITS,
    Company,
    Event,
    EventKind,
    SourceRef,
    Text,
    Timeline,
    TimelineInfo,
    When,
    parse_date,
)

DOC = """\
timeline:
  title: {en: Test timeline}
  start: 1997-01-01
  end: 2022-12-31
sources:
  - id: article
    title: Industrialization in Kazakhstan
companies:
  - id: tulpar-talgo
    name: {en: Tulpar-Talgo, kk: Тұлпар-Тальго, ru: Тулпар-Тальго, draft: [kk, ru]}
    legal_form: {en: LLP, kk: ЖШС, ru: ТОО}
    sources: [article]
  - id: plain
    name: Plain Works
    legal_form: JSC
    sources: [article]
events:
  - id: plant-opens
    title: {en: Tulpar-Talgo railcar plant opens in Astana, ru: В Астане открыт вагонный завод «Тулпар-Тальго»}
    label: {en: LABEL_EN, kk: LABEL_KK, ru: Завод «Тулпар-Тальго» открыт}
    date: 2011-12-09
    kind: plant_launch
    summary: A plant opens in Astana.
    companies: [tulpar-talgo, plain]
    sources: [article]
"""


def _event(title: Text, label: Text | None) -> Event:
    return Event("e", title, When(parse_date("2011")), EventKind.MILESTONE, Text.plain("s"), (SourceRef("a"),),
                 label=label)


def _load(tmp_path: Path, en: str = "Railcar plant opens", kk: str = "Вагон зауыты ашылды"):
    file = tmp_path / "t.yaml"
    file.write_text(DOC.replace("LABEL_EN", en).replace("LABEL_KK", kk), encoding="utf-8")
    return load(file)


def test_short_label_is_the_label_in_the_language_asked():
    event = _event(Text("A long title", ru="Длинный заголовок"),
                   Text("Short", ru="Коротко", kk="Қысқа"))
    assert [event.short_label(lang) for lang in ("en", "kk", "ru")] == ["Short", "Қысқа", "Коротко"]


def test_short_label_falls_back_to_the_title_without_a_label():
    event = _event(Text("A long title", kk="Ұзын атау"), None)
    assert event.short_label("en") == "A long title"
    assert event.short_label("kk") == "Ұзын атау"
    assert event.short_label("ru") == "A long title"  # no Russian at all: English, like every text


def test_a_title_in_the_visitors_language_beats_an_english_only_label():
    event = _event(Text("A long title", kk="Ұзын атау"), Text("Short"))
    assert event.short_label("kk") == "Ұзын атау"
    assert event.short_label("ru") == "Short"  # neither has Russian: the label's English


def test_the_loader_reads_labels_and_company_names_per_language(tmp_path):
    result = _load(tmp_path)
    assert result.problems == []
    timeline = result.timeline
    event = timeline.event("plant-opens")
    assert event.short_label("ru") == "Завод «Тулпар-Тальго» открыт"
    assert event.title.get("ru").startswith("В Астане")
    company = timeline.companies["tulpar-talgo"]
    assert company.name.get("kk") == "Тұлпар-Тальго"
    assert company.name.draft == frozenset({"kk", "ru"})


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Tulpar-Talgo LLP"),
    ("ru", "ТОО «Тулпар-Тальго»"),  # Russian: the legal form first
    ("kk", "«Тұлпар-Тальго» ЖШС"),  # Kazakh: the legal form follows the name
])
def test_a_company_name_puts_the_legal_form_where_each_language_does(tmp_path, lang, expected):
    company = _load(tmp_path).timeline.companies["tulpar-talgo"]
    assert company.full_name(lang) == expected


def test_a_company_without_translations_keeps_its_english_name_and_form(tmp_path):
    company = _load(tmp_path).timeline.companies["plain"]
    assert [company.full_name(lang) for lang in ("en", "kk", "ru")] == ["Plain Works JSC"] * 3


def test_a_company_without_a_legal_form():
    company = Company("x", Text("Maker", ru="Maker"), (SourceRef("a"),))
    assert company.full_name("en") == "Maker"
    assert company.full_name("ru") == "«Maker»"


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_a_label_over_its_length_is_a_warning_that_names_language_and_limit(tmp_path, lang):
    limit = LABEL_LIMITS[lang]
    fits = {code: "x" * LABEL_LIMITS[code] for code in ("en", "kk")}
    assert _load(tmp_path, **fits).problems == []
    result = _load(tmp_path, **{**fits, lang: "x" * (limit + 1)})
    assert result.ok  # a warning: the data still loads
    assert [p.severity for p in result.problems] == ["warning"]
    message = result.problems[0].message
    assert f"the {lang} label has {limit + 1} characters" in message
    assert f"at most {limit}" in message
    label_line = next(i for i, line in enumerate(DOC.splitlines(), 1) if line.startswith("    label:"))
    assert result.problems[0].line == label_line


def test_label_limits_are_longer_for_kazakh_and_russian():
    assert LABEL_LIMITS == {"en": 32, "kk": 38, "ru": 38}


def test_labels_over_their_length_in_two_languages_are_warned_in_the_files_order(tmp_path):
    """The label in DOC gives en, kk, then ru: a file that gives ru before kk is warned about ru first."""
    file = tmp_path / "t.yaml"
    long_kk, long_ru = "қ" * (LABEL_LIMITS["kk"] + 1), "р" * (LABEL_LIMITS["ru"] + 1)
    file.write_text(DOC.replace("label: {en: LABEL_EN, kk: LABEL_KK, ru: Завод «Тулпар-Тальго» открыт}",
                                f"label: {{en: Short, ru: {long_ru}, kk: {long_kk}}}"), encoding="utf-8")
    messages = [p.message for p in load(file).problems]
    assert [m.split(" label")[0] for m in messages] == ["the ru", "the kk"]


def test_a_text_is_its_versions_by_language():
    """Built by keyword or from a mapping of versions, equal when its versions and draft set are; each language
    falls back to English; a language code the text cannot hold is refused, not dropped."""
    text = Text.of({"ru": "Завод", "en": "Plant"}, frozenset({"ru"}))
    assert text == Text("Plant", ru="Завод", draft=frozenset({"ru"}))
    assert text != Text("Plant", ru="Завод")
    assert text.values == {"en": "Plant", "ru": "Завод"}
    assert [text.get(lang) for lang in ("en", "kk", "ru")] == ["Plant", "Plant", "Завод"]
    assert [text.has(lang) for lang in ("en", "kk", "ru", "de")] == [True, False, True, False]
    assert str(text) == text.en == "Plant"
    assert Text.plain("Plant") == Text.of({"en": "Plant"}) == Text("Plant")
    assert hash(Text("Plant")) == hash(Text.of({"en": "Plant"}))  # equal texts can be shared
    with pytest.raises(ValueError, match="de"):
        Text.of({"en": "Plant", "de": "Werk"})


def test_a_timeline_orders_its_events_by_first_day_then_last_day_then_id():
    """Whether equal dates are one object (as loads give them) or not."""
    year, shared = When(parse_date("2011")), When(parse_date("2011-03"))
    spans = [When(parse_date("2011-03"), parse_date("2012")), When(parse_date("2011-03-01"), parse_date("2011-05"))]
    given = [("e", year), ("d", shared), ("b", shared), ("c", When(parse_date("2011-03"))), ("a", spans[0]),
             ("f", spans[1]), ("g", When(parse_date("2010-12-31")))]
    events = [Event(ident, Text(ident), when, EventKind.MILESTONE, Text("s"), (SourceRef("a"),))
              for ident, when in given]
    timeline = Timeline(TimelineInfo(Text("t"), parse_date("2010"), parse_date("2012")), events=events)
    assert [e.id for e in timeline.events] == ["g", "e", "b", "c", "d", "f", "a"]
    assert [timeline.index_of(e.id) for e in timeline.events] == list(range(7))
