"""Measure kztimeline's speed and memory as a user gets them: prints markdown tables and writes JSON. Not a test;
numbers, not verdicts.

    python benchmarks/run.py [--sizes bundled,1000,10000,100000] [--runs 3] [--peer] [--peer-sizes 1000,10000]
                             [--peer-modes cluster,plain] [--peer-runs 1] [--peer-timeout 900]
                             [--idle 1.0] [--json benchmarks/out/results.json]

For the bundled data and synthetic files of N events (made by benchmarks/generate.py into benchmarks/out/), each
run is a set of fresh processes, all offscreen, at 1600x900:

- load + validate on first open, with an empty cache folder (KZTIMELINE_CACHE_DIR is a new temporary folder for
  each run), and "opened again": load in a new process against the cache the first open filled;
- the first painted frame of the whole process from launch, and for files the app loads in the background the
  time until the data is in the window and the longest pause of the GUI thread meanwhile, on first open and
  opened again;
- in one process that holds one model, as a user's does (the data is loaded once and the window built from it),
  after the window has been left to itself for --idle seconds (1 by default: a visitor's first gesture comes a
  moment after the window appears, and the app does its idle work meanwhile, as it measures the labels' widths
  ahead; 0 zooms at once): zoom and pan repaint over 60 steps from the whole range down to a week (each a range
  change and a synchronous repaint; the p95 for each of 6 zoom-level bands of 10 steps, zoom and pan frames
  together), click to the detail panel shown, one search keystroke, a 3840x2160 PNG export as the window's
  export does it, peak RSS;
- the floors, measured in the same run: a bare pyqtgraph window's first frame from launch, a bare pyqtgraph
  PlotWidget of the same size repainted over the same zoom loop, and 500 cached pixmaps drawn in one
  drawPixmapFragments call per repaint of a widget of the same size;
- with --peer, the peer: vis-timeline in headless Chromium (benchmarks/peer/), given the same events and the same
  zoom loop, at --peer-sizes, with its clustering of overlapping items (its level of detail) and without (every
  item drawn; at 10,000 items this takes many minutes, so a run is stopped after --peer-timeout seconds). Its load
  is from the items handed to the page to the first painted frame. Needs node, chromium and `npm ci` in
  benchmarks/peer/; says why when it skips.

Medians over runs are reported. The load average is printed at the start and at the end: the machine's other work
shows in every number.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PEER = HERE / "peer"
SIZE = (1600, 900)
ZOOM_STEPS = 60
BANDS = 6  # zoom-level bands of ZOOM_STEPS // BANDS steps each
WEEK = 7 * 86400.0
BLIT_COUNT = 500
CACHE_VARIABLE = "KZTIMELINE_CACHE_DIR"


# -- what every measured view goes through ---------------------------------------------------------------------
def zoom_windows(first: float, last: float) -> list[tuple[float, float, float]]:
    """The zoom loop: (start, end, span) of each frame, a zoom step then a pan step of a tenth of the span, for 60
    spans shrinking geometrically from the whole range to a week around random centres (seeded, so kztimeline,
    the floor and the peer see the same windows)."""
    rng = random.Random(1)
    windows = []
    for i in range(ZOOM_STEPS):
        span = (last - first) * (WEEK / (last - first)) ** (i / (ZOOM_STEPS - 1))
        centre = rng.uniform(first + span / 2, last - span / 2) if span < last - first else (first + last) / 2
        windows.append((centre - span / 2, centre + span / 2, span))
        windows.append((centre - 0.4 * span, centre + 0.6 * span, span))
    return windows


def run_zoom_loop(first: float, last: float, set_range: Callable[[float, float], object],
                  repaint: Callable[[], object]) -> dict:
    """Time set_range + a synchronous repaint for every window of the zoom loop; medians, p95s, p95 per band."""
    zoom, pan = [], []
    for n, (start, end, _span) in enumerate(zoom_windows(first, last)):
        t = time.perf_counter()
        set_range(start, end)
        repaint()
        (zoom if n % 2 == 0 else pan).append(time.perf_counter() - t)
    per_band = ZOOM_STEPS // BANDS
    bands = [_p95(zoom[b * per_band:(b + 1) * per_band] + pan[b * per_band:(b + 1) * per_band])
             for b in range(BANDS)]
    return {"zoom_median_s": statistics.median(zoom), "zoom_p95_s": _p95(zoom),
            "pan_median_s": statistics.median(pan), "pan_p95_s": _p95(pan),
            "band_p95_s": bands, "worst_band_p95_s": max(bands)}


def band_names(first: float, last: float) -> list[str]:
    spans = [w[2] for w in zoom_windows(first, last)[::2]]
    per_band = ZOOM_STEPS // BANDS
    return [f"{_span_name(spans[b * per_band])}–{_span_name(spans[(b + 1) * per_band - 1])}" for b in range(BANDS)]


def _span_name(seconds: float) -> str:
    days = seconds / 86400
    if days >= 365:
        return f"{days / 365.25:.1f} y" if days < 3650 else f"{days / 365.25:.0f} y"
    return f"{days / 30.44:.1f} mo" if days >= 61 else f"{days:.0f} d"


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# -- child processes ------------------------------------------------------------------------------------------
def child_first_frame(data: str | None, floor: bool) -> None:
    """Start a window (or the floor: a bare plot) and print the wall-clock time its first frame was painted; for
    a file loaded in the background, also when the data was in the window and the longest GUI pause until then."""
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
        handed = []  # the worker hands the window its data, then builds the search index
        loader.loaded.connect(lambda _: handed.append(time.time()))

        def wait(done) -> None:
            while not done():
                start = time.perf_counter()
                app.processEvents()
                pauses.append(time.perf_counter() - start)
                time.sleep(0.005)

        wait(lambda: (handed or loader.isFinished()) and not widget.progress_bar.isVisible())
        result["data_ready_at"] = time.time()
        wait(loader.isFinished)
        result["search_ready_at"] = time.time()
        result["longest_pause_s"] = max(pauses)
    elif not floor:  # loaded before the window was shown: the first frame has the data
        result["data_ready_at"] = result["painted_at"]
    print(json.dumps(result))
    # as the application ends: its window closed before the interpreter goes (a window still shown while
    # Python tears itself down can crash in PySide's clean-up)
    widget.close()
    app.processEvents()


def child_load(data: str | None) -> None:
    """Load + validate only (the "opened again" row runs this against the cache a first open filled)."""
    from kztimeline.data import load

    cache = Path(os.environ.get(CACHE_VARIABLE, "."))
    before = sorted(cache.rglob("*"))
    t0 = time.perf_counter()
    result = load(data)
    load_s = time.perf_counter() - t0
    assert result.timeline is not None, [str(p) for p in result.problems[:5]]
    # a hit adds no entry; a miss (nothing kept by the first open, or a key changed by source edits meanwhile:
    # the key covers the loader's and model's code) writes a new one
    hit = bool(before) and sorted(cache.rglob("*")) == before
    print(json.dumps({"events": len(result.timeline.events), "load_s": load_s, "cache_hit": hit}))


def child_measure(data: str | None, idle: float) -> None:
    """Everything else, in one process that holds one model: print a JSON object of measurements."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from kztimeline.data import load

    t0 = time.perf_counter()
    result = load(data)
    load_s = time.perf_counter() - t0
    assert result.timeline is not None, [str(p) for p in result.problems[:5]]
    timeline = result.timeline

    from PySide6.QtCore import QEvent, QObject, QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kztimeline.app import create_window, make_application, settle
    from kztimeline.export.options import ExportOptions, check
    from kztimeline.export.render import export

    app = make_application()
    window = create_window(data, remember=False, loaded=result)  # one model, as in a user's process
    window.resize(*SIZE)
    window.show()
    settle()
    if idle > 0:  # the window left to itself (its event loop running), as before a visitor's first gesture
        QTest.qWait(round(idle * 1000))
    view = window.view
    view.reduced_motion = True
    first, last = view.full_range
    loop = run_zoom_loop(first, last, view.set_range, view.viewport().repaint)

    class Painted(QObject):  # counts a widget's paint events
        def __init__(self, widget) -> None:
            super().__init__()
            self.count = 0
            widget.installEventFilter(self)

        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    def painted(widget, watch: Painted) -> None:
        """The events a click or keystroke queued handled, and `widget` painted once: by those events (as the
        user gets it), or forced here when they painted nothing (a repaint on top of theirs would count a frame
        the user never waits for)."""
        before = watch.count
        app.processEvents()
        if watch.count == before:
            widget.repaint()

    view_paints, panel_paints = Painted(view.viewport()), Painted(window.panel.viewport())

    # click to panel: events drawn in a mid zoom, clicked where they are drawn (the view moves after each)
    clicks: list[float] = []
    click_error = None
    visible = view.viewport().rect().toRectF()
    span = 0.15 * (last - first)

    def drawn_events() -> list:  # where single events are drawn, in viewport pixels (the frame's hit areas)
        item = view.lanes_item
        hits = [item.scene_rect(h.rect) for h in item.frame().hits if h.event is not None]
        return [r for r in hits if visible.contains(r.center())]

    try:
        for n in range(20):
            window.close_panel()
            hits = []
            while not hits and span > WEEK:  # zoom in until single events are drawn (dense data needs more)
                view.set_range(first + 0.45 * (last - first), first + 0.45 * (last - first) + span)
                app.processEvents()
                view.viewport().repaint()
                hits = drawn_events()
                if not hits:
                    span /= 3
            if not hits:
                break
            centre = hits[n % len(hits)].center()
            t = time.perf_counter()
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             QPoint(round(centre.x()), round(centre.y())))
            painted(window.panel.viewport(), panel_paints)
            clicks.append(time.perf_counter() - t)
            assert window.panel.isVisible()
    except (AttributeError, TypeError) as error:  # the frame's hit areas changed shape: say so, measure the rest
        click_error = f"{type(error).__name__}: {error}"

    keys = []
    for word in ("plant", "tenge", "metal", "export"):
        window.search_field.clear()
        app.processEvents()
        for letter in word:
            t = time.perf_counter()
            QTest.keyClick(window.search_field, letter)
            painted(view.viewport(), view_paints)
            keys.append(time.perf_counter() - t)
    window.search_field.clear()

    options = check(ExportOptions(width=3840, height=2160), timeline)
    with tempfile.TemporaryDirectory() as folder:  # as the window's export: with the lanes it prepared
        t = time.perf_counter()
        export(timeline, options, Path(folder) / "4k.png", view.lanes_item.font,
               prepared=getattr(window, "prepared", None))
        export_s = time.perf_counter() - t

    print(json.dumps({
        "events": len(timeline.events),
        "full_range": [first, last],
        "load_s": load_s,
        **loop,
        "click_median_s": statistics.median(clicks) if clicks else None,
        "click_p95_s": _p95(clicks) if clicks else None,
        "click_error": click_error,
        "search_median_s": statistics.median(keys), "search_p95_s": _p95(keys),
        "export_4k_s": export_s,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
    window.close()
    QApplication.processEvents()


def child_repaint_floor(first: float, last: float) -> None:
    """The repaint floors: a bare pyqtgraph PlotWidget (no items) of the same size over the same zoom loop, and
    500 pixmaps from one cached atlas drawn with one drawPixmapFragments call per repaint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np
    import pyqtgraph as pg
    import shiboken6
    from PySide6.QtCore import QEventLoop, QRectF, Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    plot = pg.PlotWidget()  # (a DateAxisItem was 2-4x slower at the whole range: its tick search, not a floor)
    plot.resize(*SIZE)
    plot.show()
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loop = run_zoom_loop(first, last, lambda a, b: plot.setXRange(a, b, padding=0), plot.viewport().repaint)
    plot.close()

    # an atlas of 50 badge-like pixmaps (a filled circle with a count), 500 fragments drawn from it per frame
    cell = 24
    atlas = QPixmap(cell * 10, cell * 5)
    atlas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(atlas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for k in range(50):
        x, y = (k % 10) * cell, (k // 10) * cell
        painter.setBrush(QColor.fromHsv(k * 7 % 360, 160, 200))
        painter.drawEllipse(QRectF(x + 1, y + 1, cell - 2, cell - 2))
        painter.drawText(QRectF(x, y, cell, cell), Qt.AlignmentFlag.AlignCenter, str(k + 2))
    painter.end()
    names = ["x", "y", "sourceLeft", "sourceTop", "width", "height", "scaleX", "scaleY", "rotation", "opacity"]
    fragments = np.zeros(BLIT_COUNT, dtype=[(name, "f8") for name in names])
    fragments["width"] = fragments["height"] = cell
    fragments["scaleX"] = fragments["scaleY"] = fragments["opacity"] = 1.0
    rng = np.random.default_rng(1)

    class Blit(QWidget):
        def paintEvent(self, event):  # noqa: N802
            fragments["x"] = rng.uniform(cell, SIZE[0] - cell, BLIT_COUNT)
            fragments["y"] = rng.uniform(cell, SIZE[1] - cell, BLIT_COUNT)
            which = rng.integers(0, 50, BLIT_COUNT)
            fragments["sourceLeft"] = (which % 10) * cell
            fragments["sourceTop"] = (which // 10) * cell
            p = QPainter(self)
            p.fillRect(self.rect(), QColor("white"))
            p.drawPixmapFragments(shiboken6.wrapInstance(fragments.ctypes.data, QPainter.PixmapFragment),
                                  BLIT_COUNT, atlas)
            p.end()

    widget = Blit()
    widget.resize(*SIZE)
    widget.show()
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    blits = []
    for _ in range(ZOOM_STEPS):
        t = time.perf_counter()
        widget.repaint()
        blits.append(time.perf_counter() - t)
    widget.close()
    print(json.dumps({**{f"floor_{key}": value for key, value in loop.items()},
                      "blit_median_s": statistics.median(blits), "blit_p95_s": _p95(blits)}))


def child_peer_items(data: str, out: str) -> None:
    """Write the peer's input: the events as vis-timeline items (id, content = the lane label, start/end, group =
    the lane), the lanes as groups, and the same zoom loop's windows in milliseconds."""
    import datetime as dt

    from kztimeline.data import load
    from kztimeline.timeline.lanes import POLICY_LANE, is_bar, lane_of

    result = load(data)
    assert result.timeline is not None
    timeline = result.timeline
    items = []
    for event in timeline.events:
        item = {"id": event.id, "content": event.short_label("en"), "group": lane_of(event)}
        if is_bar(event):
            item["start"], item["end"] = event.when.start_seconds() * 1000, event.when.end_seconds() * 1000
        else:
            item["start"] = event.when.anchor_seconds() * 1000
        items.append(item)
    lanes = [POLICY_LANE, *timeline.sectors]
    used = {item["group"] for item in items}
    groups = [{"id": key, "content": key} for key in lanes if key in used]
    first, last = timeline.range.start_seconds(), timeline.range.end_seconds()
    windows = [[a * 1000, b * 1000] for a, b, _ in zoom_windows(first, last)]
    Path(out).write_text(json.dumps({"items": items, "groups": groups, "range": [first * 1000, last * 1000],
                                     "windows": windows, "size": SIZE, "bands": BANDS,
                                     "made": dt.datetime.now(dt.UTC).isoformat()}))


# -- the parent -----------------------------------------------------------------------------------------------
def _run_child(args: list[str], cache: str | None = None, timeout: float | None = None) -> dict:
    env = dict(os.environ)
    env[CACHE_VARIABLE] = cache if cache is not None else tempfile.mkdtemp(prefix="kzcache-")  # never the user's
    started = time.time()
    try:
        proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False,
                              env=env, timeout=timeout)
    finally:
        if cache is None:
            shutil.rmtree(env[CACHE_VARIABLE], ignore_errors=True)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child {args} failed:\n{proc.stderr[-2000:]}")
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1]
    result = json.loads(line)
    if "painted_at" in result:
        result["first_frame_s"] = result["painted_at"] - started
    if "data_ready_at" in result:
        result["data_ready_s"] = result["data_ready_at"] - started
    if "search_ready_at" in result:
        result["search_ready_s"] = result["search_ready_at"] - started
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


