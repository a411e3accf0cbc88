"""The actor registry: countries, organisations, people and institutions that mentions link to.

Functions take the Database first and return :class:`annotator.core.annotations.Actor`. Every
write is one transaction that also appends a ``history`` row (before/after JSON). Ids are the
ISO alpha-3 code for countries (``USA``), ``IGO-NATO`` style for organisations and
``USA-GOV-antony-blinken`` (see :func:`make_actor_id`) for people and institutions. Seeding with
countries and organisations lives in :mod:`annotator.storage.actor_seed`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from annotator.core.actor_matching import APOSTROPHES, NameMatch, NameMatcher, capitals_fit
from annotator.core.annotations import Actor
from annotator.core.models import AnnotationStatus, Provenance, Side
from annotator.core.turkish import nfc, search_key
from annotator.storage.annotations import get_event, get_mention, write_history
from annotator.storage.documents import now_iso
from annotator.storage.errors import StorageError

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}\Z")
_COUNTRY = re.compile(r"[A-Z]{3}\Z")
_SECTOR = re.compile(r"[A-Z]{3}([A-Z]{3})?\Z")
_CAMEO = re.compile(r"[A-Z0-9]{3,15}\Z")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*\Z")


class ActorError(StorageError):
    """Base class of the registry's errors."""


class ActorNotFoundError(ActorError, KeyError):
    """No actor has this id."""

    __str__ = StorageError.__str__  # not KeyError's quoted repr


class ActorExistsError(ActorError):
    """An actor with this id is already in the registry."""


class ActorInUseError(ActorError):
    """The actor is linked from mentions or events, so it cannot be deleted."""

    @property
    def mentions(self) -> int:
        return int(self.params.get("mentions", 0))

    @property
    def events(self) -> int:
        return int(self.params.get("events", 0))


class InvalidActorError(ActorError, ValueError):
    """A field of the actor is malformed; ``field`` names it."""

    @property
    def field(self) -> str:
        return str(self.params.get("field", ""))


# -- ids, cleaning, validation -------------------------------------------------------------------

def make_actor_id(db: Database, name: str, country: str | None = None,
                  sector: str | None = None) -> str:
    """A new id for an actor, unique in this registry: ``USA-GOV-antony-blinken``."""
    taken = {row["id"] for row in db.query("SELECT id FROM actors")}
    return actor_id_for(name, country, sector, taken)


def actor_id_for(name: str, country: str | None = None, sector: str | None = None,
                 taken: Collection[str] = ()) -> str:
    """``COUNTRY-SECTOR-name-slug`` (Turkish-folded ASCII); ``-2``, ``-3``... if taken."""
    slug = re.sub(r"[^a-z0-9]+", "-", search_key(name)).strip("-")[:40].strip("-") or "actor"
    base = "-".join(part for part in (country, sector, slug) if part)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def aliases_without(values: Iterable[str], *exclude: str) -> tuple[str, ...]:
    """Stripped NFC aliases without empties or fold-duplicates (nor the excluded names)."""
    seen = {search_key(name) for name in exclude}
    kept = []
    for value in values:
        alias = " ".join(nfc(value).split())
        if alias and search_key(alias) not in seen:
            seen.add(search_key(alias))
            kept.append(alias)
    return tuple(kept)


def _optional(value: str | None, upper: bool = False) -> str | None:
    value = (value or "").strip()
    return (value.upper() if upper else value) or None


def clean_actor(actor: Actor) -> Actor:
    """Normalise whitespace, NFC and code case; drop duplicate and empty aliases."""
    name = " ".join(nfc(actor.name).split())
    return replace(actor, id=actor.id.strip(), name=name,
                   country=_optional(actor.country, upper=True),
                   sector=_optional(actor.sector, upper=True),
                   cameo=_optional(actor.cameo, upper=True), wikidata=_optional(actor.wikidata),
                   aliases_tr=aliases_without(actor.aliases_tr, name),
                   aliases_en=aliases_without(actor.aliases_en, name))


def validate_actor(actor: Actor) -> None:
    """Raise :class:`InvalidActorError` naming the first malformed field of a cleaned actor."""
    if actor.id and not _ID.match(actor.id):
        raise InvalidActorError("actor_invalid_id", field="id", value=actor.id)
    if not actor.name:
        raise InvalidActorError("actor_empty_name", field="name", value="")
    checks = (("country", _COUNTRY), ("sector", _SECTOR), ("cameo", _CAMEO),
              ("wikidata", _WIKIDATA))
    for field, pattern in checks:
        value = getattr(actor, field)
        if value is not None and not pattern.match(value):
            raise InvalidActorError(f"actor_invalid_{field}", field=field, value=value)
    for field in ("name", "aliases_tr", "aliases_en"):
        values = [actor.name] if field == "name" else getattr(actor, field)
        for value in values:
            if "|" in value or "\n" in value:
                raise InvalidActorError("actor_bad_alias", field=field, value=value)


# -- rows ----------------------------------------------------------------------------------------

