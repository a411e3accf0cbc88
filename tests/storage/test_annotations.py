"""Mentions and events round-trip through SQLite with history; review and undo support."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Side
from annotator.ingest.pipeline import import_file
from annotator.storage.annotations import (
    add_event,
    add_mention,
    delete_event,
    delete_mention,
    document_events,
    document_mentions,
    get_event,
    sentence_events,
    sentence_mentions,
    set_status,
    update_event,
    update_mention,
)
from annotator.storage.connection import open_project
from annotator.storage.segments import get_segments


@pytest.fixture
def sample(db_path: Path, seed_file: Path):  # type: ignore[no-untyped-def]
    db = open_project(db_path)
    doc_id = import_file(db, seed_file).document.id
    for actor_id, name in (("USA-GOV-blinken", "Antony Blinken"), ("AZE-GOV-aliyev", "Aliyev"),
                           ("USA", "United States")):
        db.execute("INSERT INTO actors (id, name, created, updated) VALUES (?, ?, 'now', 'now')",
                   [actor_id, name])
    sentence = next(s.sentence for s in get_segments(db, doc_id) if "Blinken" in s.sentence.text)
    yield db, doc_id, sentence
    db.close()


def test_mention_round_trip_and_history(sample, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, doc_id, sentence = sample
    start = sentence.text.index("Antony Blinken")
    mention = add_mention(db, Mention(None, sentence.id, "USA-GOV-blinken", Side.TR, start,
                                      start + 14, "Antony Blinken", annotator="ayse"))
    assert mention.id is not None and mention.created and mention.updated
    other = open_project(db_path)
    assert sentence_mentions(other, sentence.id) == [mention]
    assert document_mentions(other, doc_id, [AnnotationStatus.ACCEPTED]) == [mention]
    moved = update_mention(db, Mention(mention.id, sentence.id, "USA-GOV-blinken", Side.TR,
                                       start + 7, start + 14, "Blinken", annotator="ayse"))
    assert moved.created == mention.created
    removed = delete_mention(db, mention.id, "ayse")
    assert sentence_mentions(db, sentence.id) == []
    restored = add_mention(db, removed)  # undo of a delete keeps the id
    assert restored.id == mention.id
    actions = [r[0] for r in other.execute(
        "SELECT action FROM history WHERE table_name = 'mentions' ORDER BY id")]
    assert actions == ["insert", "update", "delete", "insert"]
    other.close()


def test_event_round_trip_with_compound_actors(sample) -> None:  # type: ignore[no-untyped-def]
    db, doc_id, sentence = sample
    event = add_event(db, Event(
        "", sentence.id, "CONSULT", modes=("phone",), contexts=("diplomatic",),
        actors=("USA-GOV-blinken", "USA"), recipients=("AZE-GOV-aliyev",),
        trigger_tr=(10, 20), date="2023-11-27", date_text="27 Kasım'da", confidence=0.9,
        annotator="ayse"))
    assert event.id.startswith("ev-")
    assert get_event(db, event.id) == event
    assert sentence_events(db, sentence.id) == [event]
    changed = update_event(db, Event(event.id, sentence.id, "CONSULT", modes=("visit",),
                                     actors=("USA",), recipients=("AZE-GOV-aliyev",),
                                     trigger_en=(3, 8), annotator="ayse"))
    again = get_event(db, event.id)
    assert again == changed and again.actors == ("USA",) and again.trigger_tr is None
    history = [json.loads(r[0]) for r in db.execute(
        "SELECT after FROM history WHERE table_name = 'events' ORDER BY id")]
    assert history[-1]["modes"] == ["visit"]
    delete_event(db, event.id)
    assert document_events(db, doc_id) == []
    assert db.execute("SELECT count(*) FROM event_participants").fetchone()[0] == 0


def test_suggestions_are_reviewed_in_bulk(sample) -> None:  # type: ignore[no-untyped-def]
    db, doc_id, sentence = sample
    suggested = [add_event(db, Event("", sentence.id, kind, provenance=Provenance.SUGGESTED,
                                     status=AnnotationStatus.SUGGESTED))
                 for kind in ("CONSULT", "REQUEST")]
    assert document_events(db, doc_id, [AnnotationStatus.ACCEPTED]) == []
    assert set_status(db, "events", [suggested[0].id], AnnotationStatus.ACCEPTED, "ayse") == 1
    assert set_status(db, "events", [suggested[1].id], AnnotationStatus.REJECTED, "ayse") == 1
    assert [e.type for e in document_events(db, doc_id, [AnnotationStatus.ACCEPTED])] == \
        ["CONSULT"]
    assert [e.type for e in sentence_events(db, sentence.id)] == ["CONSULT"]  # rejected hidden
    assert len(sentence_events(db, sentence.id, include_rejected=True)) == 2


def test_unknown_actor_is_refused_and_nothing_is_written(sample) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    db, _doc_id, sentence = sample
    with pytest.raises(sqlite3.IntegrityError):
        add_event(db, Event("", sentence.id, "CONSULT", actors=("NOBODY",)))
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM history WHERE table_name = 'events'").fetchone()[0] == 0


def test_english_edits_move_untouched_spans_and_flag_edited_ones(sample) -> None:  # type: ignore[no-untyped-def]
    from annotator.core.models import TargetStatus
    from annotator.storage.targets import save_target

    db, _doc_id, sentence = sample
    english = "First, Antony Blinken phoned President Aliyev."
    save_target(db, sentence.id, english, TargetStatus.DRAFT, "ayse")
    blinken = add_mention(db, Mention(None, sentence.id, "USA-GOV-blinken", Side.EN,
                                      english.index("Antony"), english.index(" phoned"),
                                      "Antony Blinken"))
    aliyev = add_mention(db, Mention(None, sentence.id, "AZE-GOV-aliyev", Side.EN,
                                     english.index("President"), english.index("."),
                                     "President Aliyev"))
    event = add_event(db, Event("", sentence.id, "CONSULT", trigger_en=(
        english.index("phoned"), english.index("phoned") + 6)))
    edited = "On 27 November, Antony Blinken phoned Azerbaijan's President Ilham Aliyev."
    save_target(db, sentence.id, edited, TargetStatus.DRAFT, "ayse")
    moved = {m.actor_id: m for m in sentence_mentions(db, sentence.id)}
    kept = moved[blinken.actor_id]
    assert edited[kept.start:kept.end] == "Antony Blinken" and not kept.needs_review
    flagged = moved[aliyev.actor_id]
    assert flagged.needs_review  # the words under it changed: a person must look
    assert edited[flagged.start:flagged.end] == flagged.text
    trigger = get_event(db, event.id).trigger_en
    assert trigger is not None and edited[trigger[0]:trigger[1]] == "phoned"


def test_a_flagged_span_past_the_end_survives_further_edits(sample) -> None:  # type: ignore[no-untyped-def]
    from annotator.core.models import TargetStatus
    from annotator.storage.targets import save_target

    db, _doc_id, sentence = sample
    save_target(db, sentence.id, "Blinken called.", TargetStatus.DRAFT)
    # A span kept from an older, longer English: it no longer fits the text, and is flagged.
    stale = add_mention(db, Mention(None, sentence.id, "AZE-GOV-aliyev", Side.EN, 22, 38,
                                    "President Aliyev", needs_review=True))
    save_target(db, sentence.id, "Blinken called Aliyev.", TargetStatus.DRAFT)  # no crash
    assert sentence_mentions(db, sentence.id) == [stale]  # left for a person to fix
