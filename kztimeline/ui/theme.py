"""Colour themes: one set of named colours per theme, applied to Qt widgets (a style sheet) and to the drawing."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    name: str
    background: str  # the timeline's canvas
    surface: str  # panels, toolbars
    surface_alt: str  # alternating lane stripes, table rows
    text: str
    muted: str  # secondary text: dates, sources
    accent: str  # selection, focus ring, links
    grid: str
    era: str  # era band tint
    era_text: str
    policy: str  # marker colour of the policy lane (events with no sector)
    warning_bg: str
    warning_text: str
    series: tuple[str, ...]  # figures track: one colour per tracked series, at least 3:1 on the background

    def qcolor(self, name: str, alpha: int | None = None) -> QColor:
        colour = QColor(getattr(self, name))
        if alpha is not None:
            colour.setAlpha(alpha)
        return colour


LIGHT = Theme(
    name="light",
    background="#FBFAF7",
    surface="#F1EFEA",
    surface_alt="#F4F2EC",
    text="#1F2328",
    muted="#59616B",
    accent="#005A9C",
    grid="#D9D5CC",
    era="#8C7A5B",
    era_text="#5E4F35",
    policy="#3B4A5A",
    warning_bg="#FFF1D6",
    warning_text="#6B4300",
    series=("#2B6CB0", "#C05621", "#2F855A", "#6B46C1"),
)

DARK = Theme(
    name="dark",
    background="#16191D",
    surface="#1F2328",
    surface_alt="#1B1F23",
    text="#E8E6E1",
    muted="#A7AFB8",
    accent="#6CB4F0",
    grid="#343A42",
    era="#C9B68F",
    era_text="#D9C9A5",
    policy="#B8C4D0",
    warning_bg="#3D2E10",
    warning_text="#F5D08A",
    series=("#63A4E8", "#F08A4B", "#68D391", "#B794F4"),
)

HIGH_CONTRAST = Theme(
    name="contrast",
    background="#000000",
    surface="#0D0D0D",
    surface_alt="#161616",
    text="#FFFFFF",
    muted="#E6E6E6",
    accent="#FFD400",
    grid="#8C8C8C",
    era="#BDBDBD",
    era_text="#FFFFFF",
    policy="#FFFFFF",
    warning_bg="#2E2400",
    warning_text="#FFE680",
    series=("#7CC4FF", "#FFA070", "#7CFC9A", "#D7B8FF"),
)

THEMES = {"light": LIGHT, "dark": DARK, "contrast": HIGH_CONTRAST}


# -- contrast (WCAG 2.2): pure functions of colour strings, cached because markers ask on every paint ---------
@functools.cache
def luminance(colour: str) -> float:
    """Relative luminance of #RRGGBB."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@functools.cache
