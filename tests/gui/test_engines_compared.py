"""Engines compared: the grid sorts and filters by how much the MT engines disagree, navigation
follows that order, and the detail pane shows the outputs side by side with the differences
highlighted. Outputs are stored through the storage layer as the MT runner stores them."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import query
from PySide6.QtCore import Qt

from annotator.core.engine_agreement import DISAGREEMENT_THRESHOLD
from annotator.core.models import TargetStatus
from annotator.gui.models.segment_table_model import DISAGREEMENT_ROLE, SENTENCE_ID_ROLE
from annotator.gui.widgets.engine_compare import HIGHLIGHT
from annotator.gui.widgets.find_bar import DISAGREE
from annotator.project import Changes
from annotator.storage.connection import open_project
from annotator.storage.translations import engine_outputs_by_sentence, record_translation

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SAME = "The minister met his counterpart in Ankara on Monday."
NEAR = ("The foreign minister met his counterpart in Ankara on Monday.",
        "The foreign minister met his colleague in Ankara on Monday.")
FAR = ("Relations improved after the phone call between the ministers.",
       "Ties got better once both foreign secretaries spoke by telephone.")


def store(db_path: Path, outputs: dict[int, list[tuple[str, str]]]) -> None:
    db = open_project(db_path)
    try:
        for sentence_id, pairs in outputs.items():
            for engine, text in pairs:
                record_translation(db, sentence_id, engine, "tr", "en", text)
    finally:
        db.close()


@pytest.fixture
def compared(sample_window, db_path: Path):  # type: ignore[no-untyped-def]
    """The sample with two engines on three body sentences (identical, near, far apart) and one
    engine on a fourth; the window is told the document changed, as after an MT run."""
    editor = sample_window.editor_panel
    body = [row for row in range(editor.segment_model.rowCount())
            if editor.segment_model.segment(row).sentence.role.value == "body"]
    same, near, far, single = (editor.segment_model.segment(r).sentence.id for r in body[:4])
    store(db_path, {same: [("google", SAME), ("deepl", SAME)],
                    near: [("google", NEAR[0]), ("deepl", NEAR[1])],
                    far: [("google", FAR[0]), ("deepl", FAR[1])],
                    single: [("google", SAME)]})
    sample_window.runner.announce(Changes.of(documents=[editor.document.id]))
    return editor, {"same": same, "near": near, "far": far, "single": single}


def view_ids(editor) -> list[int]:  # type: ignore[no-untyped-def]
    proxy = editor.proxy
    return [proxy.index(r, 0).data(SENTENCE_ID_ROLE) for r in range(proxy.rowCount())]


def test_storage_reads_the_latest_output_per_engine(compared, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor, ids = compared
    store(db_path, {ids["far"]: [("google", "A newer Google output.")]})
    db = open_project(db_path)
    try:
        found = engine_outputs_by_sentence(db, editor.document.id)
    finally:
        db.close()
    assert found[ids["far"]] == [("google", "A newer Google output."), ("deepl", FAR[1])]
    assert found[ids["single"]] == [("google", SAME)]
    assert set(found) == set(ids.values())


def test_sort_puts_the_most_different_first_and_navigation_follows(qtbot, compared,  # type: ignore[no-untyped-def]
                                                                   db_path: Path) -> None:
    editor, ids = compared
    reading = view_ids(editor)
    editor.find_bar.sort_combo.setFocus()
    qtbot.keyClick(editor.find_bar.sort_combo, Qt.Key.Key_Down)
    assert editor.proxy.sorted_by_disagreement
    assert view_ids(editor)[:3] == [ids["far"], ids["near"], ids["same"]]
    assert sorted(view_ids(editor)) == sorted(reading)  # a sort, not a filter
    figures = [editor.proxy.index(r, 0).data(DISAGREEMENT_ROLE) for r in range(4)]
    assert figures[0] > figures[1] > figures[2] == 0.0 and figures[3] is None

    # Ctrl+Enter confirms and goes to the next unconfirmed sentence in the order shown.
    editor.go_to_sentence(ids["far"])
    editor.grid.setFocus()
    qtbot.keyClick(editor.grid, Qt.Key.Key_Return, CTRL)
    assert query(db_path, "SELECT status FROM targets WHERE sentence_id = ?",
                 [ids["far"]]) == [(TargetStatus.TRANSLATED.value,)]
    assert editor.current_segment().sentence.id == ids["near"]

    qtbot.keyClick(editor.find_bar.sort_combo, Qt.Key.Key_Up)
    assert view_ids(editor) == reading


def test_filter_keeps_only_disagreeing_sentences_and_follows_new_output(compared,  # type: ignore[no-untyped-def]
                                                                        db_path: Path) -> None:
    editor, ids = compared
    combo = editor.find_bar.status_combo
    combo.setCurrentIndex(combo.findData(DISAGREE))
    assert view_ids(editor) == [ids["far"]]
    assert editor.find_bar.count_label.text().startswith("1 ")
    assert editor.segment_model.disagreement(
        editor.segment_model.row_of_sentence(ids["near"])) <= DISAGREEMENT_THRESHOLD

    # A new, different output of another engine: the sentence joins the filtered rows.
    store(db_path, {ids["single"]: [("deepl", FAR[1])]})
    editor.runner.announce(Changes.of(sentences=[ids["single"]]))
    assert sorted(view_ids(editor)) == sorted([ids["far"], ids["single"]])

    combo.setCurrentIndex(0)
    assert len(view_ids(editor)) == editor.segment_model.rowCount()


def test_detail_pane_shows_outputs_side_by_side_with_differences(qtbot, compared) -> None:  # type: ignore[no-untyped-def]
    editor, ids = compared
    compare = editor.detail_pane.compare_view
    editor.go_to_sentence(ids["near"])
    assert compare.isVisible()
    assert [label.text() for label in compare.engine_labels] == ["1. google", "2. deepl"]
    assert [view.toPlainText() for view in compare.text_views] == list(NEAR)
    assert compare.highlighted == [["counterpart"], ["colleague"]]
    # The highlight is in the text itself: "counterpart" is drawn with a background.
    view = compare.text_views[0]
    cursor = view.document().find("counterpart")
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush
    assert cursor.charFormat().background().color() == HIGHLIGHT
    cursor = view.document().find("minister")
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush

    editor.go_to_sentence(ids["same"])
    assert compare.isVisible() and compare.highlighted == [[], []]
    editor.go_to_sentence(ids["single"])
    assert not compare.isVisible()

    # Alt+2 still inserts the second engine's output.
    editor.go_to_sentence(ids["near"])
    editor.grid.setFocus()
    qtbot.keyClick(editor.grid, Qt.Key.Key_2, ALT)
    assert editor.current_segment().target.text == NEAR[1]


def test_sorted_and_filtered_proxy_passes_the_model_tester(qtmodeltester, compared) -> None:  # type: ignore[no-untyped-def]
    editor, ids = compared
    editor.find_bar.set_sort_by_disagreement(True)
    qtmodeltester.check(editor.proxy, force_py=True)
    combo = editor.find_bar.status_combo
    combo.setCurrentIndex(combo.findData(DISAGREE))
    qtmodeltester.check(editor.proxy, force_py=True)
    assert view_ids(editor) == [ids["far"]]
