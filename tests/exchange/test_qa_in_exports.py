"""Exports carry QA results where the format has a place for them: the JSONL ``qa`` list and
XLIFF notes on the target; issues marked "not an error" are left out; the records still validate
against the JSON Schema and the XLIFF still imports."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

from annotator.core.glossary import GlossaryTerm
from annotator.core.models import TargetStatus
from annotator.exchange.jsonl_import import sentence_validator
from annotator.exchange.options import ExportOptions
from annotator.project import Project, SetTarget
from annotator.storage.glossary import set_qa_ignored

TEXT = "Başlık\n\nEnflasyon yüzde 3,5 oldu. Dışişleri Bakanı konuştu. Seçimler yaklaşıyor.\n"
NS = {"x": "urn:oasis:names:tc:xliff:document:2.0"}


def make_project(db_path: Path, tmp_path: Path) -> tuple[Project, dict[str, int]]:
    project = Project(db_path)
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    project.import_files([tmp_path / "doc.txt"])
    project.add_term(GlossaryTerm(source="Dışişleri Bakanı", targets=("Foreign Minister",)))
    doc = project.document_ids()[0]
    ids = {s.sentence.text.split()[0]: s.sentence.id for s in project.segments(doc)}
    for first, english in (("Enflasyon", "Inflation was 3 percent."),
                           ("Dışişleri", "The minister spoke."),
                           ("Seçimler", "Elections are coming.")):
        SetTarget(project, ids[first], english, TargetStatus.TRANSLATED).apply()
    return project, ids


def test_jsonl_records_list_the_open_qa_issues(db_path: Path, tmp_path: Path) -> None:
    project, _ids = make_project(db_path, tmp_path)
    finding = next(f for f in project.document_qa(project.document_ids()[0])
                   if f.issue.check == "term_missing")
    set_qa_ignored(project.db, finding.sentence_id, "term_missing", finding.issue.detail, True)
    out = tmp_path / "out.jsonl"
    project.export("jsonl", ExportOptions(), out)
    project.close()
    records = {r["source"]["text"].split()[0]: r
               for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert records["Enflasyon"]["qa"] == [{
        "check": "numbers", "severity": "error",
        "message": "The number 3,5 of the Turkish is not in the English."}]
    assert records["Dışişleri"]["qa"] == []  # marked "not an error"
    assert records["Seçimler"]["qa"] == []
    validator = sentence_validator()
    for record in records.values():
        assert not list(validator.iter_errors(record))


def test_xliff_units_carry_qa_notes_and_import_again(db_path: Path, tmp_path: Path) -> None:
    project, _ids = make_project(db_path, tmp_path)
    out = tmp_path / "out.xlf"
    project.export("xliff", ExportOptions(), out)
    root = ElementTree.parse(out).getroot()
    notes = {unit.get("id"): [(n.get("category"), n.get("priority"), n.text)
                              for n in unit.findall("x:notes/x:note", NS)]
             for unit in root.iter(f"{{{NS['x']}}}unit")}
    doc = project.document_ids()[0]
    number_unit = notes[f"{doc}:1"]
    assert ("qa", "1", "[numbers] The number 3,5 of the Turkish is not in the English.") \
        in number_unit
    assert next(n for n in notes[f"{doc}:2"] if n[0] == "qa")[1] == "5"  # a warning
    assert [n for n in notes[f"{doc}:3"] if n[0] == "qa"] == []
    report = project.import_annotations(out).report
    assert report is not None
    project.close()


def test_no_qa_leaves_the_field_out(db_path: Path, tmp_path: Path) -> None:
    project, _ids = make_project(db_path, tmp_path)
    out = tmp_path / "fast.jsonl"
    project.export("jsonl", ExportOptions(qa=False), out)
    project.close()
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert records and all("qa" not in record for record in records)
