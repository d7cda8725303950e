"""Packaging hygiene: a build needs only setuptools, the sdist carries what its tests need, the committed .qm files
are the .ts sources compiled, Qt's missing system libraries are named in one line, the example configuration is
printed, the window has its icon."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_a_build_needs_only_setuptools_and_declares_both_licences() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["build-system"]["requires"] == ["setuptools>=77"]
    assert not (ROOT / "setup.py").exists()
    assert project["project"]["license"] == "MIT"
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert set(project["project"]["license-files"]) == {"LICENSE", "resources/fonts/OFL.txt"}


def test_the_pin_keeps_python_3_11_below_pyside6_6_12_and_allows_it_from_3_12() -> None:
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [Requirement(r) for r in project["project"]["dependencies"] if r.startswith("PySide6")]
    for python, allowed in (("3.11", False), ("3.12", True), ("3.13", True)):
        active = [r for r in pins if r.marker is None or r.marker.evaluate({"python_version": python})]
        assert len(active) == 1
        assert active[0].specifier.contains("6.12.0") is allowed
        assert active[0].specifier.contains("6.11.3")


def test_committed_translations_are_the_sources_compiled(tmp_path: Path) -> None:
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        out = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out)], check=True)
        committed = ts.with_suffix(".qm")
        assert committed.read_bytes() == out.read_bytes(), (
            f"{committed.name} is older than {ts.name}: run `python packaging/build.py translations`")


def test_sdist_carries_the_tests_and_the_compiled_translations(tmp_path: Path) -> None:
    # setuptools' own sdist command, as `python -m build --sdist` runs it, without network or isolation
    done = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q", "sdist",
                           "--dist-dir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr.lower(), done.stderr
    (archive,) = tmp_path.glob("kztimeline-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    for needed in ("LICENSE", "resources/fonts/OFL.txt", "tests/conftest.py", "tests/image_compare.py",
                   "tests/render_worker.py", "tests/kiosk_probe.py", "tests/images/screen_en_1920x1080.png",
                   "resources/translations/kztimeline_kk.qm", "resources/icons/kztimeline-256.png",
                   "packaging/build.py", "packaging/check-fresh-debian.sh", "packaging/kztimeline.desktop"):
        assert needed in names, needed
    assert not [n for n in names if "__pycache__" in n or n.startswith("resources/screenshots/")]


def test_the_icon_is_there_at_every_standard_size_and_on_the_window(make_window) -> None:
    from PySide6.QtGui import QImage

    from kztimeline.ui.app_icon import ICON_SIZES

    for size in ICON_SIZES:
        image = QImage(str(ROOT / "resources" / "icons" / f"kztimeline-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    window = make_window()
    sizes = {s.width() for s in window.windowIcon().availableSizes()}
    assert sizes == set(ICON_SIZES)


def run_cli(*args: str, code: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    program = f"import sys\n{code}\nfrom kztimeline.cli import main\nsys.exit(main({list(args)!r}))"
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_qt_that_cannot_load_is_one_line_and_exit_1_never_a_traceback(tmp_path: Path) -> None:
    # PySide6.QtGui made unimportable, as a missing libGL.so.1 does; a missing library is named by its package
    code = ("sys.modules['PySide6.QtGui'] = None\nimport kztimeline.qtlibs as q\n"
            "q.HEADLESS = {'libGL.so.1': 'libgl1', 'libkztimeline-absent.so.9': 'libkztimeline-absent9'}")
    done = run_cli("export", str(tmp_path / "out.png"), code=code)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("kztimeline: error: Qt cannot start, a system library is missing")
    assert lines[0].endswith("apt-get update && apt-get install -y libkztimeline-absent9")
    assert not (tmp_path / "out.png").exists()


def test_a_window_without_the_xcb_libraries_is_one_line_and_exit_1(monkeypatch, capsys) -> None:
    import kztimeline.qtlibs
    from kztimeline.app import run_viewer
    from kztimeline.cli import _viewer_parser

    monkeypatch.setattr(kztimeline.qtlibs, "WINDOW", {"libxcb-absent.so.7": "libxcb-absent7"})
    monkeypatch.setenv("DISPLAY", ":97")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM")  # conftest's offscreen, restored after the test
    assert run_viewer(_viewer_parser().parse_args([])) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert "Qt's X11 platform plugin cannot load" in err[0]
    assert "apt-get install -y libxcb-absent7" in err[0]


def test_kiosk_example_config_is_printed_and_is_a_valid_configuration(tmp_path: Path) -> None:
    done = run_cli("--kiosk", "--example-config")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (ROOT / "resources" / "kiosk.example.yaml").read_text(encoding="utf-8")
    config = tmp_path / "kiosk.yaml"
    config.write_text(done.stdout, encoding="utf-8")
    checked = run_cli("--kiosk", "--config", str(config), "--print-config")
    assert checked.returncode == 0, checked.stderr
    alone = run_cli("--example-config")
    assert alone.returncode == 2
    assert "goes with --kiosk" in alone.stderr


@pytest.mark.parametrize("name", ["kztimeline.desktop", "io.github.kztimeline.kztimeline.metainfo.xml"])
def test_desktop_entry_and_metainfo_name_the_same_application(name: str) -> None:
    from kztimeline.app import DESKTOP_ID

    text = (ROOT / "packaging" / name).read_text(encoding="utf-8")
    assert DESKTOP_ID in text
