"""The Turkish interface: the .ts compiles, loads, and covers every string."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.gui.i18n import compiled_translation, install_translators, lrelease_path
from annotator.paths import cache_dir, resource_path

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]


def lupdate_path() -> Path:
    return lrelease_path().with_name("lupdate")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


def test_every_string_of_the_interface_has_a_turkish_translation(tmp_path: Path) -> None:
    # Extract the strings the code uses now, exactly as resources/i18n/README.md says to.
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for folder in ("gui", "messages")
                     for p in (REPO / "annotator" / folder).rglob("*.py"))
    subprocess.run([str(lupdate_path()), "-tr-function-alias", "translate+=_tr", *sources,
                    str(REPO / "annotator" / "app.py"), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    committed = _messages(resource_path("i18n", "annotator_tr.ts"))
    used = _messages(fresh)
    assert len(used) > 400  # lupdate really read the code, error messages included
    missing = [key for key in used if key not in committed]
    assert missing == [], "run lupdate and translate these (resources/i18n/README.md)"
    unfinished = [key for key, message in committed.items()
                  if message.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []


def test_turkish_menus_after_switching_language(qtbot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert compiled_translation("tr", tmp_path) is not None
    translators = install_translators(app, "tr", cache_dir())
    try:
        assert translators, "the Turkish .qm did not load"
        window = main_window()
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[:2] == ["&Dosya", "Dü&zen"]
        assert window.editor_panel.find_bar.all_parts_check.text() == "Bütün bölümleri düzenle"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_error_translations_keep_every_parameter() -> None:
    import re

    fields = re.compile(r"\{(\w+)\}")
    for (context, source), message in _messages(resource_path("i18n", "annotator_tr.ts")).items():
        if context != "Errors":
            continue
        translation = message.findtext("translation") or ""
        assert set(fields.findall(translation)) == set(fields.findall(source)), source


def test_a_failed_import_is_explained_in_turkish(qtbot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    translators = install_translators(app, "tr", cache_dir())
    try:
        window = main_window()
        photo = tmp_path / "photo.txt"
        photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        with qtbot.waitSignal(window.import_finished, timeout=30_000):
            window.import_files([photo])
        text = window.import_box.text()
        assert "photo.txt" in text and "görüntü" in text, text  # "… bir PNG görüntüsü …"
        window.import_box.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
