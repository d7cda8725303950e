"""The main window: toolbar and search above the timeline, the sector legend, the event list below, the detail
panel beside it.

What is shown lives in one `ViewState`; the timeline, the panel, the list, the legend, the status bar and the
actions all follow it, and the window's methods are thin: they change the state and, where a visitor expects
it, move the view. New data (a background load, a reload) goes into the same widgets, so nothing another part
holds (the kiosk's controls) is rebuilt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kztimeline.data import Problem
from kztimeline.model import Timeline, Tour
from kztimeline.timeline import navigation
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import EventSet, Field, Highlight, Limits, Snapshot, TourPosition, ViewState
from kztimeline.ui.app_icon import app_icon
from kztimeline.ui.detail_panel import DetailPanel, plain_label
from kztimeline.ui.event_list import EventTable, EventTableModel
from kztimeline.ui.fonts import BASE_FONT_PX, base_font
from kztimeline.ui.formatting import display, format_month_span, format_stop, other_lane_name
from kztimeline.ui.i18n import install_translators
from kztimeline.ui.lanes_item import KIND_LEGEND, shape_pixmap
from kztimeline.ui.theme import THEMES, Theme, apply_theme
from kztimeline.ui.timeline_view import TimelineView
from kztimeline.window import export_flow, settings
from kztimeline.window.actions import WindowActions
from kztimeline.window.banner import DataBanner
from kztimeline.window.collector import keep_loaded_data
from kztimeline.window.legend import SectorLegend

if TYPE_CHECKING:
    from kztimeline.export.render import ExportData

SHORTCUTS = [  # (keys, what they do): translated where shown, in the "Shortcuts" context
    ("+ / –", QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / out (or the mouse wheel, or pinch)")),
    ("Home", QT_TRANSLATE_NOOP("Shortcuts", "Show the whole timeline")),
    ("← / →", QT_TRANSLATE_NOOP("Shortcuts", "Move the timeline earlier / later (or drag, or scroll sideways)")),
    ("↑ / ↓", QT_TRANSLATE_NOOP("Shortcuts", "Move the focus to the previous / next event")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Open the focused event")),
    ("Page Up / Page Down", QT_TRANSLATE_NOOP("Shortcuts", "Previous / next event")),
    ("Escape", QT_TRANSLATE_NOOP("Shortcuts", "Close the event panel")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Export the timeline as PNG, SVG or PDF")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "Start or stop the guided tour")),
    ("B / F11", QT_TRANSLATE_NOOP("Shortcuts", "Blank the screen / full screen")),
    ("Ctrl+= / Ctrl+- / Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "Larger / smaller / normal text")),
    ("Shift + drag", QT_TRANSLATE_NOOP("Shortcuts", "Zoom to the dragged range")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list")),
]


def system_prefers_reduced_motion() -> bool:
    """The desktop's "reduce animation" setting, as Qt's style reports it (an animation duration of 0)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.style().styleHint(QStyle.StyleHint.SH_Widget_Animation_Duration) == 0


class MainWindow(QMainWindow):
    def __init__(self, timeline: Timeline, problems: list[Problem] | None = None, theme: Theme | str = "light",
                 font: QFont | None = None, remember: bool = True, lang: str = "en",
                 prepared: Prepared | None = None) -> None:
        super().__init__()
        self.timeline = timeline
        self.prepared = prepared or Prepared.of(timeline)
        self.export_data: ExportData | None = None  # derived for exports when the first is made (export_flow)
        self.problems = list(problems or [])
        self.remember = remember
        self.state = ViewState(Limits.of(timeline), lang=lang, theme=theme if isinstance(theme, str) else theme.name)
        self.setMinimumSize(960, 600)
        self.setWindowIcon(app_icon())
        self._list_by_size = True  # the event list follows the window's height until the visitor toggles it
        self.base_font = font or QApplication.font()
        self._apply_theme()  # before the widgets exist, so they are styled once
        self.actions_ = WindowActions(self)
        self.statusBar().setSizeGripEnabled(False)
        self._build_content()
        self.statusBar().addPermanentWidget(self._make_kind_key())
        self.state.subscribe(self._on_state)
        self.set_language(lang)
        if self.remember:
            settings.restore(self, self.state)
        keep_loaded_data()

    # -- construction -----------------------------------------------------------------------------------------
    def _build_content(self) -> None:
        """Everything that shows the timeline, built once; `set_timeline` gives it new data."""
        timeline, state = self.timeline, self.state
        self.view = TimelineView(timeline, self.prepared, state, self.base_font)
        self.view.reduced_motion = system_prefers_reduced_motion()
        self.panel = DetailPanel(timeline, state)
        self.panel.caption_for = self._caption_for
        self.panel.hide()
        self.list_model = EventTableModel(timeline, state, self.prepared.lanes, self)
        self.table = self._make_table()
        self.banner = DataBanner()
        self.banner.set_problems(self.problems)
        self.legend = SectorLegend(state, self.show_all)
        self.legend.set_timeline(timeline, self.prepared)
        left = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        column = QVBoxLayout(top)
        self.timeline_column = column
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self._make_header())
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("loading")
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        column.addWidget(self.progress_bar)
        column.addWidget(self.view, 1)
        column.addWidget(self.legend)
        left.addWidget(top)
        left.addWidget(self.table)
        left.setStretchFactor(0, 5)
        left.setStretchFactor(1, 1)
        left.setSizes([760, 110])  # the list under the timeline: three rows, and it can be dragged taller
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.view.event_clicked.connect(self.select)
        self.view.activated.connect(self.select)
        self.view.previous_requested.connect(self.select_previous)
        self.view.next_requested.connect(self.select_next)
        self.panel.previous_clicked.connect(self.select_previous)
        self.panel.next_clicked.connect(self.select_next)
        self.panel.close_clicked.connect(self.close_panel)
        self.panel.sector_clicked.connect(self.show_only_sector)
        self.panel.company_clicked.connect(self.highlight_company)
        self.actions_.tour.setEnabled(bool(timeline.tours))
        self._set_tab_order()

    def _make_table(self) -> EventTable:
        table = EventTable(self.list_model)
        table.activated.connect(lambda index: self.select(self.list_model.event_at(index.row())))
        table.clicked.connect(lambda index: self.select(self.list_model.event_at(index.row())))
        return table

    def _make_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(16, 10, 16, 6)
        self.title_label = plain_label("", "timelineTitle", selectable=False)
        self.title_label.setWordWrap(False)
        self.subtitle_label = plain_label("", "muted", selectable=False)
        layout.addWidget(self.title_label)
        layout.addSpacing(12)
        layout.addWidget(self.subtitle_label, 1, Qt.AlignmentFlag.AlignBottom)
        return header

    def _make_kind_key(self) -> QWidget:
        """The key to the marker shapes, as exports print it, at the right of the status bar."""
        key = QWidget()
        layout = QHBoxLayout(key)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(4)
        self.kind_labels: list[tuple[QLabel, str]] = []
        self.kind_icons: list[tuple[QLabel, str]] = []
        for kind, name in KIND_LEGEND:
            icon = QLabel()
            text = QLabel()
            text.setObjectName("muted")
            layout.addWidget(icon)
            layout.addWidget(text)
            layout.addSpacing(8)
            self.kind_labels.append((text, name))
            self.kind_icons.append((icon, kind))
        self._paint_kind_icons()
        return key

    def _paint_kind_icons(self) -> None:
        for icon, kind in getattr(self, "kind_icons", []):
            icon.setPixmap(shape_pixmap(kind, QColor(self.theme.muted), 14))

    def _set_tab_order(self) -> None:
        """Toolbar, search, timeline, panel, event list: the order a keyboard user meets them."""
        a = self.actions_
        chain = [a.search_field, a.language_box, a.theme_box, self.view, self.panel, self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- the state, read ----------------------------------------------------------------------------------------
    @property
    def selected(self) -> int | None:
        return self.state.selected

    @property
    def lang(self) -> str:
        return self.state.lang

    @property
    def theme(self) -> Theme:
        return THEMES[self.state.theme]

    @property
    def font_scale(self) -> float:
        return self.state.font_scale

    @property
    def tour(self) -> Tour | None:
        position = self.state.tour
        if position is None:
            return None
        return next((t for t in self.timeline.tours if t.id == position.tour), None)

    @property
    def tour_stop(self) -> int:
        position = self.state.tour
        return position.stop if position is not None else -1

    # shortcuts to the widgets the tests and the kiosk drive
    @property
    def search_field(self) -> QLineEdit:
        return self.actions_.search_field

    @property
    def toolbar(self) -> QToolBar:
        return self.actions_.toolbar

    @property
    def export_action(self) -> QAction:
        return self.actions_.export

    @property
    def sector_buttons(self) -> dict[str, QToolButton]:
        return self.legend.buttons

    # -- the state, followed ------------------------------------------------------------------------------------
    def _on_state(self, changed: frozenset[Field]) -> None:
        if "selected" in changed:
            self._show_selection()
        if "range" in changed or "lang" in changed:
            self._update_status()
        if changed & {"theme", "font_scale"}:
            self._apply_theme()
        if changed & {"theme", "lang", "tour"}:
            self.actions_.sync()

    def _show_selection(self) -> None:
        index = self.state.selected
        if index is None:
            self.panel.hide()
            self.table.clearSelection()
            return
        self.panel.show()
        row = self.list_model.row_of(index)
        if row is not None:
            model_index = self.list_model.index(row, 0)
            self.table.selectionModel().select(
                model_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(model_index)
        else:
            self.table.clearSelection()

    def _apply_theme(self) -> None:
        self._paint_kind_icons()
        app = QApplication.instance()
        scale = self.state.font_scale
        font = base_font(scale)
        if isinstance(app, QApplication):
            app.setFont(font)
            apply_theme(app, self.theme, round(BASE_FONT_PX * scale))
        if hasattr(self, "view"):
            self.view.set_font(font)

    # -- new data -----------------------------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline, problems: list[Problem], prepared: Prepared | None = None) -> None:
        """Show other data in the same widgets (a large file that finished loading in the background, its lanes
        and search index `prepared` there too). The view range, the hidden lanes, the language and theme stay;
        the selection follows its event id."""
        previous = self.timeline
        self.timeline, self.problems = timeline, list(problems)
        self.prepared = prepared or Prepared.of(timeline)
        with self.state.batch():
            self.state.reset_for(timeline, previous)
            self.view.set_timeline(timeline, self.prepared)
            self.panel.set_timeline(timeline)
            self.list_model.set_timeline(timeline, self.prepared.lanes)
            self.legend.set_timeline(timeline, self.prepared)
            self.banner.set_problems(self.problems)
            self.actions_.tour.setEnabled(bool(timeline.tours))
        self._show_selection()
        self.search(self.search_field.text())
        self.retranslate()
        keep_loaded_data()

    def keep_with_problems(self, problems: list[Problem]) -> None:
        """Reloaded data that is invalid (--watch): the last good data stays on screen, the banner says why."""
        self.banner.set_problems(problems, kept=True)

    def watch_data(self, path: str | Path) -> None:
        """Reload the data whenever a file of it changes (--watch)."""
        from kztimeline.window.watch import DataWatcher

        self.watcher = DataWatcher(self, path)

    def show_progress(self, fraction: float, what: str) -> None:
        """A progress bar above the timeline while a large file loads; the window stays usable."""
        self.progress_bar.setVisible(fraction < 1.0)
        self.progress_bar.setValue(round(fraction * 100))
        self.progress_bar.setFormat(f"{what} – %p%")

    # -- the kiosk ------------------------------------------------------------------------------------------------
    def enter_kiosk(self, controls: QWidget, font_scale: float, reduced_motion: bool) -> None:
        """Kiosk chrome: no menus, toolbar, list or status bar, nothing that leads out of the exhibit; the kiosk's
        own `controls` along the bottom of the timeline. Kept when new data arrives."""
        self.remember = False
        self._list_by_size = False
        self.view.reduced_motion = reduced_motion
        self.menuBar().hide()
        self.toolbar.hide()
        self.actions_.event_list.setChecked(False)
        self.table.hide()
        self.statusBar().hide()
        for act in self.actions_.outside_kiosk():
            act.setEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.timeline_column.addWidget(controls)
        self.set_font_scale(font_scale)

    # -- language ---------------------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the interface and the content to `lang` at once, keeping the selection and the view."""
        app = QApplication.instance()
        if app is not None:
            install_translators(app, lang)
        self.state.set_language(lang)
        self.retranslate()  # once, here: every string of ours is set from the current language

    def retranslate(self) -> None:
        """Set every visible string in the current language: interface through tr(), content from the data."""
        lang = self.lang
        self.setWindowTitle(f"{self.timeline.info.title.get(lang)} — kztimeline")
        self.actions_.retranslate(self._range_text())
        self.table.setAccessibleName(self.tr("Event list"))
        self.table.setAccessibleDescription(self.tr("Every event in date order: date, title and sectors. "
                                                    "Enter opens an event."))
        self.legend.retranslate()
        self.banner.retranslate()
        self.title_label.setText(display(self.timeline.info.title, lang))
        self.subtitle_label.setText(self.tr("%n event(s) · click or tap one to read what it meant and where the facts "
                                            "come from", "", len(self.timeline.events)))
        self.view.set_policy_title(other_lane_name(self.timeline, lang))
        self.view.retranslate()
        for label, name in self.kind_labels:
            label.setText(QCoreApplication.translate("Kinds", name))
        self._show_matches()
        self._update_status()

    def _range_text(self) -> str:
        return f"{self.timeline.info.start.year}–{self.timeline.info.end.year}"

    # -- selection --------------------------------------------------------------------------------------------
    def select(self, index: int | None, animate: bool = True) -> None:
        """Select event `index`: the panel opens on it, the list marks it, the timeline moves to it."""
        if index is None:
            self.close_panel()
            return
        opening = self.panel.isHidden()
        self.state.select(index)
        if opening:  # the timeline narrows as the panel opens: lay the new widths out now, so that the view
            # moves at its new width and the whole click is one repaint (not one at each width)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.view.go_to(index, animate=animate)

    def select_by_id(self, event_id: str, animate: bool = True) -> None:
        self.select(self.timeline.index_of(event_id), animate)

    def select_previous(self) -> None:
        self._step(-1)

    def select_next(self) -> None:
        self._step(1)

    def _step(self, step: int) -> None:
        if self.tour is not None:
            self.step_tour(step)
            return
        target = navigation.step_selection(self.timeline, self.state.snapshot(), step)
        if target is not None:
            self.select(target)

    def close_panel(self) -> None:
        self.state.select(None)

    # -- tours ------------------------------------------------------------------------------------------------
    def play_tour(self, tour: Tour | None = None) -> None:
        """Start a guided tour (the first in the data by default) at its first stop."""
        tour = tour or (self.timeline.tours[0] if self.timeline.tours else None)
        if tour is None:
            return
        self._go_to_stop(tour, navigation.tour_step(tour, None, 1))

    def stop_tour(self) -> None:
        self.state.set_tour(None)

    def toggle_tour(self) -> None:
        if self.state.tour is None:
            self.play_tour()
        else:
            self.stop_tour()
        self.actions_.sync()

    def step_tour(self, step: int, wrap: bool = False) -> None:
        """Go to the next (1) or previous (-1) stop; at either end stay, or with `wrap` start again."""
        tour = self.tour
        if tour is not None:
            self._go_to_stop(tour, navigation.tour_step(tour, self.state.tour, step, wrap))

    def _go_to_stop(self, tour: Tour, position: TourPosition) -> None:
        self.state.set_tour(position)
        self.select_by_id(tour.stops[position.stop].event)

    def _caption_for(self, state: Snapshot) -> str | None:
        """The tour's caption above the panel while the selected event is the current stop's."""
        position = state.tour
        tour = self.tour
        if position is None or tour is None or state.selected is None:
            return None
        stop = tour.stops[position.stop]
        if self.timeline.events[state.selected].id != stop.event:
            return None
        where = format_stop(position.stop + 1, len(tour.stops), state.lang)
        return f"{display(tour.title, state.lang)} · {where}\n{display(stop.caption, state.lang)}"

    # -- classroom ------------------------------------------------------------------------------------------
    def toggle_blank(self) -> None:
        """B blanks the screen (a teacher's pause); any key or click brings it back."""
        if getattr(self, "_blank", None) is not None:
            self._blank.deleteLater()
            self._blank = None
            return
        blank = QWidget(self)
        blank.setObjectName("blank")
        blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        blank.setGeometry(self.rect())
        blank.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        blank.setAccessibleName(self.tr("Blank screen: press B to return"))
        blank.keyPressEvent = lambda event: self.toggle_blank()  # type: ignore[method-assign]
        blank.mousePressEvent = lambda event: self.toggle_blank()  # type: ignore[method-assign]
        blank.show()
        blank.raise_()
        blank.setFocus()
        self._blank: QWidget | None = blank

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def toggle_list(self) -> None:
        self._list_by_size = False  # the visitor chose: keep it that way
        self.table.setVisible(self.actions_.event_list.isChecked())

    LIST_FROM_HEIGHT = 900  # below this window height the event list starts hidden: the lanes need the room

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._list_by_size:
            shown = self.height() >= self.LIST_FROM_HEIGHT
            if self.actions_.event_list.isChecked() != shown:
                self.actions_.event_list.setChecked(shown)
                self.table.setVisible(shown)

    def set_font_scale(self, scale: float) -> None:
        """Text (and with it buttons and markers) from 75 % to 200 % of the normal size."""
        self.state.set_font_scale(scale)

    # -- finding and filtering --------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def search(self, text: str) -> None:
        """Highlight the events matching `text` (and list only them); an empty query highlights nothing."""
        if not text.strip():
            if self.state.highlight is not None and self.state.highlight.by == "search":
                self.state.set_highlight(None)
        else:
            matches = self.prepared.search_index.matches(text)
            highlight = Highlight(EventSet.of_sorted(matches), "search", text)  # no Python int per match
            self.state.set_highlight(highlight)
        self._show_matches()

    def open_first_match(self) -> None:
        if self.list_model.rowCount() and self.search_field.text().strip():
            self.select(self.list_model.event_at(0))

    def show_only_sector(self, sector_id: str) -> None:
        self.state.set_hidden_lanes(frozenset(lane.key for lane in self.prepared.lanes if lane.key != sector_id))

    def highlight_company(self, company_id: str) -> None:
        events = frozenset(i for i, e in enumerate(self.timeline.events) if company_id in e.companies)
        self.state.set_highlight(Highlight(events, "company", company_id))
        self._show_matches()

    def show_all(self) -> None:
        """Every lane shown, no search and no highlighting."""
        with self.state.batch():
            self.state.set_hidden_lanes(frozenset())
            self.state.set_highlight(None)
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
        self._show_matches()

    def _show_matches(self) -> None:
        highlight, label = self.state.highlight, self.actions_.match_label
        if highlight is None:
            label.setText("")
        elif highlight.by == "search":
            label.setText(self.tr("%n match(es)", "", len(highlight.events)))
        else:
            company = self.timeline.companies.get(highlight.key)
            name = company.name if company is not None else highlight.key
            label.setText(self.tr("%n event(s) of %1", "", len(highlight.events)).replace("%1", str(name)))

    @property
    def match_label(self) -> QLabel:
        return self.actions_.match_label

    def _update_status(self) -> None:
        start, end = self.state.range
        span = format_month_span(start, end, self.lang)  # (once clamped at 0 seconds: 'January 1970' for 1900)
        self.statusBar().showMessage(self.tr("%n event(s) · showing %1", "", len(self.timeline.events))
                                     .replace("%1", span))

    # -- appearance -------------------------------------------------------------------------------------------
    def set_theme(self, theme: Theme | str) -> None:
        self.state.set_theme(theme if isinstance(theme, str) else theme.name)

    # -- export -----------------------------------------------------------------------------------------------
    def open_export_dialog(self) -> None:
        export_flow.open_export_dialog(self)

    def run_export(self, options: object, path: Path) -> bool:
        return export_flow.run_export(self, options, path)  # type: ignore[arg-type]

    # -- dialogs ----------------------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        rows = "\n".join(f"{keys}\t{QCoreApplication.translate('Shortcuts', what)}" for keys, what in SHORTCUTS)
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), rows,
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_about(self) -> None:
        sources = "\n".join("• " + ", ".join(filter(None, (s.title, s.publisher, s.url)))
                            for s in self.timeline.sources.values())
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About kztimeline"),
                          self.timeline.info.title.get(self.lang) + "\n\n" + self.tr("Sources:") + "\n" + sources,
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- closing ----------------------------------------------------------------------------------------------
    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        loader = getattr(self, "loader", None)
        if loader is not None and loader.isRunning():
            loader.wait()  # a worker still reading must finish before its window goes
        if self.remember:
            settings.save(self, self.state)
        super().closeEvent(event)
