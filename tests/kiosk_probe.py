"""Runs the kiosk on a real X server (Xvfb, with or without openbox) and prints what it measured as JSON.

Not a test: tests/test_kiosk_screens.py starts it in a subprocess with DISPLAY set, since the test process
itself runs on Qt's offscreen platform.

    python tests/kiosk_probe.py layout [--lang kk] [--shots DIR]
    python tests/kiosk_probe.py wm
    python tests/kiosk_probe.py cage [--shots DIR]   (as cage's application: scripts/cage-smoke.sh)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

# ruff: noqa: T201 (prints its measurements)


def main() -> int:
    os.environ.setdefault("XDG_STATE_HOME", tempfile.mkdtemp())
    mode = sys.argv[1]
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "kk"
    shots = sys.argv[sys.argv.index("--shots") + 1] if "--shots" in sys.argv else None
    from PySide6.QtCore import QCoreApplication, QEventLoop, QRect

    from kztimeline.app import create_window, make_application
    from kztimeline.data.kiosk_config import KioskConfig
    from kztimeline.kiosk.controller import start_kiosk

    app = make_application()
    config = KioskConfig(language=lang, idle_seconds=3600, attract_seconds=3600, reduced_motion=True)
    window = create_window(None, config.theme, remember=False, lang=lang)
    kiosk = start_kiosk(window, config, guard=mode in ("wm", "cage"))

    def pump(ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def rect(widget) -> list[int]:
        top_left = widget.mapTo(window, widget.rect().topLeft())
        return [top_left.x(), top_left.y(), widget.width(), widget.height()]

    def controls() -> dict[str, list[int]]:
        found = {name: rect(getattr(kiosk, name)) for name in (
            "zoom_out_button", "zoom_in_button", "start_button", "previous_button", "next_button", "tour_button")}
        found.update({code: rect(button) for code, button in kiosk.language_buttons.items()})
        return found

    def clipped_texts() -> list[str]:
        """Controls and the title whose text does not fit them."""
        bad = []
        for button in kiosk._all_buttons():
            if button.fontMetrics().horizontalAdvance(button.text()) + 8 > button.width():
                bad.append(button.text())
        title = window.title_label
        from PySide6.QtCore import Qt

        need = title.fontMetrics().boundingRect(QRect(0, 0, title.width(), 10000), Qt.TextFlag.TextWordWrap
                                                if title.wordWrap() else 0, title.text())
        if need.width() > title.width() + 1 or need.height() > title.height() + 1:
            bad.append(title.text())
        return bad

    def shot(name: str) -> None:
        if shots:
            screen = app.primaryScreen().geometry()
            window.grab().save(os.path.join(shots, f"kiosk-{lang}-{screen.width()}x{screen.height()}-{name}.png"))

    pump(1500)
    screen = app.primaryScreen().geometry()
    out: dict[str, object] = {"screen": [screen.width(), screen.height()], "window": rect(window),
                              "target": kiosk.target, "orientation": kiosk.orientation, "scale": kiosk.scale}
    if mode == "layout":
        out["idle"] = controls()
        out["clipped_idle"] = clipped_texts()
        out["story_idle"] = kiosk.story.showing
        shot("idle")
        window.select_by_id("tulpar-talgo-opens", animate=False)
        pump(600)
        out["panel"] = controls()
        out["story_panel"] = kiosk.story.showing
        shot("panel")
        window.set_language("ru" if lang != "ru" else "en")
        pump(300)
        out["other_language"] = controls()
        out["clipped_other_language"] = clipped_texts()
        window.set_language(lang)
        kiosk.reset_to_start()
        pump(300)
        kiosk.start_attract()
        stops = []
        tour = kiosk.tour
        for n in range(len(tour.stops)):
            if n:
                window.step_tour(1, wrap=True)
            pump(250)
            index = window.state.selected
            frame = window.view.lanes_item.frame()
            spec = frame.spec
            labels = [lb.box for lane in frame.lanes for lb in lane.labels if lb.index == index]
            spans = [sp for lane in frame.lanes for sp in lane.spans if sp.index == index and sp.whole]
            inside = any(b.x >= 0 and b.y >= 0 and b.right <= spec.width + 0.5 and b.bottom <= spec.height + 0.5
                         for b in labels) or bool(spans)
            x0, x1 = window.state.range
            stops.append({"event": window.timeline.events[index].id, "label_whole_in_frame": inside,
                          "story": kiosk.story.showing, "span_days": (x1 - x0) / 86400,
                          "card_title": kiosk.story.card.title.text(), "selected_only": window.state.focused in
                          (None, index) and window.state.hovered in (None, index)})
            if n == 3:
                shot("attract")
                out["attract"] = controls()
        out["stops"] = stops
        if shots:  # the idle countdown over the last stop, as a visitor who walked away would leave it
            from kztimeline.kiosk.cycle import Effect

            kiosk._apply([Effect("show_countdown", 10)])
            pump(200)
            shot("countdown")
            kiosk._apply([Effect("hide_countdown")])
    elif mode == "wm":
        out["wm"] = wm_checks(kiosk, window, pump)
    elif mode == "cage":  # under cage: the platform, full screen, a frame drawn, the attract loop stepping
        out["platform"] = app.platformName()
        from kztimeline.kiosk.controller import describe_screen

        out["screen_info"] = repr(describe_screen(app.primaryScreen()))
        out["full_screen"] = window.isFullScreen()
        out["exposed"] = window.windowHandle().isExposed()
        kiosk.start_attract()
        pump(800)
        out["story"] = kiosk.story.showing
        shot("cage-attract")
    kiosk.stop()
    print("PROBE " + json.dumps(out))
    return 0


def wm_checks(kiosk, window, pump) -> dict[str, object]:
    """Put the window away as a visitor (or the window manager's keys and menus) could; time its return."""
    from PySide6.QtGui import QGuiApplication

    guard = kiosk.guard
    wid = str(int(window.winId()))
    results: dict[str, object] = {}

    def restored() -> bool:
        handle = window.windowHandle()
        return (not guard.problems() and handle is not None and handle.isExposed()
                and QGuiApplication.focusWindow() is handle and window.isActiveWindow())

    def attempt(name: str, command: list[str]) -> None:
        pump(400)
        ok_before = restored()
        before = len(guard.restores)
        subprocess.run(command, check=False, capture_output=True, timeout=10)
        start = time.monotonic()
        # wait for the window manager to do it, then for the kiosk to undo it (or to see that it never happened)
        pump(100)
        while time.monotonic() - start < 3.0 and not (len(guard.restores) > before and restored()):
            pump(20)
            if time.monotonic() - start > 1.5 and restored():
                break
        latency = time.monotonic() - start
        results[name] = {"was_fine": ok_before, "restored": restored(), "seconds": round(latency, 3),
                         "guard_acted": len(guard.restores) > before,
                         "what": guard.restores[-1][1] if len(guard.restores) > before else ""}

    attempt("iconify", ["xdotool", "windowminimize", wid])
    attempt("show_desktop", ["wmctrl", "-k", "on"])
    attempt("switch_desktop", ["wmctrl", "-s", "1"])
    attempt("super_d_key", ["xdotool", "key", "super+d"])
    attempt("alt_space_then_iconify", ["xdotool", "key", "alt+space", "sleep", "0.3", "key", "i"])
    attempt("desktop_key", ["xdotool", "key", "ctrl+alt+Right"])
    results["current_desktop"] = subprocess.run(["wmctrl", "-d"], capture_output=True, text=True,
                                                check=False).stdout
    return results


if __name__ == "__main__":
    sys.exit(main())
