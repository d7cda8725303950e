"""Text that is safe to echo: every value shown on a terminal or in the window's banner goes through `printable`.

A data file, a file name or a configuration value may hold control characters. Printed raw, `ESC [2J` clears
the terminal and can fake a clean result, a newline forges a line of its own, a bidirectional override reverses
what follows. `printable` shows each such character as an escape instead, in the style `kztimeline.files.
display_name` uses for file names: `\\e` for ESC, `\\xNN` for any other control character and for a byte of a
file name that was not UTF-8 (decoded with surrogateescape), `\\uNNNN` for a line or paragraph separator, a
bidirectional control or another surrogate. So printing never raises, and one line stays one line.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls and DEL, the line and paragraph separators, bidirectional embeddings, overrides and
# isolates, and surrogates (from file names that were not valid UTF-8)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x1B:
        return "\\e"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): the byte itself
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """`text` (converted with str) with every control, separator, bidirectional and surrogate character escaped."""
    return _UNSAFE.sub(_escape, str(text))


def is_unsafe(char: str) -> bool:
    """A character that `printable` would escape."""
    return _UNSAFE.fullmatch(char) is not None


_CONTROL_NAMES = {0x00: "NUL", 0x07: "BELL", 0x08: "BACKSPACE", 0x09: "TAB", 0x0A: "LINE FEED",
                  0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x9B: "CONTROL SEQUENCE INTRODUCER"}


def describe_char(char: str) -> str:
    """'U+001B (ESCAPE)'-style name of one character, for messages about characters that are not allowed."""
    name = _CONTROL_NAMES.get(ord(char)) or unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")
