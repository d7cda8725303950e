"""The time axis works out its drawing specs itself (faster than pyqtgraph's general routine): they must be the
specs pyqtgraph's own `AxisItem.generateDrawSpecs` gives, at every zoom, in every language, top and bottom."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage, QPainter


def _plain(specs: tuple) -> tuple:
    axis, ticks, texts = specs
    point = lambda p: (round(p.x(), 6), round(p.y(), 6))  # noqa: E731
    return ((axis[0].color().rgba(), point(axis[1]), point(axis[2])),
            [(pen.color().rgba(), pen.widthF(), point(a), point(b)) for pen, a, b in ticks],
            [((round(r.x(), 6), round(r.y(), 6), round(r.width(), 6), round(r.height(), 6)), int(flags), text)
             for r, flags, text in texts])


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_the_axis_specs_are_pyqtgraphs_own(make_window, lang: str) -> None:
    window = make_window()
    window.set_language(lang)
    view = window.view
    first, last = view.full_range
    image = QImage(1600, 900, QImage.Format.Format_ARGB32_Premultiplied)
    checked = 0
    for n in range(40):  # from the whole range down to about a week, and off-centre
        span = (last - first) * (7 * 86400 / (last - first)) ** (n / 39)
        start = first + (last - first - span) * ((n * 0.37) % 1)
        view.set_range(start, start + span)
        view.scene().prepareForPaint()
        for axis in (view.top_axis, view.bottom_axis):
            painter = QPainter(image)
            ours = axis.generateDrawSpecs(painter)
            theirs = pg.AxisItem.generateDrawSpecs(axis, painter)
            painter.end()
            assert ours is not None
            assert theirs is not None
            assert _plain(ours) == _plain(theirs), f"{axis.orientation} axis at {span / 86400:.0f} days differs"
            assert ours[2], "no label at all"
            checked += 1
    assert checked == 80
