"""Build step: compile the Qt Linguist translations (resources/translations/*.ts) to .qm with lrelease.

Everything else about the package is declared in pyproject.toml; this file only adds that step, so that the
binary .qm files are made by the build, never edited or committed by hand.
"""

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def compile_translations() -> None:
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    for ts in sorted((HERE / "resources" / "translations").glob("*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
