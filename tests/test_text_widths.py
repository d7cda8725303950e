"""Many widths at once (text_widths): the same numbers as measuring each text whole, in the bundled font at the
sizes and roles the timeline uses, on the bundled labels in three languages and on generated texts."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kztimeline.data import load
from kztimeline.timeline import layout
from kztimeline.timeline.frame import label_text
from kztimeline.timeline.text_widths import AdditiveWidths

# Latin, Kazakh Cyrillic, digits, the punctuation and signs of the data; and characters the model leaves to the
# font (a combining accent, Arabic, a joiner, a direction mark, a soft hyphen, an emoji, a tab)
MODELLED = ("AVWTYLOffafiltyr.,'\"-–—«»()%№₸ 0123456789 АВГДЖЗКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгежзклмнопрстуфхцчшщъыьэюя"
            "ӘәҒғҚқҢңӨөҰұҮүҺһІі")
OTHERS = "\u0301\u0628\u0644\u200d\u200f\u00ad\U0001f3ed\t"


@pytest.fixture(scope="module")
def metrics():
    from kztimeline.app import load_fonts, make_application
    from kztimeline.ui.fonts import base_font
    from kztimeline.ui.lanes_item import QtMetrics

    make_application()
    load_fonts()
    return [QtMetrics(base_font(), scale) for scale in (1.0, 1.3, 2.0)]


def _exact(metrics, texts: list[str], role: str) -> np.ndarray:
    return np.asarray([metrics._metrics[role].horizontalAdvance(text) for text in texts])


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_the_bundled_labels_and_their_halves_measure_as_the_font_measures_them(metrics, lang: str) -> None:
    timeline = load(None).timeline
    assert timeline is not None
    texts = [label_text(timeline, n, lang) for n in range(len(timeline.events))]
    texts += [half for text in texts for half in (layout.wrap_in_two(text) or ())]
    texts += [event.title.get(lang) for event in timeline.events]
    for m in metrics:
        for role in ("label", "badge", "lane_title"):
            assert np.array_equal(m.widths(texts, role), _exact(m, texts, role)), (lang, role)


@given(st.lists(st.text(alphabet=MODELLED + OTHERS, max_size=60), max_size=40))
def test_any_texts_measure_as_the_font_measures_them(metrics, texts: list[str]) -> None:
    m = metrics[0]
    assert np.array_equal(m.widths(texts, "label"), _exact(m, texts, "label"))
    assert np.array_equal(m.widths(texts[::-1], "label"), _exact(m, texts[::-1], "label"))  # tables kept


def test_a_model_adds_advances_and_the_kerning_of_each_pair_only_within_a_text() -> None:
    advance = {"A": 10.0, "V": 9.0, "o": 6.0, " ": 3.0}
    kerning = {("A", "V"): -2.0, ("V", "A"): -1.5, ("o", "o"): 0.25}
    calls: list[str] = []

    def measure(text: str) -> float:
        calls.append(text)
        return sum(advance[c] for c in text) + sum(kerning.get(pair, 0.0) for pair in zip(text, text[1:], strict=False))

    model = AdditiveWidths(measure)
    texts = ["AV", "VA", "", "A", "AVA oo", "V"]  # "V" then "A" across texts: no kerning between them
    assert model.widths(texts).tolist() == [measure(t) for t in texts]
    measured = len(calls)
    assert model.widths(["VAV", "ooo"]).tolist() == [measure("VAV"), measure("ooo")]
    assert len(calls) == measured + 2  # only the two checks above: every character and pair was known
    assert model.widths([]).tolist() == []
