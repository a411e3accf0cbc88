"""The seam between the window and the project: failures are shown, exports never block edits,
undo only records what happened, and every view follows the one change notice."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fakes.projects import WriteLock
from gui_helpers import query
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.annotations import Actor, Mention
from annotator.core.models import Side, TargetStatus
from annotator.exchange import writer as writer_module
from annotator.exchange.options import ExportFormat, ExportOptions
from annotator.gui.delegates.target_delegate import TargetEditor
from annotator.gui.dialogs.export_dialog import ExportRequest
from annotator.ingest.pipeline import import_file
from annotator.project import Changes
from annotator.storage.connection import open_project

pytestmark = pytest.mark.gui




@pytest.fixture
def window(qtbot, main_window, db_path: Path, seed_file: Path):  # type: ignore[no-untyped-def]
    """A shown window on the sample whose own connection gives up on a busy project quickly."""
    db = open_project(db_path)
    import_file(db, seed_file)
    db.close()
    shown = main_window(busy_timeout_ms=300)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    shown.editor_panel.grid.setFocus()
    return shown


def edit_current(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    grid = window.editor_panel.grid
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, TargetEditor)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def shown_text(window) -> str:  # type: ignore[no-untyped-def]
    panel = window.editor_panel
    return panel.segment_model.segment(panel.current_row()).target.text


def test_an_edit_saved_while_a_slow_export_runs(qtbot, window, db_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch) -> None:
    started, go_on = threading.Event(), threading.Event()
    original = writer_module.JsonlWriter.write

    def slow_write(self, item, out):  # type: ignore[no-untyped-def]
        started.set()
        go_on.wait(20)
        return original(self, item, out)

    monkeypatch.setattr(writer_module.JsonlWriter, "write", slow_write)
    out = tmp_path / "dataset.jsonl"
    sentence = window.editor_panel.current_segment().sentence.id
    with qtbot.waitSignal(window.runner.job_finished, timeout=30_000) as finished:
        window.exchange_menu.start_export(ExportRequest(ExportFormat.JSONL, ExportOptions(), out))
        assert started.wait(10)  # the export holds its read transaction now
        edit_current(qtbot, window, "Typed while exporting")
        # Saved at once (with the old BEGIN IMMEDIATE export this waited and failed).
        assert query(db_path, f"SELECT text FROM targets WHERE sentence_id = {sentence}") == \
            [("Typed while exporting",)]
        assert window.runner.message_box is None
        go_on.set()
    assert finished.args[0] == "export" and not isinstance(finished.args[1], Exception)
    assert "Typed while exporting" not in out.read_text(encoding="utf-8")  # its snapshot
    assert shown_text(window) == "Typed while exporting"


def test_a_write_against_a_locked_project_is_shown_and_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, window, db_path: Path) -> None:
    panel = window.editor_panel
    sentence = panel.current_segment().sentence.id
    lock = WriteLock(db_path)
    with qtbot.waitSignal(window.runner.error_shown, timeout=10_000):
        edit_current(qtbot, window, "Not saved yet")
    box = window.runner.message_box
    assert box.isVisible() and "busy" in box.text()
    assert shown_text(window) == ""  # the grid still shows what is stored
    assert panel.undo_stack.count() == 0  # no undo step for a change that did not happen
    lock.release()
    assert query(db_path, f"SELECT count(*) FROM targets WHERE sentence_id = {sentence}") == \
        [(0,)]
    box.close()
    edit_current(qtbot, window, "Saved now")  # works once the lock is gone
    assert shown_text(window) == "Saved now" and panel.undo_stack.count() == 1
    assert query(db_path, f"SELECT text FROM targets WHERE sentence_id = {sentence}") == \
        [("Saved now",)]


def test_an_undo_whose_operation_fails_leaves_the_stack(qtbot, window, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = window.editor_panel
    sentence = panel.current_segment().sentence.id
    edit_current(qtbot, window, "First version")
    assert panel.undo_stack.index() == 1
    lock = WriteLock(db_path)
    with qtbot.waitSignal(window.runner.error_shown, timeout=10_000):
        qtbot.keyClick(panel.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.undo_stack.index() == 1 and shown_text(window) == "First version"
    lock.release()
    window.runner.message_box.close()
    qtbot.keyClick(panel.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.undo_stack.index() == 0 and shown_text(window) == ""
    assert query(db_path, f"SELECT text FROM targets WHERE sentence_id = {sentence}") == [("",)]
    lock = WriteLock(db_path)
    with qtbot.waitSignal(window.runner.error_shown, timeout=10_000):
        assert not window.runner.redo()
    lock.release()
    assert panel.undo_stack.index() == 0
    assert window.runner.redo() and shown_text(window) == "First version"


def test_views_refresh_from_the_change_notice_alone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    project, panel = window.project, window.editor_panel
    annotation = panel.annotation_panel
    segment = panel.current_segment()
    doc_id, sentence = segment.sentence.document_id, segment.sentence.id
    # Written behind the window's back: nothing changes on screen ...
    from annotator.storage.annotations import add_mention
    from annotator.storage.targets import save_target

    project.actors()
    save_target(project.db, sentence, "From elsewhere", TargetStatus.TRANSLATED)
    add_mention(project.db, Mention(None, sentence, "USA", Side.TR, 0, 3, "ABD"))
    assert shown_text(window) == "" and annotation.mention_model.rowCount() == 0
    row = window.document_model.row_of(doc_id)
    assert window.document_model.summary(row).translated == 0
    # ... until the one notice says what changed.
    window.runner.announce(Changes.of(sentences=[sentence], annotations=[sentence]))
    assert shown_text(window) == "From elsewhere"
    assert annotation.mention_model.rowCount() == 1
    qtbot.waitUntil(lambda: window.document_model.summary(
        window.document_model.row_of(doc_id)).translated == 1, timeout=5000)


def test_suggestions_and_an_actor_merge_reach_every_view(qtbot, window, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = window.editor_panel
    annotation = panel.annotation_panel
    blinken_row = next(r for r in range(panel.segment_model.rowCount())
                       if "Blinken" in panel.segment_model.segment(r).sentence.text)
    panel.go_to_row(blinken_row)
    assert annotation.mention_model.rowCount() == 0
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000):
        window.annotate_menu.suggest_document()
    assert annotation.mention_model.rowCount() > 0  # the panel followed the notice
    shown = {annotation.mention_model.item(r).actor_id
             for r in range(annotation.mention_model.rowCount())}
    keep = next(iter(shown))
    duplicate = Actor("DUP-1", "A duplicate", "USA")
    assert window.runner.run(lambda: window.project.add_actor(duplicate)) is not None
    mention = annotation.mention_model.item(0)
    from dataclasses import replace

    from annotator.storage.annotations import update_mention

    update_mention(window.project.db, replace(mention, actor_id="DUP-1"))
    window.runner.announce(Changes.of(annotations=[mention.sentence_id]))
    assert "A duplicate" in annotation.mention_view.model().index(0, 0).data()
    assert window.runner.run(lambda: window.project.merge_actors(keep, "DUP-1")) is not None
    assert "A duplicate" not in annotation.mention_view.model().index(0, 0).data()
    assert query(db_path, "SELECT count(*) FROM actors WHERE id = 'DUP-1'") == [(0,)]


def test_closing_during_an_export_asks_then_cancels_it(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    started = threading.Event()
    original = writer_module.JsonlWriter.write

    def slow_write(self, item, out):  # type: ignore[no-untyped-def]
        started.set()
        threading.Event().wait(0.05)
        return original(self, item, out)

    monkeypatch.setattr(writer_module.JsonlWriter, "write", slow_write)
    out = tmp_path / "dataset.jsonl"
    window.exchange_menu.start_export(ExportRequest(ExportFormat.JSONL, ExportOptions(), out))
    assert started.wait(10)
    asked: list[bool] = []
    monkeypatch.setattr(window, "confirm_close", lambda: asked.append(False) or False)
    window.close()
    assert asked == [False] and window.isVisible() and window.runner.is_running("export")
    monkeypatch.setattr(window, "confirm_close", lambda: asked.append(True) or True)
    window.close()
    assert asked == [False, True] and not window.isVisible()
    assert not window.runner.is_running()
    assert not out.exists() and not out.with_name(out.name + ".part").exists()
