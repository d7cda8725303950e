"""Test configuration: Qt runs headless, settings never touch a real user's files."""

from __future__ import annotations

import os

# Before any Qt import: every Qt test runs headless, on any machine.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, Verbosity, settings  # noqa: E402

# Hypothesis: the same examples on every CI run (derandomized, no example database), failing examples printed
# in full so they can become explicit tests; elsewhere random, to keep finding new ones.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, verbosity=Verbosity.normal,
                          deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point QSettings at a temporary folder so tests never read or write a real user's settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("kztimeline-tests")
    QCoreApplication.setApplicationName("kztimeline-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return


@pytest.fixture(autouse=True)
def _load_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's loads use a cache folder of their own (empty at the start), never the user's cache; a child
    process the test starts inherits it."""
    monkeypatch.setenv("KZTIMELINE_CACHE_DIR", str(tmp_path_factory.mktemp("load-cache")))


@pytest.fixture(autouse=True)
def _delete_closed_widgets() -> Iterator[None]:
    """After each test, really delete the widgets it closed: deleteLater() outside a running event loop waits
    for a loop that never comes, so old windows would pile up and every later style change would restyle them."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_window(qtbot) -> Callable[..., object]:
    """Build a main window on the bundled data (or `data=PATH`), shown at a fixed size, registered with qtbot."""
    from kztimeline.app import create_window, load_fonts, settle

    load_fonts()

    def make(data: str | Path | None = None, size: tuple[int, int] = (1600, 900), theme: str = "light",
             remember: bool = False):
        window = create_window(str(data) if data is not None else None, theme, remember=remember)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        settle()
        return window

    return make
