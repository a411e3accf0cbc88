"""MT storage: translation rows, failures, targets, the cache, selection, and migration v1 → v2."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.models import BlockRole, BlockSpan, ParsedDocument, TargetStatus
from annotator.core.mt_types import ErrorKind
from annotator.storage.connection import open_project, read_user_version
from annotator.storage.documents import get_sentences, insert_document
from annotator.storage.errors import StorageError
from annotator.storage.schema import MIGRATIONS, SCHEMA_VERSION, backup_path
from annotator.storage.targets import get_target
from annotator.storage.translations import (
    cache_lookup,
    cache_store,
    document_translations,
    get_translations,
    record_failure,
    record_translation,
    select_sentences,
)

TEXT = "Başlık\n\nBir cümle. İkinci cümle.\n\n[1] Dipnot."


BODY = (TEXT.index("Bir"), TEXT.index("\n\n[1]"))
NOTE = TEXT.index("[1]")
SPANS = [(0, 0, 6), (1, BODY[0], TEXT.index(" İkinci")), (1, TEXT.index("İkinci"), BODY[1]),
         (2, NOTE, len(TEXT))]


def parsed() -> ParsedDocument:
    return ParsedDocument(text=TEXT, title="Başlık", blocks=(
        BlockSpan(BlockRole.TITLE, 0, 6), BlockSpan(BlockRole.BODY, *BODY, paragraph=1),
        BlockSpan(BlockRole.FOOTNOTE, NOTE, len(TEXT))))


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_project(db_path)
    yield database
    database.close()


def ids(db: Database) -> tuple[str, list[int]]:
    document, _ = insert_document(db, parsed(), SPANS)
    return document.id, [s.id for s in get_sentences(db, document.id)]


def test_selection_skips_footnotes_and_follows_the_mode(db: Database) -> None:
    doc_id, (title, first, second, footnote) = ids(db)
    pending = select_sentences(db, "libre", "tr", "en", document_ids=[doc_id])
    assert [p.sentence_id for p in pending] == [title, first, second]
    assert [p.text for p in pending] == ["Başlık", "Bir cümle.", "İkinci cümle."]
    record_translation(db, first, "libre", "tr", "en", "A sentence.")
    record_failure(db, second, "libre", "tr", "en", ErrorKind.TIMEOUT, "too slow")
    assert [p.sentence_id for p in select_sentences(db, "libre", "tr", "en")] == [title]
    failed = select_sentences(db, "libre", "tr", "en", mode="failed")
    assert [p.sentence_id for p in failed] == [second]
    assert len(select_sentences(db, "libre", "tr", "en", mode="all")) == 3
    assert len(select_sentences(db, "google", "tr", "en")) == 3  # per engine
    only = select_sentences(db, "libre", "tr", "en", sentence_ids=[first], mode="all")
    assert [p.sentence_id for p in only] == [first]
    assert select_sentences(db, "libre", "tr", "en", document_ids=["nope"]) == []
    assert footnote not in [p.sentence_id for p in select_sentences(db, "x", "tr", "en")]


def test_failure_is_replaced_then_cleared_by_success(db: Database) -> None:
    doc_id, (_, first, _, _) = ids(db)
    record_failure(db, first, "libre", "tr", "en", ErrorKind.SERVER, "HTTP 500")
    record_failure(db, first, "libre", "tr", "en", ErrorKind.TIMEOUT, "slow")
    rows = get_translations(db, first)
    assert [(r.error_kind, r.error, r.text, r.failed) for r in rows] == [
        (ErrorKind.TIMEOUT, "slow", None, True)]
    record_translation(db, first, "libre", "tr", "en", "A sentence.")
    record_translation(db, first, "libre", "tr", "en", "A sentence.")  # no duplicate
    record_translation(db, first, "google", "tr", "en", "One sentence.")
    assert [(r.engine, r.text) for r in get_translations(db, first)] == [
        ("libre", "A sentence."), ("google", "One sentence.")]
    assert len(document_translations(db, doc_id)) == 2


def test_mt_fills_only_untouched_targets_and_is_never_overwritten(db: Database) -> None:
    _, (title, first, second, _) = ids(db)
    db["targets"].insert({"sentence_id": second, "text": "Mine.", "status": "translated"})
    for sentence in (title, first, second):
        record_translation(db, sentence, "libre", "tr", "en", f"MT {sentence}")
    first_target = get_target(db, first)
    assert first_target is not None
    assert (first_target.text, first_target.status) == (f"MT {first}", TargetStatus.MT)
    second_target = get_target(db, second)
    assert second_target is not None
    assert (second_target.text, second_target.status) == ("Mine.", TargetStatus.TRANSLATED)
    # A second engine does not replace the first engine's MT in the target either.
    record_translation(db, first, "google", "tr", "en", "Other MT")
    assert get_target(db, first) == first_target
    db.execute("UPDATE targets SET text = 'Edited', status = 'draft' WHERE sentence_id = ?",
               [first])
    assert [t.text for t in get_translations(db, first)] == [f"MT {first}", "Other MT"]


def test_cache_round_trip_is_per_engine_and_pair(db: Database) -> None:
    cache_store(db, "libre", "tr", "en", "Bir cümle.", "A sentence.")
    cache_store(db, "libre", "tr", "en", "Bir cümle.", "One sentence.")  # replaced
    assert cache_lookup(db, "libre", "tr", "en", ["Bir cümle.", "Yok."]) == {
        "Bir cümle.": "One sentence."}
    assert cache_lookup(db, "google", "tr", "en", ["Bir cümle."]) == {}
    assert cache_lookup(db, "libre", "tr", "de", ["Bir cümle."]) == {}
    many = [f"cümle {i}" for i in range(1200)]  # more than one chunk of parameters
    for text in many:
        cache_store(db, "libre", "tr", "en", text, text.upper())
    assert len(cache_lookup(db, "libre", "tr", "en", many)) == 1200


def write_v1_project(path: Path) -> None:
    """A project file exactly as schema version 1 wrote it, with a translated sentence."""
    db = Database(sqlite3.connect(str(path)))
    with db.atomic():
        MIGRATIONS[0](db)
        db.execute("PRAGMA user_version=1")
    document, _ = insert_document(db, parsed(), SPANS)
    sentence = get_sentences(db, document.id)[1].id
    db.execute("INSERT INTO translations (sentence_id, engine, source_lang, target_lang, text, "
               "created) VALUES (?, 'google', 'tr', 'en', 'A sentence.', '2026-01-01')",
               [sentence])
    db.conn.commit()
    db.close()


def test_migration_v1_to_v2_adds_the_cache_and_keeps_data(db_path: Path) -> None:
    assert SCHEMA_VERSION >= 2
    write_v1_project(db_path)
    assert read_user_version(db_path) == 1
    db = open_project(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "mt_cache" in db.table_names()
    indexes = {row[1] for row in db.execute("PRAGMA index_list(translations)").fetchall()}
    assert "idx_translations_engine" in indexes
    rows = list(db.query("SELECT engine, text FROM translations"))
    assert rows == [{"engine": "google", "text": "A sentence."}]
    cache_store(db, "google", "tr", "en", "Bir cümle.", "A sentence.")
    db.close()
    assert read_user_version(backup_path(db_path, 1)) == 1  # the copy taken before migrating


def test_a_failing_v2_step_leaves_the_file_at_v1(db_path: Path) -> None:
    write_v1_project(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE mt_cache (x)")  # makes CREATE TABLE mt_cache fail
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as raised:
        open_project(db_path)
    assert raised.value.kind == "cannot_open"
    assert "mt_cache already exists" in str(raised.value)
    assert read_user_version(db_path) == 1
    check = sqlite3.connect(db_path)
    names = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    check.close()
    assert "idx_translations_engine" not in names
