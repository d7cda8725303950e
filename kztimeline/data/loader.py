"""Load and validate a timeline from a YAML file or a folder of them.

`load(path)` reads every file, reports each problem with its file, line and column, and returns a `Timeline`
only when there are no errors. Reading walks the YAML node tree directly, so every message can point at the
exact value it is about.
"""

from __future__ import annotations

import errno
import gc
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kztimeline.data import cache, fast_load
from kztimeline.data.fast_load import COLLECTIONS
from kztimeline.data.limits import (
    MAX_ENTRIES,
    MAX_FILES,
    MAX_LONG_TEXT,
    MAX_POINTS,
    MAX_SECTORS,
    MAX_SHORT_TEXT,
    MAX_STOPS,
    MAX_URL,
)
from kztimeline.data.nodes import Invalid, NodeReader, Place, Record, describe, present, shorten, suggest
from kztimeline.data.problems import Problem, Severity
from kztimeline.data.yaml_nodes import compose, may_have_aliases, os_reason, read_bytes, read_text, split_sections
from kztimeline.model import (
    LABEL_LIMITS,
    LANGUAGES,
    NO_DRAFT,
    Company,
    Era,
    Event,
    EventKind,
    Figure,
    Note,
    PartialDate,
    Qualifier,
    Quote,
    Sector,
    SeriesPoint,
    Source,
    SourceKind,
    SourceRef,
    Text,
    Timeline,
    TimelineInfo,
    Tour,
    TourStop,
    Unit,
    When,
    parse_date,
)
from kztimeline.model.coverage import MIN_PRIORITY_EVENTS, sector_counts

_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
DATA_SUFFIXES = (".yaml", ".yml")
ENTRY_LIMITS = {"sectors": MAX_SECTORS}  # the other collections: MAX_ENTRIES
_LITTER = (  # (how the name starts or ends, what left it): files that are no data, skipped with a note
    ("._", "start", "a macOS resource-fork file"),
    ("~$", "start", "an office program's lock file"),
    (".#", "start", "an Emacs lock file"),
    (".swp", "end", "a Vim swap file"),
    (".swo", "end", "a Vim swap file"),
)


def bundled_data_path() -> Path:
    """The folder of the bundled data, inside the installed package."""
    return Path(str(resources.files("kztimeline.resources").joinpath("data")))


@dataclass
class LoadResult:
    timeline: Timeline | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        return self.timeline is not None


Progress = Callable[[float, str], None]  # (fraction done, what): for a progress bar
SPLIT_ABOVE_CHARS = 1_000_000  # a file larger than this is parsed in pieces
ITEMS_PER_PIECE = 2000


def load(path: str | Path | None = None, progress: Progress | None = None) -> LoadResult:
    """Load the timeline at `path` (a file or folder; the bundled data when None) and validate it.

    Data opened before comes from the validated cache (kztimeline.data.cache); clean data is read the fast way
    (kztimeline.data.fast_load); anything else, the PyYAML node way, which reports every problem at its place."""
    return _guarded(path, progress, quick=True)


def load_by_nodes(path: str | Path | None = None, progress: Progress | None = None) -> LoadResult:
    """`load` through the PyYAML node path alone, without the cache: what `load` must always agree with."""
    return _guarded(path, progress, quick=False)


def _guarded(path: str | Path | None, progress: Progress | None, quick: bool) -> LoadResult:
    # Parsing creates millions of objects and no cycles worth collecting: with the cyclic collector running,
    # its repeated passes over the growing node tree cost three to four times the parse itself.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(path, progress or (lambda fraction, what: None), quick)
    finally:
        if collecting:
            gc.enable()


_Read = tuple[Path, bytes | None, list[Problem]]  # a file, its bytes (None: unreadable), the problems reading it


def _load(path: str | Path | None, progress: Progress, quick: bool) -> LoadResult:
    root = Path(path) if path is not None else bundled_data_path()
    problems: list[Problem] = []
    files = _data_files(root, problems)
    if quick and files and not any(p.is_error for p in problems):
        result = _load_quick(root, files, list(problems), progress)
        if result is not None:
            return result
    reads: list[_Read] = []
    for file in files:
        found: list[Problem] = []
        reads.append((file, read_bytes(file, found), found))
    return _load_by_nodes(root, reads, problems, progress)


