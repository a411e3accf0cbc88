"""The main window opens on empty and filled projects, imports the sample, and screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.models.segment_table_model import COL_SOURCE
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
    assert window.content_stack.currentWidget() is window.editor_panel
    assert window.editor_panel.segment_model.rowCount() > 20
    # The import really went to the project file, not just to the window.
    db = open_project(window.project.path)
    assert db["documents"].count == 1
    db.close()


def test_filled_project_lists_documents_and_opens_the_first(qtbot, main_window, db_path: Path,
                                                            seed_file: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_project(db_path)
    result = import_file(db, seed_file)
    db.close()
    window = main_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.document_model.rowCount() == 1
    assert window.current_doc_id == result.document.id  # the first document opens by itself
    panel = window.editor_panel
    assert "AZERBAYCAN" in panel.title_label.text()
    model = panel.segment_model
    texts = [model.index(r, COL_SOURCE).data() for r in range(model.rowCount())]
    assert any("Antony Blinken" in t for t in texts)


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
    assert window.current_doc_id != ids[1]
    rect = window.document_view.visualRect(window.document_model.index(row, 0))
    with qtbot.waitSignal(window.document_opened, timeout=5000) as blocker:
        qtbot.mouseClick(window.document_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert blocker.args == [ids[1]]
    assert window.editor_panel.title_label.text() == "İkinci belge"


def test_geometry_and_splitters_are_restored(qtbot, main_window, db_path: Path,
                                             seed_file: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_project(db_path)
    import_file(db, seed_file)
    db.close()
    first = main_window()
    first.resize(760, 590)
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([150, 850])
    wanted = first.splitter.sizes()
    first.close()
    second = main_window()
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (760, 590)
    assert second.splitter.sizes() == wanted


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


def test_screenshot_of_an_empty_project(tmp_path: Path) -> None:
    png = tmp_path / "empty.png"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--db", str(tmp_path / "e.sqlite"), "gui",
         "--screenshot", str(png)], capture_output=True, text=True, env=os.environ.copy(),
        timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert _colours(png) > 3


def test_dropping_files_on_the_window_imports_them(qtbot, main_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   seed_file: Path, monkeypatch) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    window = main_window()
    window.show()
    qtbot.waitExposed(window)
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_file)), QUrl.fromLocalFile(str(bad))])
    centre = QPointF(window.rect().center())
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        QApplication.sendEvent(window, drop)
    assert window.document_model.rowCount() == 1
    assert window.import_box.isVisible() and "photo.txt" in window.import_box.text()
    window.import_box.close()


@pytest.mark.parametrize("content", [b"my notes, not a project\n", b""])
def test_opening_a_non_project_from_the_desktop_shows_a_dialog(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               content: bytes) -> None:
    from PySide6.QtCore import QTimer

    from annotator.app import run_gui
    from annotator.cli import GuiRequest

    notes = tmp_path / "notes.sqlite"
    if content:
        notes.write_bytes(content)
    else:  # a folder where the project file should be
        notes.mkdir()
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, read_and_close)
            return
        seen.append(box.text())  # type: ignore[attr-defined]
        box.close()

    QTimer.singleShot(50, read_and_close)
    assert run_gui(GuiRequest(notes)) == 2
    assert len(seen) == 1 and str(notes) in seen[0]
    assert ("not an Annotator project" in seen[0]) if content else ("folder" in seen[0])
    if content:
        assert notes.read_bytes() == content  # not touched
