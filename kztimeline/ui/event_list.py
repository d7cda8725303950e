"""The event list: a table of date, title and sectors over the timeline's events, through Qt's model/view.

It is the accessible way through the content: every event, in order, readable by keyboard and screen reader.

The model holds only the shown events' indices (an array); a row's texts are made when Qt asks for a cell, so
100,000 events cost one array, and a search narrows the list without building anything per row. The columns
have fixed widths worked out from the font (the date column as wide as the widest date the language writes),
never measured from the cells: measuring thousands of cells on every change was most of a click's time.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from kztimeline.model import PartialDate, Timeline, When
from kztimeline.timeline.lanes import Lane
from kztimeline.timeline.state import Field, ViewState, sorted_events
from kztimeline.ui.formatting import display, format_when, plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    DATE, TITLE, SECTORS = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("EventTableModel", "Date"), QT_TRANSLATE_NOOP("EventTableModel", "Event"),
               QT_TRANSLATE_NOOP("EventTableModel", "Sectors"))

    def __init__(self, timeline: Timeline, state: ViewState, lanes: Sequence[Lane], parent: object = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.state = state
        self._lanes(lanes)
        self.rows: np.ndarray = self._rows()  # event indices shown, ascending
        self._unsubscribe = state.subscribe(self._on_state)

    @property
    def lang(self) -> str:
        return self.state.lang

    def _lanes(self, lanes: Sequence[Lane]) -> None:
        """Each event's lane, as a number into `lane_keys`: hiding lanes filters the rows as one array step."""
        self.lane_keys = [lane.key for lane in lanes]
        self.lane_of = np.zeros(len(self.timeline.events), dtype=np.int16)
        for number, lane in enumerate(lanes):
            self.lane_of[np.asarray(lane.points, dtype=np.int64)] = number
            self.lane_of[np.asarray(lane.spans, dtype=np.int64)] = number

    def _rows(self) -> np.ndarray:
        """The events of the shown lanes, narrowed to the highlighted ones (a search or a company; a search's
        matches are already the sorted array, taken as they are)."""
        highlight, hidden = self.state.highlight, self.state.hidden_lanes
        candidates = np.arange(len(self.timeline.events)) if highlight is None else sorted_events(highlight.events)
        if not hidden:
            return candidates
        shown = np.array([key not in hidden for key in self.lane_keys], dtype=bool)
        return candidates[shown[self.lane_of[candidates]]] if len(shown) else candidates[:0]

    def _on_state(self, changed: frozenset[Field]) -> None:
        if changed & {"highlight", "hidden_lanes"}:
            self.refresh()
        elif "lang" in changed:  # the same rows in other words
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
            if len(self.rows):
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.HEADERS) - 1))

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self._rows()
        self.endResetModel()

    def set_timeline(self, timeline: Timeline, lanes: Sequence[Lane]) -> None:
        self.timeline = timeline
        self._lanes(lanes)
        self.refresh()

    def row_of(self, event_index: int) -> int | None:
        row = int(np.searchsorted(self.rows, event_index))
        return row if row < len(self.rows) and self.rows[row] == event_index else None

    def event_at(self, row: int) -> int:
        return int(self.rows[row])

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
        event_index = int(self.rows[index.row()])
        event = self.timeline.events[event_index]
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
            return event_index
        return None


DateKind = tuple[int, int]  # how precise a date's start and end are: 1 year, 2 month, 3 day (0: no end)


def date_kinds(timeline: Timeline) -> set[DateKind]:
    """Which kinds of date the events have (a day, a month, a period of years...)."""
    return {(3 if w.start.day is not None else 2 if w.start.month is not None else 1,
             0 if w.end is None else 3 if w.end.day is not None else 2 if w.end.month is not None else 1)
            for w in (event.when for event in timeline.events)}


def widest_dates(kinds: set[DateKind]) -> list[When]:
    """Dates as long as any of these kinds can be: each kind in every month, at a two-digit day; the widest,
    written in a language, sizes the date column."""
    def date(precision: int, month: int) -> PartialDate:
        return PartialDate(2000, month if precision >= 2 else None, 28 if precision == 3 else None)

    return [When(date(start, month), date(end, month) if end else None) for start, end in sorted(kinds)
            for month in range(1, 13)]


class EventTable(QTableView):
    """The list's view: rows of one height, the date column as wide as the widest date of the kinds the events
    have (a period of days is far wider than a year), the title stretching,
    the sectors a fixed share; widths follow the font and the language, never the cells."""

    SECTORS_EMS = 19  # the sectors column, in ems of the list's font (280 px at 15 px)

    def __init__(self, model: EventTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.list_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(EventTableModel.DATE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(EventTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EventTableModel.SECTORS, QHeaderView.ResizeMode.Interactive)
        self._kinds = date_kinds(model.timeline)
        self.fit_columns()
        model.state.subscribe(self._on_state)

    def _on_state(self, changed: frozenset[Field]) -> None:
        if "lang" in changed or "data" in changed:
            if "data" in changed:
                self._kinds = date_kinds(self.list_model.timeline)
            self.fit_columns()

    def fit_columns(self) -> None:
        """Column widths and the row height from the font: the widest date in the current language, a share
        for the sectors; the title takes the rest (elided at its end when longer)."""
        metrics = QFontMetrics(self.font())
        pad = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 12
        lang = self.list_model.lang
        model = self.list_model
        heading = max(metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal)))
                      for c in range(len(model.HEADERS)))
        date = max((metrics.horizontalAdvance(format_when(when, lang)) for when in widest_dates(self._kinds)),
                   default=0)
        header = self.horizontalHeader()
        header.resizeSection(EventTableModel.DATE, max(date, heading) + pad)
        header.resizeSection(EventTableModel.SECTORS, self.SECTORS_EMS * QFontInfo(self.font()).pixelSize())
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # larger text: wider columns, taller rows
            self.fit_columns()
