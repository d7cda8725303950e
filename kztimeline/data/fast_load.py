"""The fast way to read clean data: rapidyaml parses each file in C++ and emits JSON, orjson decodes it, and the
model is built from those plain values with the loader's checks, without a Python object per YAML node.

It never reports a problem. Whenever it meets anything it is not sure is clean (a value the loader would report
as an error, a warning or a note; an anchor, an alias, a tag, a duplicate key, an escape, a tab, a scalar that
YAML's core schema could read as something other than what the JSON says), it gives up with `Unclean`, and the
loader reads the files again through PyYAML's nodes (`loader._Builder`), which finds every problem and reports
it at its line and column. So the two paths cannot disagree on messages: only the node path writes any. And
what the fast path accepts is exactly what the node path accepts without a word, built into equal objects
(tests/test_fast_load.py checks both on the bundled data, generated files, and generated scalars).

The checks mirror `loader._Builder` one for one; change the two together.
"""

from __future__ import annotations

import codecs
import contextlib
import math
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import numpy as np
import orjson

try:
    import ryml  # type: ignore[import-untyped]
except (ImportError, OSError):  # a build without it (or without its shared library): the node path reads all
    ryml = None

from kztimeline.data.limits import (
    MAX_ENTRIES,
    MAX_ID,
    MAX_LONG_TEXT,
    MAX_MAGNITUDE,
    MAX_POINTS,
    MAX_SECTORS,
    MAX_SHORT_TEXT,
    MAX_STOPS,
    MAX_URL,
    MIN_MAGNITUDE,
)
from kztimeline.data.nodes import ID_RE
from kztimeline.data.yaml_nodes import _CORE_RESOLVERS
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
from kztimeline.model.coverage import sector_counts

T = TypeVar("T")
Progress = Callable[[float, str], None]


class Unclean(Exception):
    """The fast path is not sure the data is clean: the node path must read it (and report what it finds)."""


# -- the bytes: anything outside the plain subset both parsers read alike ------------------------------------
_BYTES = bytes(range(256))
_REFUSED = bytes([*range(0x00, 0x0A), *range(0x0B, 0x20), 0x7F]) + b"\\"
"""Control characters (a tab too: YAML refuses it in indentation, and the parsers differ on where) and the
backslash (double-quoted escapes: rapidyaml and PyYAML know different sets)."""
_KEEP_REFUSED = _BYTES.translate(None, _REFUSED)


def _classes(groups: dict[bytes, bytes]) -> bytes:
    """A bytes.translate table: each byte of a group's key to its class, every other byte to 'a'."""
    table = bytearray(b"a" * 256)
    for members, name in groups.items():
        for byte in members:
            table[byte] = name[0]
    return bytes(table)


_OTHER, _BREAK, _COMMA, _DASH, _OPEN, _KEY, _INDICATOR, _CLOSE = range(8)
_TOKEN_CLASSES = bytes(_BREAK if c == 0x0A else _COMMA if c == 0x2C else _DASH if c == 0x2D else
                       _OPEN if c in b"[{" else _KEY if c in b"?:" else _INDICATOR if c in b"&*!|>%@`" else
                       _CLOSE if c in b"]}" else _OTHER for c in range(256))
_TOKEN_PAIRS = np.zeros(64, bool)
for _before in (_BREAK, _COMMA, _DASH, _OPEN, _KEY):  # where a token may start (after any spaces)
    _TOKEN_PAIRS[_before << 3 | _INDICATOR] = _TOKEN_PAIRS[_before << 3 | _KEY] = True
    _TOKEN_PAIRS[_before << 3 | _CLOSE] = _before != _OPEN  # '[]' and '{}' are empty collections
for _after in (_OTHER, _DASH, _OPEN, _KEY, _INDICATOR):
    _TOKEN_PAIRS[_CLOSE << 3 | _after] = True
