"""Suggestions planned on one connection and stored on another: what a pool of worker processes
does (workers plan, one writer stores). The plan is checked again when it is stored."""

from __future__ import annotations

import json
import pickle
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import asdict, replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Side, TargetStatus
from annotator.ingest.pipeline import import_file
from annotator.storage.actor_seed import ensure_default_actors, seed_default_actors
from annotator.storage.annotations import (
    add_event,
    add_events,
    add_mention,
    add_mentions,
    document_events,
    document_mentions,
    get_event,
)
from annotator.storage.connection import open_project
from annotator.storage.suggestions import (
    DocumentPlan,
    Suggester,
    SuggestionReport,
    store_plan,
    suggest_document,
)
from annotator.storage.targets import save_target
from annotator.storage.taxonomy import bundled_taxonomy

PHONE_EN = ("On 27 November, U.S. Secretary of State Antony Blinken spoke by phone with "
            "Azerbaijani President Aliyev.")


@pytest.fixture
def sample(db_path: Path, seed_file: Path) -> Iterator[tuple[Path, str]]:
    """The sample commentary in a project with a seeded registry and one English sentence."""
    db = open_project(db_path)
    seed_default_actors(db)
    doc_id = import_file(db, seed_file).document.id
    phone = next(s for s in document_sentences(db, doc_id) if "telefonda görüşerek" in s[1])
    save_target(db, phone[0], PHONE_EN, TargetStatus.DRAFT, "ayse")
    db.close()
    yield db_path, doc_id


def document_sentences(db: Database, doc_id: str) -> list[tuple[int, str]]:
    return [(int(r[0]), str(r[1])) for r in db.execute(
        "SELECT id, text FROM sentences WHERE document_id = ? ORDER BY ord", [doc_id])]


def twin(path: Path) -> Path:
    """A copy of the project file, to compare with what suggest_document stores."""
    copy = path.with_name("twin.sqlite")
    shutil.copyfile(path, copy)
    return copy


Stored = tuple[list[tuple[object, ...]], list[tuple[object, ...]]]


def stored(db: Database, doc_id: str) -> Stored:
    """What was stored, without ids and times; event arguments as the spans they are bound to."""
    mentions = document_mentions(db, doc_id)
    spans = {m.id: (m.side, m.start, m.end) for m in mentions}
    rows: list[tuple[object, ...]] = sorted(
        (m.sentence_id, m.side, m.start, m.end, m.actor_id, m.text, m.status, m.rule)
        for m in mentions)
    events: list[tuple[object, ...]] = sorted(
        (e.sentence_id, e.type, e.modes, e.contexts, e.aux, e.actors, e.recipients,
         e.trigger_tr, e.trigger_en, e.date, e.date_text, e.confidence, e.rule,
         tuple(spans.get(m) for m in e.actor_mentions),
         tuple(spans.get(m) for m in e.recipient_mentions))
        for e in document_events(db, doc_id))
    return rows, events


def test_plan_on_one_connection_store_on_another(sample: tuple[Path, str]) -> None:
    path, doc_id = sample
    expected_path = twin(path)
    with open_project(expected_path) as expected_db:
        expected_report = suggest_document(expected_db, doc_id, taxonomy=bundled_taxonomy())
        expected = stored(expected_db, doc_id)
    reader, writer = open_project(path), open_project(path)
    try:
        plan = Suggester(reader, taxonomy=bundled_taxonomy()).plan(reader, doc_id)
        assert (plan.mentions, plan.events) == (expected_report.mentions, expected_report.events)
        assert stored(writer, doc_id) == ([], [])  # planning wrote nothing
        assert store_plan(writer, plan) == expected_report
        assert stored(reader, doc_id) == expected
        assert expected_report.mentions > 10 and expected_report.events > 5
        # storing the same plan again adds nothing: everything it holds is there now
        assert store_plan(writer, plan) == SuggestionReport(0, 0)
    finally:
        reader.close()
        writer.close()


def test_a_plan_survives_pickling(sample: tuple[Path, str]) -> None:
    path, doc_id = sample
    with open_project(path) as db:
        plan = Suggester(db).plan(db, doc_id)
        copy = pickle.loads(pickle.dumps(plan))
        assert isinstance(copy, DocumentPlan) and copy == plan and plan.events > 0
        assert store_plan(db, copy) == SuggestionReport(plan.mentions, plan.events)


def _planned(plan: DocumentPlan, words: str) -> tuple[int, Mention, Event]:
    sentence = next(s for s in plan.sentences if words in s.turkish)
    return sentence.sentence_id, sentence.mentions[0].mention(), sentence.events[0].event()


