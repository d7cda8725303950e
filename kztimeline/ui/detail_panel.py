"""The detail panel beside the timeline: one event's date, summary, quote, sectors, companies, figures, sources
and notes. All data text is shown as plain text, never interpreted as HTML."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kztimeline.model import Event, Figure, SourceRef, Timeline
from kztimeline.timeline.state import Field, Snapshot, ViewState
from kztimeline.ui.flow_layout import FlowLayout
from kztimeline.ui.formatting import display, format_date, format_figure, format_quantity, format_since, format_when
from kztimeline.ui.theme import THEMES, Theme, readable_on

KIND_NAMES = {  # translated where shown, in the "Kinds" context
    "programme": QT_TRANSLATE_NOOP("Kinds", "Programme"),
    "phase": QT_TRANSLATE_NOOP("Kinds", "Programme phase"),
    "address": QT_TRANSLATE_NOOP("Kinds", "Address"),
    "law": QT_TRANSLATE_NOOP("Kinds", "Law"),
    "policy": QT_TRANSLATE_NOOP("Kinds", "Policy"),
    "milestone": QT_TRANSLATE_NOOP("Kinds", "Milestone"),
    "crisis": QT_TRANSLATE_NOOP("Kinds", "Crisis"),
    "devaluation": QT_TRANSLATE_NOOP("Kinds", "Devaluation"),
    "plant_launch": QT_TRANSLATE_NOOP("Kinds", "Plant launch"),
    "statistic": QT_TRANSLATE_NOOP("Kinds", "Statistic"),
    "trade": QT_TRANSLATE_NOOP("Kinds", "Trade"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Kinds", KIND_NAMES[kind])


LONG_TOKEN = 24  # characters: a web address or a long word gets places to break after this many


def breakable(text: str) -> str:
    """`text` with invisible break opportunities (zero-width spaces) inside long unbroken tokens such as web
    addresses, after '/', '.', '-', '_' and '?', so a word-wrapped label never grows wider than its column."""
    out = []
    for token in text.split(" "):
        if len(token) > LONG_TOKEN:
            token = "".join(ch + "\u200b" if ch in "/.-_?&=" else ch for ch in token)
        out.append(token)
    return " ".join(out)


def _beginning(text: str, limit: int) -> str:
    """The first `limit` characters of `text`, ending at a space when there is one near the cut."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit - 200, limit)
    return text[:cut if cut > 0 else limit]


