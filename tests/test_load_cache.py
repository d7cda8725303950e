"""The validated load cache: a second open of the same data skips parsing and validation; any change of
content, of a file's name, or of the set of files is a miss; a load with errors is never stored; warnings come
back identically; a damaged entry or an unusable cache folder never breaks a load or serves data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import msgspec
import pytest

from kztimeline.data import bundled_data_path, cache, load
from kztimeline.data import loader as loader_module
from kztimeline.data.loader import load_by_nodes


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the bundled data."""
    data = tmp_path / "data"
    data.mkdir()
    for f in bundled_data_path().glob("*.yaml"):
        (data / f.name).write_bytes(f.read_bytes())
    return data


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which way each load read its data: 'fast' or 'nodes' (nothing for a load from the cache)."""
    seen: list[str] = []
    fast, nodes = loader_module.fast_load.build, loader_module._load_by_nodes

    def counting_fast(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append("fast")
        return fast(*args, **kwargs)

    def counting_nodes(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append("nodes")
        return nodes(*args, **kwargs)

    monkeypatch.setattr(loader_module.fast_load, "build", counting_fast)
    monkeypatch.setattr(loader_module, "_load_by_nodes", counting_nodes)
    return seen


def _entries() -> list[Path]:
    return sorted(cache.folder().glob(f"*{cache.SUFFIX}"))


def test_a_second_open_comes_from_the_cache_with_an_equal_model(folder, reads) -> None:
    first = load(folder)
    assert first.ok
    assert reads == ["fast"]
    second = load(folder)
    assert reads == ["fast"], "the second open parsed again"
    assert second.problems == first.problems
    assert second.timeline == first.timeline
    assert second.timeline.events == load_by_nodes(folder).timeline.events
    assert len(_entries()) == 1


@pytest.mark.parametrize("change", ["one byte", "renamed file", "new file", "deleted file", "other path"])
def test_any_change_of_content_is_a_miss(folder, reads, change) -> None:
    assert load(folder).ok
    events = folder / "events.yaml"
    path = folder
    if change == "one byte":
        text = events.read_bytes()
        at = text.index(b"title: ") + len(b"title: ") + 1
        events.write_bytes(text[:at] + bytes([text[at] ^ 0x20]) + text[at + 1:])
    elif change == "renamed file":
        events.rename(folder / "events-main.yaml")
    elif change == "new file":
        (folder / "more.yaml").write_text("eras: []\n", encoding="utf-8")
    elif change == "deleted file":
        (folder / "tours.yaml").unlink()
    else:
        path = folder.parent / "same"
        folder.rename(path)
    again = load(path)
    assert reads[1] == "fast", "the changed data was served from the cache"
    expected = load_by_nodes(path)
    assert again.problems == expected.problems
    assert again.timeline == expected.timeline


def test_a_one_byte_edit_is_seen_in_the_model(folder) -> None:
    assert load(folder).timeline.info.title.en != "Edited"
    timeline = folder / "timeline.yaml"
    text = timeline.read_text(encoding="utf-8")
    start = text.index("title:")
    line_end = text.index("\n", start)
    timeline.write_text(text[:start] + "title: Edited" + text[line_end:], encoding="utf-8")
    assert load(folder).timeline.info.title.en == "Edited"


def test_a_load_with_errors_is_never_stored(folder, reads) -> None:
    events = folder / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("kind: ", "kind: nonsense-", 1), encoding="utf-8")
    first = load(folder)
    assert not first.ok
    assert _entries() == []
    second = load(folder)
    assert second.problems == first.problems
    assert reads == ["fast", "nodes", "fast", "nodes"]


def test_warnings_come_back_identically_from_the_cache(folder, reads) -> None:
    events = folder / "events.yaml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace('label: {en: "', 'label: {en: "' + "L" * 40, 1), encoding="utf-8")
    (folder / "._events.yaml").write_bytes(b"litter")
    first = load(folder)
    assert first.ok
    assert [p.severity for p in first.problems] == ["note", "warning"]
    second = load(folder)
    assert reads == ["fast", "nodes"]
    assert second.problems == first.problems
    assert [str(p) for p in second.problems] == [str(p) for p in first.problems]


def test_a_new_litter_file_is_a_miss_so_its_note_is_reported(folder, reads) -> None:
    assert load(folder).problems == []
    (folder / "._events.yaml").write_bytes(b"litter")
    assert [p.severity for p in load(folder).problems] == ["note"]


@pytest.mark.parametrize("damage", ["truncated", "one byte", "empty", "foreign", "another key"])
def test_a_damaged_entry_is_a_miss_and_is_replaced(folder, reads, damage) -> None:
    expected = load(folder)
    (entry,) = _entries()
    data = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "one byte":
        entry.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "foreign":
        entry.write_bytes(b"something else entirely" * 100)
    else:  # a valid entry of other data, under this data's name
        other = folder.parent / "other.yaml"
        other.write_bytes((folder / "timeline.yaml").read_bytes() + (folder / "sources.yaml").read_bytes())
        assert load(other).ok
        (other_entry,) = (p for p in _entries() if p != entry)
        entry.write_bytes(other_entry.read_bytes())
    again = load(folder)
    assert again.timeline == expected.timeline
    assert again.problems == expected.problems
    assert reads[-1] == "fast", "the damaged entry was served"
    assert cache.get(cache.key(str(folder), [(f.name, f.read_bytes()) for f in sorted(folder.glob("*.yaml"))], []))


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs a POSIX user without root's rights")
def test_a_read_only_cache_folder_does_not_break_loading(folder, tmp_path, monkeypatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    monkeypatch.setenv("KZTIMELINE_CACHE_DIR", str(locked / "cache"))
    assert load(folder).ok
    assert load(folder).ok


def test_a_cache_folder_refusing_writes_does_not_break_loading(folder, tmp_path, monkeypatch, reads) -> None:
    """The same as a read-only folder for any user (root may write anywhere): every file made there is refused."""
    import errno
    import tempfile

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refused)
    assert load(folder).ok
    assert load(folder).ok
    assert reads == ["fast", "fast"]  # nothing stored, nothing served: read both times
    assert _entries() == []


def test_a_cache_folder_that_cannot_be_made_does_not_break_loading(folder, tmp_path, monkeypatch, reads) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("KZTIMELINE_CACHE_DIR", str(blocker / "cache"))
    assert load(folder).ok
    assert load(folder).ok
    assert reads == ["fast", "fast"]


def test_only_a_few_recent_entries_are_kept(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(cache, "KEEP", 2)
    paths = []
    for n in range(4):
        path = tmp_path / f"t{n}.yaml"
        path.write_text(f"timeline: {{title: T{n}, start: 2000, end: 2020}}\n", encoding="utf-8")
        assert load(path).ok
        paths.append(path)
    assert len(_entries()) == 2


def test_the_cache_folder_follows_the_platform(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("KZTIMELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(sys, "platform", "linux")
    assert cache.folder() == tmp_path / "xdg" / "kztimeline" / "loads"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert cache.folder() == tmp_path / "local" / "kztimeline" / "loads"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert cache.folder() == Path.home() / "Library" / "Caches" / "kztimeline" / "loads"


def test_clear_removes_every_entry(folder) -> None:
    assert load(folder).ok
    assert _entries()
    cache.clear()
    assert _entries() == []


def test_an_entry_is_keyed_by_the_bytes_it_was_made_from(tmp_path, monkeypatch, reads) -> None:
    """The data is read once to look it up and once more to parse it: a file that changed in between is
    stored under the key of what was parsed, never under the key of what was looked up."""
    path = tmp_path / "t.yaml"
    before = "timeline: {title: Before, start: 2000, end: 2020}\n"
    after = "timeline: {title: After, start: 2000, end: 2020}\n"
    path.write_text(before, encoding="utf-8")
    real = loader_module.read_bytes
    calls: list[Path] = []

    def changing(file: Path, problems: list) -> bytes | None:
        calls.append(file)
        if len(calls) == 2:
            path.write_text(after, encoding="utf-8")
        return real(file, problems)

    monkeypatch.setattr(loader_module, "read_bytes", changing)
    assert load(path).timeline.info.title.en == "After"
    monkeypatch.setattr(loader_module, "read_bytes", real)
    path.write_text(before, encoding="utf-8")
    assert load(path).timeline.info.title.en == "Before"
    path.write_text(after, encoding="utf-8")
    assert load(path).timeline.info.title.en == "After"
    assert reads == ["fast", "fast"], "the last open was not served from the cache"


def test_an_opened_again_model_shares_equal_dates_and_reference_lists_as_a_first_load_does(folder, reads) -> None:
    """An entry keeps each distinct date, reference and list of ids once: the model it gives back holds one
    object for equal values, not one per event (at 100,000 events that was 45 MB)."""
    first = load(folder).timeline
    second = load(folder).timeline
    assert reads == ["fast"]
    for timeline in (first, second):
        for field in ("when", "sources", "sectors"):
            values = [getattr(e, field) for e in timeline.events]
            assert len({id(v) for v in values}) == len(set(values)) < len(values), field


def test_an_entry_whose_numbers_fall_outside_its_tables_is_a_miss(folder, reads, monkeypatch) -> None:
    """A well-formed entry that refers to a date it does not hold is not served."""
    load(folder)
    real = cache._DECODER

    class Shifted:
        def decode(self, payload):  # noqa: ANN001, ANN202
            entry = real.decode(payload)
            return msgspec.structs.replace(entry, dates=entry.dates[:1])

    monkeypatch.setattr(cache, "_DECODER", Shifted())
    again = load(folder)
    assert reads == ["fast", "fast"]
    assert again.ok