"""Pairs of classes of neighbouring bytes, spaces left out, that the fast path leaves to PyYAML: an indicator
where a token may start (an anchor, alias, tag, directive, block scalar or explicit key; `:x`, `?x`, `%x`, `@x`
and a closing bracket where a value starts, which YAML 1.2 (rapidyaml) and PyYAML read differently), and
anything but a line break, a comma or another bracket after a flow collection (`{a: 1}  b: 2` is a key to
rapidyaml, an error to PyYAML). Looked for in quoted texts too, to be sure: one pass over the bytes."""
_COLON_CLASSES = _classes({b":": b"c", b"?,[]{}": b"f"})
"""`[b:]`, `[b:,c]`, `{a: b:?c}`: text to rapidyaml (YAML 1.2), an error to PyYAML. A comment after a value is
left to PyYAML too: rapidyaml reads `{a: x #c}` as a mapping, PyYAML as an unterminated one."""
_RESOLVES = re.compile("|".join(f"(?:{regexp.pattern})" for _tag, regexp, _firsts in _CORE_RESOLVERS))
"""Text that YAML's core schema reads as null, a boolean or a number when it is written plain."""
_INT = _CORE_RESOLVERS[2][1]
_ID = re.compile(r"[a-z][a-z0-9_-]*")
_CORE_WORDS = frozenset(("null", "true", "false"))  # the only ids the core schema reads as something else
_CHECK_FIRST = frozenset("".join(firsts for _tag, _regexp, firsts in _CORE_RESOLVERS))
_MULTIBYTE_REFUSED = (
    b"\xef\xbb\xbf",  # a byte-order mark (anywhere)
    b"\xef\xbf\xbe", b"\xef\xbf\xbf",  # U+FFFE, U+FFFF: not characters
    b"\xe2\x80\xa8", b"\xe2\x80\xa9",  # line and paragraph separators: line breaks to PyYAML (YAML 1.1)
)
_C1 = re.compile(rb"\xc2[\x80-\x9f]")  # C1 controls, and NEL (U+0085), a line break to PyYAML
_UTF8_CHUNK = 1 << 20


