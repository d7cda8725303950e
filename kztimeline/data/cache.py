"""The validated load cache: a load without errors is kept, keyed by a hash of everything it was made from, so
that opening the same data again skips parsing and validation.

The key hashes this format's version, the package's version, the loader's and the model's own source code, the
path as given (problems name files by it), the folder listing's notes, and every data file's name and bytes
(the bytes are read anyway; hashing 40 MB takes about 0.03 s). Any change of content, a renamed, added or
removed file, or another version of the program makes another key, so an entry is never stale. An entry holds
the model and the load's problems (warnings and notes are reported again, identically), with a checksum of its
payload: an unreadable, truncated, corrupt or foreign entry is a miss, and the data is read again. The model is
kept with each distinct date, source reference and list of ids once, in tables the events refer to by number,
so the model read back shares them as a first load's does. Only the few most recently used entries are kept. A
cache folder that cannot be read or written never stops a load.

Where: `$KZTIMELINE_CACHE_DIR` if set, else the platform's user cache folder (`$XDG_CACHE_HOME` or `~/.cache` on
Linux, `%LOCALAPPDATA%` on Windows, `~/Library/Caches` on macOS), in `kztimeline/loads`. Deleting it is safe.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import msgspec

import kztimeline
from kztimeline.data.problems import Problem, Severity
from kztimeline.model import (
    Company,
    Era,
    Event,
    EventKind,
    Figure,
    Note,
    Quote,
    Sector,
    Source,
    SourceRef,
    Text,
    Timeline,
    TimelineInfo,
    Tour,
    When,
)

FORMAT = 3
"""Bump when the entry layout changes (a change of the model or the loader changes the key by itself)."""
KEEP = 4
"""Entries kept: the most recently used."""
SUFFIX = ".kzload"
_MAGIC = b"KZTLOAD\n"
_DIGEST = 32  # bytes of a SHA-256


class _Event(msgspec.Struct, frozen=True, gc=False, array_like=True):
    """An event as an entry keeps it: its date and its lists of references are numbers in the entry's tables, so
    that an opened-again model shares them as a first load's does (decoding each in place made 100,000 events'
    model 45 MB larger: a date, a list of references and a string per id for every event)."""

    id: str
    title: Text
    when: int  # in _Entry.dates
    kind: EventKind
    summary: Text
    sources: int  # in _Entry.ref_lists
    priority: int
    quote: Quote | None
    sectors: int  # these three in _Entry.id_lists
    companies: int
    figures: int
    notes: tuple[Note, ...]
    label: Text | None


assert _Event.__struct_fields__ == Event.__struct_fields__, "an event's fields changed: change _Event with them"


class _Entry(msgspec.Struct, frozen=True, gc=False, array_like=True):
    key: str
    info: TimelineInfo
    sources: list[Source]
    sectors: list[Sector]
    companies: list[Company]
    figures: list[Figure]
    dates: list[When]
    refs: list[SourceRef]
    ref_lists: list[tuple[int, ...]]  # numbers in refs
    id_lists: list[tuple[str, ...]]
    events: list[_Event]
    eras: list[Era]
    tours: list[Tour]
    problems: list[tuple[str, str, int | None, int | None, Severity, bool]]


class _Table(dict[Any, int]):
    """Each distinct value's number, in the order first given."""

    def __missing__(self, value: Any) -> int:
        number = self[value] = len(self)
        return number


def _tabled(entry_key: str, timeline: Timeline, problems: list[Problem]) -> _Entry:
    dates, refs, ref_lists, id_lists = _Table(), _Table(), _Table(), _Table()
    events = [_Event(e.id, e.title, dates[e.when], e.kind, e.summary,
                     ref_lists[tuple([refs[r] for r in e.sources])], e.priority, e.quote, id_lists[e.sectors],
                     id_lists[e.companies], id_lists[e.figures], e.notes, e.label) for e in timeline.events]
    return _Entry(entry_key, timeline.info, list(timeline.sources.values()), list(timeline.sectors.values()),
                  list(timeline.companies.values()), list(timeline.figures.values()), list(dates), list(refs),
                  list(ref_lists), list(id_lists), events, timeline.eras, timeline.tours,
                  [_problem_row(p) for p in problems])


def _events(entry: _Entry) -> list[Event]:
    dates, ids, refs = entry.dates, entry.id_lists, entry.refs
    ref_lists = [tuple([refs[r] for r in row]) for row in entry.ref_lists]
    return [Event(e.id, e.title, dates[e.when], e.kind, e.summary, ref_lists[e.sources], e.priority, e.quote,
                  ids[e.sectors], ids[e.companies], ids[e.figures], e.notes, e.label) for e in entry.events]


