"""Moving through the timeline, with no Qt: previous/next, keyboard focus, tour stops and the range that brings an
event into view. Written once here; the window, the keyboard and the kiosk all call these."""

from __future__ import annotations

from kztimeline.model import Timeline, Tour
from kztimeline.timeline.lanes import lane_of
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Limits, Snapshot, TourPosition


def shown_events(timeline: Timeline, hidden_lanes: frozenset[str]) -> list[int]:
    """Indices of the events whose lane is shown, in time order: what previous/next and the keyboard step through."""
    return [i for i, event in enumerate(timeline.events) if lane_of(event) not in hidden_lanes]


def step_selection(timeline: Timeline, state: Snapshot, step: int) -> int | None:
    """The event to select for previous (step -1) or next (+1) among the shown events, or None to stay.

    With nothing selected, next starts at the first event in view (previous at the last one before it)."""
    candidates = shown_events(timeline, state.hidden_lanes)
    if not candidates:
        return None
    current = state.selected
    if current is None:
        ahead = [i for i in candidates if timeline.events[i].when.anchor_seconds() >= state.start] or candidates
        return ahead[0] if step > 0 else ahead[-1]
    later = [i for i in candidates if (i > current) == (step > 0) and i != current]
    if not later:
        return None
    return later[0] if step > 0 else later[-1]


def move_focus(timeline: Timeline, state: Snapshot, step: int) -> int | None:
    """Where the keyboard focus ring goes for ↑ (step -1) or ↓ (+1): the previous or next shown event, starting
    from the focus, else the selection, else the first event in view."""
    visible = shown_events(timeline, state.hidden_lanes)
    if not visible:
        return None
    current = state.focused if state.focused is not None else state.selected
    if current is None:
        inside = [i for i in visible if state.start <= timeline.events[i].when.anchor_seconds() <= state.end]
        return (inside or visible)[0]
    pos = visible.index(current) if current in visible else 0
    return visible[max(0, min(len(visible) - 1, pos + step))]


def tour_step(tour: Tour, position: TourPosition | None, step: int, wrap: bool = False) -> TourPosition:
    """The next (+1) or previous (-1) stop of `tour`; at either end stay there, or with `wrap` go round."""
    count = len(tour.stops)
    current = position.stop if position is not None and position.tour == tour.id else -1
    target = current + step
    if wrap:
        target %= count
    return TourPosition(tour.id, max(0, min(count - 1, target)))


def nearest_gap(prepared: Prepared, index: int) -> float | None:
    """Seconds to the closest other point event in the same lane (None for a span or a lone event)."""
    found = prepared.point_at.get(index)
    if found is None:
        return None
    lane_no, n = found
    times = prepared.lanes[lane_no].times
    gaps = [float(times[n] - times[n - 1])] if n > 0 else []
    if n + 1 < len(times):
        gaps.append(float(times[n + 1] - times[n]))
    positive = [g for g in gaps if g > 0]
    return min(positive) if positive else None


def range_to_show(timeline: Timeline, prepared: Prepared, limits: Limits, current: tuple[float, float],
                  index: int, width_px: float, min_gap_px: float) -> tuple[float, float] | None:
    """The range that brings event `index` into view, or None when it is already well in view.

    A span is shown whole; a point is centred and zoomed in just enough to stand apart from its neighbours
    (markers closer than `min_gap_px` merge into a cluster)."""
    when = timeline.events[index].when
    x0, x1 = current
    span = x1 - x0
    start, end = when.start_seconds(), when.end_seconds()
    if when.is_span:
        if end - start > span or start < x0 or end > x1:
            pad = 0.15 * (end - start)
            return limits.clamp(start - pad, end + pad)
        return None
    centre = when.anchor_seconds()
    gap = nearest_gap(prepared, index)
    width_px = max(width_px, 1.0)
    if gap is not None and gap * width_px / span < min_gap_px:
        span = max(limits.min_span, width_px * gap / (1.15 * min_gap_px))
    if x0 + 0.1 * span <= centre <= x1 - 0.1 * span and span == x1 - x0:
        return None
    return limits.clamp(centre - span / 2, centre + span / 2)
