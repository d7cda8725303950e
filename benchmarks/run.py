"""Measure kztimeline's speed and memory: prints a table and writes JSON. Not a test; numbers, not verdicts.

    python benchmarks/run.py [--sizes bundled,1000,10000,100000] [--runs 3] [--json benchmarks/out/results.json]

For the bundled data and synthetic files of N events (made by benchmarks/generate.py into benchmarks/out/):
load + validate; time to the first painted frame for the whole process from launch, beside a floor measured in
the same run (a bare PySide6 + pyqtgraph window of the same size with an empty plot); zoom and pan repaint
(median and p95 over 60 steps from the whole range down to a week, each a synchronous repaint); click to the
detail panel shown; one search keystroke; a 3840x2160 PNG export; peak memory (RSS). Each run is a fresh
process; medians over runs are reported. Everything runs offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SIZE = (1600, 900)


# -- child processes ------------------------------------------------------------------------------------------
def child_first_frame(data: str | None, floor: bool) -> None:
    """Start a window (or the floor: a bare plot) and print the wall-clock time its first frame was painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(obj)
            return False

    if floor:
        import pyqtgraph as pg

        app = QApplication([])
        widget = pg.PlotWidget()
        widget.resize(*SIZE)
        target = widget.viewport()
    else:
        from kztimeline.app import create_window, is_large, make_application

        app = make_application()
        widget = create_window(data, remember=False, background=is_large(data))  # as the app does
        widget.resize(*SIZE)
        target = widget.view.viewport()
    watch = Watch()
    target.installEventFilter(watch)
    widget.show()
    while not painted:
        app.processEvents()
    result = {"painted_at": time.time()}
    loader = getattr(widget, "loader", None)
    if loader is not None:  # a large file: the window is up; how long until the data is in it
        pauses = []
        while loader.isRunning() or widget.progress_bar.isVisible():
            start = time.perf_counter()
            app.processEvents()
            pauses.append(time.perf_counter() - start)
            time.sleep(0.005)
        result["data_ready_at"] = time.time()
        result["longest_pause_s"] = max(pauses)
    print(json.dumps(result))
    # as the application ends: its window closed before the interpreter goes (a window still shown while
    # Python tears itself down can crash in PySide's clean-up)
    widget.close()
    app.processEvents()


