"""Nothing a curator can hand it crashes, hangs or fools it (issue 15): one test per failure class, each with the
message it must print. What validate accepts the window shows (tests/test_limits_property.py generates such data);
these are the cases it must refuse, or show truthfully.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kztimeline.cli import main
from kztimeline.data import load
from kztimeline.data.printable import printable
from kztimeline.timeline.search import SearchIndex

BASE = """\
timeline:
  title: {en: Test timeline}
  start: START
  end: END
sources:
  - id: article
    title: Industrialization in Kazakhstan
sectors:
  - id: metallurgy
    name: {en: Metallurgy}
    colour: "#0072B2"
figures:
  - id: fig
    label: {en: A figure}
    value: VALUE
    unit: count
    date: 2010
    sources: [article]
  - id: series
    label: {en: A series}
    unit: percent
    start: 2010
    end: 2011
    track: true
    series:
      - {date: 2010, value: POINT}
      - {date: 2011, value: 2.5}
    sources: [article]
events:
  - id: plant-opens
    title: {en: TITLE}
    date: 2011
    kind: plant_launch
    summary: {en: SUMMARY}
    sectors: [metallurgy]
    figures: [fig, series]
    sources: [article]
tours:
  - id: main
    title: {en: Tour}
    stops:
      - {event: plant-opens, caption: {en: Stop one}}
