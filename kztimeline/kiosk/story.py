"""Where a story stop puts the view, with no Qt: the event and its neighbours readable, never zoomed to days.

The attract loop and the tours show one event at a time with a large card. The timeline behind the card zooms
so that the stop's marker stands apart from its neighbours and its label has room on either side: a point is
centred in a window of at least `STORY_MIN_SPAN` (a year or so of context, and the year on the axis), at most
`STORY_MAX_SPAN`; a span is shown whole with some air.
"""

from __future__ import annotations

from kztimeline.model import DAY, Timeline
from kztimeline.timeline.navigation import nearest_gap
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Limits

YEAR = 365.25 * DAY
STORY_MIN_SPAN = 2.5 * YEAR  # closer than this the axis shows months, not years, and the neighbours go
STORY_MAX_SPAN = 6 * YEAR
KIOSK_MIN_SPAN = 120 * DAY  # the closest a visitor can zoom in the kiosk: months, never days


def story_range(timeline: Timeline, prepared: Prepared, limits: Limits, index: int, width_px: float,
                min_gap_px: float) -> tuple[float, float]:
    """The range for stop `index` on a view `width_px` wide whose markers need `min_gap_px` apart. The stop is
    selected, so the frame gives its label a row first; centred, the label has half the view on either side."""
    when = timeline.events[index].when
    if when.is_span:
        start, end = when.start_seconds(), when.end_seconds()
        pad = max(0.25 * (end - start), 0.5 * YEAR)
        return limits.clamp(start - pad, end + pad)
    centre = when.anchor_seconds()
    width_px = max(width_px, 1.0)
    span = STORY_MAX_SPAN
    gap = nearest_gap(prepared, index)
    if gap is not None:  # close enough that the neighbour stands apart, as the window's go_to does, with room
        span = min(span, width_px * gap / (1.5 * min_gap_px))
    span = max(span, STORY_MIN_SPAN)
    return limits.clamp(centre - span / 2, centre + span / 2)
