"""Reading YAML node trees into typed values, reporting each wrong value at its line and column.

`NodeReader` holds the generic converters (text, numbers, ids, enums, lists) and the safety checks (plain tags
only, no alias reuse, no duplicate keys); the timeline loader and the kiosk configuration build on it.
"""

from __future__ import annotations

import contextlib
import difflib
import enum
import math
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple, TypeVar

import yaml

from kztimeline.data.limits import MAX_ID, MAX_MAGNITUDE, MAX_SHORT_TEXT, MIN_MAGNITUDE
from kztimeline.data.printable import describe_char
from kztimeline.data.problems import Problem, Severity
from kztimeline.data.yaml_nodes import PLAIN_TAGS, scalar_value

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
ID_RE = re.compile(r"^[a-z][a-z0-9_-]*$")
# Characters a visitor's text may not hold: control characters (a line break and a tab only in long texts) and
# surrogates. YAML refuses them written raw, but a double-quoted string can still escape them in ("\e", "\0").
_NOT_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def shorten(value: str, limit: int = 40) -> str:
    """A value quoted in a message, cut to `limit` characters."""
    return value if len(value) <= limit else value[: limit - 3] + "..."


class Invalid(Exception):
    """A value was reported as wrong; the field it belonged to is skipped."""


def suggest(name: str, known: Iterable[str]) -> str:
    """'; did you mean 'x'?' for the closest of `known` to a mistyped `name`, or nothing."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


class Record:
    """One YAML mapping being read: reports unknown, duplicate and missing keys once, converts values."""

    def __init__(self, builder: NodeReader, node: yaml.Node, known: tuple[str, ...], what: str) -> None:
        self.builder = builder
        self.node = node
        self.what = what
        self.values: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        self.failed = False
        for key_node, value_node in builder.pairs(node):
            key = key_node.value
            if key not in known:
                builder.error(key_node, f"unknown field '{key}' in {what}{suggest(key, known)}")
            else:
                self.values[key] = (key_node, value_node)

    def has(self, key: str) -> bool:
        return key in self.values

    def value_node(self, key: str) -> yaml.Node:
        return self.values[key][1]

    def get(self, key: str, convert: Callable[[yaml.Node], T], required: bool = False) -> T | None:
        """The converted value of `key`; None when absent. A wrong value is reported and marks the record failed,
        so that one record's other problems are still reported before it is dropped."""
        if key not in self.values:
            if required:
                self.builder.error(self.node, f"{self.what} is missing the required field '{key}'")
                self.failed = True
            return None
        node = self.values[key][1]
        if required is False and is_null(node):
            return None
        try:
            return convert(node)
        except Invalid:
            self.failed = True
            return None

    def done(self) -> None:
        """Stop here if any field was wrong: the record is not built."""
        if self.failed:
            raise Invalid


def present(value: T | None) -> T:
    """A required value after `Record.done()` passed: the record reported any missing one and raised, so None
    here is a reader bug; it is still refused rather than built into a model object."""
    if value is None:
        raise Invalid
    return value


class Place(NamedTuple):
    path: str
    line: int
    column: int


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


