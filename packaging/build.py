"""Build kztimeline for a kiosk: a one-folder PyInstaller bundle and a Debian package around it.

    python packaging/build.py [--out DIR] [--skip-deb] [--xz]   the bundle DIR/kztimeline/, DIR/kztimeline_VER_ARCH.deb
    python packaging/build.py icons                        render resources/icons/*.png from kztimeline.svg
    python packaging/build.py translations                 compile resources/translations/*.ts to .qm (lrelease)

Run it with the Python environment that has kztimeline and PyInstaller installed (`pip install ".[test]"` brings
both). PyInstaller does the bundling (it knows PySide6's plugins and libraries), dpkg-deb the package; nothing
is downloaded. The .deb installs the bundle under /opt/kztimeline, `kztimeline` in /usr/bin, the desktop entry,
the icons, the AppStream metainfo, the systemd user unit for the kiosk and, under /usr/share/doc/kztimeline, the
example kiosk configuration. Exit codes: 0 built, 1 a step failed, 2 a usage error.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "io.github.kztimeline.kztimeline"  # reverse-DNS, as AppStream and desktop entries want it
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# what the bundle ships of the package's data (the same as the wheel's package-data in pyproject.toml)
RESOURCES = {".": ("kiosk.example.yaml",), "data": ("*.yaml", "*.md"), "fonts": ("*.ttf", "OFL.txt"),
             "icons": ("*.svg", "*.png"), "schema": ("*.json",), "translations": ("*.qm",)}
# what PyInstaller would follow into from optional imports but the program never runs (pyqtgraph itself needs
# QtOpenGL and colorama, so no Qt module is left out: leaving out the unused ones saved only 10 of 223 MB)
EXCLUDE = ("tkinter", "scipy", "matplotlib", "IPython", "pytest", "hypothesis", "jsonschema", "pypdf", "mypy",
           "cupy", "numba", "h5py", "pandas")
# libraries the .deb leaves to the system (PyInstaller does not bundle the OpenGL, EGL, font configuration, C
# library and D-Bus stacks: they must match the system's); each with the Debian package that brings it
DEPENDS = ("libc6", "libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libdbus-1-3", "libx11-6")


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def version() -> str:
    from kztimeline import __version__

    return __version__


def resources_dir() -> Path:
    from importlib import resources

    return Path(str(resources.files("kztimeline.resources")))


def render_icons(svg: Path, out: Path, sizes: tuple[int, ...] = ICON_SIZES) -> list[Path]:
    """The icon at each size, rendered by Qt's SVG renderer (antialiased, transparent corners)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build: error: {svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"kztimeline-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"build: error: cannot write {path}")
        written.append(path)
    return written


def compile_translations() -> list[Path]:
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    written = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def build_bundle(out: Path) -> Path:
    """The one-folder PyInstaller bundle: out/kztimeline/kztimeline and its _internal folder."""
    res = resources_dir()
    entry = out / "kztimeline-main.py"
    entry.write_text("import sys\n\nfrom kztimeline.cli import main\n\nsys.exit(main())\n", encoding="utf-8")
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--onedir",
            "--name", "kztimeline", "--distpath", str(out), "--workpath", str(out / "work"), "--specpath", str(out),
            "--hidden-import", "kztimeline.cli"]
    for sub, patterns in RESOURCES.items():
        dest = "kztimeline/resources" if sub == "." else f"kztimeline/resources/{sub}"
        for pattern in patterns:
            for path in sorted((res / sub).glob(pattern)):
                args += ["--add-data", f"{path}{os.pathsep}{dest}"]
    for module in EXCLUDE:
        args += ["--exclude-module", module]
    args.append(str(entry))
    subprocess.run(args, check=True)
    shutil.rmtree(out / "work", ignore_errors=True)
    return out / "kztimeline"


def desktop_entry() -> str:
    return (HERE / "kztimeline.desktop").read_text(encoding="utf-8")


def deb_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True).stdout.strip()


def folder_kib(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) // 1024


