"""``annotator export --curated``: after curating the agreement fixture (ayse and mehmet), the
JSONL holds every sentence, with only the curator's annotations; the expectation is computed
from the curated rows stored in the project, not copied from an export."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from agreement_project import build

from annotator.cli import run
from annotator.project import Project
from annotator.storage.curation import CURATOR


def _cli(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    assert isinstance(code, int)
    return code, err.getvalue()


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _curate(db_path: Path) -> dict[int, tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
    """Take mehmet's version of "Türkiye", accept the agreeing "ABD", merge ayse's event into
    "Bakan"; return what the curator holds per sentence order (mentions, events)."""
    project = Project(db_path, who=lambda: "lead")
    try:
        doc_id = project.document_ids()[0]
        sentences = {s.text.split()[0]: s for s in project.curation(doc_id)}
        project.take(sentences["Türkiye"].sentence_id, "mehmet").apply()
        agreeing = project.accept_agreeing(doc_id)
        assert agreeing.count == 1
        agreeing.apply()
        bakan = sentences["Bakan"]
        project.take_items(bakan.sentence_id, list(bakan.version("ayse").events)).apply()
        expected = {}
        for sentence in project.curation(doc_id):
            curated = sentence.curated
            expected[sentence.order] = (
                [(str(m.side), m.start, m.end, m.actor_id) for m in curated.mentions],
                [(e.type, e.date, [a for a in e.actors], [r for r in e.recipients])
                 for e in curated.events])
    finally:
        project.close()
    return expected


def test_curated_export_holds_only_the_curators_annotations(db_path: Path,
                                                           tmp_path: Path) -> None:
    build(db_path, tmp_path)
    expected = _curate(db_path)
    # Three sentences curated, with mehmet's mentions and CONSULT of 28 November, the shared
    # SANCTION and ayse's CONSULT in "Bakan"; mehmet's REQUEST (not taken) is not curated.
    assert sum(bool(m or e) for m, e in expected.values()) == 3
    assert [e for _m, events in expected.values() for e in events] == [
        ("CONSULT", "2023-11-28", ["TUR"], ["USA"]), ("SANCTION", None, ["USA"], ["TUR"]),
        ("CONSULT", None, ["TUR"], [])]

    curated_out, full_out = tmp_path / "curated.jsonl", tmp_path / "full.jsonl"
    assert _cli("--db", str(db_path), "export", "--format", "jsonl", "--curated",
                "-o", str(curated_out))[0] == 0
    assert _cli("--db", str(db_path), "export", "--format", "jsonl",
                "-o", str(full_out))[0] == 0
    curated, full = _records(curated_out), _records(full_out)

    # Every sentence is exported (the curated export filters annotations, not sentences).
    assert [r["id"] for r in curated] == [r["id"] for r in full]
    got = {}
    for record in curated:
        assert all(e["annotator"] == CURATOR for e in record["events"])
        got[record["order"]] = (
            [(m["side"], m["start"], m["end"], m["actor"]) for m in record["mentions"]],
            [(e["type"], e.get("date"), [a["id"] for a in e["actor"]],
              [r["id"] for r in e["recipient"]]) for e in record["events"]])
    annotatable = {order: value for order, value in got.items() if order in expected}
    assert annotatable == expected
    assert all(value == ([], []) for order, value in got.items() if order not in expected)
    # Without --curated, ayse's and mehmet's work is there too.
    people = {e["annotator"] for r in full for e in r["events"]}
    assert people == {"ayse", "mehmet", CURATOR}
