"""Mentions and events as rows ready to insert, for storing many at once with a few statements.

Storing a document's suggestions is the one writer of ``suggest --workers N`` (every worker plans,
one process writes), so whatever does not depend on the insert is computed before it, where the
suggestion is made: a :class:`MentionRow` / :class:`EventRow` holds the row's column values in
insert order (JSON columns encoded), its ``insert`` history JSON (what
:func:`~annotator.storage.annotations.write_history` writes) cut into pieces around what is known
only when it is stored (the mention id, the time, the ids of the mentions the event is bound to),
and an event's participant rows. :func:`write_rows` then stores a batch with one ``executemany``
per table.

An event may be bound to a mention that has no id yet, one stored in the same batch: a
:data:`MentionRef` is a stored mention's id (positive), or ``-1 - k`` for the ``k``-th new mention
of the batch (:func:`new_ref`), resolved by :func:`write_rows` once ids are given.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import fields
from typing import Any, NamedTuple

from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Side

MentionRef = int  # a stored mention's id, or -1 - k for the k-th new mention of a batch
Participant = tuple[str, str, int, MentionRef | None]  # actor id, role, order, bound mention

# Insert columns: what is known when the row is made, then what is filled in when it is stored.
MENTION_VALUES = ("sentence_id", "actor_id", "side", "start", "end", "text", "annotator",
                  "provenance", "status", "needs_review", "score", "rule")
EVENT_VALUES = ("id", "sentence_id", "type", "modes", "contexts", "aux", "trigger_tr_start",
                "trigger_tr_end", "trigger_en_start", "trigger_en_end", "date", "date_text",
                "location", "confidence", "note", "annotator", "provenance", "status",
                "needs_review", "rule")


def _insert(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


MENTION_INSERT = _insert("mentions", ("id", *MENTION_VALUES, "created", "updated"))
EVENT_INSERT = _insert("events", (*EVENT_VALUES, "created", "updated"))
PARTICIPANT_INSERT = _insert("event_participants",
                             ("event_id", "actor_id", "role", "ord", "mention_id"))
HISTORY_INSERT = ("INSERT INTO history (at, who, table_name, row_id, action, before, after) "
                  "VALUES (?, ?, ?, ?, 'insert', NULL, ?)")
_MENTION_ANNOTATOR = MENTION_VALUES.index("annotator")
_EVENT_ANNOTATOR = EVENT_VALUES.index("annotator")



def new_ref(index: int) -> MentionRef:
    """The reference to the ``index``-th new mention of a batch."""
    return -1 - index


_Layout = tuple[tuple[tuple[str, ...], str], ...]
# write_history's encoding (json.dumps(..., ensure_ascii=False) builds an encoder per call).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _layout(names: Sequence[str], late: Collection[str]) -> _Layout:
    """A dataclass's fields as runs of fields known early, each followed by a late one ("" after
    the last run)."""
    layout: list[tuple[tuple[str, ...], str]] = []
    run: list[str] = []
    for name in names:
        if name in late:
            layout.append((tuple(run), name))
            run = []
        else:
            run.append(name)
    layout.append((tuple(run), ""))
    return tuple(layout)


# The history JSON of a row: what is known when it is made, around what is known when stored.
_MENTION_LAYOUT = _layout([f.name for f in fields(Mention)], ("id", "created", "updated"))
_EVENT_LAYOUT = _layout([f.name for f in fields(Event)],
                        ("created", "updated", "actor_mentions", "recipient_mentions"))


def _json_pieces(item: Mention | Event, layout: _Layout) -> tuple[str, ...]:
    """``json.dumps(asdict(item), ensure_ascii=False)`` cut around the values of its late fields
    (:func:`_layout`): the text before, between and after them. One encoding per run of other
    fields: a dict's members are joined by ", " whatever dict they are encoded in, so the pieces
    and the late values join to the same bytes."""
    values = item.__dict__
    pieces: list[str] = []
    current = "{"
    for run, late in layout:
        if run:
            members = _ENCODE({name: values[name] for name in run})[1:-1]
            current += members if current == "{" else ", " + members
        if late:
            current += f'"{late}": ' if current == "{" else f', "{late}": '
            pieces.append(current)
            current = ""
    pieces.append(current + "}")
    return tuple(pieces)


def _json_ids(ids: Sequence[int | None]) -> str:
    """``json.dumps`` of a list of mention ids (None is null)."""
    return "[" + ", ".join("null" if i is None else str(i) for i in ids) + "]"


class MentionRow(NamedTuple):
    """A new mention as its insert row (:data:`MENTION_VALUES`) and history JSON pieces (a
    named tuple: a plan of hundreds is unpickled by the writer five times faster than
    dataclasses)."""

    values: tuple[Any, ...]
    created: str  # "": the time it is stored
    history: tuple[str, ...]  # around its id, created, updated

    @property
    def sentence_id(self) -> int:
        return int(self.values[0])

    def mention(self, mention_id: int | None = None) -> Mention:
        """The mention this row stores (without times; ``mention_id`` as its id)."""
        (sentence_id, actor_id, side, start, end, text, annotator, provenance, status,
         needs_review, score, rule) = self.values
        return Mention(mention_id, sentence_id, actor_id, Side(side), start, end, text,
                       annotator=annotator, created=self.created,
                       provenance=Provenance(provenance), status=AnnotationStatus(status),
                       needs_review=bool(needs_review), score=score, rule=rule)


def mention_row(mention: Mention) -> MentionRow:
    """``mention`` as a row to insert (its id and ``updated`` are given when it is stored)."""
    values = (mention.sentence_id, mention.actor_id, str(mention.side), mention.start,
              mention.end, mention.text, mention.annotator, str(mention.provenance),
              str(mention.status), int(mention.needs_review), mention.score, mention.rule)
    return MentionRow(values, mention.created,
                      _json_pieces(mention, _MENTION_LAYOUT))


def participant_rows(event: Event) -> tuple[Participant, ...]:
    """The participant rows of an event: each actor and recipient once, in order; a repeated
    actor keeps the binding of its first occurrence."""
    rows: list[Participant] = []
    for role in ("actor", "recipient"):
        pairs = event.bound(role)
        bound = dict(reversed(pairs))  # the first binding of a repeated actor wins
        for order, actor_id in enumerate(dict.fromkeys(a for a, _ in pairs)):
            rows.append((actor_id, role, order, bound[actor_id]))
    return tuple(rows)


class EventRow(NamedTuple):
    """A new event as its insert row (:data:`EVENT_VALUES`), participants (mentions as
    :data:`MentionRef`) and history JSON pieces (a named tuple, as :class:`MentionRow`)."""

    values: tuple[Any, ...]
    created: str  # "": the time it is stored
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    actor_refs: tuple[MentionRef | None, ...]  # as Event.actor_mentions
    recipient_refs: tuple[MentionRef | None, ...]
    participants: tuple[Participant, ...]
    history: tuple[str, ...]  # around created, updated, actor_mentions, recipient_mentions

    @property
    def id(self) -> str:
        return str(self.values[0])

    @property
    def sentence_id(self) -> int:
        return int(self.values[1])

    @property
    def type(self) -> str:
        return str(self.values[2])

    def event(self) -> Event:
        """The event this row stores, its arguments not bound (without times)."""
        (event_id, sentence_id, type_, modes, contexts, aux, tr_start, tr_end, en_start, en_end,
         date, date_text, location, confidence, note, annotator, provenance, status,
         needs_review, rule) = self.values
        return Event(
            event_id, sentence_id, type_, modes=tuple(json.loads(modes)),
            contexts=tuple(json.loads(contexts)), aux=tuple(json.loads(aux)),
            actors=self.actors, recipients=self.recipients,
            trigger_tr=(tr_start, tr_end) if tr_start is not None else None,
            trigger_en=(en_start, en_end) if en_start is not None else None,
            date=date, date_text=date_text, location=location, confidence=confidence, note=note,
            annotator=annotator, created=self.created, provenance=Provenance(provenance),
            status=AnnotationStatus(status), needs_review=bool(needs_review), rule=rule)


def event_row(event: Event) -> EventRow:
    """``event`` (with its id) as a row to insert; its bound mentions may be :data:`MentionRef`
    to new mentions of the same batch."""
    if not event.id:
        raise ValueError("an event row needs the event's id")
    tr_start, tr_end = event.trigger_tr if event.trigger_tr is not None else (None, None)
    en_start, en_end = event.trigger_en if event.trigger_en is not None else (None, None)
    values = (event.id, event.sentence_id, event.type, json.dumps(list(event.modes)),
              json.dumps(list(event.contexts)), json.dumps(list(event.aux)), tr_start, tr_end,
              en_start, en_end, event.date, event.date_text, event.location, event.confidence,
              event.note, event.annotator, str(event.provenance), str(event.status),
              int(event.needs_review), event.rule)
    return EventRow(values, event.created, event.actors, event.recipients, event.actor_mentions,
                    event.recipient_mentions, participant_rows(event),
                    _json_pieces(event, _EVENT_LAYOUT))


class RowWriter:
    """Collects the rows of one batch (a document's suggestions) and writes them with one
    ``executemany`` per table. Mentions get ids from ``free`` on, in the order they are added;
    every row is stamped ``stamp``."""

    def __init__(self, free: int, stamp: str) -> None:
        self.free = free
        self.stamp = stamp
        self._stamp_json = json.dumps(stamp)
        self.mentions: list[tuple[Any, ...]] = []
        self.events: list[tuple[Any, ...]] = []
        self.participants: list[tuple[Any, ...]] = []
        self._mention_history: list[tuple[Any, ...]] = []
        self._event_history: list[tuple[Any, ...]] = []

    def add_mentions(self, rows: Sequence[MentionRow]) -> list[int]:
        """Add new mentions with the next free ids; returns them (what ``new_ref(k)`` of
        ``rows[k]`` means)."""
        ids = list(range(self.free, self.free + len(rows)))
        for mention_id, row in zip(ids, rows, strict=True):
            self.add_mention(row, mention_id)
        return ids

    def add_mention(self, row: MentionRow, mention_id: int) -> None:
        """Add a new mention with this id (ids from :meth:`add_mentions` come after it)."""
        self.free = max(self.free, mention_id + 1)
        stamp, stamp_json = self.stamp, self._stamp_json
        self.mentions.append((mention_id, *row.values, row.created or stamp, stamp))
        head, between, after, tail = row.history
        created_json = json.dumps(row.created) if row.created else stamp_json
        self._mention_history.append((
            stamp, row.values[_MENTION_ANNOTATOR], "mentions", str(mention_id),
            f"{head}{mention_id}{between}{created_json}{after}{stamp_json}{tail}"))

    def add_event(self, row: EventRow, new_ids: Sequence[int] = (),
                  valid: Collection[tuple[int, str, int]] | None = None) -> None:
        """Add a new event; its references to new mentions are resolved by ``new_ids``. With
        ``valid`` ((mention id, actor id, sentence id) of the mentions it may be bound to), a
        participant bound to another mention is stored unbound (history keeps what was given,
        as :func:`~annotator.storage.annotations.add_event` does)."""
        def resolve(ref: MentionRef | None) -> int | None:
            return ref if ref is None or ref >= 0 else new_ids[-1 - ref]

        stamp, stamp_json = self.stamp, self._stamp_json
        created = row.created or stamp
        event_id = row.values[0]
        self.events.append((*row.values, created, stamp))
        for actor_id, role, order, ref in row.participants:
            mention_id = resolve(ref)
            if valid is not None and mention_id is not None and (
                    mention_id, actor_id, row.values[1]) not in valid:
                mention_id = None
            self.participants.append((event_id, actor_id, role, order, mention_id))
        head, between, after, middle, tail = row.history
        created_json = json.dumps(row.created) if row.created else stamp_json
        self._event_history.append((
            stamp, row.values[_EVENT_ANNOTATOR], "events", event_id,
            f"{head}{created_json}{between}{stamp_json}{after}"
            f"{_json_ids([resolve(r) for r in row.actor_refs])}{middle}"
            f"{_json_ids([resolve(r) for r in row.recipient_refs])}{tail}"))

    def write(self, db: Database) -> None:
        """Insert everything added (the caller holds the transaction)."""
        if self.mentions:
            db.conn.executemany(MENTION_INSERT, self.mentions)
        if self.events:
            db.conn.executemany(EVENT_INSERT, self.events)
        if self.participants:
            db.conn.executemany(PARTICIPANT_INSERT, self.participants)
        if self._mention_history or self._event_history:
            db.conn.executemany(HISTORY_INSERT, self._mention_history + self._event_history)


def next_mention_id(db: Database) -> int:
    """The id SQLite would give the next mention."""
    return int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM mentions").fetchone()[0])
