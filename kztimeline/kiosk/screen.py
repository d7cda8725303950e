"""The kiosk's arrangement of the window for its screen, and its cards.

    landscape                                    portrait
    ┌──────────────────────────┬───────────┐    ┌──────────────────────┐
    │ title                    │  story:   │    │ title                │
    │ timeline                 │  panel,   │    │ timeline             │
    │                          │  card or  │    ├──────────────────────┤
    │                          │  start    │    │ story: panel, card   │
    ├──────────────────────────┴───────────┤    │ or start             │
    │ controls (never move)                │    ├──────────────────────┤
    └──────────────────────────────────────┘    │ controls             │
                                                 └──────────────────────┘

The story area always has the same size, whatever it shows (the event's panel, a tour stop's story card or the
start card), so the timeline never changes width and no control moves when something opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kztimeline.kiosk.fit import Orientation
from kztimeline.kiosk.texts import in_languages
from kztimeline.ui.fonts import BASE_FONT_PX
from kztimeline.ui.theme import Theme

STORY_SHARE = {"landscape": 0.3, "portrait": 0.4}  # of the width (landscape) or height (portrait)


def two_lines(text: str, metrics: QFontMetrics, width: int, lines: int = 2) -> str:
    """`text` wrapped at word boundaries into at most `lines` lines of `width` px, the last one shortened with
    an ellipsis when the text goes on."""
    words = text.split()
    out: list[str] = []
    current = ""
    for n, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            rest = " ".join([current, *words[n + 1:]])
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return "\n".join(out)
    out.append(current)
    return "\n".join(out[:lines])


class Card(QFrame):
    """A large, touchable card in the story area."""

    touched = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(14)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # the area sets its size

    def label(self, name: str, wrap: bool = True) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.layout_.addWidget(label)
        return label

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self.touched.emit()
        event.accept()


class StoryCard(Card):
    """A tour stop: the sector's colour, the event's label, its date, two lines of the tour's caption and "touch
    to explore" in every kiosk language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("storyCard", parent)
        self.layout_.setContentsMargins(36, 30, 30, 30)
        self.where = self.label("storyWhere")
        self.sector = self.label("storySector")
        self.title = self.label("storyTitle")
        self.date = self.label("storyDate")
        self.caption = self.label("storyCaption")
        self.layout_.addStretch(1)
        self.touch = self.label("storyTouch")
        self.colour = "#888888"
        self.event_index: int | None = None

    def show_stop(self, index: int, where: str, sector: str, colour: str, title: str, date: str, caption: str,
                  touch: list[str]) -> None:
        self.event_index = index
        self.colour = colour
        self.where.setText(where)
        self.sector.setText(sector)
        self.title.setText(title)
        self.date.setText(date)
        self._caption = caption
        self.touch.setText("\n".join(touch))
        self.setStyleSheet(f"QFrame#storyCard {{ border-left: {max(8, self.layout_.contentsMargins().left() // 3)}px "
                           f"solid {colour}; }}")
        self._fit_caption()

    def _fit_caption(self) -> None:
        width = self.width() - self.layout_.contentsMargins().left() - self.layout_.contentsMargins().right()
        text = getattr(self, "_caption", "")
        self.caption.setText(two_lines(text, QFontMetrics(self.caption.font()), max(width, 100)) if text else "")

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_caption()


class StartCard(Card):
    """The start view's story area: the exhibit's title and "touch an event" in every kiosk language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("startCard", parent)
        self.layout_.setContentsMargins(36, 36, 36, 36)
        self.layout_.addStretch(1)
        self.title = self.label("startTitle")
        self.lines = self.label("startLines")
        self.layout_.addStretch(2)

    def set_texts(self, title: str, languages: tuple[str, ...], lang: str) -> None:
        self.title.setText(title)
        self.lines.setText("\n\n".join(in_languages("start", languages, lang)))


class UpdatingScreen(QFrame):
    """Over the whole window when the data could not be loaded: a neutral notice in every kiosk language, with
    nothing of the problem (no file names) for visitors; the log has the details."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskUpdating")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.lines: list[QLabel] = []
        self.box = layout
        layout.addStretch(1)
        self.hide()

    def set_languages(self, languages: tuple[str, ...], lang: str) -> None:
        for label in self.lines:
            self.box.removeWidget(label)
            label.deleteLater()
        self.lines = []
        at = 1
        for title, sub in zip(in_languages("updating", languages, lang), in_languages("back_soon", languages, lang),
                              strict=True):
            for text, name in ((title, "updatingTitle"), (sub, "updatingText")):
                label = QLabel(text)
                label.setObjectName(name)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setWordWrap(True)
                self.box.insertWidget(at, label)
                self.lines.append(label)
                at += 1
            self.box.insertSpacing(at, 24)
            at += 1

    def cover(self) -> None:
        parent = self.parentWidget()
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()


