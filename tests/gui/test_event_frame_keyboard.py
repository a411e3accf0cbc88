"""Tagging without the mouse, the event frame's type rule and fit, and the labelled span chips.

No test here sends a mouse event: focus is set the way Tab would set it, words are selected with
the arrow keys, the actor picker is answered with a digit and the frame is saved with Ctrl+S.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import query
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from annotator.core.annotations import Actor, Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Side, TargetStatus
from annotator.storage.actors import add_actor
from annotator.storage.annotations import add_event, add_mention
from annotator.storage.targets import save_target

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ENGLISH = ("First, on 27 November US Secretary of State Antony Blinken took a step to normalise "
           "relations by talking on the phone with Azerbaijani President Aliyev.")


@pytest.fixture
def annotating(qtbot, sample_window):  # type: ignore[no-untyped-def]
    """The window at 1280×800 on the Blinken sentence, with an English side and two actors."""
    window = sample_window
    window.resize(1280, 800)
    editor_panel = window.editor_panel
    model = editor_panel.segment_model
    row = next(r for r in range(model.rowCount())
               if "Antony Blinken" in model.segment(r).sentence.text)
    sentence = model.segment(row).sentence
    db = window.project.db
    add_actor(db, Actor("USA-GOV-blinken", "Antony Blinken", "USA", "GOV",
                        aliases_tr=("Blinken",), aliases_en=("Blinken",)))
    add_actor(db, Actor("AZE-GOV-aliyev", "İlham Aliyev", "AZE", "GOV",
                        aliases_tr=("Aliyev",), aliases_en=("Aliyev",)))
    save_target(db, sentence.id, ENGLISH, TargetStatus.DRAFT, "ayse")
    panel = editor_panel.annotation_panel
    panel.reload_actors()
    editor_panel.reload()
    editor_panel.go_to_row(row)
    return window, panel, sentence


def select_words_by_keys(qtbot, view, first: str, extra_words: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Focus ``view`` as Tab would, Home, Right until ``first`` is selected, Shift+Right on."""
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(60):
        if view.textCursor().selectedText() == first:
            break
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.textCursor().selectedText() == first
    for _ in range(extra_words):
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)


def answer_modal(act: Callable[[QWidget], None]) -> list[str]:
    """Once the modal dialog is open and has the keyboard focus, run ``act`` on its focused
    widget; a dialog left open is then rejected, so a failing test cannot hang. Returns the
    dialog's list as it was shown."""
    shown: list[str] = []
    tries = [200]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        focused = QApplication.focusWidget()
        ready = isinstance(dialog, QDialog) and focused is not None and \
            dialog.isAncestorOf(focused)
        tries[0] -= 1
        if not ready and tries[0] > 0:
            QTimer.singleShot(10, run)
            return
        if not isinstance(dialog, QDialog):
            return
        try:
            shown.extend(dialog.result_model.stringList())  # type: ignore[attr-defined]
            if focused is not None and dialog.isAncestorOf(focused):
                act(focused)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return shown


def test_word_cursor_moves_and_extends_by_words(qtbot, annotating) -> None:  # type: ignore[no-untyped-def]
    _window, panel, sentence = annotating
    view = panel.tr_view
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.textCursor().selectedText() == "İlk"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.textCursor().selectedText() == "olarak"
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    assert view.textCursor().selectedText() == "olarak 27 Kasım"
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT)
    assert view.textCursor().selectedText() == "olarak 27"
    qtbot.keyClick(view, Qt.Key.Key_Left)  # collapses to the word before the selection
    assert view.textCursor().selectedText() == "İlk"
    qtbot.keyClick(view, Qt.Key.Key_End)
    last = sentence.text.rstrip(".").split()[-1]
    assert view.textCursor().selectedText() == last
    start = sentence.text.index("Blinken")
    view.select_span(start, start + 7)
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT)  # extends backwards from the word
    assert view.selected_span() == (sentence.text.index("Antony Blinken"), start + 7)


def test_keyboard_only_actor_tagging_with_a_number_key(qtbot, annotating,  # type: ignore[no-untyped-def]
                                                       db_path: Path) -> None:
    window, panel, sentence = annotating
    start = sentence.text.index("Aliyev")
    add_mention(window.project.db, Mention(None, sentence.id, "AZE-GOV-aliyev", Side.TR, start,
                                           start + 6, "Aliyev"))
    panel.refresh()
    select_words_by_keys(qtbot, panel.tr_view, "Antony", extra_words=1)
    assert panel.tr_view.textCursor().selectedText() == "Antony Blinken"

    shown = answer_modal(lambda focused: qtbot.keyClick(focused, Qt.Key.Key_1))
    qtbot.keyClick(panel.tr_view, Qt.Key.Key_K, CTRL)
    # The alias match first, the actor already in the sentence second, numbered.
    assert [line.split("  (")[0] for line in shown[:2]] == ["1   Antony Blinken",
                                                            "2   İlham Aliyev"]
    tagged = sentence.text.index("Antony Blinken")
    assert query(db_path, "SELECT actor_id, side, start, \"end\", text FROM mentions "
                          "WHERE actor_id = 'USA-GOV-blinken'") == \
        [("USA-GOV-blinken", "tr", tagged, tagged + 14, "Antony Blinken")]


