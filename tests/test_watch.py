"""--watch: an edited data file reloads in the window, keeping the view and the selection; an invalid edit
shows the banner and keeps the last good data on screen. No wall-clock waits: the reload slot is called
directly, or the watcher's own signal is awaited with qtbot.waitUntil."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = """\
timeline: {title: Watched, start: 2000, end: 2010}
sources: [{id: s, title: A source}]
events:
  - {id: first, title: First event, date: 2002, kind: milestone, summary: One., sources: [s]}
  - {id: second, title: Second event, date: 2005-06, kind: milestone, summary: Two., sources: [s]}
"""


@pytest.fixture
def watched(tmp_path: Path, make_window):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "timeline.yaml").write_text(DATA, encoding="utf-8")
    window = make_window(folder)
    window.watch_data(folder)
    return window, folder / "timeline.yaml"


def test_a_valid_edit_reloads_keeping_range_and_selection(watched) -> None:
    window, file = watched
    window.select_by_id("second", animate=False)
    window.state.set_range(*window.state.range)  # whatever the view shows now
    before = window.state.range
    file.write_text(DATA.replace("Second event", "Second event renamed"), encoding="utf-8")
    window.watcher.reload()
    assert window.timeline.events[window.state.selected].title.en == "Second event renamed"
    assert window.state.selected is not None
    assert window.timeline.events[window.state.selected].id == "second"
    assert window.state.range == before
    assert window.banner.isHidden()


def test_an_invalid_edit_shows_the_banner_and_keeps_the_old_events(watched) -> None:
    window, file = watched
    window.select_by_id("first", animate=False)
    file.write_text(DATA.replace("date: 2002", "date: 2002-13"), encoding="utf-8")
    window.watcher.reload()
    assert not window.banner.isHidden()
    assert "last valid data is still shown" in window.banner.heading.text()
    assert "2002-13" in window.banner.lines.text()
    assert "timeline.yaml:4:" in window.banner.lines.text()
    assert [e.title.en for e in window.timeline.events] == ["First event", "Second event"]
    assert window.timeline.events[window.state.selected].id == "first"
    file.write_text(DATA.replace("First event", "First fixed"), encoding="utf-8")  # fixed: the banner goes
    window.watcher.reload()
    assert window.banner.isHidden()
    assert window.timeline.events[0].title.en == "First fixed"


def test_the_file_system_watcher_and_the_debounce_drive_the_reload(watched, qtbot) -> None:
    window, file = watched
    watcher = window.watcher
    assert str(file) in watcher.watcher.files()
    assert str(file.parent) in watcher.watcher.directories()
    with qtbot.waitSignal(watcher.reloaded, timeout=30_000) as blocker:
        file.write_text(DATA.replace("First event", "First event edited"), encoding="utf-8")
    assert blocker.args == [True]
    assert window.timeline.events[0].title.en == "First event edited"
    qtbot.waitUntil(lambda: watcher.reloads >= 1, timeout=30_000)
    # an editor that saves by writing a new file and renaming it over the old one: still watched afterwards
    fresh = file.with_name(".timeline.yaml.tmp")
    fresh.write_text(DATA.replace("First event", "First event renamed in"), encoding="utf-8")
    with qtbot.waitSignal(watcher.reloaded, timeout=30_000):
        fresh.replace(file)
    qtbot.waitUntil(lambda: window.timeline.events[0].title.en == "First event renamed in", timeout=30_000)
    assert str(file) in watcher.watcher.files()


def test_watch_needs_a_data_folder(capsys) -> None:
    from kztimeline.cli import main

    assert main(["--watch", "--screenshot", "x.png"]) == 2
    assert "--watch goes with --data" in capsys.readouterr().err
