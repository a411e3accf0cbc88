"""Schema 5: event arguments bound to mentions (migration from 4, storage, suggestions)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import Side
from annotator.ingest.pipeline import import_file
from annotator.storage.actor_seed import ensure_default_actors
from annotator.storage.annotations import (
    add_event,
    add_mention,
    delete_mention,
    document_events,
    get_event,
    get_mention,
)
from annotator.storage.connection import open_project
from annotator.storage.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from annotator.storage.suggestions import suggest_document

NOW = "2024-01-01T00:00:00+00:00"
TEXT = "ABD Dışişleri açıkladı; ABD Senatosu'nun Azerbaycan'a yardımı kesildi, ABD ile dostuz."


def v4_project(path: Path) -> Database:
    """A file at schema 4 with one sentence, mentions and two events."""
    db = Database(sqlite3.connect(str(path)))
    for step in MIGRATIONS[:4]:
        step(db)
    db.execute("PRAGMA user_version = 4")
    db.execute("INSERT INTO documents (id, title, imported_at, text) VALUES ('d', 't', ?, ?)",
               [NOW, TEXT])
    db.execute("INSERT INTO blocks (id, document_id, ord, role, start, \"end\") "
               "VALUES (1, 'd', 0, 'body', 0, ?)", [len(TEXT)])
    db.execute("INSERT INTO sentences (id, document_id, block_id, ord, start, \"end\", text, "
               "search) VALUES (1, 'd', 1, 0, 0, ?, ?, '')", [len(TEXT), TEXT])
    for actor in ("USA", "AZE", "ARM"):
        db.execute("INSERT INTO actors (id, name, created, updated) VALUES (?, ?, ?, ?)",
                   [actor, actor, NOW, NOW])
    spans = [(1, "USA", "tr", 0, 3, "accepted"), (2, "USA", "tr", 24, 27, "suggested"),
             (3, "USA", "tr", 71, 74, "accepted"), (4, "AZE", "tr", 41, 51, "rejected"),
             (5, "AZE", "en", 10, 20, "accepted")]
    for mention_id, actor, side, start, end, status in spans:
        db.execute("INSERT INTO mentions (id, sentence_id, actor_id, side, start, \"end\", text, "
                   "created, updated, status) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [mention_id, actor, side, start, end, "x", NOW, NOW, status])
    for event_id, start, end in (("sanction", 61, 68), ("other", 61, 68)):
        db.execute("INSERT INTO events (id, sentence_id, type, trigger_tr_start, trigger_tr_end, "
                   "created, updated) VALUES (?, 1, 'SANCTION', ?, ?, ?, ?)",
                   [event_id, start, end, NOW, NOW])
    for event_id, actor, role in (("sanction", "USA", "actor"), ("sanction", "AZE", "recipient"),
                                  ("other", "ARM", "actor")):
        db.execute("INSERT INTO event_participants (event_id, actor_id, role) VALUES (?, ?, ?)",
                   [event_id, actor, role])
    db.conn.commit()
    return db


def test_the_v4_to_v5_migration_binds_participants_and_flags_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = v4_project(path)
    migrate(db, path, 4)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 5
    bound = dict(((e, r), m) for e, r, m in db.execute(
        "SELECT event_id, role, mention_id FROM event_participants"))
    # USA: the Turkish mention before the trigger and nearest it (24, suggested) beats the
    # accepted ones farther away (0) or after the trigger (71); AZE: the rejected Turkish one
    # is passed over for the English one.
    assert bound == {("sanction", "actor"): 2, ("sanction", "recipient"): 5,
                     ("other", "actor"): None}
    flags = dict(db.execute("SELECT id, needs_review FROM events").fetchall())
    assert flags == {"sanction": 0, "other": 1}
    for table, column in (("mentions", "score"), ("mentions", "rule"), ("events", "rule")):
        assert column in {c[1] for c in db.execute(f"PRAGMA table_info({table})")}
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("DELETE FROM mentions WHERE id = 2")  # ON DELETE SET NULL
    assert db.execute("SELECT mention_id FROM event_participants WHERE event_id = 'sanction' "
                      "AND role = 'actor'").fetchone() == (None,)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_bindings_are_stored_read_and_dropped_with_their_mention(db_path: Path,
                                                                 seed_file: Path) -> None:
    db = open_project(db_path)
    doc = import_file(db, seed_file).document
    ensure_default_actors(db)
    sentence = db.execute("SELECT id, text FROM sentences WHERE document_id = ? AND text LIKE ?",
                          [doc.id, "%ABD Senatosu'nun%"]).fetchone()
    first = add_mention(db, Mention(None, sentence[0], "USA", Side.TR, 11, 14, "ABD"))
    second = add_mention(db, Mention(None, sentence[0], "USA", Side.TR, *(
        (i := sentence[1].index("ABD Senatosu")), i + 3), "ABD"))
    event = add_event(db, Event("", sentence[0], "SANCTION", actors=("USA", "AZE"),
                                actor_mentions=(second.id,), rule="model"))
    stored = get_event(db, event.id)
    assert (stored.actor_mentions, stored.rule) == ((second.id, None), "model")
    # A binding to a mention of another actor is not kept.
    again = add_event(db, Event("", sentence[0], "ACCUSE", actors=("AZE",),
                                actor_mentions=(first.id,)))
    assert get_event(db, again.id).actor_mentions == ()
    assert second.id is not None
    delete_mention(db, second.id)
    assert get_event(db, event.id).actor_mentions == ()
    assert get_event(db, event.id).actors == ("USA", "AZE")
    db.close()


def test_suggested_events_bind_the_span_the_rule_read(db_path: Path, seed_file: Path) -> None:
    db = open_project(db_path)
    doc = import_file(db, seed_file).document
    suggest_document(db, doc.id)
    senate = db.execute("SELECT id, text FROM sentences WHERE document_id = ? AND text LIKE ?",
                        [doc.id, "%ABD Senatosu'nun%"]).fetchone()
    [sanction] = [e for e in document_events(db, doc.id)
                  if e.sentence_id == senate[0] and e.type == "SANCTION"]
    assert sanction.rule and sanction.confidence
    assert sanction.trigger_tr is not None
    bound = [get_mention(db, m) for m in sanction.actor_mentions if m is not None]
    assert bound, sanction
    assert senate[1][bound[0].start:].startswith("ABD Senatosu")
    assert bound[0].start > senate[1].index("ABD")  # not the State Department's "ABD"
    for event in document_events(db, doc.id):
        for actor_id, mention_id in (*event.bound("actor"), *event.bound("recipient")):
            if mention_id is not None:
                mention = get_mention(db, mention_id)
                assert (mention.actor_id, mention.sentence_id) == (actor_id, event.sentence_id)
    mention = get_mention(db, bound[0].id or 0)
    assert mention.rule == "registry"
    assert replace(mention, rule=None).rule is None
    db.close()
