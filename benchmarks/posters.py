"""Posters, measured: for each size and language, the orientation chosen, the events left without a label, the
type sizes read back from the PDF (points) and the time an export takes.

    python benchmarks/posters.py [--sizes a3,a2,a1,a0] [--langs en,kk,ru]

Prints one line per poster and the load average, so that a slow run on a busy machine can be told apart.
"""

from __future__ import annotations

# ruff: noqa: T201 (a measuring script prints what it measures)
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path


def plain(text: str) -> str:
    """Text as a reader types it: ligatures ("ﬁ") as their letters, spaces as single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def runs(page) -> list[tuple[str, float]]:
    """(text, size in points) of each text run on a PDF page (pypdf), in the order drawn; tests read posters
    back with this too."""
    found: list[tuple[str, float]] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            m = [tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                 tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]]
            scale = abs(m[0] * m[3] - m[1] * m[2]) ** 0.5  # rotated text (an axis's unit) included
            found.append((plain(text), size * scale))

    page.extract_text(visitor_text=visit)
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="a3,a2,a1,a0")
    parser.add_argument("--langs", default="en,kk,ru")
    args = parser.parse_args()
    from pypdf import PdfReader

    from kztimeline.data import load

    timeline = load(None).timeline
    assert timeline is not None
    folder = Path(tempfile.mkdtemp())
    for size in args.sizes.split(","):
        for lang in args.langs.split(","):
            out = folder / f"{size}-{lang}.pdf"
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "kztimeline", "export", str(out), "--size", size,
                                   "--lang", lang], capture_output=True, text=True)
            seconds = time.perf_counter() - start
            if done.returncode != 0:
                print(f"{size} {lang}: failed: {done.stderr.strip()}")
                continue
            reader = PdfReader(str(out))
            found = runs(reader.pages[0])
            sizes: dict[str, float] = {}
            for text, pt in found:
                sizes[text] = max(pt, sizes.get(text, 0.0))
            labels = [sizes[t] for t in (plain(e.short_label(lang)) for e in timeline.events) if t in sizes]
            years = [pt for text, pt in found if re.fullmatch(r"(19|20)\d\d", text)]
            w_mm = float(reader.pages[0].mediabox.width) * 25.4 / 72
            h_mm = float(reader.pages[0].mediabox.height) * 25.4 / 72
            note = done.stderr.strip().replace("kztimeline export: note: ", "") or "every event labelled"
            print(f"{size} {lang}: {w_mm:.0f} x {h_mm:.0f} mm, {len(reader.pages)} sheets, {seconds:.1f} s; "
                  f"labels >= {min(labels):.1f} pt, years >= {min(years):.1f} pt, smallest text "
                  f"{min(pt for _, pt in found):.1f} pt; {note}")
    print("load average:", " ".join(f"{v:.2f}" for v in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
