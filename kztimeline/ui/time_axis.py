"""The time axis: ticks from `kztimeline.ticks`, labels written through QLocale in the visitor's language."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
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
        self._specs: Any = None  # what `paint` draws, worked out again whenever pyqtgraph drops its picture
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
        """The axis drawn straight from its specs, without pyqtgraph's recorded picture (recording it and playing
        it back cost as much again as drawing). pyqtgraph still marks when the specs must be worked out again, by
        dropping its picture."""
        p.save()
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        if self.picture is None:
            self._specs = self.generateDrawSpecs(p)
            self.picture = self._specs or ()  # not None: worked out for what is shown now
        if self._specs is not None:
            self.drawPicture(p, *self._specs)
        p.restore()

    def drawPicture(self, p: QPainter, axisSpec: Any, tickSpecs: Any, textSpecs: Any) -> None:  # noqa: N802, N803
        """pyqtgraph's drawing of the specs, with each level's ticks in one call and each label laid out once
        (QStaticText, placed as the spec's rectangle and alignment place it): a zoom draws the same few dozen
        labels again and again."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pen, p1, p2 = axisSpec
        p.setPen(pen)
        p.drawLine(p1, p2)
        runs: list[tuple[QPen, list[QLineF]]] = []
        for pen, p1, p2 in tickSpecs:
            if not runs or runs[-1][0] is not pen:
                runs.append((pen, []))
            runs[-1][1].append(QLineF(p1, p2))
        for pen, lines in runs:
            p.setPen(pen)
            p.drawLines(lines)
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        font = p.font()
        height = QFontMetricsF(font).height()
        key = font.key()
        for rect, flags, text in textSpecs:
            if flags != _LABEL_TOP and flags != _LABEL_BOTTOM:
                p.drawText(rect, int(flags), text)
                continue
            static = self._static.get((key, text))
            if static is None:
                if len(self._static) > 2000:
                    self._static.clear()
                static = self._static[(key, text)] = QStaticText(text)
                static.setTextFormat(Qt.TextFormat.PlainText)
                static.prepare(font=font)
            width = self._text_sizes[(key, text)][0] if (key, text) in self._text_sizes else static.size().width()
            top = rect.bottom() - height if flags == _LABEL_TOP else rect.top()
            p.drawStaticText(QPointF(rect.center().x() - width / 2, top), static)

    def generateDrawSpecs(self, p: QPainter) -> Any:  # noqa: N802 (pyqtgraph API)
        """pyqtgraph's drawing specs for this axis (its line, its ticks, its labels), worked out for what a time
        axis is: along the top or the bottom, no grid, labels on the major ticks only; each label's size kept per
        text. The same specs as pyqtgraph's own (a test compares them over a zoom), at a fraction of the time:
        pyqtgraph's general version was about a millisecond of every repaint for each time axis. Anything else
        goes to pyqtgraph's."""
        style = self.style
        if (self.orientation not in ("top", "bottom") or self.grid is not False or self._tickLevels is not None
                or tuple(style["stopAxisAtTick"]) != (False, False) or style["maxTextLevel"] != 0
                or style["tickAlpha"] is not None):
            return super().generateDrawSpecs(p)
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
        device = [self.mapToDevice(point) for point in span]
        if None in device:
            return None
        length = pg.Point(device[1] - device[0]).length()
        if length == 0:
            return None
        low, high = self.range
        levels = self.tickValues(low, high, length)
        scale = bounds.width() / (high - low) if high != low else 1.0
        offset = low * scale if high != low else 0.0
        x_min, x_max = sorted((low * scale - offset, high * scale - offset))
        tick_specs = []
        positions: list[list[float | None]] = []
        base_pen = self.tickPen()
        solid = base_pen.brush().style() == Qt.BrushStyle.SolidPattern
        for i, (_spacing, values) in enumerate(levels):
            tick_length = style["tickLength"] / (i * 0.5 + 1.0)
            pen = base_pen
            if solid:  # pyqtgraph's fading of finer levels
                pen = QPen(base_pen)
                colour = QColor(pen.color())
                colour.setAlpha(int(255 / (i + 1)))
                pen.setColor(colour)
            shown: list[float | None] = []
            tip = tick_at + tick_length * direction
            for v in values:
                x = v * scale - offset
                if x < x_min or x > x_max:
                    shown.append(None)
                    continue
                shown.append(x)
                tick_specs.append((pen, QPointF(x, tick_at), QPointF(x, tip)))  # (pyqtgraph: its Point, a QPointF)
            positions.append(shown)
        axis_spec = (self.pen(), span[0], span[1])
        text_specs: list[tuple[QRectF, Qt.AlignmentFlag, str]] = []
        if not style["showValues"] or not levels:
            return axis_spec, tick_specs, text_specs
        spacing, values = levels[0]
        strings = self.tickStrings(values, self.autoSIPrefixScale * self.scale, spacing)
        if not strings:
            self._updateMaxTextSize(0)
            return axis_spec, tick_specs, text_specs
        font = p.font().key()
        sizes = []
        for text, x in zip(strings, positions[0], strict=True):
            if x is None:
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
        flags = (Qt.AlignmentFlag.AlignHCenter | (Qt.AlignmentFlag.AlignBottom if top else Qt.AlignmentFlag.AlignTop)
                 | Qt.TextFlag.TextDontClip)
        room = self.boundingRect()
        for x, text, (w, h) in sizes:
            rect = QRectF(x - w / 2.0, tick_at - gap - h if top else tick_at + gap, w, h)
            if room & rect != rect:  # beyond the axis's ends: left out, as pyqtgraph does
                continue
            text_specs.append((rect, flags, text))
        self._updateMaxTextSize(tallest)
        return axis_spec, tick_specs, text_specs
