"""Exporting the timeline as PNG, SVG or PDF: the options (Qt-free) and the rendering (the window's own scene)."""
