"""Rows made before the insert (annotation_rows) store exactly what single inserts store: the
same columns, and the same history JSON, byte for byte."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from dataclasses import asdict, replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Side
from annotator.ingest.pipeline import import_file
from annotator.storage.actor_seed import seed_default_actors
from annotator.storage.annotation_rows import (
    RowWriter,
    event_row,
    mention_row,
    new_ref,
    next_mention_id,
)
from annotator.storage.annotations import add_event, add_mention, get_event, get_mention
from annotator.storage.connection import open_project

STAMP = "2024-01-02T03:04:05+00:00"


@pytest.fixture
def sentence(db_path: Path, seed_file: Path) -> Iterator[tuple[Database, int]]:
    """A project with the sample commentary and a seeded registry, and one sentence's id."""
    db = open_project(db_path)
    seed_default_actors(db)
    doc_id = import_file(db, seed_file).document.id
    sentence_id = int(db.execute("SELECT id FROM sentences WHERE document_id = ? ORDER BY ord "
                                 "LIMIT 1 OFFSET 3", [doc_id]).fetchone()[0])
    yield db, sentence_id
    db.close()


def history(db: Database, table: str, row_id: object) -> str:
    (after,) = db.execute("SELECT after FROM history WHERE table_name = ? AND row_id = ? "
                          "AND action = 'insert'", [table, str(row_id)]).fetchone()
    return str(after)


def columns(db: Database, table: str, row_id: object) -> dict[str, object]:
    """A stored row without its id and times."""
    row = dict(next(iter(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))))
    return {k: v for k, v in row.items() if k not in ("id", "created", "updated")}


def test_mention_rows_store_what_add_mention_stores(sentence: tuple[Database, int]) -> None:
    db, sentence_id = sentence
    mentions = [
        Mention(None, sentence_id, "TUR", Side.TR, 0, 7, "Türkiye'nin \"çifte\" ☃",
                annotator="ayşe", provenance=Provenance.SUGGESTED,
                status=AnnotationStatus.SUGGESTED, score=0.1 + 0.2, rule="registry"),
        Mention(None, sentence_id, "USA", Side.EN, 3, 9, "U.S.", annotator=None,
                created="2020-05-06T07:08:09+00:00", needs_review=True),
    ]
    for mention in mentions:
        single = add_mention(db, mention)
        with db.atomic():
            writer = RowWriter(next_mention_id(db), STAMP)
            (batch_id,) = writer.add_mentions([mention_row(mention)])
            writer.write(db)
        assert batch_id == single.id + 1  # type: ignore[operator]
        assert columns(db, "mentions", batch_id) == columns(db, "mentions", single.id)
        stored = get_mention(db, batch_id)
        assert (stored.created, stored.updated) == (mention.created or STAMP, STAMP)
        assert history(db, "mentions", batch_id) == json.dumps(asdict(stored), ensure_ascii=False)
        assert mention_row(mention).mention(batch_id) == replace(stored, created=mention.created,
                                                                 updated="")


def test_event_rows_store_what_add_event_stores(sentence: tuple[Database, int]) -> None:
    db, sentence_id = sentence
    usa, aze = (add_mention(db, Mention(None, sentence_id, actor, Side.TR, start, start + 3,
                                        "abc", annotator="ayse"))
                for actor, start in (("USA", 0), ("AZE", 10)))
    event = Event("ev-rows-1", sentence_id, "CONSULT", modes=("verbal",),
                  contexts=("diplomatic", "çatışma"), aux=("future",),
                  actors=("USA", "TUR", "USA"), recipients=("AZE",),
                  trigger_tr=(4, 9), date="2023-11-27", date_text="27 Kasım'da",
                  confidence=0.7, note="not ☃", annotator="ayşe",
                  provenance=Provenance.SUGGESTED, status=AnnotationStatus.SUGGESTED,
                  actor_mentions=(usa.id, None, None), recipient_mentions=(aze.id,),
                  rule="tr.phone")
    single = add_event(db, event)
    with db.atomic():
        writer = RowWriter(next_mention_id(db), STAMP)
        writer.add_event(event_row(replace(event, id="ev-rows-2")))
        writer.write(db)
    assert columns(db, "events", "ev-rows-2") == columns(db, "events", single.id)
    participants = "SELECT actor_id, role, ord, mention_id FROM event_participants " \
                   "WHERE event_id = ? ORDER BY role, ord"
    assert (db.execute(participants, ["ev-rows-2"]).fetchall()
            == db.execute(participants, [single.id]).fetchall()
            == [("USA", "actor", 0, usa.id), ("TUR", "actor", 1, None),
                ("AZE", "recipient", 0, aze.id)])
    assert get_event(db, "ev-rows-2") == replace(get_event(db, single.id), id="ev-rows-2",
                                                 created=STAMP, updated=STAMP)
    # the history holds the event as it was given (the repeated actor too), as add_event's does
    given = replace(event, id="ev-rows-2", created=STAMP, updated=STAMP)
    assert history(db, "events", "ev-rows-2") == json.dumps(asdict(given), ensure_ascii=False)
    assert history(db, "events", single.id) == json.dumps(asdict(single), ensure_ascii=False)
    assert event_row(event).event() == replace(event, actor_mentions=(), recipient_mentions=())


def test_references_to_new_mentions_get_their_ids(sentence: tuple[Database, int]) -> None:
    """An event bound to mentions of the same batch (what a plan holds) is stored bound to the
    ids they get; a row survives pickling (the plan crosses processes)."""
    db, sentence_id = sentence
    new = [Mention(new_ref(k), sentence_id, actor, Side.TR, 5 * k, 5 * k + 3, "abc",
                   annotator="suggest") for k, actor in enumerate(("USA", "AZE", "USA"))]
    event = Event("ev-rows-3", sentence_id, "MEET", actors=("USA",), recipients=("AZE", "RUS"),
                  actor_mentions=(new_ref(2),), recipient_mentions=(new_ref(1), None),
                  annotator="suggest")
    rows = pickle.loads(pickle.dumps(([mention_row(m) for m in new], event_row(event))))
    with db.atomic():
        writer = RowWriter(next_mention_id(db), STAMP)
        ids = writer.add_mentions(rows[0])
        writer.add_event(rows[1], ids)
        writer.write(db)
    stored = get_event(db, "ev-rows-3")
    assert (stored.actor_mentions, stored.recipient_mentions) == ((ids[2],), (ids[1], None))
    assert [get_mention(db, i).actor_id for i in ids] == ["USA", "AZE", "USA"]
    assert json.loads(history(db, "events", "ev-rows-3"))["actor_mentions"] == [ids[2]]
    assert history(db, "events", "ev-rows-3") == json.dumps(asdict(stored), ensure_ascii=False)


def test_a_row_needs_an_event_id(sentence: tuple[Database, int]) -> None:
    _db, sentence_id = sentence
    with pytest.raises(ValueError, match="id"):
        event_row(Event("", sentence_id, "MEET"))
