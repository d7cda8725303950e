"""The time axis: ticks from `kztimeline.ticks`, labels written through QLocale in the visitor's language."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from kztimeline.model import from_seconds
from kztimeline.timeline import ticks as tick_rules
from kztimeline.timeline.layout import Warp
from kztimeline.ui.formatting import locale_for


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
        locale = locale_for(self.lang)
        labels = []
        for value in values:
            day = from_seconds(self._dates.get(value, value) if self.warp is not None else value)
            if found.major.months >= 12:
                labels.append(str(day.year))
            elif found.major.months:
                month = locale.standaloneMonthName(day.month, locale.FormatType.ShortFormat)
                labels.append(f"{month} {day.year}" if day.month == 1 or value == values[0] else month)
            else:  # zoomed to weeks or days: the year stays on the axis (on the first label and in January)
                month = locale.monthName(day.month, locale.FormatType.ShortFormat)
                first = value == values[0] or (day.month == 1 and day.day <= found.major.days)
                labels.append(f"{day.day} {month} {day.year}" if first else f"{day.day} {month}")
        return labels
