"""Curation on a real project file (the agreement fixture: ayse and mehmet on one document):
take one annotator's version, merge a subset with participants re-bound, undo and redo, and
accept every agreeing sentence."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from agreement_project import build

from annotator.core.annotations import Event
from annotator.project import Project
from annotator.storage.annotations import add_event, update_event
from annotator.storage.connection import open_project
from annotator.storage.curation import CURATOR, CurationSentence


@pytest.fixture
def project(db_path: Path, tmp_path: Path) -> Iterator[Project]:
    build(db_path, tmp_path)
    opened = Project(db_path, who=lambda: "lead")
    try:
        yield opened
    finally:
        opened.close()


def _doc(project: Project) -> str:
    return project.document_ids()[0]


def _by_first_word(project: Project) -> dict[str, CurationSentence]:
    return {s.text.split()[0]: s for s in project.curation(_doc(project))}


def _curator_rows(project: Project) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    mentions = [tuple(r) for r in project.db.execute(
        "SELECT sentence_id, side, start, \"end\", actor_id, status FROM mentions "
        "WHERE annotator = ? ORDER BY sentence_id, start", [CURATOR])]
    events = [tuple(r) for r in project.db.execute(
        "SELECT sentence_id, type, date, status FROM events WHERE annotator = ? "
        "ORDER BY sentence_id, type", [CURATOR])]
    return mentions, events


def test_versions_side_by_side(project: Project) -> None:
    sentences = _by_first_word(project)
    assert list(sentences) == ["Anlaşma", "Türkiye", "ABD", "Bakan", "Türkiye'nin"]
    first = sentences["Türkiye"]
    assert [v.annotator for v in first.versions] == ["ayse", "mehmet"]
    assert [m.text for m in first.version("ayse").mentions] == ["Türkiye", "ABD'yle"]
    assert [e.date for e in first.version("mehmet").events] == ["2023-11-28"]
    assert not first.agrees and not first.is_curated
    assert sentences["ABD"].agrees  # SANCTION USA→TUR from both
    # mehmet's suggested AID in "Bakan" is not his version: only accepted rows are.
    assert [e.type for e in sentences["Bakan"].version("mehmet").events] == []


def test_take_copies_one_version_as_curator_and_undo_restores(project: Project) -> None:
    first = _by_first_word(project)["Türkiye"]
    edit = project.take(first.sentence_id, "mehmet")
    edit.apply()
    mentions, events = _curator_rows(project)
    sid = first.sentence_id
    assert mentions == [(sid, "tr", 0, 7, "TUR", "accepted"), (sid, "tr", 8, 11, "USA", "accepted")]
    assert events == [(sid, "CONSULT", "2023-11-28", "accepted")]
    curated = _by_first_word(project)["Türkiye"]
    assert curated.is_curated
    # mehmet's own rows are untouched: copies, not moves.
    assert len(curated.version("mehmet").mentions) == 2

    # Taking ayse's version afterwards replaces the curated rows; undo restores mehmet's with
    # their ids, and redo puts back ayse's copies with theirs.
    ids_mehmet = {m.id for m in curated.curated.mentions}
    second = project.take(sid, "ayse")
    second.apply()
    assert _curator_rows(project)[1] == [(sid, "CONSULT", "2023-11-27", "accepted")]
    ids_ayse = {m.id for m in _by_first_word(project)["Türkiye"].curated.mentions}
    second.revert()
    assert _curator_rows(project) == (mentions, events)
    assert {m.id for m in _by_first_word(project)["Türkiye"].curated.mentions} == ids_mehmet
    second.apply()
    assert {m.id for m in _by_first_word(project)["Türkiye"].curated.mentions} == ids_ayse
    second.revert()
    edit.revert()
    assert _curator_rows(project) == ([], [])


def test_merge_a_subset_rebinds_participants_to_the_copies(project: Project,
                                                          db_path: Path) -> None:
    first = _by_first_word(project)["Türkiye"]
    ayse = first.version("ayse")
    db = open_project(db_path)  # bind ayse's CONSULT TUR→USA to her two mentions
    update_event(db, replace(ayse.events[0], actor_mentions=(ayse.mentions[0].id,),
                             recipient_mentions=(ayse.mentions[1].id,)))
    db.close()
    first = _by_first_word(project)["Türkiye"]
    ayse, mehmet = first.version("ayse"), first.version("mehmet")
    # Merge ayse's "Türkiye", mehmet's "ABD" and ayse's event.
    event = ayse.events[0]
    assert event.actor_mentions == (ayse.mentions[0].id,)
    assert event.recipient_mentions == (ayse.mentions[1].id,)
    project.take_items(first.sentence_id,
                       [ayse.mentions[0], mehmet.mentions[1], event]).apply()
    curated = _by_first_word(project)["Türkiye"].curated
    assert [(m.text, m.annotator) for m in curated.mentions] == [("Türkiye", CURATOR),
                                                                 ("ABD", CURATOR)]
    copy = curated.events[0]
    assert (copy.type, copy.date, copy.annotator) == ("CONSULT", "2023-11-27", CURATOR)
    assert copy.id != event.id
    # The actor was bound to ayse's "Türkiye", copied: bound to the copy. The recipient was
    # bound to ayse's "ABD'yle", not copied: bound to the curated USA mention (mehmet's "ABD").
    assert copy.actor_mentions == (curated.mentions[0].id,)
    assert copy.recipient_mentions == (curated.mentions[1].id,)
    bound = {r[0] for r in project.db.execute(
        "SELECT m.annotator FROM event_participants p JOIN mentions m ON m.id = p.mention_id "
        "WHERE p.event_id = ?", [copy.id])}
    assert bound == {CURATOR}


def test_accept_agreeing_takes_only_sentences_where_all_agree(project: Project,
                                                              db_path: Path) -> None:
    doc_id = _doc(project)
    edit = project.accept_agreeing(doc_id)
    # Of five sentences: the title (nobody annotated anything: nothing to curate), "Türkiye"
    # (dates and mentions differ), "Bakan" (only ayse's CONSULT), "Türkiye'nin" (only
    # mehmet's REQUEST) are not agreeing; "ABD" (both SANCTION USA→TUR) is.
    assert edit.count == 1
    edit.apply()
    abd = _by_first_word(project)["ABD"].sentence_id
    assert _curator_rows(project) == ([], [(abd, "SANCTION", None, "accepted")])
    # Already curated: a second run finds nothing.
    assert project.accept_agreeing(doc_id).count == 0
    edit.revert()
    assert _curator_rows(project) == ([], [])

    # A sentence agrees only when every compared field is equal: mehmet's CONSULT TUR in
    # "Bakan" with a trigger is not ayse's (no trigger); without one it is.
    bakan = _by_first_word(project)["Bakan"].sentence_id
    db = open_project(db_path)
    stored = add_event(db, Event("", bakan, "CONSULT", actors=("TUR",), annotator="mehmet",
                                 trigger_tr=(0, 5)))
    assert project.accept_agreeing(doc_id).count == 1
    update_event(db, replace(stored, trigger_tr=None))
    db.close()
    agreeing = project.accept_agreeing(doc_id)
    assert agreeing.count == 2
    agreeing.apply()
    assert [e[:2] for e in _curator_rows(project)[1]] == [(abd, "SANCTION"), (bakan, "CONSULT")]


def test_curating_mode_stamps_edits_as_curator(project: Project) -> None:
    assert project.who == "lead"
    with project.curating():
        assert project.who == CURATOR
    assert project.who == "lead"


def test_the_curator_is_not_an_annotator_in_the_agreement_figures(project: Project) -> None:
    first = _by_first_word(project)["Türkiye"]
    project.take(first.sentence_id, "mehmet").apply()
    assert _curator_rows(project) != ([], [])
    pairs = {figure.annotators for figure in project.agreement()}
    assert pairs and all(CURATOR not in names for names in pairs)
