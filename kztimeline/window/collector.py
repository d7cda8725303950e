"""The garbage collector and the loaded data. The model, its lanes and pyramid, the widgets and the modules all
live until other data replaces them, so they are taken out of the collector's generations (`gc.freeze`): a full
collection walks every object it tracks, 50–60 ms in this process (with the bundled data as with 100,000
events), and it fell in the middle of a repaint whenever the objects the frames make tipped the count. Frozen
objects are still freed by their reference counts when they go.

A frame also makes a few hundred container objects that live until the next one (its label boxes, hit areas and
markers), and the youngest generation is collected after every 700 allocations by default: at 100,000 events
that was most frames, with a collection of the middle generation (1–2 ms) every dozen and of the oldest (4–5 ms)
every hundred or so, each landing in a repaint. The youngest generation is collected after `YOUNG_THRESHOLD`
allocations instead: once in a few hundred frames. Cycles (which the frames do not make) wait longer to be
freed, at most that many allocations."""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 20_000


def keep_loaded_data() -> None:
    """Call once the window holds its data. What earlier data left behind (cycles the reference counts cannot
    free) is collected first, so that only what is alive is frozen."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    young, middle, oldest = gc.get_threshold()
    gc.set_threshold(max(YOUNG_THRESHOLD, young), middle, oldest)
