"""Reading TimelineJS3's two formats into slides: its JSON (`{"title": slide, "events": [...], "eras": [...]}`)
and the CSV of its Google Sheets template (the columns in `slides.COLUMNS`).

Problems come back as `FILE:LINE:COL` problems: a JSON syntax error where `json` reports it, a JSON value where
it was written (positions from a small walk over the text that `json` has already accepted), a CSV cell at its
line and column even when an earlier cell of the row holds line breaks.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, but missing from typeshed
from pathlib import Path
from typing import Any

from kztimeline.data.problems import Problem
from kztimeline.data.yaml_nodes import read_bytes, read_text
from kztimeline.interchange.slides import COLUMNS, Slide, SlideFile

SUFFIXES = (".json", ".csv")
_WS = re.compile(r"[ \t\n\r]*")
_TIME_KEYS = ("hour", "minute", "second", "millisecond")
_DATE_KEYS = ("year", "month", "day", "display_date", "format", *_TIME_KEYS)
_SLIDE_KEYS = ("start_date", "end_date", "text", "media", "group", "display_date", "background", "type",
               "unique_id", "autolink")


def read(path: Path) -> tuple[SlideFile | None, list[Problem]]:
    """The slides of a TimelineJS JSON or CSV file (by its suffix), or None and the problems that stop it."""
    problems: list[Problem] = []
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return None, [Problem(str(path), "not a TimelineJS file: give a .json or .csv file", root=True)]
    data = read_bytes(path, problems)
    if data is not None and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a spreadsheet program's byte order mark
    text = read_text(str(path), data, problems) if data is not None else None
    if text is None:
        return None, problems
    slides = _read_json(str(path), text, problems) if suffix == ".json" else _read_csv(str(path), text, problems)
    if any(p.is_error for p in problems):
        return None, problems
    return SlideFile(str(path), suffix[1:], slides), problems


# -- JSON ------------------------------------------------------------------------------------------------------
def _positions(text: str) -> dict[tuple[str | int, ...], int]:
    """The offset at which every value of a valid JSON text starts, by its path of keys and indices."""
    found: dict[tuple[str | int, ...], int] = {}
    decoder = json.JSONDecoder()

    def value(i: int, path: tuple[str | int, ...]) -> int:
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
        found[path] = i
        opening = text[i]
        if opening in "{[":
            closing, index = ("}" if opening == "{" else "]"), 0
            i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
            while text[i] != closing:
                if opening == "{":
                    key, i = scanstring(text, i + 1)
                    i = _WS.match(text, i).end() + 1  # type: ignore[union-attr]  # past ':'
                    i = value(i, (*path, key))
                else:
                    i = value(i, (*path, index))
                    index += 1
                i = _WS.match(text, i).end()  # type: ignore[union-attr]
                if text[i] == ",":
                    i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
            return i + 1
        return decoder.raw_decode(text, i)[1]

    value(0, ())
    return found


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _read_json(path: str, text: str, problems: list[Problem]) -> list[Slide]:
    try:
        root = json.loads(text)
        offsets = _positions(text)
    except json.JSONDecodeError as exc:
        problems.append(Problem(path, f"not valid JSON: {exc.msg}", exc.lineno, exc.colno, root=True))
        return []
    except RecursionError:
        problems.append(Problem(path, "the JSON is nested too deeply to read", root=True))
        return []

    def place(*keys: str | int) -> tuple[int, int]:
        return _line_col(text, offsets.get(keys, 0))

    def error(message: str, *keys: str | int) -> None:
        problems.append(Problem(path, message, *place(*keys)))

    if not isinstance(root, dict):
        error("a TimelineJS file holds an object with 'events' (and optionally 'title' and 'eras')")
        return []
    if "events" not in root and "timeline" in root:
        error("this is a TimelineJS 2 file (its slides are under 'timeline'); TimelineJS 3's JSON, which this reads, "
              "has 'events': open it in TimelineJS 3's editor or convert it first", "timeline")
        return []
    if not isinstance(root.get("events"), list):
        error("a TimelineJS file needs an 'events' list", *(("events",) if "events" in root else ()))
        return []
    slides: list[Slide] = []
    sections: list[tuple[str, list[Any] | None, str]] = [
        ("title", [root["title"]] if "title" in root else None, "title"),
        ("events", root["events"], ""), ("eras", root.get("eras"), "era")]
    for name, entries, kind in sections:
        if entries is None:
            continue
        if not isinstance(entries, list):
            error(f"'{name}' must be a list of slides", name)
            continue
        for index, entry in enumerate(entries):
            keys: tuple[str | int, ...] = (name,) if name == "title" else (name, index)
            slide = _json_slide(entry, keys, place, error)
            if slide is not None:
                if kind:
                    slide.values["Type"] = kind
                slides.append(slide)
    if slides:
        slides[0].unsupported += [key for key in root if key not in ("title", "events", "eras", "scale")]
    return slides


def _text_of(value: Any) -> str | None:
    """A JSON scalar as the text a spreadsheet cell would hold; None for what cannot be one (a list, a map)."""
    if value is None:
        return ""
    if isinstance(value, bool | dict | list):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _json_slide(entry: Any, keys: tuple[str | int, ...], place: Any, error: Any) -> Slide | None:
    where = ".".join(str(k) if isinstance(k, str) else f"[{k}]" for k in keys).replace(".[", "[")
    if not isinstance(entry, dict):
        error("a slide must be an object", *keys)
        return None
    values: dict[str, str] = {}
    places: dict[str, tuple[int, int]] = {"": place(*keys)}
    unsupported: list[str] = []

    def take(column: str, *sub: str) -> None:
        node: Any = entry
        for key in sub:
            if not isinstance(node, dict) or key not in node:
                return
            node = node[key]
        text = _text_of(node)
        if text is None:
            error(f"{'.'.join(sub)} must be a single value, not {type(node).__name__}", *keys, *sub)
            return
        if text.strip():
            values[column] = text
            places[column] = place(*keys, *sub)

    for prefix, date_key in (("", "start_date"), ("End ", "end_date")):
        date = entry.get(date_key)
        if date is None:
            continue
        if not isinstance(date, dict):
            error(f"{date_key} must be an object with a 'year'", *keys, date_key)
            continue
        take(prefix + "Year", date_key, "year")
        take(prefix + "Month", date_key, "month")
        take(prefix + "Day", date_key, "day")
        times = [str(date[k]) for k in _TIME_KEYS if _text_of(date.get(k))]
        if times:
            values[prefix + "Time"] = ":".join(times)
            places[prefix + "Time"] = place(*keys, date_key)
        if prefix == "":
            take("Display Date", date_key, "display_date")
        unsupported += [f"{date_key}.{k}" for k in date if k not in _DATE_KEYS]
        if _text_of(date.get("format")):
            unsupported.append(f"{date_key}.format")
    take("Display Date", "display_date")
    take("Headline", "text", "headline")
    take("Text", "text", "text")
    take("Media", "media", "url")
    take("Media Credit", "media", "credit")
    take("Media Caption", "media", "caption")
    take("Media Thumbnail", "media", "thumbnail")
    take("Group", "group")
    take("Type", "type")
    for sub in ("url", "color"):
        if isinstance(entry.get("background"), dict) and _text_of(entry["background"].get(sub)):
            values["Background"] = str(entry["background"][sub])
    for part in ("text", "media"):
        if isinstance(entry.get(part), dict):
            known = ("headline", "text") if part == "text" else ("url", "credit", "caption", "thumbnail")
            unsupported += [f"{part}.{k}" for k in entry[part] if k not in known and _text_of(entry[part][k])]
    unsupported += [k for k in entry if k not in _SLIDE_KEYS and entry[k] not in (None, "", {}, [])]
    if _text_of(entry.get("unique_id")):
        unsupported.append("unique_id")
    return Slide(values, places, where, unsupported)


# -- CSV -------------------------------------------------------------------------------------------------------
def _cell_starts(raw: str) -> list[tuple[int, int]]:
    """(line offset within the record, column) where each cell of one raw CSV record starts (RFC 4180 quoting)."""
    starts = [(0, 1)]
    line, col, quoted, i = 0, 1, False, 0
    while i < len(raw):
        char = raw[i]
        if quoted:
            if char == '"' and raw[i + 1:i + 2] == '"':
                i, col = i + 1, col + 1
            elif char == '"':
                quoted = False
        elif char == '"':
            quoted = True
        elif char == ",":
            starts.append((line, col + 1))
        if char == "\n":
            line, col = line + 1, 0
        i, col = i + 1, col + 1
    return starts


def _records(text: str) -> Iterator[tuple[int, list[str], list[tuple[int, int]]]]:
    """Each CSV record: its first line number, its cells and where each cell starts (line, column)."""
    consumed: list[str] = []

    def lines() -> Iterator[str]:
        for line in text.splitlines(keepends=True):
            consumed.append(line)
            yield line

    reader = csv.reader(lines(), strict=True)
    first = 1
    for row in reader:
        raw = "".join(consumed)
        consumed.clear()
        yield first, row, [(first + dl, c) for dl, c in _cell_starts(raw.rstrip("\r\n"))]
        first = reader.line_num + 1


def _read_csv(path: str, text: str, problems: list[Problem]) -> list[Slide]:
    records = _records(text)
    try:
        for line, header, _starts in records:  # noqa: B007 (the header's line is used below)
            if any(cell.strip() for cell in header):
                break
        else:
            problems.append(Problem(path, "the file is empty", root=True))
            return []
        names = [cell.strip() for cell in header]
        lowered = {c.lower(): c for c in COLUMNS}
        columns = [lowered.get(n.lower(), n) for n in names]
        missing = [c for c in ("Year", "Headline") if c not in columns]
        if missing:
            problems.append(Problem(path, f"not TimelineJS's spreadsheet: the first row names no "
                                          f"{' or '.join(missing)} column (the template's columns are: "
                                          f"{', '.join(COLUMNS)})", line, 1, root=True))
            return []
        slides = []
        for line, row, starts in records:
            if not any(cell.strip() for cell in row):
                continue
            values: dict[str, str] = {}
            places: dict[str, tuple[int, int]] = {"": (line, 1)}
            unsupported: list[str] = []
            for index, cell in enumerate(row):
                if index >= len(columns):
                    if cell.strip():
                        problems.append(Problem(path, f"a cell beyond the {len(columns)} named columns",
                                                *starts[min(index, len(starts) - 1)]))
                    continue
                if not cell.strip():
                    continue
                if columns[index] in COLUMNS:
                    values[columns[index]] = cell
                    places[columns[index]] = starts[min(index, len(starts) - 1)]
                else:
                    unsupported.append(names[index])
            slides.append(Slide(values, places, f"line {line}", unsupported))
        return slides
    except csv.Error as exc:
        problems.append(Problem(path, f"not a readable CSV file: {exc}", root=True))
        return []
