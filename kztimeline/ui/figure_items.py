"""pyqtgraph's line, points and axis, keeping what a change of the time range does not change.

pyqtgraph drops an item's data extent whenever its view moves (a series' line and points work theirs out again
on every zoom frame, with a NaN-aware min and max over their data per axis), and an axis linked to a view is
told its range again on every move of the other axis, which rewrites its label and redraws its picture. A zoom
changes neither a series' data nor the value axes' range: these keep them (a tenth of a zoom frame at 100,000
events went to the figures track's extents and the value axes' labels).
"""

from __future__ import annotations

import pyqtgraph as pg


class SteadyCurve(pg.PlotCurveItem):
    """A series' line. Its data's extent does not depend on the view (its pen is cosmetic: a width in pixels,
    which pyqtgraph adds as padding around the extent, worked out again as before)."""

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph API)
        kept = self._boundsCache
        super().viewTransformChanged()
        self._boundsCache = kept


class SteadyScatter(pg.ScatterPlotItem):
    """A series' points, sized in pixels: their data's extent does not depend on the view either."""

    def viewTransformChanged(self) -> None:  # noqa: N802
        kept = list(self.bounds)
        super().viewTransformChanged()
        self.bounds = kept


class SteadyAxis(pg.AxisItem):
    """A value axis (or a blank one beside the lanes): told the range it already shows, it does nothing."""

    def setRange(self, mn: float, mx: float) -> None:  # noqa: N802, N803
        if getattr(self, "range", None) == [mn, mx]:  # (pyqtgraph sets the first range while it builds the axis)
            return
        super().setRange(mn, mx)