def _median(rows: list[dict], key: str) -> float | list[float] | str | None:
    values = [r[key] for r in rows if r.get(key) is not None]
    if not values:
        return None
    if isinstance(values[0], str):  # an error message: the first
        return values[0]
    if isinstance(values[0], list):
        return [statistics.median(column) for column in zip(*values, strict=True)]
    return statistics.median(values)


def measure_size(size: str, runs: int, idle: float) -> dict:
    data = dataset(size)
    data_args = ["--data", data] if data else []
    rows: dict[str, list[dict]] = {"measure": [], "again": [], "frame": [], "frame_again": [], "floor": [],
                                   "repaint_floor": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="kzcache-") as frames_cache, \
                tempfile.TemporaryDirectory(prefix="kzcache-") as measure_cache:
            rows["floor"].append(_run_child(["--child", "floor"]))
            rows["frame"].append(_run_child(["--child", "first-frame", *data_args], frames_cache))  # first open
            rows["frame_again"].append(_run_child(["--child", "first-frame", *data_args], frames_cache))
            rows["measure"].append(_run_child(["--child", "measure", "--idle", str(idle), *data_args],
                                              measure_cache))  # first open
            rows["again"].append(_run_child(["--child", "load", *data_args], measure_cache))  # opened again
            first, last = rows["measure"][-1]["full_range"]
            rows["repaint_floor"].append(_run_child(["--child", "repaint-floor", "--range", f"{first},{last}"]))
    row: dict = {key: _median(rows["measure"], key) for key in rows["measure"][0]}
    row["load_again_s"] = _median(rows["again"], "load_s")
    row["cache_misses"] = sum(not r.get("cache_hit", False) for r in rows["again"])
    for key in ("first_frame_s", "data_ready_s", "search_ready_s", "longest_pause_s"):
        row[key] = _median(rows["frame"], key)
        row[key.replace("_s", "_again_s", 1)] = _median(rows["frame_again"], key)
    row["floor_first_frame_s"] = _median(rows["floor"], "first_frame_s")
    row["first_frame_ratio"] = row["first_frame_s"] / row["floor_first_frame_s"]
    for key in rows["repaint_floor"][0]:
        row[key] = _median(rows["repaint_floor"], key)
    row["band_names"] = band_names(*row["full_range"])
    return row


