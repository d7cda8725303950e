"""The model, the loader and `kztimeline validate` work without Qt: they must never import it.

A fresh interpreter refuses PySide6, shiboken6 and pyqtgraph before anything is imported, then imports the
model and the loader, loads the bundled data and runs the validate command.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys

    BLOCKED = {"PySide6", "shiboken6", "pyqtgraph"}

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked: the model and loader must not import Qt")
            return None

    sys.meta_path.insert(0, BlockQt())

    for name in sorted(BLOCKED):  # the blocker works, so an import of Qt below would fail
        try:
            __import__(name)
        except ImportError:
            pass
        else:
            raise SystemExit(f"{name} could be imported despite the blocker")

    import kztimeline.model
    import kztimeline.data
    from kztimeline.cli import main

    result = kztimeline.data.load()
    assert result.ok, [str(p) for p in result.problems]
    assert result.timeline.events
    code = main(["validate"])
    loaded = sorted(m for m in sys.modules if m.partition(".")[0] in BLOCKED)
    assert not loaded, loaded
    print("no-qt-ok", code)
    sys.exit(code)
    """
)


def test_model_loader_and_validate_import_no_qt(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "no-qt-ok 0" in completed.stdout
    assert "ok: " in completed.stdout
