"""Export can refuse events that break PLOVER's rules, leaving no file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.annotations import Actor, Event
from annotator.exchange.errors import ExportOptionsError
from annotator.exchange.export import export
from annotator.exchange.options import ExportOptions
from annotator.ingest.pipeline import import_file
from annotator.storage.actors import add_actor
from annotator.storage.annotations import add_event
from annotator.storage.connection import open_project
from annotator.storage.segments import get_segments


def test_enforced_rules_refuse_a_sanction_without_recipient(db_path: Path, seed_file: Path,
                                                            tmp_path: Path) -> None:
    db = open_project(db_path)
    doc_id = import_file(db, seed_file).document.id
    senate = add_actor(db, Actor("USA-LEG-senate", "ABD Senatosu", "USA", "LEG"))
    sentence = next(s.sentence for s in get_segments(db, doc_id)
                    if "askeri yardımın" in s.sentence.text)
    add_event(db, Event("", sentence.id, "SANCTION", modes=("discontinue",),
                        actors=(senate.id,)))
    out = tmp_path / "events.jsonl"
    with pytest.raises(ExportOptionsError) as caught:
        export(db, "jsonl", ExportOptions(enforce_rules=True), out)
    assert (caught.value.kind, caught.value.params["count"]) == ("rule_problems", 1)
    assert "(SANCTION): SANCTION needs a recipient" in caught.value.params["problems"]
    assert str(caught.value).startswith("Nothing was exported: ")
    assert not out.exists() and not list(tmp_path.glob("events.jsonl*"))
    report = export(db, "jsonl", ExportOptions(), out)  # not asked: exported as it is
    assert report.events == 1 and out.exists()
    db.close()
