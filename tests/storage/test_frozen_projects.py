"""Project files written by the code of earlier schema versions open with today's code.

``tests/data/projects/schema-vN.sqlite`` was made by the last commit at schema N, with that
commit's own CLI and storage functions (``tools/make_frozen_projects.py``; what each file holds:
``tests/data/projects/README.md``). Every test works on a copy: the committed files never change.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from annotator.core.models import TargetStatus
from annotator.storage.annotations import document_events, document_mentions
from annotator.storage.connection import ProjectConnections, open_project, read_user_version
from annotator.storage.documents import get_document, get_sentences, list_documents
from annotator.storage.schema import SCHEMA_VERSION, backup_path
from annotator.storage.targets import get_target, save_target
from annotator.storage.translations import get_translations

DATA = Path(__file__).resolve().parents[1] / "data" / "projects"

DOC_ID = "81f8c46d1300"
TITLE = "ABD-AZERBAYCAN İLİŞKİLERİNDE İYİLEŞME VE İŞBİRLİĞİ SİNYALLERİ"
AUTHOR = "Gülperi Güngör"
SENTENCE_4 = ("İlk olarak 27 Kasım'da ABD Dışişleri Bakanı Antony Blinken, Azerbaycan Devlet "
              "Başkanı Aliyev ile telefonda görüşerek ilişkileri normalleştirmek adına bir "
              "adım atmıştır.")

# The translators' work, by sentence ord: text, status, translator, seconds spent.
TargetRow = tuple[str, str, str | None, float]
SAVED: dict[int, TargetRow] = {
    0: ("US-Azerbaijan Relations: Signs of Improvement and Cooperation", "reviewed", "ayse", 42.5),
    4: ("First, on 27 November US Secretary of State Antony Blinken took a step towards "
        "normalising relations in a telephone call with Azerbaijan's President Aliyev.",
        "translated", "mehmet", 85.0),
    11: ("After this development, relations were expected to thaw.", "draft", "ayse", 12.0),
}
# v2 only: the stand-in LibreTranslate engine's output (None: it failed on that sentence).
MT_OK: dict[int, str] = {
    0: "SIGNS OF IMPROVEMENT AND COOPERATION IN US-AZERBAIJAN RELATIONS",
    3: "In the past two weeks, some important developments have taken place in terms of "
       "United States - Azerbaijan relations.",
    4: "First, on November 27, US Secretary of State Antony Blinken took a step to normalize "
       "relations by talking on the phone with Azerbaijani President Aliyev.",
    7: "The visits that US officials were to make to Azerbaijan had been cancelled.",
}
MT: dict[int, str | None] = {**MT_OK, 8: None}
MT_FAILURE = ("bad_response", "the server answered without a translation")


@dataclass(frozen=True)
class Frozen:
    """One committed file and what tests/data/projects/README.md records about it."""

    name: str
    version: int
    counts: dict[str, int]
    targets: dict[int, TargetRow]
    mt: dict[int, str | None] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return DATA / self.name


_EMPTY_ANNOTATIONS = {"actors": 0, "mentions": 0, "events": 0, "event_participants": 0,
                      "settings": 0}
FROZEN = [
    Frozen("schema-v1.sqlite", 1,
           {"documents": 1, "blocks": 26, "sentences": 48, "targets": 3, "translations": 0,
            "history": 4, **_EMPTY_ANNOTATIONS},
           targets=SAVED),
    Frozen("schema-v2.sqlite", 2,
           {"documents": 1, "blocks": 26, "sentences": 48, "targets": 5, "translations": 5,
            "mt_cache": 4, "history": 4, **_EMPTY_ANNOTATIONS},
           targets={**SAVED, 3: (MT_OK[3], "mt", None, 0.0), 7: (MT_OK[7], "mt", None, 0.0)},
           mt=MT),
]


def _digests() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(DATA.iterdir())}


@pytest.fixture(autouse=True)
def committed_files_untouched() -> Iterator[None]:
    """No test may change, add to or leave anything next to the committed files."""
    before = _digests()
    assert {f.name for f in FROZEN} <= set(before)
    yield
    assert _digests() == before


@pytest.fixture(params=FROZEN, ids=lambda f: f.name)
def frozen(request: pytest.FixtureRequest) -> Frozen:
    return request.param


@pytest.fixture
def copy(frozen: Frozen, tmp_path: Path) -> Path:
    """A copy of the frozen file, not yet opened by today's code."""
    target = tmp_path / frozen.name
    shutil.copyfile(frozen.path, target)
    return target


@pytest.fixture
def migrated(copy: Path) -> Iterator[ProjectConnections]:
    """The copy opened (and so migrated) by today's code."""
    project = ProjectConnections(copy)
    yield project
    project.close()


def read_only(path: Path) -> sqlite3.Connection:
    """Open without writing anything, not even a lock or a -wal file."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def tables(conn: sqlite3.Connection | Any) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def columns(conn: sqlite3.Connection | Any, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def rows(conn: sqlite3.Connection | Any, table: str, names: list[str]) -> list[tuple[Any, ...]]:
    selected = ", ".join(f'"{name}"' for name in names)
    found = conn.execute(f'SELECT {selected} FROM "{table}"').fetchall()
    return sorted((tuple(r) for r in found), key=repr)


def snapshot(conn: sqlite3.Connection | Any) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every table's columns and rows."""
    return {t: (columns(conn, t), rows(conn, t, columns(conn, t))) for t in tables(conn)}


