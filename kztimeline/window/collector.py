"""The garbage collector and the loaded data. The model, its lanes and pyramid, the widgets and the modules all
live until other data replaces them, so they are taken out of the collector's generations (`gc.freeze`): a full
collection walks every object it tracks, 50–60 ms in this process (with the bundled data as with 100,000
events), and it fell in the middle of a repaint whenever the objects the frames make tipped the count. Frozen
objects are still freed by their reference counts when they go."""

from __future__ import annotations

import gc


def keep_loaded_data() -> None:
    """Call once the window holds its data. What earlier data left behind (cycles the reference counts cannot
    free) is collected first, so that only what is alive is frozen."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
