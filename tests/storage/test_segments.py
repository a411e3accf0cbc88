"""The grid query: sentences with targets and latest MT; MT outputs per engine; time spent."""

from __future__ import annotations

from pathlib import Path

from annotator.core.models import BlockRole, TargetStatus
from annotator.ingest.pipeline import import_file
from annotator.storage.connection import open_project
from annotator.storage.segments import add_seconds, get_segments
from annotator.storage.targets import get_target, save_target
from annotator.storage.translations import latest_per_engine


def add_translation(db, sentence_id: int, engine: str, text: str | None,  # type: ignore[no-untyped-def]
                    kind: str | None = None) -> None:
    db.execute("INSERT INTO translations (sentence_id, engine, source_lang, target_lang, text, "
               "error_kind, error, created) VALUES (?, ?, 'tr', 'en', ?, ?, ?, 'now')",
               [sentence_id, engine, text, kind, kind and f"{kind} error"])


def test_segments_carry_targets_and_latest_mt(db_path: Path, seed_file: Path) -> None:
    db = open_project(db_path)
    doc_id = import_file(db, seed_file).document.id
    segments = get_segments(db, doc_id)
    assert [s.sentence.order for s in segments] == list(range(len(segments)))
    assert segments[0].sentence.role is BlockRole.TITLE
    body = next(s for s in segments if s.sentence.role is BlockRole.BODY)
    sid = body.sentence.id
    add_translation(db, sid, "google", "Old MT.")
    add_translation(db, sid, "libre", "Newer MT.")
    add_translation(db, sid, "google", None, "timeout")
    save_target(db, sid, "My English.", TargetStatus.DRAFT, "ayse")
    again = {s.sentence.id: s for s in get_segments(db, doc_id)}[sid]
    assert (again.mt, again.mt_engine) == ("Newer MT.", "libre")
    assert (again.target.text, again.target.status) == ("My English.", TargetStatus.DRAFT)
    outputs = latest_per_engine(db, sid)
    assert [(o.engine, o.text) for o in outputs] == [("google", "Old MT."), ("libre", "Newer MT.")]
    db.close()


def test_time_spent_accumulates_without_touching_status(db_path: Path, seed_file: Path) -> None:
    db = open_project(db_path)
    doc_id = import_file(db, seed_file).document.id
    sid = get_segments(db, doc_id)[4].sentence.id
    add_seconds(db, sid, 3.5)
    add_seconds(db, sid, 1.5)
    target = get_target(db, sid)
    assert (target.seconds, target.status, target.text) == (5.0, TargetStatus.UNTRANSLATED, "")
    db.close()