def _row(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "country": actor.country,
            "sector": actor.sector, "cameo": actor.cameo, "wikidata": actor.wikidata,
            "aliases_tr": json.dumps(list(actor.aliases_tr), ensure_ascii=False),
            "aliases_en": json.dumps(list(actor.aliases_en), ensure_ascii=False),
            "annotator": actor.annotator, "created": actor.created, "updated": actor.updated,
            "provenance": str(actor.provenance), "status": str(actor.status)}


def _actor_from_row(row: dict[str, Any]) -> Actor:
    return Actor(id=row["id"], name=row["name"], country=row["country"], sector=row["sector"],
                 cameo=row["cameo"], wikidata=row["wikidata"],
                 aliases_tr=tuple(json.loads(row["aliases_tr"])),
                 aliases_en=tuple(json.loads(row["aliases_en"])), annotator=row["annotator"],
                 created=row["created"], updated=row["updated"],
                 provenance=Provenance(row["provenance"]), status=AnnotationStatus(row["status"]))


def _insert(db: Database, actor: Actor, who: str | None) -> None:
    row = _row(actor)
    db.execute(f"INSERT INTO actors ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
               list(row.values()))
    write_history(db, "actors", actor.id, "insert", who, None, actor)


def _write(db: Database, before: Actor, after: Actor, who: str | None) -> None:
    row = _row(after)
    db.execute(f"UPDATE actors SET {', '.join(f'{c} = ?' for c in row if c != 'id')} "
               "WHERE id = ?", [v for c, v in row.items() if c != "id"] + [after.id])
    write_history(db, "actors", after.id, "update", who, before, after)


# -- reading -------------------------------------------------------------------------------------

def get_actor(db: Database, actor_id: str) -> Actor:
    """The actor with this id (:class:`ActorNotFoundError` when there is none)."""
    rows = list(db.query("SELECT * FROM actors WHERE id = ?", [actor_id]))
    if not rows:
        raise ActorNotFoundError("actor_not_found", actor=actor_id)
    return _actor_from_row(rows[0])


def list_actors(db: Database, include_rejected: bool = False) -> list[Actor]:
    """Every actor, sorted by name the Turkish way (``Çin`` after ``Cezayir``... folded)."""
    sql = "SELECT * FROM actors" + ("" if include_rejected else " WHERE status != 'rejected'")
    actors = [_actor_from_row(row) for row in db.query(sql)]
    return sorted(actors, key=lambda a: (search_key(a.name), a.id))


def _rank(key: str, query: str) -> int | None:
    """0 exact, 1 prefix, 2 prefix of a word, 3 substring, None no match (folded)."""
    folded = search_key(key)
    hits = (folded == query, folded.startswith(query),
            any(word.startswith(query) for word in re.split(r"[\s\-'’.]+", folded)),
            query in folded)
    return next((rank for rank, hit in enumerate(hits) if hit), None)


def search_actors(db: Database, text: str, limit: int = 20) -> list[Actor]:
    """Type-ahead over ids, names and aliases, Turkish-folded (``turk`` finds Türkiye), best
    first: by :func:`_rank`, name before alias, shorter names first. ``ABD'li`` finds ABD."""
    query = search_key(text.strip())
    for apostrophe in APOSTROPHES:
        query = query.split(apostrophe)[0]
    actors = list_actors(db)
    if not query:
        return actors[:limit]
    scored = []
    for actor in actors:
        keys = [(actor.name, 0), (actor.id, 0)]
        keys += [(alias, 1) for alias in (*actor.aliases_tr, *actor.aliases_en)]
        ranks = [(rank, is_alias) for key, is_alias in keys
                 if (rank := _rank(key, query)) is not None]
        if ranks:
            scored.append((min(ranks), len(actor.name), search_key(actor.name), actor))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored[:limit]]


def actor_usage(db: Database, actor_id: str) -> tuple[int, int]:
    """How many mentions and how many events link to the actor."""
    row = db.execute("SELECT (SELECT count(*) FROM mentions WHERE actor_id = ?), (SELECT "
                     "count(DISTINCT event_id) FROM event_participants WHERE actor_id = ?)",
                     [actor_id, actor_id]).fetchone()
    return int(row[0]), int(row[1])


# -- writing -------------------------------------------------------------------------------------

def add_actor(db: Database, actor: Actor) -> Actor:
    """Store a new actor; an empty id gets one from :func:`make_actor_id`. Returns it stored."""
    actor = clean_actor(actor)
    validate_actor(actor)
    stamp = now_iso()
    with db.atomic():
        if not actor.id:
            actor = replace(actor, id=make_actor_id(db, actor.name, actor.country, actor.sector))
        elif db.execute("SELECT 1 FROM actors WHERE id = ?", [actor.id]).fetchone():
            raise ActorExistsError("actor_exists", actor=actor.id)
        actor = replace(actor, created=actor.created or stamp, updated=stamp)
        _insert(db, actor, actor.annotator)
    return actor


