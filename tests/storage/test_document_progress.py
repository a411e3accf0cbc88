"""The document list's reads: every document's header, the progress of chosen documents in one
aggregate query, and ``list_documents`` giving the figures the per-document queries gave."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import (
    AnnotationStatus,
    DocumentProgress,
    DocumentSummary,
    Side,
    TargetStatus,
)
from annotator.ingest.pipeline import import_file
from annotator.project import Project
from annotator.storage.annotations import add_event, add_mention
from annotator.storage.connection import open_project
from annotator.storage.documents import (
    document_headers,
    document_progress,
    get_sentences,
    list_documents,
    set_translatable_roles,
    translatable_roles,
)
from annotator.storage.targets import save_target

# What list_documents computed before the aggregate query: sub-queries per document. Kept here as
# the reference the new figures must equal.
REFERENCE_SQL = """
WITH part AS (
  SELECT s.id, s.document_id, b.role IN (SELECT value FROM json_each(:roles)) AS counted
  FROM sentences s JOIN blocks b ON b.id = s.block_id
)
SELECT d.id, d.title, d.imported_at,
  (SELECT count(*) FROM part p WHERE p.document_id = d.id) AS sentences,
  (SELECT count(*) FROM part p WHERE p.document_id = d.id AND p.counted) AS translatable,
  (SELECT count(*) FROM part p JOIN targets t ON t.sentence_id = p.id
     WHERE p.document_id = d.id AND p.counted
       AND t.status IN ('translated', 'reviewed')) AS translated,
  (SELECT count(*) FROM part p JOIN targets t ON t.sentence_id = p.id
     WHERE p.document_id = d.id AND p.counted AND t.status = 'reviewed') AS reviewed,
  (SELECT count(*) FROM part p WHERE p.document_id = d.id AND p.counted AND (
     EXISTS (SELECT 1 FROM events e WHERE e.sentence_id = p.id AND e.status = 'accepted')
     OR EXISTS (SELECT 1 FROM mentions m WHERE m.sentence_id = p.id AND m.status = 'accepted')
  )) AS annotated
