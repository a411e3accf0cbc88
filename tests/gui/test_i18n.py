"""The Turkish interface: the .ts compiles, loads, and covers every string."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.gui.i18n import compiled_translation, install_translators
from annotator.paths import cache_dir, resource_path

pytestmark = pytest.mark.gui


def test_every_string_has_a_turkish_translation() -> None:
    tree = ET.parse(resource_path("i18n", "annotator_tr.ts"))
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
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