def style_sheet(theme: Theme, scale: float, target_px: int) -> str:
    """The kiosk's own widgets, in the theme and at the kiosk's text size (set on the window, over the app's)."""
    px = round(BASE_FONT_PX * scale)
    t = theme
    return f"""
    QFrame#storyCard, QFrame#startCard {{ background: {t.background}; border-left: 1px solid {t.grid}; }}
    QLabel#storyWhere {{ color: {t.muted}; font-size: {round(px * 1.0)}px; font-weight: 700; }}
    QLabel#storySector {{ color: {t.muted}; font-size: {round(px * 1.0)}px; }}
    QLabel#storyTitle {{ font-size: {round(px * 2.0)}px; font-weight: 700; }}
    QLabel#storyDate {{ color: {t.muted}; font-size: {round(px * 1.3)}px; }}
    QLabel#storyCaption {{ font-size: {round(px * 1.3)}px; }}
    QLabel#storyTouch {{ color: {t.accent}; font-size: {round(px * 1.2)}px; font-weight: 700; }}
    QLabel#startTitle {{ font-size: {round(px * 1.8)}px; font-weight: 700; }}
    QLabel#startLines {{ color: {t.muted}; font-size: {round(px * 1.3)}px; }}
    QFrame#kioskUpdating {{ background: {t.surface}; }}
    QLabel#updatingTitle {{ font-size: {round(px * 2.4)}px; font-weight: 700; }}
    QLabel#updatingText {{ color: {t.muted}; font-size: {round(px * 1.4)}px; }}
    QFrame#overlay QPushButton#kioskPrimary {{ background: {t.accent}; color: {t.background}; border: none;
                                border-radius: 12px; font-size: {round(px * 1.5)}px; font-weight: 700;
                                padding: 12px 32px;
                                min-height: {round(target_px * 1.5) - 24}px; }}
    QWidget#kioskControls QPushButton {{ font-size: {round(px * 1.3)}px; padding: 4px 12px;
                                         min-height: {target_px - 10}px; }}
    QFrame#overlay QPushButton {{ font-size: {round(px * 1.4)}px; border: 1px solid {t.grid}; border-radius: 10px;
                                  background: {t.surface}; min-height: {round(target_px * 1.3) - 14}px;
                                  min-width: {round(target_px * 1.3) - 22}px; }}
    """


class StoryArea(QWidget):
    """Holds the event panel, the story card and the start card; exactly one shows, always at the same size."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStory")
        self.stack = QVBoxLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.setSpacing(0)
        self.panel = panel
        self.card = StoryCard()
        self.start = StartCard()
        for widget in (panel, self.card, self.start):
            self.stack.addWidget(widget)
        self.card.hide()

    def show_only(self, which: QWidget | None) -> None:
        for widget in (self.panel, self.card, self.start):
            if widget is not which and not widget.isHidden():
                widget.hide()
        if which is not None and which.isHidden():
            which.show()

    @property
    def showing(self) -> str:
        for name, widget in (("panel", self.panel), ("card", self.card), ("start", self.start)):
            if not widget.isHidden():
                return name
        return ""


def arrange(window: QWidget, body: QWidget, story: StoryArea, controls: QWidget, orientation: Orientation,
            on_resize: Callable[[], None] | None = None) -> QWidget:
    """The kiosk's central widget: the timeline (`body`) and the story area side by side (landscape) or one
    above the other (portrait), the controls in a bar across the whole width below both."""
    root = QWidget()
    root.setObjectName("kioskRoot")
    outer = QVBoxLayout(root)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    direction = QBoxLayout.Direction.LeftToRight if orientation == "landscape" else QBoxLayout.Direction.TopToBottom
    row = QBoxLayout(direction)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(body, 1)
    row.addWidget(story, 0)
    outer.addLayout(row, 1)
    outer.addWidget(controls, 0)
    return root


def size_story(story: StoryArea, window: QWidget, orientation: Orientation, min_px: int) -> None:
    """The story area's fixed share of the screen."""
    share = STORY_SHARE[orientation]
    if orientation == "landscape":
        story.setFixedWidth(max(min_px, round(window.width() * share)))
        story.setMinimumHeight(0)
        story.setMaximumHeight(16777215)
    else:
        story.setFixedHeight(max(min_px, round(window.height() * share)))
        story.setMinimumWidth(0)
        story.setMaximumWidth(16777215)


def sector_colour(colour: str | None, fallback: str) -> str:
    return QColor(colour).name() if colour else fallback
