"""The event list: a table of date, title and sectors over the timeline's events, through Qt's model/view.

It is the accessible way through the content: every event, in order, readable by keyboard and screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kztimeline.model import Timeline
from kztimeline.timeline.lanes import lane_of
from kztimeline.timeline.state import Field, ViewState
from kztimeline.ui.formatting import display, format_when, plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    DATE, TITLE, SECTORS = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("EventTableModel", "Date"), QT_TRANSLATE_NOOP("EventTableModel", "Event"),
               QT_TRANSLATE_NOOP("EventTableModel", "Sectors"))

    def __init__(self, timeline: Timeline, state: ViewState, parent: object = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.state = state
        self.rows: list[int] = self._rows()  # event indices shown, in order
        self._unsubscribe = state.subscribe(self._on_state)

    @property
    def lang(self) -> str:
        return self.state.lang

    def _rows(self) -> list[int]:
        """The events of the shown lanes, narrowed to the highlighted ones (a search or a company)."""
        highlight, hidden = self.state.highlight, self.state.hidden_lanes
        events = self.timeline.events
        candidates = sorted(highlight.events) if highlight is not None else range(len(events))
        if not hidden:
            return list(candidates)
        return [i for i in candidates if lane_of(events[i]) not in hidden]

    def _on_state(self, changed: frozenset[Field]) -> None:
        if changed & {"highlight", "hidden_lanes", "lang"}:
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self._rows()
        self.endResetModel()

    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.refresh()

    def row_of(self, event_index: int) -> int | None:
        try:
            return self.rows.index(event_index)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EventTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self.timeline.events[self.rows[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return format_when(event.when, self.lang)
            if column == self.TITLE:
                return display(event.title, self.lang)
            return ", ".join(display(self.timeline.sectors[s].name, self.lang) for s in event.sectors) or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(display(event.summary, self.lang))  # a summary is never markup
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return display(event.summary, self.lang)
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()]
        return None
