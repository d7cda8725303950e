"""PySide6 6.12.0 on Python 3.11 aborts (`none_dealloc`) when pyqtgraph repositions items during a repaint.

The pin in pyproject.toml keeps Python 3.11 below it; this test repaints a plot with moving text items, as the
lanes do, often enough that the crash shows (on 6.12.0 with Python 3.11: 10 steps pass, 100 crash at exit, 1,000
crash in the loop), in a child process so that the crash fails this test instead of aborting the whole suite.
A future upgrade that brings the crash back fails CI instead of crashing a kiosk.
"""

from __future__ import annotations

import os
import subprocess
import sys

STEPS = 1500

CHILD = f"""
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

app = QApplication([])
widget = pg.PlotWidget()
widget.resize(400, 300)
widget.show()
items = [pg.TextItem(f"label {{i}}") for i in range(5)]
for i, item in enumerate(items):
    widget.addItem(item)
    item.setPos(i, i)
for step in range({STEPS}):
    widget.setXRange(step, step + 5, padding=0)
    for item in items:
        item.setPos(item.pos().x() + 0.5, item.pos().y())
    widget.grab()
    app.processEvents()
view = widget.getViewBox().viewRange()[0]
print("steps", {STEPS}, "view", view[0], view[1], "first item", items[0].pos().x(), flush=True)
widget.close()
del widget, items
app.processEvents()
print("closed", flush=True)
"""


def test_repaint_with_moving_text_items_survives_many_steps_and_exit() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", CHILD], env=env, capture_output=True,
                          text=True, timeout=600)
    # a crash in the loop or at exit (the interpreter's teardown) is a negative status: SIGABRT, SIGSEGV
    assert done.returncode == 0, f"the repaint loop died with status {done.returncode}:\n{done.stderr[-3000:]}"
    lines = done.stdout.splitlines()
    assert lines == [f"steps {STEPS} view {STEPS - 1}.0 {STEPS + 4}.0 first item {STEPS * 0.5}", "closed"]
