"""Safe YAML reading that keeps every value's position: bytes -> UTF-8 text -> a node tree with line marks.

Only plain YAML gets through: no Python object tags, and timestamps stay strings so that dates keep the
precision they were written with. Size is bounded before parsing; alias reuse is caught while walking the tree.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import yaml

from kztimeline.data.problems import Problem

MAX_FILE_BYTES = 32 * 1024 * 1024
"""A file larger than this is refused: far above any real timeline (100,000 events take about 25 MB)."""

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _PlainLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A safe loader whose implicit types are only str, int, float, bool and null (no timestamps, no merge)."""


_PlainLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag.rsplit(":", 1)[-1] in {"bool", "int", "float", "null"}]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

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


def compose(path: str, text: str, problems: list[Problem]) -> yaml.Node | None:
    """Parse YAML text into a node tree; report a syntax error at its position, an empty file as such."""
    loader = _PlainLoader(text)
    try:
        node = loader.get_single_node()
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
