"""Writing imported data as a kztimeline data folder: one `timeline.yaml`, written with PyYAML's safe dumper and
checked by the loader before it goes to the folder.

One file, because one file can be written atomically (`files.write_checked`): an import either leaves a whole,
valid folder or nothing. A folder that already holds anything is never written into unless `force` is given,
and even then only its own earlier `timeline.yaml` is replaced: other data files there would merge with the
import, so they stop it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from kztimeline.data import LoadResult, load
from kztimeline.data.loader import DATA_SUFFIXES
from kztimeline.files import display_name, write_checked

FILE_NAME = "timeline.yaml"
HEADER = "# Imported from {name} by `kztimeline import`. Edit freely; `kztimeline validate` checks it.\n"


class TargetError(Exception):
    """The target folder cannot take the import (it holds other files, or is no folder)."""


def to_yaml(data: dict[str, Any], source_name: str) -> bytes:
    text = yaml.dump(data, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False, width=120,
                     default_flow_style=False)
    return (HEADER.format(name=source_name.replace("\n", " ")) + text).encode("utf-8")


def _verify_yaml(data: bytes) -> None:
    try:
        yaml.safe_load(data)
    except yaml.YAMLError as exc:
        raise ValueError(f"the YAML does not parse: {exc}") from None


def check_target(folder: Path, force: bool) -> None:
    """Raise TargetError unless `folder` is missing (its parent must exist), empty, or (with `force`) holds only
    an earlier import's `timeline.yaml` beside files that are no data."""
    if not folder.exists():
        if not folder.parent.is_dir():
            raise TargetError(f"folder '{display_name(folder.parent)}' does not exist")
        return
    if not folder.is_dir():
        raise TargetError(f"'{display_name(folder)}' is not a folder")
    names = sorted(os.listdir(folder))
    if not names:
        return
    if not force:
        raise TargetError(f"folder '{display_name(folder)}' is not empty; give --force to replace its "
                          f"{FILE_NAME}, or choose a new folder")
    others = [n for n in names if Path(n).suffix in DATA_SUFFIXES and n != FILE_NAME]
    if others:
        raise TargetError(f"folder '{display_name(folder)}' holds other data files ({', '.join(others[:3])}) that "
                          "would merge with the import; remove them or choose a new folder")


def checked(content: bytes) -> LoadResult:
    """What the loader says about `content` as a data folder's only file (written to a temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="kztimeline-import-") as scratch:
        path = Path(scratch) / FILE_NAME
        path.write_bytes(content)
        return load(path)


def write_folder(folder: Path, content: bytes) -> Path:
    """Write `content` as `folder`/timeline.yaml (creating the folder); OSError when that fails."""
    created = not folder.exists()
    if created:
        folder.mkdir()
    target = folder / FILE_NAME
    try:
        write_checked(target, content, _verify_yaml)
    except BaseException:
        if created:
            try:
                folder.rmdir()
            except OSError as exc:
                if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                    raise
        raise
    return target