FROM documents d ORDER BY d.imported_at, d.title
"""

STATUSES = list(TargetStatus)
ANNOTATION_STATUSES = list(AnnotationStatus)


def reference(db: Database) -> list[DocumentSummary]:
    roles = json.dumps([str(role) for role in translatable_roles(db)])
    return [DocumentSummary(id=r["id"], title=r["title"], sentences=r["sentences"],
                            translated=r["translated"], reviewed=r["reviewed"],
                            annotated=r["annotated"], imported_at=r["imported_at"],
                            translatable=r["translatable"])
            for r in db.query(REFERENCE_SQL, {"roles": roles})]


def write_variant(folder: Path, seed_file: Path, number: int) -> Path:
    """The sample with its own title and another author: a distinct document."""
    text = seed_file.read_text(encoding="utf-8")
    path = folder / f"variant_{number}.txt"
    title = "ABD-AZERBAYCAN İLİŞKİLERİNDE"
    text = (text.replace(title, f"BELGE {number}: {title}", 1)
            .replace("Gülperi GÜNGÖR", "Ayşe KAYA").replace("GÜLPERİ GÜNGÖR", "AYŞE KAYA"))
    path.write_text(text, encoding="utf-8")
    return path


def annotate_mixed(db: Database, doc_id: str, shift: int) -> None:
    """Every target status, and mentions and events in every status, some sentences with an
    accepted event and an accepted mention both (they count once)."""
    for sentence in get_sentences(db, doc_id):
        step = sentence.order + shift
        if step % 7:
            save_target(db, sentence.id, f"English {sentence.order}",
                        STATUSES[step % len(STATUSES)], "ayse")
        if step % 3 == 0:
            add_mention(db, Mention(None, sentence.id, "USA", Side.TR, 0, 1, sentence.text[:1],
                                    status=ANNOTATION_STATUSES[(step // 3) % 3]))
        if step % 4 == 0:
            add_event(db, Event("", sentence.id, "CONSULT",
                                status=ANNOTATION_STATUSES[(step // 4) % 3]))


@pytest.fixture
def corpus(db_path: Path, seed_file: Path, tmp_path: Path) -> Iterator[tuple[Database, list[str]]]:
    db = open_project(db_path)
    db.execute("INSERT INTO actors (id, name, created, updated) VALUES ('USA', "
               "'United States', 'now', 'now')")
    ids = [import_file(db, seed_file).document.id]
    ids += [import_file(db, write_variant(tmp_path, seed_file, n)).document.id
            for n in (2, 10, 1)]
    for shift, doc_id in enumerate(ids[:3]):  # the last document stays untouched
        annotate_mixed(db, doc_id, shift)
    yield db, ids
    db.close()


def test_list_documents_gives_the_figures_of_the_per_document_queries(
        corpus: tuple[Database, list[str]]) -> None:
    db, ids = corpus
    summaries = list_documents(db)
    assert summaries == reference(db)
    assert len({(s.translated, s.reviewed, s.annotated) for s in summaries}) > 2  # varied data
    by_id = {s.id: s for s in summaries}
    assert all(by_id[i].annotated > 0 for i in ids[:3]) and by_id[ids[3]].annotated == 0
    set_translatable_roles(db, ["title", "body", "footnote", "bio"])
    assert list_documents(db) == reference(db)


def test_headers_are_every_document_in_import_order_with_author_and_dates(
        corpus: tuple[Database, list[str]]) -> None:
    db, ids = corpus
    headers = document_headers(db)
    assert [h.id for h in headers] == [s.id for s in list_documents(db)]
    assert sorted(h.id for h in headers) == sorted(ids)
    by_id = {h.id: h for h in headers}
    variant = by_id[ids[2]]
    assert variant.title.startswith("BELGE 10: ") and variant.author == "Ayşe Kaya"
    assert variant.published == "2023-12-13" and variant.date == "2023-12-13"
    assert variant.imported_at > "2024" and len(variant.imported_at) > 10  # a time of day


def test_progress_of_chosen_documents_matches_the_list_and_leaves_the_rest_out(
        corpus: tuple[Database, list[str]]) -> None:
    db, ids = corpus
    expected = {s.id: DocumentProgress(s.sentences, s.translatable, s.translated, s.reviewed,
                                       s.annotated) for s in reference(db)}
    assert document_progress(db) == expected
    chosen = document_progress(db, [ids[2], ids[0], "no-such-id"])
    assert chosen == {ids[0]: expected[ids[0]], ids[2]: expected[ids[2]]}
    assert document_progress(db, []) == {}
    assert expected[ids[3]].translated == 0 and expected[ids[0]].translated > 0


def test_a_sentence_with_an_accepted_event_and_mention_counts_once(
        db_path: Path, seed_file: Path) -> None:
    db = open_project(db_path)
    db.execute("INSERT INTO actors (id, name, created, updated) VALUES ('USA', "
               "'United States', 'now', 'now')")
    doc_id = import_file(db, seed_file).document.id
    title = get_sentences(db, doc_id)[0]
    add_mention(db, Mention(None, title.id, "USA", Side.TR, 0, 1, title.text[:1]))
    add_event(db, Event("", title.id, "CONSULT"))
    add_event(db, Event("", title.id, "AGREE"))
    rejected = get_sentences(db, doc_id)[1]
    add_event(db, Event("", rejected.id, "CONSULT", status=AnnotationStatus.REJECTED))
    assert document_progress(db, [doc_id])[doc_id].annotated == 1
    assert document_progress(db)[doc_id].annotated == 1
    db.close()


def test_a_document_without_sentences_is_listed_with_zero_progress(
        db_path: Path, seed_file: Path) -> None:
    from annotator.ingest.pipeline import read_file
    from annotator.storage.documents import insert_document

    db = open_project(db_path)
    document, _new = insert_document(db, read_file(seed_file).parsed, [])
    (summary,) = list_documents(db)
    assert (summary.id, summary.sentences, summary.translatable) == (document.id, 0, 0)
    assert document_progress(db) == {} and summary.percent(0) == 0.0
    db.close()


def test_the_project_reads_expose_headers_and_progress(
        corpus: tuple[Database, list[str]], db_path: Path) -> None:
    _db, ids = corpus
    project = Project(db_path)
    try:
        assert [h.id for h in project.document_headers()] == [
            s.id for s in project.documents()]
        summaries = {s.id: s for s in project.documents()}
        progress = project.document_progress([ids[1]])
        assert list(progress) == [ids[1]]
        assert progress[ids[1]].translated == summaries[ids[1]].translated
        assert project.document_progress().keys() == summaries.keys()
    finally:
        project.close()
