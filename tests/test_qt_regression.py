"""PySide6 6.12.0 on Python 3.11 aborts (`none_dealloc`) when pyqtgraph repositions items during a repaint.

The pin in pyproject.toml keeps us below it; this test repaints a plot with moving text items so that a future
upgrade that brings the crash back fails CI (the process dies) instead of crashing a kiosk.
"""

import pyqtgraph as pg


def test_repaint_with_moving_text_items(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    items = [pg.TextItem(f"label {i}") for i in range(5)]
    for i, item in enumerate(items):
        widget.addItem(item)
        item.setPos(i, i)
    for step in range(10):
        widget.setXRange(step, step + 5, padding=0)
        for item in items:
            item.setPos(item.pos().x() + 0.5, item.pos().y())
        widget.grab()
    view = widget.getViewBox().viewRange()[0]
    assert view[0] == 9
    assert view[1] == 14
    assert items[0].pos().x() == 5.0
