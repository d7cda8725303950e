"""The bundled content keeps the museum's rules: labels in every language and within their length, sourced
events in every SPIID priority sector, titles and summaries that fit, and the Map shown once a year."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from kztimeline.data import load
from kztimeline.model import LABEL_LIMITS, LANGUAGES, TITLE_LIMIT, Timeline


@cache
def bundled() -> Timeline:
    result = load()
    assert result.timeline is not None, [str(p) for p in result.problems]
    return result.timeline


def _lane(sectors: tuple[str, ...]) -> str:
    """The lane rule: an event with one or two sectors goes into its first sector's lane."""
    return sectors[0] if 1 <= len(sectors) <= 2 else "policy"


def test_the_bundled_data_loads_without_any_warning():
    assert [str(p) for p in load().problems] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_event_has_a_label_in_every_language_within_its_length(lang):
    missing = [e.id for e in bundled().events if e.label is None or not e.label.has(lang)]
    assert missing == []
    too_long = [(e.id, e.short_label(lang)) for e in bundled().events
                if len(e.short_label(lang)) > LABEL_LIMITS[lang]]
    assert too_long == []


def test_a_label_is_shorter_than_its_title_or_the_title_itself():
    longer = [e.id for e in bundled().events if len(e.short_label("en")) > len(e.title.en)]
    assert longer == []


def test_english_titles_are_under_sixty_characters_and_summaries_at_most_fifty_words():
    timeline = bundled()
    assert [e.id for e in timeline.events if len(e.title.en) >= TITLE_LIMIT] == []
    assert [(e.id, len(e.summary.en.split())) for e in timeline.events if len(e.summary.en.split()) > 50] == []


def test_every_priority_sector_has_at_least_four_events_in_its_own_lane():
    timeline = bundled()
    lanes = Counter(_lane(e.sectors) for e in timeline.events)
    priorities = [s.id for s in timeline.sectors.values() if s.spiid_priority]
    assert len(priorities) == 7
    assert {s: lanes[s] for s in priorities if lanes[s] < 4} == {}


def test_every_sector_lane_event_cites_a_source_with_a_locator():
    timeline = bundled()
    unlocated = [e.id for e in timeline.events if _lane(e.sectors) in timeline.sectors
                 and timeline.sectors[_lane(e.sectors)].spiid_priority and not any(r.locator for r in e.sources)]
    assert unlocated == []


def test_the_summaries_name_the_article_instead_of_saying_the_article():
    unnamed = [e.id for e in bundled().events
               if "the article" in e.summary.en.lower().replace("wikipedia's article", "")]
    assert unnamed == []


def test_the_map_counts_are_one_tracked_series_and_the_teleconferences_one_event_a_year():
    timeline = bundled()
    statistics = [e for e in timeline.events if e.kind.value == "statistic" and e.id.startswith("map-")]
    assert len(statistics) <= 4  # the milestones a visitor needs, not one count a year
    per_year = timeline.figures["map-projects-per-year"]
    assert per_year.track
    assert len(per_year.series) >= 5
    days = Counter(e.when.start.year for e in timeline.events if e.id.startswith("industrialization-day-"))
    assert all(count == 1 for count in days.values())
    assert set(days) >= set(range(2011, 2019))


def test_manufacturing_shares_are_tracked_beside_gdp_growth():
    tracked = [f.id for f in bundled().figures.values() if f.track and f.series]
    assert "gdp-growth" in tracked
    assert {"manufacturing-share-industry-trend", "manufacturing-share-gdp-trend"} <= set(tracked)
    assert len(tracked) <= 4  # the figures track draws four series at most


def test_transport_links_nurly_zhol_and_the_rolling_stock_plants():
    timeline = bundled()
    assert all("transport-telecom" in timeline.event(i).sectors for i in ("nurly-zhol-address", "nurly-zhol-programme"))
    for event_id in ("tulpar-talgo-opens", "lkz-opens", "ekz-opens"):
        assert timeline.event(event_id).sectors == ("mechanical-engineering", "transport-telecom")
    assert "metallurgy" in timeline.event("prommashkomplekt-opens").sectors


def test_no_figure_keeps_the_invented_2010_2022_period():
    for figure_id in ("article-total-projects", "article-total-investment", "article-total-jobs"):
        figure = bundled().figures[figure_id]
        assert figure.when.end is None  # a point: the count of February 2019 that the totals match
        assert str(figure.when.start) == "2019-02"
        assert "2010–2022" not in " ".join(note.text.en for note in figure.notes)


def test_ekz_opening_is_shown_at_month_precision():
    assert str(bundled().event("ekz-opens").when.start) == "2012-12"
    assert str(bundled().companies["ekz"].founded) == "2012-12"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_cyrillic_texts_write_locomotive_series_and_official_names_in_cyrillic(lang):
    from kztimeline.model.coverage import texts

    shown = " ".join(t.get(lang) for t in texts(bundled()) if t.has(lang))
    for latin in ("TE33A", "TEP33A", "TEM11A", "«Нурлы жол»", "Казахстан темир жолы", "ГПФИИР"):
        assert latin not in shown
    if lang == "kk":
        assert "жедел индустриялық" not in shown
