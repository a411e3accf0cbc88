"""Suggestions stored for the sample: status and provenance, idempotence, decisions respected."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Sentence, Side, TargetStatus
from annotator.ingest.pipeline import import_file
from annotator.storage.actor_seed import seed_default_actors
from annotator.storage.annotations import (
    add_event,
    add_mention,
    document_events,
    document_mentions,
    get_event,
    sentence_events,
    sentence_mentions,
    set_status,
)
from annotator.storage.connection import open_project
from annotator.storage.errors import DocumentNotFoundError
from annotator.storage.segments import get_segments
from annotator.storage.suggestions import SuggestionReport, suggest_document, suggest_documents
from annotator.storage.targets import save_target
from annotator.storage.taxonomy import bundled_taxonomy

PHONE_EN = ("On 27 November, U.S. Secretary of State Antony Blinken spoke by phone with "
            "Azerbaijani President Aliyev.")


@pytest.fixture
def sample(db_path: Path, seed_file: Path) -> Iterator[tuple[Database, str]]:
    db = open_project(db_path)
    seed_default_actors(db)  # every country, Turkish and English names (a no-op if done)
    doc_id = import_file(db, seed_file).document.id
    yield db, doc_id
    db.close()


def sentence_with(db: Database, doc_id: str, words: str) -> Sentence:
    return next(s.sentence for s in get_segments(db, doc_id) if words in s.sentence.text)


def counts(db: Database) -> tuple[int, int, int]:
    return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[return-value]
                 for table in ("mentions", "events", "history"))


def test_suggestions_are_stored_as_suggested(sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    report = suggest_document(db, doc_id, taxonomy=bundled_taxonomy())
    mentions, events = document_mentions(db, doc_id), document_events(db, doc_id)
    assert report == SuggestionReport(len(mentions), len(events))
    assert report.mentions > 10 and report.events > 5
    for row in (*mentions, *events):
        assert (row.status, row.provenance, row.annotator) == (
            AnnotationStatus.SUGGESTED, Provenance.SUGGESTED, "suggest")
    phone = sentence_with(db, doc_id, "telefonda görüşerek")
    (event,) = sentence_events(db, phone.id)
    assert (event.type, event.modes) == ("CONSULT", ("phone",))
    assert event.trigger_tr is not None
    assert phone.text[event.trigger_tr[0]:event.trigger_tr[1]] == "telefonda görüşerek"
    assert (event.date, event.date_text) == ("2023-11-27", "27 Kasım'da")
    assert event.actors == ("USA",) and event.recipients == ("AZE",)
    assert {m.actor_id for m in sentence_mentions(db, phone.id)} == {"USA", "AZE"}
    aid = sentence_with(db, doc_id, "askeri yardımın kesilmesi")
    sanction = next(e for e in sentence_events(db, aid.id) if e.type == "SANCTION")
    assert sanction.modes == ("discontinue",) and "military" in sanction.contexts
    assert sanction.date == "2023-11-16"


def test_only_title_and_body_sentences_get_suggestions(sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    suggest_document(db, doc_id)
    annotated = {m.sentence_id for m in document_mentions(db, doc_id)}
    annotated |= {e.sentence_id for e in document_events(db, doc_id)}
    roles = {s.sentence.id: s.sentence.role for s in get_segments(db, doc_id)}
    assert annotated and all(roles[sentence_id].annotatable for sentence_id in annotated)
    footnote = sentence_with(db, doc_id, "Azerbaijan Accuses US of Bias")
    assert not footnote.role.annotatable and sentence_mentions(db, footnote.id) == []


def test_running_twice_adds_nothing(sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    first = suggest_document(db, doc_id)
    before = counts(db)
    assert suggest_document(db, doc_id) == SuggestionReport(0, 0)
    assert list(suggest_documents(db, [doc_id])) == [(doc_id, SuggestionReport(0, 0))]
    assert counts(db) == before and first.events > 0


def test_rejected_suggestions_do_not_come_back(sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    suggest_document(db, doc_id)
    phone = sentence_with(db, doc_id, "telefonda görüşerek")
    (event,) = sentence_events(db, phone.id)
    mention = sentence_mentions(db, phone.id)[0]
    set_status(db, "events", [event.id], AnnotationStatus.REJECTED, "ayse")
    set_status(db, "mentions", [mention.id or 0], AnnotationStatus.REJECTED, "ayse")
    assert suggest_document(db, doc_id) == SuggestionReport(0, 0)
    assert [e.status for e in sentence_events(db, phone.id, include_rejected=True)] == [
        AnnotationStatus.REJECTED]
    same_span = [m for m in sentence_mentions(db, phone.id, include_rejected=True)
                 if (m.start, m.end) == (mention.start, mention.end)]
    assert [m.status for m in same_span] == [AnnotationStatus.REJECTED]


def test_accepted_annotations_are_untouched(sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    suggest_document(db, doc_id)
    phone = sentence_with(db, doc_id, "telefonda görüşerek")
    (event,) = sentence_events(db, phone.id)
    set_status(db, "events", [event.id], AnnotationStatus.ACCEPTED, "ayse")
    accepted = get_event(db, event.id)
    suggest_document(db, doc_id)
    assert get_event(db, event.id) == accepted
    assert sentence_events(db, phone.id) == [accepted]


def test_manual_work_is_not_duplicated(sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    phone = sentence_with(db, doc_id, "telefonda görüşerek")
    words = "Azerbaycan Devlet Başkanı Aliyev"
    start = phone.text.index(words)
    end = start + len(words)
    # a person tagged the whole title as Azerbaijan and made the event by hand
    add_mention(db, Mention(None, phone.id, "AZE", Side.TR, start, end, words, annotator="ayse"))
    add_event(db, Event("", phone.id, "CONSULT", modes=("phone",), annotator="ayse"))
    suggest_document(db, doc_id)
    mentions = sentence_mentions(db, phone.id)
    assert [(m.actor_id, m.provenance) for m in mentions if m.start >= start] == [
        ("AZE", Provenance.MANUAL)]  # the registry's "Azerbaycan" inside it is not added
    assert [(e.type, e.provenance) for e in sentence_events(db, phone.id)] == [
        ("CONSULT", Provenance.MANUAL)]


def test_english_side_mentions_and_trigger_join_the_turkish_event(
        sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    phone = sentence_with(db, doc_id, "telefonda görüşerek")
    save_target(db, phone.id, PHONE_EN, TargetStatus.DRAFT, "ayse")
    suggest_document(db, doc_id)
    english = [m for m in sentence_mentions(db, phone.id) if m.side is Side.EN]
    assert {m.actor_id for m in english} >= {"USA", "AZE"}
    assert all(PHONE_EN[m.start:m.end] == m.text for m in english)
    (event,) = sentence_events(db, phone.id)
    assert event.trigger_en is not None
    assert PHONE_EN[event.trigger_en[0]:event.trigger_en[1]] == "spoke by phone"
    assert event.confidence == pytest.approx(0.95)


def test_taxonomy_limits_what_is_suggested(sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    plover = bundled_taxonomy()
    without_consult = replace(plover, event_types=tuple(
        t for t in plover.event_types if t.code != "CONSULT"))
    suggest_document(db, doc_id, taxonomy=without_consult)
    events = document_events(db, doc_id)
    assert events and "CONSULT" not in {e.type for e in events}
    for event in events:
        assert set(event.modes) <= set(plover.modes_for(event.type))


def test_unknown_document(sample: tuple[Database, str]) -> None:
    db, _doc_id = sample
    with pytest.raises(DocumentNotFoundError):
        suggest_document(db, "nosuchdocument")


def test_document_contexts_are_inherited(sample: tuple[Database, str]) -> None:
    from annotator.storage.documents import set_document_contexts

    db, doc_id = sample
    set_document_contexts(db, doc_id, ["diplomatic"])
    suggest_document(db, doc_id, taxonomy=bundled_taxonomy())
    events = document_events(db, doc_id)
    assert events and all(e.contexts[0] == "diplomatic" for e in events)
    assert all(isinstance(e, Event) for e in events)
