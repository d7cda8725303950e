"""Problems found in data files, reported the way compilers do: `FILE:LINE:COL: error: message`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kztimeline.data.printable import printable


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # for information: a file skipped on purpose, a check left out because of an earlier error


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem at a place in a file; `line` and `column` are 1-based, None when the whole file is meant.
    `root` marks a root cause (a file that could not be read, decoded or parsed): it is listed before the rest,
    which may only be its consequences. As a string, control characters in the path and message are escaped."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: Severity = Severity.ERROR
    root: bool = False

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}:{self.column or 1}"
        return printable(f"{where}: {self.severity}: {self.message}")

    def _replace_line(self, offset: int) -> Problem:
        """The same problem in a piece that starts `offset` lines into its file."""
        return Problem(self.path, self.message, None if self.line is None else self.line + offset, self.column,
                       self.severity, self.root)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[bool, str, int, int]:
        """Root causes first, then by file and position."""
        return (not self.root, self.path, self.line or 0, self.column or 0)
