"""The main window: toolbar and search above the timeline, the sector legend, the event list below, the detail
panel beside it. It owns the selection and keeps the timeline, list and panel in step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kztimeline.data import Problem
from kztimeline.model import Timeline, Tour
from kztimeline.timeline.lanes import POLICY_LANE, shown_events
from kztimeline.timeline.prepared import Prepared
from kztimeline.ui.detail_panel import DetailPanel, plain_label
from kztimeline.ui.event_list import EventTableModel
from kztimeline.ui.formatting import display, format_month_span
from kztimeline.ui.i18n import LANGUAGE_NAMES, install_translators
from kztimeline.ui.theme import THEMES, Theme, apply_theme, readable_on
from kztimeline.ui.timeline_view import TimelineView

MAX_BANNER_LINES = 8

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
    selection_changed = Signal(object)  # event index or None

    def __init__(self, timeline: Timeline, problems: list[Problem] | None = None, theme: Theme = THEMES["light"],
                 font: QFont | None = None, remember: bool = True, lang: str = "en") -> None:
        super().__init__()
        self.timeline = timeline
        self.problems = problems or []
        self.theme = theme
        self.remember = remember
        self.lang = lang
        self.selected: int | None = None
        self.tour: Tour | None = None  # the tour being played, and where in it
        self.tour_stop = -1
        self.font_scale = 1.0
        self.setMinimumSize(960, 600)
        self.base_font = font or QApplication.font()
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._on_search)
        self.search_field.returnPressed.connect(self._on_search_enter)
        self.match_label = QLabel()
        self.match_label.setObjectName("muted")
        self._build_actions()
        self._build_toolbar()
        self.statusBar().setSizeGripEnabled(False)
        self._build_content()
        self.set_language(lang)
        self._restore_settings()

    def _build_content(self, prepared: Prepared | None = None) -> None:
        """Everything that shows the timeline; built again when another timeline is set."""
        timeline, theme = self.timeline, self.theme
        prepared = prepared or Prepared.of(timeline)
        self.search_index = prepared.search_index
        self.view = TimelineView(timeline, theme, self.base_font, lanes=prepared.lanes)
        self.view.reduced_motion = system_prefers_reduced_motion()
        self.panel = DetailPanel(timeline, theme)
        self.panel.hide()
        self.list_model = EventTableModel(timeline, self)
        self.table = self._make_table()
        self.banner = self._make_banner(self.problems)
        self.legend = self._make_legend()
        self.tour_action.setEnabled(bool(timeline.tours))
        left = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        self.timeline_column = top_layout  # the kiosk adds its controls at the bottom
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.banner)
        top_layout.addWidget(self._make_header())
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("loading")
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        top_layout.addWidget(self.progress_bar)
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
        self._set_tab_order()

    def set_timeline(self, timeline: Timeline, problems: list[Problem], prepared: Prepared | None = None) -> None:
        """Show another timeline (a large file that finished loading in the background, its lanes and search
        index `prepared` there too)."""
        self.timeline, self.problems = timeline, problems
        self.selected, self.tour, self.tour_stop = None, None, -1
        self._build_content(prepared)
        if self.font_scale != 1.0:
            self.set_font_scale(self.font_scale)
        self.set_language(self.lang)

    def show_progress(self, fraction: float, what: str) -> None:
        """A progress bar above the timeline while a large file loads; the window stays usable."""
        self.progress_bar.setVisible(fraction < 1.0)
        self.progress_bar.setValue(round(fraction * 100))
        self.progress_bar.setFormat(f"{what} – %p%")

    # -- construction -----------------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.list_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # size the date column from 200 rows, not every row
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
        self.title_label = plain_label("", "timelineTitle", selectable=False)
        self.title_label.setWordWrap(False)
        self.subtitle_label = plain_label("", "muted", selectable=False)
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
            self.banner_heading = plain_label("", "bannerHeading")
            layout.addWidget(self.banner_heading)
            shown = [str(p) for p in problems[:MAX_BANNER_LINES]]
            if len(problems) > MAX_BANNER_LINES:
                shown.append(f"… (+{len(problems) - MAX_BANNER_LINES}: kztimeline validate)")
            lines = plain_label("\n".join(shown), "bannerLines")
            layout.addWidget(lines)
        banner.setVisible(bool(errors))
        return banner

    def _make_legend(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("legend")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(6)
        self.legend_title = QLabel()
        self.legend_title.setObjectName("muted")
        layout.addWidget(self.legend_title)
        self.sector_buttons: dict[str, QToolButton] = {}
        present = [lane.key for lane in self.view.lanes_item.lanes]  # lanes in drawing order
        for key in present:
            colour = self.theme.policy if key == POLICY_LANE else self.timeline.sectors[key].colour
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            text = readable_on(colour)
            button.setStyleSheet(
                f"QToolButton {{ border-radius: 12px; padding: 4px 10px; border: 2px solid {colour}; }}"
                f"QToolButton:checked {{ background: {colour}; color: {text}; }}")
            button.toggled.connect(self._on_legend_toggled)
            layout.addWidget(button)
            self.sector_buttons[key] = button
        self.show_all_button = QPushButton()
        self.show_all_button.clicked.connect(self.show_all)
        layout.addWidget(self.show_all_button)
        layout.addStretch(1)
        return bar

    def _build_actions(self) -> None:
        def action(slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.zoom_in_action = action(lambda: self.view.zoom_by(1.5, animate=True), "Ctrl++")
        self.zoom_out_action = action(lambda: self.view.zoom_by(1 / 1.5, animate=True), "Ctrl+-")
        self.fit_action = action(lambda: self.view.fit_all())
        self.previous_action = action(self.select_previous, Qt.Key.Key_PageUp)  # also a presenter clicker's keys
        self.next_action = action(self.select_next, Qt.Key.Key_PageDown)
        self.search_action = action(self.focus_search, QKeySequence.StandardKey.Find)
        self.close_panel_action = action(self.close_panel, Qt.Key.Key_Escape)
        self.theme_actions: dict[str, QAction] = {}
        theme_group = QActionGroup(self)
        for name in THEMES:
            act = action(lambda _=False, n=name: self.set_theme(THEMES[n]))
            act.setCheckable(True)
            act.setChecked(name == self.theme.name)
            theme_group.addAction(act)
            self.theme_actions[name] = act
        self.list_action = action(self._toggle_list)
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        self.export_action = action(self.open_export_dialog, "Ctrl+E")
        self.quit_action = action(self.close, "Ctrl+Q")  # the platform's Quit binding may be empty
        self.shortcuts_action = action(self.show_shortcuts, "F1")
        self.about_action = action(self.show_about)
        self.tour_action = action(self.toggle_tour, "Ctrl+T")
        self.tour_action.setCheckable(True)
        self.blank_action = action(self.toggle_blank, "B")
        self.fullscreen_action = action(self.toggle_full_screen, "F11")
        self.larger_action = action(lambda: self.set_font_scale(self.font_scale + 0.25), "Ctrl+=")
        self.larger_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.smaller_action = action(lambda: self.set_font_scale(self.font_scale - 0.25), "Ctrl+-")
        self.normal_size_action = action(lambda: self.set_font_scale(1.0), "Ctrl+0")
        self.zoom_in_action.setShortcut(QKeySequence())  # Ctrl+= and Ctrl+- size the text; + and - zoom
        self.zoom_out_action.setShortcut(QKeySequence())
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            act = action(lambda _=False, c=code: self.set_language(c))
            act.setText(name)  # each language's own name, never translated
            act.setCheckable(True)
            group.addAction(act)
            self.language_actions[code] = act

        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = menu.addMenu("")
        for act in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        for act in self.theme_actions.values():
            self.theme_menu.addAction(act)
        self.view_menu.addAction(self.list_action)
        for act in (self.larger_action, self.smaller_action, self.normal_size_action):
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.fullscreen_action)
        self.view_menu.addAction(self.blank_action)
        self.language_menu = self.view_menu.addMenu("")
        for act in self.language_actions.values():
            self.language_menu.addAction(act)
        self.go_menu = menu.addMenu("")
        for act in (self.previous_action, self.next_action, self.search_action, self.close_panel_action,
                    self.tour_action):
            self.go_menu.addAction(act)
        self.help_menu = menu.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        self.addAction(self.close_panel_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar()
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        for act in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            bar.addAction(act)
        bar.addSeparator()
        bar.addAction(self.previous_action)
        bar.addAction(self.next_action)
        bar.addAction(self.tour_action)
        bar.addSeparator()
        bar.addWidget(self.search_field)
        bar.addWidget(self.match_label)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        bar.addWidget(spacer)
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.activated.connect(lambda i: self.set_language(self.language_box.itemData(i)))
        bar.addWidget(self.language_box)
        self.theme_box = QComboBox()
        for name in THEMES:
            self.theme_box.addItem("", name)
        self.theme_box.activated.connect(lambda i: self.set_theme(THEMES[self.theme_box.itemData(i)]))
        bar.addWidget(self.theme_box)
        for act in (self.zoom_out_action, self.zoom_in_action, self.fit_action, self.previous_action,
                    self.next_action, self.tour_action):
            button = bar.widgetForAction(act)
            if button is not None:
                button.setMinimumHeight(36)
        self.toolbar = bar

    def _set_tab_order(self) -> None:
        """Toolbar, search, timeline, panel, event list: the order a keyboard user meets them."""
        chain = [self.search_field, self.language_box, self.theme_box, self.view, self.panel, self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- language ---------------------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the interface and the content to `lang` at once, keeping the selection and the view."""
        self.lang = lang
        app = QApplication.instance()
        if app is not None:
            install_translators(app, lang)
        self.retranslate()  # once, here: every string of ours is set from the current language

    def retranslate(self) -> None:
        """Set every visible string in the current language: interface through self.tr(), content from the data."""
        lang = self.lang
        self.setWindowTitle(f"{self.timeline.info.title.get(lang)} — kztimeline")
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("Language"))
        self.theme_menu.setTitle(self.tr("Theme"))
        theme_names = {"light": self.tr("Light theme"), "dark": self.tr("Dark theme"),
                       "contrast": self.tr("High contrast")}
        for name, act in self.theme_actions.items():
            act.setText(theme_names[name])
            self.theme_box.setItemText(self.theme_box.findData(name), theme_names[name])
        self.theme_box.setCurrentIndex(self.theme_box.findData(self.theme.name))
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.theme_box.setToolTip(self.tr("Light, dark or high-contrast colours"))
        texts = {
            self.zoom_in_action: (self.tr("Zoom in"), "+", self.tr("Zoom in (+)")),
            self.zoom_out_action: (self.tr("Zoom out"), "–", self.tr("Zoom out (–)")),
            self.fit_action: (self.tr("Whole timeline"), self._range_text(), self.tr("Show the whole timeline (Home)")),
            self.previous_action: (self.tr("Previous event"), self.tr("‹ Previous"), self.tr("Previous event (Page Up)")),
            self.next_action: (self.tr("Next event"), self.tr("Next ›"), self.tr("Next event (Page Down)")),
            self.search_action: (self.tr("Search"), self.tr("Search"), self.tr("Search (Ctrl+F)")),
            self.close_panel_action: (self.tr("Close the panel"), self.tr("Close"), self.tr("Close the panel (Escape)")),
            self.list_action: (self.tr("Event list"), self.tr("Event list"), self.tr("Show or hide the event list")),
            self.export_action: (self.tr("Export…"), self.tr("Export…"), self.tr("Export the timeline as PNG, SVG or PDF (Ctrl+E)")),
            self.quit_action: (self.tr("Quit"), self.tr("Quit"), self.tr("Quit")),
            self.shortcuts_action: (self.tr("Keyboard shortcuts"), self.tr("Keyboard shortcuts"), self.tr("Keyboard shortcuts (F1)")),
            self.about_action: (self.tr("About and sources"), self.tr("About and sources"), self.tr("About and sources")),
            self.tour_action: (self.tr("Guided tour"), self.tr("Tour"),
                               self.tr("Play the guided tour; Page Down and Page Up step through it")),
            self.blank_action: (self.tr("Blank the screen"), self.tr("Blank"), self.tr("Blank the screen (B)")),
            self.fullscreen_action: (self.tr("Full screen"), self.tr("Full screen"), self.tr("Full screen (F11)")),
            self.larger_action: (self.tr("Larger text"), self.tr("Larger text"), self.tr("Larger text (Ctrl+=)")),
            self.smaller_action: (self.tr("Smaller text"), self.tr("Smaller text"), self.tr("Smaller text (Ctrl+-)")),
            self.normal_size_action: (self.tr("Normal text size"), self.tr("Normal text size"),
                                      self.tr("Normal text size (Ctrl+0)")),
        }
        for act, (text, icon_text, tip) in texts.items():
            act.setText(text)
            act.setIconText(icon_text)
            act.setToolTip(tip)
            button = self.toolbar.widgetForAction(act)
            if button is not None:
                button.setAccessibleName(text)
                button.setAccessibleDescription(tip)
        for code, act in self.language_actions.items():
            act.setChecked(code == lang)
        self.language_box.setCurrentIndex(self.language_box.findData(lang))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.setToolTip(self.tr("Language of the interface and the content"))
        self.search_field.setPlaceholderText(self.tr("Search events, companies, sectors…  (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setAccessibleDescription(self.tr("Type to find events; Enter goes to the first match"))
        self.table.setAccessibleName(self.tr("Event list"))
        self.table.setAccessibleDescription(self.tr("Every event in date order: date, title and sectors. "
                                               "Enter opens an event."))
        self.legend_title.setText(self.tr("Sectors:"))
        for key, button in self.sector_buttons.items():
            name = (self.tr("Programmes and policy") if key == POLICY_LANE
                    else display(self.timeline.sectors[key].name, lang))
            button.setText(name)
            button.setAccessibleName(self.tr("Show sector %1").replace("%1", name))
            button.setToolTip(self.tr("Show or hide this sector's lane"))
        self.show_all_button.setText(self.tr("Show all"))
        self.show_all_button.setAccessibleName(self.tr("Show all sectors and clear highlighting"))
        self.title_label.setText(display(self.timeline.info.title, lang))
        self.subtitle_label.setText(self.tr("%n event(s) · click or tap one to read what it meant and where the facts "
                                       "come from", "", len(self.timeline.events)))
        if self.banner.isVisibleTo(self) or hasattr(self, "banner_heading"):
            errors = sum(1 for p in self.problems if p.is_error)
            if hasattr(self, "banner_heading"):
                self.banner_heading.setText(self.tr("The data could not be loaded: %n problem(s) found. Fix the file "
                                               "and open it again.", "", errors))
            self.banner.setAccessibleName(self.tr("Data problems"))
        self.view.set_language(lang, self.tr("Programmes and policy"))
        self.panel.set_lang(lang)
        if self.tour is not None and 0 <= self.tour_stop < len(self.tour.stops):
            self.panel.caption = self._caption()
            self.panel.set_lang(lang)
        self.list_model.set_lang(lang)
        self._on_search(self.search_field.text())
        self._update_status(*self.view.view_range())

    def _range_text(self) -> str:
        return f"{self.timeline.info.start.year}–{self.timeline.info.end.year}"

    # -- selection --------------------------------------------------------------------------------------------
    def select(self, index: int | None, animate: bool = True) -> None:
        """Select event `index`: open the panel, move the timeline to it, mark it in the list."""
        self.selected = index
        self.view.lanes_item.set_state(selected=index, focused=index)
        if index is None:
            self.close_panel()
            return
        event = self.timeline.events[index]
        on_tour = self.tour is not None and 0 <= self.tour_stop < len(self.tour.stops) and \
            self.tour.stops[self.tour_stop].event == event.id
        self.panel.show_event(event, self._caption() if on_tour else None)
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
        candidates = shown_events(self.timeline, self.view.lanes_item.state.hidden_lanes)
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
        if self.tour is not None:
            self.step_tour(-1)
        else:
            self._step(-1)

    def select_next(self) -> None:
        if self.tour is not None:
            self.step_tour(1)
        else:
            self._step(1)

    # -- tours ------------------------------------------------------------------------------------------------
    def play_tour(self, tour: Tour | None = None) -> None:
        """Start a guided tour (the first in the data by default) at its first stop."""
        tour = tour or (self.timeline.tours[0] if self.timeline.tours else None)
        if tour is None:
            return
        self.tour = tour
        self.tour_stop = -1
        self.tour_action.setChecked(True)
        self.step_tour(1)

    def stop_tour(self) -> None:
        self.tour = None
        self.tour_stop = -1
        self.tour_action.setChecked(False)
        if self.panel.current is not None:
            self.panel.show_event(self.panel.current)

    def toggle_tour(self) -> None:
        if self.tour_action.isChecked():
            self.play_tour()
        else:
            self.stop_tour()

    def step_tour(self, step: int, wrap: bool = False) -> None:
        """Go to the next (1) or previous (-1) stop; at either end stay, or with `wrap` start again."""
        if self.tour is None:
            return
        count = len(self.tour.stops)
        target = self.tour_stop + step
        if wrap:
            target %= count
        target = max(0, min(count - 1, target))
        self.tour_stop = target
        self.select_by_id(self.tour.stops[target].event)

    def _caption(self) -> str:
        assert self.tour is not None
        stop = self.tour.stops[self.tour_stop]
        position = self.tr("Stop %1 of %2").replace("%1", str(self.tour_stop + 1)).replace(
            "%2", str(len(self.tour.stops)))
        return f"{display(self.tour.title, self.lang)} · {position}\n{display(stop.caption, self.lang)}"

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
        self._blank = blank

    def is_blank(self) -> bool:
        return getattr(self, "_blank", None) is not None

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def set_font_scale(self, scale: float) -> None:
        """Text (and with it buttons and markers) from 75 % to 200 % of the normal size."""
        scale = max(0.75, min(2.0, round(scale * 4) / 4))
        self.font_scale = scale
        from kztimeline.ui.fonts import BASE_FONT_PX, base_font

        app = QApplication.instance()
        font = base_font(scale)
        if isinstance(app, QApplication):
            app.setFont(font)
            apply_theme(app, self.theme, round(BASE_FONT_PX * scale))
        self.view.lanes_item.scale = scale
        self.view.set_font(font)
        self.view.lanes_item.set_font(font)
        if self.panel.current is not None:
            self.panel.show_event(self.panel.current, self.panel.caption)

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
        self.match_label.setText(self.tr("%n match(es)", "", len(matches)))

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
        self.match_label.setText(self.tr("%n event(s) of %1", "", len(events)).replace("%1", name))

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
    def set_theme(self, theme: Theme) -> None:
        from kztimeline.ui.fonts import BASE_FONT_PX

        self.theme = theme
        self.theme_actions[theme.name].setChecked(True)
        self.theme_box.setCurrentIndex(self.theme_box.findData(theme.name))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme, round(BASE_FONT_PX * self.font_scale))
        self.view.apply_theme(theme)
        self.panel.theme = theme
        if self.panel.current is not None:
            self.panel.show_event(self.panel.current, self.panel.caption)

    def _toggle_list(self) -> None:
        self.table.setVisible(self.list_action.isChecked())

    def _update_status(self, start: float, end: float) -> None:
        span = format_month_span(max(start, 0), max(end, 0), self.lang)
        self.statusBar().showMessage(self.tr("%n event(s) · showing %1", "", len(self.timeline.events))
                                     .replace("%1", span))

    # -- export -----------------------------------------------------------------------------------------------
    def open_export_dialog(self) -> None:
        from kztimeline.window.export_dialog import ExportDialog

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
            QMessageBox.warning(self, self.tr("Export"), self.tr("Cannot export: %1").replace("%1", str(exc)))
            return False
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Export"))
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
            self.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 5000)
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export"),
                                self.tr("Could not write %1:\n%2\n\nNothing was written; an existing file of that "
                                        "name is unchanged.").replace("%1", str(path))
                                .replace("%2", str(exc.strerror or exc)))
            return False
        finally:
            progress.close()
        self.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 8000)
        return True

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

    # -- settings ---------------------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        if not self.remember:
            return
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:  # the first start: most of the screen, not the minimum size
            screen = QApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.resize(max(self.minimumWidth(), round(area.width() * 0.85)),
                            max(self.minimumHeight(), round(area.height() * 0.85)))
        view = settings.value("window/range")
        if isinstance(view, list) and len(view) == 2:
            try:
                start, end = float(view[0]), float(view[1])
            except (TypeError, ValueError):
                return
            QTimer.singleShot(0, lambda: self.view.set_range(start, end))

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        loader = getattr(self, "loader", None)
        if loader is not None and loader.isRunning():
            loader.wait()  # a worker still reading must finish before its window goes
        if self.remember:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/range", list(self.view.view_range()))
            settings.setValue("window/theme", self.theme.name)
        super().closeEvent(event)
