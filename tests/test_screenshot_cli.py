"""`kztimeline --screenshot` run as a visitor's shell would run it (a subprocess with no display), and the
rendered window compared with a reference image."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from image_compare import IMAGES, assert_matches_reference, difference, to_array
from PySide6.QtGui import QImage

TULPAR = "tulpar-talgo-opens"


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(cwd)  # settings, caches: never the real user's
    env["XDG_CONFIG_HOME"] = str(cwd / ".config")
    return subprocess.run([sys.executable, "-m", "kztimeline", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file())


def test_screenshot_writes_a_png_of_the_asked_size(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--screenshot", "OUT.png", "--size", "1280x720", "--select", TULPAR)
    assert result.returncode == 0, result.stderr
    image = QImage(str(tmp_path / "OUT.png"))
    assert not image.isNull(), "OUT.png is not a readable PNG"
    assert (image.width(), image.height()) == (1280, 720)
    pixels = to_array(image)
    corner = pixels[0, 0]
    differing = np.any(pixels != corner, axis=2).mean()
    assert differing > 0.05, f"the screenshot is nearly blank ({differing:.1%} of pixels unlike the corner)"
    assert files_in(tmp_path) == ["OUT.png"], "the screenshot left other files behind"
    # the command line renders the same window as the app (the reference is made in-process, below)
    reference = IMAGES / "window_1280x720.png"
    if reference.exists():
        mean, changed = difference(pixels, to_array(QImage(str(reference))))
        message = f"the CLI screenshot differs from {reference.name}: {mean:.2f}, {changed:.2%}"
        assert mean < 3.0, message
        assert changed < 0.02, message


def test_an_unknown_event_id_fails_clearly_and_writes_nothing(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--screenshot", "OUT.png", "--select", "no-such-event")
    assert result.returncode != 0
    assert "no-such-event" in result.stderr
    assert "Traceback" not in result.stderr
    assert files_in(tmp_path) == []


def test_a_bad_size_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--screenshot", "OUT.png", "--size", "12x")
    assert result.returncode == 2
    assert "12x" in result.stderr
    assert files_in(tmp_path) == []


def test_a_missing_data_path_fails_and_writes_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    result = run_cli(tmp_path, "--screenshot", "OUT.png", "--data", str(missing))
    assert result.returncode != 0, "a screenshot of data that could not be loaded was reported as success"
    assert "missing.yaml" in result.stderr
    assert files_in(tmp_path) == [], "a screenshot was written although the data could not be loaded"


# -- image comparison ----------------------------------------------------------------------------------------
def test_window_matches_the_reference_image(qtbot, make_window) -> None:
    window = make_window(size=(1280, 720))
    window.view.reduced_motion = True
    window.select_by_id(TULPAR, animate=False)
    qtbot.waitUntil(lambda: window.panel.isVisible(), timeout=2000)
    qtbot.wait(100)
    image = window.grab().toImage()
    assert (image.width(), image.height()) == (1280, 720)
    assert_matches_reference(image, "window_1280x720.png")


@pytest.mark.parametrize("approve", ["0", "1"])
def test_image_compare_tells_how_to_approve_and_catches_a_change(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 approve: str) -> None:
    import image_compare

    monkeypatch.setattr(image_compare, "IMAGES", tmp_path)
    monkeypatch.setenv(image_compare.APPROVE_ENV, approve)
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    with pytest.raises(pytest.fail.Exception, match="KZTIMELINE_APPROVE_IMAGES=1"):
        assert_matches_reference(image, "probe.png")
    assert (tmp_path / "probe.png").exists() == (approve == "1")
    if approve == "1":
        monkeypatch.setenv(image_compare.APPROVE_ENV, "0")
        assert_matches_reference(image, "probe.png")  # the same image matches
        changed = QImage(image)
        for x in range(0, 40):
            for y in range(100):
                changed.setPixel(x, y, 0x000000)
        with pytest.raises(pytest.fail.Exception, match="differs"):
            assert_matches_reference(changed, "probe.png")
