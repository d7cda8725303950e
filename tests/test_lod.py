"""The level-of-detail pyramid (kztimeline.timeline.lod): cells that partition each lane's events at every zoom
band, marks never closer than the gap, and hit-testing from the same arrays; and one repaint per click and per
search keystroke in the window."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, QPoint, Qt

from kztimeline.model import DAY
from kztimeline.timeline.lod import LanePyramid, Members

YEAR = 365.25 * DAY


@st.composite
def lanes(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    """A lane's sorted event times (often several on one day, as real data has) and their priorities."""
    days = draw(st.lists(st.integers(0, 9000), min_size=0, max_size=120))
    times = np.sort(np.array(days, dtype=float)) * DAY + 9.5e8
    priorities = np.array(draw(st.lists(st.integers(1, 3), min_size=len(days), max_size=len(days))), dtype=np.int8)
    return times, priorities


def direct_cells(times: np.ndarray, origin: float, width: float) -> list[list[int]]:
    """The positions of each non-empty cell of a grid of `width` seconds from `origin`, found one event at a time."""
    cells: dict[int, list[int]] = {}
    for n, t in enumerate(times.tolist()):
        cells.setdefault(int((t - origin) // width), []).append(n)
    return [cells[c] for c in sorted(cells)]


@settings(max_examples=80, deadline=None, derandomize=True)
@given(lane=lanes())
def test_every_band_equals_a_direct_clustering_and_partitions_the_lane(lane: tuple[np.ndarray, np.ndarray]) -> None:
    times, priorities = lane
    pyramid = LanePyramid.of(times, priorities)
    assert (not pyramid.bands) == (len(times) == 0)
    for band in pyramid.bands:
        expected = direct_cells(times, pyramid.origin, band.width)
        got = [list(range(a, b)) for a, b in zip(band.first[:-1].tolist(), band.first[1:].tolist(), strict=True)]
        assert got == expected
        for members, best in zip(expected, band.best.tolist(), strict=True):
            assert best == min(members, key=lambda n: (priorities[n], n))  # the most important, then the earliest
    if pyramid.bands:
        assert pyramid.bands[-1].cells == 1


@settings(max_examples=80, deadline=None, derandomize=True)
@given(lane=lanes(), start_day=st.floats(-100, 9000), span_days=st.floats(7, 9500), width=st.integers(200, 4000),
       gap=st.floats(10, 60), labelled=st.lists(st.integers(0, 119), max_size=20))
def test_cells_in_view_count_each_visible_event_once_and_stand_a_gap_apart(
        lane: tuple[np.ndarray, np.ndarray], start_day: float, span_days: float, width: int, gap: float,
        labelled: list[int]) -> None:
    times, priorities = lane
    pyramid = LanePyramid.of(times, priorities)
    start = 9.5e8 + start_day * DAY
    end = start + span_days * DAY
    pps = width / (end - start)
    i0, i1 = int(np.searchsorted(times, start)), int(np.searchsorted(times, end, "right"))
    excluded = np.array(sorted({n for n in labelled if i0 <= n < i1}), dtype=np.int64)
    k = pyramid.band_for(pps, gap)
    cells, lo, hi = pyramid.cells_in(k, i0, i1)
    counted = [n for a, b in zip(lo.tolist(), hi.tolist(), strict=True) for n in range(a, b) if n not in excluded]
    assert sorted(counted) == [n for n in range(i0, i1) if n not in excluded]  # every visible event once
    if not pyramid.bands:
        return
    if k > 0 or pyramid.bands[0].width * pps >= gap:  # the finest band whose cells are a gap wide
        assert pyramid.bands[k].width * pps >= gap or k == len(pyramid.bands) - 1
    if k > 0:
        assert pyramid.bands[k - 1].width * pps < gap
    best = pyramid.best_of(k, cells, lo, hi, excluded)
    for c, (a, b) in enumerate(zip(lo.tolist(), hi.tolist(), strict=True)):
        left = [n for n in range(a, b) if n not in excluded]
        assert best[c] == (min(left, key=lambda n: (priorities[n], n)) if left else -1)
    # cells of one band are a whole cell apart on screen: marks kept within half a gap of their cell's edges
    # (as the frame places them) are never closer than the gap
    if pyramid.bands[k].width * pps >= gap and len(cells) > 1:
        left_px = (pyramid.grid_left(k, lo) - start) * pps
        assert np.all(np.diff(left_px) >= pyramid.bands[k].width * pps - 1e-6)


def test_members_are_listed_most_important_first_without_the_excluded() -> None:
    points = np.array([40, 41, 42, 43, 44], dtype=np.int64)
    priorities = np.array([3, 1, 2, 1, 3], dtype=np.int8)
    members = Members(points, priorities, 0, 5, np.array([3]), 4)
    assert len(members) == 4
    assert tuple(members) == (41, 42, 40, 44)
    assert members[:2] == (41, 42)
    assert 43 not in members
    assert members == (41, 42, 40, 44)


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def settled(qtbot) -> None:
    from kztimeline.app import settle

    settle()
    qtbot.wait(0)


def test_a_click_on_an_event_repaints_the_timeline_once(qtbot, make_window) -> None:
    window = make_window()
    view = window.view
    view.reduced_motion = True
    first, last = view.full_range
    view.set_range(first + 0.4 * (last - first), first + 0.6 * (last - first))
    settled(qtbot)
    item = view.lanes_item
    visible = view.viewport().rect().toRectF()
    hits = [item.scene_rect(h.rect).center() for h in item.frame().hits if h.event is not None]
    hits = [p for p in hits if visible.contains(p)]
    assert hits
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(hits[0].x()), round(hits[0].y())))
    qtbot.waitUntil(window.panel.isVisible, timeout=10000)
    settled(qtbot)
    view.viewport().removeEventFilter(counter)
    assert window.selected is not None
    assert counter.paints == 1


