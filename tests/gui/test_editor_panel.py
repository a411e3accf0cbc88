"""The bilingual editor driven by keyboard: edit, confirm, undo, redo, navigate, filter.

After each step the project file is read through a separate connection, so what is asserted is
what a restart would see.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import query
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.models import BlockRole, TargetStatus
from annotator.gui.delegates.target_delegate import TargetEditor
from annotator.gui.models.segment_table_model import COL_PART, COL_SOURCE, COL_TARGET
from annotator.ingest.pipeline import import_file
from annotator.storage.connection import open_project

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def stored(db_path: Path, sentence_id: int) -> tuple[str, str] | None:
    """(text, status) of a sentence's target as a fresh connection sees it."""
    found = query(db_path, "SELECT text, status FROM targets WHERE sentence_id = ?",
                  [sentence_id])
    return (found[0][0], found[0][1]) if found else None


@pytest.fixture
def editor(sample_window):  # type: ignore[no-untyped-def]
    """The editor panel of a shown, active main window on the sample."""
    return sample_window.editor_panel


def current_id(panel) -> int:  # type: ignore[no-untyped-def]
    segment = panel.current_segment()
    assert segment is not None
    return segment.sentence.id


def type_into_cell(qtbot, panel, text: str, finish: tuple = (Qt.Key.Key_Return,  # type: ignore[no-untyped-def]
                                                              Qt.KeyboardModifier.NoModifier)):
    qtbot.keyClick(panel.grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, TargetEditor)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, finish[0], finish[1])


def test_opens_on_the_first_sentence_to_work_on(editor) -> None:  # type: ignore[no-untyped-def]
    segment = editor.current_segment()
    assert segment.sentence.role is BlockRole.TITLE
    assert segment.target.status is TargetStatus.UNTRANSLATED


def test_edit_confirm_undo_redo_by_keyboard(qtbot, editor, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = current_id(editor)
    type_into_cell(qtbot, editor, "Signs of improvement in US-Azerbaijan relations")
    assert stored(db_path, first) == ("Signs of improvement in US-Azerbaijan relations", "draft")
    assert current_id(editor) == first  # Enter keeps the row

    qtbot.keyClick(editor.grid, Qt.Key.Key_Return, CTRL)
    assert stored(db_path, first)[1] == "translated"
    assert current_id(editor) != first  # moved on to the next unconfirmed sentence
    assert editor.segment_model.segment(
        editor.current_row()).sentence.role.annotatable  # skipping the byline

    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, CTRL)
    assert stored(db_path, first)[1] == "draft"
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, CTRL)
    assert stored(db_path, first) == ("", "untranslated")
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(db_path, first) == ("Signs of improvement in US-Azerbaijan relations", "draft")
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(db_path, first)[1] == "translated"


def test_ctrl_enter_inside_the_editor_saves_and_confirms(qtbot, editor, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = current_id(editor)
    type_into_cell(qtbot, editor, "A title", (Qt.Key.Key_Return, CTRL))
    assert stored(db_path, first) == ("A title", "translated")
    assert current_id(editor) != first


def test_escape_discards_the_cell(qtbot, editor, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = current_id(editor)
    type_into_cell(qtbot, editor, "never saved",
                   (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    assert stored(db_path, first) is None


def test_navigation_skips_greyed_parts_unless_asked(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    model = editor.segment_model
    parts = [model.index(r, COL_PART).data() for r in range(model.rowCount())]
    assert parts[:4] == ["title", "byline", "byline", ""]
    assert {"footnote", "bio", "citation", "caption", "boilerplate"} <= set(parts)
    assert editor.current_row() == 0
    qtbot.keyClick(editor.grid, Qt.Key.Key_Down, ALT)
    assert model.segment(editor.current_row()).sentence.role is BlockRole.BODY
    assert editor.current_row() > 1  # the byline rows in between were skipped
    qtbot.keyClick(editor.grid, Qt.Key.Key_Up, ALT)
    assert editor.current_row() == 0
    qtbot.mouseClick(editor.find_bar.all_parts_check, Qt.MouseButton.LeftButton)
    editor.grid.setFocus()
    qtbot.keyClick(editor.grid, Qt.Key.Key_Down, ALT)
    assert model.segment(editor.current_row()).sentence.role is BlockRole.BYLINE


def test_find_is_turkish_aware_and_status_filter_works(qtbot, editor, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(editor.grid, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is editor.find_bar.find_edit
    qtbot.keyClicks(editor.find_bar.find_edit, "kasim")
    shown = [editor.proxy.index(r, COL_SOURCE).data() for r in range(editor.proxy.rowCount())]
    assert shown and all("Kasım" in text or "kasım" in text for text in shown)
    editor.find_bar.find_edit.clear()
    qtbot.keyClicks(editor.find_bar.find_edit, "ilham aliyev")
    shown = [editor.proxy.index(r, COL_SOURCE).data() for r in range(editor.proxy.rowCount())]
    assert shown and all("İlham Aliyev" in text for text in shown)
    editor.find_bar.find_edit.clear()

    editor.grid.setFocus()
    type_into_cell(qtbot, editor, "Draft one")
    qtbot.keyClick(editor.grid, Qt.Key.Key_3, CTRL | ALT)  # only drafts
    assert editor.proxy.rowCount() == 1
    assert editor.proxy.index(0, COL_TARGET).data() == "Draft one"
    qtbot.keyClick(editor.grid, Qt.Key.Key_0, CTRL | ALT)
    assert editor.proxy.rowCount() == editor.segment_model.rowCount()


def test_mt_is_kept_when_the_english_is_edited(qtbot, editor, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    sid = current_id(editor)
    db = open_project(db_path)
    db.execute("INSERT INTO translations (sentence_id, engine, source_lang, target_lang, text, "
               "created) VALUES (?, 'google', 'tr', 'en', 'MT title text', 'now')", [sid])
    db.execute("INSERT INTO targets (sentence_id, text, status) VALUES (?, 'MT title text', 'mt')",
               [sid])
    db.conn.commit()
    db.close()
    editor.reload()
    assert editor.current_segment().mt == "MT title text"

    type_into_cell(qtbot, editor, "Edited title")
    assert stored(db_path, sid) == ("Edited title", "draft")
    assert "Edited" in editor.detail_pane.diff_view.toPlainText()
    qtbot.keyClick(editor.grid, Qt.Key.Key_M, CTRL | SHIFT)  # revert to MT
    assert stored(db_path, sid) == ("MT title text", "mt")
    qtbot.keyClick(editor.grid, Qt.Key.Key_S, CTRL | SHIFT)  # copy source
    assert stored(db_path, sid)[0] == editor.current_segment().sentence.text
    qtbot.keyClick(editor.grid, Qt.Key.Key_1, ALT)  # insert engine output 1
    assert stored(db_path, sid) == ("MT title text", "mt")
    db = open_project(db_path)
    assert [r[0] for r in db.execute("SELECT text FROM translations")] == ["MT title text"]
    db.close()


def test_markup_is_shown_as_characters(qtbot, main_window, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "markup.txt"
    source.write_text("<b>Kalın</b> başlık\n\nMetin <img src=x.png> burada.", encoding="utf-8")
    db = open_project(db_path)
    import_file(db, source)
    db.close()
    window = main_window()
    panel = window.editor_panel
    model = panel.segment_model
    texts = [model.index(r, COL_SOURCE).data() for r in range(model.rowCount())]
    assert "<b>Kalın</b> başlık" in texts
    assert any("<img src=x.png>" in t for t in texts)
    assert panel.title_label.textFormat() == Qt.TextFormat.PlainText
