"""Mentions and events: add, change, delete, accept or reject, each with its history row.

Every write is one transaction that also appends to ``history`` (table, row id, before/after as
JSON), so annotation work is on disk when it is made and can be audited or undone. Functions take
the Database first and return :mod:`annotator.core.annotations` dataclasses. Suggestions are
ordinary rows with ``status = 'suggested'``; readers that build datasets ask for accepted ones.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields, replace
from functools import lru_cache
from typing import Any, Literal, TypeVar

from sqlite_utils import Database

from annotator.core.anchoring import Reanchored, reanchor
from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Side
from annotator.storage.annotation_rows import RowWriter, event_row, mention_row, next_mention_id
from annotator.storage.documents import now_iso
from annotator.storage.errors import RowNotFoundError

AnnotationTable = Literal["mentions", "events"]
_Frozen = TypeVar("_Frozen")
_SPAN_COLUMNS = {"tr": ("trigger_tr_start", "trigger_tr_end"),
                 "en": ("trigger_en_start", "trigger_en_end")}


def write_history(db: Database, table: str, row_id: str, action: str, who: str | None,
                  before: object | None, after: object | None) -> None:
    """Append one audit row: who changed which row of which table, from what to what."""
    def dump(value: object | None) -> str | None:
        return None if value is None else json.dumps(asdict(value), ensure_ascii=False)  # type: ignore[call-overload]

    db.execute("INSERT INTO history (at, who, table_name, row_id, action, before, after) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)",
               [now_iso(), who, table, row_id, action, dump(before), dump(after)])


_FIELD_NAMES = {kind: tuple(f.name for f in fields(kind)) for kind in (Mention, Event)}


def _flat(item: Mention | Event) -> dict[str, Any]:
    """``asdict`` of a Mention or an Event, whose fields hold no dataclasses, without its deep
    copy (which costs more than the rest of storing a suggestion)."""
    return {name: getattr(item, name) for name in _FIELD_NAMES[type(item)]}


def _stamped(item: Any) -> Any:
    stamp = now_iso()
    return replace(item, created=item.created or stamp, updated=stamp)


# -- mentions ------------------------------------------------------------------------------------

def _mention_row(mention: Mention) -> dict[str, Any]:
    row = _flat(mention)
    row["side"] = str(mention.side)
    row["provenance"] = str(mention.provenance)
    row["status"] = str(mention.status)
    row["needs_review"] = int(mention.needs_review)
    return row


# The columns a mention is read from, in the order :func:`_mention_from_values` takes them.
_MENTION_COLUMNS = ("id", "sentence_id", "actor_id", "side", "start", "end", "text", "annotator",
                    "created", "updated", "provenance", "status", "needs_review", "score", "rule")
_SIDES = {str(side): side for side in Side}
_PROVENANCES = {str(provenance): provenance for provenance in Provenance}
_STATUSES = {str(status): status for status in AnnotationStatus}


def _mention_from_row(row: dict[str, Any]) -> Mention:
    return _mention_from_values([row[column] for column in _MENTION_COLUMNS])


def _frozen(cls: type[_Frozen], fields: dict[str, Any]) -> _Frozen:
    """The frozen dataclass ``cls`` with ``fields`` (every one of its fields, as its __init__
    would store them), made without that __init__: a frozen dataclass sets each field through
    ``object.__setattr__``, which makes a mention cost 3 µs, and an export reads tens of
    thousands. ``cls`` has neither ``__post_init__`` nor slots (tests compare with __init__)."""
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance


def _mention_from_values(values: Sequence[Any]) -> Mention:
    """A mention from the values of :data:`_MENTION_COLUMNS` (enums looked up in dicts: an enum
    call costs as much as the rest of the mention, and exports read many)."""
    (mention_id, sentence_id, actor_id, side, start, end, text, annotator, created, updated,
     provenance, status, needs_review, score, rule) = values
    return _frozen(Mention, {
        "id": mention_id, "sentence_id": sentence_id, "actor_id": actor_id,
        "side": _SIDES[side], "start": start, "end": end, "text": text, "annotator": annotator,
        "created": created, "updated": updated, "provenance": _PROVENANCES[provenance],
        "status": _STATUSES[status], "needs_review": bool(needs_review), "score": score,
        "rule": rule})


def add_mention(db: Database, mention: Mention) -> Mention:
    """Store a new mention (or re-insert a deleted one with its id, for undo)."""
    mention = _stamped(mention)
    row = _mention_row(mention)
    if row["id"] is None:
        del row["id"]
    with db.atomic():
        columns = ", ".join(f'"{c}"' for c in row)
        cursor = db.execute(f"INSERT INTO mentions ({columns}) VALUES "
                            f"({', '.join('?' * len(row))})", list(row.values()))
        stored = replace(mention, id=mention.id if mention.id is not None else cursor.lastrowid)
        write_history(db, "mentions", str(stored.id), "insert", mention.annotator, None, stored)
    return stored


def add_mentions(db: Database, mentions: Sequence[Mention]) -> list[Mention]:
    """:func:`add_mention` of each mention, in one transaction and a few statements; returns
    them as stored, in the same order. A mention without an id gets the next free one, as
    SQLite would give it."""
    if not mentions:
        return []
    stamp = now_iso()
    with db.atomic():
        free = max([next_mention_id(db), *(m.id + 1 for m in mentions if m.id is not None)])
        writer = RowWriter(free, stamp)
        stored = []
        for mention in mentions:
            if mention.id is None:
                (mention_id,) = writer.add_mentions([mention_row(mention)])
            else:
                mention_id = mention.id
                writer.add_mention(mention_row(mention), mention_id)
            stored.append(replace(mention, id=mention_id, created=mention.created or stamp,
                                  updated=stamp))
        writer.write(db)
    return stored


def update_mention(db: Database, mention: Mention) -> Mention:
    """Replace a stored mention's fields (span, actor, status, flag...)."""
    with db.atomic():
        before = get_mention(db, _require_id(mention.id))
        mention = replace(mention, created=before.created, updated=now_iso())
        row = _mention_row(mention)
        assignments = ", ".join(f'"{c}" = ?' for c in row if c != "id")
        db.execute(f"UPDATE mentions SET {assignments} WHERE id = ?",
                   [v for c, v in row.items() if c != "id"] + [mention.id])
        write_history(db, "mentions", str(mention.id), "update", mention.annotator, before, mention)
    return mention


