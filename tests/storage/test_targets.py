"""Saving the translator's English: upsert, history rows, and durability across connections."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.models import TargetStatus
from annotator.ingest.pipeline import import_file
from annotator.storage.connection import open_project
from annotator.storage.documents import get_sentences
from annotator.storage.targets import get_target, get_targets, save_target


def test_save_is_visible_to_a_new_connection_with_history(db_path: Path, seed_file: Path) -> None:
    db = open_project(db_path)
    doc_id = import_file(db, seed_file).document.id
    first = get_sentences(db, doc_id)[3]
    assert get_target(db, first.id).status is TargetStatus.UNTRANSLATED
    save_target(db, first.id, "A draft", TargetStatus.DRAFT, "ayse", add_seconds=4)
    save_target(db, first.id, "The final İstanbul text", TargetStatus.TRANSLATED, "ayse",
                add_seconds=6)
    other = open_project(db_path)  # a second connection sees committed data at once
    target = get_target(other, first.id)
    assert (target.text, target.status, target.seconds) == \
        ("The final İstanbul text", TargetStatus.TRANSLATED, 10)
    assert get_targets(other, doc_id) == {first.id: target}
    rows = list(other.query("SELECT action, before, after FROM history ORDER BY id"))
    assert [r["action"] for r in rows] == ["insert", "update"]
    assert json.loads(rows[1]["before"]) == {"text": "A draft", "status": "draft"}
    assert json.loads(rows[1]["after"])["text"] == "The final İstanbul text"
    search = other.execute("SELECT search FROM targets").fetchone()[0]
    assert "istanbul" in search
    other.close()
    db.close()
