"""The main window opens on empty and filled projects, imports the sample, and screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.ingest.pipeline import import_file
from annotator.storage.connection import open_project

pytestmark = pytest.mark.gui


def test_empty_project_offers_the_sample(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.document_model.rowCount() == 0
    assert window.content_stack.currentWidget() is window.welcome_panel
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        qtbot.mouseClick(window.welcome_panel.sample_button, Qt.MouseButton.LeftButton)
    assert window.document_model.rowCount() == 1
    assert window.content_stack.currentWidget() is window.document_panel
    assert window.document_panel.sentence_model.rowCount() > 20
    # The import really went to the project file, not just to the window.
    db = open_project(window.project.path)
    assert db["documents"].count == 1
    db.close()


def test_filled_project_lists_documents_and_shows_one(qtbot, main_window, db_path: Path,
                                                      seed_file: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_project(db_path)
    result = import_file(db, seed_file)
    db.close()
    window = main_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.document_model.rowCount() == 1
    assert window.current_doc_id == result.document.id  # the first document opens by itself
    panel = window.document_panel
    assert "AZERBAYCAN" in panel.title_label.text()
    model = panel.sentence_model
    texts = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert any("Antony Blinken" in t for t in texts)


def test_models_pass_qt_model_tester(qtmodeltester, db_path: Path, seed_file: Path) -> None:  # type: ignore[no-untyped-def]
    from annotator.gui.models.document_list_model import DocumentListModel
    from annotator.gui.models.sentence_preview_model import SentencePreviewModel
    from annotator.storage.documents import get_sentences, list_documents

    db = open_project(db_path)
    doc_id = import_file(db, seed_file).document.id
    documents = DocumentListModel()
    documents.set_rows(list_documents(db))
    qtmodeltester.check(documents, force_py=True)
    sentences = SentencePreviewModel()
    sentences.set_rows(get_sentences(db, doc_id))
    qtmodeltester.check(sentences, force_py=True)
    db.close()


def test_markup_in_a_document_is_shown_as_plain_text(qtbot, main_window, db_path: Path,
                                                     tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "markup.txt"
    source.write_text("<b>Kalın</b> başlık\n\nMetin <img src=x.png> burada.", encoding="utf-8")
    db = open_project(db_path)
    doc_id = import_file(db, source).document.id
    db.close()
    window = main_window()
    window.open_document(doc_id)
    assert window.document_panel.title_label.text() == "<b>Kalın</b> başlık"
    assert window.document_panel.title_label.textFormat() == Qt.TextFormat.PlainText


def _colours(png: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull()
    step = max(1, image.width() // 64)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_screenshot_command_writes_a_real_png(tmp_path: Path, seed_file: Path) -> None:
    db = tmp_path / "shot.sqlite"
    env = os.environ.copy()
    run = [sys.executable, "-m", "annotator", "--db", str(db)]
    imported = subprocess.run([*run, "import", str(seed_file)], capture_output=True, text=True,
                              env=env, timeout=120, check=True)
    doc_id = imported.stdout.split("\t")[0]
    png = tmp_path / "shot.png"
    result = subprocess.run([*run, "gui", "--open", doc_id, "--screenshot", str(png)],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert _colours(png) > 10  # text, table lines and panels, not one flat colour


def test_clicking_another_document_shows_it(qtbot, main_window, db_path: Path,
                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_project(db_path)
    ids = []
    for name, text in (("a.txt", "Birinci belge\n\nBir cümle."), ("b.txt", "İkinci belge\n\nİki.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        ids.append(import_file(db, tmp_path / name).document.id)
    db.close()
    window = main_window()
    window.show()
    qtbot.waitExposed(window)
    row = window.document_model.row_of(ids[1])
    rect = window.document_view.visualRect(window.document_model.index(row, 0))
    with qtbot.waitSignal(window.document_opened, timeout=5000) as blocker:
        qtbot.mouseClick(window.document_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert blocker.args == [ids[1]]
    assert window.document_panel.title_label.text() == "İkinci belge"
