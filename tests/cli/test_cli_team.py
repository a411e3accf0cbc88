"""`annotator assign` and `annotator merge` in a subprocess: the round trip and its exit codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_helpers import annotator

from annotator.core.annotations import Mention
from annotator.core.models import Side
from annotator.storage.annotations import add_mention
from annotator.storage.connection import open_project


def _mentions(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT annotator, text FROM mentions ORDER BY id").fetchall()
    finally:
        conn.close()


def test_assign_and_merge_round_trip(tmp_path: Path, seed_file: Path) -> None:
    team, out = tmp_path / "team.sqlite", tmp_path / "ayse.sqlite"
    imported = annotator("--db", str(team), "import", str(seed_file))
    assert imported.returncode == 0, imported.stderr
    doc = imported.stdout.split("\t")[0]

    assigned = annotator("--db", str(team), "assign", doc[:6], "--to", "ayse", "-o", str(out))
    assert assigned.returncode == 0, assigned.stderr
    assert assigned.stdout.split("\t")[:3] == [str(out), "ayse", "1"]
    again = annotator("--db", str(team), "assign", doc, "--to", "ayse", "-o", str(out))
    assert again.returncode == 2 and "--force" in again.stderr
    assert annotator("--db", str(team), "assign", doc, "--to", "ayse", "-o", str(out),
                     "--force").returncode == 0

    db = open_project(out)
    sentence, text = db.execute("SELECT id, text FROM sentences WHERE ord = 4").fetchone()
    start = text.index("Azerbaycan")
    db.execute("INSERT INTO actors (id, name, created, updated) VALUES ('AZE', 'Azerbaijan', "
                "'x', 'x')")
    add_mention(db, Mention(None, sentence, "AZE", Side.TR, start, start + 10, "Azerbaycan",
                            annotator="ayse"))
    db.conn.commit()
    db.close()

    merged = annotator("--db", str(team), "merge", str(out))
    assert merged.returncode == 0, merged.stderr
    name, added, updated, already, conflicts = merged.stdout.strip().split("\t")
    assert (name, added, updated, conflicts) == (str(out), "2", "0", "0")  # actor, mention
    assert int(already) >= 1 + 48  # the document and its sentences
    assert _mentions(team) == [("ayse", "Azerbaycan")]
    twice = annotator("--db", str(team), "merge", str(out))
    assert twice.returncode == 0
    assert twice.stdout.strip().split("\t")[1:3] == ["0", "0"]
    assert _mentions(team) == [("ayse", "Azerbaycan")]

    # A new team project is created by merge; an actor clash goes to stderr, exit 0.
    conn = sqlite3.connect(team)
    conn.execute("UPDATE actors SET name = 'Azerbaycan Cumhuriyeti' WHERE id = 'AZE'")
    conn.commit()
    conn.close()
    fresh = tmp_path / "fresh.sqlite"
    both = annotator("--db", str(fresh), "merge", str(out), str(team))
    assert both.returncode == 0, both.stderr
    assert len(both.stdout.splitlines()) == 2
    assert f"{team}: conflict: actor AZE:" in both.stderr
    assert fresh.exists()


def test_bad_files_exit_2_and_merge_nothing(tmp_path: Path, seed_file: Path) -> None:
    team = tmp_path / "team.sqlite"
    assert annotator("--db", str(team), "import", str(seed_file)).returncode == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    for args, words in (((str(team),), "team project itself"),
                        ((str(tmp_path / "missing.sqlite"),), "does not exist"),
                        ((str(notes),), "not an Annotator project"),
                        ((str(tmp_path),), "is a folder")):
        result = annotator("--db", str(team), "merge", *args)
        assert result.returncode == 2 and words in result.stderr, result.stderr
        assert result.stdout == "" and len(result.stderr.splitlines()) == 1
    fresh = tmp_path / "fresh.sqlite"
    result = annotator("--db", str(fresh), "merge", str(team), str(notes))
    assert result.returncode == 2 and not fresh.exists()