def delete_mention(db: Database, mention_id: int, who: str | None = None) -> Mention:
    """Remove a mention; returns what was removed (for undo)."""
    with db.atomic():
        before = get_mention(db, mention_id)
        db.execute("DELETE FROM mentions WHERE id = ?", [mention_id])
        write_history(db, "mentions", str(mention_id), "delete", who, before, None)
    return before


def get_mention(db: Database, mention_id: int) -> Mention:
    """The mention with this id (KeyError when there is none)."""
    rows = list(db.query("SELECT * FROM mentions WHERE id = ?", [mention_id]))
    if not rows:
        raise RowNotFoundError("mention_not_found", mention=mention_id)
    return _mention_from_row(rows[0])


def sentence_mentions(db: Database, sentence_id: int,
                      include_rejected: bool = False) -> list[Mention]:
    """A sentence's mentions, Turkish side first, in text order."""
    sql = "SELECT * FROM mentions WHERE sentence_id = ?"
    if not include_rejected:
        sql += " AND status != 'rejected'"
    rows = db.query(sql + " ORDER BY side DESC, start", [sentence_id])  # tr before en
    return [_mention_from_row(r) for r in rows]


def document_mentions(db: Database, doc_id: str,
                      statuses: Iterable[AnnotationStatus] | None = None) -> list[Mention]:
    """Every mention of a document in reading order, optionally only some statuses."""
    sql = ("SELECT m.* FROM mentions m JOIN sentences s ON s.id = m.sentence_id "
           "WHERE s.document_id = ?")
    clause, params = _status_filter("m", statuses)
    return [_mention_from_row(r) for r in db.query(
        sql + clause + " ORDER BY s.ord, m.side DESC, m.start", [doc_id, *params])]


def _status_filter(alias: str, statuses: Iterable[AnnotationStatus] | None
                   ) -> tuple[str, list[str]]:
    """An ``AND status IN (...)`` clause for ``alias`` (empty for every status), and its values.

    The "+" keeps SQLite on the sentence index: the status index would scan the whole project.
    """
    if statuses is None:
        return "", []
    wanted = [str(s) for s in statuses]
    return f" AND +{alias}.status IN ({', '.join('?' * len(wanted))})", wanted


