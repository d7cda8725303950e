"""The bundled Noto Sans (Latin and Kazakh Cyrillic) and the base font every widget and export starts from."""

from __future__ import annotations

from PySide6.QtGui import QFont

FONT_FAMILY = "Noto Sans"
BASE_FONT_PX = 15


def load_fonts() -> str:
    """Register the bundled Noto Sans (Latin and Kazakh Cyrillic) so every machine renders the same."""
    from importlib import resources

    from PySide6.QtGui import QFontDatabase

    family = FONT_FAMILY
    folder = resources.files("kztimeline.resources").joinpath("fonts")
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"):
        font_id = QFontDatabase.addApplicationFontFromData(folder.joinpath(name).read_bytes())
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def base_font(scale: float = 1.0) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(round(BASE_FONT_PX * scale))
    return font