class _Unreadable(Exception):
    """A file could not be read: the node path reads the data again and reports it."""


def _contents(files: list[Path], progress: Progress) -> Iterator[tuple[str, bytes]]:
    """Each file's name and bytes, one at a time."""
    for n, file in enumerate(files):
        if n % 10 == 0:
            progress(0.02 * n / len(files), f"Reading {file.name}")
        found: list[Problem] = []
        data = read_bytes(file, found)
        if data is None or found:
            raise _Unreadable
        yield file.name, data


def _load_quick(root: Path, files: list[Path], listing: list[Problem], progress: Progress) -> LoadResult | None:
    """The load from the cache, else the fast path's, else the node path's on the same bytes (stored in the
    cache when it has no errors); None when a file cannot be read. Each file is read once to look the data up
    (its bytes freed as they are hashed, so a cached open never holds them beside the entry), and once more
    on a miss: the entry made is keyed by the bytes it was made from."""
    try:
        hit = cache.get(cache.key(str(root), _contents(files, progress), listing))
        if hit is not None:
            progress(1.0, f"Reading {files[0].name}")  # done: no new text for the progress bar to show
            return LoadResult(*hit)
        named = list(_contents(files, progress))
    except _Unreadable:
        return None
    entry_key = cache.key(str(root), named, listing)
    listing.sort(key=Problem.sort_key)
    try:
        timeline = fast_load.build(named, progress, SPLIT_ABOVE_CHARS, ITEMS_PER_PIECE, start=0.02)
    except fast_load.Unclean:  # the node path reads the same bytes, and reports what it finds
        reads: list[_Read] = [(file, data, []) for file, (_name, data) in zip(files, named, strict=True)]
        del named
        result = _load_by_nodes(root, reads, listing, progress)
    else:
        del named  # the files' bytes (40 MB at 100,000 events) before the cache entry is made
        result = LoadResult(timeline, listing)
    if result.timeline is not None:
        cache.put(entry_key, result.timeline, result.problems)
    return result


def _load_by_nodes(root: Path, reads: list[_Read], problems: list[Problem], progress: Progress) -> LoadResult:
    files = [file for file, _data, _found in reads]
    builder = _Builder(problems)
    sizes = [len(data) if data is not None else 0 for _file, data, _found in reads]
    total, done = max(1, sum(sizes)), 0
    for n, (size, (file, data, found)) in enumerate(zip(sizes, reads, strict=True)):
        progress(done / total, f"Reading {file.name}")
        problems.extend(found)
        reads[n] = (file, None, [])  # the bytes are not needed again: free them as the reading goes
        text = read_text(str(file), data, problems) if data is not None else None
        del data
        if text is None:
            done += size
            continue
        aliases = may_have_aliases(text)
        pieces: list[tuple[str, int, str]] = []
        if len(text) > SPLIT_ABOVE_CHARS:
            text, pieces = split_sections(text, COLLECTIONS[1:], ITEMS_PER_PIECE)
        node = compose(str(file), text, problems)
        if node is not None:
            builder.track_aliases = aliases
            builder.add_file(str(file), node)
        del node, text
        piece_total = max(1, sum(len(piece) for _, _, piece in pieces))
        piece_done = 0
        for name, offset, piece in pieces:
            progress((done + size * piece_done / piece_total) / total, f"Reading {file.name}")
            node = compose(str(file), piece, problems, offset)
            if node is not None:
                builder.line_offset = offset
                builder.add_entries(name, node)
            piece_done += len(piece)
        done += size
    progress(0.99, "Checking references")
    timeline = builder.finish(str(files[0]) if files else str(root))
    problems.sort(key=Problem.sort_key)
    has_errors = any(p.is_error for p in problems)
    return LoadResult(None if has_errors else timeline, problems)


def _litter(name: str) -> str | None:
    """What left a file of editor or system litter beside a data file (a lock, swap or resource-fork file of
    a .yaml), or None. Litter beside other files is never read anyway, so it is not mentioned."""
    for mark, where, what in _LITTER:
        if where == "start" and name.startswith(mark) and Path(name).suffix in DATA_SUFFIXES:
            return what
        if where == "end" and name.endswith(mark) and Path(name[: -len(mark)]).suffix in DATA_SUFFIXES:
            return what
    return None