# -- events --------------------------------------------------------------------------------------

def new_event_id() -> str:
    """A fresh, globally unique event id."""
    return f"ev-{uuid.uuid4().hex[:12]}"


def _event_row(event: Event) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": event.id, "sentence_id": event.sentence_id, "type": event.type,
        "modes": json.dumps(list(event.modes)), "contexts": json.dumps(list(event.contexts)),
        "aux": json.dumps(list(event.aux)), "date": event.date, "date_text": event.date_text,
        "location": event.location, "confidence": event.confidence, "note": event.note,
        "annotator": event.annotator, "created": event.created, "updated": event.updated,
        "provenance": str(event.provenance), "status": str(event.status),
        "needs_review": int(event.needs_review), "rule": event.rule,
    }
    for side, span in (("tr", event.trigger_tr), ("en", event.trigger_en)):
        start, end = _SPAN_COLUMNS[side]
        row[start], row[end] = span if span is not None else (None, None)
    return row


Participant = tuple[str, str, int | None]  # actor id, role, bound mention id


def _mention_ids(participants: Sequence[Participant], role: str) -> tuple[int | None, ...]:
    """The bound mention ids of one role, parallel to its actors; () when none is bound."""
    ids = tuple(m for _, r, m in participants if r == role)
    return ids if any(m is not None for m in ids) else ()


# The columns an event is read from, in the order :func:`_event_from_values` takes them.
_EVENT_COLUMNS = ("id", "sentence_id", "type", "modes", "contexts", "aux", "trigger_tr_start",
                  "trigger_tr_end", "trigger_en_start", "trigger_en_end", "date", "date_text",
                  "location", "confidence", "note", "annotator", "created", "updated",
                  "provenance", "status", "needs_review", "rule")


def _event_from_row(row: dict[str, Any], participants: Sequence[Participant]) -> Event:
    return _event_from_values([row[column] for column in _EVENT_COLUMNS], participants)


@lru_cache(maxsize=4096)
def _json_tuple(text: str) -> tuple[str, ...]:
    """A stored JSON list (modes, contexts, aux) as a tuple; the same few recur."""
    return tuple(json.loads(text))


def _event_from_values(values: Sequence[Any], participants: Sequence[Participant]) -> Event:
    """An event from the values of :data:`_EVENT_COLUMNS` and its participants."""
    (event_id, sentence_id, event_type, modes, contexts, aux, tr_start, tr_end, en_start, en_end,
     date, date_text, location, confidence, note, annotator, created, updated, provenance, status,
     needs_review, rule) = values
    return _frozen(Event, {
        "id": event_id, "sentence_id": sentence_id, "type": event_type,
        "modes": _json_tuple(modes), "contexts": _json_tuple(contexts), "aux": _json_tuple(aux),
        "actors": tuple(a for a, role, _ in participants if role == "actor"),
        "recipients": tuple(a for a, role, _ in participants if role == "recipient"),
        "trigger_tr": (tr_start, tr_end) if tr_start is not None and tr_end is not None
        else None,
        "trigger_en": (en_start, en_end) if en_start is not None and en_end is not None
        else None,
        "date": date, "date_text": date_text, "location": location, "confidence": confidence,
        "note": note, "annotator": annotator, "created": created, "updated": updated,
        "provenance": _PROVENANCES[provenance], "status": _STATUSES[status],
        "needs_review": bool(needs_review),
        "actor_mentions": _mention_ids(participants, "actor"),
        "recipient_mentions": _mention_ids(participants, "recipient"), "rule": rule})


def _binding(db: Database, event: Event, actor_id: str, mention_id: int | None) -> int | None:
    """``mention_id`` when it is a mention of that actor in the event's sentence, else None (a
    stale binding, e.g. after the actors of an event were edited, is dropped, never kept wrong)."""
    if mention_id is None:
        return None
    found = db.execute("SELECT 1 FROM mentions WHERE id = ? AND actor_id = ? AND sentence_id = ?",
                       [mention_id, actor_id, event.sentence_id]).fetchone()
    return mention_id if found else None


