"""``annotator export`` and ``annotator import-annotations`` from the command line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from exchange_helpers import annotate_sample, counts, read_jsonl

from annotator.cli import run
from annotator.storage.connection import open_project


@pytest.fixture
def annotated(db_path: Path, seed_file: Path) -> str:
    db = open_project(db_path)
    doc_id = annotate_sample(db, seed_file).doc_id
    db.close()
    return doc_id


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    assert isinstance(code, int)
    return code, out.getvalue(), err.getvalue()


def test_export_is_listed_and_runs_as_a_real_command(annotated: str, tmp_path: Path) -> None:
    listed = subprocess.run([sys.executable, "-m", "annotator", "--help"], capture_output=True,
                            text=True, env=os.environ.copy(), check=True).stdout
    assert "\n    export " in listed and "\n    import-annotations\n" in listed
    out = tmp_path / "d.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "export", "--format", "jsonl", "--doc",
         annotated[:6], "--split", "80/10/10", "--seed", "4", "-o", str(out)],
        capture_output=True, text=True, env=os.environ.copy(), timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "export: 100%" in result.stderr and "jsonl:" in result.stderr
    assert len(read_jsonl(out)) > 20


def test_filters_reach_the_export(annotated: str, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    code, _, err = cli("export", "--format", "jsonl", "--status", "reviewed", "translated",
                       "--roles", "body", "--annotator", "ayse", "--include-suggestions",
                       "-o", str(out))
    assert code == 0, err
    records = read_jsonl(out)
    assert {r["translation"]["status"] for r in records} == {"reviewed", "translated"}
    assert {a["annotator"] for r in records for a in r["mentions"]} == {"ayse"}


@pytest.mark.parametrize(("args", "words"), [
    (["--format", "jsonl", "--doc", "nothing-like-this"],
     "No document matches “nothing-like-this”"),
    (["--format", "jsonl", "--split", "80/30"], "summing to 100"),
    (["--format", "jsonl", "--split", "a/b"], "percentages"),
])
def test_bad_export_requests_exit_2_with_one_line(annotated: str, tmp_path: Path,
                                                  args: list[str], words: str) -> None:
    out = tmp_path / "x.jsonl"
    code, stdout, err = cli("export", *args, "-o", str(out))
    assert code == 2 and stdout == ""
    assert len(err.strip().splitlines()) == 1 and words in err
    assert not out.exists()


def test_export_into_a_missing_folder_exits_2(annotated: str, tmp_path: Path) -> None:
    code, _, err = cli("export", "--format", "csv", "-o", str(tmp_path / "no" / "x.csv"))
    assert code == 2 and "does not exist" in err


def test_import_annotations_round_trip_and_a_bad_file(annotated: str, tmp_path: Path,
                                                      db_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    assert cli("export", "--format", "jsonl", "-o", str(out))[0] == 0
    other = tmp_path / "other.sqlite"
    code, _, err = cli("--db", str(other), "import-annotations", str(out))
    assert code == 0, err
    assert "documents 1" in err
    bad = tmp_path / "bad.jsonl"
    lines = out.read_text("utf-8").splitlines()
    bad.write_text("\n".join([*lines[:2], "{oops", *lines[2:]]) + "\n", encoding="utf-8")
    db = open_project(tmp_path / "third.sqlite")
    before = counts(db)
    db.close()
    code, stdout, err = cli("--db", str(tmp_path / "third.sqlite"), "import-annotations",
                            str(bad))
    assert code == 2 and stdout == ""
    assert err.strip().splitlines() == [f"annotator: error: {bad}:3: not valid JSON: "
                                        "Expecting property name enclosed in double quotes "
                                        "(column 2)."]
    db = open_project(tmp_path / "third.sqlite")
    assert counts(db) == before
    db.close()