def child_measure(data: str | None) -> None:
    """Everything else, in one process: print a JSON object of measurements."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import random
    import resource
    import tempfile

    from kztimeline.data import load

    t0 = time.perf_counter()
    result = load(data)
    load_s = time.perf_counter() - t0
    assert result.timeline is not None, [str(p) for p in result.problems[:5]]
    timeline = result.timeline

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kztimeline.app import create_window, make_application, settle
    from kztimeline.export.options import ExportOptions, check
    from kztimeline.export.render import export
    from kztimeline.model import DAY

    app = make_application()
    window = create_window(data, remember=False, loaded=result)  # one model, as in a user's process
    window.resize(*SIZE)
    window.show()
    settle()
    view = window.view
    view.reduced_motion = True
    rng = random.Random(1)
    first, last = view.full_range

    def repaint() -> float:
        start = time.perf_counter()
        view.viewport().repaint()
        return time.perf_counter() - start

    zoom, pan = [], []
    spans = [(last - first) * (7 * DAY / (last - first)) ** (i / 59) for i in range(60)]  # whole range .. a week
    for span in spans:
        centre = rng.uniform(first + span / 2, last - span / 2) if span < last - first else (first + last) / 2
        t = time.perf_counter()
        view.set_range(centre - span / 2, centre + span / 2)
        zoom.append(time.perf_counter() - t + repaint())
        t = time.perf_counter()
        view.pan_by(0.1)
        pan.append(time.perf_counter() - t + repaint())

    # click to panel: events drawn in a mid zoom, clicked where they are drawn (the view moves after each)
    clicks = []
    visible = view.viewport().rect().toRectF()
    span = 0.15 * (last - first)
    for n in range(20):
        window.close_panel()
        hits = []
        while not hits and span > 7 * DAY:  # zoom in until single events are drawn (dense data needs more)
            view.set_range(first + 0.45 * (last - first), first + 0.45 * (last - first) + span)
            app.processEvents()
            repaint()
            item = view.lanes_item
            hits = [item.scene_rect(h.rect) for h in item.frame().hits if h.event is not None]
            hits = [r for r in hits if visible.contains(r.center())]
            if not hits:
                span /= 3
        if not hits:
            break
        centre = hits[n % len(hits)].center()
        t = time.perf_counter()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(round(centre.x()), round(centre.y())))
        app.processEvents()
        window.panel.repaint()
        clicks.append(time.perf_counter() - t)
        assert window.panel.isVisible()

    keys = []
    for word in ("plant", "tenge", "metal", "export"):
        window.search_field.clear()
        app.processEvents()
        for letter in word:
            t = time.perf_counter()
            QTest.keyClick(window.search_field, letter)
            app.processEvents()
            view.viewport().repaint()
            keys.append(time.perf_counter() - t)
    window.search_field.clear()

    options = check(ExportOptions(width=3840, height=2160), timeline)
    with tempfile.TemporaryDirectory() as folder:
        t = time.perf_counter()
        export(timeline, options, Path(folder) / "4k.png", view.lanes_item.font)
        export_s = time.perf_counter() - t

    print(json.dumps({
        "events": len(timeline.events),
        "load_s": load_s,
        "zoom_median_s": statistics.median(zoom), "zoom_p95_s": _p95(zoom),
        "pan_median_s": statistics.median(pan), "pan_p95_s": _p95(pan),
        "click_median_s": statistics.median(clicks) if clicks else None,
        "search_median_s": statistics.median(keys), "search_p95_s": _p95(keys),
        "export_4k_s": export_s,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
    window.close()
    QApplication.processEvents()


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# -- the parent -----------------------------------------------------------------------------------------------
def _run_child(args: list[str]) -> dict:
    started = time.time()
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child {args} failed:\n{proc.stderr[-2000:]}")
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1]
    result = json.loads(line)
    if "painted_at" in result:
        result["first_frame_s"] = result["painted_at"] - started
    if "data_ready_at" in result:
        result["data_ready_s"] = result["data_ready_at"] - started
    return result


def dataset(size: str) -> str | None:
    if size == "bundled":
        return None
    n = int(size)
    path = OUT / f"synthetic-{n}.yaml"
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(path)], check=True,
                       capture_output=True)
    return str(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="bundled,1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=OUT / "results.json")
    parser.add_argument("--child", choices=("measure", "first-frame", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "measure":
        child_measure(args.data)
        return 0
    if args.child in ("first-frame", "floor"):
        child_first_frame(args.data, args.child == "floor")
        return 0

    table = {}
    for size in args.sizes.split(","):
        data = dataset(size)
        data_args = ["--data", data] if data else []
        runs, frames, floors = [], [], []
        for _ in range(args.runs):
            floors.append(_run_child(["--child", "floor"])["first_frame_s"])
            frames.append(_run_child(["--child", "first-frame", *data_args]))
            runs.append(_run_child(["--child", "measure", *data_args]))
        row = {key: statistics.median(r[key] for r in runs) for key in runs[0] if runs[0][key] is not None}
        row["first_frame_s"] = statistics.median(f["first_frame_s"] for f in frames)
        if "data_ready_s" in frames[0]:
            row["data_ready_s"] = statistics.median(f["data_ready_s"] for f in frames)
            row["longest_pause_s"] = statistics.median(f["longest_pause_s"] for f in frames)
        row["floor_s"] = statistics.median(floors)
        row["first_frame_ratio"] = row["first_frame_s"] / row["floor_s"]
        table[size] = row
        print(f"measured {size}", file=sys.stderr)

    def ms(value: float) -> str:
        return f"{value * 1000:.1f} ms"

    columns = [
        ("events", lambda r: f"{r['events']:.0f}"),
        ("load+validate", lambda r: ms(r["load_s"])),
        ("first frame", lambda r: ms(r["first_frame_s"])),
        ("floor", lambda r: ms(r["floor_s"])),
        ("ratio", lambda r: f"{r['first_frame_ratio']:.2f}x"),
        ("data in (pause)", lambda r: f"{ms(r['data_ready_s'])} ({ms(r['longest_pause_s'])})" if "data_ready_s" in r
         else "-"),
        ("zoom med/p95", lambda r: f"{ms(r['zoom_median_s'])} / {ms(r['zoom_p95_s'])}"),
        ("pan med/p95", lambda r: f"{ms(r['pan_median_s'])} / {ms(r['pan_p95_s'])}"),
        ("click→panel", lambda r: ms(r["click_median_s"]) if "click_median_s" in r else "-"),
        ("search key", lambda r: f"{ms(r['search_median_s'])} / {ms(r['search_p95_s'])}"),
        ("4K PNG", lambda r: ms(r["export_4k_s"])),
        ("peak RSS", lambda r: f"{r['peak_rss_mb']:.0f} MB"),
    ]
    print(f"kztimeline benchmarks: medians of {args.runs} runs, {SIZE[0]}x{SIZE[1]}, offscreen, "
          f"{os.cpu_count()} cores")
    print("| size | " + " | ".join(name for name, _ in columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for size, row in table.items():
        print(f"| {size} | " + " | ".join(fmt(row) for _, fmt in columns) + " |")
    sized = {int(row["events"]): row for row in table.values() if row["events"] >= 1000}
    if len(sized) >= 2:
        import math

        small, large = min(sized), max(sized)
        print(f"growth from {small} to {large} events, as the exponent k in time ~ n^k:")
        for key in ("load_s", "zoom_p95_s", "pan_p95_s", "click_median_s", "search_median_s", "export_4k_s",
                    "peak_rss_mb"):
            a, b = sized[small].get(key), sized[large].get(key)
            if a and b:
                print(f"  {key}: {math.log(b / a) / math.log(large / small):.2f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"runs": args.runs, "size": SIZE, "results": table}, indent=2))
    print(f"JSON written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
