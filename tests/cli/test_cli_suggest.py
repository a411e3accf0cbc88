"""`annotator suggest` run as a real subprocess on the sample commentary."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import annotator

from annotator.core.models import AnnotationStatus, Provenance
from annotator.storage.actor_seed import seed_default_actors
from annotator.storage.annotations import document_events, document_mentions
from annotator.storage.connection import open_project


@pytest.fixture
def project(tmp_path: Path, seed_file: Path) -> tuple[Path, str]:
    """A project file with the sample imported and the default actor registry."""
    db_path = tmp_path / "x.sqlite"
    imported = annotator("--db", str(db_path), "import", str(seed_file))
    assert imported.returncode == 0, imported.stderr
    db = open_project(db_path)
    seed_default_actors(db)
    db.close()
    return db_path, imported.stdout.split("\t")[0]


def test_suggest_prints_counts_and_stores_suggestions(project: tuple[Path, str]) -> None:
    db_path, doc_id = project
    result = annotator("--db", str(db_path), "suggest", doc_id[:6])
    assert result.returncode == 0, result.stderr
    shown_id, mentions, events = result.stdout.rstrip("\n").split("\t")
    assert shown_id == doc_id and int(mentions) > 10 and int(events) > 5
    db = open_project(db_path)
    stored_mentions, stored_events = document_mentions(db, doc_id), document_events(db, doc_id)
    db.close()
    assert (len(stored_mentions), len(stored_events)) == (int(mentions), int(events))
    assert {(e.status, e.provenance) for e in stored_events} == {
        (AnnotationStatus.SUGGESTED, Provenance.SUGGESTED)}
    assert ("CONSULT", ("phone",)) in {(e.type, e.modes) for e in stored_events}


def test_second_run_and_all_documents(project: tuple[Path, str]) -> None:
    db_path, doc_id = project
    assert annotator("--db", str(db_path), "suggest", "--all").returncode == 0
    again = annotator("--db", str(db_path), "suggest", "--all")
    assert again.returncode == 0, again.stderr
    assert again.stdout == f"{doc_id}\t0\t0\n"


@pytest.mark.parametrize("args", [("suggest", "nosuchdoc"), ("suggest",),
                                  ("suggest", "x", "--all")])
def test_bad_input_exits_2_with_one_line(project: tuple[Path, str], args: tuple[str, ...]) -> None:
    db_path, _doc_id = project
    result = annotator("--db", str(db_path), *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
