"""The suggestion queue: each suggestion once with its place; F8/F9 review and move on;
Shift+F8 accepts a sentence; the grid can show only sentences with open suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import query
from PySide6.QtCore import Qt

from annotator.gui.widgets.find_bar import SUGGESTIONS

pytestmark = pytest.mark.gui
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def queue_window(qtbot, sample_window):  # type: ignore[no-untyped-def]
    window = sample_window
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000):
        window.annotate_menu.suggest_document()
    qtbot.keyClick(window.editor_panel.grid, Qt.Key.Key_U,
                   Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert window.queue_dock.isVisible()
    return window


def open_count(db_path: Path) -> int:
    return query(db_path, "SELECT (SELECT count(*) FROM mentions WHERE status = 'suggested') + "
                          "(SELECT count(*) FROM events WHERE status = 'suggested')")[0][0]


def test_each_suggestion_is_listed_once_with_its_place(queue_window, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = queue_window.suggestion_queue.model
    assert model.rowCount() == open_count(db_path) > 5
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(set(texts)) == len(texts)  # three "ABD" in one sentence read as three places
    assert all("[" in text for text in texts if " TR → " in text)


def test_f8_three_times_accepts_three_different_suggestions(qtbot, queue_window,  # type: ignore[no-untyped-def]
                                                           db_path: Path) -> None:
    queue = queue_window.suggestion_queue
    before = open_count(db_path)
    reviewed = []
    for _ in range(3):
        current = queue.model.item(queue.view.currentIndex().row()).item
        reviewed.append((type(current).__name__, current.id))
        qtbot.keyClick(queue.view, Qt.Key.Key_F8)
    assert len(set(reviewed)) == 3
    assert open_count(db_path) <= before - 3  # an event's arguments may be accepted with it
    assert queue.view.currentIndex().isValid()  # the next one is selected: F8 goes on
    qtbot.keyClick(queue.view, Qt.Key.Key_F9)
    assert query(db_path, "SELECT (SELECT count(*) FROM mentions WHERE status = 'rejected') + "
                          "(SELECT count(*) FROM events WHERE status = 'rejected')")[0][0] >= 1


def test_shift_f8_accepts_the_whole_sentence_and_the_grid_follows(qtbot, queue_window,  # type: ignore[no-untyped-def]
                                                                 db_path: Path) -> None:
    queue = queue_window.suggestion_queue
    panel = queue_window.editor_panel
    sentence = queue.model.item(queue.view.currentIndex().row()).sentence_id
    assert panel.current_segment().sentence.id == sentence  # choosing a row moved the grid
    qtbot.keyClick(queue.view, Qt.Key.Key_F8, SHIFT)
    assert query(db_path, f"SELECT count(*) FROM mentions WHERE sentence_id = {sentence} "
                          "AND status = 'suggested'") == [(0,)]
    assert queue_window.runner.undo()  # one step
    assert query(db_path, f"SELECT count(*) FROM mentions WHERE sentence_id = {sentence} "
                          "AND status = 'suggested'")[0][0] > 0


def test_the_grid_shows_only_sentences_with_open_suggestions(queue_window) -> None:  # type: ignore[no-untyped-def]
    panel = queue_window.editor_panel
    combo = panel.find_bar.status_combo
    combo.setCurrentIndex(combo.findData(SUGGESTIONS))
    shown = {panel.segment_model.segment(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
             .sentence.id for r in range(panel.proxy.rowCount())}
    queued = {q.sentence_id for q in queue_window.suggestion_queue.model.items()}
    assert shown == queued and 0 < len(shown) < panel.segment_model.rowCount()


def test_f8_in_the_panel_list_goes_on_to_the_next_suggestion(qtbot, queue_window,  # type: ignore[no-untyped-def]
                                                            db_path: Path) -> None:
    from annotator.core.models import AnnotationStatus

    panel = queue_window.editor_panel
    annotation = panel.annotation_panel
    for row in range(panel.segment_model.rowCount()):
        panel.go_to_row(row)
        suggested = [m for m in annotation.mention_model.items()
                     if m.status is AnnotationStatus.SUGGESTED]
        if len(suggested) >= 3:
            break
    else:
        pytest.fail("no sentence with three suggested mentions")
    view = annotation.mention_view
    view.setFocus()
    first = next(r for r in range(annotation.mention_model.rowCount())
                 if annotation.mention_model.item(r).status is AnnotationStatus.SUGGESTED)
    view.setCurrentIndex(annotation.mention_model.index(first, 0))
    accepted = []
    for _ in range(3):
        accepted.append(annotation.mention_model.item(view.currentIndex().row()).id)
        qtbot.keyClick(view, Qt.Key.Key_F8)
    assert len(set(accepted)) == 3
    ids = ", ".join(str(i) for i in accepted)
    assert query(db_path, f"SELECT count(*) FROM mentions WHERE id IN ({ids}) "
                          "AND status = 'accepted'") == [(3,)]
