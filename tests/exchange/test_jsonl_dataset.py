"""The JSONL sentence dataset: schema validity, exact spans, actor details, filters and splits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from exchange_helpers import BLINKEN_EN, Sample, annotate_sample, read_jsonl
from sqlite_utils import Database

from annotator.core.models import BlockRole, TargetStatus
from annotator.exchange.export import export
from annotator.exchange.options import ExportOptions, assign_splits
from annotator.paths import resource_path
from annotator.storage.connection import open_project

SCHEMA = json.loads(resource_path("schemas", "sentence.schema.json").read_text("utf-8"))


@pytest.fixture
def project(db_path: Path, seed_file: Path) -> Iterator[tuple[Database, Sample]]:
    db = open_project(db_path)
    yield db, annotate_sample(db, seed_file)
    db.close()


def dataset(db: Database, tmp_path: Path, **options: Any) -> list[dict[str, Any]]:
    out = tmp_path / "dataset.jsonl"
    export(db, "jsonl", ExportOptions(**options), out)
    return read_jsonl(out)


def test_the_schema_is_valid_and_every_record_satisfies_it(project, tmp_path: Path) -> None:
    db, _ = project
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    records = dataset(db, tmp_path, include_suggestions=True, split=(80, 10, 10))
    assert len(records) > 20
    for record in records:
        assert list(validator.iter_errors(record)) == [], record["id"]
    # The schema is strict: an unknown field or a bad status is caught.
    assert not validator.is_valid({**records[0], "extra": 1})
    broken = json.loads(json.dumps(records[0]))
    broken["translation"]["status"] = "done"
    assert not validator.is_valid(broken)


def test_every_span_slices_its_text_exactly(project, tmp_path: Path) -> None:
    db, _ = project
    records = dataset(db, tmp_path, include_suggestions=True)
    full_text = records[0]["document"]["full_text"]
    spans = 0
    for record in records:
        source, final = record["source"]["text"], record["translation"]["final"]
        assert full_text[record["source"]["start"]:record["source"]["end"]] == source
        for mention in record["mentions"]:
            text = source if mention["side"] == "tr" else final
            assert text[mention["start"]:mention["end"]] == mention["text"]
            spans += 1
        for event in record["events"]:
            for side, text in (("tr", source), ("en", final)):
                trigger = event["trigger"][side]
                if trigger is not None:
                    assert text[trigger["start"]:trigger["end"]] == trigger["text"]
                    spans += 1
    assert spans == 10
    # Offsets are code points: "İ" (one code point) and "ğ" count as one each.
    blinken = next(r for r in records if r["translation"]["final"] == BLINKEN_EN)
    first = blinken["mentions"][0]
    assert first["text"] == "Antony Blinken"
    assert len(blinken["source"]["text"][:first["start"]].encode("utf-8")) > first["start"]


def test_events_carry_actor_details_triggers_dates_and_provenance(project, tmp_path) -> None:
    db, sample = project
    records = {r["id"]: r for r in dataset(db, tmp_path)}
    blinken = next(r for r in records.values() if r["translation"]["final"] == BLINKEN_EN)
    [event] = blinken["events"]
    assert event["type"] == "CONSULT" and event["mode"] == ["phone"]
    assert event["context"] == ["diplomatic"]
    assert blinken["schema"] == "annotator.sentence/2"
    assert event["actor"] == [{"id": "USA-GOV-blinken", "name": "Antony Blinken",
                               "country": "USA", "sector": "GOV",
                               "span": {"side": "tr", "start": 44, "end": 58,
                                        "text": "Antony Blinken"}}]
    assert event["recipient"] == [{"id": "AZE-GOV-aliyev", "name": "İlham Aliyev",
                                   "country": "AZE", "sector": "GOV",
                                   "span": {"side": "tr", "start": 86, "end": 92,
                                            "text": "Aliyev"}}]
    assert blinken["source"]["text"][44:58] == "Antony Blinken"
    assert blinken["source"]["text"][86:92] == "Aliyev"
    assert event["trigger"]["tr"]["text"] == "telefonda görüşerek"
    assert event["trigger"]["en"]["text"] == "speaking by phone"
    assert (event["date"], event["date_text"]) == ("2023-11-27", "27 Kasım'da")
    assert (event["annotator"], event["status"], event["provenance"]) == (
        "ayse", "accepted", "manual")
    translation = blinken["translation"]
    assert translation["status"] == "reviewed" and translation["engine"] == "google"
    assert translation["seconds"] == 41 and 0 < translation["edit_distance"] < 1
    assert blinken["annotators"] == ["ayse"]
    assert {a["id"] for a in blinken["actors"]} == {"USA-GOV-blinken", "AZE-GOV-aliyev"}
    assert blinken["document"]["published"] == "2023-12-13"
    assert "full_text" in records[f"{sample.doc_id}:0"]["document"]
    assert "full_text" not in blinken["document"]


def test_suggestions_only_on_request_and_rejected_never(project, tmp_path: Path) -> None:
    db, _ = project

    def statuses(records: list[dict[str, Any]]) -> set[str]:
        return {a["status"] for r in records for a in (*r["mentions"], *r["events"])}

    assert statuses(dataset(db, tmp_path)) == {"accepted"}
    assert statuses(dataset(db, tmp_path, include_suggestions=True)) == {"accepted",
                                                                        "suggested"}


def test_filters_by_status_role_annotator_and_document(project, tmp_path: Path) -> None:
    db, sample = project
    reviewed = dataset(db, tmp_path, statuses=(TargetStatus.REVIEWED,))
    assert [r["translation"]["final"] for r in reviewed] == [BLINKEN_EN]
    body = dataset(db, tmp_path, roles=(BlockRole.BODY,))
    assert body and {r["block"] for r in body} == {"body"}
    mehmet = dataset(db, tmp_path, annotators=("mehmet",))
    people = {a["annotator"] for r in mehmet for a in (*r["mentions"], *r["events"])}
    assert people == {"mehmet"}
    assert len(mehmet) == len(dataset(db, tmp_path)), "sentences stay; annotations are filtered"
    by_prefix = dataset(db, tmp_path, documents=(sample.doc_id[:6],))
    assert {r["document"]["id"] for r in by_prefix} == {sample.doc_id}


def test_a_stale_english_span_is_left_out_and_counted(project, tmp_path: Path) -> None:
    db, sample = project
    report = export(db, "jsonl", ExportOptions(), tmp_path / "d.jsonl")
    assert report.skipped_spans == 1
    machine = next(r for r in read_jsonl(tmp_path / "d.jsonl")
                   if r["id"].endswith(f":{order(db, sample.machine)}"))
    assert machine["translation"]["final"] == "Aliyev approved."
    assert machine["mentions"] == [] and machine["actors"] == []


def order(db: Database, sentence_id: int) -> int:
    return int(db.execute("SELECT ord FROM sentences WHERE id = ?", [sentence_id]).fetchone()[0])


def test_split_is_by_document_deterministic_and_proportional() -> None:
    ids = [f"doc{i:03d}" for i in range(100)]
    first = assign_splits(ids, (80, 10, 10), seed=7)
    assert first == assign_splits(list(reversed(ids)), (80, 10, 10), seed=7)
    assert first != assign_splits(ids, (80, 10, 10), seed=8)
    sizes = {name: list(first.values()).count(name) for name in ("train", "dev", "test")}
    assert sizes == {"train": 80, "dev": 10, "test": 10}
    assert set(assign_splits(ids, (90, 10), seed=1).values()) == {"train", "test"}


def test_the_split_field_is_the_same_for_every_sentence_of_a_document(project,
                                                                      tmp_path: Path) -> None:
    db, _ = project
    records = dataset(db, tmp_path, split=(0, 0, 100), seed=3)
    assert {r["split"] for r in records} == {"test"}
    assert all("split" not in r for r in dataset(db, tmp_path))