_ENCODER = msgspec.msgpack.Encoder()
_DECODER = msgspec.msgpack.Decoder(_Entry)


def folder() -> Path:
    """The cache folder (it may not exist yet)."""
    given = os.environ.get("KZTIMELINE_CACHE_DIR")
    if given:
        return Path(given)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache")
    return base / "kztimeline" / "loads"


def _code_fingerprint() -> bytes:
    """The loader's and the model's source, so that a changed check never meets an entry the old one made (in a
    bundle without sources, the package version stands for it)."""
    digest = hashlib.sha256()
    for package in ("data", "model"):
        here = Path(kztimeline.__file__).parent / package
        with contextlib.suppress(OSError):
            for path in sorted(here.glob("*.py")):
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


_CODE = _code_fingerprint()


def key(root: str, files: Iterable[tuple[str, bytes]], listing: Iterable[Problem]) -> str:
    """The entry key of the data at `root`: its files as (name, bytes) in load order, and the folder listing's
    problems (notes about skipped files)."""
    digest = hashlib.sha256()
    digest.update(f"kztimeline load cache {FORMAT}\0{kztimeline.__version__}\0".encode())
    digest.update(_CODE)
    digest.update(root.encode("utf-8", "surrogateescape") + b"\0")
    for problem in listing:
        digest.update(repr(_problem_row(problem)).encode("utf-8", "surrogateescape") + b"\0")
    for name, data in files:
        digest.update(b"file\0" + name.encode("utf-8", "surrogateescape") + b"\0" + str(len(data)).encode() + b"\0")
        digest.update(data)
    return digest.hexdigest()


def _problem_row(p: Problem) -> tuple[str, str, int | None, int | None, Severity, bool]:
    return (p.path, p.message, p.line, p.column, p.severity, p.root)


def _path(entry_key: str) -> Path:
    return folder() / f"{entry_key[:40]}{SUFFIX}"


def get(entry_key: str) -> tuple[Timeline, list[Problem]] | None:
    """The timeline and problems stored under `entry_key`, or None (no entry, or one that cannot be trusted)."""
    path = _path(entry_key)
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except (OSError, ValueError):
        return None
    head = len(_MAGIC) + _DIGEST
    if len(data) <= head or not data.startswith(_MAGIC):
        return None
    payload = memoryview(data)[head:]
    if hashlib.sha256(payload).digest() != data[len(_MAGIC):head]:
        return None  # truncated or damaged
    try:
        entry = _DECODER.decode(payload)
    except (msgspec.DecodeError, ValueError, TypeError):
        return None  # another layout under the same name: never served
    if entry.key != entry_key:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used
    try:
        events = _events(entry)
    except IndexError:
        return None  # a number outside its table: not an entry this code wrote
    timeline = Timeline(info=entry.info, sources={s.id: s for s in entry.sources},
                        sectors={s.id: s for s in entry.sectors}, companies={c.id: c for c in entry.companies},
                        figures={f.id: f for f in entry.figures}, events=events, eras=entry.eras,
                        tours=entry.tours)
    return timeline, [Problem(*row) for row in entry.problems]


def put(entry_key: str, timeline: Timeline, problems: list[Problem]) -> None:
    """Store a load that had no errors; a cache that cannot be written is left alone (the load still stands)."""
    if any(p.is_error for p in problems):
        return
    payload = _ENCODER.encode(_tabled(entry_key, timeline, problems))
    path = _path(entry_key)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".kzload-", suffix=".part",
                                         delete=False) as stream:
            tmp = stream.name
            stream.write(_MAGIC + hashlib.sha256(payload).digest())
            stream.write(payload)
        os.replace(tmp, path)
        tmp = None
        _prune(path.parent)
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _prune(where: Path) -> None:
    """Keep the KEEP most recently used entries."""
    entries = []
    for path in where.glob(f"*{SUFFIX}"):
        with contextlib.suppress(OSError):
            entries.append((path.stat().st_mtime_ns, path))
    entries.sort(reverse=True)
    for _mtime, path in entries[KEEP:]:
        with contextlib.suppress(OSError):
            path.unlink()


def clear() -> None:
    """Remove every entry (and any temporary file a killed write left)."""
    where = folder()
    for pattern in (f"*{SUFFIX}", ".kzload-*.part"):
        for path in where.glob(pattern):
            with contextlib.suppress(OSError):
                path.unlink()
