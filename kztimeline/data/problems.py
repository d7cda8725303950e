"""Problems found in data files, reported the way compilers do: `FILE:LINE:COL: error: message`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem at a place in a file; `line` and `column` are 1-based, None when the whole file is meant."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}:{self.column or 1}"
        return f"{where}: {self.severity}: {self.message}"

    def _replace_line(self, offset: int) -> Problem:
        """The same problem in a piece that starts `offset` lines into its file."""
        return Problem(self.path, self.message, None if self.line is None else self.line + offset, self.column,
                       self.severity)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR
