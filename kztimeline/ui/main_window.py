"""The main window: toolbar and search above the timeline, the sector legend, the event list below, the detail
panel beside it. It owns the selection and keeps the timeline, list and panel in step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kztimeline.data import Problem
from kztimeline.lanes import lane_of
from kztimeline.model import Timeline
from kztimeline.search import SearchIndex
from kztimeline.ui.detail_panel import DetailPanel, plain_label
from kztimeline.ui.event_list import EventTableModel
from kztimeline.ui.formatting import format_date
from kztimeline.ui.theme import THEMES, Theme, apply_theme
from kztimeline.ui.timeline_view import TimelineView

MAX_BANNER_LINES = 8

SHORTCUTS = [
    ("+ / –", "Zoom in / out (or the mouse wheel, or pinch)"),
    ("Home", "Show the whole timeline"),
    ("Left / Right", "Move the timeline earlier / later (or drag, or scroll sideways)"),
    ("Up / Down", "Move the focus to the previous / next event"),
    ("Enter", "Open the focused event"),
    ("Page Up / Page Down", "Previous / next event"),
    ("Escape", "Close the event panel"),
    ("Ctrl+F", "Search"),
    ("Ctrl+E", "Export the timeline as PNG, SVG or PDF"),
    ("Shift + drag", "Zoom to the dragged range"),
    ("Double-click", "Zoom in there"),
]


class MainWindow(QMainWindow):
    selection_changed = Signal(object)  # event index or None

    def __init__(self, timeline: Timeline, problems: list[Problem] | None = None, theme: Theme = THEMES["light"],
                 font: QFont | None = None, remember: bool = True) -> None:
        super().__init__()
        self.timeline = timeline
        self.problems = problems or []
        self.theme = theme
        self.remember = remember
        self.lang = "en"
        self.selected: int | None = None
        self.search_index = SearchIndex(timeline)
        self.setWindowTitle(f"{timeline.info.title.get(self.lang)} — kztimeline")
        self.setMinimumSize(960, 600)
        font = font or QApplication.font()

        self.view = TimelineView(timeline, theme, font)
        self.panel = DetailPanel(timeline, theme)
        self.panel.hide()
        self.list_model = EventTableModel(timeline, self)
        self.table = self._make_table()
        self.banner = self._make_banner(problems or [])
        self.legend = self._make_legend()
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText("Search events, companies, sectors…  (Ctrl+F)")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName("Search")
        self.search_field.setAccessibleDescription("Type to find events; Enter goes to the first match")
        self.search_field.textChanged.connect(self._on_search)
        self.search_field.returnPressed.connect(self._on_search_enter)
        self.match_label = QLabel()
        self.match_label.setObjectName("muted")

        self._build_actions()
        self._build_toolbar()
        left = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.banner)
        top_layout.addWidget(self._make_header())
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.legend)
        left.addWidget(top)
        left.addWidget(self.table)
        left.setStretchFactor(0, 5)
        left.setStretchFactor(1, 1)
        left.setSizes([700, 170])
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
        self.view.range_changed.connect(self._update_status)
        self.panel.previous_clicked.connect(self.select_previous)
        self.panel.next_clicked.connect(self.select_next)
        self.panel.close_clicked.connect(self.close_panel)
        self.panel.sector_clicked.connect(self.show_only_sector)
        self.panel.company_clicked.connect(self.highlight_company)
        self.statusBar().setSizeGripEnabled(False)
        self._restore_settings()
        self._update_status(*self.view.view_range())

    # -- construction -----------------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.list_model)
        table.setAccessibleName("Event list")
        table.setAccessibleDescription("Every event in date order: date, title and sectors. Enter opens an event.")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(EventTableModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EventTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EventTableModel.SECTORS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(EventTableModel.SECTORS, 280)
        table.activated.connect(lambda index: self.select(self.list_model.rows[index.row()]))
        table.clicked.connect(lambda index: self.select(self.list_model.rows[index.row()]))
        return table

    def _make_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(16, 10, 16, 6)
        self.title_label = plain_label(self.timeline.info.title.get(self.lang), "timelineTitle", selectable=False)
        self.title_label.setWordWrap(False)
        self.subtitle_label = plain_label(
            f"{len(self.timeline.events)} events · click or tap one to read what it meant and where the facts "
            "come from", "muted", selectable=False)
        layout.addWidget(self.title_label)
        layout.addSpacing(12)
        layout.addWidget(self.subtitle_label, 1, Qt.AlignmentFlag.AlignBottom)
        return header

    def _make_banner(self, problems: list[Problem]) -> QFrame:
        banner = QFrame()
        banner.setObjectName("banner")
        layout = QVBoxLayout(banner)
        layout.setContentsMargins(16, 10, 16, 10)
        errors = [p for p in problems if p.is_error]
        if errors:
            heading = plain_label(f"The data could not be loaded: {len(errors)} problem"
                                  f"{'s' if len(errors) != 1 else ''} found. Fix the file and open it again.")
            heading.setStyleSheet("font-weight: 700;")
            layout.addWidget(heading)
            shown = [str(p) for p in problems[:MAX_BANNER_LINES]]
            if len(problems) > MAX_BANNER_LINES:
                shown.append(f"… and {len(problems) - MAX_BANNER_LINES} more (run 'kztimeline validate' to see all)")
            lines = plain_label("\n".join(shown))
            lines.setStyleSheet("font-family: monospace;")
            layout.addWidget(lines)
            banner.setAccessibleName("Data problems")
        banner.setVisible(bool(errors))
        return banner

    def _make_legend(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("legend")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(6)
        title = QLabel("Sectors:")
        title.setObjectName("muted")
        layout.addWidget(title)
        self.sector_buttons: dict[str, QToolButton] = {}
        present = {lane.key for lane in self.view.lanes_item.lanes}
        for sector in self.timeline.sectors.values():
            if sector.id not in present:
                continue
            button = QToolButton()
            button.setText(sector.name.get(self.lang))
            button.setCheckable(True)
            button.setChecked(True)
            button.setAccessibleName(f"Show sector {sector.name.get(self.lang)}")
            button.setToolTip("Show or hide this sector's lane")
            text = "#FFFFFF" if QColor(sector.colour).lightnessF() < 0.55 else "#111111"
            button.setStyleSheet(
                f"QToolButton {{ border-radius: 12px; padding: 4px 10px; border: 2px solid {sector.colour}; }}"
                f"QToolButton:checked {{ background: {sector.colour}; color: {text}; }}")
            button.toggled.connect(self._on_legend_toggled)
            layout.addWidget(button)
            self.sector_buttons[sector.id] = button
        self.show_all_button = QPushButton("Show all")
        self.show_all_button.setAccessibleName("Show all sectors and clear highlighting")
        self.show_all_button.clicked.connect(self.show_all)
        layout.addWidget(self.show_all_button)
        layout.addStretch(1)
        return bar

    def _build_actions(self) -> None:
        def action(text: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(tip or text)
            act.triggered.connect(slot)
            return act

        self.zoom_in_action = action("Zoom in", lambda: self.view.zoom_by(1.5, animate=True), "Ctrl++", "Zoom in (+)")
        self.zoom_out_action = action("Zoom out", lambda: self.view.zoom_by(1 / 1.5, animate=True), "Ctrl+-",
                                      "Zoom out (–)")
        self.fit_action = action("Whole timeline", lambda: self.view.fit_all(), None, "Show 1997–2022 (Home)")
        self.previous_action = action("Previous", self.select_previous, None, "Previous event (Page Up)")
        self.next_action = action("Next", self.select_next, None, "Next event (Page Down)")
        self.search_action = action("Search", self.focus_search, QKeySequence.StandardKey.Find)
        self.close_panel_action = action("Close panel", self.close_panel, Qt.Key.Key_Escape)
        self.theme_action = action("Dark theme", self.toggle_theme, None, "Switch between light and dark")
        self.theme_action.setCheckable(True)
        self.theme_action.setChecked(self.theme.name == "dark")
        self.list_action = action("Event list", self._toggle_list, None, "Show or hide the event list")
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        self.export_action = action("Export…", self.open_export_dialog, "Ctrl+E",
                                    "Export the timeline as PNG, SVG or PDF (Ctrl+E)")
        self.quit_action = action("Quit", self.close, QKeySequence.StandardKey.Quit)
        self.shortcuts_action = action("Keyboard shortcuts", self.show_shortcuts, "F1")
        self.about_action = action("About and sources", self.show_about)

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu("&View")
        for act in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addAction(self.theme_action)
        view_menu.addAction(self.list_action)
        go_menu = menu.addMenu("&Go")
        for act in (self.previous_action, self.next_action, self.search_action, self.close_panel_action):
            go_menu.addAction(act)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        self.addAction(self.close_panel_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Timeline")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.zoom_out_action.setIconText("–")
        self.zoom_in_action.setIconText("+")
        self.fit_action.setIconText("1997–2022")
        self.previous_action.setIconText("‹ Previous")
        self.next_action.setIconText("Next ›")
        for act in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            bar.addAction(act)
        bar.addSeparator()
        bar.addAction(self.previous_action)
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addWidget(self.search_field)
        bar.addWidget(self.match_label)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.theme_action)
        for act, name in ((self.zoom_out_action, "Zoom out"), (self.zoom_in_action, "Zoom in"),
                          (self.fit_action, "Show the whole timeline"), (self.previous_action, "Previous event"),
                          (self.next_action, "Next event"), (self.theme_action, "Dark theme")):
            button = bar.widgetForAction(act)
            if button is not None:
                button.setAccessibleName(name)
                button.setMinimumHeight(36)
        self.toolbar = bar

    # -- selection --------------------------------------------------------------------------------------------
    def select(self, index: int | None, animate: bool = True) -> None:
        """Select event `index`: open the panel, move the timeline to it, mark it in the list."""
        self.selected = index
        self.view.lanes_item.set_state(selected=index, focused=index)
        if index is None:
            self.close_panel()
            return
        event = self.timeline.events[index]
        self.panel.show_event(event)
        if self.panel.isHidden():
            # the timeline narrows when the panel opens: move it once the new width is laid out
            self.panel.show()
            QTimer.singleShot(0, lambda: self.view.go_to(index, animate=animate))
        else:
            self.view.go_to(index, animate=animate)
        row = self.list_model.row_of(index)
        if row is not None:
            model_index = self.list_model.index(row, 0)
            self.table.selectionModel().select(
                model_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(model_index)
        self.selection_changed.emit(index)

    def select_by_id(self, event_id: str, animate: bool = True) -> None:
        self.select(self.timeline.index_of(event_id), animate)

    def _step(self, step: int) -> None:
        events = self.timeline.events
        hidden = self.view.lanes_item.state.hidden_lanes
        candidates = [i for i, e in enumerate(events) if lane_of(e) not in hidden]
        if not candidates:
            return
        if self.selected is None:
            x0, x1 = self.view.view_range()
            ahead = [i for i in candidates if events[i].when.anchor_seconds() >= x0]
            self.select((ahead or candidates)[0] if step > 0 else (ahead or candidates)[-1])
            return
        later = [i for i in candidates if (i > self.selected) == (step > 0) and i != self.selected]
        if later:
            self.select(later[0] if step > 0 else later[-1])

    def select_previous(self) -> None:
        self._step(-1)

    def select_next(self) -> None:
        self._step(1)

    def close_panel(self) -> None:
        self.panel.hide()
        self.selected = None
        self.view.lanes_item.set_state(selected=None)
        self.table.clearSelection()
        self.selection_changed.emit(None)

    # -- finding and filtering --------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _on_search(self, text: str) -> None:
        if not text.strip():
            self.list_model.set_rows(list(range(len(self.timeline.events))))
            self.view.lanes_item.set_state(highlighted=None)
            self.match_label.setText("")
            return
        matches = self.search_index.search(text)
        self.list_model.set_rows(matches)
        self.view.lanes_item.set_state(highlighted=frozenset(matches))
        self.match_label.setText(f"{len(matches)} match{'es' if len(matches) != 1 else ''}")

    def _on_search_enter(self) -> None:
        if self.list_model.rows and self.search_field.text().strip():
            self.select(self.list_model.rows[0])

    def _on_legend_toggled(self) -> None:
        hidden = frozenset(key for key, button in self.sector_buttons.items() if not button.isChecked())
        self.view.lanes_item.set_state(hidden_lanes=hidden)

    def show_only_sector(self, sector_id: str) -> None:
        for key, button in self.sector_buttons.items():
            button.blockSignals(True)
            button.setChecked(key == sector_id)
            button.blockSignals(False)
        self._on_legend_toggled()

    def highlight_company(self, company_id: str) -> None:
        events = frozenset(i for i, e in enumerate(self.timeline.events) if company_id in e.companies)
        self.view.lanes_item.set_state(highlighted=events)
        self.list_model.set_rows(sorted(events))
        name = self.timeline.companies[company_id].name
        self.match_label.setText(f"{len(events)} event{'s' if len(events) != 1 else ''} of {name}")

    def show_all(self) -> None:
        for button in self.sector_buttons.values():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        self.search_field.clear()
        self.view.lanes_item.set_state(hidden_lanes=frozenset(), highlighted=None)
        self.list_model.set_rows(list(range(len(self.timeline.events))))
        self.match_label.setText("")

    # -- appearance -------------------------------------------------------------------------------------------
    def toggle_theme(self) -> None:
        self.set_theme(THEMES["dark" if self.theme_action.isChecked() else "light"])

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.theme_action.setChecked(theme.name == "dark")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.view.apply_theme(theme)
        self.panel.theme = theme
        if self.panel.current is not None:
            self.panel.show_event(self.panel.current)

    def _toggle_list(self) -> None:
        self.table.setVisible(self.list_action.isChecked())

    def _update_status(self, start: float, end: float) -> None:
        from kztimeline.model import from_seconds, parse_date

        first, last = from_seconds(max(start, 0)), from_seconds(max(end, 0))
        span = f"{format_date(parse_date(f'{first.year:04d}-{first.month:02d}'))} – " \
               f"{format_date(parse_date(f'{last.year:04d}-{last.month:02d}'))}"
        self.statusBar().showMessage(f"{len(self.timeline.events)} events · showing {span}")

    # -- export -----------------------------------------------------------------------------------------------
    def open_export_dialog(self) -> None:
        from kztimeline.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self, self.selected is not None, self.theme.name)
        self._export_dialog = dialog  # reachable while open (tests drive it)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.remember()
        select = self.timeline.events[self.selected].id if self.selected is not None else None
        self.run_export(dialog.options(self.view.view_range(), select, self.lang), dialog.path())

    def run_export(self, options: object, path: Path) -> bool:
        """Export with a progress dialog that can cancel; report failures in a message, never a traceback."""
        from kztimeline.export.options import ExportError, check
        from kztimeline.export.render import ExportCancelled, export

        try:
            options = check(options, self.timeline)
        except ExportError as exc:
            QMessageBox.warning(self, "Export", f"Cannot export: {exc}")
            return False
        progress = QProgressDialog("Exporting…", "Cancel", 0, 100, self)
        progress.setWindowTitle("Export")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(percent: int, what: str) -> bool:
            progress.setLabelText(f"{what}…")
            progress.setValue(percent)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            export(self.timeline, options, path, self.view.lanes_item.font, report)
        except ExportCancelled:
            self.statusBar().showMessage("Export cancelled; nothing was written", 5000)
            return False
        except OSError as exc:
            QMessageBox.warning(self, "Export", f"Could not write {path}:\n{exc.strerror or exc}\n\n"
                                "Nothing was written; an existing file of that name is unchanged.")
            return False
        finally:
            progress.close()
        self.statusBar().showMessage(f"Exported {path}", 8000)
        return True

    # -- dialogs ----------------------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        rows = "\n".join(f"{keys}\t{what}" for keys, what in SHORTCUTS)
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts", rows, QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_about(self) -> None:
        sources = "\n".join("• " + ", ".join(filter(None, (s.title, s.publisher, s.url)))
                            for s in self.timeline.sources.values())
        box = QMessageBox(QMessageBox.Icon.NoIcon, "About kztimeline",
                          f"{self.timeline.info.title.get(self.lang)}\n\nSources:\n{sources}",
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- settings ---------------------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        if not self.remember:
            return
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        view = settings.value("window/range")
        if isinstance(view, list) and len(view) == 2:
            try:
                start, end = float(view[0]), float(view[1])
            except (TypeError, ValueError):
                return
            QTimer.singleShot(0, lambda: self.view.set_range(start, end))

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        if self.remember:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/range", list(self.view.view_range()))
            settings.setValue("window/theme", self.theme.name)
        super().closeEvent(event)
