"""The bar under the timeline: a toggle per lane (which hides or shows it) and "Show all". It follows the view
state and keeps no copy of what is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from kztimeline.model import Timeline
from kztimeline.timeline.lanes import POLICY_LANE
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Field, ViewState
from kztimeline.ui.formatting import display, other_lane_name, plain_tooltip
from kztimeline.ui.theme import THEMES, readable_on


class SectorLegend(QWidget):
    """One checkable button per lane in drawing order; unchecking one hides that lane in the state."""

    def __init__(self, state: ViewState, show_all: Callable[[], None]) -> None:
        super().__init__()
        self.state = state
        self.setObjectName("legend")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self._layout.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("muted")
        self._layout.addWidget(self.title)
        self.buttons: dict[str, QToolButton] = {}
        self._names: dict[str, str] = {}  # each lane's whole name in the current language
        self.show_all_button = QPushButton()
        self.show_all_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # the chips give way
        self.show_all_button.clicked.connect(show_all)
        self._layout.addWidget(self.show_all_button)
        self.timeline: Timeline | None = None
        state.subscribe(self._on_state)

    def set_timeline(self, timeline: Timeline, prepared: Prepared) -> None:
        """Buttons for the lanes this data has (the rest of the bar stays)."""
        self.timeline = timeline
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for n, lane in enumerate(prepared.lanes):
            button = QToolButton()
            # the lanes share the bar's width: a narrow window shortens every name alike (the tooltip is whole)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            button.setMinimumWidth(40)
            button.setCheckable(True)
            button.setProperty("lane", lane.key)
            button.toggled.connect(self._on_toggled)
            self._layout.insertWidget(1 + n, button, 1)
            self.buttons[lane.key] = button
        self.restyle()
        self.retranslate()
        self.sync()

    def restyle(self) -> None:
        if self.timeline is None:
            return
        theme = THEMES[self.state.theme]
        for key, button in self.buttons.items():
            colour = theme.policy if key == POLICY_LANE else self.timeline.sectors[key].colour
            button.setStyleSheet(
                f"QToolButton {{ border-radius: 12px; padding: 4px 10px; border: 2px solid {colour}; }}"
                f"QToolButton:checked {{ background: {colour}; color: {readable_on(colour)}; }}")

    def sync(self) -> None:
        hidden = self.state.hidden_lanes
        for key, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(key not in hidden)
            button.blockSignals(False)

    def _on_toggled(self) -> None:
        self.state.set_hidden_lanes(frozenset(k for k, b in self.buttons.items() if not b.isChecked()))

    def _on_state(self, changed: frozenset[Field]) -> None:
        if "hidden_lanes" in changed:
            self.sync()
        if "theme" in changed:
            self.restyle()

    def retranslate(self) -> None:
        if self.timeline is None:
            return
        lang = self.state.lang
        self.title.setText(self.tr("Sectors:"))
        for key, button in self.buttons.items():
            if key == POLICY_LANE:
                name = other_lane_name(self.timeline, lang)
            else:
                name = display(self.timeline.sectors[key].name, lang)
            self._names[key] = name
            button.setText(name)
            button.setAccessibleName(self.tr("Show sector %1").replace("%1", name))
            button.setToolTip(plain_tooltip(name + "\n" + self.tr("Show or hide this sector's lane")))
        self.show_all_button.setText(self.tr("Show all"))
        self.show_all_button.setAccessibleName(self.tr("Show all sectors and clear highlighting"))
        self.fit_names()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit_names()

    def fit_names(self) -> None:
        """Whole names where the bar has room; else every chip its name's first word ("Metallurgy", "Energy"),
        which a visitor still recognises, instead of each name cut in its middle ("Me...ds"); the tooltip and
        the accessible name stay whole."""
        if not self.buttons or self.width() <= 0:
            return
        room = self.width() - self.title.sizeHint().width() - self.show_all_button.sizeHint().width() - 40
        room -= self._layout.spacing() * (len(self.buttons) + 2)
        metrics = self.fontMetrics()

        def needs(names: list[str]) -> int:
            return sum(metrics.horizontalAdvance(name) + 28 for name in names)

        whole = [self._names.get(key, "") for key in self.buttons]
        short = [first_word(name) for name in whole]
        texts = whole if needs(whole) <= room else short
        tight = needs(texts) > room  # then the "Sectors:" heading gives its room to the chips
        self.title.setVisible(not tight)
        if tight:
            room += self.title.sizeHint().width() + self._layout.spacing()
        # the bar is shared in proportion to what each name needs, so when even the first words do not all fit,
        # each loses the same share (a long word is not cut while a short one has room to spare)
        for button, text in zip(self.buttons.values(), texts, strict=True):
            button.setText(text)
            self._layout.setStretchFactor(button, metrics.horizontalAdvance(text) + 28)


def first_word(name: str) -> str:
    """A sector's name shortened to its first word, without a trailing comma: 'Chemical, pharmaceutical ...' ->
    'Chemical'; 'Oil refining and ...' -> 'Oil refining' when the first word is too short to say much."""
    words = name.split()
    if not words:
        return name
    short = words[0].rstrip(",;:")
    if len(short) <= 3 and len(words) > 1:
        short = f"{short} {words[1].rstrip(',;:')}"
    return short
