"""Compare a rendered QImage with a reference PNG in tests/images, with a tolerance.

Two images match when they have the same size, the mean absolute per-channel difference is below
`max_mean` (0-255 scale) and the fraction of pixels whose largest channel difference exceeds 64 is below
`max_changed`. Anti-aliasing and font hinting then pass, a moved panel or a missing lane does not.

To create or update a reference, run the tests with KZTIMELINE_APPROVE_IMAGES=1: the rendered image is written
over the reference and the test fails once, saying so (so an approval is never silent). Look at the new PNG
before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

IMAGES = Path(__file__).parent / "images"
APPROVE_ENV = "KZTIMELINE_APPROVE_IMAGES"
CHANGED_LEVEL = 64


def to_array(image) -> np.ndarray:  # QImage -> (height, width, 4) uint8, RGBA
    from PySide6.QtGui import QImage

    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height = rgba.width(), rgba.height()
    stride = rgba.bytesPerLine()
    data = np.frombuffer(rgba.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, : width * 4].reshape(height, width, 4).copy()


def difference(actual: np.ndarray, expected: np.ndarray) -> tuple[float, float]:
    """(mean absolute per-channel difference, fraction of pixels differing by more than CHANGED_LEVEL)."""
    delta = np.abs(actual.astype(np.int16) - expected.astype(np.int16))
    return float(delta.mean()), float((delta.max(axis=2) > CHANGED_LEVEL).mean())


def assert_matches_reference(image, name: str, max_mean: float = 3.0, max_changed: float = 0.02,
                             width: int | None = None) -> None:
    """Fail unless QImage `image` matches tests/images/`name` within the tolerance (see the module doc). With
    `width`, both are compared scaled down to that width (large screens kept small in the repository)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    if width is not None and image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)

    reference = IMAGES / name
    if os.environ.get(APPROVE_ENV) == "1":
        IMAGES.mkdir(parents=True, exist_ok=True)
        if not image.save(str(reference), "PNG"):
            pytest.fail(f"could not write the reference image {reference}")
        pytest.fail(f"approved: wrote the reference image {reference} ({APPROVE_ENV}=1); look at it, "
                    f"then run the tests again without {APPROVE_ENV}")
    if not reference.exists():
        pytest.fail(f"the reference image {reference} is missing; render it with {APPROVE_ENV}=1 "
                    f"(e.g. `{APPROVE_ENV}=1 python -m pytest {Path(__file__).parent.name}`), look at it and "
                    f"commit it")
    expected_image = QImage(str(reference))
    assert not expected_image.isNull(), f"could not read the reference image {reference}"
    actual, expected = to_array(image), to_array(expected_image)
    assert actual.shape == expected.shape, (
        f"size differs from {reference.name}: rendered {actual.shape[1]}x{actual.shape[0]}, "
        f"reference {expected.shape[1]}x{expected.shape[0]}")
    mean, changed = difference(actual, expected)
    if mean >= max_mean or changed >= max_changed:
        failed = reference.with_name(reference.stem + ".actual.png")
        hint = ""
        if os.environ.get("KZTIMELINE_KEEP_FAILED_IMAGES") == "1" and image.save(str(failed), "PNG"):
            hint = f"; the rendered image is at {failed}"
        pytest.fail(f"rendering differs from {reference.name}: mean difference {mean:.2f} "
                    f"(limit {max_mean}), "
                    f"{changed:.2%} of pixels changed by more than {CHANGED_LEVEL} (limit {max_changed:.0%})"
                    f"{hint}. If the change is intended, approve it with {APPROVE_ENV}=1.")
