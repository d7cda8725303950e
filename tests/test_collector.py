"""The window takes the data it holds out of the garbage collector's generations, so that a full collection
(50–60 ms in this process) never walks it in the middle of a repaint; what earlier data leaves behind is still
collected when other data arrives."""

from __future__ import annotations

import gc
import weakref

from kztimeline.data import load


class _Node:
    pass


def test_the_shown_data_is_out_of_the_collectors_reach(make_window) -> None:
    window = make_window()
    lanes = window.prepared.lanes
    assert gc.get_freeze_count() > 0
    assert not any(found is lanes for found in gc.get_objects()), "the shown lanes are still walked by a collection"


def test_what_earlier_data_left_behind_is_collected_when_other_data_arrives(make_window) -> None:
    window = make_window()
    left = _Node()
    left.me = left  # a cycle: only the collector frees it
    gone = weakref.ref(left)
    gc.freeze()  # frozen along with the data, as it would be if it was alive when the data arrived
    del left
    gc.collect()
    assert gone() is not None, "a frozen object was collected"
    result = load(None)
    assert result.timeline is not None
    window.set_timeline(result.timeline, result.problems)
    assert gone() is None, "a cycle frozen with earlier data outlived it"
    assert not any(found is window.prepared.lanes for found in gc.get_objects())


def test_the_window_does_not_keep_the_source_of_every_imported_module(make_window) -> None:
    """PySide's import hook reads each imported module's source into the line cache (4.7 MB in the window's
    process); the window lets it go once it is built."""
    import linecache

    linecache.getline(__file__, 1)  # something in the cache, as the import hook leaves it
    assert linecache.cache
    make_window()
    assert __file__ not in linecache.cache


def test_zooming_does_not_run_the_collector_every_few_frames(make_window) -> None:
    """A frame's short-lived objects (label boxes, hit areas, markers) no longer tip the collector into a repaint
    every few frames: over a zoom of 60 repaints it runs at most once."""
    window = make_window()
    view = window.view
    view.reduced_motion = True
    first, last = view.full_range
    runs: list[int] = []

    def counted(phase: str, info: dict) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.collect()
    gc.callbacks.append(counted)
    try:
        for step in range(60):
            span = (last - first) * 0.93 ** step
            middle = first + (last - first) * (0.3 + 0.4 * step / 60)
            view.set_range(middle - span / 2, middle + span / 2)
            view.viewport().repaint()
    finally:
        gc.callbacks.remove(counted)
    assert len(runs) <= 1, f"the collector ran {len(runs)} times in 60 repaints (generations {runs})"
