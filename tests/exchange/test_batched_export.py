"""Exports read documents in batches and write JSONL with orjson: neither changes a byte.

Several documents read together give the records each gives read alone; the sentence rows carry
what the grid's segments carry; orjson writes every line as the standard encoder would (control
characters, non-ASCII text, tiny and huge floats, integers beyond 64 bits); the QA issues of an
export are those the QA pane lists for each document.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path

import orjson
import pytest
from exchange_helpers import annotate_sample
from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import Side, TargetStatus
from annotator.core.mt_types import ErrorKind
from annotator.exchange import selection as selection_module
from annotator.exchange.export import export
from annotator.exchange.options import ExportFormat, ExportOptions
from annotator.exchange.selection import Selection
from annotator.exchange.writer import json_safe
from annotator.ingest.pipeline import import_file
from annotator.storage.annotations import (
    add_event,
    add_mention,
    document_events,
    document_mentions,
    events_of_documents,
    mentions_of_documents,
)
from annotator.storage.connection import open_project
from annotator.storage.qa import build_term_index, document_qa
from annotator.storage.segments import get_segment, get_segments
from annotator.storage.targets import save_target
from annotator.storage.translations import record_failure, record_translation

STANDARD = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
# The sample's first body sentence, repeated in the other documents with other English.
SHARED = "Bu gelişme sonrasında ilişkilerde bir yumuşama beklenmiştir."
AWKWARD = 'Tab\there, "quotes", back\\slash, \x01\x1f\x7f, \u2028 line, ü İ ı, 🙂 [1]'


def _other_documents(db: Database, folder: Path) -> list[str]:
    """Three more documents, each with the shared sentence and English of its own."""
    ids = []
    for number in range(3):
        path = folder / f"yorum{number}.txt"
        path.write_text(f"Yorum {number}\n\n{SHARED} Ankara'da {number + 3} Kasım'da "
                        f"toplantı yapıldı. Son cümle {number}.\n", encoding="utf-8")
        ids.append(import_file(db, path).document.id)
    return ids


@pytest.fixture
def project(db_path: Path, seed_file: Path, tmp_path: Path) -> Database:
    """The annotated sample and three small documents: MT, a failed MT, English at every
    status, awkward characters, a tiny mention score and event confidence, odd block attrs."""
    db = open_project(db_path)
    sample = annotate_sample(db, seed_file)
    others = _other_documents(db, tmp_path)
    for number, doc_id in enumerate(others):
        segments = get_segments(db, doc_id)
        shared = next(s for s in segments if s.sentence.text.startswith("Bu gelişme"))
        english = "After this, relations were expected to soften." if number else \
            "Relations were expected to ease after this development."
        save_target(db, shared.sentence.id, english, TargetStatus.REVIEWED, "ayse", 2)
        meeting = next(s for s in segments if "toplantı" in s.sentence.text)
        record_failure(db, meeting.sentence.id, "google", "tr", "en", ErrorKind.OFFLINE, "down")
        if number == 1:
            save_target(db, meeting.sentence.id, AWKWARD, TargetStatus.TRANSLATED, "ayşe", 1e-05)
            add_mention(db, Mention(None, meeting.sentence.id, "AZE", Side.TR, 0, 6, "Ankara",
                                    "ayse", score=3.2e-05))
            add_event(db, Event("", meeting.sentence.id, "CONSULT", actors=("AZE",),
                                confidence=1e-07, annotator="ayse"))
        if number == 2:
            record_translation(db, meeting.sentence.id, "google", "tr", "en", "A meeting.")
    shared = next(s for s in get_segments(db, sample.doc_id)
                  if s.sentence.text.startswith("Bu gelişme"))
    save_target(db, shared.sentence.id, "Relations were expected to ease after this.",
                TargetStatus.TRANSLATED, "mehmet", 4)
    db.execute("UPDATE blocks SET attrs = ? WHERE document_id = ? AND ord = 0",
               ['{"n": 1180591620717411303424, "x": 1e-05, "y": [1e+16, 2.5, "ü"]}', others[0]])
    return db


def _export(db: Database, tmp_path: Path, fmt: str = "jsonl", name: str = "out",
            **options: object) -> bytes:
    out = tmp_path / f"{name}.{fmt}"
    export(db, fmt, ExportOptions(**options), out)  # type: ignore[arg-type]
    return out.read_bytes()


@pytest.mark.parametrize("fmt", [str(f) for f in ExportFormat])
def test_documents_read_together_write_what_each_read_alone_writes(
        project: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    together = _export(project, tmp_path, fmt, "together", include_suggestions=True)
    monkeypatch.setattr(selection_module, "BATCH_SENTENCES", 1)  # one document per batch
    alone = _export(project, tmp_path, fmt, "alone", include_suggestions=True)
    assert together == alone
    assert len(together) > 1000


def test_a_jsonl_export_is_its_documents_exported_one_by_one(project: Database,
                                                             tmp_path: Path) -> None:
    whole = _export(project, tmp_path, name="whole")
    ids = [r[0] for r in project.execute("SELECT id FROM documents ORDER BY id")]
    assert len(ids) == 4
    parts = b"".join(_export(project, tmp_path, name=f"part{i}", documents=(doc_id,))
                     for i, doc_id in enumerate(ids))
    assert whole == parts


def test_the_rows_of_an_export_are_the_grid_segments(project: Database) -> None:
    items = list(Selection(project, ExportOptions(), None).items())
    assert len(items) == project.execute("SELECT count(*) FROM sentences").fetchone()[0]
    for item in items:
        assert item.segment == get_segment(project, item.row[0])
    assert any(item.segment.mt_error for item in items)  # the failed MT shows
    assert any(item.segment.mt for item in items)


def test_orjson_writes_every_line_as_the_standard_encoder_does(project: Database,
                                                                tmp_path: Path) -> None:
    # split at line feeds only: str.splitlines() also splits at U+2028, written raw as json does
    lines = _export(project, tmp_path, include_suggestions=True).decode("utf-8").split("\n")
    assert lines.pop() == ""
    for line in lines:
        assert line == STANDARD.encode(json.loads(line))
    text = "\n".join(lines)
    for written in ('\\t', '\\"quotes\\"', "back\\\\slash", "\\u0001\\u001f\x7f", "\u2028",
                    "🙂", "3.2e-05", '"confidence":1e-07', '"seconds":0.0', '"x":1e-05',
                    "1180591620717411303424", "1e+16"):
        assert written in text


@given(st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers(min_value=-(1 << 80),
                                                          max_value=1 << 80) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12))
def test_json_safe_values_encode_as_the_standard_encoder_encodes_them(value: object) -> None:
    assert orjson.dumps(json_safe(value)) == STANDARD.encode(value).encode("utf-8")


def test_the_qa_of_an_export_is_the_qa_of_each_document(project: Database,
                                                        tmp_path: Path) -> None:
    lines = _export(project, tmp_path).decode("utf-8").split("\n")[:-1]
    exported = {record["id"]: [issue["check"] for issue in record["qa"]]
                for record in map(json.loads, lines)}
    index = build_term_index(project)
    expected: dict[str, list[str]] = {key: [] for key in exported}
    for (doc_id,) in project.execute("SELECT id FROM documents"):
        for finding in document_qa(project, doc_id, index, include_ignored=False):
            expected[finding.sentence_ref].append(finding.issue.check)
    assert exported == expected
    assert sum(checks.count("inconsistent") for checks in exported.values()) == 4


def test_annotations_read_in_batches_are_those_read_by_document(project: Database) -> None:
    ids = [r[0] for r in project.execute("SELECT id FROM documents ORDER BY id")]
    mentions = mentions_of_documents(project, ids)
    events = events_of_documents(project, ids)
    assert mentions == [m for doc_id in ids for m in document_mentions(project, doc_id)]
    assert events == [e for doc_id in ids for e in document_events(project, doc_id)]
    assert len(mentions) >= 8 and len(events) >= 4
    made: list[Mention | Event] = [*mentions, *events]
    for annotation in made:  # made without __init__: every field, as __init__ stores them
        assert set(vars(annotation)) == {f.name for f in fields(annotation)}
        assert replace(annotation) == annotation