def update_actor(db: Database, actor: Actor) -> Actor:
    """Replace a stored actor's fields (its ``created`` stays); unchanged actors are not written."""
    actor = clean_actor(actor)
    validate_actor(actor)
    with db.atomic():
        before = get_actor(db, actor.id)
        if replace(actor, created=before.created, updated=before.updated) == before:
            return before
        after = replace(actor, created=before.created, updated=now_iso())
        _write(db, before, after, actor.annotator)
    return after


def delete_actor(db: Database, actor_id: str, who: str | None = None) -> Actor:
    """Remove an unused actor; :class:`ActorInUseError` if mentions or events link to it."""
    with db.atomic():
        before = get_actor(db, actor_id)
        mentions, events = actor_usage(db, actor_id)
        if mentions or events:
            raise ActorInUseError("actor_in_use", actor=f"{before.name} ({actor_id})",
                                  mentions=mentions, events=events)
        db.execute("DELETE FROM actors WHERE id = ?", [actor_id])
        write_history(db, "actors", actor_id, "delete", who, before, None)
    return before


def _move_mentions(db: Database, drop_id: str, keep_id: str, who: str | None,
                   stamp: str) -> None:
    ids = [row["id"] for row in db.query("SELECT id FROM mentions WHERE actor_id = ?",
                                         [drop_id])]
    for mention_id in ids:
        before = get_mention(db, mention_id)
        after = replace(before, actor_id=keep_id, updated=stamp)
        db.execute("UPDATE mentions SET actor_id = ?, updated = ? WHERE id = ?",
                   [keep_id, stamp, mention_id])
        write_history(db, "mentions", str(mention_id), "update", who, before, after)


def _move_participants(db: Database, drop_id: str, keep_id: str, who: str | None,
                       stamp: str) -> None:
    rows = list(db.query("SELECT event_id, role FROM event_participants WHERE actor_id = ?",
                         [drop_id]))
    for event_id in dict.fromkeys(row["event_id"] for row in rows):
        before = get_event(db, event_id)
        for row in (r for r in rows if r["event_id"] == event_id):
            key = [event_id, row["role"]]
            if db.execute("SELECT 1 FROM event_participants WHERE event_id = ? AND role = ? "
                          "AND actor_id = ?", [*key, keep_id]).fetchone():
                # Both were in this role of the event: the primary key allows one row.
                db.execute("DELETE FROM event_participants WHERE event_id = ? AND role = ? "
                           "AND actor_id = ?", [*key, drop_id])
            else:
                db.execute("UPDATE event_participants SET actor_id = ? WHERE event_id = ? "
                           "AND role = ? AND actor_id = ?", [keep_id, *key, drop_id])
        db.execute("UPDATE events SET updated = ? WHERE id = ?", [stamp, event_id])
        write_history(db, "events", event_id, "update", who, before, get_event(db, event_id))


def merge_actors(db: Database, keep_id: str, drop_id: str, who: str | None = None) -> Actor:
    """Fold ``drop_id`` into ``keep_id`` in one transaction, with history rows; returns the kept
    actor, which gains the other's name, aliases and missing fields, mentions and event roles
    (one participant row per role when both were in the same event)."""
    if keep_id == drop_id:
        raise ActorError("actor_merge_self", actor=keep_id)
    with db.atomic():
        keep, drop = get_actor(db, keep_id), get_actor(db, drop_id)
        stamp = now_iso()
        _move_mentions(db, drop_id, keep_id, who, stamp)
        _move_participants(db, drop_id, keep_id, who, stamp)
        merged = replace(
            keep, country=keep.country or drop.country, sector=keep.sector or drop.sector,
            cameo=keep.cameo or drop.cameo, wikidata=keep.wikidata or drop.wikidata,
            aliases_tr=aliases_without((*keep.aliases_tr, drop.name, *drop.aliases_tr), keep.name),
            aliases_en=aliases_without((*keep.aliases_en, drop.name, *drop.aliases_en), keep.name),
            annotator=who or keep.annotator, updated=stamp)
        _write(db, keep, merged, who)
        db.execute("DELETE FROM actors WHERE id = ?", [drop_id])
        write_history(db, "actors", drop_id, "delete", who, drop, None)
    return merged


# -- matching ------------------------------------------------------------------------------------

class RegistryMatcher(NameMatcher):
    """A :class:`NameMatcher` that keeps capitals: matching folds case, so "US" would find
    "us" and "Mısır" (Egypt) the grain "mısır". A name starting with a capital needs one in the
    text; acronyms of up to three letters need capitals throughout."""

    def find(self, text: str) -> list[NameMatch]:
        """Every match of :meth:`NameMatcher.find` whose capitals fit the alias."""
        return [match for match in super().find(text)
                if capitals_fit(match.name, text[match.start:match.end])]


def actor_matcher(db: Database, side: Side = Side.TR) -> NameMatcher:
    """A matcher over every (actor id, alias) of one side; build once and reuse it."""
    return RegistryMatcher((actor.id, alias) for actor in list_actors(db)
                           for alias in actor.aliases(side))