def test_what_a_person_did_after_the_plan_wins(sample: tuple[Path, str]) -> None:
    path, doc_id = sample
    reader, writer = open_project(path), open_project(path)
    try:
        plan = Suggester(reader).plan(reader, doc_id)
        sentence_id, mention, event = _planned(plan, "telefonda görüşerek")
        assert mention.side is Side.TR and event.type == "CONSULT"
        # Meanwhile a person tags the first name's words as another actor, overlapping it,
        # and makes the sentence's CONSULT event (then rejects it: any status counts).
        other = "RUS" if mention.actor_id != "RUS" else "FRA"
        person = add_mention(writer, Mention(
            None, sentence_id, other, Side.TR, mention.start, mention.end + 1,
            "x" * (mention.end + 1 - mention.start), annotator="ayse"))
        own = add_event(writer, Event("", sentence_id, "CONSULT", annotator="ayse",
                                      status=AnnotationStatus.REJECTED))
        report = store_plan(writer, plan)
        assert report == SuggestionReport(plan.mentions - 1, plan.events - 1)
        mentions = [m for m in document_mentions(reader, doc_id) if m.sentence_id == sentence_id]
        overlapping = [m for m in mentions if m.side is Side.TR and m.start < mention.end
                       and mention.start < m.end]
        assert overlapping == [person]
        assert [e.id for e in document_events(reader, doc_id)
                if e.sentence_id == sentence_id] == [own.id]
        # the rest of the sentence's mentions were added
        assert len(mentions) == len(
            next(s for s in plan.sentences if s.sentence_id == sentence_id).mentions)
    finally:
        reader.close()
        writer.close()


def test_a_sentence_whose_english_changed_is_left_alone(sample: tuple[Path, str]) -> None:
    path, doc_id = sample
    with open_project(path) as db:
        plan = Suggester(db).plan(db, doc_id)
        sentence_id, _mention, event = _planned(plan, "telefonda görüşerek")
        assert event.trigger_en is not None  # the plan read "spoke by phone"
        save_target(db, sentence_id, "Blinken phoned Aliyev.", TargetStatus.DRAFT, "ayse")
        planned = next(s for s in plan.sentences if s.sentence_id == sentence_id)
        report = store_plan(db, plan)
        assert report == SuggestionReport(plan.mentions - len(planned.mentions),
                                          plan.events - len(planned.events))
        assert not [m for m in document_mentions(db, doc_id) if m.sentence_id == sentence_id]


def test_arguments_are_bound_when_stored(sample: tuple[Path, str]) -> None:
    path, doc_id = sample
    with open_project(path) as db:
        plan = Suggester(db).plan(db, doc_id)
        sentence_id, _mention, planned_event = _planned(plan, "telefonda görüşerek")
        assert planned_event.actor_mentions == () and planned_event.actors == ("USA",)
        assert all(ref is not None and ref < 0 for ref in  # bound to mentions without ids yet
                   next(s for s in plan.sentences if s.sentence_id == sentence_id)
                   .events[0].actor_refs)
        store_plan(db, plan)
        (event,) = [e for e in document_events(db, doc_id) if e.sentence_id == sentence_id]
        by_id = {m.id: m for m in document_mentions(db, doc_id)}
        (actor,) = event.actor_mentions
        (recipient,) = event.recipient_mentions
        assert actor is not None and recipient is not None
        assert (by_id[actor].actor_id, by_id[actor].side) == ("USA", Side.TR)
        assert (by_id[recipient].actor_id, by_id[recipient].side) == ("AZE", Side.TR)


def test_history_rows_are_those_of_single_inserts(sample: tuple[Path, str]) -> None:
    """The history JSON a plan's rows carry is write_history's, byte for byte."""
    path, doc_id = sample
    with open_project(path) as db:
        store_plan(db, Suggester(db).plan(db, doc_id))
        history = {(r[0], r[1]): (r[2], r[3], r[4]) for r in db.execute(
            "SELECT table_name, row_id, action, who, after FROM history "
            "WHERE table_name IN ('mentions', 'events')")}
        mentions, events = document_mentions(db, doc_id), document_events(db, doc_id)
        assert len(history) == len(mentions) + len(events)
        for mention in mentions:
            expected = json.dumps(asdict(mention), ensure_ascii=False)
            assert history["mentions", str(mention.id)] == ("insert", "suggest", expected)
        for event in events:
            expected = json.dumps(asdict(get_event(db, event.id)), ensure_ascii=False)
            assert history["events", event.id] == ("insert", "suggest", expected)
        assert any(e.actor_mentions for e in events)