def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@functools.cache
def blend(top: str, alpha: int, bottom: str) -> str:
    """`top` drawn with `alpha` (0-255) over `bottom`, as #RRGGBB."""
    t = [int(top[i:i + 2], 16) for i in (1, 3, 5)]
    u = [int(bottom[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(x * alpha / 255 + y * (1 - alpha / 255)) for x, y in zip(t, u, strict=True)]
    return "#" + "".join(f"{v:02X}" for v in mixed)


@functools.cache
def readable_on(colour: str) -> str:
    """Black or white, whichever reads better on `colour` (text on a coloured chip)."""
    return "#FFFFFF" if contrast("#FFFFFF", colour) >= contrast("#111111", colour) else "#111111"


@functools.cache
def mark_outline(colour: str, background: str, ratio: float = 3.0) -> str:
    """The colour itself if it stands out from `background` by `ratio`; otherwise a darker (on light) or
    lighter (on dark) shade of it that does: graphical marks need 3:1."""
    if contrast(colour, background) >= ratio:
        return colour
    target = "#000000" if luminance(background) > 0.18 else "#FFFFFF"
    for step in range(1, 21):
        shade = blend(target, round(255 * step / 20), colour)
        if contrast(shade, background) >= ratio:
            return shade
    return target


def style_sheet(theme: Theme, font_px: int = 15) -> str:
    """The application's style: colours from the theme, sizes from the font size (so text scaling grows
    padding and controls with it)."""
    t = theme
    return f"""
    QWidget {{ color: {t.text}; font-size: {font_px}px; }}
    QMainWindow, QDialog {{ background: {t.surface}; }}
    QToolBar {{ background: {t.surface}; border: none; border-bottom: 1px solid {t.grid}; spacing: 6px;
                padding: 6px; }}
    QToolButton, QPushButton {{ background: transparent; border: 1px solid transparent; border-radius: 6px;
                                padding: 6px 10px; min-height: 24px; }}
    QToolButton:hover, QPushButton:hover {{ background: {t.surface_alt}; border-color: {t.grid}; }}
    QToolButton:checked {{ background: {t.background}; border-color: {t.accent}; }}
    QToolButton:focus, QPushButton:focus, QLineEdit:focus, QTableView:focus, QGraphicsView:focus,
    QScrollArea:focus {{ border: 2px solid {t.accent}; }}
    QLineEdit {{ background: {t.background}; border: 1px solid {t.grid}; border-radius: 6px; padding: 6px 8px;
                 min-width: 340px; }}
    QScrollArea#detailPanel, QWidget#detailBody {{ background: {t.background}; }}
    QScrollArea#detailPanel {{ border: none; border-left: 1px solid {t.grid}; }}
    QWidget#header {{ background: {t.background}; }}
    QLabel#timelineTitle {{ font-size: {round(font_px * 1.55)}px; font-weight: 700; }}
    QLabel#panelTitle {{ font-size: {round(font_px * 1.6)}px; font-weight: 700; }}
    QLabel#panelDate {{ color: {t.muted}; font-size: {round(font_px * 1.05)}px; }}
    QLabel#sectionHeading {{ color: {t.muted}; font-size: {round(font_px * 0.8)}px; font-weight: 700;
                             letter-spacing: 1px; margin-top: 10px; }}
    QLabel#muted {{ color: {t.muted}; }}
    QLabel#figureValue, QPushButton#companyName {{ font-weight: 700; }}
    QPushButton#companyName {{ text-align: left; padding: 2px 0; }}
    QLabel#quote {{ border-left: 3px solid {t.era}; padding-left: 10px; font-style: italic; }}
    QLabel#caption {{ background: {t.surface}; border-left: 4px solid {t.accent}; border-radius: 4px;
                      padding: 10px 12px; font-size: {round(font_px * 1.1)}px; }}
    QWidget#blank {{ background: #000000; }}
    QFrame#overlay {{ background: {t.background}; border: 2px solid {t.accent}; border-radius: 16px; }}
    QFrame#overlay QLabel {{ font-size: {round(font_px * 1.3)}px; }}
    QLabel#overlayTitle {{ font-size: {round(font_px * 2)}px; font-weight: 700; }}
    QWidget#kioskControls {{ background: {t.surface}; border-top: 1px solid {t.grid}; }}
    QWidget#kioskControls QPushButton {{ font-size: {round(font_px * 1.3)}px; border: 1px solid {t.grid};
                                         border-radius: 10px; padding: 6px 16px; background: {t.background}; }}
    QWidget#kioskControls QPushButton:checked {{ background: {t.accent}; color: {t.background}; }}
    QLabel#note {{ background: {t.warning_bg}; color: {t.warning_text}; border-radius: 6px; padding: 8px; }}
    QFrame#banner {{ background: {t.warning_bg}; border-bottom: 1px solid {t.grid}; }}
    QFrame#banner QLabel {{ color: {t.warning_text}; }}
    QFrame#card {{ background: {t.surface}; border: 1px solid {t.grid}; border-radius: 8px; }}
    QTableView {{ background: {t.background}; alternate-background-color: {t.surface_alt};
                  gridline-color: {t.grid}; border: none; selection-background-color: {t.accent};
                  selection-color: {t.background}; }}
    QHeaderView::section {{ background: {t.surface}; color: {t.muted}; border: none;
                            border-bottom: 1px solid {t.grid}; padding: 6px; font-weight: 700; }}
    QSplitter::handle {{ background: {t.grid}; }}
    QStatusBar {{ color: {t.muted}; }}
    QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.grid}; padding: 6px; }}
    """


def apply_theme(app: QApplication, theme: Theme, font_px: int = 15) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(theme.surface))
    palette.setColor(QPalette.ColorRole.Base, QColor(theme.background))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(theme.surface_alt))
    palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Button, QColor(theme.surface))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(theme.accent))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(theme.background))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(theme.surface))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(theme.muted))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(theme, font_px))
