"""`annotator agreement` as a real subprocess: JSONL keys and values, the plain table, a
document chosen by prefix, and "nothing to compare" (exit 0, one stderr line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from agreement_project import build
from cli_helpers import annotator

from annotator.project import Project

KEYS = ["measure", "annotators", "document", "event_type", "value", "n"]


def test_jsonl_prints_one_object_per_figure_with_the_issue_keys(db_path: Path,
                                                                 tmp_path: Path) -> None:
    doc_id = build(db_path, tmp_path)
    result = annotator("--db", str(db_path), "agreement", doc_id[:6], "--jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(list(r) == KEYS for r in records)
    by_key = {(r["measure"], r["event_type"]): r for r in records}
    kappa = by_key["event_type_kappa", None]
    # The hand arithmetic of tests/project/test_agreement_ops.py: 7/12 on 15 items.
    assert kappa["value"] == pytest.approx(7 / 12) and kappa["n"] == 15
    assert kappa["annotators"] == ["ayse", "mehmet"] and kappa["document"] == doc_id
    assert by_key["event_type_alpha", None]["annotators"] == ["ayse", "mehmet"]
    assert by_key["mention_f1_exact", None]["value"] == pytest.approx(0.5)
    assert by_key["translation_ter", None]["value"] == pytest.approx(1 / 6)
    assert {r["measure"] for r in records} >= {"translation_chrf", "event_slot_agreement"}


def test_plain_output_is_a_tab_separated_table(db_path: Path, tmp_path: Path) -> None:
    doc_id = build(db_path, tmp_path)
    result = annotator("--db", str(db_path), "agreement")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(row) == 6 for row in rows)
    assert ["event_type_kappa", "ayse+mehmet", doc_id, "*", "0.5833", "15"] in rows
    # κ of REQUEST alone: ayse never used it -> p_o = 4/5, p_e = 4/5 -> 0.
    assert ["event_type_kappa", "ayse+mehmet", doc_id, "REQUEST", "0.0000", "5"] in rows


def test_nothing_to_compare_says_so_and_exits_0(db_path: Path, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("Başlık\n\nBir cümle.\n", encoding="utf-8")
    project = Project(db_path)
    project.import_files([tmp_path / "doc.txt"])
    project.close()
    result = annotator("--db", str(db_path), "agreement", "--jsonl")
    assert result.returncode == 0
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "nothing to compare" in result.stderr


def test_an_unknown_document_is_bad_input(db_path: Path, tmp_path: Path) -> None:
    build(db_path, tmp_path)
    result = annotator("--db", str(db_path), "agreement", "nope")
    assert result.returncode == 2
    assert result.stderr.startswith("annotator: error:") and result.stdout == ""


def test_no_project_is_bad_input_and_none_is_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    result = annotator("--db", str(missing), "agreement")
    assert result.returncode == 2 and "There is no project" in result.stderr
    assert not missing.exists()