def test_a_search_keystroke_repaints_the_timeline_once(qtbot, make_window) -> None:
    window = make_window()
    view = window.view
    settled(qtbot)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    qtbot.keyClick(window.search_field, "p")
    qtbot.waitUntil(lambda: window.state.highlight is not None, timeout=10000)
    settled(qtbot)
    view.viewport().removeEventFilter(counter)
    assert counter.paints == 1


def test_a_wheel_step_and_a_change_of_range_repaint_the_timeline_once(qtbot, make_window) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = make_window()
    view = window.view
    view.reduced_motion = True
    settled(qtbot)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    before = window.state.range
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    settled(qtbot)
    assert window.state.range != before
    assert counter.paints == 1
    first, last = view.full_range
    view.set_range(first + 0.3 * (last - first), first + 0.5 * (last - first))
    settled(qtbot)
    view.viewport().removeEventFilter(counter)
    assert counter.paints == 2


@settings(max_examples=100, deadline=None, derandomize=True)
@given(xs=st.lists(st.floats(0, 2000), max_size=60), gap=st.floats(5, 40))
def test_spread_marks_stand_a_gap_apart_and_marks_already_apart_stay(xs: list[float], gap: float) -> None:
    from kztimeline.timeline.lod import spread

    before = np.sort(np.array(xs, dtype=float))
    after = spread(before, gap)
    assert np.all(np.diff(after) >= gap - 1e-6)
    apart = np.concatenate(([True], np.diff(before) >= gap))
    if apart.all():
        assert np.allclose(after, before)


