"""The zoomable timeline: lanes of events above a figures track, sharing one time axis.

Time (seconds since 1970, UTC) is the only axis that zooms. Zoom and pan are clamped to the declared range
with a small margin and to about a week at the closest; programmatic moves animate unless reduced motion is on.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEasingCurve, QEvent, QPointF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QToolTip

from kztimeline.model import DAY, Timeline
from kztimeline.timeline.lanes import Lane, shown_events
from kztimeline.ui.formatting import format_quantity, format_when
from kztimeline.ui.lanes_item import LanesItem
from kztimeline.ui.theme import Theme
from kztimeline.ui.time_axis import TimeAxis

MIN_SPAN = 7 * DAY
ANIMATION_MS = 250
ZOOM_STEP = 1.5
AXIS_WIDTH = 44
MAX_TRACKED = 4  # series in the figures track: more would not be readable at its height


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
    """The lanes and the figures track; emits what the visitor clicks, hovers and how the range moves."""

    event_clicked = Signal(int)
    hovered = Signal(object)  # event index or None
    range_changed = Signal(float, float)
    focus_moved = Signal(int)
    activated = Signal(int)  # Enter on the keyboard-focused event
    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, timeline: Timeline, theme: Theme, font: QFont, parent: object = None,
                 lanes: list[Lane] | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.theme = theme
        self._reduced_motion = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ci.setContentsMargins(0, 0, 0, 0)
        self.ci.setSpacing(0)

        first = timeline.range.start_seconds()
        last = timeline.range.end_seconds()
        self.full_range = (first, last)
        margin = 0.02 * (last - first)
        limits = {"xMin": first - margin, "xMax": last + margin, "minXRange": MIN_SPAN,
                  "maxXRange": (last - first) + 2 * margin}

        self.lanes_box = TimeViewBox()
        self.top_axis = TimeAxis("top")
        self.lanes_plot = self.addPlot(row=0, col=0, viewBox=self.lanes_box, axisItems={"top": self.top_axis})
        self.lanes_plot.hideAxis("left")
        self.lanes_plot.hideAxis("bottom")
        self.lanes_plot.showAxis("top")
        self.lanes_plot.hideButtons()
        self.lanes_box.setLimits(yMin=0, yMax=1, **limits)
        self.lanes_box.setYRange(0, 1, padding=0)
        self.lanes_item = LanesItem(timeline, theme, font, lanes)
        self.lanes_plot.addItem(self.lanes_item)

        self.figures_box = TimeViewBox()
        self.bottom_axis = TimeAxis("bottom")
        self.figures_plot = self.addPlot(row=1, col=0, viewBox=self.figures_box,
                                         axisItems={"bottom": self.bottom_axis})
        self.figures_plot.hideButtons()
        self.figures_box.setLimits(**limits)
        self.figures_plot.setXLink(self.lanes_plot)
        # both plots get the same left margin so their time axes line up; the lanes' axis is blank
        self.lanes_plot.showAxis("left")
        self.lanes_plot.getAxis("left").setStyle(showValues=False, tickLength=0)
        self.lanes_plot.getAxis("left").setTicks([[], []])
        for plot in (self.lanes_plot, self.figures_plot):
            plot.getAxis("left").setWidth(AXIS_WIDTH)
        self.ci.layout.setRowStretchFactor(0, 4)
        self.ci.layout.setRowStretchFactor(1, 1)
        self._track_items: list[object] = []
        self._legend_entries: list[tuple[object, object]] = []
        self._build_figures_track()

        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._animate_step)

        self.lanes_box.sigXRangeChanged.connect(self._on_range_changed)
        for box in (self.lanes_box, self.figures_box):
            box.clicked.connect(self._on_click)
            box.double_clicked.connect(self._on_double_click)
            box.range_dragged.connect(lambda a, b: self.set_range(a, b))
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.apply_theme(theme)
        self.set_font(font)
        self.fit_all(animate=False)

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        """No animation at all: programmatic moves jump, flicks do not glide."""
        self._reduced_motion = value
        for box in (self.lanes_box, self.figures_box):
            box.inertia = not value

    # -- figures track -----------------------------------------------------------------------------------------
    def _build_figures_track(self) -> None:
        """Up to MAX_TRACKED series, each a line with hoverable points; the y range is set once from the data
        (auto-ranging would re-measure every item on every pan)."""
        tracked = [f for f in self.timeline.figures.values() if f.track and f.series][:MAX_TRACKED]
        self.figures_plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(self.theme.grid, width=1)))
        self.legend = self.figures_plot.addLegend(offset=(-8, 2), labelTextSize="9pt", brush=self.theme.qcolor(
            "background", 220), labelTextColor=self.theme.muted)
        palette = ["#2B6CB0", "#C05621", "#2F855A", "#6B46C1"]
        low, high = 0.0, 0.0
        for n, figure in enumerate(tracked):
            xs = np.array([p.when.anchor_seconds() for p in figure.series])
            ys = np.array([p.value for p in figure.series])
            low, high = min(low, float(ys.min())), max(high, float(ys.max()))
            colour = palette[n % len(palette)]
            sources = ", ".join(self.timeline.sources[r.source].title for r in figure.sources)
            points = [
                {"pos": (x, y), "data": (figure, point, sources)} for x, y, point in zip(xs, ys, figure.series,
                                                                                         strict=True)
            ]
            line = pg.PlotDataItem(xs, ys, pen=pg.mkPen(colour, width=2), name=figure.label.get("en"))
            scatter = pg.ScatterPlotItem(points, size=9, brush=pg.mkBrush(colour), pen=pg.mkPen(self.theme.background),
                                         hoverable=True, hoverSize=13, tip=self._point_tip)
            self.figures_plot.addItem(line)
            self.figures_plot.addItem(scatter)
            sample, legend_label = self.legend.items[-1]
            self._legend_entries.append((legend_label, figure))
            self._track_items += [line, scatter]
        self.figures_box.disableAutoRange()
        pad = 0.12 * ((high - low) or 1.0)
        self.figures_box.setYRange(low - pad, high + pad, padding=0)
        self.figures_box.setMouseEnabled(x=True, y=False)
        self.figures_plot.setVisible(bool(tracked))

    def _point_tip(self, x: float, y: float, data: object) -> str:
        figure, point, sources = data
        value = format_quantity(point.value, figure.unit, self.lanes_item.state.lang)
        lang = self.lanes_item.state.lang
        return (f"{figure.label.get(lang)}\n{format_when(point.when, lang)}: {value}\n"
                + self.tr("Source: %1").replace("%1", sources))

    # -- appearance ---------------------------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackground(theme.background)
        for axis in (self.top_axis, self.bottom_axis, self.figures_plot.getAxis("left")):
            axis.setPen(pg.mkPen(theme.grid))
            axis.setTextPen(pg.mkPen(theme.muted))
        self.lanes_plot.getAxis("left").setPen(pg.mkPen(None))
        self.lanes_item.set_theme(theme)

    def set_language(self, lang: str, policy_title: str) -> None:
        for axis in (self.top_axis, self.bottom_axis):
            axis.lang = lang
            axis.picture = None  # the labels change, not the range: redraw them
            axis.update()
        self.lanes_item.set_state(lang=lang, policy_title=policy_title)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(self.tr("Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, "
                                              "arrow keys pan and move between events, Enter opens an event."))
        for item, figure in self._legend_entries:
            item.setText(figure.label.get(lang))

    def set_font(self, font: QFont) -> None:
        self.lanes_item.set_font(font)
        axis_font = QFont(font)
        axis_font.setPixelSize(max(10, round(font.pixelSize() * 0.85)))
        for axis in (self.top_axis, self.bottom_axis, self.figures_plot.getAxis("left")):
            axis.setStyle(tickFont=axis_font)
        self.lanes_item.grid_char_px = QFontMetricsF(axis_font).averageCharWidth()

    # -- range ------------------------------------------------------------------------------------------------
    def view_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.lanes_box.viewRange()
        return x0, x1

    def set_range(self, start: float, end: float, animate: bool = False) -> None:
        start, end = self._clamped(start, end)
        self._animation.stop()
        if animate and not self._reduced_motion:
            x0, x1 = self.view_range()
            self._animation.setStartValue(QPointF(x0, x1))
            self._animation.setEndValue(QPointF(start, end))
            self._animation.start()
        else:
            self.lanes_box.setXRange(start, end, padding=0)

    def _animate_step(self, value: QPointF) -> None:
        self.lanes_box.setXRange(value.x(), value.y(), padding=0)

    def _clamped(self, start: float, end: float) -> tuple[float, float]:
        limits = self.lanes_box.state["limits"]
        lo, hi = limits["xLimits"]
        max_span = limits["xRange"][1]
        span = min(max(end - start, MIN_SPAN), max_span)
        centre = (start + end) / 2
        start, end = centre - span / 2, centre + span / 2
        if start < lo:
            start, end = lo, lo + span
        if end > hi:
            start, end = hi - span, hi
        return start, end

    def fit_all(self, animate: bool = True) -> None:
        first, last = self.full_range
        pad = 0.01 * (last - first)
        self.set_range(first - pad, last + pad, animate)

    def zoom_by(self, factor: float, anchor: float | None = None, animate: bool = False) -> None:
        """Zoom in (factor > 1) or out around `anchor` seconds (the centre when None), keeping it fixed."""
        x0, x1 = self.view_range()
        if anchor is None:
            anchor = (x0 + x1) / 2
        self.set_range(anchor - (anchor - x0) / factor, anchor + (x1 - anchor) / factor, animate)

    def pan_by(self, fraction: float) -> None:
        x0, x1 = self.view_range()
        shift = fraction * (x1 - x0)
        self.set_range(x0 + shift, x1 + shift)

    def go_to(self, index: int, animate: bool = True) -> None:
        """Bring event `index` into view: a span whole, a point centred and zoomed in just enough to stand apart
        from its neighbours."""
        when = self.timeline.events[index].when
        x0, x1 = self.view_range()
        span = x1 - x0
        start, end = when.start_seconds(), when.end_seconds()
        if when.is_span:
            pad = 0.15 * (end - start)
            if end - start > span or start < x0 or end > x1:
                self.set_range(start - pad, end + pad, animate)
            return
        centre = when.anchor_seconds()
        # zoom in just enough that the event stands alone instead of inside a cluster
        gap = self.lanes_item.nearest_neighbour_gap(index)
        width_px = max(self.lanes_box.width(), 1.0)
        if gap is not None and gap * width_px / span < self.lanes_item.min_gap:
            span = max(MIN_SPAN, width_px * gap / (1.15 * self.lanes_item.min_gap))
        if x0 + 0.1 * span <= centre <= x1 - 0.1 * span and span == x1 - x0:
            return
        self.set_range(centre - span / 2, centre + span / 2, animate)

    def _on_range_changed(self, _box: object, rng: tuple[float, float]) -> None:
        self.range_changed.emit(float(rng[0]), float(rng[1]))

    # -- pointer ----------------------------------------------------------------------------------------------
    def _hit_at(self, scene_pos: QPointF) -> object:
        return self.lanes_item.hit(self.lanes_item.mapFromScene(scene_pos))

    def _on_click(self, scene_pos: QPointF) -> None:
        hit = self._hit_at(scene_pos)
        if hit is None:
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
        hit = self._hit_at(scene_pos) if self.lanes_box.sceneBoundingRect().contains(scene_pos) else None
        index = hit.event if hit is not None else None
        if index != self.lanes_item.state.hovered:
            self.lanes_item.set_state(hovered=index)
            self.hovered.emit(index)
            if index is None:
                QToolTip.hideText()
            else:
                event = self.timeline.events[index]
                lang = self.lanes_item.state.lang
                global_pos = self.mapToGlobal(self.mapFromScene(scene_pos))
                QToolTip.showText(global_pos, f"{event.title.get(lang)}\n{format_when(event.when, lang)}", self)

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
            self._move_focus(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.lanes_item.state.focused is not None:
            self.activated.emit(self.lanes_item.state.focused)
        elif key == Qt.Key.Key_PageUp:
            self.previous_requested.emit()
        elif key == Qt.Key.Key_PageDown:
            self.next_requested.emit()
        else:
            super().keyPressEvent(ev)
            return
        ev.accept()

    def _move_focus(self, step: int) -> None:
        """Move the keyboard focus ring to the previous or next visible event in time."""
        state = self.lanes_item.state
        visible = shown_events(self.timeline, state.hidden_lanes)
        if not visible:
            return
        current = state.focused if state.focused is not None else state.selected
        if current is None:
            x0, x1 = self.view_range()
            inside = [i for i in visible if x0 <= self.timeline.events[i].when.anchor_seconds() <= x1]
            target = (inside or visible)[0]
        else:
            pos = visible.index(current) if current in visible else 0
            target = visible[max(0, min(len(visible) - 1, pos + step))]
        self.lanes_item.set_state(focused=target)
        self.go_to(target)
        self.focus_moved.emit(target)

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
