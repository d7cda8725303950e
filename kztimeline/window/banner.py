"""The banner above the timeline when the data could not be loaded: a heading and the first problems, as plain
text. Built once; new data replaces its text, so nothing that holds it goes stale."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from kztimeline.data import Problem
from kztimeline.ui.detail_panel import plain_label

MAX_BANNER_LINES = 8


class DataBanner(QFrame):
    """Above the timeline when the data could not be loaded: a heading and the first problems, plain text."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        self.heading = plain_label("", "bannerHeading")
        self.lines = plain_label("", "bannerLines")
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        self.problems: list[Problem] = []
        self.kept = False  # the problems are a reload's (--watch): the last good data is still shown
        self.hide()

    def set_problems(self, problems: list[Problem], kept: bool = False) -> None:
        """Root causes first (a file that could not be read), then the other errors, then warnings and notes;
        each line with its control characters escaped (str(Problem) does that)."""
        problems = sorted(problems, key=lambda p: (not p.root, not p.is_error))
        self.problems, self.kept = problems, kept
        shown = [str(p) for p in problems[:MAX_BANNER_LINES]]
        if len(problems) > MAX_BANNER_LINES:
            shown.append(f"… (+{len(problems) - MAX_BANNER_LINES}: kztimeline validate)")
        self.lines.setText("\n".join(shown))
        self.setVisible(any(p.is_error for p in problems))
        self.retranslate()

    def retranslate(self) -> None:
        errors = sum(1 for p in self.problems if p.is_error)
        if self.kept:
            self.heading.setText(self.tr("The changed data has %n problem(s); the last valid data is still shown. "
                                         "It reloads when the file is saved again.", "", errors))
        else:
            self.heading.setText(self.tr("The data could not be loaded: %n problem(s) found. Fix the file and open "
                                         "it again.", "", errors))
        self.setAccessibleName(self.tr("Data problems"))
