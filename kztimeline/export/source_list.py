"""A poster's numbered source list: entries in balanced columns, the number in bold with a hanging indent, each
entry as a museum prints it (publisher, title, date, address), wrapped between words (addresses after a slash)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kztimeline.export.poster import SourceEntry


@dataclass(frozen=True, slots=True)
class PlacedEntry:
    number: str
    lines: tuple[str, ...]
    column: int
    y: float


def entry_text(entry: SourceEntry) -> str:
    """`Publisher. Title. Date. address`; the publisher is left out when the title begins with it."""
    publisher = "" if entry.title.lower().startswith(entry.publisher.lower()) else entry.publisher
    parts = [p.strip().rstrip(".") for p in (publisher, entry.title, entry.date) if p and p.strip()]
    text = ". ".join(parts) + "."
    if entry.address:
        text += " " + entry.address
    return text


def _pieces(text: str) -> list[str]:
    """Words, with long addresses cut after '/', '-' or '_' so that they can wrap."""
    out: list[str] = []
    for word in text.split():
        if len(word) > 24 and ("/" in word or "." in word):
            out.extend(p for p in re.split(r"(?<=[/_\-.?&=])", word) if p)
            out[-1] += " "
        else:
            out.append(word + " ")
    if out:
        out[-1] = out[-1].rstrip()
    return out


def wrap(text: str, width: float, metrics: QFontMetricsF) -> list[str]:
    lines: list[str] = []
    current = ""
    for piece in _pieces(text):
        candidate = current + piece
        if current and metrics.horizontalAdvance(candidate.rstrip()) > width:
            lines.append(current.rstrip())
            current = piece
            while metrics.horizontalAdvance(current.rstrip()) > width and len(current) > 1:  # a very long word
                cut = max(1, int(len(current) * width / max(1.0, metrics.horizontalAdvance(current))))
                lines.append(current[:cut])
                current = current[cut:]
        else:
            current = candidate
    if current.strip():
        lines.append(current.rstrip())
    return lines


class SourceList(QWidget):
    """The numbered sources, painted as plain text runs in `columns` columns of balanced height."""

    def __init__(self, entries: list[SourceEntry], font: QFont, colour: str, number_colour: str,
                 columns: int) -> None:
        super().__init__()
        self.entries = entries
        self.font_ = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.colour, self.number_colour = QColor(colour), QColor(number_colour)
        self.columns = max(1, columns)
        self.gutter = QFontMetricsF(font).height() * 1.6
        self.max_height: float | None = None  # a sheet fills each column to this height before the next
        self._placed: tuple[int, list[PlacedEntry], float] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def indent(self) -> float:
        return QFontMetricsF(self.bold).horizontalAdvance(f"{max((e.number for e in self.entries), default=0)}  ")

    def column_width(self, width: float) -> float:
        return (width - (self.columns - 1) * self.gutter) / self.columns

    def fill(self, width: int, height: float) -> int:
        """How many entries, in order, fit in `height` when each column is filled to the bottom before the next."""
        metrics = QFontMetricsF(self.font_)
        line_h = metrics.lineSpacing()
        text_w = max(20.0, self.column_width(width) - self.indent)
        column, y = 0, 0.0
        for n, entry in enumerate(self.entries):
            h = len(wrap(entry_text(entry), text_w, metrics)) * line_h + line_h * 0.25
            if y + h > height:
                column, y = column + 1, 0.0
                if column >= self.columns:
                    return n
            y += h
        return len(self.entries)

    def place(self, width: int) -> tuple[list[PlacedEntry], float]:
        """Where each entry goes at `width`, and the height of the tallest column."""
        if self._placed is not None and self._placed[0] == width:
            return self._placed[1], self._placed[2]
        metrics = QFontMetricsF(self.font_)
        line_h = metrics.lineSpacing()
        text_w = max(20.0, self.column_width(width) - self.indent)
        wrapped = [wrap(entry_text(e), text_w, metrics) for e in self.entries]
        heights = [len(lines) * line_h + line_h * 0.25 for lines in wrapped]
        total = sum(heights)
        target = total / self.columns if self.max_height is None else self.max_height - line_h * 1.25
        placed: list[PlacedEntry] = []
        column, y, tallest = 0, 0.0, 0.0
        for entry, lines, h in zip(self.entries, wrapped, heights, strict=True):
            if y > 0 and y + h / 2 > target * 1.0 + line_h and column < self.columns - 1:
                column, y = column + 1, 0.0
            placed.append(PlacedEntry(str(entry.number), tuple(lines), column, y))
            y += h
            tallest = max(tallest, y)
        self._placed = (width, placed, tallest)
        return placed, tallest

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return int(self.place(width)[1]) + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = max(self.width(), 800)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, 0)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        placed, _ = self.place(self.width())
        metrics = QFontMetricsF(self.font_)
        line_h, ascent = metrics.lineSpacing(), metrics.ascent()
        col_w = self.column_width(self.width())
        for entry in placed:
            x = entry.column * (col_w + self.gutter)
            painter.setFont(self.bold)
            painter.setPen(self.number_colour)
            painter.drawText(QPointF(x, entry.y + ascent), entry.number)
            painter.setFont(self.font_)
            painter.setPen(self.colour)
            for n, line in enumerate(entry.lines):
                painter.drawText(QPointF(x + self.indent, entry.y + n * line_h + ascent), line)
        painter.end()

    def text_lines(self) -> list[str]:
        """What the list shows, an entry per line (for tests and accessibility)."""
        placed, _ = self.place(max(1, self.width()))
        return [f"{e.number} {' '.join(e.lines)}" for e in placed]


def columns_for(width_px: float, font: QFont) -> int:
    """As many columns as leave each about 55 average characters wide."""
    char = QFontMetricsF(font).averageCharWidth()
    return max(1, int(width_px // (58 * char)))

