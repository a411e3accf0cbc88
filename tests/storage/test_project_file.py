"""Project files: create, reopen, migrate, refuse bad files, transactions and threads."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from annotator.core.models import BlockRole, BlockSpan, ParsedDocument
from annotator.storage.connection import ProjectConnections, open_project, read_user_version
from annotator.storage.documents import get_sentences, insert_document, list_documents
from annotator.storage.errors import FutureSchemaError, NotAProjectError
from annotator.storage.schema import SCHEMA_VERSION, backup_path

EXPECTED_TABLES = {"documents", "blocks", "sentences", "translations", "targets", "actors",
                   "mentions", "events", "event_participants", "history", "settings"}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def small_document(text: str = "Başlık\n\nBir cümle. İkinci cümle.") -> ParsedDocument:
    title_end = text.index("\n")
    return ParsedDocument(
        text=text, title=text[:title_end],
        blocks=(BlockSpan(BlockRole.TITLE, 0, title_end),
                BlockSpan(BlockRole.BODY, title_end + 2, len(text), paragraph=1)),
    )


def test_create_sets_version_wal_and_foreign_keys(db_path: Path) -> None:
    db = open_project(db_path)
    assert set(db.table_names()) >= EXPECTED_TABLES
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO blocks (document_id, ord, role, start, \"end\") "
                   "VALUES ('missing', 0, 'body', 0, 1)")
    db.close()


def test_reopen_keeps_documents(db_path: Path) -> None:
    db = open_project(db_path)
    document, is_new = insert_document(db, small_document(), [(1, 8, 18), (1, 19, 33)])
    assert is_new
    db.close()
    db = open_project(db_path)
    assert [d.id for d in list_documents(db)] == [document.id]
    assert [s.text for s in get_sentences(db, document.id)] == ["Bir cümle.", "İkinci cümle."]
    assert not backup_path(db_path, SCHEMA_VERSION).exists()  # no migration, no backup
    db.close()


def test_migrates_an_empty_v0_file_and_keeps_a_backup(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE scratch (x)")
    conn.execute("DROP TABLE scratch")  # a v0 file: valid SQLite, user_version 0, no tables
    conn.execute("PRAGMA application_id = 7")  # a header value the backup must keep
    conn.commit()
    conn.close()
    assert db_path.stat().st_size > 0 and read_user_version(db_path) == 0
    db = open_project(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert set(db.table_names()) >= EXPECTED_TABLES
    db.close()
    backup = backup_path(db_path, 0)
    assert backup.exists()
    check = sqlite3.connect(backup)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 0
    assert check.execute("PRAGMA application_id").fetchone()[0] == 7
    assert list(check.execute("SELECT name FROM sqlite_master")) == []
    check.close()


def test_refuses_another_programs_database_without_touching_it(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id, total)")
    conn.execute("INSERT INTO invoices VALUES (1, 10)")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NotAProjectError, match=r"another program .*invoices"):
        open_project(db_path)
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()
    assert not backup_path(db_path, 0).exists()


def test_zero_byte_file_is_a_new_project(db_path: Path) -> None:
    db_path.write_bytes(b"")
    db = open_project(db_path)
    assert set(db.table_names()) >= EXPECTED_TABLES
    db.close()


@pytest.mark.parametrize("content", [
    b"hello, this is a plain text file\n" * 10,
    bytes(range(256)) * 4,
    b"SQLite format 3",  # truncated header
])
def test_refuses_a_file_that_is_not_a_database(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(NotAProjectError, match="not an Annotator project"):
        open_project(db_path)
    assert db_path.read_bytes() == content
    assert not Path(f"{db_path}-wal").exists()


def test_refuses_a_future_version_without_touching_it(db_path: Path) -> None:
    open_project(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = digest(db_path)
    with pytest.raises(FutureSchemaError, match="newer Annotator"):
        open_project(db_path)
    assert digest(db_path) == before
    assert not backup_path(db_path, SCHEMA_VERSION + 1).exists()


def test_failed_multi_row_write_rolls_back(db_path: Path) -> None:
    db = open_project(db_path)
    parsed = small_document()
    # The second sentence is empty (start == end), which the schema forbids: the whole
    # document, its blocks and its first sentence must vanish with it.
    with pytest.raises(sqlite3.IntegrityError):
        insert_document(db, parsed, [(1, 8, 18), (1, 19, 19)])
    for table in ("documents", "blocks", "sentences"):
        assert db[table].count == 0, table
    db.close()


def test_failed_migration_step_leaves_previous_version(db_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.storage import schema

    def broken_step(db: object) -> None:
        db.execute("CREATE TABLE half_done (x)")  # type: ignore[attr-defined]
        raise RuntimeError("step failed")

    monkeypatch.setattr(schema, "MIGRATIONS", [broken_step])
    with pytest.raises(RuntimeError):
        open_project(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


def test_two_threads_write_without_lock_errors(db_path: Path) -> None:
    project = ProjectConnections(db_path)
    errors: list[BaseException] = []
    rounds = 150

    def writer(name: str) -> None:
        try:
            db = project.db
            for i in range(rounds):
                with db.atomic():
                    db.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                               [f"{name}-{i}", "1"])
                    db.execute("INSERT INTO history (at, table_name, row_id, action) "
                               "VALUES ('now', 'settings', ?, 'insert')", [f"{name}-{i}"])
        except BaseException as error:
            errors.append(error)
        finally:
            project.close_thread()

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert project.db["settings"].count == 2 * rounds
    assert project.db["history"].count == 2 * rounds
    project.close()


def test_connections_are_per_thread(db_path: Path) -> None:
    project = ProjectConnections(db_path)
    seen: list[object] = []
    thread = threading.Thread(target=lambda: (seen.append(project.db), project.close_thread()))
    thread.start()
    thread.join()
    assert seen and seen[0] is not project.db
    project.close()


def test_v2_project_migrates_to_v3_keeping_its_data(db_path: Path) -> None:
    from annotator.storage import schema

    db = open_project(db_path)
    db.close()
    # Build a real v2 file: run only the first two steps on a fresh file.
    v2 = db_path.with_name("v2.sqlite")
    conn = sqlite3.connect(v2)
    from sqlite_utils import Database

    legacy = Database(conn)
    for step in schema.MIGRATIONS[:2]:
        step(legacy)
    legacy.execute("PRAGMA user_version=2")
    legacy.execute("INSERT INTO documents (id, title, imported_at, text) "
                   "VALUES ('d1', 'Belge', 'now', 'Metin.')")
    conn.commit()
    conn.close()
    upgraded = open_project(v2)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 3
    assert upgraded.execute("SELECT title, contexts FROM documents").fetchall() == \
        [("Belge", "[]")]
    columns = {c.name for c in upgraded["mentions"].columns}
    assert "needs_review" in columns
    upgraded.close()
    assert backup_path(v2, 2).exists()


def test_v3_project_migrates_to_v4_with_an_empty_translation_memory(db_path: Path) -> None:
    from sqlite_utils import Database

    from annotator.storage import schema

    v3 = db_path.with_name("v3.sqlite")
    conn = sqlite3.connect(v3)
    legacy = Database(conn)
    for step in schema.MIGRATIONS[:3]:
        step(legacy)
    legacy.execute("PRAGMA user_version=3")
    legacy.execute("INSERT INTO documents (id, title, imported_at, text) "
                   "VALUES ('d1', 'Belge', 'now', 'Metin.')")
    conn.commit()
    conn.close()
    upgraded = open_project(v3)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 4
    assert upgraded.execute("SELECT title FROM documents").fetchall() == [("Belge",)]
    assert {c.name for c in upgraded["tm_units"].columns} >= {
        "source", "target", "source_lang", "target_lang", "origin", "created", "length"}
    assert upgraded.execute("SELECT count(*) FROM tm_units").fetchone()[0] == 0
    indexes = {row[0] for row in upgraded.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_tm_units_length", "idx_sentences_search"} <= indexes
    upgraded.close()
    assert backup_path(v3, 3).exists()


def test_a_write_waits_for_another_writer_instead_of_failing(db_path: Path) -> None:
    db = open_project(db_path)
    other = sqlite3.connect(db_path, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock for a moment
    other.execute("INSERT INTO settings (key, value) VALUES ('other', '1')")
    releaser = threading.Timer(0.5, other.commit)
    releaser.start()
    with db.atomic():  # reads first, then writes: a plain BEGIN would fail at once here
        db.execute("SELECT count(*) FROM settings").fetchone()
        db.execute("INSERT INTO settings (key, value) VALUES ('mine', '1')")
    releaser.join()
    assert {r[0] for r in db.execute("SELECT key FROM settings")} >= {"other", "mine"}
    other.close()
    db.close()


def test_a_second_program_migrating_meanwhile_is_not_migrated_again(tmp_path: Path) -> None:
    from annotator.storage.connection import connect
    from annotator.storage.schema import migrate

    path = tmp_path / "old.sqlite"
    shutil_source = Path(__file__).resolve().parent.parent / "data" / "projects" / \
        "schema-v2.sqlite"
    path.write_bytes(shutil_source.read_bytes())
    seen_by_first = read_user_version(path)  # the first program read version 2 ...
    open_project(path).close()  # ... a second program migrated the file meanwhile ...
    late = connect(path)
    try:
        migrate(late, path, seen_by_first, backup=False)  # ... and the first goes on: no error
    finally:
        late.close()
    assert read_user_version(path) == SCHEMA_VERSION
