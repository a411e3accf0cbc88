"""Project files that must be refused before anything is written: another program's database
whatever ``user_version`` it claims, devices and pipes, damaged pages (``PRAGMA quick_check``);
and damage SQLite finds only when a row is read, which is the same ``storage.corrupt``."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.ingest.pipeline import import_file
from annotator.storage.connection import open_project, storage_error
from annotator.storage.errors import NotAProjectError, StorageError
from annotator.storage.schema import SCHEMA_VERSION, backup_path

FROZEN = Path(__file__).resolve().parent.parent / "data" / "projects"
MARKER = "ZQXJMARKERZQXJ"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(path: Path) -> list[str]:
    """Files next to the project that opening it may have left (backups, a WAL)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "."))


def seed_project(path: Path, seed_file: Path) -> Path:
    db = open_project(path)
    import_file(db, seed_file)
    db.close()  # the last connection checkpoints: everything is in the main file
    assert not Path(f"{path}-wal").exists()
    return path


def damage_pages(path: Path, table: str) -> list[int]:
    """Overwrite every leaf page of ``table`` with the same garbage (a damaged disk sector)."""
    conn = sqlite3.connect(path)
    pages = [row[0] for row in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [table])]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    garbage = bytes((7 * i + 13) % 256 for i in range(size))
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * size)
            handle.write(garbage)
    return pages


@pytest.mark.parametrize("claimed", [1, 2, SCHEMA_VERSION])
def test_another_programs_database_is_refused_whatever_version_it_claims(
        db_path: Path, claimed: int) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE mentions (x)")  # one name in common is not enough
    conn.execute(f"PRAGMA user_version = {claimed}")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NotAProjectError) as caught:
        open_project(db_path)
    assert caught.value.kind == "foreign_database"
    assert caught.value.params["tables"] == "mentions, notes"
    assert digest(db_path) == before
    assert leftovers(db_path) == []  # no .v2.bak, no WAL
    assert not backup_path(db_path, claimed).exists()


@pytest.mark.parametrize("special", ["/dev/null", "fifo"])
def test_devices_and_pipes_are_refused_without_opening_them(tmp_path: Path,
                                                            special: str) -> None:
    path = Path(special)
    if special == "fifo":
        path = tmp_path / "project.sqlite"
        os.mkfifo(path)  # opening it for reading would block until a writer came
    with pytest.raises(NotAProjectError) as caught:
        open_project(path)
    assert caught.value.kind == "file_special"
    assert str(caught.value) == f"{path} is not a regular file (a pipe, socket or device)."


def test_damaged_pages_are_refused_before_anything_is_written(db_path: Path,
                                                              seed_file: Path) -> None:
    seed_project(db_path, seed_file)
    assert damage_pages(db_path, "sentences")
    before = digest(db_path)
    with pytest.raises(StorageError) as caught:
        open_project(db_path)
    assert caught.value.kind == "corrupt"
    assert caught.value.params["path"] == db_path
    assert str(caught.value).startswith(f"The project file {db_path} is damaged (")
    assert digest(db_path) == before
    assert leftovers(db_path) == []


