"""Merging actors, mentions, events and their participants from a project file into the team's.

Actors merge by id: a new id is added; an actor the team already has keeps its fields, gains the
aliases and the empty fields (sector, CAMEO, Wikidata...) the file fills in, and a field both
fill in differently (another name, another country) is a conflict: reported, never overwritten.

Annotations are kept per annotator. A mention is the same mention when its sentence, side, span,
actor and annotator are the same; an event is the same event when it has the same id, sentence
and annotator (the same row, edited in the file), or the same sentence, type, annotator and
trigger spans. The same row with a later ``updated`` in the file replaces the
team's fields (a status, a date, the participants); any other row is added (mentions get new
ids, events keep theirs unless the id is taken), and the participants' bound mentions are
renumbered with them. English spans made on another English than the team's current one are
moved onto it (:func:`~annotator.core.anchoring.reanchor`) and flagged ``needs_review`` when
their words were edited or are gone.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from annotator.core.anchoring import reanchor
from annotator.exchange.team_report import MergeReport
from annotator.exchange.team_rows import history, insert_row, rows, update_row
from annotator.storage.actors import aliases_without
from annotator.storage.annotations import new_event_id

English = dict[int, tuple[str, str]]  # team sentence id → (the file's English, the team's)

_ACTOR_FIELDS = ("name", "country", "sector", "cameo", "wikidata")
_MENTION_FIELDS = ("side", "start", "end", "actor_id", "text", "status", "provenance",
                   "needs_review", "score", "rule", "updated")


def merge_actors(db: Database, src: Database, report: MergeReport) -> None:
    """Add the file's new actors; complete known ones; report the ones that disagree."""
    count = report.count("actors")
    for actor in rows(src, "SELECT * FROM actors ORDER BY id"):
        found = rows(db, "SELECT * FROM actors WHERE id = ?", [actor["id"]])
        if not found:
            insert_row(db, "actors", actor)
            history(db, "actors", actor["id"], "insert", actor["annotator"], None, actor)
            count.added += 1
            continue
        team = found[0]
        differing = [name for name in _ACTOR_FIELDS
                     if actor[name] and team[name] and actor[name] != team[name]]
        if differing:
            detail = "; ".join(f"{name} “{team[name]}” in the team project, “{actor[name]}” in "
                               "the file" for name in differing)
            report.conflict("actors", "actor", actor["id"], detail)
            continue
        changes = {name: actor[name] for name in _ACTOR_FIELDS if actor[name] and not team[name]}
        for side in ("aliases_tr", "aliases_en"):
            mine = json.loads(team[side])
            merged = list(aliases_without((*mine, *json.loads(actor[side])), team["name"]))
            if merged != mine:
                changes[side] = json.dumps(merged, ensure_ascii=False)
        if not changes:
            count.already += 1
            continue
        update_row(db, "actors", "id", actor["id"], changes)
        history(db, "actors", actor["id"], "update", actor["annotator"], team,
                {**team, **changes})
        count.updated += 1


def _moved(row: dict[str, Any], start: str, end: str, texts: tuple[str, str] | None) -> None:
    """Move an English span of ``row`` from the file's English onto the team's (in place)."""
    if texts is None or texts[0] == texts[1] or row[start] is None:
        return
    old, new = texts
    try:
        found = reanchor(old, new, (row[start], row[end]))
    except ValueError:  # a span that did not fit the file's English: already to review
        found = None
    if found is None:
        row["needs_review"] = 1
        return
    row[start], row[end] = found.start, found.end
    row["needs_review"] = int(bool(row["needs_review"]) or found.changed)
    if "text" in row:
        row["text"] = new[found.start:found.end]