def _data_files(root: Path, problems: list[Problem]) -> list[Path]:
    """The files to read: `root` itself, or the data files of the folder `root` in name order. Editor and
    system litter is skipped with a note; a path that cannot be looked at is reported, never raised."""
    try:
        mode = os.stat(root).st_mode
    except OSError as exc:
        missing = exc.errno in (errno.ENOENT, errno.ENOTDIR)
        problems.append(Problem(str(root), "no such file or folder" if missing else f"cannot read: {os_reason(exc)}",
                                root=True))
        return []
    except ValueError:  # a NUL character in the path
        problems.append(Problem(str(root), "cannot read: the path holds a NUL character", root=True))
        return []
    if not stat.S_ISDIR(mode):
        return [root]
    try:
        with os.scandir(root) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError as exc:
        problems.append(Problem(str(root), f"cannot read the folder: {os_reason(exc)}", root=True))
        return []
    files = []
    for name in names:
        litter = _litter(name)
        if litter is not None:
            problems.append(Problem(str(root / name), f"skipped: {litter}, not data", severity=Severity.NOTE))
        elif Path(name).suffix in DATA_SUFFIXES:
            files.append(root / name)
    if not files:
        problems.append(Problem(str(root), "folder holds no data files (*.yaml)", root=True))
    elif len(files) > MAX_FILES:
        problems.append(Problem(str(root), f"folder holds {len(files):,} data files; the limit is {MAX_FILES:,}",
                                root=True))
        return []
    return files


@dataclass
class _Ref:
    """A reference to check once every file is read."""

    place: Place
    kind: str  # the collection the id must be in
    target: str