def plain_label(text: str, object_name: str | None = None, selectable: bool = True) -> QLabel:
    """A word-wrapped label that shows `text` literally, whatever markup it contains, and wraps even long
    addresses."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(breakable(text))
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class DetailPanel(QScrollArea):
    """Shows one event. Emits what the visitor taps: a sector chip, a company, previous/next, close."""

    sector_clicked = Signal(str)
    company_clicked = Signal(str)
    previous_clicked = Signal()
    next_clicked = Signal()
    close_clicked = Signal()

    def __init__(self, timeline: Timeline, state: ViewState, parent: QWidget | None = None,
                 navigation: bool = True) -> None:
        super().__init__(parent)
        self.navigation = navigation  # False for a printed copy: no buttons
        self.timeline = timeline
        self.state = state
        # the tour caption for a state (already in the visitor's language), supplied by whoever plays tours
        self.caption_for: Callable[[Snapshot], str | None] = lambda _state: None
        self._shown: tuple[object, ...] | None = None
        self.setObjectName("detailPanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Event details"))
        self.setMinimumWidth(360)
        self._body = QWidget()
        self._body.setObjectName("detailBody")
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(24, 18, 24, 24)
        self._layout.setSpacing(8)
        self.setWidget(self._body)
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()

    # -- what it shows: the state's selection ---------------------------------------------------------------
    @property
    def current(self) -> Event | None:
        index = self.state.selected
        return self.timeline.events[index] if index is not None else None

    @property
    def caption(self) -> str | None:
        return self.caption_for(self.state.snapshot())

    @property
    def theme(self) -> Theme:
        return THEMES[self.state.theme]

    @property
    def lang(self) -> str:
        return self.state.lang

    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.refresh(force=True)

    def _on_state(self, changed: frozenset[Field]) -> None:
        if changed & {"selected", "lang", "theme", "tour", "font_scale"}:
            self.refresh()

    def refresh(self, force: bool = False) -> None:
        """Build the panel for the selected event, when what it shows changed (or with `force`)."""
        event = self.current
        if event is None:
            self._shown = None
            return
        state = self.state
        key = (event.id, state.lang, state.theme, state.font_scale, self.caption)
        if key == self._shown and not force:
            return
        moved = self._shown is None or self._shown[0] != event.id
        self._shown = key
        self._rebuild()
        if moved:
            self.verticalScrollBar().setValue(0)

    def _clear(self) -> None:
        """A fresh body for each event: the old one (its widgets, layouts and spacers) goes as a whole, deleted
        when control returns to the event loop (a chip's own click may be what rebuilds the panel)."""
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self._body = QWidget()
        self._body.setObjectName("detailBody")
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(24, 18, 24, 24)
        self._layout.setSpacing(8)

    def _rebuild(self) -> None:
        event = self.current
        assert event is not None
        lang = self.lang
        self._clear()
        if self.navigation:
            self._layout.addLayout(self._navigation())
        if self.caption:
            caption = plain_label(self.caption, "caption")
            caption.setAccessibleName(self.tr("Tour"))
            self._layout.addWidget(caption)
        title = plain_label(display(event.title, lang), "panelTitle")
        title.setAccessibleName(self.tr("Event title"))
        self._layout.addWidget(title)
        self._layout.addWidget(plain_label(f"{format_when(event.when, lang)}  ·  {kind_name(event.kind.value)}",
                                           "panelDate"))
        self._add_long_text(display(event.summary, lang))
        if event.quote is not None:
            quote = plain_label(f"“{display(event.quote.text, lang)}”", "quote")
            self._layout.addWidget(quote)
            attribution = f"— {display(event.quote.by, lang)}"
            if event.quote.source is not None:
                attribution += f" ({self._source_line(event.quote.source)})"
            self._layout.addWidget(plain_label(attribution, "muted"))
        for note in event.notes:
            self._layout.addWidget(self._note(display(note.text, lang), note.sources))
        if event.sectors:
            self._heading(self.tr("SECTORS"))
            self._layout.addLayout(self._chips(event))
        if event.companies:
            self._heading(self.tr("COMPANIES"))
            for company_id in event.companies:
                self._layout.addWidget(self._company_card(company_id))
        if event.figures:
            self._heading(self.tr("FIGURES"))
            self._layout.addWidget(self._figures_table([self.timeline.figures[f] for f in event.figures]))
        self._heading(self.tr("SOURCES"))
        for ref in event.sources:
            self._layout.addWidget(plain_label("• " + self._source_line(ref), "muted"))
        self._layout.addStretch(1)
        self.setWidget(self._body)
        details = f"{display(event.title, lang)}. {format_when(event.when, lang)}. {display(event.summary, lang)}"
        self.setAccessibleDescription(details)
        if self.isVisible():  # a screen reader reads the newly opened event aloud
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, details))

    SHOWN_AT_FIRST = 3000  # characters of a text shown at once: a curator's pasted essay still opens at once
    SHOWN_AT_MOST = 60000  # and "More" shows this much at most; the rest is in the data file

    def _add_long_text(self, text: str) -> None:
        """A summary, whole when it is a summary's length; a far longer one (a mistake in the data) opens with
        its beginning and a "More" button, so that the panel opens at once whatever the data holds."""
        if len(text) <= self.SHOWN_AT_FIRST:
            self._layout.addWidget(plain_label(text))
            return
        label = plain_label(_beginning(text, self.SHOWN_AT_FIRST) + " …")
        self._layout.addWidget(label)
        more = QPushButton(self.tr("More"))
        more.setObjectName("navButton")
        more.setAccessibleName(self.tr("Show more of this text"))

        def show_more() -> None:
            shown = _beginning(text, self.SHOWN_AT_MOST)
            rest = len(text) - len(shown)
            tail = "" if rest <= 0 else "\n" + self.tr("(%n more character(s) not shown)", "", rest)
            label.setText(breakable(shown) + tail)
            more.hide()

        more.clicked.connect(show_more)
        self._layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)

    def _navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        previous = QPushButton(self.tr("‹ Previous"))
        previous.setAccessibleName(self.tr("Previous event"))
        previous.setToolTip(self.tr("Previous event (Page Up)"))
        previous.clicked.connect(self.previous_clicked)
        following = QPushButton(self.tr("Next ›"))
        following.setAccessibleName(self.tr("Next event"))
        following.setToolTip(self.tr("Next event (Page Down)"))
        following.clicked.connect(self.next_clicked)
        close = QToolButton()
        close.setText("×")
        close.setAccessibleName(self.tr("Close the panel"))
        close.setToolTip(self.tr("Close (Escape)"))
        close.clicked.connect(self.close_clicked)
        index = self.timeline.index_of(self.current.id) if self.current else 0
        previous.setEnabled(index > 0)
        following.setEnabled(index < len(self.timeline.events) - 1)
        for button in (previous, following):
            button.setObjectName("navButton")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        row.addWidget(previous)
        row.addWidget(following)
        row.addStretch(1)
        row.addWidget(close)
        return row

    def _heading(self, text: str) -> None:
        self._layout.addWidget(plain_label(text, "sectionHeading", selectable=False))

    def _note(self, text: str, sources: tuple[SourceRef, ...]) -> QLabel:
        body = self.tr("Note: %1").replace("%1", text)
        if sources:
            body += "\n" + "; ".join(self._source_line(ref) for ref in sources)
        label = plain_label(body, "note")
        label.setAccessibleName(self.tr("Note on sources"))
        return label

    def _chips(self, event: Event) -> FlowLayout:
        row = FlowLayout(spacing=6)  # chips wrap onto more lines instead of widening the panel
        for sector_id in event.sectors:
            sector = self.timeline.sectors[sector_id]
            chip = SectorChip(display(sector.name, self.lang), QColor(sector.colour))
            chip.setProperty("sector", sector_id)
            chip.setAccessibleName(self.tr("Sector: %1").replace("%1", sector.name.get(self.lang)))
            chip.setToolTip(self.tr("Show only this sector"))
            chip.clicked.connect(lambda _=False, s=sector_id: self.sector_clicked.emit(s))
            row.addWidget(chip)
        return row

    def _company_card(self, company_id: str) -> QFrame:
        company = self.timeline.companies[company_id]
        lang = self.lang
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        name = QPushButton(company.full_name(lang))
        name.setObjectName("companyName")
        name.setProperty("company", company_id)
        name.setToolTip(self.tr("Highlight every event of this company"))
        name.setAccessibleName(self.tr("Company: %1").replace("%1", company.full_name(lang)))
        name.setCursor(Qt.CursorShape.PointingHandCursor)
        name.clicked.connect(lambda _=False: self.company_clicked.emit(company_id))
        layout.addWidget(name)
        facts = []
        if company.city:
            facts.append(display(company.city, lang))
        if company.founded:
            facts.append(format_since(company.founded, lang))
        if facts:
            layout.addWidget(plain_label(" · ".join(facts), "muted"))
        if company.products:
            layout.addWidget(plain_label(display(company.products, lang)))
        if company.partner:
            layout.addWidget(plain_label(self.tr("Partner: %1").replace("%1", display(company.partner, lang)),
                                         "muted"))
        for note in company.notes:
            layout.addWidget(self._note(display(note.text, lang), note.sources))
        return card

    def _figures_table(self, figures: list[Figure]) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        row = 0
        for figure in figures:
            grid.addWidget(plain_label(display(figure.label, self.lang)), row, 0)
            value = plain_label(format_figure(figure, self.lang))
            value.setObjectName("figureValue")
            grid.addWidget(value, row, 1)
            row += 1
            sources = "; ".join(self._source_line(ref) for ref in figure.sources)
            grid.addWidget(plain_label(f"{format_when(figure.when, self.lang)} · {sources}", "muted"), row, 0, 1, 2)
            row += 1
            if figure.series:
                grid.addWidget(self._sparkline(figure), row, 0, 1, 2)
                row += 1
            for note in figure.notes:
                grid.addWidget(self._note(display(note.text, self.lang), note.sources), row, 0, 1, 2)
                row += 1
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return box

    def _sparkline(self, figure: Figure) -> QWidget:
        chart = Sparkline([p.when.anchor_seconds() for p in figure.series], [p.value for p in figure.series],
                          self.theme)
        low, high = min(chart.values), max(chart.values)
        chart.setAccessibleName(
            self.tr("Chart of %1: from %2 to %3, %4 to %5")
            .replace("%1", figure.label.get(self.lang)).replace("%2", format_quantity(low, figure.unit, self.lang))
            .replace("%3", format_quantity(high, figure.unit, self.lang))
            .replace("%4", format_when(figure.series[0].when, self.lang))
            .replace("%5", format_when(figure.series[-1].when, self.lang)))
        return chart

    def _source_line(self, ref: SourceRef) -> str:
        source = self.timeline.sources[ref.source]
        parts = [source.title]
        if source.publisher:
            parts.append(source.publisher)
        if source.date:
            parts.append(format_date(source.date, self.lang))
        if ref.locator:
            parts.append(ref.locator)
        if source.url:
            parts.append(source.url)
        return ", ".join(parts)