# -- the peer -------------------------------------------------------------------------------------------------
def peer_missing() -> str | None:
    """Why the peer cannot run here, or None."""
    if shutil.which("node") is None:
        return "node is not installed"
    if chromium() is None:
        return "chromium is not installed (Debian: apt-get install chromium)"
    for package in ("vis-timeline", "vis-data", "playwright-core"):
        if not (PEER / "node_modules" / package).is_dir():
            return f"{package} is not installed (run `npm ci` in {PEER})"
    return None


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


PEER_MODES = ("plain", "cluster")  # every item drawn; or vis-timeline's clustering of overlapping items


def peer_items(size: str) -> Path:
    """The peer's input for `size`, converted from the same YAML (again only when the YAML changed)."""
    data = dataset(size)
    assert data is not None
    items = OUT / f"peer-items-{size}.json"
    if not items.exists() or items.stat().st_mtime < Path(data).stat().st_mtime:
        env = dict(os.environ)
        env[CACHE_VARIABLE] = tempfile.mkdtemp(prefix="kzcache-")
        try:
            subprocess.run([sys.executable, __file__, "--child", "peer-items", "--data", data, "--out", str(items)],
                           check=True, env=env)
        finally:
            shutil.rmtree(env[CACHE_VARIABLE], ignore_errors=True)
    return items


