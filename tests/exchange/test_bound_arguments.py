"""Event arguments bound to mentions survive export → import → export in every format.

The senate sentence gets the situation of issue 12: Azerbaijan is named twice ("Azerbaycan'ı",
then "Azerbaycan'a"), and the SANCTION's recipient is bound to the second, the one the aid went to.
Every export must point at that exact span, and an import must bind it again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import Sample, annotate_sample, read_jsonl
from sqlite_utils import Database

from annotator.core.annotations import Mention
from annotator.core.models import AnnotationStatus, Side
from annotator.exchange.export import export
from annotator.exchange.importer import import_annotations
from annotator.exchange.options import ExportOptions
from annotator.storage.annotations import (
    add_mention,
    delete_event,
    delete_mention,
    document_events,
    document_mentions,
    get_mention,
    set_status,
    update_event,
)
from annotator.storage.connection import open_project
from annotator.storage.documents import get_sentences


@pytest.fixture
def project(db_path: Path, seed_file: Path) -> Iterator[tuple[Database, Sample]]:
    db = open_project(db_path)
    sample = annotate_sample(db, seed_file)
    senate = next(s for s in get_sentences(db, sample.doc_id) if s.id == sample.senate)
    first = senate.text.index("Azerbaycan")
    second = senate.text.index("Azerbaycan", first + 1)
    add_mention(db, Mention(None, senate.id, "AZE", Side.TR, first, first + 10, "Azerbaycan",
                            "mehmet"))
    bound = add_mention(db, Mention(None, senate.id, "AZE", Side.TR, second, second + 10,
                                    "Azerbaycan", "mehmet"))
    sanction = next(e for e in document_events(db, sample.doc_id) if e.type == "SANCTION")
    update_event(db, replace(sanction, recipient_mentions=(bound.id,)))
    yield db, sample
    db.close()


def recipient_span(db: Database, doc_id: str) -> tuple[str, int, int]:
    sanction = next(e for e in document_events(db, doc_id) if e.type == "SANCTION")
    [mention_id] = sanction.recipient_mentions
    assert mention_id is not None
    mention = get_mention(db, mention_id)
    return str(mention.side), mention.start, mention.end


def copy_through_jsonl(db: Database, tmp_path: Path, name: str) -> Database:
    """A fresh project holding what ``db`` exports as JSONL (suggestions included)."""
    path = tmp_path / f"{name}.jsonl"
    export(db, "jsonl", ExportOptions(include_suggestions=True), path)
    fresh = open_project(tmp_path / f"{name}.sqlite")
    import_annotations(fresh, path)
    return fresh


def without_timestamps(record: dict[str, Any]) -> dict[str, Any]:
    return {**record, "updated": None}


def test_jsonl_round_trip_binds_the_exact_spans_again(project, tmp_path: Path) -> None:
    db, sample = project
    first = tmp_path / "first.jsonl"
    export(db, "jsonl", ExportOptions(include_suggestions=True), first)
    senate = next(r for r in read_jsonl(first) if "ABD Senatosu'nun" in r["source"]["text"])
    sanction = next(e for e in senate["events"] if e["type"] == "SANCTION")
    second_name = senate["source"]["text"].index("Azerbaycan", senate["source"]["text"].index(
        "Azerbaycan") + 1)
    assert sanction["recipient"][0]["span"] == {
        "side": "tr", "start": second_name, "end": second_name + 10, "text": "Azerbaycan"}
    assert sanction["actor"][0]["span"]["text"] == "ABD Senatosu"
    accuse = next(e for e in senate["events"] if e["type"] == "ACCUSE")
    assert accuse["actor"][0]["span"] is None  # Blinken is not named in that sentence

    fresh = copy_through_jsonl(db, tmp_path, "fresh")
    assert recipient_span(fresh, sample.doc_id) == recipient_span(db, sample.doc_id)
    again = tmp_path / "again.jsonl"
    export(fresh, "jsonl", ExportOptions(include_suggestions=True), again)
    assert [without_timestamps(r) for r in read_jsonl(first)] == [
        without_timestamps(r) for r in read_jsonl(again)]
    fresh.close()


def copy_without_events(db: Database, tmp_path: Path, name: str,
                        doc_id: str) -> Database:
    """A fresh project with ``db``'s documents, English and mentions, but no events."""
    fresh = copy_through_jsonl(db, tmp_path, name)
    for event in document_events(fresh, doc_id):
        delete_event(fresh, event.id)
    return fresh