class SectorChip(QPushButton):
    """A rounded, coloured button with the sector's name: the name, not only the colour, tells the sector."""

    def __init__(self, text: str, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setObjectName("chip")
        self.colour = colour
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    MAX_EMS = 20  # a longer sector name wraps onto a second line inside the chip (300 px at 15 px type)

    def _max_width(self) -> int:
        """In ems of the chip's own font, so a 4K kiosk's larger type gets wider chips, not clipped ones."""
        return self.MAX_EMS * self.fontInfo().pixelSize()

    def _text_rect(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, width - 28, 1000),
                                               int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter),
                                               self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        metrics = self.fontMetrics()
        width = min(metrics.horizontalAdvance(self.text()) + 28, self._max_width())
        return QSize(width, max(36, self._text_rect(width).height() + 16))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(self.sizeHint().width(), self._max_width() * 2 // 5), self.sizeHint().height())  # 120 px

    def paintEvent(self, event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2) if self.hasFocus()
                       else Qt.PenStyle.NoPen)
        painter.setBrush(self.colour.darker(115) if self.isDown() else self.colour)
        radius = min(rect.height() / 2, 18)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(QColor(readable_on(self.colour.name())))
        painter.drawText(rect.adjusted(12, 0, -12, 0), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter),
                         self.text())


