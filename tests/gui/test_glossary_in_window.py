"""The glossary in the window: terms of the sentence listed in the detail pane with their English
(inflected forms too), underlined in the source column, Ctrl+Space's menu inserts one,
Ctrl+Shift+G adds the selection as an entry (undoable), the glossary dialog edits entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import query
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from annotator.core.glossary import GlossaryTerm
from annotator.gui.delegates.target_delegate import TargetEditor
from annotator.gui.dialogs.glossary_dialog import GlossaryDialog
from annotator.gui.dialogs.term_dialog import TermDialog
from annotator.project import Project

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

TEXT = ("Yorum\n\nDışişleri Bakanı'nın açıklaması Güney Kafkasya'da yankı buldu. "
        "Seçimler yaklaşıyor.\n")


@pytest.fixture
def window(qtbot, main_window, db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    project = Project(db_path)
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    project.import_files([tmp_path / "doc.txt"])
    project.add_term(GlossaryTerm(source="Dışişleri Bakanı",
                                  targets=("Foreign Minister", "Minister of Foreign Affairs"),
                                  forbidden=("Foreign Affairs Minister",)))
    project.add_term(GlossaryTerm(source="Güney Kafkasya", targets=("South Caucasus",),
                                  note="region"))
    doc = project.document_ids()[0]
    project.close()
    shown = main_window()
    shown.show()
    qtbot.waitExposed(shown)
    shown.open_document(doc)
    shown.editor_panel.grid.setFocus()
    return shown


def go_to(panel, text: str) -> int:  # type: ignore[no-untyped-def]
    row = next(r for r in range(panel.segment_model.rowCount())
               if panel.segment_model.segment(r).sentence.text.startswith(text))
    panel.go_to_row(row)
    return panel.segment_model.segment(row).sentence.id


def listed(panel) -> list[str]:  # type: ignore[no-untyped-def]
    view = panel.detail_pane.terms_pane.term_list
    return [view.item(i).text() for i in range(view.count())]


def test_the_terms_of_the_sentence_are_listed_with_their_english(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.editor_panel
    go_to(panel, "Dışişleri")
    assert listed(panel) == [
        "1. Dışişleri Bakanı → Foreign Minister (Minister of Foreign Affairs) · not: Foreign "
        "Affairs Minister", "2. Güney Kafkasya → South Caucasus · region"]
    go_to(panel, "Seçimler")
    assert listed(panel) == ["No glossary term in this sentence."]
    assert panel.detail_pane.terms_pane.term_text(1) is None


def test_terms_are_underlined_in_the_source_column(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.editor_panel
    text = next(panel.segment_model.segment(r).sentence.text
                for r in range(panel.segment_model.rowCount())
                if panel.segment_model.segment(r).sentence.text.startswith("Dışişleri"))
    spans = panel.source_delegate.term_spans(text)
    assert [text[s:e] for s, e in spans] == ["Dışişleri Bakanı", "Güney Kafkasya"]


def test_ctrl_space_menu_inserts_a_term_at_the_editor_cursor(qtbot, window,  # type: ignore[no-untyped-def]
                                                             db_path: Path) -> None:
    panel = window.editor_panel
    sentence = go_to(panel, "Dışişleri")
    qtbot.keyClick(panel.grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, TargetEditor)
    qtbot.keyClicks(editor, "The ")
    menu = panel.term_menu()
    labels = [action.text() for action in menu.actions()]
    assert labels[0].startswith("&1 Foreign Minister") and labels[1].startswith("&2 South")
    menu.actions()[1].trigger()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: query(db_path, "SELECT text FROM targets WHERE sentence_id = ?",
                                  [sentence]) == [("The South Caucasus",)])


def test_ctrl_shift_g_adds_the_selection_as_an_entry_and_undo_removes_it(  # type: ignore[no-untyped-def]
        qtbot, window, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = window.editor_panel
    go_to(panel, "Seçimler")
    panel.annotation_panel.tr_view.select_span(0, len("Seçimler"))
    asked: list[GlossaryTerm] = []

    def answer(term: GlossaryTerm, parent: object = None) -> GlossaryTerm:
        asked.append(term)
        return GlossaryTerm(source=term.source, targets=("elections",))

    monkeypatch.setattr(TermDialog, "ask", staticmethod(answer))
    panel.grid.setFocus()
    qtbot.keyClick(panel.grid, Qt.Key.Key_G, CTRL | SHIFT)
    assert asked and asked[0].source == "Seçimler"
    assert query(db_path, "SELECT source, targets FROM glossary_terms WHERE source = ?",
                 ["Seçimler"]) == [("Seçimler", '["elections"]')]
    assert listed(panel) == ["1. Seçimler → elections"]  # the pane follows the change
    window.runner.undo()
    assert query(db_path, "SELECT count(*) FROM glossary_terms WHERE source = 'Seçimler'") == \
        [(0,)]


def test_the_term_dialog_needs_a_turkish_term(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TermDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.source_edit.insert("Senato Dış İlişkiler Komisyonu")  # keyClicks aborts on "ı"
    qtbot.keyClicks(dialog.targets_edit, "Senate Foreign Relations Committee; SFRC")
    qtbot.keyClicks(dialog.forbidden_edit, "Senate Foreign Affairs Commission")
    assert ok.isEnabled()
    assert dialog.term() == GlossaryTerm(
        source="Senato Dış İlişkiler Komisyonu",
        targets=("Senate Foreign Relations Committee", "SFRC"),
        forbidden=("Senate Foreign Affairs Commission",))


def test_the_glossary_dialog_finds_edits_and_deletes_entries(  # type: ignore[no-untyped-def]
        qtbot, window, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = GlossaryDialog(window.project, window.runner, window)
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() == 2
    qtbot.keyClicks(dialog.filter_edit, "kafkas")  # folded: finds Kafkasya
    assert dialog.proxy.rowCount() == 1
    dialog.table_view.setCurrentIndex(dialog.proxy.index(0, 0))
    monkeypatch.setattr(TermDialog, "ask", staticmethod(
        lambda term, parent=None: GlossaryTerm(source=term.source, targets=("the South Caucasus",),
                                               note=term.note, id=term.id)))
    assert dialog.edit_selected()
    assert query(db_path, "SELECT targets FROM glossary_terms WHERE source = 'Güney Kafkasya'") \
        == [('["the South Caucasus"]',)]
    assert dialog.delete_selected()
    assert dialog.model.rowCount() == 1  # the table follows the runner's change notice
    window.runner.undo()
    assert dialog.model.rowCount() == 2
    dialog.close()


def test_quality_menu_imports_and_exports_a_glossary(qtbot, window, db_path: Path,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    menu = window.quality_menu
    out = tmp_path / "terms.tbx"
    assert menu.export_glossary(str(out))
    assert "2" in window.statusBar().currentMessage()
    window.project.db.execute("DELETE FROM glossary_terms")
    window.project.db.conn.commit()
    assert menu.import_glossary(str(out))
    assert query(db_path, "SELECT count(*) FROM glossary_terms") == [(2,)]
    assert "2 added" in window.statusBar().currentMessage()
    bad = tmp_path / "bad.tbx"
    bad.write_text("not xml", encoding="utf-8")
    assert not menu.import_glossary(str(bad))  # refused: a box says why, nothing changes
    assert window.runner.message_box is not None and "bad.tbx" in \
        window.runner.message_box.text()
    assert query(db_path, "SELECT count(*) FROM glossary_terms") == [(2,)]