def test_keyboard_only_event_with_trigger_words_on_both_sides(qtbot, annotating,  # type: ignore[no-untyped-def]
                                                              db_path: Path) -> None:
    _window, panel, sentence = annotating
    editor = panel.event_editor
    select_words_by_keys(qtbot, panel.tr_view, "telefonda", extra_words=1)
    qtbot.keyClick(panel.tr_view, Qt.Key.Key_E, CTRL)
    assert panel.editing and QApplication.focusWidget() is editor.type_combo
    assert editor.type_combo.currentIndex() == -1  # no type until one is chosen
    assert editor.chosen_type() == ""
    assert "telefonda görüşerek" in editor.trigger_tr_label.text()
    # The English trigger: the word cursor in the English view, then Ctrl+G.
    select_words_by_keys(qtbot, panel.en_view, "talking", extra_words=3)
    qtbot.keyClick(panel.en_view, Qt.Key.Key_G, CTRL)
    assert "“talking on the phone”" in editor.trigger_en_label.text()
    assert editor.trigger_words() == ("telefonda görüşerek", "talking on the phone")
    editor.type_combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(editor.type_combo, "2")
    assert editor.chosen_type() == "CONSULT"
    qtbot.keyClick(editor.type_combo, Qt.Key.Key_S, CTRL)
    tr_start, en_start = sentence.text.index("telefonda"), ENGLISH.index("talking")
    assert query(db_path, "SELECT type, trigger_tr_start, trigger_tr_end, trigger_en_start, "
                          "trigger_en_end FROM events") == \
        [("CONSULT", tr_start, tr_start + 19, en_start, en_start + 20)]
    assert not panel.editing
    # The saved trigger is a chip labelled with its type on both sides.
    for view in (panel.tr_view, panel.en_view):
        assert [(c.highlight.kind, c.label) for c in view.chips()] == [("trigger", "CONSULT")]


def test_the_frame_refuses_to_save_without_a_type(qtbot, annotating, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, panel, _sentence = annotating
    editor = panel.event_editor
    select_words_by_keys(qtbot, panel.tr_view, "telefonda")
    qtbot.keyClick(panel.tr_view, Qt.Key.Key_E, CTRL)
    editor.note_edit.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(panel.message_posted) as posted:
        qtbot.keyClick(editor.note_edit, Qt.Key.Key_S, CTRL)
    assert "type" in posted.args[0]
    assert query(db_path, "SELECT count(*) FROM events") == [(0,)]
    assert panel.editing  # the frame stays open with what was typed
    assert QApplication.focusWidget() is editor.type_combo
    assert editor.refusal_label.isVisible() and editor.refusal_label.text()
    qtbot.keyClicks(editor.type_combo, "2")
    assert not editor.refusal_label.isVisible()
    qtbot.keyClick(editor.type_combo, Qt.Key.Key_S, CTRL)
    assert query(db_path, "SELECT type FROM events") == [("CONSULT",)]


def test_the_frame_fits_without_scrolling_at_1280_by_800(qtbot, annotating) -> None:  # type: ignore[no-untyped-def]
    window, panel, _sentence = annotating
    assert (window.width(), window.height()) == (1280, 800)
    select_words_by_keys(qtbot, panel.tr_view, "telefonda")
    qtbot.keyClick(panel.tr_view, Qt.Key.Key_E, CTRL)
    scroll, editor = panel.editor_scroll, panel.event_editor
    qtbot.waitUntil(lambda: scroll.viewport().height() >= editor.minimumSizeHint().height())
    QApplication.processEvents()
    assert not scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport()
    for field in (editor.type_combo, editor.trigger_en_label, editor.date_edit,
                  editor.confidence_spin, editor.note_edit, editor.save_button):
        bottom_right = field.mapTo(viewport, QPoint(field.width(), field.height()))
        assert 0 < bottom_right.x() <= viewport.width()
        assert 0 < bottom_right.y() <= viewport.height()
    assert window.editor_panel.grid.height() > 200  # the grid keeps most of its room


def test_spans_are_labelled_chips_not_underlines(qtbot, annotating) -> None:  # type: ignore[no-untyped-def]
    window, panel, sentence = annotating
    db, text = window.project.db, sentence.text
    blinken, aliyev = text.index("Antony Blinken"), text.index("Aliyev")
    trigger = text.index("telefonda görüşerek")
    add_mention(db, Mention(None, sentence.id, "USA-GOV-blinken", Side.TR, blinken, blinken + 14,
                            "Antony Blinken"))
    add_mention(db, Mention(None, sentence.id, "AZE-GOV-aliyev", Side.TR, aliyev, aliyev + 6,
                            "Aliyev", provenance=Provenance.SUGGESTED,
                            status=AnnotationStatus.SUGGESTED))
    en_blinken = ENGLISH.index("Antony Blinken")
    add_mention(db, Mention(None, sentence.id, "USA-GOV-blinken", Side.EN, en_blinken,
                            en_blinken + 14, "Antony Blinken", needs_review=True))
    add_event(db, Event("", sentence.id, "CONSULT", trigger_tr=(trigger, trigger + 19)))
    panel.refresh()
    view = panel.tr_view
    view.viewport().repaint()
    painted = {(c.highlight.kind, c.label, c.highlight.state, c.dashed) for c in
               view.painted_chips}
    assert painted == {("mention", "USA-GOV-blinken", "accepted", False),
                       ("mention", "AZE-GOV-aliyev", "suggested", True),
                       ("trigger", "CONSULT", "accepted", False)}
    chips = {c.label: c for c in view.painted_chips}
    assert chips["CONSULT"].fill != chips["USA-GOV-blinken"].fill  # colours by kind
    assert all(c.rects and c.rects[0].width() > 0 for c in view.painted_chips)
    first, second = chips["USA-GOV-blinken"].rects[0], chips["CONSULT"].rects[0]
    assert (first.left(), first.top()) != (second.left(), second.top())
    assert view.extraSelections() == []  # nothing underlined, nothing wavy
    panel.en_view.viewport().repaint()
    [review] = panel.en_view.painted_chips
    assert review.label == "USA-GOV-blinken" and review.line == "#e65100"  # orange: check it
