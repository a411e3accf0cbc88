"""Export → import into an empty project → export gives the same records, timestamps aside."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exchange_helpers import ACTORS, annotate_sample, counts, read_jsonl

from annotator.exchange.export import export
from annotator.exchange.importer import import_annotations
from annotator.exchange.options import ExportOptions
from annotator.storage.connection import open_project
from annotator.storage.documents import get_blocks, get_document, get_sentences


def without_timestamps(record: dict[str, Any]) -> dict[str, Any]:
    """The record minus the fields that are times of writing (restored ``created`` stays)."""
    return {**record, "updated": None}


def test_round_trip_is_lossless(db_path: Path, seed_file: Path, tmp_path: Path) -> None:
    original = open_project(db_path)
    sample = annotate_sample(original, seed_file)
    options = ExportOptions(include_suggestions=True, split=(80, 10, 10), seed=5)
    first = tmp_path / "first.jsonl"
    export(original, "jsonl", options, first)

    fresh = open_project(tmp_path / "empty.sqlite")
    registered = {row[0] for row in fresh.execute("SELECT id FROM actors")}
    report = import_annotations(fresh, first)
    new_actors = len({a.id for a in ACTORS} - registered)
    assert (report.documents, report.actors, report.mentions, report.events) == (
        1, new_actors, 6, 3)
    second = tmp_path / "second.jsonl"
    export(fresh, "jsonl", options, second)

    before, after = read_jsonl(first), read_jsonl(second)
    assert len(before) == len(after) > 20
    for one, two in zip(before, after, strict=True):
        assert without_timestamps(one) == without_timestamps(two), one["id"]
    # The document itself came back whole: text, metadata, blocks and sentence spans.
    old, new = get_document(original, sample.doc_id), get_document(fresh, sample.doc_id)
    assert (old.text, old.title, old.author, old.url, old.published, old.source_sha256) == (
        new.text, new.title, new.author, new.url, new.published, new.source_sha256)
    strip = [(b.order, b.role, b.start, b.end, b.paragraph, b.attrs)
             for b in get_blocks(original, sample.doc_id)]
    assert strip == [(b.order, b.role, b.start, b.end, b.paragraph, b.attrs)
                     for b in get_blocks(fresh, sample.doc_id)]
    assert [(s.order, s.start, s.end) for s in get_sentences(original, sample.doc_id)] == [
        (s.order, s.start, s.end) for s in get_sentences(fresh, sample.doc_id)]
    original.close()
    fresh.close()


def test_importing_the_same_file_twice_adds_nothing(db_path: Path, seed_file: Path,
                                                    tmp_path: Path) -> None:
    db = open_project(db_path)
    annotate_sample(db, seed_file)
    out = tmp_path / "d.jsonl"
    export(db, "jsonl", ExportOptions(include_suggestions=True), out)
    before = counts(db)
    report = import_annotations(db, out)
    assert counts(db) == before
    assert (report.documents, report.mentions, report.events, report.targets) == (0, 0, 0, 0)
    assert report.unchanged == 9
    db.close()


def test_a_filtered_export_still_rebuilds_its_documents(db_path: Path, seed_file: Path,
                                                        tmp_path: Path) -> None:
    db = open_project(db_path)
    sample = annotate_sample(db, seed_file)
    out = tmp_path / "reviewed.jsonl"
    export(db, "jsonl", ExportOptions(statuses=("reviewed",)), out)  # type: ignore[arg-type]
    fresh = open_project(tmp_path / "empty.sqlite")
    import_annotations(fresh, out)
    assert get_document(fresh, sample.doc_id).text == get_document(db, sample.doc_id).text
    assert counts(fresh)["sentences"] == counts(db)["sentences"]
    assert counts(fresh)["targets"] == 1
    db.close()
    fresh.close()
