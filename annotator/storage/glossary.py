"""The project glossary in the project file, and the "not an error" marks of QA issues.

Glossary rows (``glossary_terms``, schema 6) hold a Turkish term with JSON lists of English terms
and forbidden variants; one row per folded Turkish term. Actors are terms too:
:func:`actor_terms` reads them from the registry where they are (never copied). Every write is one
transaction that also appends a ``history`` row. QA marks (``qa_ignored``) remember that a person
judged one finding of one check on one sentence not to be an error.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlite_utils import Database

from annotator.core.glossary import GlossaryTerm, clean_term, clean_terms, term_key
from annotator.storage.actors import list_actors
from annotator.storage.annotations import write_history
from annotator.storage.documents import now_iso
from annotator.storage.errors import StorageError

MAX_TERM_CHARS = 300  # a term longer than this is a sentence, not a term


class GlossaryError(StorageError):
    """A glossary entry cannot be stored as given (``kind`` says why)."""


@dataclass(frozen=True)
class GlossaryMerge:
    """What adding many terms did: ``added`` new entries, ``updated`` entries that gained
    English terms, forbidden variants or a note, ``unchanged`` entries already there as given."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0


def clean_entry(term: GlossaryTerm) -> GlossaryTerm:
    """The entry as it is stored: cleaned terms, forbidden variants that are not also targets."""
    targets = clean_terms(term.targets)
    allowed = {term_key(t) for t in targets}
    forbidden = tuple(f for f in clean_terms(term.forbidden) if term_key(f) not in allowed)
    return replace(term, source=clean_term(term.source), targets=targets, forbidden=forbidden,
                   note=" ".join(term.note.split()), origin="glossary", actor_id=None,
                   source_variants=())


def validate_entry(term: GlossaryTerm) -> None:
    """Raise :class:`GlossaryError` for an entry that cannot be a term (after cleaning)."""
    if not term.source:
        raise GlossaryError("term_empty")
    for value in (term.source, *term.targets, *term.forbidden):
        if len(value) > MAX_TERM_CHARS:
            raise GlossaryError("term_too_long", term=value[:60] + "…", limit=MAX_TERM_CHARS)


def _term_from_row(row: dict[str, Any]) -> GlossaryTerm:
    return GlossaryTerm(source=row["source"], targets=tuple(json.loads(row["targets"])),
                        forbidden=tuple(json.loads(row["forbidden"])), note=row["note"],
                        id=row["id"])


def _row(term: GlossaryTerm) -> dict[str, Any]:
    return {"source": term.source, "source_search": term_key(term.source),
            "targets": json.dumps(list(term.targets), ensure_ascii=False),
            "forbidden": json.dumps(list(term.forbidden), ensure_ascii=False),
            "note": term.note}


# -- reading -------------------------------------------------------------------------------------

def glossary_terms(db: Database) -> list[GlossaryTerm]:
    """Every glossary entry, sorted by folded Turkish term."""
    return [_term_from_row(row) for row in db.query(
        "SELECT id, source, targets, forbidden, note FROM glossary_terms "
        "ORDER BY source_search, id")]


def get_term(db: Database, term_id: int) -> GlossaryTerm:
    """The entry with this id (``storage.term_not_found`` when it is gone)."""
    rows = list(db.query("SELECT id, source, targets, forbidden, note FROM glossary_terms "
                         "WHERE id = ?", [term_id]))
    if not rows:
        raise GlossaryError("term_not_found", term=term_id)
    return _term_from_row(rows[0])


def find_term(db: Database, source: str) -> GlossaryTerm | None:
    """The entry for this Turkish term (folded), if there is one."""
    rows = list(db.query("SELECT id, source, targets, forbidden, note FROM glossary_terms "
                         "WHERE source_search = ?", [term_key(source)]))
    return _term_from_row(rows[0]) if rows else None


def actor_terms(db: Database) -> list[GlossaryTerm]:
    """The actor registry as terms: Turkish name and aliases → English name and aliases."""
    terms = []
    for actor in list_actors(db):
        forms = clean_terms((actor.name, *actor.aliases_tr))
        targets = clean_terms((actor.name, *actor.aliases_en))
        if forms:
            terms.append(GlossaryTerm(source=forms[0], source_variants=forms[1:],
                                      targets=targets, origin="actor", actor_id=actor.id,
                                      note=actor.id))
    return terms


def glossary_stamp(db: Database) -> tuple[int, int, int]:
    """Changes whenever glossary rows or actors change: (glossary rows, last glossary or actor
    history row, actors), so a built term index knows when to rebuild."""
    row = db.execute(
        "SELECT (SELECT count(*) FROM glossary_terms), "
        "(SELECT coalesce(max(id), 0) FROM history WHERE table_name IN ('glossary_terms', "
        "'actors')), (SELECT count(*) FROM actors)").fetchone()
    return int(row[0]), int(row[1]), int(row[2])


# -- writing -------------------------------------------------------------------------------------

