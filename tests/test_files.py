"""Nothing lost, ever: the checked, atomic writer under full disks, signals, kills, long and non-UTF-8 names."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kztimeline.export.verify import check_pdf, check_png, check_svg
from kztimeline.files import TEMP_PREFIX, display_name, remove_leftovers, write_checked

GOOD = b"the curator's good poster"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


def test_a_checked_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "poster.svg"
    target.write_bytes(GOOD)
    target.chmod(0o640)
    write_checked(target, b"<svg xmlns='http://www.w3.org/2000/svg'><rect/></svg>", check_svg)
    assert target.read_bytes().startswith(b"<svg")
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)  # an existing file keeps its permissions
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(("data", "check", "why"), [
    (b"", None, "empty"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'><rect/>", check_svg, "does not parse"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10", check_png, "cut off"),
    (b"%PDF-1.4\n1 0 obj << /Type /Page >>", check_pdf, "cut off"),
])
def test_damaged_output_never_replaces_a_good_file(tmp_path, data, check, why):
    target = tmp_path / "poster"
    target.write_bytes(GOOD)
    with pytest.raises(OSError, match=why):
        write_checked(target, data, check)
    assert target.read_bytes() == GOOD
    assert leftovers(tmp_path) == []


def test_a_legal_254_character_name_is_written(tmp_path):
    name = "x" * 250 + ".png"
    try:
        (tmp_path / name).write_bytes(b"probe")
    except OSError as exc:  # some file systems allow fewer
        pytest.skip(f"this file system refuses a 254-character name itself: {exc}")
    write_checked(tmp_path / name, GOOD)
    assert (tmp_path / name).read_bytes() == GOOD


@pytest.mark.skipif(sys.platform == "win32", reason="names are UTF-16 on Windows: no undecodable bytes")
def test_a_name_that_is_not_utf8_is_written_under_its_own_bytes(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9\x1b[2J.png"
    write_checked(Path(os.fsdecode(raw)), GOOD)
    assert os.listdir(os.fsencode(tmp_path)) == [b"caf\xe9\x1b[2J.png"]
    assert display_name(os.fsdecode(raw)).endswith("caf\\xe9\\e[2J.png")


def test_what_a_killed_export_left_is_removed_by_the_next_one(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)  # that process has exited
    stale = tmp_path / f"{TEMP_PREFIX}{dead_pid}-0badc0de.part"
    stale.write_bytes(b"half a poster")
    alive = tmp_path / f"{TEMP_PREFIX}{os.getppid()}-12345678.part"  # a live process's file is its own business
    alive.write_bytes(b"in progress")
    write_checked(tmp_path / "poster.pdf", GOOD)
    assert not stale.exists()
    assert alive.exists()
    assert remove_leftovers(tmp_path) == []


@pytest.fixture
def small_disk(tmp_path):
    """A real 2 MB tmpfs, where the machine lets the tests mount one (root on Linux); else a printed skip."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a full-disk test needs root on Linux to mount a 2 MB tmpfs; not available here")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"could not mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path, leave_kb: int) -> None:
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    (folder / "filler").write_bytes(b"\0" * max(0, free - leave_kb * 1024))


def test_a_full_disk_is_reported_and_the_old_file_is_kept(small_disk):
    target = small_disk / "poster.pdf"
    target.write_bytes(GOOD)
    fill(small_disk, leave_kb=40)
    with pytest.raises(OSError, match="No space left") as caught:
        write_checked(target, b"%PDF-1.4 " + b"x" * 400_000 + b"\n/Type /Page\nstartxref\n0\n%%EOF\n", check_pdf)
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == GOOD
    assert leftovers(small_disk) == []


@pytest.mark.parametrize(("fmt", "size"), [("pdf", "a2"), ("svg", "8k"), ("png", "8k")])
def test_an_export_to_a_full_disk_exits_1_and_keeps_the_old_file(small_disk, fmt, size):
    target = small_disk / f"poster.{fmt}"
    target.write_bytes(GOOD)
    fill(small_disk, leave_kb=60)
    done = subprocess.run([sys.executable, "-m", "kztimeline", "export", str(target), "--size", size],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "wrote" not in done.stdout
    assert "no space left on device" in done.stderr
    assert "Traceback" not in done.stderr
    assert target.read_bytes() == GOOD
    assert leftovers(small_disk) == []


KILL_DURING = {
    # the signal arrives while the picture is being drawn
    "drawing": "kztimeline.export.render.ExportCanvas.paint_into",
    # the signal arrives after the bytes are on disk, before the rename
    "writing": "kztimeline.files.os.fsync",
}


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("moment", list(KILL_DURING))
def test_a_signal_during_an_8k_export_leaves_the_target_untouched_and_no_temporary(tmp_path, signame, moment):
    target = tmp_path / "poster.png"
    target.write_bytes(GOOD)
    script = textwrap.dedent(f"""
        import os, signal, sys
        from unittest import mock
        import kztimeline.export.render, kztimeline.files
        from kztimeline.cli import main
        target = {KILL_DURING[moment]!r}
        module, _, name = target.rpartition(".")
        owner = eval(module) if not module.endswith(".os") else kztimeline.files.os
        real = getattr(owner, name)
        def signalled(*args, **kwargs):
            os.kill(os.getpid(), signal.{signame})
            return real(*args, **kwargs)
        with mock.patch.object(owner, name, signalled):
            sys.exit(main(["export", sys.argv[1], "--size", "8k"]))
    """)
    done = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "interrupted; nothing was written" in done.stderr
    assert "Traceback" not in done.stderr
    assert target.read_bytes() == GOOD
    assert leftovers(tmp_path) == []
