"""The window as visitors see it, compared with reviewed reference pictures (with a tolerance): each language at
a classroom laptop's 1366x768 with an event open, at 1920x1080 with and without it, at 3840x2160, and at a
device pixel ratio of 2. Large screens are compared scaled down to 1280 px wide to keep the repository small.
Approve a change with KZTIMELINE_APPROVE_IMAGES=1 after looking at the pictures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from image_compare import assert_matches_reference

TULPAR = "tulpar-talgo-opens"
SCREENS = [((1366, 768), True), ((1920, 1080), False), ((1920, 1080), True), ((3840, 2160), False)]


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
@pytest.mark.parametrize(("size", "panel"), SCREENS, ids=[f"{w}x{h}{'-panel' if p else ''}" for (w, h), p in SCREENS])
def test_screens_look_as_reviewed(make_window, qtbot, lang: str, size: tuple[int, int], panel: bool) -> None:
    from kztimeline.app import settle

    window = make_window(size=size)
    window.view.reduced_motion = True
    window.set_language(lang)
    if panel:
        window.select_by_id(TULPAR, animate=False)
        index = window.timeline.index_of(TULPAR)
        qtbot.waitUntil(lambda: window.view.lanes_item.marker_at(index) is not None, timeout=3000)
    settle()
    image = window.grab().toImage()
    assert (image.width(), image.height()) == size
    name = f"screen_{lang}_{size[0]}x{size[1]}{'_panel' if panel else ''}.png"
    assert_matches_reference(image, name, width=1280)


def test_a_device_pixel_ratio_of_2_draws_the_same_window_sharper(tmp_path: Path) -> None:
    """QT_SCALE_FACTOR=2 (a high-density laptop): the window is laid out at its logical size and drawn with
    twice the pixels, so it reads like the 1:1 window, scaled."""
    from PySide6.QtGui import QImage

    out = tmp_path / "dpr2.png"
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env.update(QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "kztimeline", "--screenshot", str(out), "--size", "1280x720",
                           "--lang", "en"], capture_output=True, text=True, timeout=120, check=False, env=env)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() >= 1280
    assert_matches_reference(image, "screen_en_1280x720_dpr2.png", width=1280)
