"""`annotator qa` and `annotator glossary` run as real subprocesses: the issues of a document,
JSONL fields, exit 1 on errors only, marks "not an error" respected; terms added, listed,
exported and imported again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import annotator

from annotator.core.glossary import GlossaryTerm
from annotator.core.models import TargetStatus
from annotator.project import Project, SetTarget
from annotator.storage.glossary import set_qa_ignored

TEXT = ("Başlık\n\nEnflasyon yüzde 3,5 oldu. Dışişleri Bakanı 13.12.2023'te konuştu. "
        "Seçimler yaklaşıyor.\n")


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, str, dict[str, int]]:
    """A document whose first sentence lost its number (error), second uses a forbidden term
    (error) and third is fine."""
    db_path = tmp_path / "qa.sqlite"
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    opened = Project(db_path)
    opened.import_files([tmp_path / "doc.txt"])
    doc_id = opened.document_ids()[0]
    opened.add_term(GlossaryTerm(source="Dışişleri Bakanı", targets=("Foreign Minister",),
                                 forbidden=("Foreign Affairs Minister",)))
    ids = {s.sentence.text.split()[0]: s.sentence.id for s in opened.segments(doc_id)}
    for first, english in (("Enflasyon", "Inflation was 3 percent."),
                           ("Dışişleri", "The Foreign Affairs Minister spoke on 13 December "
                                         "2023."),
                           ("Seçimler", "The elections are approaching.")):
        SetTarget(opened, ids[first], english, TargetStatus.TRANSLATED).apply()
    opened.close()
    return db_path, doc_id, ids


def test_qa_lists_the_issues_and_exits_1_on_errors(project) -> None:  # type: ignore[no-untyped-def]
    db_path, doc_id, _ids = project
    result = annotator("--db", str(db_path), "qa", doc_id[:6])
    assert result.returncode == 1, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(line[1], line[2]) for line in lines] == [
        ("error", "numbers"), ("error", "term_forbidden"), ("warning", "term_missing")]
    assert lines[0][0] == f"{doc_id}:1" and "3,5" in lines[0][3]


def test_qa_jsonl_gives_one_object_per_issue_with_the_documented_fields(project) -> None:  # type: ignore[no-untyped-def]
    db_path, doc_id, _ids = project
    result = annotator("--db", str(db_path), "qa", "--all", "--jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert {tuple(sorted(r)) for r in records} == {("check", "message", "sentence", "severity")}
    forbidden = next(r for r in records if r["check"] == "term_forbidden")
    assert forbidden["sentence"] == f"{doc_id}:2" and forbidden["severity"] == "error"
    assert "Foreign Affairs Minister" in forbidden["message"]


def test_marked_issues_are_left_out_and_exit_0_when_no_error_is_left(project) -> None:  # type: ignore[no-untyped-def]
    db_path, doc_id, _ids = project
    opened = Project(db_path)
    for finding in opened.document_qa(doc_id):
        set_qa_ignored(opened.db, finding.sentence_id, finding.issue.check, finding.issue.detail,
                       True)
    opened.close()
    result = annotator("--db", str(db_path), "qa", doc_id, "--jsonl")
    assert (result.returncode, result.stdout) == (0, "")
    shown = annotator("--db", str(db_path), "qa", doc_id, "--jsonl", "--include-ignored")
    assert shown.returncode == 0
    assert all(json.loads(line)["ignored"] for line in shown.stdout.splitlines())


def test_qa_without_a_document_or_with_a_wrong_one_exits_2(project) -> None:  # type: ignore[no-untyped-def]
    db_path, _doc_id, _ids = project
    for args in (("qa",), ("qa", "nosuchdoc"), ("qa", "x", "--all")):
        result = annotator("--db", str(db_path), *args)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, args


def test_glossary_add_list_export_and_import_round_trip(project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db_path, _doc_id, _ids = project
    added = annotator("--db", str(db_path), "glossary", "add", "Güney Kafkasya", "South Caucasus",
                      "--note", "region")
    assert added.returncode == 0, added.stderr
    again = annotator("--db", str(db_path), "glossary", "add", "güney kafkasya", "S. Caucasus")
    assert again.returncode == 2 and "already has an entry" in again.stderr
    listed = annotator("--db", str(db_path), "glossary", "list").stdout.splitlines()
    assert listed == ["Dışişleri Bakanı\tForeign Minister\tForeign Affairs Minister\t",
                      "Güney Kafkasya\tSouth Caucasus\t\tregion"]
    for name in ("terms.tbx", "terms.csv"):
        exported = annotator("--db", str(db_path), "glossary", "export", str(tmp_path / name))
        assert exported.returncode == 0 and exported.stdout.endswith("\t2\n"), exported.stderr
        other = tmp_path / f"other-{name}.sqlite"
        imported = annotator("--db", str(other), "glossary", "import", str(tmp_path / name))
        assert imported.returncode == 0, imported.stderr
        assert imported.stdout.split("\t")[1:] == ["2", "0", "0", "0\n"]
        assert annotator("--db", str(other), "glossary", "list").stdout.splitlines() == listed
