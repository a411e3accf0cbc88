"""The translation memory in the window: matches with their percentage under the MT outputs,
Ctrl+1 inserts one, a confirmed sentence fills its repetitions (one undo step), concordance."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import query
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.models import TargetStatus
from annotator.gui.delegates.target_delegate import TargetEditor
from annotator.project import Project, SetTarget

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier

OLD = ("Eski yorum\n\nDışişleri Bakanı dün Ankara'da basına önemli bir açıklama yaptı. "
       "Seçimler yaklaşıyor.\n")
NEW = ("Yeni yorum\n\nDışişleri Bakanı dün Ankara'da gazetecilere önemli bir açıklama yaptı. "
       "Seçimler yaklaşıyor. Bugün hava güzel. Seçimler yaklaşıyor.\n")
ENGLISH = "The Foreign Minister made an important statement to the press in Ankara yesterday."


@pytest.fixture
def window(qtbot, main_window, db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    project = Project(db_path)
    for name, text in (("old.txt", OLD), ("new.txt", NEW)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        project.import_files([tmp_path / name])
    old_doc, new_doc = project.document_ids()
    similar = next(s.sentence.id for s in project.segments(old_doc)
                   if s.sentence.text.startswith("Dışişleri"))
    SetTarget(project, similar, ENGLISH, TargetStatus.TRANSLATED).apply()
    project.close()
    shown = main_window()
    shown.show()
    qtbot.waitExposed(shown)
    shown.open_document(new_doc)
    shown.editor_panel.grid.setFocus()
    return shown


def go_to(panel, text: str, nth: int = 0) -> int:  # type: ignore[no-untyped-def]
    rows = [r for r in range(panel.segment_model.rowCount())
            if panel.segment_model.segment(r).sentence.text.startswith(text)]
    panel.go_to_row(rows[nth])
    return panel.segment_model.segment(rows[nth]).sentence.id


def test_a_ninety_percent_match_is_listed_and_inserted_with_ctrl_1(qtbot, window,  # type: ignore[no-untyped-def]
                                                                   db_path: Path) -> None:
    panel = window.editor_panel
    sentence = go_to(panel, "Dışişleri")
    memory = panel.detail_pane.memory_pane
    assert len(memory.matches) == 1 and 88 <= memory.matches[0].score <= 92
    shown = memory.match_view.toPlainText()
    assert f"{memory.matches[0].score} %" in shown and "Eski yorum" in shown and ENGLISH in shown
    qtbot.keyClick(panel.grid, Qt.Key.Key_1, CTRL)
    assert query(db_path, f"SELECT text, status FROM targets WHERE sentence_id = {sentence}") \
        == [(ENGLISH, "draft")]


def test_confirming_fills_the_repetitions_in_one_undo_step(qtbot, window, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = window.editor_panel
    first = go_to(panel, "Seçimler", 0)
    second = go_to(panel, "Seçimler", 1)
    panel.go_to_row(panel.segment_model.row_of_sentence(first))
    qtbot.keyClick(panel.grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, TargetEditor)
    qtbot.keyClicks(editor, "Elections are approaching.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    row = panel.segment_model.row_of_sentence(second)
    assert panel.segment_model.segment(row).target.text == "Elections are approaching."
    assert panel.segment_model.segment(row).target.status is TargetStatus.DRAFT
    filled_elsewhere = query(db_path, "SELECT count(*) FROM targets WHERE text = "
                                      "'Elections are approaching.' AND status = 'draft'")
    assert filled_elsewhere == [(2,)]  # the second here and the one in the older document
    assert window.runner.undo()  # the fill is its own step
    assert panel.segment_model.segment(row).target.text == ""
    assert query(db_path, f"SELECT status FROM targets WHERE sentence_id = {first}") == \
        [("translated",)]


def test_concordance_finds_a_phrase_turkish_aware(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from annotator.gui.dialogs.concordance_dialog import ConcordanceDialog

    dialog = ConcordanceDialog(window.project, window.runner, "disisleri bakani")
    qtbot.addWidget(dialog)
    assert len(dialog.hits) == 1
    assert "Dışişleri Bakanı" in dialog.result_view.toPlainText()
    qtbot.keyClicks(dialog.query_edit, "xyz")
    qtbot.waitUntil(lambda: not dialog.hits)
