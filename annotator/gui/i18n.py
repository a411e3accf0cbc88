"""Interface translations: Qt Linguist ``.ts`` files in ``resources/i18n`` compiled at run time.

``.qm`` files are build output, so they are not committed: the first start in a language compiles
its ``.ts`` with the ``lrelease`` that ships with PySide6 into the cache folder, and recompiles
when the ``.ts`` is newer.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from annotator.paths import resource_path

log = logging.getLogger(__name__)


def lrelease_path() -> Path:
    """The ``lrelease`` tool bundled with PySide6."""
    return Path(PySide6.__file__).resolve().parent / "lrelease"


def compiled_translation(language: str, cache_dir: Path) -> Path | None:
    """The ``.qm`` for ``language``, compiled if missing or stale; None when unavailable."""
    source = resource_path("i18n", f"annotator_{language}.ts")
    if not source.exists():
        return None
    target = cache_dir / f"annotator_{language}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([str(lrelease_path()), "-silent", str(source), "-qm", str(target)],
                       check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("could not compile %s: %s", source, error)
        return None
    return target if target.exists() else None


def install_translators(app: QApplication, language: str, cache_dir: Path) -> list[QTranslator]:
    """Install our strings and Qt's own (dialog buttons ...) for ``language``."""
    if language == "en":
        return []
    translators = []
    ours = compiled_translation(language, cache_dir)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            translators.append(translator)
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_dir):
        translators.append(qt_translator)
    for translator in translators:
        app.installTranslator(translator)
    return translators