class NodeReader:
    """Converts nodes to values for one file at a time (`path`), appending problems to `problems`."""

    def __init__(self, problems: list[Problem], path: str = "") -> None:
        self.problems = problems
        self.path = path
        self.seen: set[int] = set()
        self.track_aliases = True  # off for a file whose text has no anchor or alias at all
        self.line_offset = 0  # lines before the piece of the file being read (large files are read in pieces)

    # -- reporting and node access ---------------------------------------------------------------------------
    def place(self, node: yaml.Node) -> Place:
        """Where `node` is, kept as plain numbers so that the node tree can be freed."""
        mark = node.start_mark
        return Place(self.path, mark.line + 1 + self.line_offset, mark.column + 1)

    def error(self, node: yaml.Node, message: str, severity: Severity = Severity.ERROR) -> None:
        self.error_at(self.place(node), message, severity)

    def error_at(self, place: Place, message: str, severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(place.path, message, place.line, place.column, severity))

    def _check_plain(self, node: yaml.Node) -> None:
        if node.tag not in PLAIN_TAGS:
            self.error(node, f"YAML tag '{node.tag}' is not allowed: only plain data (text, numbers, lists, "
                             "mappings) is accepted")
            raise Invalid
        if self.track_aliases:
            if id(node) in self.seen:  # the composer hands out the same node again for an alias
                self.error(node, "anchors and aliases are not allowed: this value is used again through an alias")
                raise Invalid
            self.seen.add(id(node))

    def pairs(self, node: yaml.Node) -> list[tuple[yaml.ScalarNode, yaml.Node]]:
        self._check_plain(node)
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"expected a mapping (key: value pairs), found {describe(node)}")
            raise Invalid
        result = []
        keys: set[str] = set()
        for key_node, value_node in node.value:
            self._check_plain(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self.error(key_node, "a key must be plain text")
                continue
            if key_node.value in keys:
                self.error(key_node, f"duplicate key '{key_node.value}'")
                continue
            keys.add(key_node.value)
            result.append((key_node, value_node))
        return result

    def items_of(self, node: yaml.Node) -> list[yaml.Node]:
        self._check_plain(node)
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"expected a list, found {describe(node)}")
            raise Invalid
        return list(node.value)

    def scalar(self, node: yaml.Node) -> object:
        self._check_plain(node)
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, f"expected a single value, found {describe(node)}")
            raise Invalid
        try:
            return scalar_value(node)
        except (ValueError, KeyError, IndexError, TypeError, yaml.YAMLError):
            kind = {"int": "whole number", "float": "number"}.get(node.tag.rsplit(":", 1)[-1], "value")
            self.error(node, f"'{shorten(node.value)}' is not a valid {kind}")
            raise Invalid from None

    # -- value converters ------------------------------------------------------------------------------------
    def string(self, node: yaml.Node, limit: int = MAX_SHORT_TEXT, lines: bool = False) -> str:
        """Non-blank text of at most `limit` characters, without control characters (`lines`: line breaks and
        tabs allowed, for long texts)."""
        value = self.scalar(node)
        if not isinstance(value, str) or not value.strip():
            self.error(node, f"expected text, found {describe(node)}")
            raise Invalid
        value = value.strip()
        if len(value) > limit:
            self.error(node, f"this text has {len(value):,} characters; the limit for this field is {limit:,}")
            raise Invalid
        bad = (_NOT_IN_TEXT if lines else _NOT_IN_LINE).search(value)
        if bad is not None:
            where = "" if lines or bad.group() not in "\n\t" else " (a line break or tab only in long texts)"
            self.error(node, f"text may not hold the control character {describe_char(bad.group())}{where}")
            raise Invalid
        return value

    def ident(self, node: yaml.Node) -> str:
        value = self.string(node)
        if not ID_RE.match(value):
            self.error(node, f"'{shorten(value)}' is not a valid id: use lower-case letters, digits, '-' and '_', "
                             "starting with a letter")
            raise Invalid
        if len(value) > MAX_ID:
            self.error(node, f"this id has {len(value)} characters; an id has at most {MAX_ID}")
            raise Invalid
        return value

    def number(self, node: yaml.Node) -> float:
        """A finite number no larger than MAX_MAGNITUDE and, unless zero, no smaller than MIN_MAGNITUDE."""
        value = self.scalar(node)  # the core schema reads 8.1e12 as a number (YAML 1.1 wanted 8.1e+12)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(node, f"expected a number, found {describe(node)}")
            raise Invalid
        if isinstance(value, float) and not math.isfinite(value):
            self.error(node, f"'{shorten(str(getattr(node, 'value', value)))}' is not a number a visitor can read: "
                             "write a finite number")
            raise Invalid
        if abs(value) > MAX_MAGNITUDE:
            self.error(node, f"'{shorten(str(getattr(node, 'value', value)))}' is too large: a number is at most "
                             f"{MAX_MAGNITUDE:.0e}".replace("+", "") + " in magnitude")
            raise Invalid
        if value and abs(value) < MIN_MAGNITUDE:
            self.error(node, f"'{shorten(str(getattr(node, 'value', value)))}' is too small to show: a number "
                             f"other than 0 is at least {MIN_MAGNITUDE:.6f} in magnitude")
            raise Invalid
        return float(value)

    def boolean(self, node: yaml.Node) -> bool:
        value = self.scalar(node)
        if not isinstance(value, bool):
            self.error(node, f"expected true or false, found {describe(node)}")
            raise Invalid
        return value

    def enum(self, cls: type[E]) -> Callable[[yaml.Node], E]:
        def convert(node: yaml.Node) -> E:
            value = self.string(node)
            try:
                return cls(value)
            except ValueError:
                names = [str(m.value) for m in cls]
                self.error(node, f"'{shorten(value)}' is not one of: {', '.join(names)}{suggest(value, names)}")
                raise Invalid from None

        return convert

    def list_of(self, convert: Callable[[yaml.Node], T]) -> Callable[[yaml.Node], tuple[T, ...]]:
        def converted(node: yaml.Node) -> tuple[T, ...]:
            out = []
            for item in self.items_of(node):
                with contextlib.suppress(Invalid):  # reported where it was found; the other items still count
                    out.append(convert(item))
            return tuple(out)

        return converted



def describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    kind = node.tag.rsplit(":", 1)[-1]
    names = {"str": "text", "int": "a whole number", "float": "a number", "bool": "true/false", "null": "nothing"}
    shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    return f"{names.get(kind, kind)} '{shown}'" if kind != "null" else "nothing"