"""
DEFAULTS = {"START": "1997", "END": "2022", "VALUE": "161000", "POINT": "1.5", "TITLE": "Plant opens",
            "SUMMARY": "A plant opens."}


def document(**changes: str) -> str:
    text = BASE
    for key, value in {**DEFAULTS, **changes}.items():
        text = text.replace(key, value, 1)
    return text


def write(folder: Path, text: str, name: str = "data.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def only_error(path: Path) -> str:
    result = load(path)
    assert result.timeline is None
    errors = [str(p) for p in result.errors]
    assert len(errors) == 1, errors
    return errors[0]


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# -- crashes: what the window could not show, validate refuses at the value ----------------------------------


@pytest.mark.parametrize(("changes", "needle", "words"), [
    ({"START": '"0001"'}, 'start: "0001"', "'0001' is not a date the timeline can show: years run from 1000 to 2999"),
    ({"START": '"0002"'}, 'start: "0002"', "years run from 1000 to 2999"),
    ({"END": "9999"}, "end: 9999", "'9999' is not a date the timeline can show"),
    ({"START": "0100"}, "start: 0100", "'0100' is not a date"),  # not '100', not octal 64
    ({"START": "-0100"}, "start: -0100", "'-0100' is not a date: years before the common era cannot be shown"),
    ({"VALUE": ".nan"}, "value: .nan", "'.nan' is not a number a visitor can read: write a finite number"),
    ({"VALUE": ".inf"}, "value: .inf", "'.inf' is not a number a visitor can read"),
    ({"VALUE": "-.Inf"}, "value: -.Inf", "'-.Inf' is not a number a visitor can read"),
    ({"VALUE": "1e-7"}, "value: 1e-7", "'1e-7' is too small to show: a number other than 0 is at least 0.000001"),
    ({"POINT": "1e308"}, "value: 1e308", "'1e308' is too large: a number is at most 1e15 in magnitude"),
    ({"POINT": "-1e308"}, "value: -1e308", "'-1e308' is too large"),
    ({"VALUE": "1" * 400}, "value: 111", "is too large: a number is at most 1e15"),
    ({"VALUE": "1" * 5000}, "value: 111", "is not a valid whole number"),
    ({"SUMMARY": "x" * 5001}, "summary: {en: xxx", "this text has 5,001 characters; the limit for this field is 5,000"),
    ({"TITLE": "t" * 501}, "title: {en: ttt", "this text has 501 characters; the limit for this field is 500"),
    ({"TITLE": '"\\e[2Jok: 0 errors"'}, '{en: "', "text may not hold the control character U+001B (ESCAPE)"),
    ({"TITLE": '"two\\nlines"'}, '{en: "', "U+000A (LINE FEED) (a line break or tab only in long texts)"),
    ({"TITLE": '"\\x9b31m"'}, '{en: "', "the control character U+009B (CONTROL SEQUENCE INTRODUCER)"),
    ({"TITLE": '"\\ud800"'}, '{en: "', "YAML syntax: found invalid Unicode character escape code"),
])
def test_what_the_window_cannot_show_is_refused_at_its_value(tmp_path, changes, needle, words):
    text = document(**changes)
    path = write(tmp_path, text)
    message = only_error(path)
    assert message.startswith(f"{path}:{line_of(text, needle)}:"), message
    assert words in message
    assert len(message) < 300  # a 5,000-digit number is not echoed whole


def test_a_failed_series_point_is_not_also_reported_as_a_missing_series(tmp_path):
    assert "too large" in only_error(write(tmp_path, document(POINT="1e308")))


def test_a_small_value_is_shown_in_full_in_the_panel(tmp_path, make_window):
    """1e-5 crashed the panel with an IndexError (and, on a tour stop, the kiosk's attract loop)."""
    window = make_window(write(tmp_path, document(VALUE="1e-5")))
    assert not window.problems
    window.select_by_id("plant-opens", animate=False)
    from PySide6.QtWidgets import QLabel

    shown = [label.text().replace("\u200b", "") for label in window.panel.findChildren(QLabel)]
    assert any("0.00001" in text for text in shown), shown


def test_a_timeline_before_1970_shows_its_own_range_in_the_status_bar(tmp_path, make_window):
    window = make_window(write(tmp_path, document(START="1900", END="1950").replace("2010", "1920")
                               .replace("2011", "1921")))
    assert not window.problems
    message = window.statusBar().currentMessage()
    assert "1899" in message or "1900" in message, message
    assert "1970" not in message


# -- hangs: special files are reported, not opened ---------------------------------------------------------


def run_cli(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process, so that a hang fails the test (by its timeout) instead of
    stopping the run."""
    return subprocess.run([sys.executable, "-m", "kztimeline", *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout, check=False,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no FIFOs (named pipes)")
@pytest.mark.parametrize("inside", [False, True], ids=["as the path", "inside the folder"])
def test_a_fifo_is_reported_not_opened(tmp_path, inside):
    folder = tmp_path / "data"
    folder.mkdir()
    if inside:
        write(folder, document(), "a.yaml")
    fifo = folder / "b.yaml"
    os.mkfifo(fifo)
    target = folder if inside else fifo
    for args in (["validate", str(target)], ["export", str(tmp_path / "out.png"), "--data", str(target)],
                 ["--screenshot", str(tmp_path / "shot.png"), "--data", str(target)]):
        done = run_cli(*args)
        assert done.returncode == 1, (args, done.stderr)
        assert f"{fifo}: error: not a regular file but a FIFO (named pipe): only ordinary files are read" in (
            done.stdout + done.stderr)
        assert "Traceback" not in done.stderr


def test_a_device_is_not_read(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    message = only_error(Path("/dev/zero"))
    assert message == "/dev/zero: error: not a regular file but a character device: only ordinary files are read"


# -- tracebacks: what cannot be looked at is reported --------------------------------------------------------


def test_an_unreadable_folder_is_reported(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    write(folder, document())

    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", denied)  # root reads any folder, so the refusal is simulated
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr()
    assert out.out == f"{folder}: error: cannot read the folder: permission denied\n"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a POSIX user without root's right to read any folder (test above simulates it)")
def test_a_folder_without_read_permission_is_reported(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    write(folder, document())
    folder.chmod(0)
    try:
        assert only_error(folder) == f"{folder}: error: cannot read the folder: permission denied"
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("kind", ["name", "path", "nul"])
def test_an_impossible_path_is_reported(tmp_path, capsys, kind):
    target = {"name": str(tmp_path / ("a" * 300 + ".yaml")), "path": str(tmp_path) + "/a" * 3000,
              "nul": str(tmp_path / "a\0b.yaml")}[kind]
    assert main(["validate", target]) == 1
    out = capsys.readouterr()
    expected = "the path holds a NUL character" if kind == "nul" else "file name too long"
    assert f"error: cannot read: {expected}" in out.out
    assert out.out.count("\n") == 1


def test_validate_into_a_closed_pipe_ends_quietly(tmp_path):
    """`kztimeline validate | head`: the reader goes away; no traceback, no 'Exception ignored'."""
    many = "\n".join(f"  - {{id: e{n}, title: T, label: {'x' * 40}, date: 2011, kind: law, summary: S, "
                     "sources: [article]}" for n in range(3000))
    write(tmp_path, document(), "a.yaml")
    write(tmp_path, "events:\n" + many + "\n", "b.yaml")  # 3,000 warnings: far more than a pipe buffer holds
    process = subprocess.Popen([sys.executable, "-m", "kztimeline", "validate", str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    assert process.wait(timeout=120) == 1
    assert b"warning" in first
    assert stderr == ""


def test_a_terminal_that_cannot_encode_cyrillic_gets_escapes(tmp_path):
    path = write(tmp_path, document() + "Қазақстан: []\n")
    done = run_cli("validate", str(path), PYTHONIOENCODING="latin-1")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "unknown section '\\u049a\\u0430\\u0437\\u0430\\u049b\\u0441\\u0442\\u0430\\u043d'" in done.stdout


# -- terminal injection: every echoed value is escaped -------------------------------------------------------


def test_control_characters_in_file_names_ids_and_kinds_are_escaped(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    write(folder, document(), "a\x1b[2Jok: 0 errors.yaml")
    forged = document().replace("kind: plant_launch", 'kind: "x\\e[2J"').replace("id: main", 'id: "m\\x9b1m"')
    write(folder, forged.replace("timeline:", "timelines:", 1), "b\nok: 90 events.yaml")
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert not any(ch < " " and ch != "\n" or "\x7f" <= ch <= "\x9f" for ch in out), repr(out)
    assert "a\\e[2Jok: 0 errors.yaml" in out
    assert "b\\x0aok: 90 events.yaml" in out
    assert not any(line.startswith("ok") for line in out.splitlines())


def test_printable_escapes_controls_separators_bidi_and_undecodable_bytes():
    assert printable("a\x1b[2Jb\nc\td\x7f\x9b") == "a\\e[2Jb\\x0ac\\x09d\\x7f\\x9b"
    assert printable("\u202eevil\u2028") == "\\u202eevil\\u2028"
    assert printable(os.fsdecode(b"caf\xe9.yaml")) == "caf\\xe9.yaml"
    assert printable("Қазақстан «ok»") == "Қазақстан «ok»"


def test_kiosk_configuration_values_are_escaped_when_reported(tmp_path):
    from kztimeline.data.kiosk_config import load_config

    config = tmp_path / "kiosk.yaml"
    config.write_text('"k\\e[2J": 1\n', encoding="utf-8")
    _config, problems = load_config(str(config), None)
    assert problems
    assert all("\x1b" not in str(p) for p in problems)
    assert any("\\e[2J" in str(p) for p in problems)


# -- HTML where text is promised --------------------------------------------------------------------------


MARKUP = "<img src='/etc/hostname'><b>bold</b>"


def test_titles_summaries_and_names_are_plain_text_in_tooltips_and_labels(tmp_path, make_window):
    from PySide6.QtCore import Qt

    text = document(TITLE=f'"{MARKUP}"', SUMMARY=f'"{MARKUP} summary"')
    text = text.replace("name: {en: Metallurgy}", f'name: {{en: "{MARKUP} sector"}}')
    window = make_window(write(tmp_path, text))
    index = window.timeline.index_of("plant-opens")
    hover = window.view.describe(index)
    assert MARKUP in hover  # the text itself; the view escapes it when it shows the tooltip
    model = window.table.model()
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tip
    assert "<img" not in tip
    for button in window.legend.buttons.values():
        assert "<img" not in button.toolTip()
    window.search_field.setText("plant")
    assert window.match_label.textFormat() == Qt.TextFormat.PlainText


# -- messages that mislead -------------------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "words"), [
    ("utf-16-be", "the file is UTF-16 BE (found by its pattern of zero bytes; it has no byte-order mark)"),
    ("utf-16-le", "the file is UTF-16 LE (found by its pattern of zero bytes"),
    ("utf-16", "the file is UTF-16 LE (found by its byte-order mark)"),
    ("utf-32", "the file is UTF-32 LE (found by its byte-order mark)"),
    ("utf-32-be", "the file is UTF-32 BE (found by its pattern of zero bytes"),
])
def test_a_wide_encoding_is_named_at_the_start_of_the_file(tmp_path, encoding, words):
    path = tmp_path / "data.yaml"
    path.write_bytes(document().encode(encoding))
    message = only_error(path)
    assert message.startswith(f"{path}:1:1: error: {words}")
    assert message.endswith("not UTF-8; save it as UTF-8")


def test_windows_1251_is_named_as_the_likely_encoding(tmp_path):
    path = tmp_path / "data.yaml"
    path.write_bytes(document(TITLE="Индустриализация Казахстана").encode("cp1251"))
    assert "not UTF-8 text (byte 0xc8); it looks like Windows-1251 (Cyrillic); save the file as UTF-8" in (
        only_error(path))


def test_an_unreadable_file_is_reported_first_and_once_without_knock_on_errors(tmp_path, make_window):
    from kztimeline.data.loader import bundled_data_path

    folder = tmp_path / "data"
    folder.mkdir()
    for source in bundled_data_path().glob("*.yaml"):
        (folder / source.name).write_bytes(source.read_bytes())
    sectors = folder / "sectors.yaml"
    sectors.write_bytes(sectors.read_text(encoding="utf-8").encode("utf-32"))
    result = load(folder)
    assert [str(p) for p in result.errors] == [
        f"{sectors}:1:1: error: the file is UTF-32 LE (found by its byte-order mark), not UTF-8; save it as UTF-8"]
    assert not any("unknown" in p.message for p in result.problems)
    notes = [p for p in result.problems if p.severity == "note"]
    assert len(notes) == 1
    assert "were not checked: this file could not be read and may define them" in notes[0].message
    window = make_window(folder)
    assert window.banner.lines.text().splitlines()[0].startswith(f"{sectors}:1:1: error: the file is UTF-32")


def test_root_causes_come_first_in_the_banner(tmp_path, make_window):
    folder = tmp_path / "data"
    folder.mkdir()
    write(folder, document(VALUE=".nan"), "a.yaml")
    write(folder, "events: [", "z.yaml")
    window = make_window(folder)
    first, second = window.banner.lines.text().splitlines()[:2]
    assert first.startswith(f"{folder / 'z.yaml'}:")
    assert "YAML syntax" in first
    assert "'.nan' is not a number" in second


def test_yaml_1_2_booleans_only_true_and_false(tmp_path):
    text = document().replace("    sources: [article]\n", "    sources: [article]\n", 1)
    text = text.replace("tours:", "companies:\n  - {id: norsk, name: Norsk, legal_form: No, city: On, "
                                  "sources: [article]}\ntours:")
    result = load(write(tmp_path, text))
    assert result.timeline is not None, [str(p) for p in result.problems]
    company = result.timeline.companies["norsk"]
    assert (company.legal_form.en, company.city.en) == ("No", "On")
    refused = write(tmp_path, text.replace('colour: "#0072B2"', 'colour: "#0072B2"\n    spiid_priority: yes'),
                    "yes.yaml")
    assert "expected true or false, found text 'yes'" in only_error(refused)


def test_editor_and_system_litter_is_skipped_with_a_note(tmp_path, capsys):
    folder = tmp_path / "usb"
    folder.mkdir()
    write(folder, document(), "events.yaml")
    (folder / "._events.yaml").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (folder / "~$events.yaml").write_bytes(b"\x05office")
    (folder / ".#events.yaml").write_text("root@host.1234:1700000000", encoding="utf-8")
    (folder / ".events.yaml.swp").write_bytes(b"b0VIM 9.0\x00")
    (folder / "._notes.txt").write_bytes(b"\x00\x05")  # litter beside a file that is never read: not mentioned
    assert main(["validate", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:4] == [f"{folder / '.#events.yaml'}: note: skipped: an Emacs lock file, not data",
                       f"{folder / '._events.yaml'}: note: skipped: a macOS resource-fork file, not data",
                       f"{folder / '.events.yaml.swp'}: note: skipped: a Vim swap file, not data",
                       f"{folder / '~$events.yaml'}: note: skipped: an office program's lock file, not data"]
    assert out[4].startswith("ok: 1 events")


# -- search ------------------------------------------------------------------------------------------------


def test_kazakh_letters_fold_in_search():
    index = SearchIndex(load().timeline)
    kazakh = index.search("Қазақстан")
    assert kazakh
    assert index.search("казакстан") == kazakh
    assert index.search("ҚАЗАҚСТАН") == kazakh
    assert index.search("өндіріс") == index.search("ондирис") != []
