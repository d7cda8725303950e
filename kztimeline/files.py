"""Writing files so that nothing is ever lost: the target is replaced only by a complete, checked file.

An export is rendered into memory first (into a buffer the caller controls, so a writer that fails quietly is
caught there), checked (`verify`: it must parse as what it claims to be), written to a temporary file in the
target's folder, flushed to the disk (`fsync`), checked again by size, and only then moved over the target. On
any failure (a full disk, a signal, a bug) the temporary file is removed and an existing target is byte-identical.

Temporary names have a fixed, short length (`.kztimeline-PID-XXXXXXXX.part`), so they fit beside any legal file
name; the PID lets a later export to the same folder remove what a killed one (SIGKILL) left behind. Names that
are not valid UTF-8 are handled as the operating system gives them: Python's paths keep their bytes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

from kztimeline.data.printable import printable

TEMP_PREFIX = ".kztimeline-"
TEMP_SUFFIX = ".part"
STALE_AFTER_S = 24 * 3600  # where a PID cannot be checked, a temporary file this old is a leftover

_live_temporaries: set[Path] = set()


class Interrupted(OSError):
    """A SIGTERM or SIGINT arrived while a file was being written; nothing was written."""

    def __init__(self, signum: int) -> None:
        super().__init__(errno.EINTR, f"interrupted by signal {signum}")
        self.signum = signum


def write_checked(path: Path, data: bytes, verify: Callable[[bytes], None] | None = None) -> None:
    """Replace `path` with `data`, atomically, after `verify(data)` (which raises ValueError when the data is not
    what it should be). Raises OSError (or Interrupted); the old file is then untouched and nothing is left."""
    if not data:
        raise OSError(errno.EIO, "the file came out empty")
    if verify is not None:
        try:
            verify(data)
        except ValueError as exc:
            raise OSError(errno.EIO, f"the file came out damaged ({exc})") from None
    path = Path(os.path.abspath(path))
    folder = path.parent
    if path.is_dir():
        raise OSError(errno.EISDIR, "a folder of that name exists")
    remove_leftovers(folder)
    mode = _mode_for(path)
    tmp = folder / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
    _live_temporaries.add(tmp)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
            if os.fstat(fd).st_size != len(data):
                raise OSError(errno.EIO, "the file on disk is shorter than what was written")
        finally:
            os.close(fd)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        _sync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        _live_temporaries.discard(tmp)


def _mode_for(path: Path) -> int:
    """An existing file keeps its permissions; a new one is an ordinary file (the umask decides)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove temporary files a killed export left in `folder` (their process is gone); return them."""
    removed: list[Path] = []
    try:
        names = [e.name for e in os.scandir(folder) if e.name.startswith(TEMP_PREFIX) and e.name.endswith(TEMP_SUFFIX)]
    except OSError:
        return removed
    for name in names:
        pid_text = name[len(TEMP_PREFIX):-len(TEMP_SUFFIX)].split("-", 1)[0]
        candidate = folder / name
        if not pid_text.isdigit() or not _is_leftover(candidate, int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(candidate)
            removed.append(candidate)
    return removed


def _is_leftover(path: Path, pid: int) -> bool:
    if pid == os.getpid():
        return path not in _live_temporaries
    if sys.platform != "win32":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # another user's live process
            return False
        else:
            return False
    try:
        return time.time() - os.stat(path).st_mtime > STALE_AFTER_S
    except OSError:
        return False


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """While writing: SIGTERM and SIGINT raise Interrupted (so the temporary file is removed on the way out)
    instead of killing the process mid-write. Only in the main thread; elsewhere a no-op."""
    wanted = [s for s in (signal.SIGTERM, signal.SIGINT) if s is not None]

    def handler(signum: int, _frame: FrameType | None) -> None:
        raise Interrupted(signum)

    try:
        previous = {s: signal.signal(s, handler) for s in wanted}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for s, old in previous.items():
            signal.signal(s, old)


def display_name(path: Path | str) -> str:
    """A file name as a terminal or a message may show it: undecodable bytes and control characters escaped."""
    return printable(path if isinstance(path, str) else os.fsdecode(path))


def reason(exc: OSError) -> str:
    """Why a write failed, in a few plain words (the system's message for the errno, without the file name)."""
    if isinstance(exc, Interrupted):
        return "interrupted; nothing was written"
    text = exc.strerror or (str(exc.args[0]) if exc.args else "") or str(exc)
    return display_name(text[:1].lower() + text[1:])