def test_a_badge_stamped_from_the_atlases_is_its_own_picture(qtbot) -> None:
    """A strip's badge is its disc from the lane colour's atlas with its count from the atlas of counts over it:
    the same picture as the badge drawn whole, up to rounding of the blend (a level or two)."""
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from kztimeline.data import load
    from kztimeline.timeline.frame import Marker, badge_text
    from kztimeline.timeline.prepared import Prepared
    from kztimeline.timeline.state import Limits, ViewState
    from kztimeline.ui.lanes_item import LanesItem

    timeline = load(None).timeline
    assert timeline is not None
    item = LanesItem(timeline, Prepared.of(timeline), ViewState(Limits.of(timeline)), QFont())
    metrics, theme = item.metrics(), item.theme

    def pixels(image: QImage) -> np.ndarray:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
        return raw[:, :image.width() * 4].astype(int)

    for colour in (QColor("#3366aa"), QColor("#f2d16b")):  # light text on one, dark on the other
        for count, smallest in ((7, 6.5), (42, 8.0), (999, 11.0), (12000, 11.0), (100000, 13.0)):
            r = max(smallest, metrics.width(badge_text(count), "badge") / 2 + 4)  # as the frame sizes a badge
            for dim in (False, True):
                discs = item._discs(theme, 1.0, [(colour.rgba(), dim, r)])
                counts = item._counts(colour, metrics, count)
                assert discs is not None
                stamped = QImage(40, 40, QImage.Format.Format_ARGB32_Premultiplied)
                stamped.fill(Qt.GlobalColor.white)
                painter = QPainter(stamped)
                xs = np.array([20.0])
                item._stamp(painter, discs.pixmap, xs, 20.0, np.array([discs.cells[(colour.rgba(), dim, r)]]))
                item._stamp(painter, counts.pixmap, xs, 20.0, counts.origins(np.array([count])))
                painter.end()
                whole = QImage(40, 40, QImage.Format.Format_ARGB32_Premultiplied)
                whole.fill(Qt.GlobalColor.white)
                painter = QPainter(whole)
                own = item._badge_pixmap(Marker(0, 0, r, count, dim), colour, theme, metrics, 1.0)
                painter.drawPixmap(20 - own.width() // 2, 20 - own.height() // 2, own)
                painter.end()
                differ = np.abs(pixels(stamped) - pixels(whole))
                assert differ.max() <= 3, f"badge {count} (dimmed: {dim}) on {colour.name()} differs by {differ.max()}"
                assert (differ > 0).mean() < 0.5
    # drawn once: the counts atlas covers the largest lane, and asking again (for any count it holds) keeps it
    counts = item._counts(QColor("#3366aa"), metrics, 2)
    assert item._counts(QColor("#3366aa"), metrics, 999) is counts
    assert counts.codes > max(len(lane.points) for lane in item.prepared.lanes)
    blue = QColor("#3366aa").rgba()
    discs = item._discs(theme, 1.0, [(blue, False, 8.0)])
    assert item._discs(theme, 1.0, [(blue, False, 8.0)]) is discs
    # a frame's badges ask for the same disc many times (one per count with that radius): each gets one cell
    wanted = [(blue, False, 9.5), (blue, True, 9.5), (blue, False, 9.5), (blue, False, 12.5), (blue, True, 9.5),
              (blue, False, 12.5)]
    discs = item._discs(theme, 1.0, wanted)
    assert discs is not None
    inset = {key: (discs.cell - discs.cells[key][2]) / 2 for key in set(wanted)}
    cells = {key: (discs.cells[key][0] - inset[key], discs.cells[key][1] - inset[key]) for key in set(wanted)}
    assert len(set(cells.values())) == 3, cells


def test_a_marker_stamped_from_the_looks_atlas_is_its_own_picture(qtbot) -> None:
    """A strip's single markers come from one atlas per lane colour: each look (shape, other sectors' dots,
    dimmed) is drawn there as its own picture is, pixel for pixel."""
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from kztimeline.data import load
    from kztimeline.timeline.prepared import Prepared
    from kztimeline.timeline.state import Limits, ViewState
    from kztimeline.ui.lanes_item import LanesItem, look_side

    timeline = load(None).timeline
    assert timeline is not None
    item = LanesItem(timeline, Prepared.of(timeline), ViewState(Limits.of(timeline)), QFont())
    theme, colour = item.theme, QColor("#3366aa")
    sectors = tuple(sorted(timeline.sectors))[:3]
    looks = [(colour.rgba(), shape, others, dim, 5.0) for shape in ("circle", "diamond", "square", "triangle")
             for others in ((), sectors[:1], sectors) for dim in (False, True)]
    atlas = item._looks(theme, 1.0, looks)
    assert atlas is not None

    def drawn(pixmap, sources=None) -> QImage:
        image = QImage(60, 60, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        item._stamp(painter, pixmap, np.array([30.0]), 30.0, sources)
        painter.end()
        return image

    for rgba, shape, others, dim, r in looks:
        own = drawn(item._look_pixmap(shape, others, dim, r, colour, theme, 1.0))
        cell = np.array([atlas.cells[(rgba, shape, others, dim, r)]])
        assert drawn(atlas.pixmap, cell) == own, f"{shape} {others} {dim} differs"
        assert cell[0, 2] == cell[0, 3] == look_side(r, others, 1.0), "each look copies its own square of its cell"
    assert item._looks(theme, 1.0, looks[:3]) is atlas, "looks drawn once are kept"
