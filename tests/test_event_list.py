"""The event list: rows are the shown events' indices (no object per row), narrowed by search and hidden lanes
as arrays; a language change keeps the rows; columns are sized from the font, never from the cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView

from kztimeline.timeline.lanes import lane_of
from kztimeline.ui.event_list import EventTableModel, date_kinds, widest_dates
from kztimeline.ui.formatting import format_when


@pytest.fixture
def window(make_window):
    return make_window(size=(1600, 1000))


def shown(model) -> list[int]:
    return [model.data(model.index(row, 0), Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]


def test_rows_follow_the_search_and_the_hidden_lanes_and_row_of_finds_them(qtbot, window) -> None:
    model, timeline = window.list_model, window.timeline
    assert shown(model) == list(range(len(timeline.events)))
    window.search_field.setText("plant")
    matches = window.prepared.search_index.search("plant")
    assert shown(model) == matches
    hidden = lane_of(timeline.events[matches[0]])
    window.state.set_hidden_lanes(frozenset({hidden}))
    expected = [i for i in matches if lane_of(timeline.events[i]) != hidden]
    assert shown(model) == expected
    assert model.row_of(matches[0]) is None
    assert [model.row_of(i) for i in expected] == list(range(len(expected)))
    window.highlight_company(next(iter(timeline.companies)))  # a highlight that is not a search: a set, sorted
    company = next(iter(timeline.companies))
    assert shown(model) == [i for i, e in enumerate(timeline.events) if company in e.companies
                            and lane_of(e) != hidden]


def test_a_language_change_keeps_the_rows_and_the_selection(qtbot, window) -> None:
    model = window.list_model
    index = window.timeline.index_of("tulpar-talgo-opens")
    window.select(index)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    window.set_language("ru")
    assert resets == []
    row = model.row_of(index)
    assert window.table.selectionModel().selectedRows()[0].row() == row
    assert model.data(model.index(row, 0)) == "9 декабря 2011 г."
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Дата"


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_the_date_column_holds_every_date_and_the_title_takes_the_rest(qtbot, window, lang) -> None:
    window.set_language(lang)
    table, model = window.table, window.list_model
    header = table.horizontalHeader()
    assert header.sectionResizeMode(EventTableModel.DATE) == QHeaderView.ResizeMode.Fixed
    assert header.sectionResizeMode(EventTableModel.TITLE) == QHeaderView.ResizeMode.Stretch
    metrics = QFontMetrics(table.font())
    widest = max(metrics.horizontalAdvance(format_when(e.when, lang)) for e in window.timeline.events)
    assert widest < header.sectionSize(EventTableModel.DATE) < widest * 1.6
    assert header.sectionSize(EventTableModel.TITLE) > header.sectionSize(EventTableModel.DATE)
    assert not table.wordWrap()
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    heights = {table.rowHeight(row) for row in range(model.rowCount())}
    assert heights == {metrics.height() + 10}


def test_larger_text_widens_the_date_column(qtbot, window) -> None:
    before = window.table.horizontalHeader().sectionSize(EventTableModel.DATE)
    window.set_font_scale(1.5)
    assert window.table.horizontalHeader().sectionSize(EventTableModel.DATE) > before * 1.3


def test_the_widest_dates_cover_the_kinds_the_data_has(window) -> None:
    kinds = date_kinds(window.timeline)
    assert (3, 0) in kinds  # a day
    samples = {(w.start.precision.value, w.end.precision.value if w.end else 0) for w in widest_dates(kinds)}
    assert samples == kinds
