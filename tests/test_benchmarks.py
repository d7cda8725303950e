"""benchmarks/run.py: the zoom loop every measured view goes through, the tables it prints, the peer's input, and
the one-model window it measures. The benchmark itself is not run here (it takes minutes); its helpers are."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from benchmark_modules import benchmark_module

from kztimeline.data import load

RUN = Path(__file__).parents[1] / "benchmarks" / "run.py"
FIRST, LAST = 852076800.0, 1672531200.0  # 1997-01-01 .. 2023-01-01


BENCH = benchmark_module("run")


def test_zoom_loop_goes_from_the_whole_range_to_a_week_in_the_same_windows_every_time():
    windows = BENCH.zoom_windows(FIRST, LAST)
    assert len(windows) == 2 * BENCH.ZOOM_STEPS
    assert windows == BENCH.zoom_windows(FIRST, LAST)  # seeded: kztimeline, the floor and the peer see the same
    assert windows[0][:2] == (FIRST, LAST)
    assert windows[-2][1] - windows[-2][0] == pytest.approx(BENCH.WEEK)
    spans = [end - start for start, end, _ in windows[::2]]
    assert spans == sorted(spans, reverse=True)
    for (z0, z1, span), (p0, p1, _) in zip(windows[::2], windows[1::2], strict=True):
        assert p0 - z0 == pytest.approx(0.1 * span)  # the pan step: a tenth of the span
        assert p1 - z1 == pytest.approx(0.1 * span)


def test_zoom_loop_times_each_window_and_reports_every_band():
    seen = []
    loop = BENCH.run_zoom_loop(FIRST, LAST, lambda a, b: seen.append((a, b)), lambda: None)
    assert seen == [(a, b) for a, b, _ in BENCH.zoom_windows(FIRST, LAST)]
    assert len(loop["band_p95_s"]) == BENCH.BANDS
    assert loop["worst_band_p95_s"] == max(loop["band_p95_s"])
    names = BENCH.band_names(FIRST, LAST)
    assert len(names) == BENCH.BANDS
    assert names[0].startswith("26 y")
    assert names[-1].endswith("7 d")


def _row(events: int, scale: float) -> dict:
    keys = ("load_s", "load_again_s", "first_frame_s", "floor_first_frame_s", "zoom_median_s", "zoom_p95_s",
            "worst_band_p95_s", "pan_median_s", "pan_p95_s", "search_median_s", "search_p95_s", "export_4k_s",
            "floor_zoom_median_s", "floor_zoom_p95_s", "floor_worst_band_p95_s", "blit_median_s", "blit_p95_s",
            "data_ready_s", "data_ready_again_s", "search_ready_s", "search_ready_again_s")
    row = {key: 0.01 * scale for key in keys}
    row |= {"events": events, "peak_rss_mb": 200 * scale, "click_median_s": None, "click_p95_s": None,
            "longest_pause_s": None, "longest_pause_again_s": 0.02, "band_p95_s": [0.01] * BENCH.BANDS,
            "floor_band_p95_s": [0.002] * BENCH.BANDS, "band_names": BENCH.band_names(FIRST, LAST)}
    return row


def test_report_prints_every_table_and_the_growth_and_says_why_the_peer_was_skipped():
    text = BENCH.report({"1000": _row(1000, 1), "100000": _row(100000, 10)}, {}, "node is not installed", 1)
    assert "| 100000 | 100000 |" in text
    assert "  load_s: 0.50" in text  # ten times the time for a hundred times the events
    assert "click_median_s" not in text  # no clicks measured: no exponent
    assert BENCH.band_names(FIRST, LAST)[0] in text
    assert "peer: skipped, node is not installed" in text


def test_report_puts_the_peer_beside_kztimeline():
    peer = {"1000 cluster": {"vis_timeline": "8.5.4", "mode": "cluster", "items": 1000, "load_s": 3.0,
                             "zoom_median_s": 0.02, "zoom_p95_s": 0.03, "worst_band_p95_s": 0.04},
            "1000 plain": {"mode": "plain", "items": 1000, "timed_out_s": 900}}
    text = BENCH.report({"1000": _row(1000, 1)}, peer, None, 1)
    assert "vis-timeline 8.5.4" in text
    assert "| 1000 | cluster | 1000 | 3.00 s | 20.0 ms / 30.0 ms | 40.0 ms | 10.0 ms |" in text
    assert "| 1000 | plain | 1000 | did not finish in 900 s | - | - |" in text


def test_peer_items_are_the_events_in_their_lanes_with_the_same_zoom_loop(tmp_path, monkeypatch):
    monkeypatch.setenv(BENCH.CACHE_VARIABLE, str(tmp_path / "cache"))
    out = tmp_path / "items.json"
    BENCH.child_peer_items(None, str(out))
    peer = json.loads(out.read_text())
    timeline = load(None).timeline
    assert timeline is not None
    assert [item["id"] for item in peer["items"]] == [event.id for event in timeline.events]
    groups = {group["id"] for group in peer["groups"]}
    assert {item["group"] for item in peer["items"]} == groups
    assert all(item["start"] <= item.get("end", item["start"]) for item in peer["items"])
    first, last = (v / 1000 for v in peer["range"])
    assert peer["windows"] == [[a * 1000, b * 1000] for a, b, _ in BENCH.zoom_windows(first, last)]


def test_the_load_child_prints_its_time_and_never_uses_the_users_cache(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    env = {"KZTIMELINE_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, str(RUN), "--child", "load"], capture_output=True, text=True, env=env,
                          check=True, timeout=120)
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["events"] == len(load(None).timeline.events)
    assert result["load_s"] > 0
    assert result["cache_hit"] is False  # an empty cache folder: a first open


def test_the_measured_window_holds_the_model_it_was_given(qtbot):
    from kztimeline.app import create_window

    loaded = load(None)
    window = create_window(None, remember=False, loaded=loaded)
    qtbot.addWidget(window)
    assert window.timeline is loaded.timeline
