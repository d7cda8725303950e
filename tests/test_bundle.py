"""The kiosk bundle: `packaging/build.py` builds the one-folder PyInstaller bundle and the .deb around it; the
bundled binary validates, exports and takes a screenshot from a folder outside the source tree, with no
Python of ours on its path; the .deb holds the desktop entry, icons, metainfo, the systemd user unit and the
example configuration, and the first two pass desktop-file-validate and appstreamcli where those are installed.

One build for the module (about 40 s and 234 MB on 2 cores). Slow, and run in CI all the same."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.kztimeline.kztimeline"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install '.[test]' brings it)")
    if not sys.platform.startswith("linux"):
        pytest.skip(f"the bundle and the .deb are built for Linux, not {sys.platform}")
    out = tmp_path_factory.mktemp("bundle")
    no_deb = ["--skip-deb"] if shutil.which("dpkg-deb") is None else []  # the .deb tests then say why they skip
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--out", str(out), *no_deb],
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return out


def run_bundled(binary: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the program's own choice: offscreen for headless work without a display
    env["XDG_STATE_HOME"] = str(cwd / "state")
    return subprocess.run([str(binary), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_bundled_binary_validates_exports_and_screenshots_outside_the_source_tree(built: Path, tmp_path: Path) -> None:
    binary = built / "kztimeline" / "kztimeline"
    assert binary.is_file()
    assert os.access(binary, os.X_OK)
    elsewhere = tmp_path / "museum"
    elsewhere.mkdir()
    shutil.copytree(ROOT / "resources" / "data", elsewhere / "data")
    (elsewhere / "data" / "events.yaml").write_text(
        (elsewhere / "data" / "events.yaml").read_text(encoding="utf-8") + "\n  - id: [not, an id]\n",
        encoding="utf-8")

    done = run_bundled(binary, "validate", cwd=elsewhere)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok: 90 events")
    assert "kk: " in done.stdout  # the bundled data and its coverage report
    broken = run_bundled(binary, "validate", "data", cwd=elsewhere)
    assert broken.returncode == 1
    assert "events.yaml:" in broken.stdout

    done = run_bundled(binary, "export", "poster-kk.pdf", "--size", "a3", "--lang", "kk", cwd=elsewhere)
    assert done.returncode == 0, done.stderr
    pdf = (elsewhere / "poster-kk.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 50_000

    done = run_bundled(binary, "--screenshot", "window.png", "--lang", "kk", "--size", "1280x720", cwd=elsewhere)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(elsewhere / "window.png"))
    assert (image.width(), image.height()) == (1280, 720)
    assert image.pixelColor(640, 360) != image.pixelColor(20, 20)  # a window drawn, not a blank picture

    done = run_bundled(binary, "--kiosk", "--example-config", cwd=elsewhere)
    assert done.returncode == 0
    assert done.stdout == (ROOT / "resources" / "kiosk.example.yaml").read_text(encoding="utf-8")


def test_bundle_has_the_kazakh_translation_loaded(built: Path, tmp_path: Path) -> None:
    """The .qm files travel in the bundle and load there (the joinpath fix): the Kazakh export's title is Kazakh."""
    binary = built / "kztimeline" / "kztimeline"
    done = run_bundled(binary, "export", "kk.svg", "--svg-text", "text", "--lang", "kk", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    svg = (tmp_path / "kk.svg").read_text(encoding="utf-8")
    assert "Қазақстан" in svg


def the_deb(built: Path) -> Path:
    debs = list(built.glob("kztimeline_*_*.deb"))
    if not debs:
        pytest.skip("dpkg-deb is not installed, so no .deb was built")
    return debs[0]


def deb_contents(deb: Path) -> dict[str, str]:
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    entries = {}
    for line in listing.splitlines():
        fields = line.split(None, 5)
        name = fields[5].split(" -> ")[0].lstrip(".")
        entries[name] = fields[0]
    return entries


def test_deb_installs_the_bundle_with_desktop_integration_and_the_kiosk_unit(built: Path, tmp_path: Path) -> None:
    deb = the_deb(built)
    info = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: kztimeline" in info
    assert "Depends: libc6, libgl1, libegl1, libfontconfig1" in info
    entries = deb_contents(deb)
    for path in ("/opt/kztimeline/kztimeline", "/usr/bin/kztimeline", f"/usr/share/applications/{APP_ID}.desktop",
                 f"/usr/share/metainfo/{APP_ID}.metainfo.xml", "/usr/lib/systemd/user/kztimeline-kiosk.service",
                 "/usr/share/doc/kztimeline/kiosk.example.yaml", "/usr/share/doc/kztimeline/copyright",
                 f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"):
        assert path in entries, path
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in entries
    assert entries["/usr/bin/kztimeline"].startswith("l")  # a link to /opt/kztimeline/kztimeline
    unpacked = tmp_path / "root"
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(unpacked)], check=True)
    unit = (unpacked / "usr/lib/systemd/user/kztimeline-kiosk.service").read_text(encoding="utf-8")
    assert "ExecStart=/usr/bin/kztimeline --kiosk --config %E/kztimeline/kiosk.yaml" in unit
    assert "WantedBy=graphical-session.target" in unit
    done = run_bundled(unpacked / "opt/kztimeline/kztimeline", "validate", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def check_tool(tool: str, *args: str) -> None:
    if shutil.which(tool) is None:
        # CI installs Python packages only; Debian's desktop-file-utils and appstream are not on a fresh machine
        pytest.skip(f"{tool} is not installed: apt-get install -y desktop-file-utils appstream")
    done = subprocess.run([tool, *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_validates(built: Path, tmp_path: Path) -> None:
    deb = the_deb(built)
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(tmp_path)], check=True)
    check_tool("desktop-file-validate", str(tmp_path / f"usr/share/applications/{APP_ID}.desktop"))


def test_metainfo_validates(built: Path, tmp_path: Path) -> None:
    deb = the_deb(built)
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(tmp_path)], check=True)
    check_tool("appstreamcli", "validate", "--no-net", "--pedantic",
               str(tmp_path / f"usr/share/metainfo/{APP_ID}.metainfo.xml"))


def test_bundle_carries_the_fast_yaml_parser(built: Path) -> None:
    """rapidyaml is an optional import (the loader falls back to PyYAML without it, at a quarter of the speed), so
    a bundle that lost its compiled parts would still work, only slowly: check they are there."""
    internal = built / "kztimeline" / "_internal"
    extension = list(internal.glob("ryml/_ryml*.so"))
    assert extension, sorted(p.name for p in internal.iterdir())
    if shutil.which("ldd"):  # the extension is linked statically against rapidyaml: nothing it needs is missing
        linked = subprocess.run(["ldd", str(extension[0])], capture_output=True, text=True, check=True).stdout
        assert "not found" not in linked, linked
