"""Test configuration: Qt runs headless, settings never touch a real user's files."""

from __future__ import annotations

import os

# Before any Qt import: every Qt test runs headless, on any machine.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