def add_term(db: Database, term: GlossaryTerm, who: str | None = None) -> GlossaryTerm:
    """Store a new entry (``storage.term_exists`` when the Turkish term has one already)."""
    term = clean_entry(term)
    validate_entry(term)
    with db.atomic():
        existing = find_term(db, term.source)
        if existing is not None:
            raise GlossaryError("term_exists", term=existing.source)
        stamp = now_iso()
        row = {**_row(term), "origin": None, "author": who, "created": stamp, "updated": stamp}
        cursor = db.execute(
            f"INSERT INTO glossary_terms ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()))
        stored = replace(term, id=cursor.lastrowid)
        write_history(db, "glossary_terms", str(stored.id), "insert", who, None, stored)
    return stored


def update_term(db: Database, term: GlossaryTerm, who: str | None = None) -> GlossaryTerm:
    """Replace an entry's fields (by ``term.id``); renaming onto another entry's term fails."""
    term_id = term.id
    if term_id is None:
        raise GlossaryError("term_not_found", term="")
    term = clean_entry(term)
    validate_entry(term)
    with db.atomic():
        before = get_term(db, term_id)
        if term == before:
            return before
        clash = find_term(db, term.source)
        if clash is not None and clash.id != term.id:
            raise GlossaryError("term_exists", term=clash.source)
        row = {**_row(term), "updated": now_iso()}
        db.execute(f"UPDATE glossary_terms SET {', '.join(f'{c} = ?' for c in row)} "
                   "WHERE id = ?", [*row.values(), term_id])
        write_history(db, "glossary_terms", str(term_id), "update", who, before, term)
    return term


def delete_term(db: Database, term_id: int, who: str | None = None) -> GlossaryTerm:
    """Remove an entry; returns it as it was."""
    with db.atomic():
        before = get_term(db, term_id)
        db.execute("DELETE FROM glossary_terms WHERE id = ?", [term_id])
        write_history(db, "glossary_terms", str(term_id), "delete", who, before, None)
    return before


def restore_term(db: Database, term: GlossaryTerm, who: str | None = None) -> GlossaryTerm:
    """Put a deleted entry back with its id (undo of a delete)."""
    term = clean_entry(term)
    validate_entry(term)
    with db.atomic():
        if find_term(db, term.source) is not None:
            raise GlossaryError("term_exists", term=term.source)
        stamp = now_iso()
        row = {"id": term.id, **_row(term), "author": who, "created": stamp, "updated": stamp}
        db.execute(
            f"INSERT INTO glossary_terms ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()))
        write_history(db, "glossary_terms", str(term.id), "insert", who, None, term)
    return term


def _merged(existing: GlossaryTerm, incoming: GlossaryTerm) -> GlossaryTerm:
    note = existing.note
    if incoming.note and incoming.note not in note:
        note = f"{note} | {incoming.note}" if note else incoming.note
    return replace(existing, targets=clean_terms((*existing.targets, *incoming.targets)),
                   forbidden=clean_terms((*existing.forbidden, *incoming.forbidden)), note=note)


def merge_terms(db: Database, terms: Iterable[GlossaryTerm], origin: str | None = None,
                who: str | None = None) -> GlossaryMerge:
    """Add many entries in one transaction (an import): a new Turkish term is added, a known one
    gains the English terms, forbidden variants and note it lacked. Importing the same file
    twice changes nothing. Every entry is validated before anything is written."""
    cleaned = [clean_entry(term) for term in terms]
    for term in cleaned:
        validate_entry(term)
    added = updated = unchanged = 0
    with db.atomic():
        for term in cleaned:
            existing = find_term(db, term.source)
            if existing is None:
                stamp = now_iso()
                row = {**_row(term), "origin": origin, "author": who, "created": stamp,
                       "updated": stamp}
                cursor = db.execute(
                    f"INSERT INTO glossary_terms ({', '.join(row)}) "
                    f"VALUES ({', '.join('?' * len(row))})", list(row.values()))
                write_history(db, "glossary_terms", str(cursor.lastrowid), "insert", who, None,
                              replace(term, id=cursor.lastrowid))
                added += 1
                continue
            merged = clean_entry(_merged(existing, term))
            merged = replace(merged, id=existing.id)
            if merged == existing:
                unchanged += 1
                continue
            row = {**_row(merged), "updated": now_iso()}
            db.execute(f"UPDATE glossary_terms SET {', '.join(f'{c} = ?' for c in row)} "
                       "WHERE id = ?", [*row.values(), existing.id])
            write_history(db, "glossary_terms", str(existing.id), "update", who, existing,
                          merged)
            updated += 1
    return GlossaryMerge(added, updated, unchanged)


# -- QA marks ------------------------------------------------------------------------------------

def qa_ignored(db: Database, sentence_ids: Iterable[int] | None = None) -> set[
        tuple[int, str, str]]:
    """The (sentence id, check, detail) marks "not an error" (of these sentences, or all)."""
    if sentence_ids is None:
        rows = db.execute('SELECT sentence_id, "check", detail FROM qa_ignored')
        return {(int(r[0]), str(r[1]), str(r[2])) for r in rows}
    ids = list(sentence_ids)
    found: set[tuple[int, str, str]] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = db.execute('SELECT sentence_id, "check", detail FROM qa_ignored '
                          f"WHERE sentence_id IN ({', '.join('?' * len(chunk))})", chunk)
        found.update((int(r[0]), str(r[1]), str(r[2])) for r in rows)
    return found


def set_qa_ignored(db: Database, sentence_id: int, check: str, detail: str, ignored: bool,
                   who: str | None = None) -> bool:
    """Mark (or unmark) one finding as not an error; False when it already was so."""
    with db.atomic():
        if ignored:
            cursor = db.execute(
                'INSERT OR IGNORE INTO qa_ignored (sentence_id, "check", detail, who, at) '
                "VALUES (?, ?, ?, ?, ?)", [sentence_id, check, detail, who, now_iso()])
        else:
            cursor = db.execute('DELETE FROM qa_ignored WHERE sentence_id = ? AND "check" = ? '
                                "AND detail = ?", [sentence_id, check, detail])
    return bool(cursor.rowcount)
