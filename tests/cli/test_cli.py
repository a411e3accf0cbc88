"""The `annotator` command run as a real subprocess: import, docs, segment and user errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

from cli_helpers import annotator


def test_import_then_docs_lists_the_sample(tmp_path: Path, seed_file: Path) -> None:
    db = tmp_path / "x.sqlite"
    imported = annotator("--db", str(db), "import", str(seed_file))
    assert imported.returncode == 0, imported.stderr
    doc_id, title = imported.stdout.rstrip("\n").split("\t")
    assert "AZERBAYCAN" in title
    listed = annotator("--db", str(db), "docs")
    assert listed.returncode == 0, listed.stderr
    fields = listed.stdout.rstrip("\n").split("\t")
    assert fields[0] == doc_id and fields[1] == title
    assert int(fields[2]) > 20  # sentences
    assert fields[3:] == ["0%", "0%"]


def test_importing_the_same_file_twice_adds_nothing(tmp_path: Path, seed_file: Path) -> None:
    db = tmp_path / "x.sqlite"
    assert annotator("--db", str(db), "import", str(seed_file)).returncode == 0
    again = annotator("--db", str(db), "import", str(seed_file))
    assert again.returncode == 0
    assert again.stdout == ""
    assert "already in the project" in again.stderr
    assert len(annotator("--db", str(db), "docs").stdout.splitlines()) == 1


def test_db_falls_back_to_environment(db_path: Path, seed_file: Path) -> None:
    assert annotator("import", str(seed_file)).returncode == 0
    assert db_path.exists()


def test_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    result = annotator("--db", str(db), "import", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "missing.txt" in lines[0]
    assert "Traceback" not in result.stderr


def test_a_non_project_db_exits_2_and_is_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("not a database\n" * 20)
    before = db.read_bytes()
    result = annotator("--db", str(db), "docs")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not an Annotator project" in result.stderr
    assert db.read_bytes() == before


def test_segment_reads_stdin_and_prints_offsets() -> None:
    text = "Prof. Dr. Ali geldi. 3. Bölüm başladı."
    result = annotator("segment", "-", "--jsonl", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == ["Prof. Dr. Ali geldi.", "3. Bölüm başladı."]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)


def test_segment_plain_output_one_sentence_per_line(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("Bir. İki!\n\nÜç mü?", encoding="utf-8")
    result = annotator("segment", str(source))
    assert result.stdout.splitlines() == ["Bir.", "İki!", "Üç mü?"]


def test_help_lists_every_command_of_the_contract() -> None:
    # DESIGN.md section 8: the stable command-line contract.
    listed = annotator("--help").stdout.split("COMMAND", 1)[1]
    for command in ("gui", "import", "segment", "docs", "translate", "suggest", "export",
                    "import-annotations"):
        assert re.search(rf"\n    {command}\s", listed), command
    assert annotator("no-such-command").returncode == 2