def test_bindings_follow_the_mentions_as_they_are_when_stored(
        sample: tuple[Path, str]) -> None:
    """A plan binds its events to the mentions it read and planned; a mention a person tagged
    since, nearer the trigger, is what the argument is bound to when the plan is stored."""
    path, doc_id = sample
    with open_project(path) as db:
        plan = Suggester(db).plan(db, doc_id)
        sentence = next(s for s in plan.sentences if "telefonda görüşerek" in s.turkish)
        (consult,) = sentence.events
        (usa_ref,) = consult.actor_refs
        assert usa_ref is not None and sentence.mentions[-1 - usa_ref].mention().actor_id == "USA"
        # "Blinken" lies between the planned "ABD" and the trigger, overlapping no planned span
        start = sentence.turkish.index("Blinken")
        person = add_mention(db, Mention(None, sentence.sentence_id, "USA", Side.TR, start,
                                         start + 7, "Blinken", annotator="ayse"))
        report = store_plan(db, plan)
        assert report == SuggestionReport(plan.mentions, plan.events)  # nothing was dropped
        (event,) = [e for e in document_events(db, doc_id)
                    if e.sentence_id == sentence.sentence_id]
        assert event.actor_mentions == (person.id,)
        by_id = {m.id: m for m in document_mentions(db, doc_id)}
        (recipient,) = event.recipient_mentions
        assert by_id[recipient].actor_id == "AZE"
        # and the planned "ABD" was stored all the same
        assert [m.text for m in by_id.values() if m.sentence_id == sentence.sentence_id
                and m.actor_id == "USA" and m.side is Side.TR] == ["ABD", "Blinken"]


def test_the_model_path_is_unchanged(sample: tuple[Path, str]) -> None:
    """A recommender's types join the rules' as before: rule "model+<rule>" where both
    suggest a type, "model" (no triggers, no participants) where only the model does."""
    def predictor(turkish: str, english: str) -> Mapping[str, float]:
        return {"CONSULT": 0.99, "PROTEST": 0.4} if "Azerbaycan" in turkish else {}

    path, doc_id = sample
    expected_path = twin(path)
    with open_project(expected_path) as expected_db:
        suggest_document(expected_db, doc_id, taxonomy=bundled_taxonomy(), model=predictor)
        expected = stored(expected_db, doc_id)
    with open_project(path) as db:
        suggester = Suggester(db, taxonomy=bundled_taxonomy(), model=predictor)
        store_plan(db, suggester.plan(db, doc_id))
        assert stored(db, doc_id) == expected
        events = document_events(db, doc_id)
    phone = next(e for e in events if e.rule == "model+tr.phone")
    assert phone.type == "CONSULT" and phone.confidence == pytest.approx(0.99)
    protests = [e for e in events if e.type == "PROTEST" and e.rule == "model"]
    assert protests and all(e.trigger_tr is None and e.actors == () for e in protests)
    assert all(e.confidence == pytest.approx(0.4) for e in protests)


def test_a_suggester_only_reads(sample: tuple[Path, str]) -> None:
    path, doc_id = sample
    with open_project(path) as db:
        ensure_default_actors(db)
        before = db.execute("SELECT total_changes()").fetchone()[0]
        plan = Suggester(db).plan(db, doc_id)
        assert db.execute("SELECT total_changes()").fetchone()[0] == before
        assert replace(plan, sentences=()).doc_id == doc_id


def test_batch_inserts_store_what_single_inserts_store(sample: tuple[Path, str]) -> None:
    """add_mentions / add_events (what store_plan writes with) against add_mention / add_event:
    the same rows, ids as SQLite gives them, a stale argument binding dropped the same way."""
    path, doc_id = sample
    with open_project(path) as db:
        sentence_id = document_sentences(db, doc_id)[1][0]
        one = [Mention(None, sentence_id, "USA", Side.TR, 0, 3, "ABD", annotator="ayse"),
               Mention(None, sentence_id, "AZE", Side.TR, 5, 9, "Azer", annotator="ayse")]
        singles = [add_mention(db, m) for m in one]
        batch = add_mentions(db, [replace(m, start=m.start + 20, end=m.end + 20) for m in one])
        assert [m.id for m in batch] == [singles[-1].id + 1, singles[-1].id + 2]  # type: ignore[operator]
        restored = add_mentions(db, [replace(batch[0], id=1000), replace(one[0], start=40, end=43)])
        assert [m.id for m in restored] == [1000, 1001]
        usa, aze = singles
        # the second recipient is bound to a mention of another actor: dropped, not kept wrong
        event = Event("", sentence_id, "CONSULT", actors=("USA",), recipients=("AZE", "RUS"),
                      actor_mentions=(usa.id,), recipient_mentions=(aze.id, usa.id),
                      annotator="ayse")
        single = add_event(db, event)
        (batched,) = add_events(db, [replace(event, type="MEET")])
        rows = {e: db.execute("SELECT actor_id, role, ord, mention_id FROM event_participants "
                              "WHERE event_id = ? ORDER BY role, ord", [e]).fetchall()
                for e in (single.id, batched.id)}
        assert rows[single.id] == rows[batched.id] == [
            ("USA", "actor", 0, usa.id), ("AZE", "recipient", 0, aze.id),
            ("RUS", "recipient", 1, None)]
        assert get_event(db, batched.id) == replace(get_event(db, single.id), id=batched.id,
                                                    type="MEET", created=batched.created,
                                                    updated=batched.updated)
