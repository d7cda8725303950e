"""The time axis: ticks from `kztimeline.ticks`, labels written through QLocale in the visitor's language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QStaticText

from kztimeline.model import from_seconds
from kztimeline.timeline import ticks as tick_rules
from kztimeline.timeline.layout import Warp
from kztimeline.ui.formatting import locale_for

_LABEL_TOP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextDontClip
_LABEL_BOTTOM = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip


class TimeAxis(pg.AxisItem):
    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.lang = "en"
        self._ticks: tick_rules.Ticks | None = None
        self.warp: Warp | None = None  # a poster's time scale: ticks are placed where the warp draws their date
        self._dates: dict[float, float] = {}
        self.enableAutoSIPrefix(False)
        # only the major ticks are labelled (`tickStrings`): pyqtgraph would otherwise format and measure an empty
        # label for every minor tick on every repaint
        self.setStyle(maxTextLevel=0)
        self._text_sizes: dict[tuple[str, str], tuple[float, float]] = {}  # a label's box, by font and text
        self._drawn: _Drawn | None = None  # what `paint` draws, worked out again whenever pyqtgraph drops its picture
        self._lines = PrimitiveArray(QLineF, 4)  # a level's ticks, handed to Qt as one array
        self._static: dict[tuple[str, str], QStaticText] = {}  # each label laid out once, by font and text
        self._labels: dict[tuple[str, tuple[int, int], float, bool], str] = {}  # each label written once

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803 (pyqtgraph API)
        char_px = QFontMetricsF(self.style["tickFont"] or self.font()).averageCharWidth()
        found = tick_rules.warped_ticks(minVal, maxVal, size, char_px, self.warp)
        self._ticks = found
        major = found.major.approx_seconds
        if self.warp is None:
            return [(major, list(found.major_ticks)), (major / 4, list(found.minor_ticks))]  # copies: kept answers
        drawn = [float(self.warp.apply(t)) for t in found.major_ticks]
        self._dates = dict(zip(drawn, found.major_ticks, strict=True))
        return [(major, drawn), (major / 4, [float(self.warp.apply(t)) for t in found.minor_ticks])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        found = self._ticks
        if found is None or spacing != found.major.approx_seconds:
            return ["" for _ in values]  # minor ticks carry no label
        labels = []
        level = (found.major.months, found.major.days)
        for value in values:
            date = self._dates.get(value, value) if self.warp is not None else value
            key = (self.lang, level, date, value == values[0])
            label = self._labels.get(key)
            if label is None:
                if len(self._labels) > 4000:
                    self._labels.clear()
                label = self._labels[key] = self._label(date, value == values[0], found)
            labels.append(label)
        return labels

    def _label(self, date: float, first_shown: bool, found: tick_rules.Ticks) -> str:
        """A major tick's label (each written once per language, level and place): the year; a month, with its
        year in January and on the first label; or a day, with the year on the first label and in January's
        first days."""
        day = from_seconds(date)
        if found.major.months >= 12:
            return str(day.year)
        locale = locale_for(self.lang)
        if found.major.months:
            month = locale.standaloneMonthName(day.month, locale.FormatType.ShortFormat)
            return f"{month} {day.year}" if day.month == 1 or first_shown else month
        month = locale.monthName(day.month, locale.FormatType.ShortFormat)  # zoomed to weeks or days
        first = first_shown or (day.month == 1 and day.day <= found.major.days)
        return f"{day.day} {month} {day.year}" if first else f"{day.day} {month}"

    def paint(self, p: QPainter, opt: object, widget: object = None) -> None:
        """The axis drawn straight from its layout (`_layout`), without pyqtgraph's recorded picture (recording it
        and playing it back cost as much again as drawing) and without its per-tick specs: each level's ticks are
        one call from an array. pyqtgraph still marks when the layout must be worked out again, by dropping its
        picture. An axis this layout does not cover is pyqtgraph's to paint."""
        if not self._covered():
            if self.picture == ():  # our mark, not a recorded picture
                self.picture = None
            super().paint(p, opt, widget)
            return
        p.save()
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        if self.picture is None:
            self._drawn = self._layout(p)
            self.picture = ()  # not None: worked out for what is shown now
        if self._drawn is not None:
            self._draw(p, self._drawn)
        p.restore()

    def _draw(self, p: QPainter, drawn: _Drawn) -> None:
        """What drawing pyqtgraph's specs of the same layout draws (its line, each tick, each label), with each
        level's ticks in one call and each label laid out once (QStaticText, placed as the label's rectangle and
        alignment place it): a zoom draws the same few dozen labels again and again."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pen, p1, p2 = drawn.axis
        p.setPen(pen)
        p.drawLine(p1, p2)
        for pen, xs, at, tip in drawn.levels:
            if not len(xs):
                continue
            self._lines.resize(len(xs))
            ends = self._lines.ndarray()
            ends[:, 0] = ends[:, 2] = xs
            ends[:, 1], ends[:, 3] = at, tip
            p.setPen(pen)
            p.drawLines(*self._lines.drawargs())
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        font = p.font()
        height = QFontMetricsF(font).height()
        key = font.key()
        for rect, flags, text in drawn.texts:
            static = self._static.get((key, text))
            if static is None:
                if len(self._static) > 2000:
                    self._static.clear()
                static = self._static[(key, text)] = QStaticText(text)
                static.setTextFormat(Qt.TextFormat.PlainText)
                static.prepare(font=font)
            top = rect.bottom() - height if flags == _LABEL_TOP else rect.top()
            p.drawStaticText(QPointF(rect.left(), top), static)  # the rectangle is the label's, centred on its tick

    def generateDrawSpecs(self, p: QPainter) -> Any:  # noqa: N802 (pyqtgraph API)
        """pyqtgraph's drawing specs for this axis (its line, its ticks, its labels), from the same layout `paint`
        draws: a test compares them with pyqtgraph's own over a zoom. Anything `_layout` does not cover goes to
        pyqtgraph's."""
        if not self._covered():
            return super().generateDrawSpecs(p)
        drawn = self._layout(p)
        if drawn is None:
            return None
        ticks = [(pen, QPointF(x, at), QPointF(x, tip)) for pen, xs, at, tip in drawn.levels for x in xs.tolist()]
        return drawn.axis, ticks, drawn.texts

    def _covered(self) -> bool:
        """Whether this axis is what `_layout` works out: along the top or the bottom, no grid, labels on the
        major ticks only."""
        style = self.style
        return (self.orientation in ("top", "bottom") and self.grid is False and self._tickLevels is None
                and tuple(style["stopAxisAtTick"]) == (False, False) and style["maxTextLevel"] == 0
                and style["tickAlpha"] is None)

    def _layout(self, p: QPainter) -> _Drawn | None:
        """The axis as pyqtgraph's `generateDrawSpecs` lays it out for a time axis (its line; each level's ticks
        in view, by x; the labels of the major ones that fit between the axis's ends), with each label's size kept
        per text, and the ticks' positions worked out as arrays. pyqtgraph's general version was about a
        millisecond of every repaint for each time axis."""
        style = self.style
        if style["tickFont"] is not None:
            p.setFont(style["tickFont"])
        bounds = self.mapRectFromParent(self.geometry())
        top = self.orientation == "top"
        if top:
            ends = (bounds.bottomLeft() + QPointF(-1.0, -1.0), bounds.bottomRight() + QPointF(1.0, -1.0))
            tick_at, direction = bounds.bottom(), -1
        else:
            ends = (bounds.topLeft() + QPointF(-1.0, 1.0), bounds.topRight() + QPointF(1.0, 1.0))
            tick_at, direction = bounds.top(), 1
        span = (pg.Point(ends[0]), pg.Point(ends[1]))
        to_device = self.deviceTransform_()  # once for both ends (pyqtgraph's mapToDevice works it out each time)
        if to_device is None:
            return None
        length = pg.Point(to_device.map(span[1]) - to_device.map(span[0])).length()
        if length == 0:
            return None
        low, high = self.range
        levels = self.tickValues(low, high, length)
        scale = bounds.width() / (high - low) if high != low else 1.0
        offset = low * scale if high != low else 0.0
        x_min, x_max = sorted((low * scale - offset, high * scale - offset))
        drawn_levels = []
        base_pen = self.tickPen()
        solid = base_pen.brush().style() == Qt.BrushStyle.SolidPattern
        shown_major = np.zeros(0, dtype=bool)
        major_xs = np.zeros(0)
        for i, (_spacing, values) in enumerate(levels):
            tick_length = style["tickLength"] / (i * 0.5 + 1.0)
            pen = base_pen
            if solid:  # pyqtgraph's fading of finer levels
                pen = QPen(base_pen)
                colour = QColor(pen.color())
                colour.setAlpha(int(255 / (i + 1)))
                pen.setColor(colour)
            xs = np.asarray(values, dtype=float) * scale - offset
            shown = (xs >= x_min) & (xs <= x_max)
            if i == 0:
                shown_major, major_xs = shown, xs
            drawn_levels.append((pen, xs[shown], tick_at, tick_at + tick_length * direction))
        drawn = _Drawn((self.pen(), span[0], span[1]), drawn_levels, [])
        if not style["showValues"] or not levels:
            return drawn
        spacing, values = levels[0]
        strings = self.tickStrings(values, self.autoSIPrefixScale * self.scale, spacing)
        if not strings:
            self._updateMaxTextSize(0)
            return drawn
        font = p.font().key()
        sizes = []
        for text, x, inside in zip(strings, major_xs.tolist(), shown_major.tolist(), strict=True):
            if not inside:
                continue
            size = self._text_sizes.get((font, text))
            if size is None:
                box = p.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)
                if len(self._text_sizes) > 2000:
                    self._text_sizes.clear()
                size = self._text_sizes[(font, text)] = (box.width(), box.height() * 0.8)  # as pyqtgraph trims it
            sizes.append((x, text, size))
        tallest = max((h for _x, _t, (_w, h) in sizes), default=0)
        gap = max(0, style["tickLength"]) + style["tickTextOffset"][1]
        flags = _LABEL_TOP if top else _LABEL_BOTTOM
        room = self.boundingRect()
        for x, text, (w, h) in sizes:
            rect = QRectF(x - w / 2.0, tick_at - gap - h if top else tick_at + gap, w, h)
            if room & rect != rect:  # beyond the axis's ends: left out, as pyqtgraph does
                continue
            drawn.texts.append((rect, flags, text))
        self._updateMaxTextSize(tallest)
        return drawn


@dataclass(slots=True)
class _Drawn:
    """An axis as `TimeAxis._layout` lays it out: its line (pen, ends); each level's ticks (pen, their x, where
    they start and where they end); the labels (rectangle, alignment, text)."""

    axis: tuple[QPen, pg.Point, pg.Point]
    levels: list[tuple[QPen, np.ndarray, float, float]]
    texts: list[tuple[QRectF, Qt.AlignmentFlag, str]]
