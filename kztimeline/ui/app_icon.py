"""The program's icon (resources/icons: a timeline axis with four events in the sector colours), for the window
and the task bar. The PNGs at each standard size are rendered from kztimeline.svg by `packaging/build.py icons`."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QImage, QPixmap

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    folder = resources.files("kztimeline.resources").joinpath("icons")
    icon = QIcon()
    for size in ICON_SIZES:
        image = QImage.fromData(folder.joinpath(f"kztimeline-{size}.png").read_bytes(), "PNG")
        if not image.isNull():
            icon.addPixmap(QPixmap.fromImage(image))
    return icon
