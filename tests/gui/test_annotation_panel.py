"""Annotating by keyboard: tag an actor in Turkish, accept its English projection, build a
CONSULT/phone event with actor and recipient, undo it, redo it — checking the database each time."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import query
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.annotations import Actor
from annotator.core.models import AnnotationStatus, Side, TargetStatus
from annotator.gui.dialogs.actor_picker import ActorPickerDialog
from annotator.storage.actors import add_actor
from annotator.storage.targets import save_target

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
ENGLISH = ("First, on 27 November US Secretary of State Antony Blinken took a step to normalise "
           "relations by talking on the phone with Azerbaijani President Aliyev.")


@pytest.fixture
def annotating(qtbot, sample_window, db_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The window on the Blinken sentence, with an English translation and two actors."""
    window = sample_window
    panel = window.editor_panel
    model = panel.segment_model
    row = next(r for r in range(model.rowCount())
               if "Antony Blinken" in model.segment(r).sentence.text)
    sentence = model.segment(row).sentence
    db = window.project.db
    actors = {
        "blinken": add_actor(db, Actor("USA-GOV-blinken", "Antony Blinken", "USA", "GOV",
                                       aliases_tr=("Blinken",), aliases_en=("Blinken",))),
        "aliyev": add_actor(db, Actor("AZE-GOV-aliyev", "İlham Aliyev", "AZE", "GOV",
                                      aliases_tr=("Aliyev",), aliases_en=("Aliyev",))),
    }
    save_target(db, sentence.id, ENGLISH, TargetStatus.DRAFT, "ayse")
    panel.reload()
    panel.go_to_row(row)
    picks: list[str] = []
    monkeypatch.setattr(ActorPickerDialog, "get_actor",
                        classmethod(lambda cls, _project, _runner, text, _parent=None,
                                    candidates=(): actors[picks.pop(0)]))
    return window, panel.annotation_panel, sentence, picks