class Sparkline(QWidget):
    """A small line chart of a figure's series with its zero line, drawn directly (cheap to create)."""

    def __init__(self, times: list[float], values: list[float], theme: Theme) -> None:
        super().__init__()
        self.times, self.values, self.theme = times, values, theme
        self.setFixedHeight(90)

    def paintEvent(self, event: object) -> None:  # noqa: N802
        if len(self.values) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(6, 8, -6, -8)
        t0, t1 = min(self.times), max(self.times)
        low, high = min(0.0, *self.values), max(0.0, *self.values)
        span_t, span_v = (t1 - t0) or 1.0, (high - low) or 1.0

        def point(t: float, v: float) -> QPointF:
            return QPointF(rect.left() + (t - t0) / span_t * rect.width(),
                           rect.bottom() - (v - low) / span_v * rect.height())

        painter.setPen(QPen(QColor(self.theme.grid), 1))
        painter.drawLine(point(t0, 0.0), point(t1, 0.0))
        painter.setPen(QPen(QColor(self.theme.accent), 2))
        points = [point(t, v) for t, v in zip(self.times, self.values, strict=True)]
        painter.drawPolyline(points)
        painter.setBrush(QColor(self.theme.accent))
        for p in points:
            painter.drawEllipse(p, 2.5, 2.5)
