"""pyqtgraph's line, points and axis, keeping what a change of the time range does not change.

pyqtgraph drops an item's data extent whenever its view moves (a series' line and points work theirs out again
on every zoom frame, with a NaN-aware min and max over their data per axis), and an axis linked to a view is
told its range again on every move of the other axis, which rewrites its label and redraws its picture. A zoom
changes neither a series' data nor the value axes' range: these keep them (a tenth of a zoom frame at 100,000
events went to the figures track's extents and the value axes' labels).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg


class _ViewPixels:
    """A pixel's size in the data coordinates of an item drawn straight into a view box, read from the box's range
    and size: pyqtgraph works it out from the item's whole device transform, and a line's and its points' extents
    ask for it on every zoom frame (most of what their extents cost). Only its length is used, for the padding
    around the data that the pen and the points' pixel sizes take."""

    def pixelVectors(self, direction=None):  # type: ignore[no-untyped-def]  # noqa: N802 (pyqtgraph API)
        pixel = self._pixel() if direction is None else None
        if pixel is not None:
            return pg.Point(pixel[0], 0.0), pg.Point(0.0, pixel[1])
        return super().pixelVectors(direction)  # type: ignore[misc]

    def _pixel(self) -> tuple[float, float] | None:
        """A pixel's width and height in data units, from the view box's range and size (None: no box yet)."""
        box = self.getViewBox()  # type: ignore[attr-defined]
        if isinstance(box, pg.ViewBox):
            (x0, x1), (y0, y1) = box.state["viewRange"]
            width, height = box.width(), box.height()
            if width > 0 and height > 0:
                return abs(x1 - x0) / width, abs(y1 - y0) / height
        return None


class _SteadyExtent(_ViewPixels):
    """An extent kept while the view zooms in (or out by less than half): pyqtgraph works a line's or points'
    extent out again on every move of the view, padded by the pen's and the points' pixels in data units, and
    tells the scene the geometry changed (a line's is kept until then; the points' on no call at all). Kept
    padded for pixels twice as large as when it was worked out, it holds while the view's pixels are no larger
    than that: a zoom in then changes nothing, and the scene is told only when it must grow. Anything else that
    changes the geometry (pyqtgraph's own calls to prepareGeometryChange: new data, sizes, pens) drops it."""

    _kept: tuple[object, float, float] | None = None  # (the extent, the largest pixel it holds, x and y)

    def prepareGeometryChange(self) -> None:  # noqa: N802 (Qt API)
        self._kept = None
        super().prepareGeometryChange()  # type: ignore[misc]

    def _holds(self) -> bool:
        kept, pixel = self._kept, self._pixel()
        return kept is not None and pixel is not None and pixel[0] <= kept[1] and pixel[1] <= kept[2]

    def boundingRect(self):  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        if self._kept is None:
            rect = super().boundingRect()  # type: ignore[misc]  # pyqtgraph's, for the pixels now
            pixel = self._pixel()
            if pixel is None or rect.isNull():
                return rect
            pad = self.pixelPadding()  # type: ignore[attr-defined]
            self._kept = (rect.adjusted(-pad * pixel[0], -pad * pixel[1], pad * pixel[0], pad * pixel[1]),
                          2 * pixel[0], 2 * pixel[1])
        return self._kept[0]


class SteadyCurve(_SteadyExtent, pg.PlotCurveItem):
    """A series' line. Its data's extent does not depend on the view (its pen is cosmetic: a width in pixels,
    which pyqtgraph adds as padding around the extent: see _SteadyExtent)."""

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph API)
        if self._holds():
            return
        kept = self._boundsCache
        super().viewTransformChanged()
        self._boundsCache = kept


class SteadyScatter(_SteadyExtent, pg.ScatterPlotItem):
    """A series' points, sized in pixels: their data's extent does not depend on the view either. On screen they
    are stamped from pyqtgraph's atlas as pyqtgraph stamps them, but without first finding which lie in the view
    (a series has a point a year at most, and the view box clips what lies outside it): that search mapped the
    view and a pixel into data coordinates on every frame, two thirds of the points' paint."""

    def viewTransformChanged(self) -> None:  # noqa: N802
        if self._holds():
            return
        kept = list(self.bounds)
        super().viewTransformChanged()
        self.bounds = kept

    def paint(self, p, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        opts = self.opts
        if (self._exportOpts is not False or not opts["pxMode"] or not opts["useCache"]
                or opts.get("compositionMode") is not None or widget is None
                or widget.devicePixelRatioF() != self.fragmentAtlas.devicePixelRatio()):
            super().paint(p, option, widget)  # exports, other modes and a new pixel ratio: pyqtgraph's own
            return
        data = self.data
        shown = data["visible"] & np.isfinite(data["x"]) & np.isfinite(data["y"])
        if not shown.any():
            return
        t = p.transform()  # the points' pixels, as pyqtgraph maps them
        x, y = data["x"][shown], data["y"][shown]
        frags_x = pg.functions.clip_array(x * t.m11() + y * t.m21() + t.m31(), -2 ** 30, 2 ** 30)
        frags_y = pg.functions.clip_array(x * t.m12() + y * t.m22() + t.m32(), -2 ** 30, 2 ** 30)
        p.resetTransform()
        sources = data["sourceRect"][shown]
        self._pixmapFragments.resize(sources.size)
        frags = self._pixmapFragments.ndarray()
        frags[:, 0] = frags_x
        frags[:, 1] = frags_y
        frags[:, 2:6] = np.frombuffer(sources, dtype=int).reshape((-1, 4))  # sx, sy, sw, sh
        ratio = self.fragmentAtlas.devicePixelRatio()
        frags[:, 6:10] = [1 / ratio, 1 / ratio, 0.0, 1.0]  # scale x, scale y, rotation, opacity
        p.drawPixmapFragments(*self._pixmapFragments.drawargs(), self.fragmentAtlas.pixmap)


class SteadyAxis(pg.AxisItem):
    """A value axis (or a blank one beside the lanes): told the range it already shows, it does nothing."""

    def setRange(self, mn: float, mx: float) -> None:  # noqa: N802, N803
        if getattr(self, "range", None) == [mn, mx]:  # (pyqtgraph sets the first range while it builds the axis)
            return
        super().setRange(mn, mx)