class _Builder(NodeReader):
    """Reads the collections of every file into model objects, then checks cross-references."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.info: TimelineInfo | None = None
        self.info_node: Place | None = None
        self.items: dict[str, dict[str, Any]] = {name: {} for name in COLLECTIONS[1:]}
        self.id_places: dict[str, dict[str, Place]] = {name: {} for name in COLLECTIONS[1:]}
        self.refs: list[_Ref] = []
        self.broken: dict[str, set[str]] = {name: set() for name in COLLECTIONS[1:]}  # ids of rejected records
        self.dated: list[tuple[Place, PartialDate]] = []
        self.counts: dict[str, int] = {}

    # -- value converters ------------------------------------------------------------------------------------
    def priority(self, node: yaml.Node) -> int:
        value = self.scalar(node)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 3:
            self.error(node, "priority must be 1 (most important), 2 or 3")
            raise Invalid
        return value

    def date(self, node: yaml.Node) -> PartialDate:
        value = self.scalar(node)
        if isinstance(value, bool) or not isinstance(value, int | str):
            self.error(node, f"expected a date (2010, 2010-02 or 2010-02-23), found {describe(node)}")
            raise Invalid
        # a year is read as a number: keep the digits as written, so that '0100' is not reported as '100'
        written = node.value if isinstance(value, int) and isinstance(node, yaml.ScalarNode) else str(value)
        try:
            return parse_date(written)
        except ValueError as exc:
            self.error(node, str(exc))
            raise Invalid from None

    def timeline_date(self, node: yaml.Node) -> PartialDate:
        """A date on the timeline itself (an event, era or figure), which must lie in the declared range."""
        parsed = self.date(node)
        self.dated.append((self.place(node), parsed))
        return parsed

    def colour(self, node: yaml.Node) -> str:
        value = self.string(node)
        if not _COLOUR_RE.match(value):
            self.error(node, f"'{value}' is not a colour: write it as #RRGGBB")
            raise Invalid
        return value.upper()

    def text(self, node: yaml.Node, limit: int = MAX_SHORT_TEXT, lines: bool = False) -> Text:
        """A short text (a title, a name, a caption): at most MAX_SHORT_TEXT characters, one line."""
        if isinstance(node, yaml.ScalarNode):
            return Text(self.string(node, limit, lines))
        values: dict[str, str] = {}
        draft = NO_DRAFT
        for key_node, value_node in self.pairs(node):
            key = key_node.value
            if key == "draft":
                draft = frozenset(self._language_list(value_node)) or NO_DRAFT
            elif key in LANGUAGES:
                values[key] = self.string(value_node, limit, lines)
            else:
                self.error(key_node, f"'{key}' is not a language code: use {', '.join(LANGUAGES)} "
                                     f"(or 'draft'){suggest(key, LANGUAGES)}")
        if "en" not in values:
            self.error(node, "text needs an English version under 'en'")
            raise Invalid
        return Text.of(values, draft)

    def long_text(self, node: yaml.Node) -> Text:
        """A long text (a summary, a note, a quote): at most MAX_LONG_TEXT characters, line breaks allowed."""
        return self.text(node, MAX_LONG_TEXT, lines=True)

    def url(self, node: yaml.Node) -> str:
        return self.string(node, MAX_URL)

    def _language_list(self, node: yaml.Node) -> list[str]:
        codes = []
        for item in self.items_of(node):
            code = self.string(item)
            if code not in LANGUAGES:
                self.error(item, f"'{code}' is not a language code: use {', '.join(LANGUAGES)}")
            codes.append(code)
        return codes

    def source_ref(self, node: yaml.Node) -> SourceRef:
        if isinstance(node, yaml.ScalarNode):
            target = self.ident(node)
            self.refs.append(_Ref(self.place(node), "sources", target))
            return SourceRef(target)
        rec = Record(self, node, ("source", "locator"), "a source reference")
        source = rec.get("source", self.ident, required=True)
        locator = rec.get("locator", self.string)
        rec.done()
        self.refs.append(_Ref(self.place(rec.value_node("source")), "sources", present(source)))
        return SourceRef(present(source), locator)

    def refs_to(self, kind: str) -> Callable[[yaml.Node], tuple[str, ...]]:
        def convert(node: yaml.Node) -> tuple[str, ...]:
            ids = []
            for item in self.items_of(node):
                try:
                    target = self.ident(item)
                except Invalid:
                    continue
                self.refs.append(_Ref(self.place(item), kind, target))
                ids.append(target)
            return tuple(ids)

        return convert

    def note(self, node: yaml.Node) -> Note:
        rec = Record(self, node, ("text", "sources"), "a note")
        text = rec.get("text", self.long_text, required=True)
        sources = rec.get("sources", self.list_of(self.source_ref)) or ()
        rec.done()
        return Note(present(text), sources)

    def sources_of(self, rec: Record) -> tuple[SourceRef, ...]:
        refs = rec.get("sources", self.list_of(self.source_ref), required=True)
        if refs == ():
            self.error(rec.value_node("sources"), f"{rec.what} must cite at least one source")
            rec.failed = True
        return refs or ()

    def when(self, rec: Record, *, date_key: str = "date") -> When | None:
        """A point (`date`) or a span (`start` and `end`): exactly one of the two forms."""
        has_date, has_start, has_end = rec.has(date_key), rec.has("start"), rec.has("end")
        if has_date and (has_start or has_end):
            self.error(rec.node, f"{rec.what} has both '{date_key}' and 'start'/'end': give one or the other")
            rec.failed = True
            return None
        if has_date:
            start = rec.get(date_key, self.timeline_date, required=True)
            return When(start) if start is not None else None
        if not (has_start or has_end):
            self.error(rec.node, f"{rec.what} needs a '{date_key}', or a 'start' and an 'end'")
            rec.failed = True
            return None
        start = rec.get("start", self.timeline_date, required=True)
        end = rec.get("end", self.timeline_date, required=True)
        if start is None or end is None:
            return None
        return self.span(rec, start, end)

    def span(self, rec: Record, start: PartialDate, end: PartialDate) -> When | None:
        if end.first_day() < start.first_day():
            self.error(rec.value_node("end"), f"the span ends ({end}) before it starts ({start})")
            rec.failed = True
            return None
        return When(start, end)

    # -- collections -----------------------------------------------------------------------------------------
    def add_file(self, path: str, root: yaml.Node, line_offset: int = 0) -> None:
        """Read a whole file's top-level mapping."""
        self.path, self.line_offset, self.seen = path, line_offset, set()
        try:
            pairs = self.pairs(root)
        except Invalid:
            return
        for key_node, value_node in pairs:
            name = key_node.value
            if name not in COLLECTIONS:
                self.error(key_node, f"unknown section '{name}'; a data file holds: {', '.join(COLLECTIONS)}"
                                     f"{suggest(name, COLLECTIONS)}")
            elif name == "timeline":
                self._read_timeline(value_node)
            else:
                self.add_entries(name, value_node)

    def add_entries(self, name: str, value_node: yaml.Node) -> None:
        """Read a list of entries of collection `name` (a whole section, or a piece of a large one)."""
        try:
            entries = self.items_of(value_node)
        except Invalid:
            return
        reader = getattr(self, f"_read_{name}")
        limit = ENTRY_LIMITS.get(name, MAX_ENTRIES)
        for entry in entries:
            self.counts[name] = self.counts.get(name, 0) + 1
            if self.counts[name] > limit:
                self.error(entry, f"more than {limit:,} {name}: that is the limit, the rest are not read")
                return
            try:
                self._add(name, entry, reader(entry))
            except Invalid:
                self._remember_broken(name, entry)

    def _remember_broken(self, kind: str, node: yaml.Node) -> None:
        """A rejected record's id still exists for references, so one mistake is reported once."""
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == "id" and isinstance(value, yaml.ScalarNode):
                    self.broken[kind].add(value.value)

    def _add(self, kind: str, node: yaml.Node, item: Any) -> None:
        id_node = next(value for key, value in node.value if key.value == "id")
        previous = self.id_places[kind].get(item.id)
        if previous is not None:
            self.error(id_node, f"duplicate id '{item.id}' in {kind}: first defined at {previous.path}:{previous.line}")
            return
        self.id_places[kind][item.id] = self.place(id_node)
        self.items[kind][item.id] = item

    def _read_timeline(self, node: yaml.Node) -> None:
        if self.info_node is not None:
            self.error(node, f"a second 'timeline' section; the first is at {self.info_node.path}:"
                             f"{self.info_node.line}")
            return
        self.info_node = self.place(node)
        try:
            rec = Record(self, node, ("title", "start", "end", "languages", "other_lane"), "the timeline")
        except Invalid:
            return
        title = rec.get("title", self.text, required=True)
        start = rec.get("start", self.timeline_date, required=True)
        end = rec.get("end", self.timeline_date, required=True)
        languages = tuple(rec.get("languages", self._language_list) or ("en",))
        other_lane = rec.get("other_lane", self.text)
        if start is not None and end is not None:
            self.span(rec, start, end)
        if not rec.failed and title is not None and start is not None and end is not None:
            self.info = TimelineInfo(title, start, end, languages, other_lane)

    def _read_sources(self, node: yaml.Node) -> Source:
        rec = Record(self, node, ("id", "title", "publisher", "date", "url", "kind"), "a source")
        ident = rec.get("id", self.ident, required=True)
        title = rec.get("title", self.string, required=True)
        publisher = rec.get("publisher", self.string)
        date = rec.get("date", self.date)
        url = rec.get("url", self.url)
        kind = rec.get("kind", self.enum(SourceKind))
        rec.done()
        return Source(present(ident), present(title), publisher=publisher, date=date, url=url, kind=kind)

    def _read_sectors(self, node: yaml.Node) -> Sector:
        rec = Record(self, node, ("id", "name", "colour", "spiid_priority"), "a sector")
        ident = rec.get("id", self.ident, required=True)
        name = rec.get("name", self.text, required=True)
        colour = rec.get("colour", self.colour, required=True)
        spiid_priority = bool(rec.get("spiid_priority", self.boolean))
        rec.done()
        return Sector(present(ident), present(name), present(colour), spiid_priority=spiid_priority)

    def _read_companies(self, node: yaml.Node) -> Company:
        rec = Record(self, node, ("id", "name", "legal_form", "city", "products", "partner", "founded",
                                   "sectors", "sources", "notes"), "a company")
        ident = rec.get("id", self.ident, required=True)
        name = rec.get("name", self.text, required=True)
        sources = self.sources_of(rec)
        legal_form = rec.get("legal_form", self.text)
        city = rec.get("city", self.text)
        products = rec.get("products", self.long_text)
        partner = rec.get("partner", self.long_text)
        founded = rec.get("founded", self.date)
        sectors = rec.get("sectors", self.refs_to("sectors")) or ()
        notes = rec.get("notes", self.list_of(self.note)) or ()
        rec.done()
        return Company(present(ident), present(name), sources, legal_form=legal_form, city=city, products=products,
                       partner=partner, founded=founded, sectors=sectors, notes=notes)

    def _series_point(self, node: yaml.Node) -> SeriesPoint:
        rec = Record(self, node, ("date", "start", "end", "value"), "a series point")
        when = self.when(rec)
        value = rec.get("value", self.number, required=True)
        rec.done()
        return SeriesPoint(present(when), present(value))

    def _read_figures(self, node: yaml.Node) -> Figure:
        rec = Record(self, node, ("id", "label", "value", "qualifier", "unit", "noun", "date", "start", "end",
                                   "series", "track", "sources", "notes"), "a figure")
        ident = rec.get("id", self.ident, required=True)
        label = rec.get("label", self.text, required=True)
        unit = rec.get("unit", self.enum(Unit), required=True)
        when = self.when(rec)
        sources = self.sources_of(rec)
        value = rec.get("value", self.number)
        qualifier = rec.get("qualifier", self.enum(Qualifier))
        noun = rec.get("noun", self.text)
        series = rec.get("series", self.list_of(self._series_point)) or ()
        track = bool(rec.get("track", self.boolean))
        notes = rec.get("notes", self.list_of(self.note)) or ()
        if value is None and not series and not rec.failed and not rec.has("series"):
            self.error(rec.node, "a figure needs a 'value', or a 'series' of dated values")
            rec.failed = True
        if len(series) > MAX_POINTS:
            self.error(rec.value_node("series"), f"a series has {len(series):,} points; the limit is {MAX_POINTS:,}")
            rec.failed = True
        if any(b.when.first_day() < a.when.first_day() for a, b in zip(series, series[1:], strict=False)):
            self.error(rec.value_node("series"), "series points must be in date order")
            rec.failed = True
        rec.done()
        return Figure(present(ident), present(label), present(unit), present(when), sources, value=value,
                      qualifier=qualifier, noun=noun, series=series, track=track, notes=notes)

    def _quote(self, node: yaml.Node) -> Quote:
        rec = Record(self, node, ("text", "by", "source"), "a quote")
        text = rec.get("text", self.long_text, required=True)
        by = rec.get("by", self.text, required=True)
        source = rec.get("source", self.source_ref)
        rec.done()
        return Quote(present(text), present(by), source)

    def _read_events(self, node: yaml.Node) -> Event:
        rec = Record(self, node, ("id", "title", "label", "date", "start", "end", "kind", "priority", "summary",
                                   "quote", "sectors", "companies", "figures", "sources", "notes"), "an event")
        ident = rec.get("id", self.ident, required=True)
        title = rec.get("title", self.text, required=True)
        label = rec.get("label", self.text)
        when = self.when(rec)
        kind = rec.get("kind", self.enum(EventKind), required=True)
        summary = rec.get("summary", self.long_text, required=True)
        sources = self.sources_of(rec)
        priority = rec.get("priority", self.priority) or 2
        quote = rec.get("quote", self._quote)
        sectors = rec.get("sectors", self.refs_to("sectors")) or ()
        companies = rec.get("companies", self.refs_to("companies")) or ()
        figures = rec.get("figures", self.refs_to("figures")) or ()
        notes = rec.get("notes", self.list_of(self.note)) or ()
        rec.done()
        if label is not None:
            self._check_label(rec.value_node("label"), label)
        return Event(present(ident), present(title), present(when), present(kind), present(summary), sources,
                     priority=priority, quote=quote, sectors=sectors, companies=companies, figures=figures,
                     notes=notes, label=label)

    def _check_label(self, node: yaml.Node, label: Text) -> None:
        """A label longer than the lanes have room for is drawn cut off: a warning, so the data still loads (one
        per language, in the order the file gives them)."""
        written = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)] \
            if isinstance(node, yaml.MappingNode) else ["en"]
        for lang in dict.fromkeys(written):
            limit = LABEL_LIMITS.get(lang)
            text = label.values.get(lang)
            if limit is not None and text is not None and len(text) > limit:
                self.error(node, f"the {lang} label has {len(text)} characters; a label has at most {limit} "
                                 f"in {lang}: '{text}'", Severity.WARNING)

    def _read_eras(self, node: yaml.Node) -> Era:
        rec = Record(self, node, ("id", "title", "start", "end", "sources"), "an era")
        ident = rec.get("id", self.ident, required=True)
        title = rec.get("title", self.text, required=True)
        start = rec.get("start", self.timeline_date, required=True)
        sources = self.sources_of(rec)
        end = rec.get("end", self.timeline_date)
        if start is not None and end is not None:
            self.span(rec, start, end)
        rec.done()
        return Era(present(ident), present(title), present(start), sources, end=end)

    def _stop(self, node: yaml.Node) -> TourStop:
        rec = Record(self, node, ("event", "caption"), "a tour stop")
        event = rec.get("event", self.ident, required=True)
        caption = rec.get("caption", self.text, required=True)
        rec.done()
        self.refs.append(_Ref(self.place(rec.value_node("event")), "events", present(event)))
        return TourStop(present(event), present(caption))

    def _read_tours(self, node: yaml.Node) -> Tour:
        rec = Record(self, node, ("id", "title", "stops"), "a tour")
        ident = rec.get("id", self.ident, required=True)
        title = rec.get("title", self.text, required=True)
        stops = rec.get("stops", self.list_of(self._stop), required=True)
        if stops == ():
            self.error(rec.value_node("stops"), "a tour needs at least one stop")
            rec.failed = True
        elif stops is not None and len(stops) > MAX_STOPS:
            self.error(rec.value_node("stops"), f"a tour has {len(stops):,} stops; the limit is {MAX_STOPS:,}")
            rec.failed = True
        rec.done()
        return Tour(present(ident), present(title), present(stops))

    # -- whole-set checks ------------------------------------------------------------------------------------
    def finish(self, first_path: str) -> Timeline | None:
        if self.info is None:
            if self.info_node is None and not any(p.is_error for p in self.problems):
                self.problems.append(Problem(first_path, "no 'timeline' section: the data must declare its title "
                                                         "and its range (start, end)"))
            return None
        unread = sorted({p.path for p in self.problems if p.root and p.is_error})
        unknown = [ref for ref in self.refs
                   if ref.target not in self.items[ref.kind] and ref.target not in self.broken[ref.kind]]
        if unread and unknown:
            # the file that could not be read may define them: its root cause is reported, not its consequences
            others = f" (as may {len(unread) - 1} other unreadable file(s))" if len(unread) > 1 else ""
            self.problems.append(Problem(unread[0], f"{len(unknown):,} reference(s) to ids defined nowhere else were "
                                                    f"not checked: this file could not be read and may define "
                                                    f"them{others}", severity=Severity.NOTE))
            unknown = []
        for ref in unknown:
            singular = {"sources": "source", "sectors": "sector", "companies": "company",
                        "figures": "figure", "events": "event"}[ref.kind]
            self.error_at(ref.place, f"unknown {singular} '{shorten(ref.target)}'"
                                     f"{suggest(ref.target, self.items[ref.kind])}")
        first, last = self.info.start.first_day(), self.info.end.last_day()
        for place, day in self.dated:
            if day.last_day() < first or day.first_day() > last:
                self.error_at(place, f"date {day} is outside the timeline's range {self.info.start} to {self.info.end}")
        timeline = Timeline(
            info=self.info,
            sources=self.items["sources"],
            sectors=self.items["sectors"],
            companies=self.items["companies"],
            figures=self.items["figures"],
            events=list(self.items["events"].values()),
            eras=list(self.items["eras"].values()),
            tours=list(self.items["tours"].values()),
        )
        self._check_sector_lanes(timeline)
        return timeline

    def _check_sector_lanes(self, timeline: Timeline) -> None:
        """A SPIID priority sector whose lane holds fewer than three events is reported at its id: the data
        loads, but a visitor would see an almost empty lane (or none)."""
        if not timeline.events:
            return
        for count in sector_counts(timeline):
            if count.too_few:
                self.error_at(self.id_places["sectors"][count.sector],
                              f"SPIID priority sector '{count.sector}' has {count.in_lane} event"
                              f"{'' if count.in_lane == 1 else 's'} in its lane; give it at least "
                              f"{MIN_PRIORITY_EVENTS} (an event is drawn in the lane of its first sector when it "
                              "has one or two)", Severity.WARNING)
