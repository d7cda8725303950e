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


def _pixels(axis, draw) -> bytes:
    """The axis's box drawn by `draw(painter)` on white."""
    from PySide6.QtGui import QImage, QPainter

    box = axis.boundingRect().toAlignedRect()
    image = QImage(box.width() + 20, box.height() + 20, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.translate(10 - box.x(), 10 - box.y())
    draw(painter)
    painter.end()
    return bytes(image.constBits())


def _each_spec(axis, painter) -> None:
    """The axis drawn spec by spec: its line, every tick a line of its own, every label laid out alone and set
    in its rectangle as the axis sets it (centred on its tick, against the edge next to the ticks)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QFontMetricsF, QPainter, QStaticText

    painter.save()
    painter.setFont(axis.style["tickFont"])
    (pen, a, b), ticks, texts = axis.generateDrawSpecs(painter)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setPen(pen)
    painter.drawLine(a, b)
    for pen, a, b in ticks:
        painter.setPen(pen)
        painter.drawLine(a, b)
    painter.setPen(axis.textPen())
    painter.setClipRect(axis.boundingRect().toAlignedRect())
    height = QFontMetricsF(painter.font()).height()
    for rect, flags, text in texts:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=painter.font())
        top = rect.bottom() - height if flags & Qt.AlignmentFlag.AlignBottom else rect.top()
        painter.drawStaticText(QPointF(rect.left(), top), static)
    painter.restore()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_axis_paints_what_its_specs_say(make_window, lang: str) -> None:
    """`paint` draws each level's ticks from one array and keeps its labels laid out: the same pixels as drawing
    the specs (which the test above holds to pyqtgraph's) one by one, at every zoom, top and bottom."""
    window = make_window()
    window.set_language(lang)
    view = window.view
    first, last = view.full_range
    for n in range(30):
        span = (last - first) * (7 * 86400 / (last - first)) ** (n / 29)
        start = first + (last - first - span) * ((n * 0.37) % 1)
        view.set_range(start, start + span)
        view.scene().prepareForPaint()
        for axis in (view.top_axis, view.bottom_axis):
            axis.picture = None  # as pyqtgraph marks a range change
            drawn = _pixels(axis, lambda p, axis=axis: axis.paint(p, None, None))
            assert drawn == _pixels(axis, lambda p, axis=axis: _each_spec(axis, p)), \
                f"{axis.orientation} axis at {span / 86400:.0f} days"
            assert drawn != _pixels(axis, lambda p: None), "nothing drawn"
