"""What the window derives from a timeline before showing it: lanes, where each event sits in them, era rows,
each lane's level-of-detail pyramid and the search index. Qt-free, so a worker thread can build it for a large
file while the window stays responsive."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kztimeline.model import Timeline
from kztimeline.timeline.lanes import Lane, build_lanes
from kztimeline.timeline.layout import stack_spans
from kztimeline.timeline.lod import LanePyramid, pyramids
from kztimeline.timeline.search import SearchIndex


@dataclass(frozen=True)
class Prepared:
    lanes: list[Lane]
    search_index: SearchIndex
    point_at: dict[int, tuple[int, int]]  # event index -> (lane number, position among the lane's points)
    era_rows: list[int]  # the stacking row of each era
    pyramids: list[LanePyramid]  # each lane's point events in cells for every zoom band (see lod)

    @classmethod
    def of(cls, timeline: Timeline) -> Prepared:
        lanes = build_lanes(timeline)
        point_at = {index: (lane_no, n) for lane_no, lane in enumerate(lanes) for n, index in enumerate(lane.points)}
        starts = np.array([e.start.first_day().toordinal() for e in timeline.eras], dtype=float)
        ends = np.array([(e.end or timeline.info.end).last_day().toordinal() for e in timeline.eras], dtype=float)
        # an era that begins in the month another ends (Kazakhstan-2050 after Kazakhstan-2030) shares its row
        rows = stack_spans(starts, ends - 31) if len(starts) else []
        return cls(lanes, SearchIndex(timeline), point_at, rows, pyramids(lanes))