def count(conn: sqlite3.Connection | Any, table: str) -> int:
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def test_frozen_file_is_what_the_readme_records(frozen: Frozen) -> None:
    assert frozen.path.stat().st_size < 1_000_000
    assert read_user_version(frozen.path) == frozen.version
    conn = read_only(frozen.path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == frozen.version
        assert {t: count(conn, t) for t in frozen.counts} == frozen.counts
        assert conn.execute("SELECT id, title FROM documents").fetchall() == [(DOC_ID, TITLE)]
    finally:
        conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{frozen.path}{suffix}").exists()


def test_opens_at_the_current_version(frozen: Frozen, migrated: ProjectConnections,
                                      copy: Path) -> None:
    db = migrated.db
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION > frozen.version
    assert read_user_version(copy) == SCHEMA_VERSION
    assert db.journal_mode == "wal"


def test_every_row_and_value_survives_the_migration(frozen: Frozen,
                                                     migrated: ProjectConnections) -> None:
    conn = read_only(frozen.path)
    try:
        before = snapshot(conn)
    finally:
        conn.close()
    db = migrated.db
    assert set(tables(db)) >= set(before)
    for table, (names, original) in before.items():
        assert set(columns(db, table)) >= set(names), table
        assert rows(db, table, names) == original, table
    # The columns migrations added hold their defaults.
    assert db.execute("SELECT contexts FROM documents").fetchall() == [("[]",)]
    for table in ("mentions", "events"):
        assert "needs_review" in columns(db, table)
        flagged = db.execute(f"SELECT count(*) FROM {table} WHERE needs_review != 0")
        assert flagged.fetchone()[0] == 0


def test_counts_and_saved_work_read_back_with_todays_functions(
        frozen: Frozen, migrated: ProjectConnections) -> None:
    db = migrated.db
    assert {t: count(db, t) for t in frozen.counts} == frozen.counts
    if "mt_cache" not in frozen.counts:  # created empty by the v1 -> v2 step
        assert count(db, "mt_cache") == 0

    document = get_document(db, DOC_ID)
    assert (document.title, document.author) == (TITLE, AUTHOR)
    (summary,) = list_documents(db)
    assert (summary.id, summary.title, summary.sentences) == (DOC_ID, TITLE, 48)
    statuses = [status for _, status, _, _ in frozen.targets.values()]
    assert summary.translated == sum(s in ("translated", "reviewed") for s in statuses)
    assert summary.reviewed == statuses.count("reviewed")
    assert summary.annotated == 0

    sentences = get_sentences(db, DOC_ID)
    assert [s.order for s in sentences] == list(range(48))
    by_ord = {s.order: s for s in sentences}
    assert by_ord[0].text == TITLE
    assert by_ord[4].text == SENTENCE_4
    for order, sentence in by_ord.items():
        target = get_target(db, sentence.id)
        if order in frozen.targets:
            text, status, translator, seconds = frozen.targets[order]
            assert (target.text, target.status, target.translator, target.seconds) == \
                (text, TargetStatus(status), translator, seconds), order
            assert target.updated
        else:
            assert (target.text, target.status) == ("", TargetStatus.UNTRANSLATED), order

    for order, sentence in by_ord.items():
        outputs = get_translations(db, sentence.id)
        if order not in frozen.mt:
            assert outputs == [], order
            continue
        (output,) = outputs
        assert (output.engine, output.source_lang, output.target_lang) == ("libre", "tr", "en")
        assert output.text == frozen.mt[order]
        if frozen.mt[order] is None:
            assert (str(output.error_kind), output.error) == MT_FAILURE
        else:
            assert (output.error_kind, output.error) == (None, None)

    assert document_mentions(db, DOC_ID) == []
    assert document_events(db, DOC_ID) == []


def test_migration_wrote_a_backup_of_the_file_as_it_was(frozen: Frozen,
                                                         migrated: ProjectConnections,
                                                         copy: Path) -> None:
    backup = backup_path(copy, frozen.version)
    assert backup.exists()
    assert read_user_version(backup) == frozen.version
    original, kept = read_only(frozen.path), read_only(backup)
    try:
        assert snapshot(kept) == snapshot(original)
        assert kept.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        original.close()
        kept.close()


def test_migrated_file_passes_integrity_and_foreign_key_checks(
        migrated: ProjectConnections) -> None:
    db = migrated.db
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_migrated_schema_equals_a_new_projects(migrated: ProjectConnections,
                                               tmp_path: Path) -> None:
    def schema(conn: Any) -> set[tuple[str, str, str, str]]:
        return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                "WHERE name NOT LIKE 'sqlite_%'").fetchall())

    new = open_project(tmp_path / "new.sqlite")
    try:
        assert schema(migrated.db) == schema(new)
    finally:
        new.close()


def test_migrated_file_takes_edits_and_reopens_without_migrating_again(
        frozen: Frozen, migrated: ProjectConnections, copy: Path) -> None:
    db = migrated.db
    sentence = get_sentences(db, DOC_ID)[20]
    save_target(db, sentence.id, "A new edit.", TargetStatus.DRAFT, "today")
    migrated.close()
    backups = sorted(p.name for p in copy.parent.glob("*.bak"))
    assert backups == [backup_path(copy, frozen.version).name]
    reopened = ProjectConnections(copy)
    try:
        assert sorted(p.name for p in copy.parent.glob("*.bak")) == backups
        assert get_target(reopened.db, sentence.id).text == "A new edit."
        assert count(reopened.db, "targets") == frozen.counts["targets"] + 1
    finally:
        reopened.close()
