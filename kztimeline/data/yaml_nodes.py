"""Safe YAML reading that keeps every value's position: bytes -> UTF-8 text -> a node tree with line marks.

Only plain YAML gets through: no Python object tags, and timestamps stay strings so that dates keep the
precision they were written with. Size is bounded before parsing; alias reuse is caught while walking the tree.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

import yaml

from kztimeline.data.problems import Problem

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A file larger than this is refused: far above any real timeline (100,000 synthetic events take about 40 MB)."""

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _PlainLoader(_BaseLoader):  # type: ignore[misc]  # PyYAML's loaders are untyped
    """A safe loader whose plain scalars resolve by the YAML 1.2 core schema: null, bool, int, float, else str.

    PyYAML follows YAML 1.1, where `No`, `on` and `y` are booleans, `0100` is octal 64 and `1:20` is 80; the
    editor schema (JSON Schema, read by YAML 1.2 tools) takes them as text and decimals. With the core schema
    the loader and the editors agree: only true/false are booleans, and a number means what it says."""


_TAG = "tag:yaml.org,2002:"
_CORE_RESOLVERS = (  # YAML 1.2.2, 10.3.2: the tag resolution of the core schema
    (_TAG + "null", re.compile(r"^(?:~|null|Null|NULL|)$"), "~nN"),
    (_TAG + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    (_TAG + "int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), "-+0123456789"),
    (_TAG + "float", re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                                r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"), "-+.0123456789"),
)
_RESOLVERS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
for _tag, _regexp, _firsts in _CORE_RESOLVERS:
    for _first in _firsts:
        _RESOLVERS[_first] = (*_RESOLVERS.get(_first, ()), (_tag, _regexp))
_RESOLVERS[""] = ((_TAG + "null", _CORE_RESOLVERS[0][1]),)  # an empty plain value is null
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


def file_kind(mode: int) -> str | None:
    """What a file that is not a regular file is ('a FIFO (named pipe)'), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "a special file")


def os_reason(exc: OSError) -> str:
    """An OSError as a reader's reason, without the path Python repeats: 'permission denied'."""
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def read_bytes(path: Path, problems: list[Problem]) -> bytes | None:
    """Read a regular file, but never more than the size limit plus one byte. Anything else (a FIFO, a device,
    a socket, a folder) is reported without being read: opening a FIFO would wait forever for a writer, and
    reading a device might never end. The file is opened non-blocking and checked again once open, so a file
    swapped for a FIFO in between cannot block either."""
    name = str(path)
    data = b""
    try:
        info = os.stat(path)
        kind = file_kind(info.st_mode)
        if kind is None and info.st_size <= MAX_FILE_BYTES:
            with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as stream:
                kind = file_kind(os.fstat(stream.fileno()).st_mode)
                if kind is None:
                    data = stream.read(MAX_FILE_BYTES + 1)
        too_large = info.st_size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES
    except OSError as exc:
        problems.append(Problem(name, f"cannot read: {os_reason(exc)}", root=True))
        return None
    except ValueError as exc:  # a NUL character in the path
        problems.append(Problem(name, f"cannot read: {exc}", root=True))
        return None
    if kind is not None:
        problems.append(Problem(name, f"not a regular file but {kind}: only ordinary files are read", root=True))
        return None
    if too_large:
        problems.append(Problem(name, f"file is larger than the limit of {MAX_FILE_BYTES:,} bytes "
                                      f"({MAX_FILE_BYTES / 2**20:g} MiB); a real timeline is far smaller", root=True))
        return None
    return data


_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32 LE"), (codecs.BOM_UTF32_BE, "UTF-32 BE"),
         (codecs.BOM_UTF16_LE, "UTF-16 LE"), (codecs.BOM_UTF16_BE, "UTF-16 BE"))


def wide_encoding(data: bytes) -> str | None:
    """'UTF-16 LE (by its byte-order mark)' or '... (by its pattern of zero bytes)' for a UTF-16 or UTF-32
    file, None for anything else. YAML text never holds a zero byte, so zeros mean a wide encoding (or binary)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return f"{name} (found by its byte-order mark)"
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 4]
    if b"\0" not in sample:
        return None
    quarter = max(1, len(sample) // 4)
    zeros = [sample[i::4].count(0) / quarter for i in range(4)]
    if min(zeros[1:]) > 0.6 and zeros[0] < 0.4:
        name = "UTF-32 LE"
    elif min(zeros[:3]) > 0.6 and zeros[3] < 0.4:
        name = "UTF-32 BE"
    elif zeros[1] + zeros[3] > 0.5 and zeros[0] + zeros[2] < 0.2:
        name = "UTF-16 LE"
    elif zeros[0] + zeros[2] > 0.5 and zeros[1] + zeros[3] < 0.2:
        name = "UTF-16 BE"
    else:
        return None
    return f"{name} (found by its pattern of zero bytes; it has no byte-order mark)"


def _looks_cyrillic_8bit(data: bytes) -> bool:
    """Bytes that read as Russian or Kazakh text in Windows-1251, the usual 8-bit Cyrillic code page."""
    high = bytes(b for b in data[:65536] if b >= 0x80)
    if len(high) < 4:
        return False
    letters = sum(1 for c in high.decode("cp1251", errors="replace") if "\u0400" <= c <= "\u04ff")
    return letters >= 0.9 * len(high)


def read_text(path: str, data: bytes, problems: list[Problem]) -> str | None:
    """Decode a file's bytes as UTF-8, reporting the first bad byte's line and column (in characters). A UTF-16
    or UTF-32 file is named as such at its start, not reported at its first zero byte."""
    wide = wide_encoding(data)
    if wide is not None:
        problems.append(Problem(path, f"the file is {wide}, not UTF-8; save it as UTF-8", 1, 1, root=True))
        return None
    if b"\0" in data:
        at = data.index(b"\0")
        before = data[:at]
        line, column = before.count(b"\n") + 1, len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        problems.append(Problem(path, "the file holds zero bytes: it is binary, not UTF-8 text", line, column,
                                root=True))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", errors="replace")) + 1
        hint = "; it looks like Windows-1251 (Cyrillic)" if _looks_cyrillic_8bit(data) else ""
        problems.append(Problem(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x}){hint}; save the file as UTF-8",
                                line, column, root=True))
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
            problems.append(Problem(path, message, root=True))
        else:
            problems.append(Problem(path, message, mark.line + 1, mark.column + 1, root=True))
        return None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, such as a control character
        before = text[: exc.position]
        if _BaseLoader is not yaml.SafeLoader:  # libyaml counts bytes of the UTF-8 text, not characters
            before = text.encode("utf-8")[: exc.position].decode("utf-8", errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        code = _code(exc.character)
        kind = "control character" if unicodedata.category(chr(code)) == "Cc" else "character"
        problems.append(Problem(path, f"{kind} U+{code:04X} is not allowed in YAML text", line, column,
                                root=True))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(path, f"YAML: {' '.join(str(exc).split())}", root=True))
        return None
    finally:
        loader.dispose()
    if node is None:
        problems.append(Problem(path, "file is empty: it holds no YAML data", 1, 1, root=True))
    return node


def _code(character: str | int) -> int:
    return character if isinstance(character, int) else ord(character)


def scalar_value(node: yaml.ScalarNode) -> object:
    """The Python value of a plain scalar node (str, int, float, bool or None)."""
    kind = node.tag.rsplit(":", 1)[-1]
    if kind == "str":
        return node.value
    return _SCALAR_CONSTRUCTORS[kind](node)


def _int(node: yaml.ScalarNode) -> int:
    """YAML 1.2 core integers: decimal (leading zeros allowed, still decimal), 0o octal, 0x hexadecimal.
    Python refuses more than 4,300 digits with a ValueError, reported as an invalid number."""
    text = node.value
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16)
    return int(text, 10)


def _float(node: yaml.ScalarNode) -> float:
    text = node.value
    bare = text.lstrip("+-").lower()
    if bare in (".inf", ".nan"):
        value = float("nan") if bare == ".nan" else float("inf")
        return -value if text.startswith("-") else value
    return float(text)


def _bool(node: yaml.ScalarNode) -> bool:
    return bool(node.value.lower() == "true")


def _null(node: yaml.ScalarNode) -> None:
    return None


_SCALAR_CONSTRUCTORS: dict[str, Callable[[yaml.ScalarNode], object]] = {
    "int": _int, "float": _float, "bool": _bool, "null": _null,
}


_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*):(?:[ \t]+#.*|[ \t]*)$", re.MULTILINE)  # `events:#` is another key
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
