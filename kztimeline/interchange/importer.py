"""`kztimeline import`: a TimelineJS file in, a checked data folder out, and the report of what stayed behind."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kztimeline.data.problems import Problem
from kztimeline.interchange import timelinejs, writer
from kztimeline.interchange.convert import Imported, convert


@dataclass
class Prepared:
    """An import ready to write: the YAML and what the loader said of it, or the problems that stop it."""

    imported: Imported | None
    content: bytes = b""
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.imported is not None and not any(p.is_error for p in self.problems)


def prepare(source: Path) -> Prepared:
    """Read `source`, convert it and check the result with the loader; nothing is written."""
    slides, problems = timelinejs.read(source)
    if slides is None:
        return Prepared(None, problems=problems)
    imported, more = convert(slides)
    problems += more
    if imported is None:
        return Prepared(None, problems=problems)
    content = writer.to_yaml(imported.data, source.name)
    result = writer.checked(content)
    if result.timeline is None:  # a fault of the import, not of the file: said as such, nothing written
        problems += [Problem(str(source), f"the import came out invalid (a bug in kztimeline import): {p.message}")
                     for p in result.errors]
        return Prepared(None, problems=problems)
    return Prepared(imported, content, problems)
