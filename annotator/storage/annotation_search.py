"""Annotation search: the events and mentions of the whole project that match a query.

A :class:`SearchQuery` filters by kind, event type, actor, recipient, event date range, status,
annotator and document; every filter left empty matches everything, and the values of one filter
are alternatives (``types=("SANCTION", "ACCUSE")`` finds either). Types, recipients and dates are
fields of events only: a query that uses any of them finds no mentions. An actor filter matches
an event's actors (role ``actor``) and a mention's actor.

Dates: ``date_from`` and ``date_to`` accept ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO week
``YYYY-Www``; ``date_from`` means the first day of that period and ``date_to`` its last day, so
``2023-11`` to ``2023-11`` is the whole of November. An event's stored date, which may be a
month, a week or a year too, counts by its first day: an event dated ``2023-11`` is in a range
that contains 1 November 2023. Events without a date are left out when a date bound is given.

One parameterised SQL query per kind (values are never built into the SQL text); the hits come
back in reading order: documents in import order, then sentence order, events before mentions.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlite_utils import Database

SearchKind = Literal["event", "mention", "any"]
KINDS: tuple[str, ...] = ("event", "mention", "any")

_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")

# The first day of a stored event date (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD) as YYYY-MM-DD.
# ISO week 1 holds 4 January: its Monday is the Sunday on or after 4 January, less six days.
_EVENT_DAY = """CASE
    WHEN length(e.date) = 4 THEN e.date || '-01-01'
    WHEN length(e.date) = 7 THEN e.date || '-01'
    WHEN substr(e.date, 5, 2) = '-W' THEN date(substr(e.date, 1, 4) || '-01-04', 'weekday 0',
        '-6 days', '+' || ((CAST(substr(e.date, 7, 2) AS INTEGER) - 1) * 7) || ' days')
    ELSE substr(e.date, 1, 10) END"""


@dataclass(frozen=True)
class SearchQuery:
    """What to look for; empty filters match everything (see the module docstring)."""

    kind: SearchKind = "any"
    types: tuple[str, ...] = ()       # event types (PLOVER codes), any case
    actors: tuple[str, ...] = ()      # actor ids: an event's actors, a mention's actor
    recipients: tuple[str, ...] = ()  # actor ids: an event's recipients
    date_from: str | None = None      # YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www (its first day)
    date_to: str | None = None        # the same (its last day)
    statuses: tuple[str, ...] = ()    # suggested, accepted, rejected
    annotators: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()   # document ids (exact)

    @property
    def events_only(self) -> bool:
        """Whether the query uses a filter only events have (so no mention can match)."""
        return bool(self.types or self.recipients or self.date_from or self.date_to)


@dataclass(frozen=True)
class AnnotationHit:
    """One event or mention found, with its sentence and document."""

    kind: Literal["event", "mention"]
    id: str | int                     # the event id, or the mention's row id
    document_id: str
    document_title: str
    sentence_id: int
    order: int                        # the sentence's order in its document
    source: str                       # the sentence's Turkish
    text: str                         # the trigger's words (events) or the mention's
    side: str | None                  # tr or en: where ``text`` is; None: an event without one
    type: str | None                  # the event type (None for mentions)
    modes: tuple[str, ...]
    actors: tuple[str, ...]           # event actors, or the mention's actor
    recipients: tuple[str, ...]
    date: str | None
    status: str
    annotator: str | None
    provenance: str
    rule: str | None
    score: float | None               # a mention's score, or an event's confidence

    @property
    def sentence_ref(self) -> str:
        """The ``<document>:<order>`` id the JSONL records use."""
        return f"{self.document_id}:{self.order}"


def period_bounds(text: str) -> tuple[date, date] | None:
    """The first and last day of ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-Www``; None
    when ``text`` is none of these (or names no real day)."""
    match = _PERIOD.fullmatch(text.strip())
    if match is None:
        return None
    year_text, month, day, week = match.groups()
    year = int(year_text)
    try:
        if week is not None:
            monday = date.fromisocalendar(year, int(week), 1)
            return monday, monday + timedelta(days=6)
        if day is not None:
            found = date(year, int(month), int(day))
            return found, found
        if month is not None:
            last = calendar.monthrange(year, int(month))[1]
            return date(year, int(month), 1), date(year, int(month), last)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # month 13, 30 February, week 54...
        return None


def _bound(text: str | None, last: bool) -> str | None:
    if text is None or not text.strip():
        return None
    bounds = period_bounds(text)
    if bounds is None:
        raise ValueError(f"not a date: {text!r}")
    return bounds[1 if last else 0].isoformat()


def _among(column: str, values: Sequence[str], where: list[str], params: list[Any]) -> None:
    if values:
        where.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)


def _participants_sql(role: str) -> str:
    return ("(SELECT json_group_array(actor_id) FROM (SELECT actor_id FROM event_participants "
            f"WHERE event_id = e.id AND role = '{role}' ORDER BY ord))")


def _event_rows(db: Database, query: SearchQuery, limit: int | None) -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[Any] = []
    _among("upper(e.type)", [t.strip().upper() for t in query.types], where, params)
    for role, actors in (("actor", query.actors), ("recipient", query.recipients)):
        if actors:
            where.append("e.id IN (SELECT event_id FROM event_participants WHERE role = ? AND "
                         f"actor_id IN ({', '.join('?' * len(actors))}))")
            params.extend([role, *actors])
    first, last = _bound(query.date_from, False), _bound(query.date_to, True)
    if first is not None:
        where.append(f"e.date IS NOT NULL AND ({_EVENT_DAY}) >= ?")
        params.append(first)
    if last is not None:
        where.append(f"e.date IS NOT NULL AND ({_EVENT_DAY}) <= ?")
        params.append(last)
    _among("e.status", query.statuses, where, params)
    _among("e.annotator", query.annotators, where, params)
    _among("s.document_id", query.documents, where, params)
    sql = f"""SELECT e.id, e.type, e.modes, e.date, e.status, e.annotator, e.provenance, e.rule,
            e.confidence AS score, e.trigger_tr_start, e.trigger_tr_end, e.trigger_en_start,
            e.trigger_en_end, {_participants_sql('actor')} AS actors,
            {_participants_sql('recipient')} AS recipients, coalesce(t.text, '') AS english,
            s.id AS sentence_id, s.ord, s.text AS source, s.document_id, d.title,
            d.imported_at, e.created
        FROM events e JOIN sentences s ON s.id = e.sentence_id
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN targets t ON t.sentence_id = s.id
        {'WHERE ' + ' AND '.join(where) if where else ''}
        ORDER BY d.imported_at, d.title, s.document_id, s.ord, e.created, e.id"""
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return list(db.query(sql, params))


def _mention_rows(db: Database, query: SearchQuery, limit: int | None) -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[Any] = []
    _among("m.actor_id", query.actors, where, params)
    _among("m.status", query.statuses, where, params)
    _among("m.annotator", query.annotators, where, params)
    _among("s.document_id", query.documents, where, params)
    sql = f"""SELECT m.id, m.actor_id, m.side, m.start, m."end", m.text, m.status, m.annotator,
            m.provenance, m.rule, m.score, s.id AS sentence_id, s.ord, s.text AS source,
            s.document_id, d.title, d.imported_at
        FROM mentions m JOIN sentences s ON s.id = m.sentence_id
        JOIN documents d ON d.id = s.document_id
        {'WHERE ' + ' AND '.join(where) if where else ''}
        ORDER BY d.imported_at, d.title, s.document_id, s.ord, m.side DESC, m.start, m.id"""
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return list(db.query(sql, params))


def _trigger_text(row: dict[str, Any]) -> tuple[str, str | None]:
    for side, text in (("tr", row["source"]), ("en", row["english"])):
        start, end = row[f"trigger_{side}_start"], row[f"trigger_{side}_end"]
        if start is not None and end is not None:
            return text[start:end], side
    return "", None


def _event_hit(row: dict[str, Any]) -> AnnotationHit:
    text, side = _trigger_text(row)
    return AnnotationHit(
        kind="event", id=row["id"], document_id=row["document_id"], document_title=row["title"],
        sentence_id=row["sentence_id"], order=row["ord"], source=row["source"], text=text,
        side=side, type=row["type"], modes=tuple(json.loads(row["modes"])),
        actors=tuple(json.loads(row["actors"])), recipients=tuple(json.loads(row["recipients"])),
        date=row["date"], status=row["status"], annotator=row["annotator"],
        provenance=row["provenance"], rule=row["rule"], score=row["score"])


def _mention_hit(row: dict[str, Any]) -> AnnotationHit:
    return AnnotationHit(
        kind="mention", id=row["id"], document_id=row["document_id"],
        document_title=row["title"], sentence_id=row["sentence_id"], order=row["ord"],
        source=row["source"], text=row["text"], side=row["side"], type=None, modes=(),
        actors=(row["actor_id"],), recipients=(), date=None, status=row["status"],
        annotator=row["annotator"], provenance=row["provenance"], rule=row["rule"],
        score=row["score"])


def search_annotations(db: Database, query: SearchQuery,
                       limit: int | None = None) -> list[AnnotationHit]:
    """The events and mentions matching ``query`` in reading order, at most ``limit`` of them.

    Raises ValueError for a date bound that is not a date (callers check with
    :func:`period_bounds` first, to tell the person).
    """
    keyed: list[tuple[tuple[Any, ...], AnnotationHit]] = []
    if query.kind in ("event", "any"):
        keyed += [((r["imported_at"], r["title"], r["document_id"], r["ord"], 0), _event_hit(r))
                  for r in _event_rows(db, query, limit)]
    if query.kind in ("mention", "any") and not query.events_only:
        keyed += [((r["imported_at"], r["title"], r["document_id"], r["ord"], 1),
                   _mention_hit(r)) for r in _mention_rows(db, query, limit)]
    keyed.sort(key=lambda item: item[0])  # stable: each kind keeps its own order
    hits = [hit for _key, hit in keyed]
    return hits if limit is None else hits[:limit]
