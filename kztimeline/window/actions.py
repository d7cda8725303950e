"""The window's actions, menus and toolbar, and their texts in the current language.

Every action calls one method of the main window; none keeps state of its own (checked marks follow the view
state through `sync`). Texts are translated in the "WindowActions" context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QToolBar, QWidget

from kztimeline.ui.i18n import LANGUAGE_NAMES
from kztimeline.ui.theme import THEMES

if TYPE_CHECKING:
    from kztimeline.window.main_window import MainWindow


class WindowActions(QObject):
    """Builds the actions on `window`, its menu bar and its toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window

        def action(slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
            act = QAction(window)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.zoom_in = action(lambda: w.view.zoom_by(1.5, animate=True))  # + and - zoom; Ctrl+= / Ctrl+- size text
        self.zoom_out = action(lambda: w.view.zoom_by(1 / 1.5, animate=True))
        self.fit = action(lambda: w.view.fit_all())
        self.previous = action(w.select_previous, Qt.Key.Key_PageUp)  # also a presenter clicker's keys
        self.next = action(w.select_next, Qt.Key.Key_PageDown)
        self.search = action(w.focus_search, QKeySequence.StandardKey.Find)
        self.close_panel = action(w.close_panel, Qt.Key.Key_Escape)
        self.themes: dict[str, QAction] = {}
        theme_group = QActionGroup(window)
        for name in THEMES:
            act = action(lambda n=name: w.set_theme(n))
            act.setCheckable(True)
            theme_group.addAction(act)
            self.themes[name] = act
        self.event_list = action(w.toggle_list)
        self.event_list.setCheckable(True)
        self.event_list.setChecked(True)
        self.export = action(w.open_export_dialog, "Ctrl+E")
        self.quit = action(w.close, "Ctrl+Q")  # the platform's Quit binding may be empty
        self.shortcuts = action(w.show_shortcuts, "F1")
        self.about = action(w.show_about)
        self.tour = action(w.toggle_tour, "Ctrl+T")
        self.tour.setCheckable(True)
        self.blank = action(w.toggle_blank, "B")
        self.fullscreen = action(w.toggle_full_screen, "F11")
        self.larger = action(lambda: w.set_font_scale(w.font_scale + 0.25))
        self.larger.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.smaller = action(lambda: w.set_font_scale(w.font_scale - 0.25), "Ctrl+-")
        self.normal_size = action(lambda: w.set_font_scale(1.0), "Ctrl+0")
        self.languages: dict[str, QAction] = {}
        group = QActionGroup(window)
        for code, name in LANGUAGE_NAMES.items():
            act = action(lambda c=code: w.set_language(c))
            act.setText(name)  # each language's own name, never translated
            act.setCheckable(True)
            group.addAction(act)
            self.languages[code] = act
        self._build_menus()
        self._build_toolbar()
        window.addAction(self.close_panel)

    def outside_kiosk(self) -> list[QAction]:
        """The actions that lead out of the exhibit or into files and dialogs: off in a kiosk."""
        return [self.export, self.quit, self.close_panel, self.fullscreen, self.blank, self.about, self.shortcuts,
                self.search]

    def _build_menus(self) -> None:
        menu = self.window.menuBar()
        self.file_menu = menu.addMenu("")
        self.file_menu.addAction(self.export)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.view_menu = menu.addMenu("")
        for act in (self.zoom_in, self.zoom_out, self.fit):
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        for act in self.themes.values():
            self.theme_menu.addAction(act)
        self.view_menu.addAction(self.event_list)
        for act in (self.larger, self.smaller, self.normal_size):
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.fullscreen)
        self.view_menu.addAction(self.blank)
        self.language_menu = self.view_menu.addMenu("")
        for act in self.languages.values():
            self.language_menu.addAction(act)
        self.go_menu = menu.addMenu("")
        for act in (self.previous, self.next, self.search, self.close_panel, self.tour):
            self.go_menu.addAction(act)
        self.help_menu = menu.addMenu("")
        self.help_menu.addAction(self.shortcuts)
        self.help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        w = self.window
        bar = QToolBar()
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        w.addToolBar(bar)
        for act in (self.zoom_out, self.zoom_in, self.fit):
            bar.addAction(act)
        bar.addSeparator()
        bar.addAction(self.previous)
        bar.addAction(self.next)
        bar.addAction(self.tour)
        bar.addSeparator()
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(w.search)
        self.search_field.returnPressed.connect(w.open_first_match)
        self.match_label = QLabel()
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)  # it names a company: never markup
        self.match_label.setObjectName("muted")
        bar.addWidget(self.search_field)
        bar.addWidget(self.match_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.activated.connect(lambda i: w.set_language(self.language_box.itemData(i)))
        bar.addWidget(self.language_box)
        self.theme_box = QComboBox()
        for name in THEMES:
            self.theme_box.addItem("", name)
        self.theme_box.activated.connect(lambda i: w.set_theme(self.theme_box.itemData(i)))
        bar.addWidget(self.theme_box)
        for act in (self.zoom_out, self.zoom_in, self.fit, self.previous, self.next, self.tour):
            button = bar.widgetForAction(act)
            if button is not None:
                button.setMinimumHeight(36)
        self.toolbar = bar

    def sync(self) -> None:
        """Checked marks and chosen items from the view state."""
        state = self.window.state
        for name, act in self.themes.items():
            act.setChecked(name == state.theme)
        self.theme_box.setCurrentIndex(self.theme_box.findData(state.theme))
        for code, act in self.languages.items():
            act.setChecked(code == state.lang)
        self.language_box.setCurrentIndex(self.language_box.findData(state.lang))
        self.tour.setChecked(state.tour is not None)

    def retranslate(self, range_text: str) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("Language"))
        self.theme_menu.setTitle(self.tr("Theme"))
        theme_names = {"light": self.tr("Light theme"), "dark": self.tr("Dark theme"),
                       "contrast": self.tr("High contrast")}
        for name, act in self.themes.items():
            act.setText(theme_names[name])
            self.theme_box.setItemText(self.theme_box.findData(name), theme_names[name])
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.theme_box.setToolTip(self.tr("Light, dark or high-contrast colours"))
        texts = {
            self.zoom_in: (self.tr("Zoom in"), "+", self.tr("Zoom in (+)")),
            self.zoom_out: (self.tr("Zoom out"), "–", self.tr("Zoom out (–)")),
            self.fit: (self.tr("Whole timeline"), range_text, self.tr("Show the whole timeline (Home)")),
            self.previous: (self.tr("Previous event"), self.tr("‹ Previous"), self.tr("Previous event (Page Up)")),
            self.next: (self.tr("Next event"), self.tr("Next ›"), self.tr("Next event (Page Down)")),
            self.search: (self.tr("Search"), self.tr("Search"), self.tr("Search (Ctrl+F)")),
            self.close_panel: (self.tr("Close the panel"), self.tr("Close"), self.tr("Close the panel (Escape)")),
            self.event_list: (self.tr("Event list"), self.tr("Event list"), self.tr("Show or hide the event list")),
            self.export: (self.tr("Export…"), self.tr("Export…"),
                          self.tr("Export the timeline as PNG, SVG or PDF (Ctrl+E)")),
            self.quit: (self.tr("Quit"), self.tr("Quit"), self.tr("Quit")),
            self.shortcuts: (self.tr("Keyboard shortcuts"), self.tr("Keyboard shortcuts"),
                             self.tr("Keyboard shortcuts (F1)")),
            self.about: (self.tr("About and sources"), self.tr("About and sources"), self.tr("About and sources")),
            self.tour: (self.tr("Guided tour"), self.tr("Tour"),
                        self.tr("Play the guided tour; Page Down and Page Up step through it")),
            self.blank: (self.tr("Blank the screen"), self.tr("Blank"), self.tr("Blank the screen (B)")),
            self.fullscreen: (self.tr("Full screen"), self.tr("Full screen"), self.tr("Full screen (F11)")),
            self.larger: (self.tr("Larger text"), self.tr("Larger text"), self.tr("Larger text (Ctrl+=)")),
            self.smaller: (self.tr("Smaller text"), self.tr("Smaller text"), self.tr("Smaller text (Ctrl+-)")),
            self.normal_size: (self.tr("Normal text size"), self.tr("Normal text size"),
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
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.setToolTip(self.tr("Language of the interface and the content"))
        self.search_field.setPlaceholderText(self.tr("Search events, companies, sectors…  (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setAccessibleDescription(self.tr("Type to find events; Enter goes to the first match"))
        self.sync()
