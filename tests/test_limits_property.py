"""What validate accepts, the window and the exports show: generated timelines at the edges of the documented
limits (years 1000 and 2999, a one-day range and a two-thousand-year one, values of 0, 1e-6 and 1e15, texts of
500 characters and strange Unicode, empty collections) must load, and then open, select, paint and export
without an exception, a hang or a native crash.

The Qt-free part (load, prepare, ticks, navigation) runs here; the window and the exports run in a child process
(tests/render_worker.py), so a segfault fails the example instead of killing the test run, and every answer has
a time bound. Hypothesis runs derandomized in CI (see conftest.py).
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kztimeline.data import load
from kztimeline.data.limits import MAX_MAGNITUDE, MAX_SHORT_TEXT, MAX_YEAR, MIN_MAGNITUDE, MIN_YEAR
from kztimeline.model import DAY
from kztimeline.timeline import ticks
from kztimeline.timeline.navigation import range_to_show
from kztimeline.timeline.prepared import Prepared
from kztimeline.timeline.state import Limits

WORKER = Path(__file__).with_name("render_worker.py")
ANSWER_SECONDS = 180  # one example's window and three exports; generous, for two busy cores
RENDER_EXAMPLES = 12
LOAD_EXAMPLES = 60

# -- strategies ------------------------------------------------------------------------------------------------

EDGE_TEXTS = [
    "W" * MAX_SHORT_TEXT,  # the longest short text, one unbreakable word
    " ".join(["Тұлпар-Тальго"] * 35)[:MAX_SHORT_TEXT],
    "<img src='/etc/hostname'> <b>bold</b> &amp; <a href=x>link</a>",
    "مصنع السكك الحديدية",  # right to left
    "e\u0301\u0301\u0301 Z\u0336a\u0336l\u0336g\u0336o",  # combining marks
    "\U0001F3ED\u200d\U0001F525 factory \U0001F1F0\U0001F1FF",  # emoji, a joiner, a flag
    "\u202eoverride\u202c and \u2066isolate\u2069",  # bidirectional controls (allowed in text; escaped on terminals)
    "x",
]
text_chars = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\u2028\u2029")
texts = st.one_of(st.sampled_from(EDGE_TEXTS),
                  st.text(text_chars, min_size=1, max_size=80).filter(lambda t: t.strip() != ""))
EDGE_VALUES = [0.0, MIN_MAGNITUDE, -MIN_MAGNITUDE, MAX_MAGNITUDE, -MAX_MAGNITUDE, 1e-5, 0.004, 123.456, 8.1e12]
values = st.one_of(st.sampled_from(EDGE_VALUES),
                   st.floats(min_value=MIN_MAGNITUDE, max_value=MAX_MAGNITUDE),
                   st.floats(min_value=-MAX_MAGNITUDE, max_value=-MIN_MAGNITUDE),
                   st.integers(min_value=-int(MAX_MAGNITUDE), max_value=int(MAX_MAGNITUDE)))
EDGE_RANGES = [(f"{MIN_YEAR:04d}-01-01", f"{MIN_YEAR:04d}-01-01"), (f"{MIN_YEAR:04d}", f"{MAX_YEAR:04d}"),
               (f"{MAX_YEAR:04d}-12-31", f"{MAX_YEAR:04d}-12-31"), ("1969-12", "1970-01"), ("1997", "2022"),
               (f"{MIN_YEAR:04d}", f"{MIN_YEAR:04d}"), (f"{MAX_YEAR:04d}", f"{MAX_YEAR:04d}")]


def _day(year: int, ordinal_in_year: int) -> str:
    import datetime as dt

    first = dt.date(year, 1, 1).toordinal()
    last = dt.date(year, 12, 31).toordinal()
    return dt.date.fromordinal(min(first + ordinal_in_year, last)).isoformat()


@st.composite
def ranges(draw: st.DrawFn) -> tuple[str, str]:
    if draw(st.booleans()):
        return draw(st.sampled_from(EDGE_RANGES))
    a, b = sorted(draw(st.lists(st.integers(MIN_YEAR, MAX_YEAR), min_size=2, max_size=2)))
    return f"{a:04d}", f"{b:04d}"


@st.composite
def dates_in(draw: st.DrawFn, start: str, end: str) -> str:
    """A date (year, month or day precision) inside [start, end]."""
    import datetime as dt

    from kztimeline.model import parse_date

    first, last = parse_date(start).first_day(), parse_date(end).last_day()
    day = dt.date.fromordinal(draw(st.integers(first.toordinal(), last.toordinal())))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    if precision == "year" and dt.date(day.year, 1, 1) >= first and dt.date(day.year, 12, 31) <= last:
        return f"{day.year:04d}"
    if precision == "month" and day.replace(day=1) >= first and (day.replace(day=28) + dt.timedelta(days=4)).replace(
            day=1) - dt.timedelta(days=1) <= last:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted string


@st.composite
def timelines(draw: st.DrawFn) -> str:
    """A valid data file at the edges of the limits, as YAML text."""
    start, end = draw(ranges())
    langs = draw(st.sampled_from([["en"], ["en", "kk", "ru"]]))
    lines = ["timeline:", f"  title: {{en: {_text(draw(texts))}}}", f'  start: "{start}"', f'  end: "{end}"',
             f"  languages: [{', '.join(langs)}]", "sources:", f"  - {{id: s, title: {_text(draw(texts))}}}"]
    sectors = draw(st.integers(0, 3))
    if sectors:
        lines.append("sectors:")
        for n in range(sectors):
            lines.append(f'  - {{id: sector-{n}, name: {_text(draw(texts))}, colour: "#{n * 40:02X}7733"}}')
    figures = draw(st.integers(0, 3))
    figure_ids = [f"figure-{n}" for n in range(figures)]
    if figures:
        lines.append("figures:")
    for n in range(figures):
        date = draw(dates_in(start, end))
        lines.append(f"  - {{id: figure-{n}, label: {_text(draw(texts))}, value: {draw(values)!r}, "
                     f"unit: {draw(st.sampled_from(['count', 'percent', 'tenge', 'usd', 'kzt_per_usd']))}, "
                     f'date: "{date}", sources: [s]}}')
    if draw(st.booleans()):
        points = sorted(draw(st.lists(dates_in(start, end), min_size=1, max_size=6)),
                        key=lambda d: (d + "-01-01")[:10])
        series = ", ".join(f'{{date: "{d}", value: {draw(values)!r}}}' for d in points)
        lines.append("  - {id: tracked, label: Tracked, unit: percent, " if figures else
                     "figures:\n  - {id: tracked, label: Tracked, unit: percent, ")
        lines[-1] += f'start: "{start}", end: "{end}", track: true, series: [{series}], sources: [s]}}'
        figure_ids.append("tracked")
    events = draw(st.integers(0, 6))
    if events:
        lines.append("events:")
    for n in range(events):
        kind = draw(st.sampled_from(["law", "plant_launch", "crisis", "programme", "milestone"]))
        when = draw(dates_in(start, end))
        if draw(st.booleans()):
            other = draw(dates_in(start, end))
            a, b = sorted([when, other], key=lambda d: (d + "-01-01")[:10])
            if (a + "-01-01")[:10] == (b + "-01-01")[:10]:
                b = a
            when_yaml = f'start: "{a}", end: "{b}"'
        else:
            when_yaml = f'date: "{when}"'
        own = [f"sector-{k}" for k in range(sectors) if draw(st.booleans())]
        refs = [ident for ident in figure_ids if draw(st.booleans())]
        summary = draw(st.one_of(texts, st.just("line one\nline two\n" + "word " * 900)))
        lines.append(f"  - {{id: event-{n}, title: {_text(draw(texts))}, label: {_text(draw(texts)[:32])}, "
                     f"{when_yaml}, kind: {kind}, priority: {draw(st.integers(1, 3))}, "
                     f"summary: {_text(summary)}, sectors: [{', '.join(own)}], figures: [{', '.join(refs)}], "
                     f"sources: [s]}}")
    if draw(st.booleans()):
        lines += ["eras:", f'  - {{id: era, title: {_text(draw(texts))}, start: "{start}", sources: [s]}}']
    if events and draw(st.booleans()):
        stops = ", ".join(f"{{event: event-{n}, caption: {_text(draw(texts))}}}" for n in range(events))
        lines += ["tours:", f"  - {{id: tour, title: Tour, stops: [{stops}]}}"]
    return "\n".join(lines) + "\n"


def _accepted(path: Path) -> Any:
    result = load(path)
    errors = [str(p) for p in result.errors]
    assert result.timeline is not None, "validate refused data within the limits:\n" + "\n".join(errors)
    return result.timeline


# -- the Qt-free part, in this process -------------------------------------------------------------------------


@settings(max_examples=LOAD_EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=timelines())
def test_data_at_the_limits_loads_and_prepares(tmp_path: Path, text: str) -> None:
    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    timeline = _accepted(path)
    prepared = Prepared.of(timeline)
    limits = Limits.of(timeline)
    low, high = limits.whole()
    for width in (320, 1280, 7680):
        found = ticks.ticks(low, high, width)
        assert len(found.major_ticks) <= width  # never a tick per pixel or more
    for index in range(len(timeline.events)):
        shown = range_to_show(timeline, prepared, limits, (low, high), index, 1280, 18)
        if shown is not None:  # None: already well in view
            start, end = shown
            assert limits.low - DAY <= start < end <= limits.high + DAY
    assert prepared.search_index.search("a") is not None


# -- the window and the exports, in a child process ------------------------------------------------------------


class Worker:
    """tests/render_worker.py, started once and again after a crash; every answer within ANSWER_SECONDS."""

    def __init__(self, log: Path) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.log = log  # the worker's stderr (a file, so that it can never fill a pipe and stall the worker)

    def _start(self) -> subprocess.Popen[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
        with self.log.open("a", encoding="utf-8") as log:
            return subprocess.Popen([sys.executable, str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=log, text=True, encoding="utf-8", env=env)

    def _ended(self) -> str:
        """Forget a worker that ended; the last of what it wrote to stderr."""
        if self.process is not None:
            for stream in (self.process.stdin, self.process.stdout):
                if stream is not None:
                    stream.close()
        self.process = None
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]

    def ask(self, path: Path) -> str:
        if self.process is None or self.process.poll() is not None:
            self.process = self._start()
        process = self.process
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write(f"{path}\n")
        process.stdin.flush()
        deadline = time.monotonic() + ANSWER_SECONDS
        while True:
            ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if ready:
                answer = process.stdout.readline()
                if answer:
                    return answer.rstrip("\n")
                code = process.wait(timeout=30)
                return f"crash: the worker died with exit code {code}\n{self._ended()}"
            if time.monotonic() >= deadline:
                process.kill()
                process.wait()
                return f"hang: no answer within {ANSWER_SECONDS} s\n{self._ended()}"

    def close(self) -> None:
        process = self.process
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()  # the worker ends when its input does
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        self._ended()


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Worker]:
    started = Worker(tmp_path_factory.mktemp("worker") / "stderr.txt")
    yield started
    started.close()


@settings(max_examples=RENDER_EXAMPLES,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=timelines())
def test_what_validate_accepts_the_window_and_the_exports_show(tmp_path_factory: pytest.TempPathFactory,
                                                              worker: Worker, text: str) -> None:
    folder = tmp_path_factory.mktemp("edge")
    path = folder / "data.yaml"
    path.write_text(text, encoding="utf-8")
    _accepted(path)
    answer = worker.ask(path)
    if answer != "ok":
        pytest.fail(f"{answer.replace(chr(92) + 'n', chr(10))}\n--- data ---\n{text}", pytrace=False)
