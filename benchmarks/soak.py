"""Soak the kiosk: thousands of attract-loop steps, idle resets and random touch, wheel and key input, offscreen.

    python benchmarks/soak.py [--steps 10000] [--seed 1] [--layout landscape|portrait|4k]
    python benchmarks/soak.py --real-minutes 20 [--layout portrait]   # real timers: idle 3 s, attract 2 s, step 1 s

Prints memory (resident set) after a warm-up and at the end, its growth, and the number of exceptions; exits 1
if any exception was raised or memory grew by 10 MB or more. Not a test: it takes minutes.

--layout lays the kiosk out as on a 1920x1080 (landscape), 1080x1920 (portrait) or 3840x2160 (4k, font scale
2.5) screen. --real-minutes runs the kiosk on its own timers and clock for that long (a touch every minute brings
the countdown and idle reset again) and also reports the attract-loop steps taken per minute: a loop that stalls
shows as zeros.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import traceback


class FakeClock:
    """The kiosk cycle's clock: the soak moves it on when it wants the idle reset, so a run is repeatable."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--layout", choices=("landscape", "portrait", "4k"), default="landscape")
    parser.add_argument("--real-minutes", type=float, default=0.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_STATE_HOME"] = os.environ.get("SOAK_STATE", "/tmp/kztimeline-soak-state")

    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kztimeline.app import create_window, make_application, settle
    from kztimeline.data.kiosk_config import KioskConfig
    from kztimeline.kiosk.controller import KioskController, close_logging, setup_logging
    from kztimeline.kiosk.fit import Fit

    size, screen_fit = {
        "landscape": ((1920, 1080), Fit("landscape", 1.25, 43, False, "soak")),
        "portrait": ((1080, 1920), Fit("portrait", 1.25, 43, False, "soak")),
        "4k": ((3840, 2160), Fit("landscape", 2.5, 43, False, "soak")),
    }[args.layout]
    app = make_application()
    window = create_window(None, remember=False, lang="kk")
    window.resize(*size)
    window.show()
    settle()
    setup_logging()
    if args.real_minutes > 0:
        return real_timers(app, window, args.real_minutes, screen_fit)
    config = KioskConfig(idle_seconds=3600, countdown_seconds=0.05, attract_seconds=3600, step_seconds=3600,
                         reduced_motion=True, language="kk")
    clock = FakeClock()
    kiosk = KioskController(window, config, clock=clock, screen_fit=screen_fit)
    errors: list[str] = []

    def hook(kind, value, tb):
        errors.append("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = hook
    rng = random.Random(args.seed)
    viewport = window.view.viewport()
    keys = [Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Up, Qt.Key.Key_Down,
            Qt.Key.Key_Return, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Home]

    def step(n: int) -> None:
        choice = rng.random()
        if choice < 0.35:  # the attract loop moves on (as its timer would)
            if kiosk.state != "attract":
                kiosk.window.play_tour(kiosk.tour)
            kiosk.window.step_tour(1, wrap=True)
        elif choice < 0.55:  # a tap somewhere on the timeline
            point = QPoint(rng.randrange(viewport.width()), rng.randrange(viewport.height()))
            QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        elif choice < 0.7:  # a wheel turn
            pos = QPointF(rng.randrange(viewport.width()), rng.randrange(viewport.height()))
            delta = rng.choice([-240, -120, 120, 240])
            event = QWheelEvent(pos, viewport.mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
            QApplication.sendEvent(viewport, event)
        elif choice < 0.9:  # a key
            QTest.keyClick(window.view, rng.choice(keys))
        elif choice < 0.97:  # a language button
            code = rng.choice(list(kiosk.language_buttons))
            kiosk.language_buttons[code].click()
        else:  # nobody there: the countdown, then the start view (the cycle's clock jumps past the idle time)
            clock.now += config.idle_seconds + config.countdown_seconds + 0.01
            kiosk.tick()
        if n % 10 == 0:
            app.processEvents()
            # as the running event loop does: widgets given to deleteLater() are deleted now
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    warm = min(1000, args.steps // 10)
    started = time.perf_counter()
    for n in range(warm):
        step(n)
    settle()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    before = rss_mb()
    samples = []
    for n in range(args.steps):
        step(n)
        if n % max(1, args.steps // 10) == 0:
            samples.append(round(rss_mb(), 1))
    settle()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    after = rss_mb()
    print(f"memory every {max(1, args.steps // 10)} steps (MB): {samples}")
    elapsed = time.perf_counter() - started
    kiosk.stop()
    close_logging()
    growth = after - before
    print(f"soak: {args.steps} steps (+{warm} warm-up) in {elapsed:.0f} s; memory {before:.1f} MB -> {after:.1f} MB "
          f"(growth {growth:+.1f} MB); exceptions: {len(errors)}")
    for error in errors[:3]:
        print(error, file=sys.stderr)
    return 1 if errors or growth >= 10 else 0


def real_timers(app, window, minutes: float, screen_fit) -> int:
    """The kiosk on its own QTimer and clock for `minutes`: idle 3 s, countdown 1 s, attract 2 s, step 1 s."""
    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest

    from kztimeline.data.kiosk_config import KioskConfig
    from kztimeline.kiosk.controller import KioskController, close_logging

    config = KioskConfig(idle_seconds=3, countdown_seconds=1, attract_seconds=2, step_seconds=1,
                         reduced_motion=False, language="kk")
    kiosk = KioskController(window, config, screen_fit=screen_fit)
    errors: list[str] = []
    sys.excepthook = lambda kind, value, tb: errors.append("".join(traceback.format_exception(kind, value, tb)))
    steps = {"total": 0, "minute": 0}
    stops: list[int] = []
    kiosk.window.state.subscribe(lambda changed: "tour" in changed and kiosk.window.state.tour is not None
                                 and steps.__setitem__("minute", steps["minute"] + 1))
    samples: list[tuple[float, int]] = []
    started = time.monotonic()
    viewport = window.view.viewport()

    def minute() -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        samples.append((round(rss_mb(), 1), steps["minute"]))
        stops.append(steps["minute"])
        steps["total"] += steps["minute"]
        steps["minute"] = 0
        print(f"  {time.monotonic() - started:5.0f} s: {samples[-1][0]} MB, {samples[-1][1]} stops in the last "
              f"minute, phase {kiosk.state}", flush=True)
        # a visitor: a touch on the timeline brings the countdown and idle reset again
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(viewport.width() // 2, viewport.height() // 2))

    ticker = QTimer()
    ticker.timeout.connect(minute)
    ticker.start(60_000)
    # app.quit() would ask the windows to close first, and the kiosk refuses: exit() ends the loop as it is
    QTimer.singleShot(round(minutes * 60_000), lambda: app.exit(0))
    before = rss_mb()
    app.exec()
    ticker.stop()
    after = rss_mb()
    kiosk.stop()
    close_logging()
    first = samples[1][0] if len(samples) > 1 else before
    growth = after - first
    print(f"soak (real timers, {minutes:g} min): memory {before:.1f} MB at start, {first:.1f} MB after a minute, "
          f"{after:.1f} MB at the end (growth {growth:+.1f} MB after the first minute); attract stops taken: "
          f"{steps['total'] + steps['minute']}, per minute {stops}; exceptions: {len(errors)}")
    for error in errors[:3]:
        print(error, file=sys.stderr)
    stalled = len(stops) >= 2 and stops[-1] == 0
    return 1 if errors or growth >= 10 or stalled else 0


if __name__ == "__main__":
    sys.exit(main())
