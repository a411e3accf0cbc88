"""Undoable edits without Qt: apply and revert write in one transaction each, and a failure
(a busy project, a row deleted meanwhile) leaves the project exactly as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes.projects import WriteLock

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Side, TargetStatus
from annotator.project import (
    AddMention,
    DeleteAnnotation,
    Project,
    SaveEvent,
    SetStatuses,
    SetTarget,
)
from annotator.storage.errors import ProjectLockedError, RowNotFoundError


@pytest.fixture
def project(db_path: Path, seed_file: Path) -> Iterator[Project]:
    opened = Project(db_path, busy_timeout_ms=200, who=lambda: "ayse")
    opened.import_files([seed_file])
    assert any(actor.id == "USA" for actor in opened.actors())  # seeds the registry
    yield opened
    opened.close()


@pytest.fixture
def sentence(project: Project) -> int:
    doc_id = project.document_ids()[0]
    return next(s.sentence.id for s in project.segments(doc_id) if "Blinken" in s.sentence.text)


def rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()




def test_set_target_applies_reverts_and_keeps_history(project: Project, sentence: int,
                                                       db_path: Path) -> None:
    edit = SetTarget(project, sentence, "Blinken called.", TargetStatus.DRAFT)
    changes = edit.apply()
    assert changes.sentences == {sentence} and not changes.empty
    assert rows(db_path, f"SELECT text, status, translator FROM targets WHERE sentence_id = "
                         f"{sentence}") == [("Blinken called.", "draft", "ayse")]
    edit.revert()
    assert project.segment(sentence).target.text == ""  # type: ignore[union-attr]
    edit.apply()  # redo
    assert project.segment(sentence).target.text == "Blinken called."  # type: ignore[union-attr]
    assert rows(db_path, "SELECT count(*) FROM history WHERE table_name = 'targets'") == [(3,)]


def test_an_edit_against_a_locked_project_raises_and_changes_nothing(
        project: Project, sentence: int, db_path: Path) -> None:
    lock = WriteLock(db_path)
    edit = SetTarget(project, sentence, "Never saved", TargetStatus.DRAFT)
    with pytest.raises(ProjectLockedError) as raised:
        edit.apply()
    assert raised.value.key == "storage.locked"
    assert "busy" in str(raised.value)
    lock.release()
    assert rows(db_path, f"SELECT count(*) FROM targets WHERE sentence_id = {sentence}") == [(0,)]
    edit.apply()  # works once the lock is gone
    assert project.segment(sentence).target.text == "Never saved"  # type: ignore[union-attr]


def test_a_revert_that_fails_leaves_the_edit_in_place(project: Project, sentence: int,
                                                       db_path: Path) -> None:
    edit = SetTarget(project, sentence, "Kept", TargetStatus.TRANSLATED)
    edit.apply()
    lock = WriteLock(db_path)
    with pytest.raises(ProjectLockedError):
        edit.revert()
    lock.release()
    assert project.segment(sentence).target.text == "Kept"  # type: ignore[union-attr]
    edit.revert()
    assert project.segment(sentence).target.text == ""  # type: ignore[union-attr]


def test_undoing_an_english_edit_restores_its_spans_exactly(project: Project,
                                                            sentence: int) -> None:
    SetTarget(project, sentence, "Secretary Blinken called Aliyev.", TargetStatus.DRAFT).apply()
    mention = AddMention(project, Mention(None, sentence, "USA", Side.EN, 10, 17, "Blinken"))
    mention.apply()
    edit = SetTarget(project, sentence, "Yesterday Secretary Blinken called Aliyev.",
                     TargetStatus.DRAFT)
    edit.apply()
    moved = next(m for m in project.mentions(sentence) if m.side is Side.EN)
    assert (moved.start, moved.end) == (20, 27)  # re-anchored with the edit
    edit.revert()
    back = next(m for m in project.mentions(sentence) if m.side is Side.EN)
    assert (back.start, back.end) == (10, 17)


def test_mention_undo_redo_keeps_its_id(project: Project, sentence: int, db_path: Path) -> None:
    edit = AddMention(project, Mention(None, sentence, "USA", Side.TR, 0, 3, "ABD"))
    edit.apply()
    first_id = edit.mention.id
    edit.revert()
    assert rows(db_path, "SELECT count(*) FROM mentions") == [(0,)]
    edit.apply()
    assert rows(db_path, "SELECT id FROM mentions") == [(first_id,)]


def test_event_add_edit_and_their_undo(project: Project, sentence: int, db_path: Path) -> None:
    add = SaveEvent(project, Event("", sentence, "CONSULT", actors=("USA",)))
    add.apply()
    event_id = add.event.id
    edit = SaveEvent(project, Event(event_id, sentence, "ACCUSE", actors=("USA",)))
    edit.apply()
    assert rows(db_path, "SELECT type FROM events") == [("ACCUSE",)]
    edit.revert()
    assert rows(db_path, "SELECT type FROM events") == [("CONSULT",)]
    add.revert()
    assert rows(db_path, "SELECT count(*) FROM events") == [(0,)]


def test_review_and_delete_are_undone_row_for_row(project: Project, sentence: int,
                                                  db_path: Path) -> None:
    suggested = Mention(None, sentence, "USA", Side.TR, 0, 3, "ABD", annotator="suggest",
                        status=AnnotationStatus.SUGGESTED)
    AddMention(project, suggested).apply()
    mention = project.mentions(sentence)[0]
    review = SetStatuses(project, [mention], [], AnnotationStatus.ACCEPTED)
    assert review.count == 1
    review.apply()
    assert rows(db_path, "SELECT status, annotator FROM mentions") == [("accepted", "ayse")]
    review.revert()
    assert rows(db_path, "SELECT status, annotator FROM mentions") == [("suggested", "suggest")]
    delete = DeleteAnnotation(project, mention)
    delete.apply()
    assert rows(db_path, "SELECT count(*) FROM mentions") == [(0,)]
    delete.revert()
    assert rows(db_path, "SELECT id, status FROM mentions") == [(mention.id, "suggested")]


def test_an_edit_of_a_row_deleted_meanwhile_is_a_typed_error(project: Project,
                                                             sentence: int) -> None:
    add = SaveEvent(project, Event("", sentence, "CONSULT"))
    add.apply()
    edit = SaveEvent(project, Event(add.event.id, sentence, "ACCUSE"))
    add.revert()  # the event is gone
    with pytest.raises(RowNotFoundError) as raised:
        edit.apply()
    assert raised.value.key == "storage.event_not_found"


def test_replace_in_several_sentences_is_one_step(project: Project, db_path: Path) -> None:
    from annotator.project import ReplaceInTargets

    doc_id = project.document_ids()[0]
    ids = [s.sentence.id for s in project.segments(doc_id)[3:6]]
    for number, sentence_id in enumerate(ids):
        SetTarget(project, sentence_id, f"Turkey {number}", TargetStatus.TRANSLATED).apply()
    step = ReplaceInTargets(project, [(i, f"Türkiye {n}", TargetStatus.DRAFT)
                                      for n, i in enumerate(ids)])
    assert step.apply().sentences == set(ids)
    assert [project.segment(i).target.text for i in ids] == \
        ["Türkiye 0", "Türkiye 1", "Türkiye 2"]  # type: ignore[union-attr]
    lock = WriteLock(db_path)
    with pytest.raises(ProjectLockedError):
        step.revert()
    lock.release()
    step.revert()
    assert [(project.segment(i).target.text, project.segment(i).target.status)  # type: ignore[union-attr]
            for i in ids] == [(f"Turkey {n}", TargetStatus.TRANSLATED) for n in range(3)]


def test_accepting_an_event_accepts_its_argument_mentions_in_one_step(
        project: Project, sentence: int, db_path: Path) -> None:
    text = next(s.sentence.text for s in project.segments(project.document_ids()[0])
                if s.sentence.id == sentence)
    start = text.index("Antony Blinken")
    AddMention(project, Mention(None, sentence, "USA", Side.TR, start, start + 14,
                                "Antony Blinken", annotator="suggest",
                                status=AnnotationStatus.SUGGESTED)).apply()
    AddMention(project, Mention(None, sentence, "AZE", Side.TR, 0, 3, text[:3],
                                annotator="suggest", status=AnnotationStatus.SUGGESTED)).apply()
    [actor] = [m for m in project.mentions(sentence) if m.actor_id == "USA"]
    [other] = [m for m in project.mentions(sentence) if m.actor_id == "AZE"]
    save = SaveEvent(project, Event("", sentence, "CONSULT", actors=("USA",),
                                    actor_mentions=(actor.id,), annotator="suggest",
                                    status=AnnotationStatus.SUGGESTED))
    save.apply()
    before = rows(db_path, "SELECT * FROM mentions ORDER BY id") + rows(
        db_path, "SELECT * FROM events") + rows(db_path, "SELECT * FROM event_participants")
    review = SetStatuses(project, [], [save.event], AnnotationStatus.ACCEPTED)
    review.apply()
    assert sorted(rows(db_path, "SELECT id, status, annotator FROM mentions")) == sorted([
        (actor.id, "accepted", "ayse"), (other.id, "suggested", "suggest")])
    assert rows(db_path, "SELECT status FROM events") == [("accepted",)]
    review.revert()  # one undo reverts the event and its mention
    after = rows(db_path, "SELECT * FROM mentions ORDER BY id") + rows(
        db_path, "SELECT * FROM events") + rows(db_path, "SELECT * FROM event_participants")
    strip = [tuple(v for v in row if not (isinstance(v, str) and v[:2] == "20")) for row in before]
    assert strip == [tuple(v for v in row if not (isinstance(v, str) and v[:2] == "20"))
                     for row in after]
    reject = SetStatuses(project, [], [save.event], AnnotationStatus.REJECTED)
    reject.apply()
    assert sorted(rows(db_path, "SELECT id, status FROM mentions")) == sorted([
        (actor.id, "rejected"), (other.id, "suggested")])


def test_a_frame_saved_from_the_window_binds_its_arguments(project: Project,
                                                           sentence: int) -> None:
    text = project.segment(sentence).sentence.text  # type: ignore[union-attr]
    start = text.index("Blinken")
    AddMention(project, Mention(None, sentence, "USA", Side.TR, start, start + 7,
                                "Blinken")).apply()
    mention_id = project.mentions(sentence)[0].id
    add = SaveEvent(project, Event("", sentence, "CONSULT", actors=("USA",)))
    add.apply()
    assert project.events(sentence)[0].actor_mentions == (mention_id,)
