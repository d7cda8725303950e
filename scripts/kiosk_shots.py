"""Render the kiosk as a museum would see it: idle, during the attract loop, with a panel open.

    DISPLAY=:99 python scripts/kiosk_shots.py OUT_DIR --lang kk [--orientation auto] [--font-scale auto]

Run under an X server the size of the screen to check (Xvfb :99 -screen 0 1080x1920x24). Writes
kiosk-LANG-WxH-{idle,attract,panel}.png into OUT_DIR and prints the geometry of every control.
"""

from __future__ import annotations

# ruff: noqa: T201 (a script that prints what it measured)
import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="kk")
    parser.add_argument("--orientation", default="auto")
    parser.add_argument("--font-scale", default="auto")
    parser.add_argument("--select", default="tulpar-talgo-opens")
    args = parser.parse_args()
    os.environ.setdefault("XDG_STATE_HOME", tempfile.mkdtemp())
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from kztimeline.app import create_window, make_application
    from kztimeline.data.kiosk_config import KioskConfig
    from kztimeline.kiosk.controller import start_kiosk

    app = make_application()
    extra = {"orientation": args.orientation,
             "font_scale": None if args.font_scale == "auto" else float(args.font_scale)}
    config = KioskConfig(language=args.lang, idle_seconds=3600, attract_seconds=3600, reduced_motion=True, **extra)
    window = create_window(None, config.theme, remember=False, lang=args.lang)
    kiosk = start_kiosk(window, config)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    screen = app.primaryScreen().geometry()
    stem = f"kiosk-{args.lang}-{screen.width()}x{screen.height()}"

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def controls() -> dict[str, tuple[int, int, int, int]]:
        found = {}
        for name in ("zoom_out_button", "zoom_in_button", "start_button", "previous_button", "next_button",
                     "tour_button"):
            b = getattr(kiosk, name)
            p = b.mapTo(window, b.rect().topLeft())
            found[name] = (p.x(), p.y(), b.width(), b.height())
        for code, b in kiosk.language_buttons.items():
            p = b.mapTo(window, b.rect().topLeft())
            found[code] = (p.x(), p.y(), b.width(), b.height())
        return found

    wait(2500)
    window.grab().save(str(out / f"{stem}-idle.png"))
    idle = controls()
    print("window", window.geometry().getRect(), "screen", screen.getRect(), kiosk.fit.how)
    print("idle controls", idle)
    kiosk.start_attract()
    wait(1500)
    window.grab().save(str(out / f"{stem}-attract.png"))
    for _ in range(3):
        window.step_tour(1, wrap=True)
    wait(1000)
    window.grab().save(str(out / f"{stem}-attract4.png"))
    kiosk.activity()
    window.stop_tour()
    window.select_by_id(args.select, animate=False)
    wait(1500)
    window.grab().save(str(out / f"{stem}-panel.png"))
    panel = controls()
    moved = {k: (idle[k], panel[k]) for k in idle if idle[k] != panel[k]}
    print("panel controls moved:", moved or "none")
    kiosk.stop()
    QCoreApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
