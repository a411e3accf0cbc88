"""Progress over the parts meant to be translated, the project setting that names them, and
source word counts by part and status."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.annotations import Mention
from annotator.core.models import BlockRole, Side, TargetStatus
from annotator.core.word_count import ALL_ROLES, count_words
from annotator.ingest.pipeline import import_file
from annotator.storage.annotations import add_mention
from annotator.storage.connection import open_project
from annotator.storage.documents import (
    DEFAULT_TRANSLATABLE_ROLES,
    TRANSLATABLE_ROLES_KEY,
    document_words,
    get_sentences,
    list_documents,
    set_translatable_roles,
    translatable_roles,
)
from annotator.storage.errors import StorageError
from annotator.storage.targets import save_target


@pytest.fixture
def sample(db_path: Path, seed_file: Path) -> Iterator[tuple[Database, str]]:
    db = open_project(db_path)
    doc_id = import_file(db, seed_file).document.id
    yield db, doc_id
    db.close()


def translate(db: Database, doc_id: str, roles: tuple[BlockRole, ...],
              status: TargetStatus = TargetStatus.TRANSLATED) -> int:
    chosen = [s for s in get_sentences(db, doc_id) if s.role in roles]
    for sentence in chosen:
        save_target(db, sentence.id, f"English {sentence.order}", status, "ayse")
    return len(chosen)


def test_progress_reaches_100_when_every_title_and_body_sentence_is_translated(
        sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    assert translatable_roles(db) == DEFAULT_TRANSLATABLE_ROLES == (BlockRole.TITLE,
                                                                    BlockRole.BODY)
    done = translate(db, doc_id, DEFAULT_TRANSLATABLE_ROLES)
    (summary,) = list_documents(db)
    assert summary.sentences > summary.translatable == done > 0  # the sample has other parts
    assert summary.translated == done and summary.percent(summary.translated) == 100.0
    assert summary.reviewed == 0


def test_other_parts_never_count_and_never_push_progress_past_100(
        sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    translate(db, doc_id, (BlockRole.FOOTNOTE, BlockRole.BIO), TargetStatus.REVIEWED)
    (summary,) = list_documents(db)
    assert (summary.translated, summary.reviewed) == (0, 0)
    translate(db, doc_id, ALL_ROLES, TargetStatus.REVIEWED)
    (summary,) = list_documents(db)
    assert summary.reviewed == summary.translatable
    assert summary.percent(summary.reviewed) == 100.0


def test_annotated_counts_translatable_sentences_only(sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    sentences = get_sentences(db, doc_id)
    body = next(s for s in sentences if s.role is BlockRole.BODY)
    footnote = next(s for s in sentences if s.role is BlockRole.FOOTNOTE)
    db.execute("INSERT INTO actors (id, name, created, updated) VALUES ('USA', "
               "'United States', 'now', 'now')")
    for sentence in (body, footnote):
        add_mention(db, Mention(None, sentence.id, "USA", Side.TR, 0, 1, sentence.text[:1]))
    (summary,) = list_documents(db)
    assert summary.annotated == 1


def test_changing_the_translatable_parts_changes_the_percentages(
        sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    done = translate(db, doc_id, DEFAULT_TRANSLATABLE_ROLES)
    footnotes = sum(s.role is BlockRole.FOOTNOTE for s in get_sentences(db, doc_id))
    assert set_translatable_roles(db, ["footnote", "body", "title", "body"]) == (
        BlockRole.TITLE, BlockRole.BODY, BlockRole.FOOTNOTE)
    other = open_project(Path(db.conn.execute("PRAGMA database_list").fetchone()[2]))
    (summary,) = list_documents(other)  # stored in the project, seen by every connection
    other.close()
    assert summary.translatable == done + footnotes
    assert summary.percent(summary.translated) == pytest.approx(100 * done / (done + footnotes))
    set_translatable_roles(db, ["title", "body"])
    assert list_documents(db)[0].percent(done) == 100.0


@pytest.mark.parametrize(("roles", "kind"), [
    (["body", "intro"], "unknown_role"),
    ([], "no_translatable_roles"),
])
def test_a_bad_set_of_parts_is_refused_and_changes_nothing(
        sample: tuple[Database, str], roles: list[str], kind: str) -> None:
    db, _ = sample
    set_translatable_roles(db, ["body"])
    with pytest.raises(StorageError) as raised:
        set_translatable_roles(db, roles)
    assert raised.value.kind == kind
    message = str(raised.value)
    assert "{" not in message and "title, byline, body" in message
    if kind == "unknown_role":
        assert "“intro”" in message
    assert translatable_roles(db) == (BlockRole.BODY,)


@pytest.mark.parametrize("stored", ['["nonsense"]', "[]", "not json", '{"a": 1}'])
def test_a_stored_value_this_version_cannot_read_counts_as_the_default(
        sample: tuple[Database, str], stored: str) -> None:
    db, _ = sample
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
               [TRANSLATABLE_ROLES_KEY, stored])
    assert translatable_roles(db) == DEFAULT_TRANSLATABLE_ROLES


def test_word_counts_by_part_and_status(sample: tuple[Database, str]) -> None:
    db, doc_id = sample
    sentences = get_sentences(db, doc_id)
    translatable = [s for s in sentences if s.role.annotatable]
    reviewed = translatable[:3]
    for sentence in reviewed:
        save_target(db, sentence.id, "English", TargetStatus.REVIEWED, "ayse")
    (counts,) = document_words(db)
    assert counts == document_words(db, doc_id)[0]
    assert counts.document_id == doc_id and counts.roles == DEFAULT_TRANSLATABLE_ROLES
    assert counts.total_words == sum(count_words(s.text) for s in sentences)
    assert counts.words() == sum(count_words(s.text) for s in translatable)
    by_status = counts.words_by_status()
    assert by_status[TargetStatus.REVIEWED] == sum(count_words(s.text) for s in reviewed)
    assert by_status[TargetStatus.UNTRANSLATED] == counts.words() - by_status[
        TargetStatus.REVIEWED]
    assert counts.sentences() == len(translatable)
    assert counts.sentences(ALL_ROLES) == len(sentences)