def test_tag_project_event_undo_redo(qtbot, annotating, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, panel, sentence, picks = annotating
    text = sentence.text
    # Tag "Antony Blinken" on the Turkish side.
    start = text.index("Antony Blinken")
    panel.tr_view.setFocus()
    panel.tr_view.select_span(start, start + len("Antony Blinken"))
    picks.append("blinken")
    qtbot.keyClick(panel.tr_view, Qt.Key.Key_K, CTRL)
    assert query(db_path, "SELECT side, start, \"end\", text, provenance FROM mentions") == \
        [("tr", start, start + 14, "Antony Blinken", "manual")]
    # The English span is proposed; F7 accepts it as a projected mention.
    assert panel.proposal is not None and panel.proposal.side is Side.EN
    assert ENGLISH[panel.proposal.start:panel.proposal.end] == "Antony Blinken"
    qtbot.keyClick(panel.tr_view, Qt.Key.Key_F7)
    assert query(db_path, "SELECT side, text, provenance FROM mentions WHERE side = 'en'") == \
        [("en", "Antony Blinken", "projected")]
    # Tag Aliyev the same way.
    start = text.index("Aliyev")
    panel.tr_view.select_span(start, start + len("Aliyev"))
    picks.append("aliyev")
    qtbot.keyClick(panel.tr_view, Qt.Key.Key_K, CTRL)
    qtbot.keyClick(panel.tr_view, Qt.Key.Key_F7)
    assert query(db_path, "SELECT count(*) FROM mentions")[0][0] == 4

    # Build the event by keyboard: select the trigger, Ctrl+E, number key for the type, Tab on.
    trigger = text.index("telefonda görüşerek")
    panel.tr_view.select_span(trigger, trigger + len("telefonda görüşerek"))
    qtbot.keyClick(panel.tr_view, Qt.Key.Key_E, CTRL)
    editor = panel.event_editor
    assert editor.isVisible() and QApplication.focusWidget() is editor.type_combo
    qtbot.keyClicks(editor.type_combo, "2")  # 2 CONSULT
    assert editor.type_combo.currentData() == "CONSULT"
    qtbot.keyClick(editor.type_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.modes_edit
    qtbot.keyClicks(editor.modes_edit, "phone")
    editor.actors_edit.setFocus()
    editor.actors_edit.clear()
    qtbot.keyClicks(editor.actors_edit, "Antony Blinken")
    qtbot.keyClick(editor.actors_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.recipients_edit
    editor.recipients_edit.clear()
    qtbot.keyClicks(editor.recipients_edit, "Aliyev")
    assert editor.warnings_label.text() == ""
    qtbot.keyClick(editor.recipients_edit, Qt.Key.Key_S, CTRL)
    events = query(db_path, "SELECT type, modes, trigger_tr_start, trigger_tr_end, date, status "
                            "FROM events")
    assert events == [("CONSULT", '["phone"]', trigger, trigger + len("telefonda görüşerek"),
                       "2023-11-27", "accepted")]
    assert query(db_path, "SELECT actor_id, role FROM event_participants ORDER BY role") == \
        [("USA-GOV-blinken", "actor"), ("AZE-GOV-aliyev", "recipient")]

    # Undo removes the event, redo brings it back with the same id.
    event_id = query(db_path, "SELECT id FROM events")[0][0]
    window.editor_panel.grid.setFocus()
    qtbot.keyClick(window.editor_panel.grid, Qt.Key.Key_Z, CTRL)
    assert query(db_path, "SELECT count(*) FROM events")[0][0] == 0
    qtbot.keyClick(window.editor_panel.grid, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert query(db_path, "SELECT id FROM events") == [(event_id,)]
    assert panel.event_model.rowCount() == 1


def test_suggestions_are_accepted_and_rejected_by_key(qtbot, annotating, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from annotator.core.annotations import Event
    from annotator.core.models import Provenance
    from annotator.storage.annotations import add_event

    window, panel, sentence, _picks = annotating
    db = window.project.db
    for kind in ("CONSULT", "REQUEST"):
        add_event(db, Event("", sentence.id, kind, provenance=Provenance.SUGGESTED,
                            status=AnnotationStatus.SUGGESTED))
    panel.refresh()
    assert panel.event_model.index(0, 0).data().startswith("? ")
    def select(kind: str) -> None:
        model = panel.event_model
        row = next(r for r in range(model.rowCount()) if model.item(r).type == kind)
        panel.event_view.setCurrentIndex(model.index(row, 0))

    panel.event_view.setFocus()
    select("CONSULT")
    qtbot.keyClick(panel.event_view, Qt.Key.Key_F8)
    select("REQUEST")
    qtbot.keyClick(panel.event_view, Qt.Key.Key_F9)
    assert query(db_path, "SELECT type, status FROM events ORDER BY type") == \
        [("CONSULT", "accepted"), ("REQUEST", "rejected")]
    qtbot.keyClick(panel.event_view, Qt.Key.Key_Z, CTRL)
    assert query(db_path, "SELECT status FROM events WHERE type = 'REQUEST'") == [("suggested",)]


def test_suggest_document_from_the_menu_then_accept_all(qtbot, sample_window,  # type: ignore[no-untyped-def]
                                                        db_path: Path) -> None:
    window = sample_window
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000) as done:
        qtbot.keyClick(window.editor_panel.grid, Qt.Key.Key_G,
                       CTRL | Qt.KeyboardModifier.AltModifier)
    [(_doc, report)] = done.args[1].report
    assert report.events > 5 and report.mentions > 5
    assert query(db_path, "SELECT count(*) FROM events WHERE status = 'suggested'")[0][0] == \
        report.events
    assert query(db_path, "SELECT count(*) FROM events WHERE status = 'accepted'")[0][0] == 0
    window.editor_panel.annotation_panel.accept_document_suggestions()
    assert query(db_path, "SELECT count(*) FROM events WHERE status = 'suggested'")[0][0] == 0
    assert window.runner.undo()  # one step undoes the whole acceptance
    assert query(db_path, "SELECT count(*) FROM events WHERE status = 'suggested'")[0][0] == \
        report.events


def test_document_contexts_and_own_taxonomy_from_the_menu(qtbot, sample_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    from annotator.storage.documents import document_contexts

    window = sample_window
    menu = window.annotate_menu
    monkeypatch.setattr("annotator.gui.annotate_menu.QInputDialog.getText",
                        lambda *args, **kwargs: ("diplomatic, military", True))
    menu.edit_document_contexts()
    db = window.project.db
    assert document_contexts(db, window.current_doc_id) == ("diplomatic", "military")
    qtbot.keyClick(window.editor_panel.grid, Qt.Key.Key_E, CTRL)  # a new frame inherits them
    assert window.editor_panel.annotation_panel.event_editor.contexts_edit.text() == \
        "diplomatic, military"

    mini = tmp_path / "mini.toml"
    mini.write_text('[taxonomy]\nname = "Mini"\n\n[event_types.PROTEST]\nlabel = "Protest"\n'
                    'quad = "verbal-conflict"\n', encoding="utf-8")
    monkeypatch.setattr("annotator.gui.annotate_menu.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(mini), ""))
    menu.choose_taxonomy()
    combo = window.editor_panel.annotation_panel.event_editor.type_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["PROTEST"]


def test_undoing_an_english_edit_restores_english_spans(qtbot, annotating, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from annotator.core.annotations import Event, Mention
    from annotator.storage.annotations import add_event, add_mention

    window, _panel, sentence, _picks = annotating
    db = window.project.db
    start = ENGLISH.index("Antony Blinken")
    add_mention(db, Mention(None, sentence.id, "USA-GOV-blinken", Side.EN, start, start + 14,
                            "Antony Blinken"))
    trigger = ENGLISH.index("talking on the phone")
    add_event(db, Event("", sentence.id, "CONSULT", trigger_en=(trigger, trigger + 20)))
    spans_sql = ("SELECT start, \"end\", text, needs_review FROM mentions WHERE side = 'en' "
                 "UNION ALL SELECT trigger_en_start, trigger_en_end, type, needs_review "
                 "FROM events")
    before = query(db_path, spans_sql)
    grid = window.editor_panel.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Blinken called Aliyev.")  # both spans' words are rewritten
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert query(db_path, spans_sql) != before
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL)
    assert query(db_path, f"SELECT text FROM targets WHERE sentence_id = {sentence.id}") == \
        [(ENGLISH,)]
    assert query(db_path, spans_sql) == before  # exactly as they were, not re-re-anchored


def test_delete_then_undo_brings_the_same_mention_back(qtbot, annotating, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from annotator.core.annotations import Mention
    from annotator.storage.annotations import add_mention

    window, panel, sentence, _picks = annotating
    start = sentence.text.index("Aliyev")
    stored = add_mention(window.project.db, Mention(None, sentence.id, "AZE-GOV-aliyev", Side.TR,
                                                    start, start + 6, "Aliyev"))
    panel.refresh()
    panel.mention_view.setFocus()
    panel.mention_view.setCurrentIndex(panel.mention_model.index(0, 0))
    qtbot.keyClick(panel.mention_view, Qt.Key.Key_Delete, CTRL)
    assert query(db_path, "SELECT count(*) FROM mentions")[0][0] == 0
    qtbot.keyClick(panel.mention_view, Qt.Key.Key_Z, CTRL)
    assert query(db_path, "SELECT id, text FROM mentions") == [(stored.id, "Aliyev")]


def test_registry_dialog_finds_merges_and_refuses_to_delete_used_actors(  # type: ignore[no-untyped-def]
        qtbot, annotating, db_path: Path, monkeypatch) -> None:
    from annotator.core.annotations import Mention
    from annotator.gui.dialogs.actor_registry_dialog import ActorRegistryDialog
    from annotator.storage.annotations import add_mention

    window, _panel, sentence, _picks = annotating
    db = window.project.db
    duplicate = add_actor(db, Actor("USA-GOV-blinken-2", "A. Blinken", "USA", "GOV"))
    start = sentence.text.index("Blinken")
    add_mention(db, Mention(None, sentence.id, duplicate.id, Side.TR, start, start + 7,
                            "Blinken"))
    dialog = ActorRegistryDialog(window.project, window.runner)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter_edit, "blinken")
    shown = {dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())}
    assert shown == {"USA-GOV-blinken", "USA-GOV-blinken-2"}
    row = next(r for r in range(dialog.proxy.rowCount())
               if dialog.proxy.index(r, 1).data() == duplicate.id)
    dialog.table_view.setCurrentIndex(dialog.proxy.index(row, 0))
    with qtbot.waitSignal(window.runner.error_shown):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)  # it has a mention
    assert "1 mention(s)" in window.runner.message_box.text()
    assert window.runner.message_box.isVisible()
    window.runner.message_box.close()
    assert query(db_path, f"SELECT count(*) FROM actors WHERE id = '{duplicate.id}'")[0][0] == 1
    assert dialog.merge_selected_into("USA-GOV-blinken")
    assert query(db_path, "SELECT actor_id FROM mentions") == [("USA-GOV-blinken",)]
    assert query(db_path, f"SELECT count(*) FROM actors WHERE id = '{duplicate.id}'") == [(0,)]
