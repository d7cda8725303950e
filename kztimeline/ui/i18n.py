"""Languages: the interface through Qt's translators (our .qm files and Qt's own), the default from the system.

The translators are kept referenced for the application's lifetime; switching removes the old ones first.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}  # each in its own language
_installed: list[QTranslator] = []


def system_language() -> str:
    """kk or ru when the system locale is Kazakh or Russian, English otherwise."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGE_NAMES else "en"


def qm_path(lang: str) -> str:
    return str(resources.files("kztimeline.resources").joinpath("translations", f"kztimeline_{lang}.qm"))


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Install our translation (English too: it holds the plural forms) and Qt's own for `lang`.
    False if ours is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    found = ours.load(qm_path(lang))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found
