"""The zoomable timeline: lanes of events above a figures track, sharing one time axis.

Time (seconds since 1970, UTC) is the only axis that zooms. The visible range lives in the shared `ViewState`
(which clamps it); the view boxes follow the state, and what the visitor does with the mouse, wheel, keys or
fingers goes back into it. Programmatic moves animate unless reduced motion is on.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEasingCurve, QEvent, QPointF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import QGestureEvent, QGraphicsItem, QPinchGesture, QToolTip

from kztimeline.model import DAY, Figure, Timeline
from kztimeline.timeline import navigation
from kztimeline.timeline.frame import Hit
from kztimeline.timeline.layout import Warp
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Field, ViewState
from kztimeline.ui.figure_items import SteadyAxis, SteadyCurve, SteadyScatter
from kztimeline.ui.formatting import format_quantity, format_when, plain_tooltip, unit_symbol
from kztimeline.ui.lanes_item import LanesItem
from kztimeline.ui.theme import THEMES
from kztimeline.ui.time_axis import TimeAxis

ANIMATION_MS = 250
ZOOM_STEP = 1.5
AXIS_WIDTH = 44
MAX_TRACKED = 4  # series in the figures track: more would not be readable at its height
MIN_GAP_PX = 18  # markers closer than this (times the scale) merge into a cluster


class TimeViewBox(pg.ViewBox):
    """A ViewBox that zooms only in time: wheel zooms at the pointer, horizontal scroll and Shift+wheel pan,
    Shift+drag zooms to the dragged range, a double click zooms in."""

    clicked = Signal(object)  # scene position
    double_clicked = Signal(object)
    range_dragged = Signal(float, float)

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=True, y=False)
        self.inertia = True  # a flick keeps the timeline gliding for a moment (off with reduced motion)
        self._drag_samples: list[tuple[float, float]] = []  # (time, scene x) of the last drag moves
        self._glide = QTimer(self)
        self._glide.setInterval(16)
        self._glide.timeout.connect(self._glide_step)
        self._velocity = 0.0  # seconds of time per millisecond

    def wheelEvent(self, ev: object, axis: int | None = None) -> None:  # noqa: N802 (Qt API)
        if ev.orientation() == Qt.Orientation.Horizontal or ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            (x0, x1), _ = self.viewRange()
            self.translateBy(x=-(ev.delta() / 120) * 0.1 * (x1 - x0))
            ev.accept()
            return
        super().wheelEvent(ev, axis=0)

    def mouseClickEvent(self, ev: object) -> None:  # noqa: N802
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        (self.double_clicked if ev.double() else self.clicked).emit(ev.scenePos())

    def mouseDragEvent(self, ev: object, axis: int | None = None) -> None:  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton and ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            ev.accept()
            start = self.mapSceneToView(ev.buttonDownScenePos()).x()
            now = self.mapSceneToView(ev.scenePos()).x()
            if ev.isFinish():
                self.rbScaleBox.hide()
                if abs(now - start) > 0:
                    self.range_dragged.emit(min(start, now), max(start, now))
            else:
                self.updateScaleBox(ev.buttonDownPos(), ev.pos())
            return
        self._glide.stop()
        super().mouseDragEvent(ev, axis=0)
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        now = time.perf_counter() * 1000
        self._drag_samples = [(t, x) for t, x in self._drag_samples if now - t < 100] + [(now, ev.scenePos().x())]
        if ev.isFinish() and self.inertia and len(self._drag_samples) > 1:
            (t0, x0), (t1, x1) = self._drag_samples[0], self._drag_samples[-1]
            if t1 - t0 > 0:
                px_per_ms = (x1 - x0) / (t1 - t0)
                (v0, v1), _ = self.viewRange()
                self._velocity = -px_per_ms * (v1 - v0) / max(self.width(), 1.0)
                if abs(px_per_ms) > 0.3:
                    self._glide.start()
            self._drag_samples = []

    def _glide_step(self) -> None:
        """Kinetic panning after a flick: friction slows it to a stop within about a second."""
        self._velocity *= 0.9
        (v0, v1), _ = self.viewRange()
        if abs(self._velocity) * 16 < (v1 - v0) / 2000:
            self._glide.stop()
            return
        self.translateBy(x=self._velocity * 16)


class TimelineView(pg.GraphicsLayoutWidget):
    """The lanes and the figures track over a shared `ViewState`; emits what the visitor clicks and asks for."""

    event_clicked = Signal(int)
    activated = Signal(int)  # Enter on the keyboard-focused event
    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, timeline: Timeline, prepared: Prepared, state: ViewState, font: QFont,
                 parent: object = None) -> None:
        super().__init__(parent)
        self.state = state
        self._reduced_motion = False
        self._syncing = False  # the view boxes are being moved to the state's range
        self._hovered_cluster: tuple[int, ...] = ()
        self.last_point_tip = ""  # what the last tap on a figure's point showed
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ci.setContentsMargins(0, 0, 0, 0)
        self.ci.setSpacing(0)

        self.lanes_box = TimeViewBox()
        self.warp: Warp | None = None
        self.legend_headroom = 0.45  # room above the lines for the track's one-line legend (a poster's has none)
        self.series_notes: dict[str, str] = {}  # figure id -> a poster's source numbers for the series' legend
        self.top_axis = TimeAxis("top")
        self.lanes_plot = self.addPlot(row=0, col=0, viewBox=self.lanes_box,
                                       axisItems={"top": self.top_axis, "left": SteadyAxis("left"),
                                                  "right": SteadyAxis("right")})
        self.lanes_plot.hideAxis("left")
        self.lanes_plot.hideAxis("bottom")
        self.lanes_plot.showAxis("top")
        self.lanes_plot.hideButtons()
        self.lanes_box.setYRange(0, 1, padding=0)
        self.lanes_item = LanesItem(timeline, prepared, state, font)
        self.lanes_plot.addItem(self.lanes_item)

        self.figures_box = TimeViewBox()
        self.bottom_axis = TimeAxis("bottom")
        self.figures_plot = self.addPlot(row=1, col=0, viewBox=self.figures_box,
                                         axisItems={"bottom": self.bottom_axis, "left": SteadyAxis("left"),
                                                    "right": SteadyAxis("right")})
        self.figures_plot.hideButtons()
        self.figures_plot.setXLink(self.lanes_plot)
        # the plots' hidden time axes (the lanes' bottom one, the figures' top one) follow no view: pyqtgraph
        # would otherwise tell them every new range and rewrite their (never shown) labels on every frame
        self.lanes_plot.getAxis("bottom").unlinkFromView()
        self.figures_plot.getAxis("top").unlinkFromView()
        # both plots get the same left margin so their time axes line up; the lanes' axis is blank
        self.lanes_plot.showAxis("left")
        self.lanes_plot.getAxis("left").setStyle(showValues=False, tickLength=0)
        self.lanes_plot.getAxis("left").setTicks([[], []])
        self.lanes_plot.showAxis("right")
        self.lanes_plot.getAxis("right").setStyle(showValues=False, tickLength=0)
        self.lanes_plot.getAxis("right").setTicks([[], []])
        for plot in (self.lanes_plot, self.figures_plot):
            plot.getAxis("left").setWidth(AXIS_WIDTH)
            plot.getAxis("right").setWidth(AXIS_WIDTH)
        # series in other units than the first (the Map's project counts beside percentages) get their own
        # scale on the right, in a view box that follows the figures track's time range
        self.figures_plot.showAxis("right")
        self.other_box = pg.ViewBox(enableMenu=False)
        self.other_box.setMouseEnabled(x=False, y=False)
        self.other_box.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # drags and taps go to the track below
        self.other_box.setAcceptTouchEvents(False)
        self.figures_plot.scene().addItem(self.other_box)
        self.figures_plot.getAxis("right").linkToView(self.other_box)
        self.other_box.setXLink(self.figures_plot)
        self.figures_box.sigResized.connect(self._place_other_box)
        self.ci.layout.setRowStretchFactor(0, 6)
        self.ci.layout.setRowStretchFactor(1, 1)
        self._track_items: list[object] = []
        self._legend_entries: list[tuple[object, object]] = []
        self.legend = self.figures_plot.addLegend(offset=(8, 2), labelTextSize="9pt", colCount=MAX_TRACKED)
        self._units: dict[bool, object] = {True: None, False: None}
        self._other_items: list[object] = []

        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._animate_step)

        self.lanes_box.sigXRangeChanged.connect(self._on_box_range_changed)
        for box in (self.lanes_box, self.figures_box):
            box.clicked.connect(self._on_click)
            box.double_clicked.connect(self._on_double_click)
            box.range_dragged.connect(lambda a, b: self.set_range(a, b))
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        # the view paints its whole viewport (its background brush first): Qt need not paint what lies under it
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._unsubscribe = state.subscribe(self._on_state)
        self.set_timeline(timeline, prepared)
        self.set_font(font)
        self.retranslate()

    @property
    def timeline(self) -> Timeline:
        return self.lanes_item.timeline

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        """No animation at all: programmatic moves jump, flicks do not glide."""
        self._reduced_motion = value
        for box in (self.lanes_box, self.figures_box):
            box.inertia = not value

    def set_timeline(self, timeline: Timeline, prepared: Prepared) -> None:
        """Show other data in the same view (the state's limits are already set for it)."""
        self._animation.stop()
        self.lanes_item.set_timeline(timeline, prepared)
        limits = self.state.limits
        box_limits = {"xMin": limits.low, "xMax": limits.high, "minXRange": limits.min_span,
                      "maxXRange": limits.max_span}
        self._syncing = True  # new limits move the boxes; that is not the visitor moving the view
        try:
            self.lanes_box.setLimits(yMin=0, yMax=1, **box_limits)
            self.figures_box.setLimits(**box_limits)
            self._build_figures_track()
        finally:
            self._syncing = False
        self.apply_theme()
        self._sync_boxes(force=True)

    # -- state -------------------------------------------------------------------------------------------------
    def _on_state(self, changed: frozenset[Field]) -> None:
        if "range" in changed:
            self._sync_boxes()
            # pyqtgraph brings the boxes' matrices up to date when it paints, and the figures' curves then ask for
            # a second paint: bring them up to date now, so that a change of range (a wheel step too) is one paint
            self.scene().prepareForPaint()
        if "theme" in changed:
            self.apply_theme()
        if "lang" in changed:
            self.retranslate()

    def _sync_boxes(self, force: bool = False) -> None:
        start, end = self.state.range
        (x0, x1), _ = self.lanes_box.viewRange()
        if not force and abs(x0 - start) < 1e-6 * (end - start) and abs(x1 - end) < 1e-6 * (end - start):
            return
        self._syncing = True
        try:
            self.lanes_box.setXRange(start, end, padding=0)
        finally:
            self._syncing = False

    def _on_box_range_changed(self, _box: object, rng: tuple[float, float]) -> None:
        """The visitor moved the view (drag, wheel, pinch): the state takes the new range."""
        if not self._syncing:
            self.state.set_range(float(rng[0]), float(rng[1]))

    # -- pictures kept -----------------------------------------------------------------------------------------
    @property
    def raster_caches(self) -> bool:
        """Whether the marks drawn again and again are stamped from pictures: on screen and in PNG exports; vector
        exports (SVG, PDF) turn it off to keep shapes and text."""
        return self.lanes_item.cache_badges

    @raster_caches.setter
    def raster_caches(self, on: bool) -> None:
        self.lanes_item.cache_badges = on

    @property
    def on_screen(self) -> bool:
        """Whether what keeps its look from frame to frame (the still items, the lanes' names) is copied from
        pictures of it: on screen; an export (off) draws them on its page, where text drawn into a picture
        first came out a shade lighter."""
        return self.lanes_item.on_screen

    @on_screen.setter
    def on_screen(self, on: bool) -> None:
        self.lanes_item.on_screen = on
        self._cache_still_items()

    def _cache_still_items(self) -> None:
        """The items a change of the time range leaves alone (the value axes and the blank ones beside the lanes,
        the legend and its entries, with their texts) drawn once into a picture of the device's pixels and copied
        on every frame after, until they change: Qt otherwise draws them again on every zoom frame (the legend's
        texts laid out anew each time)."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if self.on_screen else QGraphicsItem.CacheMode.NoCache
        still: list[QGraphicsItem] = [self.legend]
        for plot in (self.lanes_plot, self.figures_plot):
            still += [plot.getAxis("left"), plot.getAxis("right")]
        while still:  # each with everything in it (the legend's entries and their texts, an axis's title)
            item = still.pop()
            item.setCacheMode(mode)
            still += item.childItems()

    # -- figures track -----------------------------------------------------------------------------------------
    def _place_other_box(self) -> None:
        self.other_box.setGeometry(self.figures_box.sceneBoundingRect())
        self.other_box.linkedViewChanged(self.figures_box, self.other_box.XAxis)

    def _build_figures_track(self) -> None:
        """Up to MAX_TRACKED series, each a line with hoverable points. Series in the first series' unit share
        the left scale; a series in another unit uses the right one. The y ranges are set once from the data,
        with room above for a one-line legend (auto-ranging would re-measure every item on every pan)."""
        for item in self._track_items:
            (self.other_box if item in self._other_items else self.figures_plot).removeItem(item)
        self.legend.clear()
        self._track_items, self._legend_entries, self._other_items = [], [], []
        self.series_key: list[tuple[str, bool, str]] = []  # (colour, dashed, text) of each line, for a key
        timeline = self.timeline
        tracked = [f for f in timeline.figures.values() if f.track and f.series][:MAX_TRACKED]
        theme = THEMES[self.state.theme]
        # the zero line across every range the view can show (a line of two points: pyqtgraph's infinite line
        # works its extent out from the view on every frame)
        ends = np.asarray([self.state.limits.low, self.state.limits.high])
        if self.warp is not None:  # a poster's narrowed quiet years, as the series' points
            ends = np.asarray(self.warp.apply(ends), dtype=float)
        zero = SteadyCurve(ends, np.zeros(2), pen=pg.mkPen(theme.grid, width=1))
        self.figures_plot.addItem(zero)
        self._track_items.append(zero)
        main_unit = tracked[0].unit if tracked else None
        ranges = {True: [0.0, 0.0], False: [0.0, 0.0]}  # main scale, other scale
        self._units = {True: main_unit, False: next((f.unit for f in tracked if f.unit != main_unit), None)}
        for n, figure in enumerate(tracked):
            xs = np.array([p.when.anchor_seconds() for p in figure.series])
            if self.warp is not None:  # a poster's narrowed quiet years
                xs = np.asarray(self.warp.apply(xs), dtype=float)
            ys = np.array([p.value for p in figure.series])
            main = figure.unit == main_unit or figure.unit != self._units[False]
            span = ranges[main]
            span[0], span[1] = min(span[0], float(ys.min())), max(span[1], float(ys.max()))
            colour = theme.series[n % len(theme.series)]
            sources = ", ".join(timeline.sources[r.source].title for r in figure.sources)
            points = [{"pos": (x, y), "data": (figure, point, sources)}
                      for x, y, point in zip(xs, ys, figure.series, strict=True)]
            line = SteadyCurve(xs, ys, pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.SolidLine if main
                                                    else Qt.PenStyle.DashLine))
            scatter = SteadyScatter(points, size=9, brush=pg.mkBrush(colour), pen=pg.mkPen(theme.background),
                                    hoverable=True, hoverSize=13, tip=self._point_tip)
            scatter.sigClicked.connect(self._on_point_clicked)  # a tap shows what hovering shows
            target = self.figures_plot if main else self.other_box
            target.addItem(line)
            target.addItem(scatter)
            if not main:
                self._other_items += [line, scatter]
            self.legend.addItem(line, self._legend_text(figure, main))
            _sample, legend_label = self.legend.items[-1]
            self._legend_entries.append((legend_label, (figure, main)))
            self.series_key.append((colour, not main, self._legend_text(figure, main)))
            self._track_items += [line, scatter]
        self.figures_box.disableAutoRange()
        self._cache_still_items()
        for main, (low, high) in ranges.items():
            pad = 0.12 * ((high - low) or 1.0)
            box = self.figures_box if main else self.other_box
            box.setYRange(low - pad, high + self.legend_headroom * (high - low or 1.0) + pad, padding=0)
        self.figures_box.setMouseEnabled(x=True, y=False)
        self.figures_plot.getAxis("right").setStyle(showValues=self._units[False] is not None)
        self.figures_plot.setVisible(bool(tracked))
        self._place_other_box()

    def _on_point_clicked(self, _item: object, points: object, _event: object = None) -> None:
        found = list(points) if points is not None else []  # type: ignore[call-overload]
        if found:
            spot = found[0]
            tip = self._point_tip(spot.pos().x(), spot.pos().y(), spot.data())
            QToolTip.showText(QCursor.pos(), tip, self)
            self.last_point_tip = tip

    def _legend_text(self, figure: Figure, main: bool) -> str:
        """A series' name with its unit, and which scale it is read on when there are two."""
        lang = self.state.lang
        side = "" if self._units[False] is None else ("  ‹" if main else "  ›")  # the scale it is read on
        cited = f" {self.series_notes[figure.id]}" if figure.id in self.series_notes else ""  # a poster's sources
        return f"{figure.label.get(lang)} ({unit_symbol(figure.unit, lang)}){cited}{side}"

    def _point_tip(self, x: float, y: float, data: object) -> str:
        figure, point, sources = data  # type: ignore[misc]
        lang = self.state.lang
        value = format_quantity(point.value, figure.unit, lang)
        return plain_tooltip(f"{figure.label.get(lang)}\n{format_when(point.when, lang)}: {value}\n"
                             + self.tr("Source: %1").replace("%1", sources))

    # -- appearance ---------------------------------------------------------------------------------------------
    def apply_theme(self) -> None:
        theme = THEMES[self.state.theme]
        self.setBackground(theme.background)
        for axis in (self.top_axis, self.bottom_axis, self.figures_plot.getAxis("left"),
                     self.figures_plot.getAxis("right")):
            axis.setPen(pg.mkPen(theme.grid))
            axis.setTextPen(pg.mkPen(theme.muted))
        self.lanes_plot.getAxis("right").setPen(pg.mkPen(None))
        self.lanes_plot.getAxis("left").setPen(pg.mkPen(None))
        self.legend.setBrush(theme.qcolor("background", 220))
        self.legend.setLabelTextColor(theme.muted)
        for item in self._track_items:
            if isinstance(item, pg.ScatterPlotItem):
                item.setPen(pg.mkPen(theme.background))

    def set_warp(self, warp: Warp | None) -> None:
        """A poster's time scale (quiet years narrowed) for the lanes, the axes and the figures."""
        self.warp = warp
        self.lanes_item.warp = warp
        for axis in (self.top_axis, self.bottom_axis):
            axis.warp = warp
            axis.picture = None
            axis.update()
        self._build_figures_track()
        self.lanes_item.invalidate()

    def set_policy_title(self, title: str) -> None:
        """The translated name of the lane of events with no sector (the view does not translate data)."""
        self.lanes_item.policy_title = title
        self.lanes_item.invalidate()

    def retranslate(self) -> None:
        lang = self.state.lang
        for axis in (self.top_axis, self.bottom_axis):
            axis.lang = lang
            axis.picture = None  # the labels change, not the range: redraw them
            axis.update()
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(self.tr("Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, "
                                              "arrow keys pan and move between events, Enter opens an event."))
        for item, (figure, main) in self._legend_entries:
            item.setText(self._legend_text(figure, main))
        for main, name in ((True, "left"), (False, "right")):
            unit = self._units.get(main)
            self.figures_plot.getAxis(name).setLabel(unit_symbol(unit, lang) if unit is not None else "")

    def set_font(self, font: QFont, axis_px: int | None = None) -> None:
        """The interface's font (at the font scale); the axes' years at 0.85 of it, or at `axis_px` (a poster's
        type). The lanes get it at the normal size: they multiply by the font scale themselves (handed the scaled
        font, their text once grew with the scale's square: 4x at 200 %, 6x on a 4K kiosk)."""
        lanes_font = QFont(font)
        if font.pixelSize() > 0 and self.state.font_scale > 0:
            lanes_font.setPixelSize(max(6, round(font.pixelSize() / self.state.font_scale)))
        self.lanes_item.set_font(lanes_font)
        if font.pixelSize() > 0:  # the figures' legend follows the text size (it was a fixed 9 pt, tiny at 4K)
            self.legend.setLabelTextSize(f"{max(9, round(font.pixelSize() * 0.8))}px")
            for label, (figure, main) in self._legend_entries:
                label.setText(self._legend_text(figure, main))  # type: ignore[attr-defined]
        axis_font = QFont(font)
        axis_font.setPixelSize(axis_px or max(10, round(font.pixelSize() * 0.85)))
        for axis in (self.top_axis, self.bottom_axis, self.figures_plot.getAxis("left"),
                     self.figures_plot.getAxis("right")):
            axis.setStyle(tickFont=axis_font)
        self.lanes_item.grid_char_px = QFontMetricsF(axis_font).averageCharWidth()
        self.lanes_item.invalidate()

    # -- range ------------------------------------------------------------------------------------------------
    def view_range(self) -> tuple[float, float]:
        return self.state.range

    @property
    def full_range(self) -> tuple[float, float]:
        """The declared range of the data, in seconds."""
        return self.state.limits.first, self.state.limits.last

    def set_range(self, start: float, end: float, animate: bool = False) -> None:
        self._animation.stop()
        if animate and not self._reduced_motion:
            x0, x1 = self.state.range
            target = self.state.limits.clamp(start, end)
            self._animation.setStartValue(QPointF(x0, x1))
            self._animation.setEndValue(QPointF(*target))
            self._animation.start()
        else:
            self.state.set_range(start, end)

    def _animate_step(self, value: QPointF) -> None:
        self.state.set_range(value.x(), value.y())

    def fit_all(self, animate: bool = True) -> None:
        self.set_range(*self.state.limits.whole(), animate=animate)

    def zoom_by(self, factor: float, anchor: float | None = None, animate: bool = False) -> None:
        """Zoom in (factor > 1) or out around `anchor` seconds (the centre when None), keeping it fixed."""
        self.set_range(*self.state.zoomed(factor, anchor), animate=animate)

    def pan_by(self, fraction: float) -> None:
        self.set_range(*self.state.panned(fraction))

    @property
    def min_gap(self) -> float:
        return MIN_GAP_PX * self.lanes_item.scale

    def go_to(self, index: int, animate: bool = True) -> None:
        """Bring event `index` into view: a span whole, a point centred and zoomed in just enough to stand apart
        from its neighbours."""
        target = navigation.range_to_show(self.timeline, self.lanes_item.prepared, self.state.limits,
                                          self.state.range, index, self.lanes_box.width(), self.min_gap)
        if target is not None:
            self.set_range(*target, animate=animate)

    # -- pointer ----------------------------------------------------------------------------------------------
    def hit_at(self, scene_pos: QPointF) -> Hit | None:
        return self.lanes_item.hit_at_scene(scene_pos)

    def _on_click(self, scene_pos: QPointF) -> None:
        hit = self.hit_at(scene_pos)
        if hit is None:
            return
        if hit.lane is not None:  # a lane's name: collapse the lane to a strip, or open it again
            self.state.toggle_collapsed(hit.lane)
            return
        if hit.event is not None:
            self.event_clicked.emit(hit.event)
        elif hit.end - hit.start < DAY and hit.best is not None:
            # events on the same date never come apart by zooming: open the most important; the panel's
            # previous/next buttons reach the others
            self.event_clicked.emit(hit.best)
        else:
            pad = max(0.2 * (hit.end - hit.start), 30 * DAY)
            self.set_range(hit.start - pad, hit.end + pad, animate=True)

    def _on_double_click(self, scene_pos: QPointF) -> None:
        anchor = self.lanes_box.mapSceneToView(scene_pos).x()
        self.zoom_by(2.0, anchor, animate=True)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        hit = self.hit_at(scene_pos) if self.lanes_box.sceneBoundingRect().contains(scene_pos) else None
        index = hit.event if hit is not None else None
        cluster = hit.members if hit is not None and hit.event is None else ()
        if index == self.state.hovered and cluster == self._hovered_cluster:
            return
        self._hovered_cluster = cluster
        self.state.set_hover(index)
        text = self.describe(index, cluster)
        if text is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), plain_tooltip(text), self)

    MAX_LISTED = 12

    def describe(self, index: int | None, cluster: tuple[int, ...] = ()) -> str | None:
        """What hovering shows: an event's full title and date, or a cluster's members with their dates."""
        lang = self.state.lang
        events = self.timeline.events
        if index is not None:
            event = events[index]
            return f"{event.title.get(lang)}\n{format_when(event.when, lang)}"
        if not cluster:
            return None
        members = sorted(cluster[:self.MAX_LISTED], key=lambda i: events[i].when.first_day())
        lines = [f"{format_when(events[i].when, lang)}: {events[i].short_label(lang)}" for i in members]
        if len(cluster) > self.MAX_LISTED:
            lines.append(self.tr("and %n more: tap to zoom in", "", len(cluster) - self.MAX_LISTED))
        return "\n".join(lines)

    # -- keyboard and touch -----------------------------------------------------------------------------------
    def keyPressEvent(self, ev: QKeyEvent) -> None:  # noqa: N802
        key = ev.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP, animate=True)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP, animate=True)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_Left:
            self.pan_by(-0.1)
        elif key == Qt.Key.Key_Right:
            self.pan_by(0.1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = navigation.move_focus(self.timeline, self.state.snapshot(), -1 if key == Qt.Key.Key_Up else 1)
            if target is not None:
                self.state.set_focus(target)
                self.go_to(target)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state.focused is not None:
            self.activated.emit(self.state.focused)
        elif key == Qt.Key.Key_PageUp:
            self.previous_requested.emit()
        elif key == Qt.Key.Key_PageDown:
            self.next_requested.emit()
        else:
            super().keyPressEvent(ev)
            return
        ev.accept()

    def viewportEvent(self, ev: QEvent) -> bool:  # noqa: N802
        if ev.type() == QEvent.Type.Gesture:
            pinch = ev.gesture(Qt.GestureType.PinchGesture) if isinstance(ev, QGestureEvent) else None
            if isinstance(pinch, QPinchGesture):
                centre = self.mapToScene(self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()))
                anchor = self.lanes_box.mapSceneToView(centre).x()
                factor = pinch.scaleFactor()
                if factor > 0:
                    self.zoom_by(factor, anchor)
                ev.accept()
                return True
        return super().viewportEvent(ev)

    def resizeEvent(self, ev: object) -> None:  # noqa: N802 (Qt API)
        """One paint per resize (the panel opening on a click narrows the view): pyqtgraph's view boxes defer
        their new transform to the next paint, where applying it makes the scene ask for a second paint of the
        same picture; applied now, the scene's changes join the one pending paint."""
        super().resizeEvent(ev)
        self.scene().prepareForPaint()

    def closeEvent(self, ev: object) -> None:  # noqa: N802 (Qt API)
        self._animation.stop()
        super().closeEvent(ev)