def measure_peer(size: str, mode: str, runs: int, timeout: float) -> dict:
    """Medians of `runs` runs of benchmarks/peer/bench.mjs; a run over `timeout` seconds ends the size's runs
    with a row that says so."""
    items = peer_items(size)
    results = []
    for _ in range(runs):
        # its own process group, so that a run out of time ends with its browser (not only node)
        proc = subprocess.Popen(["node", str(PEER / "bench.mjs"), str(items), chromium() or "chromium", mode],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return {"mode": mode, "items": float(size), "timed_out_s": timeout}
        if proc.returncode != 0:
            raise RuntimeError(f"peer failed:\n{stderr[-2000:]}")
        results.append(json.loads([ln for ln in stdout.splitlines() if ln.startswith("{")][-1]))
    return {key: _median(results, key) for key in results[0] if not isinstance(results[0][key], str)} | {
        key: value for key, value in results[0].items() if isinstance(value, str)}


# -- output ---------------------------------------------------------------------------------------------------
def ms(value: float | None) -> str:
    return "-" if value is None else f"{value * 1000:.1f} ms"


def seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s" if value >= 1 else ms(value)


def pair(a: float | None, b: float | None) -> str:
    return f"{ms(a)} / {ms(b)}"


def with_pause(ready: float | None, pause: float | None) -> str:
    return seconds(ready) if pause is None else f"{seconds(ready)} ({ms(pause)})"


MAIN_COLUMNS: list[tuple[str, Callable[[dict], str]]] = [
    ("events", lambda r: f"{r['events']:.0f}"),
    ("load+validate, first open", lambda r: seconds(r["load_s"])),
    ("opened again", lambda r: seconds(r["load_again_s"]) + (f" ({r['cache_misses']} cache miss)"
                                                             if r.get("cache_misses") else "")),
    ("first frame (floor)", lambda r: f"{ms(r['first_frame_s'])} ({ms(r['floor_first_frame_s'])})"),
    ("data in window (longest pause)", lambda r: with_pause(r["data_ready_s"], r["longest_pause_s"])),
    ("again", lambda r: with_pause(r["data_ready_again_s"], r["longest_pause_again_s"])),
    ("searchable, again", lambda r: seconds(r.get("search_ready_again_s"))),
    ("zoom med/p95", lambda r: pair(r["zoom_median_s"], r["zoom_p95_s"])),
    ("worst level p95", lambda r: ms(r["worst_band_p95_s"])),
    ("pan med/p95", lambda r: pair(r["pan_median_s"], r["pan_p95_s"])),
    ("click→panel med/p95", lambda r: pair(r["click_median_s"], r["click_p95_s"])),
    ("search key med/p95", lambda r: pair(r["search_median_s"], r["search_p95_s"])),
    ("4K PNG", lambda r: seconds(r["export_4k_s"])),
    ("peak RSS", lambda r: f"{r['peak_rss_mb']:.0f} MB"),
]
FLOOR_COLUMNS: list[tuple[str, Callable[[dict], str]]] = [
    ("first frame", lambda r: ms(r["floor_first_frame_s"])),
    ("bare plot zoom med/p95", lambda r: pair(r["floor_zoom_median_s"], r["floor_zoom_p95_s"])),
    ("bare plot worst level p95", lambda r: ms(r["floor_worst_band_p95_s"])),
    (f"blit {BLIT_COUNT} pixmaps med/p95", lambda r: pair(r["blit_median_s"], r["blit_p95_s"])),
]
GROWTH_KEYS = ("load_s", "load_again_s", "data_ready_s", "longest_pause_s", "zoom_median_s", "zoom_p95_s",
               "worst_band_p95_s", "pan_p95_s", "click_median_s", "click_p95_s", "search_median_s", "search_p95_s",
               "export_4k_s", "peak_rss_mb")


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|---" * len(header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def report(results: dict, peer: dict, peer_skipped: str | None, runs: int) -> str:
    out = []
    out.append(table(["size", *(name for name, _ in MAIN_COLUMNS)],
                     [[size, *(fmt(row) for _, fmt in MAIN_COLUMNS)] for size, row in results.items()]))
    out.append("\nrepaint p95 by zoom level (zoom and pan frames at that level), kztimeline (bare plot floor):")
    names = next(iter(results.values()))["band_names"] if results else []
    out.append(table(["size", *names], [
        [size, *(f"{ms(a)} ({ms(b)})" for a, b in zip(row["band_p95_s"], row["floor_band_p95_s"], strict=True))]
        for size, row in results.items()]))
    out.append("\nfloors, measured in the same run beside each size:")
    out.append(table(["size", *(name for name, _ in FLOOR_COLUMNS)],
                     [[size, *(fmt(row) for _, fmt in FLOOR_COLUMNS)] for size, row in results.items()]))
    for size, row in results.items():
        if row.get("click_error"):
            out.append(f"\nclick not measured at {size}: {row['click_error']} (benchmarks/run.py's drawn_events "
                       "needs adapting)")
    sized = {int(row["events"]): row for row in results.values() if row["events"] >= 1000}
    if len(sized) >= 2:
        small, large = min(sized), max(sized)
        out.append(f"\ngrowth from {small} to {large} events, as the exponent k in time ~ n^k:")
        for key in GROWTH_KEYS:
            a, b = sized[small].get(key), sized[large].get(key)
            if a and b:
                out.append(f"  {key}: {math.log(b / a) / math.log(large / small):.2f}")
    if peer_skipped:
        out.append(f"\npeer: skipped, {peer_skipped}")
    elif peer:
        out.append(f"\npeer: vis-timeline {next(iter(peer.values())).get('vis_timeline', '?')} in headless "
                   f"Chromium, {runs} run(s), the same events and zoom loop, beside kztimeline at the same size:")
        rows = []
        for key, row in peer.items():
            size = key.split()[0]
            ours = results.get(size, {})
            theirs = ([f"did not finish in {row['timed_out_s']:.0f} s", "-", "-"] if "timed_out_s" in row else
                      [seconds(row["load_s"]), pair(row["zoom_median_s"], row["zoom_p95_s"]),
                       ms(row["worst_band_p95_s"])])
            rows.append([size, row.get("mode", "plain"), f"{row['items']:.0f}", *theirs,
                         seconds(ours.get("load_s")), seconds(ours.get("data_ready_s")),
                         pair(ours.get("zoom_median_s"), ours.get("zoom_p95_s")), ms(ours.get("worst_band_p95_s"))])
        out.append(table(["size", "peer mode", "items", "peer load to first frame", "peer zoom med/p95",
                          "peer worst level p95", "ours load+validate", "ours data in window", "ours zoom med/p95",
                          "ours worst level p95"], rows))
    return "\n".join(out)


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(HERE), "describe", "--always", "--dirty"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="bundled,1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peer", action="store_true", help="also measure vis-timeline in headless Chromium")
    parser.add_argument("--peer-sizes", default="1000,10000")
    parser.add_argument("--peer-modes", default="cluster,plain",
                        help="plain: every item drawn; cluster: vis-timeline's clustering of overlapping items")
    parser.add_argument("--peer-runs", type=int, default=1, help="runs of the peer at each size (minutes each)")
    parser.add_argument("--peer-timeout", type=float, default=900, help="seconds for one peer run (default 900)")
    parser.add_argument("--idle", type=float, default=1.0,
                        help="seconds the window is left to itself before the zoom (default 1; 0: at once)")
    parser.add_argument("--json", type=Path, default=OUT / "results.json")
    parser.add_argument("--child", choices=("measure", "load", "first-frame", "floor", "repaint-floor",
                                            "peer-items"), help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--range", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        if args.child == "measure":
            child_measure(args.data, args.idle)
        elif args.child == "load":
            child_load(args.data)
        elif args.child == "repaint-floor":
            first, last = (float(v) for v in args.range.split(","))
            child_repaint_floor(first, last)
        elif args.child == "peer-items":
            child_peer_items(args.data, args.out)
        else:
            child_first_frame(args.data, args.child == "floor")
        return 0

    load_start = os.getloadavg()
    print(f"kztimeline benchmarks at {_commit()}: medians of {args.runs} run(s), {SIZE[0]}x{SIZE[1]}, offscreen, "
          f"{os.cpu_count()} cores, zoom after {args.idle:g} s idle; load average at start "
          f"{' '.join(f'{v:.2f}' for v in load_start)}", flush=True)
    results = {}
    for size in args.sizes.split(","):
        results[size] = measure_size(size, args.runs, args.idle)
        print(f"measured {size}", file=sys.stderr, flush=True)
    peer: dict = {}
    peer_skipped = peer_missing() if args.peer else None
    if args.peer and peer_skipped is None:
        for mode in args.peer_modes.split(","):
            for size in args.peer_sizes.split(","):
                try:
                    peer[f"{size} {mode}"] = measure_peer(size, mode, args.peer_runs, args.peer_timeout)
                except RuntimeError as error:
                    peer_skipped = f"failed at {size} {mode}: {error}"
                    break
                print(f"measured the peer at {size}, {mode}", file=sys.stderr, flush=True)
    load_end = os.getloadavg()
    print(report(results, peer, peer_skipped, args.peer_runs))
    print(f"load average at end {' '.join(f'{v:.2f}' for v in load_end)}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"commit": _commit(), "runs": args.runs, "size": SIZE, "cores": os.cpu_count(),
                                     "idle_s": args.idle,
                                     "loadavg_start": load_start, "loadavg_end": load_end, "results": results,
                                     "peer": peer, "peer_skipped": peer_skipped}, indent=2))
    print(f"JSON written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