def test_a_big_file_checks_its_small_tables_at_open_and_the_rest_when_read(
        db_path: Path, seed_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every file is "big" here: the open checks the tables that do not grow with the sentences.
    monkeypatch.setattr("annotator.storage.connection.FULL_CHECK_MAX_BYTES", 0)
    seed_project(db_path, seed_file)
    assert damage_pages(db_path, "sentences")
    db = open_project(db_path)  # the sentences' pages are not read at open...
    try:
        with pytest.raises(StorageError) as caught, db.snapshot():
            db.execute("SELECT count(*), max(length(text)) FROM sentences").fetchone()
        assert caught.value.kind == "corrupt"  # ...but reading them says the file is damaged
    finally:
        db.close()
    seed_project(db_path.with_name("other.sqlite"), seed_file)
    assert damage_pages(db_path.with_name("other.sqlite"), "documents")
    with pytest.raises(StorageError) as caught:
        open_project(db_path.with_name("other.sqlite"))
    assert caught.value.kind == "corrupt"


def test_a_damaged_old_project_is_refused_before_it_is_backed_up_or_migrated(
        db_path: Path) -> None:
    shutil.copyfile(FROZEN / "schema-v2.sqlite", db_path)
    damage_pages(db_path, "sentences")
    before = digest(db_path)
    with pytest.raises(StorageError) as caught:
        open_project(db_path)
    assert caught.value.kind == "corrupt"
    assert digest(db_path) == before
    assert not backup_path(db_path, 2).exists()


@pytest.mark.parametrize("cut", ["header", "first_page", "half"])
def test_truncated_files_are_damaged_projects(db_path: Path, seed_file: Path, cut: str) -> None:
    data = seed_project(db_path, seed_file).read_bytes()
    data = {"header": data[:100], "first_page": data[:4096], "half": data[:len(data) // 2]}[cut]
    db_path.write_bytes(data)
    with pytest.raises(StorageError) as caught:
        open_project(db_path)
    assert caught.value.kind == "corrupt" and caught.value.params["path"] == db_path
    assert db_path.read_bytes() == data


def test_a_damaged_schema_is_a_damaged_project(db_path: Path, seed_file: Path) -> None:
    seed_project(db_path, seed_file)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE sentences (' "
                 "WHERE name = 'sentences'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(StorageError) as caught:
        open_project(db_path)
    assert caught.value.kind == "corrupt"
    assert "malformed database schema" in caught.value.params["detail"]
    assert digest(db_path) == before


def damage_text(path: Path) -> None:
    """Replace the marker's bytes inside the rows with bytes that are not UTF-8: damage that
    leaves every page well-formed, so only reading the row finds it."""
    data = path.read_bytes()
    assert MARKER.encode() in data
    path.write_bytes(data.replace(MARKER.encode(), b"\xff" * len(MARKER)))


def test_damage_inside_a_row_is_a_storage_error_naming_the_file(db_path: Path) -> None:
    db = open_project(db_path)
    db.execute("INSERT INTO settings (key, value) VALUES ('note', ?)", [MARKER])
    db.conn.commit()
    db.close()
    damage_text(db_path)
    db = open_project(db_path)  # quick_check cannot see inside a row
    try:
        with pytest.raises(StorageError) as caught, db.snapshot():
            db.execute("SELECT value FROM settings WHERE key = 'note'").fetchone()
        assert caught.value.kind == "corrupt" and caught.value.params["path"] == db_path
        assert caught.value.params["detail"] == "Could not decode to UTF-8 column 'value'"
        with pytest.raises(StorageError) as caught, db.atomic():
            db.execute("SELECT value FROM settings WHERE key = 'note'").fetchone()
            db.execute("INSERT INTO settings (key, value) VALUES ('other', '1')")
        assert caught.value.kind == "corrupt"
        assert db.execute("SELECT count(*) FROM settings WHERE key = 'other'").fetchone()[0] == 0
    finally:
        db.close()


@pytest.mark.parametrize(("error", "kind"), [
    (sqlite3.DatabaseError("database disk image is malformed"), "corrupt"),
    (sqlite3.DatabaseError("file is not a database"), "corrupt"),
    (sqlite3.OperationalError("Could not decode to UTF-8 column 'text' with text 'x'"), "corrupt"),
    (sqlite3.OperationalError("disk I/O error"), "disk"),
    (sqlite3.OperationalError("database is locked"), "locked"),
])
def test_sqlite_failures_map_to_one_kind_each(error: sqlite3.Error, kind: str) -> None:
    mapped = storage_error(error, Path("p.sqlite"))
    assert mapped.kind == kind
    if kind == "corrupt":
        assert mapped.params["path"] == Path("p.sqlite")
        assert "with text" not in mapped.params["detail"]
