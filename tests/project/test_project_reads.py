"""The project's transactions: long reads never block a writer; changes combine."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from annotator.core.models import TargetStatus
from annotator.exchange.options import ExportOptions
from annotator.project import Changes, JobControl, Project, SetTarget
from annotator.storage.errors import StorageError


def test_an_edit_during_a_snapshot_read_succeeds_and_the_reader_sees_the_old_state(
        db_path: Path, seed_file: Path) -> None:
    writer = Project(db_path, busy_timeout_ms=200)
    writer.import_files([seed_file])
    doc_id = writer.document_ids()[0]
    sentence = writer.segments(doc_id)[3].sentence.id
    reader = Project(db_path)
    with reader.snapshot() as db:
        before = db.execute("SELECT count(*) FROM targets").fetchone()[0]
        SetTarget(writer, sentence, "Written during the read", TargetStatus.DRAFT).apply()
        assert db.execute("SELECT count(*) FROM targets").fetchone()[0] == before
    assert reader.db.execute("SELECT count(*) FROM targets").fetchone()[0] == before + 1
    reader.close()
    writer.close()


def test_export_reads_a_snapshot_while_an_edit_is_saved(db_path: Path, seed_file: Path,
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.exchange import writer as writer_module

    project = Project(db_path, busy_timeout_ms=200)
    project.import_files([seed_file])
    doc_id = project.document_ids()[0]
    last = project.segments(doc_id)[-1].sentence.id
    started, go_on = threading.Event(), threading.Event()
    original = writer_module.JsonlWriter.write

    def slow_write(self, item, out):  # type: ignore[no-untyped-def]
        started.set()
        assert go_on.wait(10)
        return original(self, item, out)

    monkeypatch.setattr(writer_module.JsonlWriter, "write", slow_write)
    out = tmp_path / "data.jsonl"
    results: list[object] = []

    def run_export() -> None:
        exporter = Project(db_path)
        try:
            results.append(exporter.export("jsonl", ExportOptions(), out, JobControl()))
        finally:
            exporter.close()

    thread = threading.Thread(target=run_export)
    thread.start()
    assert started.wait(10)
    SetTarget(project, last, "Saved while exporting", TargetStatus.TRANSLATED).apply()
    go_on.set()
    thread.join(20)
    assert results and "Saved while exporting" not in out.read_text(encoding="utf-8")
    assert project.segment(last).target.text == "Saved while exporting"  # type: ignore[union-attr]
    project.close()


def test_a_missing_project_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as raised:
        Project(tmp_path / "nothing.sqlite", create=False)
    assert raised.value.key == "storage.no_project"
    assert not (tmp_path / "nothing.sqlite").exists()


def test_a_non_project_file_is_refused_unchanged(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    with pytest.raises(StorageError) as raised:
        Project(notes)
    assert raised.value.key == "storage.not_sqlite"
    assert notes.read_text(encoding="utf-8") == "not a database"
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name)")
    conn.close()
    with pytest.raises(StorageError) as raised:
        Project(other)
    assert raised.value.key == "storage.foreign_database"


def test_changes_combine_and_say_what_they_touch() -> None:
    combined = Changes.of(sentences=[1]) | Changes.of(annotations=[2], actors=True)
    assert combined.sentences == {1} and combined.annotations == {2} and combined.actors
    assert combined.progress and not Changes().progress and Changes().empty
    assert Changes.of(documents=["d"]).touches_document("d")
    assert not Changes.of(sentences=[1]).touches_document("d")