def _write_participants(db: Database, event: Event) -> None:
    db.execute("DELETE FROM event_participants WHERE event_id = ?", [event.id])
    for role in ("actor", "recipient"):
        bound = dict(reversed(event.bound(role)))  # the first binding of a repeated actor wins
        for order, actor_id in enumerate(dict.fromkeys(a for a, _ in event.bound(role))):
            db.execute("INSERT INTO event_participants (event_id, actor_id, role, ord, "
                       "mention_id) VALUES (?, ?, ?, ?, ?)",
                       [event.id, actor_id, role, order,
                        _binding(db, event, actor_id, bound[actor_id])])


def add_event(db: Database, event: Event) -> Event:
    """Store a new event frame with its participants (an empty id gets a fresh one)."""
    event = _stamped(replace(event, id=event.id or new_event_id()))
    row = _event_row(event)
    with db.atomic():
        columns = ", ".join(f'"{c}"' for c in row)
        db.execute(f"INSERT INTO events ({columns}) VALUES ({', '.join('?' * len(row))})",
                   list(row.values()))
        _write_participants(db, event)
        write_history(db, "events", event.id, "insert", event.annotator, None, event)
    return event


def add_events(db: Database, events: Sequence[Event]) -> list[Event]:
    """:func:`add_event` of each event, in one transaction and a few statements; returns them
    as stored (with ids), in the same order. A binding to a mention of another actor or
    sentence is dropped, as :func:`add_event` drops it."""
    if not events:
        return []
    stamp = now_iso()
    stored = [replace(e, id=e.id or new_event_id(), created=e.created or stamp, updated=stamp)
              for e in events]
    with db.atomic():
        valid = _valid_bindings(db, stored)
        writer = RowWriter(0, stamp)
        for event in stored:
            writer.add_event(event_row(event), valid=valid)
        writer.write(db)
    return stored


