"""Languages: the interface through Qt's translators (our .qm files and Qt's own), the default from the system.

The translators are kept referenced for the application's lifetime; switching removes the old ones first.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}  # each in its own language
_installed: list[QTranslator] = []
_loaded: dict[str, list[QTranslator]] = {}


def system_language() -> str:
    """kk or ru when the system locale is Kazakh or Russian, English otherwise."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGE_NAMES else "en"


def qm_path(lang: str) -> str:
    # one name per joinpath: a bundle's (PyInstaller's) resource reader takes a single argument on Python 3.11
    return str(resources.files("kztimeline.resources").joinpath("translations").joinpath(f"kztimeline_{lang}.qm"))


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Install our translation (English too: it holds the plural forms) and Qt's own for `lang`.
    Each language's translators are loaded once and kept, so switching back and forth costs no memory."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang not in _loaded:
        ours = QTranslator(app)
        found = ours.load(qm_path(lang))
        qt_own = QTranslator(app)
        has_qt = lang != "en" and qt_own.load(f"qtbase_{lang}",
                                              QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _loaded[lang] = [t for t, ok in ((ours, found), (qt_own, has_qt)) if ok]
    for translator in _loaded[lang]:
        app.installTranslator(translator)
        _installed.append(translator)
