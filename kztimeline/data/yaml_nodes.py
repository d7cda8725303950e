"""Safe YAML reading that keeps every value's position: bytes -> UTF-8 text -> a node tree with line marks.

Only plain YAML gets through: no Python object tags, and timestamps stay strings so that dates keep the
precision they were written with. Size is bounded before parsing; alias reuse is caught while walking the tree.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from kztimeline.data.problems import Problem

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A file larger than this is refused: far above any real timeline (100,000 synthetic events take about 40 MB)."""

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _PlainLoader(_BaseLoader):  # type: ignore[misc]  # PyYAML's loaders are untyped
    """A safe loader whose implicit types are only str, int, float, bool and null (no timestamps, no merge)."""


_PlainLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag.rsplit(":", 1)[-1] in {"bool", "int", "float", "null"}]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_RESOLVERS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: tuple(resolvers) for first, resolvers in _PlainLoader.yaml_implicit_resolvers.items()
}
assert None not in _RESOLVERS  # no resolver applies to every first character
_STR: str = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
_SEQ: str = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
_MAP: str = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG


def _resolve(self: object, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
    """PyYAML's resolve without its per-call list building and path machinery (we use neither): the C parser
    calls this for every node, so it is a third of the parse time."""
    if kind is yaml.ScalarNode:
        if implicit[0]:
            for tag, regexp in _RESOLVERS.get(value[:1], ()):
                if regexp.match(value):
                    return tag
        return _STR
    return _SEQ if kind is yaml.SequenceNode else _MAP


_PlainLoader.resolve = _resolve
_ALIAS_RE = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]", re.MULTILINE)


def may_have_aliases(text: str) -> bool:
    """False when the text certainly has no anchor or alias, so that walking the tree need not track reuse.
    (A '&' or '*' starting a word inside a quoted string also answers True: only slower, never wrong.)"""
    return _ALIAS_RE.search(text) is not None

PLAIN_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq")
}


def read_bytes(path: Path, problems: list[Problem]) -> bytes | None:
    """Read a file, but never more than the size limit plus one byte (a huge file or a device is not read)."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        problems.append(Problem(str(path), f"cannot read: {exc.strerror or exc}"))
        return None
    if len(data) > MAX_FILE_BYTES:
        problems.append(Problem(str(path), f"file is larger than the limit of {MAX_FILE_BYTES:,} bytes "
                                           f"({MAX_FILE_BYTES / 2**20:g} MiB); a real timeline is far smaller"))
        return None
    return data


def read_text(path: str, data: bytes, problems: list[Problem]) -> str | None:
    """Decode a file's bytes as UTF-8, reporting the first bad byte's line and column (in characters)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", errors="replace")) + 1
        problems.append(Problem(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
                                line, column))
        return None
    return text.removeprefix("\ufeff")


def compose(path: str, text: str, problems: list[Problem], line_offset: int = 0) -> yaml.Node | None:
    """Parse YAML text into a node tree; report a syntax error at its position, an empty file as such.
    `line_offset` is the number of lines before `text` when it is a piece of a larger file."""
    before = len(problems)
    node = _compose(path, text, problems)
    if line_offset:
        problems[before:] = [p._replace_line(line_offset) for p in problems[before:]]
    return node


def _compose(path: str, text: str, problems: list[Problem]) -> yaml.Node | None:
    loader = _PlainLoader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = f"YAML syntax: {exc.problem or exc.context}"
        if exc.context and exc.problem:
            message = f"YAML syntax: {exc.problem} ({exc.context})"
        if mark is None:
            problems.append(Problem(path, message))
        else:
            problems.append(Problem(path, message, mark.line + 1, mark.column + 1))
        return None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, such as a control character
        before = text[: exc.position]
        if _BaseLoader is not yaml.SafeLoader:  # libyaml counts bytes of the UTF-8 text, not characters
            before = text.encode("utf-8")[: exc.position].decode("utf-8", errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        code = _code(exc.character)
        kind = "control character" if unicodedata.category(chr(code)) == "Cc" else "character"
        problems.append(Problem(path, f"{kind} U+{code:04X} is not allowed in YAML text", line, column))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(path, f"YAML: {' '.join(str(exc).split())}"))
        return None
    finally:
        loader.dispose()
    if node is None:
        problems.append(Problem(path, "file is empty: it holds no YAML data", 1, 1))
    return node


def _code(character: str | int) -> int:
    return character if isinstance(character, int) else ord(character)


def scalar_value(node: yaml.ScalarNode) -> object:
    """The Python value of a plain scalar node (str, int, float, bool or None)."""
    kind = node.tag.rsplit(":", 1)[-1]
    if kind == "str":
        return node.value
    return _SCALAR_CONSTRUCTORS[kind](node)


_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_SCALAR_CONSTRUCTORS = {
    "int": _CONSTRUCTOR.construct_yaml_int,
    "float": _CONSTRUCTOR.construct_yaml_float,
    "bool": _CONSTRUCTOR.construct_yaml_bool,
    "null": _CONSTRUCTOR.construct_yaml_null,
}


_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(?:#.*)?$", re.MULTILINE)
_NEXT_TOP = re.compile(r"^[^ \t\n#-]", re.MULTILINE)  # a line at column 0 that starts something else
_FIRST_ITEM = re.compile(r"^( *)-(?: |$)", re.MULTILINE)


def split_sections(text: str, names: tuple[str, ...], items_per_piece: int) -> tuple[str, list[tuple[str, int, str]]]:
    """Cut the large block-style lists of a file into pieces of `items_per_piece` entries, so that a large
    file is parsed piece by piece (bounded memory, visible progress). Returns the file with those lists
    emptied (`name: []`, line numbers kept) and the pieces as (section name, lines before it, text).
    A section that is not a plain block list of entries is left whole."""
    pieces: list[tuple[str, int, str]] = []
    out: list[str] = []
    position = 0
    for key in _TOP_KEY.finditer(text):
        if key.start() < position or key.group(1) not in names:
            continue
        body_start = key.end() + 1
        following = _NEXT_TOP.search(text, body_start)
        body_end = following.start() if following else len(text)
        first = _FIRST_ITEM.search(text, body_start, body_end)
        if first is None or text[body_start:first.start()].strip(" \n"):
            continue  # something before the first entry that is not blank: leave the section whole
        indent = len(first.group(1))
        item = re.compile(rf"^ {{{indent}}}-(?: |$)", re.MULTILINE)
        shallower = re.compile(rf"^ {{0,{indent}}}(?! )(?!-(?: |$))(?!#)(?!$)", re.MULTILINE)
        if indent and shallower.search(text, first.start(), body_end):
            continue  # a line less indented than the entries: not a plain list
        starts = [m.start() for m in item.finditer(text, first.start(), body_end)]
        if len(starts) <= items_per_piece:
            continue
        line = text.count("\n", 0, starts[0])
        for n in range(0, len(starts), items_per_piece):
            a = starts[n]
            b = starts[n + items_per_piece] if n + items_per_piece < len(starts) else body_end
            piece = text[a:b]
            pieces.append((key.group(1), line, piece))
            line += piece.count("\n")
        out.append(text[position:key.start()])
        out.append(f"{key.group(1)}: []" + "\n" * text.count("\n", key.start(), body_end))
        position = body_end
    out.append(text[position:])
    return "".join(out), pieces