def _valid_bindings(db: Database, events: Sequence[Event]) -> set[tuple[int, str, int]]:
    """(mention id, actor id, sentence id) of every mention the events' arguments are bound to."""
    wanted = sorted({m for e in events for m in argument_mentions(e)})
    found: set[tuple[int, str, int]] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update((int(r[0]), str(r[1]), int(r[2])) for r in db.execute(
            f"SELECT id, actor_id, sentence_id FROM mentions WHERE id IN "
            f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    return found


def update_event(db: Database, event: Event) -> Event:
    """Replace a stored event's fields and participants."""
    with db.atomic():
        before = get_event(db, event.id)
        event = replace(event, created=before.created, updated=now_iso())
        row = _event_row(event)
        assignments = ", ".join(f'"{c}" = ?' for c in row if c != "id")
        db.execute(f"UPDATE events SET {assignments} WHERE id = ?",
                   [v for c, v in row.items() if c != "id"] + [event.id])
        _write_participants(db, event)
        write_history(db, "events", event.id, "update", event.annotator, before, event)
    return event


def delete_event(db: Database, event_id: str, who: str | None = None) -> Event:
    """Remove an event and its participants; returns what was removed (for undo)."""
    with db.atomic():
        before = get_event(db, event_id)
        db.execute("DELETE FROM events WHERE id = ?", [event_id])  # participants cascade
        write_history(db, "events", event_id, "delete", who, before, None)
    return before


def _participants(db: Database, event_ids: Sequence[str]) -> dict[str, list[Participant]]:
    found: dict[str, list[Participant]] = {event_id: [] for event_id in event_ids}
    for start in range(0, len(event_ids), 500):
        chunk = list(event_ids[start:start + 500])
        for event_id, actor_id, role, mention_id in db.execute(
                "SELECT event_id, actor_id, role, mention_id FROM event_participants WHERE "
                f"event_id IN ({', '.join('?' * len(chunk))}) ORDER BY role, ord", chunk):
            found[event_id].append((actor_id, role, mention_id))
    return found


def _events(db: Database, sql: str, params: Sequence[Any]) -> list[Event]:
    rows = list(db.query(sql, params))
    participants = _participants(db, [r["id"] for r in rows])
    return [_event_from_row(r, participants[r["id"]]) for r in rows]


def get_event(db: Database, event_id: str) -> Event:
    """The event with this id (KeyError when there is none)."""
    events = _events(db, "SELECT * FROM events WHERE id = ?", [event_id])
    if not events:
        raise RowNotFoundError("event_not_found", event=event_id)
    return events[0]


def sentence_events(db: Database, sentence_id: int, include_rejected: bool = False) -> list[Event]:
    """A sentence's events in the order they were made."""
    sql = "SELECT * FROM events WHERE sentence_id = ?"
    if not include_rejected:
        sql += " AND status != 'rejected'"
    return _events(db, sql + " ORDER BY created, id", [sentence_id])


def document_events(db: Database, doc_id: str,
                    statuses: Iterable[AnnotationStatus] | None = None) -> list[Event]:
    """Every event of a document in reading order, optionally only some statuses."""
    sql = ("SELECT e.* FROM events e JOIN sentences s ON s.id = e.sentence_id "
           "WHERE s.document_id = ?")
    clause, params = _status_filter("e", statuses)
    return _events(db, sql + clause + " ORDER BY s.ord, e.created, e.id", [doc_id, *params])


# Many documents in one query (an export reads its documents in batches): their ids as one JSON
# array, so that a batch of any size is a single parameter.
_IN_DOCUMENTS = "s.document_id IN (SELECT value FROM json_each(?))"


def mentions_of_documents(db: Database, doc_ids: Sequence[str],
                          statuses: Iterable[AnnotationStatus] | None = None) -> list[Mention]:
    """:func:`document_mentions` of several documents with one query, document by document
    (in ``document_id`` order)."""
    clause, params = _status_filter("m", statuses)
    columns = ", ".join(f'm."{column}"' for column in _MENTION_COLUMNS)
    return [_mention_from_values(r) for r in db.execute(
        f"SELECT {columns} FROM mentions m JOIN sentences s ON s.id = m.sentence_id "
        f"WHERE {_IN_DOCUMENTS}{clause} ORDER BY s.document_id, s.ord, m.side DESC, m.start",
        [json.dumps(list(doc_ids)), *params])]


def events_of_documents(db: Database, doc_ids: Sequence[str],
                        statuses: Iterable[AnnotationStatus] | None = None) -> list[Event]:
    """:func:`document_events` of several documents with one query (and one for their
    participants), document by document (in ``document_id`` order)."""
    clause, params = _status_filter("e", statuses)
    columns = ", ".join(f'e."{column}"' for column in _EVENT_COLUMNS)
    rows = db.execute(f"SELECT {columns} FROM events e JOIN sentences s ON s.id = e.sentence_id "
                      f"WHERE {_IN_DOCUMENTS}{clause} ORDER BY s.document_id, s.ord, e.created, "
                      "e.id", [json.dumps(list(doc_ids)), *params]).fetchall()
    participants = _participants(db, [row[0] for row in rows])
    return [_event_from_values(row, participants[row[0]]) for row in rows]


# -- arguments bound to mentions -----------------------------------------------------------------

def _gap(mention: Mention, trigger: tuple[int, int] | None) -> int:
    if trigger is None:
        return mention.start
    return max(trigger[0] - mention.end, mention.start - trigger[1], 0)


def best_mention(mentions: Iterable[Mention], actor_id: str, trigger_tr: tuple[int, int] | None,
                 trigger_en: tuple[int, int] | None) -> Mention | None:
    """The mention an argument ``actor_id`` of an event with these triggers is best bound to.

    The schema-5 migration's rule: a mention of that actor, not rejected; Turkish side first;
    on it, one before the trigger first (Turkish is verb-final); then the one nearest the
    trigger on its side, then accepted before suggested.
    """
    found = [m for m in mentions
             if m.actor_id == actor_id and m.status is not AnnotationStatus.REJECTED]
    if not found:
        return None
    return min(found, key=lambda m: (
        m.side is not Side.TR,
        m.side is Side.TR and trigger_tr is not None and m.start >= trigger_tr[1],
        _gap(m, trigger_tr if m.side is Side.TR else trigger_en),
        m.status is not AnnotationStatus.ACCEPTED, m.start, m.id or 0))


def bind_arguments(event: Event, mentions: Sequence[Mention]) -> Event:
    """The event with each unbound argument bound to its :func:`best_mention` among
    ``mentions`` (the sentence's); bound ones are kept."""
    def bind(role: str) -> tuple[int | None, ...]:
        ids = tuple(mention_id if mention_id is not None else getattr(
            best_mention(mentions, actor_id, event.trigger_tr, event.trigger_en), "id", None)
            for actor_id, mention_id in event.bound(role))
        return ids if any(i is not None for i in ids) else ()

    return replace(event, actor_mentions=bind("actor"), recipient_mentions=bind("recipient"))


def argument_mentions(event: Event) -> list[int]:
    """The ids of the mentions an event's arguments are bound to, in order, once each."""
    return list(dict.fromkeys(m for m in (*event.actor_mentions, *event.recipient_mentions)
                              if m is not None))


# -- review --------------------------------------------------------------------------------------

def set_status(db: Database, table: AnnotationTable, ids: Sequence[int | str],
               status: AnnotationStatus, who: str | None = None) -> int:
    """Accept or reject several mentions or events at once (one transaction); returns how many."""
    getter = get_mention if table == "mentions" else get_event
    changed = 0
    with db.atomic():
        for row_id in ids:
            before = getter(db, row_id)  # type: ignore[arg-type]
            if before.status == status:
                continue
            after = replace(before, status=status, updated=now_iso(),
                            annotator=who or before.annotator)
            db.execute(f"UPDATE {table} SET status = ?, updated = ?, annotator = ? WHERE id = ?",
                       [str(status), after.updated, after.annotator, row_id])
            write_history(db, table, str(row_id), "update", who, before, after)
            changed += 1
    return changed


def _require_id(mention_id: int | None) -> int:
    if mention_id is None:
        raise ValueError("the mention has no id: add it first")
    return mention_id


# -- English edits -------------------------------------------------------------------------------

def reanchor_english(db: Database, sentence_id: int, old_text: str, new_text: str,
                     who: str | None = None) -> int:
    """Move English-side mentions and triggers after the English changed; returns how many moved.

    A span whose words are untouched moves with the text around it. A span whose words were edited
    is put on its mapped position and flagged ``needs_review``; one whose words are gone keeps its
    old offsets, flagged, for a person to fix. Nothing is silently moved onto other words.
    """
    if old_text == new_text:
        return 0
    moved = 0
    with db.atomic():
        for mention in [m for m in sentence_mentions(db, sentence_id, include_rejected=True)
                        if m.side is Side.EN]:
            found = _reanchor(old_text, new_text, (mention.start, mention.end))
            if found is None:
                changed = replace(mention, needs_review=True)
            else:
                changed = replace(mention, start=found.start, end=found.end,
                                  text=new_text[found.start:found.end],
                                  needs_review=mention.needs_review or found.changed)
            if changed != mention:
                update_mention(db, replace(changed, annotator=who or mention.annotator))
                moved += 1
        for event in sentence_events(db, sentence_id, include_rejected=True):
            if event.trigger_en is None:
                continue
            found = _reanchor(old_text, new_text, event.trigger_en)
            trigger = event.trigger_en if found is None else (found.start, found.end)
            flag = event.needs_review or found is None or found.changed
            if (trigger, flag) != (event.trigger_en, event.needs_review):
                update_event(db, replace(event, trigger_en=trigger, needs_review=flag))
                moved += 1
    return moved


def _reanchor(old_text: str, new_text: str, span: tuple[int, int]) -> Reanchored | None:
    """:func:`reanchor`, or None for a span that no longer fits the old text (already flagged)."""
    start, end = span
    if not 0 <= start < end <= len(old_text):
        return None
    return reanchor(old_text, new_text, span)


EnglishSpans = tuple[list[Mention], list[Event]]


def english_spans(db: Database, sentence_id: int) -> EnglishSpans:
    """The English-side mentions and triggered events of a sentence, to restore after an undo."""
    mentions = [m for m in sentence_mentions(db, sentence_id, include_rejected=True)
                if m.side is Side.EN]
    events = [e for e in sentence_events(db, sentence_id, include_rejected=True)
              if e.trigger_en is not None]
    return mentions, events


def restore_english_spans(db: Database, spans: EnglishSpans) -> None:
    """Put English spans back as they were (undoing an English edit undoes its re-anchoring)."""
    mentions, events = spans
    with db.atomic():
        current = {m.id: m for m in sentence_mentions(db, mentions[0].sentence_id, True)} \
            if mentions else {}
        for mention in mentions:
            if mention.id in current and current[mention.id] != mention:
                update_mention(db, mention)
        for event in events:
            try:
                now = get_event(db, event.id)
            except KeyError:
                continue  # deleted since: nothing to restore
            if (now.trigger_en, now.needs_review) != (event.trigger_en, event.needs_review):
                update_event(db, replace(now, trigger_en=event.trigger_en,
                                         needs_review=event.needs_review))
