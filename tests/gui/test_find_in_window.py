"""Annotation search in the window: Ctrl+Shift+F shows the pane, a search lists the project's
hits, Enter goes to the hit's sentence (opening its document when another is open), the hits
follow annotation changes, and a bad date is shown without losing the hits."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotated_project import AnnotatedProject, build
from PySide6.QtCore import Qt

from annotator.core.models import AnnotationStatus
from annotator.gui.models.annotation_hit_model import COL_TYPE
from annotator.project import SetStatuses

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, main_window, db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    fixture = build(db_path, tmp_path)
    shown = main_window()
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    shown.open_document(fixture.alpha)
    shown.fixture = fixture
    return shown


def shown_hits(window) -> list[object]:  # type: ignore[no-untyped-def]
    model = window.search_pane.model
    return [h.id if h.kind == "event" else h.text for h in model.hits()]


def search_actor(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = window.search_pane.actor_edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def press_enter_on(qtbot, window, row: int) -> None:  # type: ignore[no-untyped-def]
    view = window.search_pane.hit_view
    view.selectRow(row)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)


def current_sentence(window) -> int | None:  # type: ignore[no-untyped-def]
    segment = window.editor_panel.current_segment()
    return None if segment is None else segment.sentence.id


def test_ctrl_shift_f_shows_the_pane_and_a_search_lists_hits(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert not window.search_dock.isVisible()
    window.editor_panel.grid.setFocus()
    qtbot.keyClick(window.editor_panel.grid, Qt.Key.Key_F, CTRL | SHIFT)
    assert window.search_dock.isVisible()
    pane = window.search_pane
    assert pane.type_combo.findData("SANCTION") > 0  # the taxonomy's types are offered
    search_actor(qtbot, window, "USA")
    assert shown_hits(window) == ["ev-1", "ABD", "ev-4"]
    assert "3" in pane.count_label.text()
    assert pane.model.index(0, COL_TYPE).data() == "SANCTION"
    assert pane.model.index(1, COL_TYPE).data() == "USA"
    consult = pane.type_combo.findData("CONSULT")
    pane.type_combo.setCurrentIndex(consult)
    pane.type_combo.activated.emit(consult)  # what choosing it from the list sends
    assert shown_hits(window) == ["ev-4"]
    pane.kind_combo.setCurrentIndex(pane.kind_combo.findData("mention"))
    qtbot.mouseClick(pane.search_button, Qt.MouseButton.LeftButton)
    assert shown_hits(window) == []
    assert "0" in pane.count_label.text()


def test_enter_goes_to_the_sentence_also_in_another_document(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    fixture: AnnotatedProject = window.fixture
    window.show_annotation_search()
    search_actor(qtbot, window, "USA")
    window.editor_panel.go_to_sentence(fixture.sentences["Türkiye"])
    press_enter_on(qtbot, window, 0)  # ev-1, in the open document
    assert window.current_doc_id == fixture.alpha
    assert current_sentence(window) == fixture.sentences["ABD"]
    press_enter_on(qtbot, window, 2)  # ev-4, in Beta
    assert window.current_doc_id == fixture.beta
    assert current_sentence(window) == fixture.sentences["Bakanlar"]
    window.search_pane.hit_view.doubleClicked.emit(window.search_pane.model.index(1, 0))
    assert window.current_doc_id == fixture.alpha  # ABD's mention, back in Alpha
    assert current_sentence(window) == fixture.sentences["ABD"]


def test_hits_follow_annotation_changes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    pane = window.search_pane
    window.show_annotation_search()
    pane.status_combo.setCurrentIndex(pane.status_combo.findData("suggested"))
    qtbot.mouseClick(pane.search_button, Qt.MouseButton.LeftButton)
    assert shown_hits(window) == ["Rusya", "ev-2"]
    project = window.project
    event = project.events(window.fixture.sentences["Türkiye"])[0]
    assert window.runner.push(SetStatuses(project, [], [event], AnnotationStatus.ACCEPTED),
                              "accept")
    qtbot.waitUntil(lambda: shown_hits(window) == ["Rusya"])


def test_a_bad_date_is_shown_and_the_hits_stay(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    pane = window.search_pane
    window.show_annotation_search()
    search_actor(qtbot, window, "TUR")
    assert shown_hits(window) == ["ev-2", "Türkiye", "ev-4"]
    with qtbot.waitSignal(window.runner.error_shown) as shown:
        qtbot.keyClicks(pane.from_edit, "2023-13")
        qtbot.keyClick(pane.from_edit, Qt.Key.Key_Return)
    assert shown.args[0].key == "project.bad_date"
    assert window.runner.message_box is not None
    assert "2023-13" in window.runner.message_box.text()
    assert shown_hits(window) == ["ev-2", "Türkiye", "ev-4"]
    pane.from_edit.setText("2023-12")
    qtbot.keyClick(pane.from_edit, Qt.Key.Key_Return)
    assert shown_hits(window) == ["ev-2"]