def check_bytes(data: bytes) -> bytes:
    """The file's bytes, line breaks as LF, when they hold only what the fast path reads like PyYAML does;
    else `Unclean`. Every check is a pass of bytes.translate or a search for a literal (a regular expression
    that starts with a class of characters looks at every byte: 1 to 3 s each over 40 MB)."""
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n")
    if data.translate(None, _KEEP_REFUSED):
        raise Unclean("a control character, a tab or a backslash")
    if (b"\xef" in data and any(mark in data for mark in _MULTIBYTE_REFUSED[:3])) or any(
            mark in data for mark in _MULTIBYTE_REFUSED[3:]) or (b"\xc2" in data and _C1.search(data)):
        raise Unclean("a byte-order mark, separator or C1 control")
    if data.startswith((b"---", b"...")) or b"\n---" in data or b"\n..." in data:
        raise Unclean("a document marker")
    classes = np.frombuffer((b"\n" + data).translate(_TOKEN_CLASSES, b" "), np.uint8)  # spaces left out
    if _TOKEN_PAIRS[(classes[:-1] << 3) | classes[1:]].any():
        raise Unclean("an indicator where a value starts, or something after a flow collection")
    del classes
    if b"cf" in data.translate(_COLON_CLASSES):
        raise Unclean("a colon before a flow indicator")
    at = data.find(b" #")
    while at >= 0:
        if data[data.rfind(b"\n", 0, at) + 1:at].strip(b" "):
            raise Unclean("a comment after a value")
        at = data.find(b" #", at + 2)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:  # in pieces, so that the 80 MB of decoded text never exist at once
        for start in range(0, len(data), _UTF8_CHUNK):
            decoder.decode(data[start:start + _UTF8_CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise Unclean("not UTF-8") from None
    return data


# -- parsing -------------------------------------------------------------------------------------------------
_PARSING = threading.Lock()


@contextlib.contextmanager
def _stderr_held() -> Iterator[None]:
    """rapidyaml's C++ error handler writes its message to the process's stderr before it raises; the node path
    reports the error properly, so that text is held back. Anything else written meanwhile is passed on."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):  # no usable stderr (a windowed program on Windows)
        yield
        return
    failed = False
    with tempfile.TemporaryFile() as held:
        os.dup2(held.fileno(), 2)
        try:
            yield
        except BaseException:
            failed = True
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            if not failed:
                held.seek(0)
                text = held.read()
                if text:
                    with contextlib.suppress(OSError):
                        os.write(2, text)


def parse(data: bytes) -> tuple[Any, int]:
    """The decoded value of clean YAML bytes and its number of nodes (for the duplicate-key check)."""
    buffer = bytearray(data)
    with _PARSING, _stderr_held():
        try:
            tree = ryml.parse_in_place(buffer)
            size = ryml.compute_json_length(tree, tree.root_id())
            out = bytearray(size)
            ryml.emit_json_in_place(tree, out, tree.root_id())
            nodes = tree.size()
        except Exception:  # noqa: BLE001 - any failure of the C++ parser: the node path reports it
            raise Unclean("rapidyaml refused it") from None
    try:
        value = orjson.loads(out)
    except orjson.JSONDecodeError:  # a plain scalar JSON does not know (+5, .inf): the core schema decides
        raise Unclean("not JSON") from None
    return value, nodes


# -- building ------------------------------------------------------------------------------------------------
_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
COLLECTIONS = ("timeline", "sources", "sectors", "companies", "figures", "events", "eras", "tours")
_intern = sys.intern


class FastBuilder:
    """Builds the model from decoded values, raising `Unclean` where `loader._Builder` would report anything."""

    def __init__(self) -> None:
        self.nodes = 0  # nodes seen: a duplicate key makes one fewer than the parser counted
        self.info: TimelineInfo | None = None
        self.items: dict[str, dict[str, Any]] = {name: {} for name in COLLECTIONS[1:]}
        self.refs: dict[str, set[str]] = {name: set() for name in ("sources", "sectors", "companies", "figures",
                                                                   "events")}
        self.dated: list[PartialDate] = []
        self.dates: dict[Any, PartialDate] = {}
        self.memo: dict[Any, Any] = {}  # values built once and shared: id tuples, source references and their
        # lists, dates (keyed by what they were built from, or by themselves)
        self.members: dict[type, dict[str, Any]] = {}  # each enum's members by value
        self.languages = frozenset(LANGUAGES)

    # -- containers ------------------------------------------------------------------------------------------
    def record(self, value: Any, known: frozenset[str]) -> dict[str, Any]:
        if type(value) is not dict or not value.keys() <= known:
            raise Unclean("not a mapping, or an unknown key")
        self.nodes += len(value)
        return value

    def items_of(self, value: Any) -> list[Any]:
        if type(value) is not list:
            raise Unclean("not a list")
        self.nodes += len(value)
        return value

    # -- scalars ---------------------------------------------------------------------------------------------
    def string(self, value: Any, limit: int = MAX_SHORT_TEXT, lines: bool = False) -> str:
        if type(value) is not str or (value[:1] in _CHECK_FIRST and _RESOLVES.fullmatch(value)):
            raise Unclean("not text, or text the core schema may read otherwise")
        text: str = value.strip()
        # the bytes held no control character and no escape: a folded line break is the only one a value can hold
        if not text or len(text) > limit or (not lines and "\n" in text):
            raise Unclean("blank, too long or with a line break")
        return text

    def ident(self, value: Any) -> str:
        if type(value) is str and _ID.fullmatch(value) and len(value) <= MAX_ID and value not in _CORE_WORDS:
            return value
        text = self.string(value)
        if len(text) > MAX_ID or not ID_RE.match(text):
            raise Unclean("not an id")
        return text

    def date(self, value: Any) -> PartialDate:
        kind = type(value)
        if kind is not int and kind is not str:  # not a bool, nor a float equal to a year
            raise Unclean("not a date")
        day = self.dates.get(value)  # an int and a str are never equal: the key is the value as written
        if day is not None:
            return day
        written = str(value)
        # a year written plain is read as its digits, as written: of the core schema's other readings, only an
        # int may pass
        if kind is str and value[:1] in _CHECK_FIRST and _RESOLVES.fullmatch(value) and not _INT.fullmatch(value):
            raise Unclean("a date the core schema may read otherwise")
        try:
            day = parse_date(written)
        except ValueError:
            raise Unclean("not a date") from None
        self.dates[value] = day  # one object for each date written, shared by every record that gives it
        return day

    def timeline_date(self, value: Any) -> PartialDate:
        day = self.date(value)
        self.dated.append(day)
        return day

    def number(self, value: Any) -> float:
        if type(value) is not int and type(value) is not float:
            raise Unclean("not a number")
        if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE or (value and abs(value) < MIN_MAGNITUDE):
            raise Unclean("a number out of range")
        return float(value)

    def boolean(self, value: Any) -> bool:
        if type(value) is not bool:
            raise Unclean("not true or false")
        return value

    def enum(self, cls: type[T], value: Any) -> T:
        members = self.members.get(cls)
        if members is None:
            members = self.members[cls] = {str(m.value): m for m in cls}  # type: ignore[attr-defined]
        member = members.get(value) if type(value) is str else None  # a name as written: no space to strip
        if member is not None:
            return member  # type: ignore[no-any-return]
        member = members.get(self.string(value))
        if member is None:
            raise Unclean("not one of the names")
        return member  # type: ignore[no-any-return]

    def colour(self, value: Any) -> str:
        text = self.string(value)
        if not _COLOUR_RE.match(text):
            raise Unclean("not a colour")
        return text.upper()

    def text(self, value: Any, limit: int = MAX_SHORT_TEXT, lines: bool = False) -> Text:
        if type(value) is not dict:
            return Text(self.string(value, limit, lines))
        self.nodes += len(value)
        values: dict[str, str] = {}
        draft = NO_DRAFT
        for key, item in value.items():
            if key == "draft":
                draft = frozenset(self.language_list(item)) or NO_DRAFT
            elif key in self.languages:  # self.string, inlined: this is the most frequent value there is
                if type(item) is not str or (item[:1] in _CHECK_FIRST and _RESOLVES.fullmatch(item)):
                    raise Unclean("not text, or text the core schema may read otherwise")
                text = item.strip()
                if not text or len(text) > limit or (not lines and "\n" in text):
                    raise Unclean("blank, too long or with a line break")
                values[key] = text
            else:
                raise Unclean("not a language code")
        english = values.get("en")
        if english is None:
            raise Unclean("no English")
        return Text(english, values.get("kk"), values.get("ru"), draft)  # the codes are checked above

    def long_text(self, value: Any) -> Text:
        return self.text(value, MAX_LONG_TEXT, lines=True)

    def optional_text(self, rec: dict[str, Any], key: str, long: bool = False) -> Text | None:
        value = rec.get(key)
        if value is None:
            return None
        return self.text(value, MAX_LONG_TEXT, True) if long else self.text(value)

    def language_list(self, value: Any) -> list[str]:
        codes = [self.string(item) for item in self.items_of(value)]
        if not self.languages.issuperset(codes):
            raise Unclean("not a language code")
        return [_intern(code) for code in codes]

    # -- references and shared records -----------------------------------------------------------------------
    def ref(self, kind: str, value: Any) -> str:
        target = _intern(self.ident(value))  # a reference is the same few ids again and again: one copy each
        self.refs[kind].add(target)
        return target

    def refs_to(self, kind: str, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        items = self.items_of(value)
        try:  # the same few lists of ids again and again: one tuple each (a key only of valid ids is stored)
            key = (kind, *items)
            known = self.memo.get(key)
        except TypeError:  # a mapping or a list among the ids: refused below
            key, known = None, None
        if known is not None:
            return known  # type: ignore[no-any-return]
        targets = tuple([_intern(self.ident(item)) for item in items])
        self.refs[kind].update(targets)
        if key is not None:
            self.memo[key] = targets
        return targets

    _SOURCE_REF = frozenset(("source", "locator"))

    def source_ref(self, value: Any) -> SourceRef:
        """A source reference; the same one written again is the same object (a key only of valid values is
        stored: a str is never equal to another type)."""
        if type(value) is dict:
            rec = self.record(value, self._SOURCE_REF)
            key: Any = ("ref", rec.get("source"), rec.get("locator"))
        elif type(value) is str:
            key = value
        else:
            raise Unclean("not a source reference")
        try:
            known = self.memo.get(key)
        except TypeError:
            raise Unclean("a mapping or a list in a source reference") from None
        if known is not None:
            return known  # type: ignore[no-any-return]
        if type(value) is str:
            ref = SourceRef(self.ref("sources", value))
        else:
            if "source" not in value:
                raise Unclean("no source")
            locator = value.get("locator")
            ref = SourceRef(self.ref("sources", value["source"]), None if locator is None else self.string(locator))
        self.memo[key] = ref
        return ref

    def source_refs(self, value: Any) -> tuple[SourceRef, ...]:
        refs = tuple([self.source_ref(item) for item in self.items_of(value)])
        return self.memo.setdefault(refs, refs)  # type: ignore[no-any-return]  # the same few lists again and again

    def sources_of(self, rec: dict[str, Any]) -> tuple[SourceRef, ...]:
        if "sources" not in rec:
            raise Unclean("no sources")
        refs = self.source_refs(rec["sources"])
        if not refs:
            raise Unclean("no source cited")
        return refs

    _NOTE = frozenset(("text", "sources"))

    def notes(self, value: Any) -> tuple[Note, ...]:
        if value is None:
            return ()
        out = []
        for item in self.items_of(value):
            rec = self.record(item, self._NOTE)
            if "text" not in rec:
                raise Unclean("a note without text")
            sources = rec.get("sources")
            out.append(Note(self.long_text(rec["text"]), () if sources is None else self.source_refs(sources)))
        return tuple(out)

    def when(self, rec: dict[str, Any]) -> When:
        if "date" in rec:
            if "start" in rec or "end" in rec:
                raise Unclean("both a date and a span")
            when = When(self.timeline_date(rec["date"]))
        else:
            if "start" not in rec or "end" not in rec:
                raise Unclean("no date")
            start, end = self.timeline_date(rec["start"]), self.timeline_date(rec["end"])
            when = When(start, self.span(start, end))
        return self.memo.setdefault(when, when)  # type: ignore[no-any-return]  # many events share a date

    @staticmethod
    def span(start: PartialDate, end: PartialDate) -> PartialDate:
        if end.first_day() < start.first_day():
            raise Unclean("a span that ends before it starts")
        return end

    def optional(self, rec: dict[str, Any], key: str, convert: Callable[[Any], T]) -> T | None:
        value = rec.get(key)
        return None if value is None else convert(value)

    @staticmethod
    def required(rec: dict[str, Any], *keys: str) -> None:
        for key in keys:
            if key not in rec:
                raise Unclean("a required field is missing")

    # -- collections -----------------------------------------------------------------------------------------
    def add_file(self, root: Any) -> None:
        if type(root) is not dict:
            raise Unclean("not a mapping")
        self.nodes += len(root)
        for name, value in root.items():
            if name == "timeline":
                self.read_timeline(value)
            elif name in self.items:
                self.add_entries(name, value)
            else:
                raise Unclean("an unknown section")

    def add_entries(self, name: str, value: Any) -> None:
        entries = self.items_of(value)
        found = self.items[name]
        if len(found) + len(entries) > (MAX_SECTORS if name == "sectors" else MAX_ENTRIES):
            raise Unclean("more entries than the limit")
        reader = getattr(self, f"read_{name}")
        for entry in entries:
            item = reader(entry)
            if item.id in found:
                raise Unclean("a duplicate id")
            found[item.id] = item

    _TIMELINE = frozenset(("title", "start", "end", "languages", "other_lane"))

    def read_timeline(self, value: Any) -> None:
        if self.info is not None:
            raise Unclean("a second timeline section")
        rec = self.record(value, self._TIMELINE)
        self.required(rec, "title", "start", "end")
        title = self.text(rec["title"])
        start, end = self.timeline_date(rec["start"]), self.timeline_date(rec["end"])
        languages = tuple(self.optional(rec, "languages", self.language_list) or ("en",))
        other_lane = self.optional_text(rec, "other_lane")
        self.info = TimelineInfo(title, start, self.span(start, end), languages, other_lane)

    _SOURCE = frozenset(("id", "title", "publisher", "date", "url", "kind"))

    def read_sources(self, value: Any) -> Source:
        rec = self.record(value, self._SOURCE)
        self.required(rec, "id", "title")
        return Source(self.ident(rec["id"]), self.string(rec["title"]),
                      publisher=self.optional(rec, "publisher", self.string),
                      date=self.optional(rec, "date", self.date),
                      url=self.optional(rec, "url", lambda v: self.string(v, MAX_URL)),
                      kind=self.optional(rec, "kind", lambda v: self.enum(SourceKind, v)))

    _SECTOR = frozenset(("id", "name", "colour", "spiid_priority"))

    def read_sectors(self, value: Any) -> Sector:
        rec = self.record(value, self._SECTOR)
        self.required(rec, "id", "name", "colour")
        return Sector(self.ident(rec["id"]), self.text(rec["name"]), self.colour(rec["colour"]),
                      spiid_priority=bool(self.optional(rec, "spiid_priority", self.boolean)))

    _COMPANY = frozenset(("id", "name", "legal_form", "city", "products", "partner", "founded", "sectors",
                          "sources", "notes"))

    def read_companies(self, value: Any) -> Company:
        rec = self.record(value, self._COMPANY)
        self.required(rec, "id", "name")
        return Company(self.ident(rec["id"]), self.text(rec["name"]), self.sources_of(rec),
                       legal_form=self.optional_text(rec, "legal_form"), city=self.optional_text(rec, "city"),
                       products=self.optional_text(rec, "products", long=True),
                       partner=self.optional_text(rec, "partner", long=True),
                       founded=self.optional(rec, "founded", self.date),
                       sectors=self.refs_to("sectors", rec.get("sectors")), notes=self.notes(rec.get("notes")))

    _POINT = frozenset(("date", "start", "end", "value"))

    def series_point(self, value: Any) -> SeriesPoint:
        rec = self.record(value, self._POINT)
        when = self.when(rec)
        self.required(rec, "value")
        return SeriesPoint(when, self.number(rec["value"]))

    _FIGURE = frozenset(("id", "label", "value", "qualifier", "unit", "noun", "date", "start", "end", "series",
                         "track", "sources", "notes"))

    def read_figures(self, value: Any) -> Figure:
        rec = self.record(value, self._FIGURE)
        self.required(rec, "id", "label", "unit")
        number = self.optional(rec, "value", self.number)
        series_value = rec.get("series")
        series = () if series_value is None else tuple([self.series_point(p) for p in self.items_of(series_value)])
        if number is None and not series and "series" not in rec:
            raise Unclean("a figure without a value")
        if len(series) > MAX_POINTS:
            raise Unclean("too many points")
        if any(b.when.first_day() < a.when.first_day() for a, b in zip(series, series[1:], strict=False)):
            raise Unclean("points out of order")
        return Figure(self.ident(rec["id"]), self.text(rec["label"]), self.enum(Unit, rec["unit"]), self.when(rec),
                      self.sources_of(rec), value=number,
                      qualifier=self.optional(rec, "qualifier", lambda v: self.enum(Qualifier, v)),
                      noun=self.optional_text(rec, "noun"), series=series,
                      track=bool(self.optional(rec, "track", self.boolean)), notes=self.notes(rec.get("notes")))

    _QUOTE = frozenset(("text", "by", "source"))

    def quote(self, value: Any) -> Quote:
        rec = self.record(value, self._QUOTE)
        self.required(rec, "text", "by")
        return Quote(self.long_text(rec["text"]), self.text(rec["by"]), self.optional(rec, "source", self.source_ref))

    _EVENT = frozenset(("id", "title", "label", "date", "start", "end", "kind", "priority", "summary", "quote",
                        "sectors", "companies", "figures", "sources", "notes"))

    def read_events(self, value: Any) -> Event:
        rec = self.record(value, self._EVENT)
        self.required(rec, "id", "title", "kind", "summary")
        priority = rec.get("priority")
        if priority is None:
            priority = 2
        elif type(priority) is not int or not 1 <= priority <= 3:
            raise Unclean("not a priority")
        label = self.optional_text(rec, "label")
        if label is not None:
            for lang, text in label.values.items():
                limit = LABEL_LIMITS.get(lang)
                if limit is not None and len(text) > limit:
                    raise Unclean("a label too long (a warning)")
        return Event(self.ident(rec["id"]), self.text(rec["title"]), self.when(rec), self.enum(EventKind, rec["kind"]),
                     self.long_text(rec["summary"]), self.sources_of(rec), priority=priority,
                     quote=self.optional(rec, "quote", self.quote),
                     sectors=self.refs_to("sectors", rec.get("sectors")),
                     companies=self.refs_to("companies", rec.get("companies")),
                     figures=self.refs_to("figures", rec.get("figures")), notes=self.notes(rec.get("notes")),
                     label=label)

    _ERA = frozenset(("id", "title", "start", "end", "sources"))

    def read_eras(self, value: Any) -> Era:
        rec = self.record(value, self._ERA)
        self.required(rec, "id", "title", "start")
        start = self.timeline_date(rec["start"])
        end = self.optional(rec, "end", self.timeline_date)
        return Era(self.ident(rec["id"]), self.text(rec["title"]), start, self.sources_of(rec),
                   end=None if end is None else self.span(start, end))

    _STOP = frozenset(("event", "caption"))
    _TOUR = frozenset(("id", "title", "stops"))

    def read_tours(self, value: Any) -> Tour:
        rec = self.record(value, self._TOUR)
        self.required(rec, "id", "title", "stops")
        stops = []
        for item in self.items_of(rec["stops"]):
            stop = self.record(item, self._STOP)
            self.required(stop, "event", "caption")
            stops.append(TourStop(self.ref("events", stop["event"]), self.text(stop["caption"])))
        if not stops or len(stops) > MAX_STOPS:
            raise Unclean("no stops, or too many")
        return Tour(self.ident(rec["id"]), self.text(rec["title"]), tuple(stops))

    # -- whole-set checks ------------------------------------------------------------------------------------
    def finish(self) -> Timeline:
        if self.info is None:
            raise Unclean("no timeline section")
        for kind, targets in self.refs.items():
            if not targets <= self.items[kind].keys():
                raise Unclean("an unknown reference")
        first, last = self.info.start.first_day(), self.info.end.last_day()
        if any(day.last_day() < first or day.first_day() > last for day in set(self.dated)):
            raise Unclean("a date outside the range")
        timeline = Timeline(info=self.info, sources=self.items["sources"], sectors=self.items["sectors"],
                            companies=self.items["companies"], figures=self.items["figures"],
                            events=list(self.items["events"].values()), eras=list(self.items["eras"].values()),
                            tours=list(self.items["tours"].values()))
        if timeline.events and any(count.too_few for count in sector_counts(timeline)):
            raise Unclean("a nearly empty priority lane (a warning)")
        return timeline


def build(datas: list[tuple[str, bytes]], progress: Progress, split_above: int, items_per_piece: int,
          start: float = 0.0) -> Timeline:
    """The timeline of clean files (name, bytes), in the loader's order; `Unclean` when not sure. A file larger
    than `split_above` bytes is cut into pieces of `items_per_piece` entries as the node path cuts it (its
    parser's tree takes about 150 bytes a node: a whole 100,000-event file's would take 250 MB). Progress runs
    from `start` to 0.97, by bytes."""
    if ryml is None:
        raise Unclean("rapidyaml is not installed")
    builder = FastBuilder()
    total = max(1, sum(len(data) for _name, data in datas))
    done = 0
    for name, data in datas:
        size = len(data)
        progress(start + (0.97 - start) * done / total, f"Reading {name}")
        clean = check_bytes(data)
        del data
        head, pieces = split_lists(clean, items_per_piece) if size > split_above else (clean, [])
        del clean
        value, nodes = parse(head)
        before = builder.nodes
        builder.add_file(value)
        _same_count(builder.nodes - before, nodes)
        del value, head
        piece_total, piece_done = max(1, sum(len(piece) for _n, piece in pieces)), 0
        for n, (section, piece) in enumerate(pieces):
            pieces[n] = ("", b"")
            value, nodes = parse(piece)
            before = builder.nodes
            builder.add_entries(section, value)
            _same_count(builder.nodes - before, nodes)
            piece_done += len(piece)
            del value, piece
            progress(start + (0.97 - start) * (done + size * piece_done / piece_total) / total, f"Reading {name}")
        done += size
    progress(0.97, "Checking references")
    return builder.finish()


_SECTION = re.compile(rb"\n(" + b"|".join(name.encode() for name in COLLECTIONS[1:]) + rb"):(?: +#[^\n]*| *)\n")
"""A section's key alone on its line (a comment after it needs a space before its '#': `events:#` is a key)."""
_NEXT_TOP = re.compile(rb"\n[^ \n#-]")  # a line at column 0 that starts something else
_FIRST_ITEM = re.compile(rb"\n( *)-[ \n]")


def split_lists(data: bytes, items_per_piece: int) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The file with its large block lists of entries replaced by `name: []`, and those lists in pieces of
    `items_per_piece` entries, as (section name, bytes). Every pattern starts with a line break, so that each is
    a quick search for it (the node path's `split_sections` looks at every character, which takes 2 s at 100,000
    events). A cut is only made where an entry starts at the list's indentation; a cut that a list could not
    take (inside a multi-line quoted text, say) leaves an unterminated text or collection in some piece, which
    rapidyaml refuses: the node path then reads the file."""
    pieces: list[tuple[str, bytes]] = []
    out: list[bytes] = []
    position = 0
    data = b"\n" + data  # every line starts after a line break (a blank first line changes nothing)
    for key in _SECTION.finditer(data):
        if key.start() < position:
            continue
        body_start = key.end()
        following = _NEXT_TOP.search(data, body_start - 1)
        body_end = following.start() + 1 if following else len(data)
        first = _FIRST_ITEM.search(data, body_start - 1, body_end)
        if first is None or data[body_start:first.start() + 1].strip(b" \n"):
            continue  # something before the first entry that is not blank: leave the section whole
        indent = len(first.group(1))
        if indent and re.compile(rb"\n(?: {0,%d}[^ \n#-]| {0,%d}-)" % (indent, indent - 1)).search(
                data, first.start(), body_end):
            continue  # a line less indented than the entries: not a plain list
        starts = [m.start() + 1 for m in re.compile(rb"\n {%d}-[ \n]" % indent).finditer(data, first.start(), body_end)]
        if len(starts) <= items_per_piece:
            continue
        name = key.group(1).decode()
        for n in range(0, len(starts), items_per_piece):
            end = starts[n + items_per_piece] if n + items_per_piece < len(starts) else body_end
            pieces.append((name, data[starts[n]:end]))
        out.append(data[position:key.start(1)])
        out.append(name.encode() + b": []\n")
        position = body_end
    out.append(data[position:])
    return b"".join(out), pieces


def _same_count(read: int, parsed: int) -> None:
    """JSON keeps one value of a duplicate key, so the nodes read are one fewer than the nodes parsed (the
    document's root is not counted by the reader)."""
    if read != parsed - 1:
        raise Unclean("a duplicate key")
