"""A TimelineJS slide as read from either of its formats (the JSON or the spreadsheet's CSV), before it becomes
an event, an era or the title. Every value is the text the file holds ('' when absent); `places` says where
each one was written (line and column), so a message can point at it."""

from __future__ import annotations

from dataclasses import dataclass, field

# the spreadsheet template's columns, in its order; the JSON's fields map onto the same names
COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
           "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
           "Background")


@dataclass
class Slide:
    values: dict[str, str]  # by column name
    places: dict[str, tuple[int, int]]  # column name -> (line, column); "" -> the slide itself
    locator: str  # where in the file, for a source reference: "line 5", "events[3]"
    unsupported: list[str] = field(default_factory=list)  # fields the file gives that have no column here

    def get(self, column: str) -> str:
        return self.values.get(column, "").strip()

    def place(self, column: str = "") -> tuple[int, int] | None:
        return self.places.get(column) or self.places.get("")


@dataclass
class SlideFile:
    path: str
    kind: str  # "csv" or "json"
    slides: list[Slide]  # events, eras and the title slide, in file order; `Type` says which