def build_deb(bundle: Path, out: Path, compression: str = "zstd") -> Path:
    """A .deb around the bundle, assembled as a folder tree and packed by dpkg-deb."""
    res = resources_dir()
    ver, arch = version(), deb_architecture()
    tree = out / "deb"
    shutil.rmtree(tree, ignore_errors=True)
    opt = tree / "opt" / "kztimeline"
    shutil.copytree(bundle, opt, symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "kztimeline").symlink_to("/opt/kztimeline/kztimeline")
    apps = tree / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(HERE / "kztimeline.desktop", apps / f"{APP_ID}.desktop")
    for size in ICON_SIZES:
        folder = tree / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(res / "icons" / f"kztimeline-{size}.png", folder / f"{APP_ID}.png")
    scalable = tree / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(res / "icons" / "kztimeline.svg", scalable / f"{APP_ID}.svg")
    metainfo = tree / "usr" / "share" / "metainfo"
    metainfo.mkdir(parents=True)
    shutil.copy(HERE / f"{APP_ID}.metainfo.xml", metainfo / f"{APP_ID}.metainfo.xml")
    units = tree / "usr" / "lib" / "systemd" / "user"
    units.mkdir(parents=True)
    shutil.copy(HERE / "kztimeline-kiosk.service", units / "kztimeline-kiosk.service")
    doc = tree / "usr" / "share" / "doc" / "kztimeline"
    doc.mkdir(parents=True)
    shutil.copy(res / "kiosk.example.yaml", doc / "kiosk.example.yaml")
    shutil.copy(ROOT / "LICENSE", doc / "LICENSE")
    shutil.copy(res / "fonts" / "OFL.txt", doc / "OFL.txt")
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: kztimeline\n\n"
        "Files: *\nLicense: MIT\n See /usr/share/doc/kztimeline/LICENSE.\n\n"
        "Files: opt/kztimeline/_internal/kztimeline/resources/fonts/*\nLicense: OFL-1.1\n"
        " See /usr/share/doc/kztimeline/OFL.txt.\n\n"
        "Files: opt/kztimeline/_internal/PySide6/* opt/kztimeline/_internal/shiboken6/*\nLicense: LGPL-3\n"
        " Qt for Python (PySide6), as distributed on PyPI; see /usr/share/common-licenses/LGPL-3.\n",
        encoding="utf-8")
    control = tree / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: kztimeline\nVersion: {ver}\nArchitecture: {arch}\nSection: education\nPriority: optional\n"
        f"Maintainer: kztimeline authors <kztimeline@localhost>\nInstalled-Size: {folder_kib(tree)}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Homepage: https://github.com/kztimeline/kztimeline\n"
        "Description: museum timeline of Kazakhstan's industrialization, 1997-2022\n"
        " A desktop and kiosk timeline of Kazakhstan's industrialization: programmes, plants and figures,\n"
        " every fact with its source, in Kazakh, Russian and English. Exports PNG, SVG and PDF posters.\n"
        " Self-contained (PyInstaller bundle under /opt/kztimeline); the kiosk runs as a systemd user unit.\n",
        encoding="utf-8")
    deb = out / f"kztimeline_{ver}_{arch}.deb"
    # zstd (dpkg 1.21.18 and later, so Debian 12 and Ubuntu 22.04 on): 223 MB in 1.4 s to 87 MB; xz -6 makes 73 MB
    # in minutes (2 cores)
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(tree), str(deb)], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(tree)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("what", nargs="?", choices=("bundle", "icons", "translations"), default="bundle")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where to build (default: dist/)")
    parser.add_argument("--skip-deb", action="store_true", help="only the bundle, no .deb")
    parser.add_argument("--xz", action="store_true", help="compress the .deb with xz: smaller, minutes slower")
    args = parser.parse_args(argv)
    if args.what == "icons":
        for path in render_icons(ROOT / "resources" / "icons" / "kztimeline.svg", ROOT / "resources" / "icons"):
            log(f"wrote {path.relative_to(ROOT)}")
        return 0
    if args.what == "translations":
        for path in compile_translations():
            log(f"wrote {path.relative_to(ROOT)}")
        return 0
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    try:
        started = time.monotonic()
        bundle = build_bundle(out)
        log(f"bundle {bundle} ({folder_kib(bundle) / 1024:.0f} MB) in {time.monotonic() - started:.0f} s")
        if not args.skip_deb:
            if shutil.which("dpkg-deb") is None:
                log("error: dpkg-deb not found (Debian's dpkg package); the bundle is built, the .deb is not")
                return 1
            started = time.monotonic()
            deb = build_deb(bundle, out, "xz" if args.xz else "zstd")
            log(f"package {deb} ({deb.stat().st_size / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    except (subprocess.CalledProcessError, OSError) as exc:
        log(f"error: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