def merge_mentions(db: Database, src: Database, report: MergeReport, sentences: dict[int, int],
                   english: English) -> dict[int, int]:
    """Merge the mentions of the mapped sentences; returns file mention id → team mention id."""
    count = report.count("mentions")
    ids: dict[int, int] = {}
    claimed: set[int] = set()  # team mentions this merge matched or added: never matched twice
    for mention in rows(src, "SELECT * FROM mentions ORDER BY id"):
        sentence = sentences.get(mention["sentence_id"])
        if sentence is None:
            continue
        row = {**mention, "sentence_id": sentence}
        source_id = row.pop("id")
        if row["side"] == "en":
            _moved(row, "start", "end", english.get(sentence))
        # The same row (an assignment keeps the team's ids; ``created`` tells it from another
        # row that happens to have the same number), edited in the file or not; else the same
        # span, actor and annotator.
        candidates = db.execute(
            "SELECT id, updated FROM mentions WHERE id = ? AND sentence_id = ? "
            "AND annotator IS ? AND created = ?",
            [source_id, sentence, row["annotator"], row["created"]]).fetchall() + db.execute(
            'SELECT id, updated FROM mentions WHERE sentence_id = ? AND side = ? AND start = ? '
            'AND "end" = ? AND actor_id = ? AND annotator IS ? ORDER BY id',
            [sentence, row["side"], row["start"], row["end"], row["actor_id"],
             row["annotator"]]).fetchall()
        found = next((c for c in candidates if c[0] not in claimed), None)
        if found is None:
            ids[source_id] = int(insert_row(db, "mentions", row).lastrowid or 0)
            claimed.add(ids[source_id])
            history(db, "mentions", str(ids[source_id]), "insert", row["annotator"], None,
                    {"id": ids[source_id], **row})
            count.added += 1
            continue
        ids[source_id] = found[0]
        claimed.add(found[0])
        if row["updated"] > found[1]:
            update_row(db, "mentions", "id", found[0],
                       {name: row[name] for name in _MENTION_FIELDS})
            history(db, "mentions", str(found[0]), "update", row["annotator"], None,
                    {"id": found[0], **row})
            count.updated += 1
        else:
            count.already += 1
    return ids


def _participants(db: Database, src: Database, report: MergeReport, source_id: str,
                  event_id: str, mentions: dict[int, int]) -> int:
    """Write the file event's participants under ``event_id``; returns how many."""
    written = 0
    for participant in rows(src, "SELECT * FROM event_participants WHERE event_id = ? "
                            "ORDER BY role, ord", [source_id]):
        bound = participant["mention_id"]
        insert_row(db, "event_participants", {
            **participant, "event_id": event_id,
            "mention_id": mentions.get(bound) if bound is not None else None})
        written += 1
    return written


def merge_events(db: Database, src: Database, report: MergeReport, sentences: dict[int, int],
                 english: English, mentions: dict[int, int]) -> None:
    """Merge the events of the mapped sentences with their participants."""
    count, arguments = report.count("events"), report.count("event_participants")
    # Team events this merge matched or added, and the file's own ids (each is matched by its
    # id first): the fallback match by type and triggers never takes one of them, so two
    # untriggered events of one type in a sentence stay two.
    claimed: set[str] = set()
    file_ids = {str(row[0]) for row in src.execute("SELECT id FROM events")}
    for event in rows(src, "SELECT * FROM events ORDER BY created, id"):
        sentence = sentences.get(event["sentence_id"])
        if sentence is None:
            continue
        row = {**event, "sentence_id": sentence}
        source_id = row.pop("id")
        _moved(row, "trigger_en_start", "trigger_en_end", english.get(sentence))
        same = db.execute(  # the same row, edited in the file (its type, its triggers)
            "SELECT id, updated FROM events WHERE id = ? AND sentence_id = ? AND annotator IS ?",
            [source_id, sentence, row["annotator"]]).fetchall()
        alike = db.execute(
            "SELECT id, updated FROM events WHERE sentence_id = ? AND type = ? AND annotator IS ? "
            "AND trigger_tr_start IS ? AND trigger_tr_end IS ? AND trigger_en_start IS ? "
            "AND trigger_en_end IS ? ORDER BY created, id",
            [sentence, row["type"], row["annotator"], row["trigger_tr_start"],
             row["trigger_tr_end"], row["trigger_en_start"], row["trigger_en_end"]]).fetchall()
        found = next((c for c in same if c[0] not in claimed), None) or next(
            (c for c in alike if c[0] not in claimed and c[0] not in file_ids), None)
        if found is None:
            taken = db.execute("SELECT 1 FROM events WHERE id = ?", [source_id]).fetchone()
            event_id = new_event_id() if taken else source_id
            claimed.add(event_id)
            insert_row(db, "events", {"id": event_id, **row})
            arguments.added += _participants(db, src, report, source_id, event_id, mentions)
            history(db, "events", event_id, "insert", row["annotator"], None,
                    {"id": event_id, **row})
            count.added += 1
            continue
        claimed.add(found[0])
        if row["updated"] > found[1]:
            update_row(db, "events", "id", found[0], row)
            db.execute("DELETE FROM event_participants WHERE event_id = ?", [found[0]])
            arguments.updated += _participants(db, src, report, source_id, found[0], mentions)
            history(db, "events", found[0], "update", row["annotator"], None,
                    {"id": found[0], **row})
            count.updated += 1
        else:
            arguments.already += db.execute(
                "SELECT count(*) FROM event_participants WHERE event_id = ?",
                [found[0]]).fetchone()[0]
            count.already += 1
