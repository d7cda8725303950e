"""The documented limits of a timeline: what `validate` accepts is what the window, the kiosk and the exports can
show. The same numbers are in FORMAT.md and the JSON Schema (tests/test_schema.py checks that they agree).

- Years 1000 to 2999: a date is written with four digits; with the margins a view and an export add around the
  declared range, every moment still lies well inside what Python's dates and Qt's can represent (year 1 and
  year 9999 crashed the window and the export), and the time axis labels centuries at its coarsest.
- Numbers finite, at most 1e15 in magnitude and, when not zero, at least 1e-6: 1e15 is ten times Kazakhstan's
  yearly GDP in tenge (the largest figure there is, about 1e14) and still exact as a float; 1e-6 is the smallest
  value written out in full (0.000001) without turning into a misleading 0. NaN and infinity are not numbers
  a visitor can read.
- Text lengths: a short text (a title, a label, a name, a caption) at most 500 characters, a long text (a
  summary, a note, a quote, a company's products or partners) at most 5,000, a URL 2,000, an id 64. The bundled
  data's longest are 176, 508, 135 and 36; the panel lays out a longer text too slowly to stay responsive.
- Counts: 100,000 entries per collection (the synthetic benchmark's largest), 64 sectors (lanes), 10,000 points
  per series, 1,000 stops per tour, 1,000 data files in a folder.
"""

from __future__ import annotations

from kztimeline.model.dates import MAX_YEAR, MIN_YEAR

__all__ = [
    "MAX_ENTRIES", "MAX_FILES", "MAX_ID", "MAX_LONG_TEXT", "MAX_MAGNITUDE", "MAX_POINTS", "MAX_SECTORS",
    "MAX_SHORT_TEXT", "MAX_STOPS", "MAX_URL", "MAX_YEAR", "MIN_MAGNITUDE", "MIN_YEAR",
]

MAX_MAGNITUDE = 1e15
MIN_MAGNITUDE = 1e-6

MAX_SHORT_TEXT = 500
MAX_LONG_TEXT = 5000
MAX_URL = 2000
MAX_ID = 64

MAX_ENTRIES = 100_000
MAX_SECTORS = 64
MAX_POINTS = 10_000
MAX_STOPS = 1000
MAX_FILES = 1000
