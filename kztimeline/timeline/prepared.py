"""What the window derives from a timeline before showing it: lanes and the search index. Qt-free, so a worker
thread can build it for a large file while the window stays responsive."""

from __future__ import annotations

from dataclasses import dataclass

from kztimeline.model import Timeline
from kztimeline.timeline.lanes import Lane, build_lanes
from kztimeline.timeline.search import SearchIndex


@dataclass(frozen=True)
class Prepared:
    lanes: list[Lane]
    search_index: SearchIndex

    @classmethod
    def of(cls, timeline: Timeline) -> Prepared:
        return cls(build_lanes(timeline), SearchIndex(timeline))
