"""Fitting the kiosk to its screen, with no Qt: landscape or portrait, and how large the text is.

The text is sized so that it looks the same from the same distance on any screen: the kiosk was tuned at
font scale 1.25 on a 43-inch 1080p screen seen from 0.7 m, and `font_scale: auto` keeps the text that size in
millimetres (times the distance over 0.7 m). A 43-inch 4K screen therefore gets 2.5, a 55-inch 1080p one 1.0.
Screens that do not report a believable size (virtual ones, some adapters) count as 43 inches unless the
configuration says `screen_inches`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

Orientation = Literal["landscape", "portrait"]

REFERENCE_SCALE = 1.25
REFERENCE_INCHES = 43.0
REFERENCE_PIXELS = (1920, 1080)
REFERENCE_DISTANCE_M = 0.7
AUTO_SCALE_RANGE = (1.0, 4.0)
MM_PER_INCH = 25.4
VIRTUAL_MAKERS = ("headless", "virtual", "xvfb", "vnc", "rdp", "wayland", "x11")  # sizes made up, not measured
TOUCH_TARGET_PX = 48  # the smallest control at 1080p on the reference screen; scaled with the text


@dataclass(frozen=True, slots=True)
class Screen:
    """What the platform says about a screen: its pixels and, when it knows, its physical size and maker."""

    width_px: int
    height_px: int
    width_mm: float = 0.0
    height_mm: float = 0.0
    maker: str = ""  # manufacturer and model from the screen's EDID; empty for a virtual screen


@dataclass(frozen=True, slots=True)
class Fit:
    orientation: Orientation
    font_scale: float
    inches: float  # the diagonal the scale was computed for
    measured: bool  # True: the screen reported it; False: configured or assumed
    how: str  # one line for the log and --print-config


def choose_orientation(wanted: str, width_px: int, height_px: int) -> Orientation:
    """The configured orientation, or with auto the screen's shape (taller than wide: portrait)."""
    if wanted in ("landscape", "portrait"):
        return wanted  # type: ignore[return-value]
    return "portrait" if height_px > width_px else "landscape"


def reported_inches(screen: Screen) -> float | None:
    """The diagonal the screen reports, or None when it reports nothing believable: no size, no maker (a virtual
    screen makes its size up from 96 dpi), or a size no kiosk has."""
    if screen.width_mm <= 0 or screen.height_mm <= 0 or not screen.maker.strip():
        return None
    if any(word in screen.maker.lower() for word in VIRTUAL_MAKERS):
        return None
    inches = math.hypot(screen.width_mm, screen.height_mm) / MM_PER_INCH
    if not 7 <= inches <= 150:
        return None
    # the physical shape must match the pixels' (square pixels): a made-up size often does not
    if abs(screen.width_mm / screen.height_mm - screen.width_px / screen.height_px) > 0.1 * screen.width_px / \
            screen.height_px:
        return None
    return inches


def mm_per_px(inches: float, width_px: int, height_px: int) -> float:
    return inches * MM_PER_INCH / math.hypot(width_px, height_px)


def reference_mm_per_px() -> float:
    return mm_per_px(REFERENCE_INCHES, *REFERENCE_PIXELS)


def fit(screen: Screen, orientation: str = "auto", font_scale: float | None = None,
        screen_inches: float | None = None, distance_m: float = REFERENCE_DISTANCE_M) -> Fit:
    """The layout and text size for `screen` (None for font_scale or screen_inches: auto)."""
    chosen = choose_orientation(orientation, screen.width_px, screen.height_px)
    reported = reported_inches(screen)
    inches = screen_inches or reported or REFERENCE_INCHES
    measured = screen_inches is None and reported is not None
    source = "configured" if screen_inches else "reported" if measured else "assumed"
    if font_scale is not None:
        return Fit(chosen, font_scale, inches, measured,
                   f"font_scale {font_scale:g} as configured; {screen.width_px}x{screen.height_px} {chosen}")
    density = reference_mm_per_px() / mm_per_px(inches, screen.width_px, screen.height_px)
    raw = REFERENCE_SCALE * density * distance_m / REFERENCE_DISTANCE_M
    low, high = AUTO_SCALE_RANGE
    scale = max(low, min(high, round(raw * 4) / 4))
    how = (f"font_scale auto = {scale:g}: {screen.width_px}x{screen.height_px} {chosen}, {inches:.0f} inches "
           f"({source}), seen from {distance_m:g} m")
    return Fit(chosen, scale, inches, measured, how)


def touch_target_px(font_scale: float) -> int:
    """The side of the smallest control: 48 px at the reference scale's 1080p, growing with the text."""
    return max(TOUCH_TARGET_PX, round(TOUCH_TARGET_PX * font_scale))
