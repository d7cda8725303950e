"""What an export should contain, checked before anything is drawn. Qt-free, shared by the dialog and the CLI.

An export shows a view of the timeline just as the window does: `ExportOptions.of_view` takes the window's
`Snapshot` (range, selection, hidden lanes, highlight, language, theme), the command line builds the same fields
from its arguments, and `view_for` turns either back into the snapshot the export canvas draws.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kztimeline.export.poster import PAPER_MM, paper_size, parse_paper
from kztimeline.model import DAY, Timeline, When, from_seconds, parse_date
from kztimeline.timeline.lanes import POLICY_LANE
from kztimeline.timeline.state import Highlight, Snapshot

FORMATS = ("png", "svg", "pdf")
MAX_SIDE = 16384
MIN_SIDE = 64

PIXEL_PRESETS = {"hd": (1920, 1080), "4k": (3840, 2160), "8k": (7680, 4320)}
PAPER_PRESETS = tuple(PAPER_MM)  # a4 ... a0; landscape unless portrait
DEFAULT_SIZE = {"png": "hd", "svg": "hd", "pdf": "a3"}
POSTER_MIN_PIXELS = 2160  # pictures this large (4K and up, either side) are laid out as posters
DEFAULT_MARGIN_MM = 10.0
MAX_MARGIN_MM = 60.0
MAX_BLEED_MM = 10.0


class ExportError(ValueError):
    """An export request that cannot be carried out; the message says why, for a person to read."""


@dataclass(frozen=True)
class ExportOptions:
    fmt: str = "png"
    width: int = 1920  # pixels for PNG and SVG
    height: int = 1080
    paper: str | None = None  # a PAPER_PRESETS key for PDF ("custom" for a size in millimetres)
    page_mm: tuple[float, float] | None = None  # PDF: the trimmed page, (width, height) in millimetres
    orientation: str = "auto"  # a preset page's: "landscape", "portrait", or "auto" (the one that labels every event)
    margin_mm: float | None = None  # PDF: white space inside the trimmed page (None: 12 mm on A2, with the page)
    bleed_mm: float = 0.0  # PDF: background printed beyond the trim on every side, to be cut off
    start: float | None = None  # seconds; None: the whole declared range
    end: float | None = None
    theme: str = "light"
    lang: str = "en"
    transparent: bool = False
    svg_text: str = "paths"  # SVG text as glyph outlines ("paths", renders alike everywhere) or "text" (font embedded)
    select: str | None = None  # an event id
    hidden_lanes: frozenset[str] = frozenset()  # lane keys (sector ids, POLICY_LANE) not drawn
    highlight: Highlight | None = None  # events brought forward, the rest dimmed
    include_title: bool = True
    include_legend: bool = True
    include_detail: bool = True
    include_footer: bool = True

    def with_changes(self, **changes: object) -> ExportOptions:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def poster(self) -> bool:
        """Laid out for print: every event labelled with its date and sources, type in points, a source list."""
        return self.fmt == "pdf" or max(self.width, self.height) >= POSTER_MIN_PIXELS * 16 / 9 \
            or min(self.width, self.height) >= POSTER_MIN_PIXELS

    @property
    def page(self) -> tuple[float, float]:
        """The PDF's trimmed page in millimetres (a preset's in its orientation; landscape while "auto")."""
        if self.paper in PAPER_MM:
            return paper_size(self.paper, portrait=self.orientation == "portrait")
        if self.page_mm is not None:
            return self.page_mm
        return paper_size("a3", portrait=self.orientation == "portrait")

    @classmethod
    def of_view(cls, view: Snapshot, timeline: Timeline, whole_range: bool, **choices: object) -> ExportOptions:
        """What the window shows, as export options: its range (or the whole timeline), selection, hidden lanes,
        highlight, language and theme; `choices` (format, size, theme, what to include) come from the dialog."""
        select = timeline.events[view.selected].id if view.selected is not None else None
        options = cls(start=None if whole_range else view.start, end=None if whole_range else view.end,
                      theme=view.theme, lang=view.lang, select=select, hidden_lanes=view.hidden_lanes,
                      highlight=view.highlight)
        return options.with_changes(**choices)


def view_for(options: ExportOptions, timeline: Timeline) -> Snapshot:
    """The view an export draws (after `check`): no hover or keyboard focus, text at its normal size."""
    assert options.start is not None and options.end is not None
    selected = timeline.index_of(options.select) if options.select else None
    return Snapshot(options.start, options.end, selected=selected, highlight=options.highlight,
                    hidden_lanes=options.hidden_lanes, lang=options.lang, theme=options.theme)


def only_sectors(timeline: Timeline, sectors: tuple[str, ...]) -> frozenset[str]:
    """The lanes to hide so that only `sectors` are shown (the command line's --sectors)."""
    unknown = [s for s in sectors if s not in timeline.sectors]
    if unknown:
        raise ExportError(f"unknown sector '{unknown[0]}': known sectors are {', '.join(timeline.sectors)}")
    if not sectors:
        return frozenset()
    return frozenset([POLICY_LANE, *(s for s in timeline.sectors if s not in sectors)])


def format_of(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"cannot tell the format from '{path.name}': the file name must end in .png, .svg or .pdf")
    return fmt


def parse_bound(text: str, *, end: bool) -> float:
    """`2008`, `2008-10` or `2008-10-15` as seconds: the start of that period, or for an end its last moment."""
    try:
        date = parse_date(text)
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    when = When(date)
    return when.end_seconds() if end else when.start_seconds()


def size_for(fmt: str, preset: str | None, width: int | None, height: int | None,
             orientation: str = "auto") -> tuple[int, int, str | None, tuple[float, float] | None]:
    """(width, height, paper, page in mm) from a preset name, a page size in millimetres or a pixel size,
    checked against sane limits."""
    if preset is not None and preset.strip().lower().endswith("mm"):  # a custom page
        if fmt != "pdf":
            raise ExportError(f"a page size in millimetres is for PDF; for {fmt.upper()} use a pixel size")
        if orientation != "auto":
            raise ExportError("a page size in millimetres gives its own orientation: write it as WIDTHxHEIGHTmm")
        try:
            w_mm, h_mm = parse_paper(preset)
        except ValueError as exc:
            raise ExportError(str(exc)) from None
        return 0, 0, "custom", (w_mm, h_mm)
    if orientation != "auto" and fmt != "pdf":
        raise ExportError("--portrait and --landscape are for PDF pages; for a picture give --width and --height")
    w, h, paper = _size_for(fmt, preset, width, height)
    return w, h, paper, paper_size(paper, orientation == "portrait") if paper is not None else None


def check_page(margin_mm: float | None, bleed_mm: float, page_mm: tuple[float, float] | None) -> None:
    if margin_mm is None:
        margin_mm = 0.0
    if not 0 <= margin_mm <= MAX_MARGIN_MM:
        raise ExportError(f"the margin must be 0 to {MAX_MARGIN_MM:g} mm")
    if not 0 <= bleed_mm <= MAX_BLEED_MM:
        raise ExportError(f"the bleed must be 0 to {MAX_BLEED_MM:g} mm")
    if page_mm is not None and 2 * margin_mm > min(page_mm) / 3:
        raise ExportError(f"a {margin_mm:g} mm margin leaves too little of a {page_mm[0]:g} x {page_mm[1]:g} mm page")


def _size_for(fmt: str, preset: str | None, width: int | None, height: int | None) -> tuple[int, int, str | None]:
    if preset is not None and (width is not None or height is not None):
        raise ExportError("give either --size or --width and --height, not both")
    if (width is None) != (height is None):
        raise ExportError("give both --width and --height")
    if preset is None and width is None:
        preset = DEFAULT_SIZE[fmt]
    if preset is not None:
        key = preset.lower()
        if key in PIXEL_PRESETS:
            w, h = PIXEL_PRESETS[key]
            return w, h, None
        if key in PAPER_PRESETS:
            if fmt != "pdf":
                raise ExportError(f"paper size '{preset}' is for PDF; for {fmt.upper()} use hd, 4k, 8k or a pixel size")
            return 0, 0, key
        names = ", ".join([*PIXEL_PRESETS, *PAPER_PRESETS])
        raise ExportError(f"unknown size '{preset}': use one of {names}, a page size such as 500x700mm, or "
                          "--width and --height")
    assert width is not None and height is not None
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise ExportError(f"size {width}x{height} is out of range: each side must be {MIN_SIDE} to {MAX_SIDE} px")
    return width, height, None


def check(options: ExportOptions, timeline: Timeline) -> ExportOptions:
    """Resolve the range and check ids against the data; raise ExportError with a reader's message."""
    first, last = timeline.range.start_seconds(), timeline.range.end_seconds()
    start = first if options.start is None else options.start
    end = last if options.end is None else options.end
    if end <= start:
        raise ExportError("the range is empty: --to must come after --from")
    if end <= first or start >= last:
        raise ExportError(f"the range lies outside the timeline ({timeline.info.start} to {timeline.info.end})")
    start, end = max(start, first - 30 * DAY), min(end, last + 30 * DAY)
    if options.select and not timeline.has_event(options.select):
        raise ExportError(f"no event with id '{options.select}'")
    return options.with_changes(start=start, end=end)


def describe_range(start: float, end: float) -> str:
    return f"{from_seconds(start).isoformat()} to {from_seconds(end - 1).isoformat()}"


__all__ = [
    "DEFAULT_SIZE",
    "FORMATS",
    "PAPER_PRESETS",
    "PIXEL_PRESETS",
    "ExportError",
    "ExportOptions",
    "check",
    "check_page",
    "describe_range",
    "only_sectors",
    "view_for",
    "format_of",
    "parse_bound",
    "size_for",
]