@pytest.mark.parametrize("keep_mentions", [True, False])
def test_plover_export_is_identical_after_a_round_trip(project, tmp_path: Path,
                                                      keep_mentions: bool) -> None:
    db, sample = project
    first, again = tmp_path / "first.jsonl", tmp_path / "again.jsonl"
    export(db, "plover", ExportOptions(include_suggestions=True), first)
    sanction = next(e for e in read_jsonl(first) if e["event"] == ["SANCTION"])
    [recipient] = sanction["recipient"]
    span = recipient["span"]
    assert sanction["text"][span["start"]:span["end"]] == recipient["actor_text"] == "Azerbaycan"
    assert span["start"] != sanction["text"].index("Azerbaycan")  # the second, not the first
    fresh = copy_without_events(db, tmp_path, "fresh", sample.doc_id)
    if not keep_mentions:  # the import adds the mentions the arguments are bound to
        for mention in document_mentions(fresh, sample.doc_id):
            assert mention.id is not None
            delete_mention(fresh, mention.id)
    report = import_annotations(fresh, first)
    assert report.format == "plover"
    assert report.events == len(read_jsonl(first))
    assert (report.mentions > 0) is not keep_mentions
    assert recipient_span(fresh, sample.doc_id) == recipient_span(db, sample.doc_id)
    export(fresh, "plover", ExportOptions(include_suggestions=True), again)
    assert first.read_text(encoding="utf-8") == again.read_text(encoding="utf-8")
    again_report = import_annotations(fresh, first)  # a second import changes nothing
    assert (again_report.events, again_report.mentions) == (0, 0)
    assert again_report.unchanged == report.events
    fresh.close()


def strip_annotations(db: Database, doc_id: str) -> None:
    """Delete every event and mention (the document and its English stay)."""
    for event in document_events(db, doc_id):
        delete_event(db, event.id)
    for mention in document_mentions(db, doc_id):
        assert mention.id is not None
        delete_mention(db, mention.id)


def accept_everything(db: Database, doc_id: str) -> None:
    set_status(db, "mentions", [m.id for m in document_mentions(db, doc_id) if m.id],
               AnnotationStatus.ACCEPTED)
    set_status(db, "events", [e.id for e in document_events(db, doc_id)],
               AnnotationStatus.ACCEPTED)


@pytest.mark.parametrize(("fmt", "name"), [("doccano", "tasks.jsonl"),
                                           ("labelstudio", "tasks.json")])
def test_span_task_round_trip_is_identical_and_binds_again(project, tmp_path: Path, fmt: str,
                                                           name: str) -> None:
    db, sample = project
    first, again = tmp_path / name, tmp_path / f"again-{name}"
    export(db, fmt, ExportOptions(), first)
    fresh = copy_through_jsonl(db, tmp_path, "fresh")
    strip_annotations(fresh, sample.doc_id)
    import_annotations(fresh, first)
    accept_everything(fresh, sample.doc_id)  # spans come back as suggestions
    export(fresh, fmt, ExportOptions(), again)
    assert first.read_text(encoding="utf-8") == again.read_text(encoding="utf-8")
    assert recipient_span(fresh, sample.doc_id) == recipient_span(db, sample.doc_id)
    fresh.close()


def test_doccano_relations_point_at_the_bound_span(project, tmp_path: Path) -> None:
    db, _ = project
    path = tmp_path / "tasks.jsonl"
    export(db, "doccano", ExportOptions(), path)
    senate = next(json.loads(line) for line in path.read_text("utf-8").splitlines()
                  if "ABD Senatosu'nun" in json.loads(line)["text"])
    entities = {e["id"]: e for e in senate["entities"]}
    [recipient] = [r for r in senate["relations"] if r["type"] == "recipient"]
    target = entities[recipient["to_id"]]
    text = senate["text"]
    assert target["label"] == "AZE"
    assert target["start_offset"] == text.index("Azerbaycan", text.index("Azerbaycan") + 1)


def test_a_version_1_record_binds_its_arguments_to_the_best_mention(project,
                                                                    tmp_path: Path) -> None:
    db, sample = project
    path = tmp_path / "v1.jsonl"
    export(db, "jsonl", ExportOptions(include_suggestions=True), path)
    lines = []
    for record in read_jsonl(path):  # what an older Annotator wrote: no spans
        record["schema"] = "annotator.sentence/1"
        for event in record["events"]:
            for entry in (*event["actor"], *event["recipient"]):
                del entry["span"]
        lines.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fresh = open_project(tmp_path / "fresh.sqlite")
    import_annotations(fresh, path)
    consult = next(e for e in document_events(fresh, sample.doc_id) if e.type == "CONSULT")
    [actor], [recipient] = consult.actor_mentions, consult.recipient_mentions
    assert actor is not None and recipient is not None
    assert (get_mention(fresh, actor).text, get_mention(fresh, actor).side) == (
        "Antony Blinken", Side.TR)
    assert get_mention(fresh, recipient).text == "Aliyev"
    # The SANCTION recipient: of the two Turkish "Azerbaycan", the one nearest the trigger.
    assert recipient_span(fresh, sample.doc_id) == recipient_span(db, sample.doc_id)
    fresh.close()
