"""Schema version and the ordered migration chain.

``SCHEMA_VERSION`` is the version this code writes; ``MIGRATIONS[n]`` takes a database from
version ``n`` to ``n + 1``. Each step runs in one transaction together with the ``user_version``
bump, so a failed step leaves the file at the previous version. A copy of the file is written
before the first step runs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

ROLES = "'title','byline','body','footnote','reference','bio','citation','caption','boilerplate'"
STATUSES = "'untranslated','mt','draft','translated','reviewed'"
PROVENANCES = "'manual','suggested','projected','imported'"
ANNOTATION_STATUSES = "'suggested','accepted','rejected'"

# Columns every annotation row carries (DESIGN.md §4).
_ANNOTATION_COLUMNS = f"""
    annotator TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    provenance TEXT NOT NULL DEFAULT 'manual' CHECK (provenance IN ({PROVENANCES})),
    status TEXT NOT NULL DEFAULT 'accepted' CHECK (status IN ({ANNOTATION_STATUSES}))
"""

_V1_TABLES = [
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        author TEXT, publisher TEXT, url TEXT,
        published TEXT,
        language TEXT NOT NULL DEFAULT 'tr',
        source_name TEXT,
        source_sha256 TEXT,
        imported_at TEXT NOT NULL,
        text TEXT NOT NULL
    )""",
    f"""CREATE TABLE blocks (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ({ROLES})),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        paragraph INTEGER NOT NULL DEFAULT 0,
        attrs TEXT NOT NULL DEFAULT '{{}}',
        UNIQUE (document_id, ord),
        CHECK (start <= "end")
    )""",
    """CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        search TEXT NOT NULL,
        UNIQUE (document_id, ord),
        CHECK (start < "end")
    )""",
    """CREATE TABLE translations (
        id INTEGER PRIMARY KEY,
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        engine TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        text TEXT,
        error_kind TEXT,
        error TEXT,
        created TEXT NOT NULL
    )""",
    f"""CREATE TABLE targets (
        sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        search TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'untranslated' CHECK (status IN ({STATUSES})),
        translator TEXT,
        updated TEXT,
        seconds REAL NOT NULL DEFAULT 0
    )""",
    f"""CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        cameo TEXT,
        wikidata TEXT,
        aliases_tr TEXT NOT NULL DEFAULT '[]',
        aliases_en TEXT NOT NULL DEFAULT '[]',
        {_ANNOTATION_COLUMNS}
    )""",
    f"""CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id) ON UPDATE CASCADE,
        side TEXT NOT NULL CHECK (side IN ('tr','en')),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        {_ANNOTATION_COLUMNS},
        CHECK (start < "end")
    )""",
    f"""CREATE TABLE events (
        id TEXT PRIMARY KEY,
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        modes TEXT NOT NULL DEFAULT '[]',
        contexts TEXT NOT NULL DEFAULT '[]',
        aux TEXT NOT NULL DEFAULT '[]',
        trigger_tr_start INTEGER, trigger_tr_end INTEGER,
        trigger_en_start INTEGER, trigger_en_end INTEGER,
        date TEXT, date_text TEXT,
        location TEXT,
        confidence REAL,
        note TEXT,
        {_ANNOTATION_COLUMNS}
    )""",
    """CREATE TABLE event_participants (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id) ON UPDATE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('actor','recipient')),
        ord INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (event_id, actor_id, role)
    )""",
    """CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
        before TEXT,
        after TEXT
    )""",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    "CREATE INDEX idx_blocks_document ON blocks(document_id, ord)",
    "CREATE INDEX idx_sentences_block ON sentences(block_id)",
    "CREATE INDEX idx_translations_sentence ON translations(sentence_id)",
    "CREATE INDEX idx_mentions_sentence ON mentions(sentence_id)",
    "CREATE INDEX idx_mentions_actor ON mentions(actor_id)",
    "CREATE INDEX idx_events_sentence ON events(sentence_id)",
    "CREATE INDEX idx_participants_actor ON event_participants(actor_id)",
    "CREATE INDEX idx_history_row ON history(table_name, row_id)",
]


def _v0_to_v1(db: Database) -> None:
    for statement in _V1_TABLES:
        db.execute(statement)


def _v1_to_v2(db: Database) -> None:
    # Machine-translation cache: one row per engine, language pair and normalised source text
    # (NFC, whitespace collapsed), so the same text is never sent twice, in any document.
    db.execute("""CREATE TABLE mt_cache (
        engine TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        created TEXT NOT NULL,
        PRIMARY KEY (engine, source_lang, target_lang, source)
    )""")
    # The runner selects untranslated and failed sentences per engine.
    db.execute("CREATE INDEX idx_translations_engine ON translations(engine, sentence_id)")


def _v2_to_v3(db: Database) -> None:
    # Annotations whose English text was edited under them are flagged, never silently moved.
    db.execute("ALTER TABLE mentions ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE events ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0")
    # Contexts (PLOVER) every new event of a document starts with; an event may override them.
    db.execute("ALTER TABLE documents ADD COLUMN contexts TEXT NOT NULL DEFAULT '[]'")
    db.execute("CREATE INDEX idx_mentions_status ON mentions(status)")
    db.execute("CREATE INDEX idx_events_status ON events(status)")


def _v3_to_v4(db: Database) -> None:
    # Translation memory imported from TMX files (project sentences are read where they are).
    # ``source`` is normalised (NFC, whitespace collapsed) so that a re-import adds nothing;
    # the ``*_search`` columns are Turkish-folded copies for the concordance; ``length`` is the
    # folded source's length, for the length prefilter of fuzzy matching.
    db.execute("""CREATE TABLE tm_units (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        origin TEXT NOT NULL,
        created TEXT NOT NULL,
        source_search TEXT NOT NULL,
        target_search TEXT NOT NULL,
        length INTEGER NOT NULL,
        UNIQUE (source_lang, target_lang, source, target)
    )""")
    db.execute("CREATE INDEX idx_tm_units_length ON tm_units(source_lang, target_lang, length)")
    # Repetitions: the sentences whose folded text equals a confirmed one's, without a scan.
    db.execute("CREATE INDEX idx_sentences_search ON sentences(search)")


def _distance(start: int, end: int, trigger: tuple[int, int] | None) -> int:
    """Characters between a span and a trigger (0 when they touch or overlap)."""
    if trigger is None:
        return start
    return max(trigger[0] - end, start - trigger[1], 0)


def _after(side: str, start: int, trigger: tuple[int, int] | None) -> bool:
    """Whether a Turkish span starts after the trigger (English spans: never)."""
    return side == "tr" and trigger is not None and start >= trigger[1]


def _bind_participants(db: Database) -> None:
    """Bind each unbound participant to its best mention; flag events with one left unbound.

    Best: a mention of the same sentence and actor, not rejected; Turkish side first; on it, one
    before the trigger first (Turkish is verb-final: that is where participants are); then the
    one nearest the event's trigger on its side, then accepted before suggested, then the first.
    """
    events = {row[0]: row[1:] for row in db.execute(
        "SELECT id, sentence_id, trigger_tr_start, trigger_tr_end, trigger_en_start, "
        "trigger_en_end FROM events")}
    mentions: dict[tuple[int, str], list[tuple[int, str, int, int, str]]] = {}
    for mention_id, sentence_id, actor_id, side, start, end, status in db.execute(
            "SELECT id, sentence_id, actor_id, side, start, \"end\", status FROM mentions "
            "WHERE status != 'rejected'"):
        mentions.setdefault((sentence_id, actor_id), []).append(
            (mention_id, side, start, end, status))
    unbound: set[str] = set()
    for event_id, actor_id, role in list(db.execute(
            "SELECT event_id, actor_id, role FROM event_participants WHERE mention_id IS NULL")):
        sentence_id, tr_start, tr_end, en_start, en_end = events[event_id]
        triggers = {"tr": (tr_start, tr_end) if tr_start is not None else None,
                    "en": (en_start, en_end) if en_start is not None else None}
        found = mentions.get((sentence_id, actor_id), [])
        if not found:
            unbound.add(event_id)
            continue
        best = min(found, key=lambda m: (
            m[1] != "tr", _after(m[1], m[2], triggers[m[1]]),
            _distance(m[2], m[3], triggers[m[1]]), m[4] != "accepted", m[2], m[0]))
        db.execute("UPDATE event_participants SET mention_id = ? "
                   "WHERE event_id = ? AND actor_id = ? AND role = ?",
                   [best[0], event_id, actor_id, role])
    for event_id in sorted(unbound):
        db.execute("UPDATE events SET needs_review = 1 WHERE id = ?", [event_id])


def _v4_to_v5(db: Database) -> None:
    # Event arguments bound to mentions: each participant names the span it was read from.
    # ALTER TABLE may add a REFERENCES column whose default is NULL, even with foreign keys on.
    db.execute("ALTER TABLE event_participants ADD COLUMN mention_id INTEGER "
               "REFERENCES mentions(id) ON DELETE SET NULL")
    db.execute("CREATE INDEX idx_participants_mention ON event_participants(mention_id)")
    # What made a suggestion: its confidence and rule (a rule name, or "model").
    db.execute("ALTER TABLE mentions ADD COLUMN score REAL")
    db.execute("ALTER TABLE mentions ADD COLUMN rule TEXT")
    db.execute("ALTER TABLE events ADD COLUMN rule TEXT")
    _bind_participants(db)


def _v5_to_v6(db: Database) -> None:
    # The project glossary (termbase). ``targets`` and ``forbidden`` are JSON lists of English
    # terms (the first target is the preferred one); ``source_search`` is the folded Turkish term,
    # so that one entry exists per term whatever its casing. Actors are terms too, read from the
    # actor registry where they are (never copied here).
    db.execute("""CREATE TABLE glossary_terms (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        source_search TEXT NOT NULL UNIQUE,
        targets TEXT NOT NULL DEFAULT '[]',
        forbidden TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        origin TEXT,
        author TEXT,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""")
    # QA issues a person marked "not an error": (sentence, check, what was found) stays quiet
    # while the same issue persists; a different finding of the same check shows again.
    db.execute("""CREATE TABLE qa_ignored (
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        "check" TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        who TEXT,
        at TEXT NOT NULL,
        PRIMARY KEY (sentence_id, "check", detail)
    )""")


Migration = Callable[[Database], None]

# MIGRATIONS[n] upgrades version n to n + 1. Append new steps; never edit a released one.
MIGRATIONS: list[Migration] = [_v0_to_v1, _v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5,
                               _v5_to_v6]
SCHEMA_VERSION = len(MIGRATIONS)


def backup_path(path: Path, version: int) -> Path:
    """Where the copy taken before migrating ``path`` from ``version`` is written."""
    return path.with_name(f"{path.name}.v{version}.bak")


def _write_backup(db: Database, path: Path, version: int) -> Path:
    target = backup_path(path, version)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(db: Database, path: Path, from_version: int, *, backup: bool = True) -> None:
    """Run every step from ``from_version`` to ``SCHEMA_VERSION``, each in its own transaction."""
    if backup:
        _write_backup(db, path, from_version)
    for version in range(from_version, SCHEMA_VERSION):
        with db.atomic():
            # Another program opening the same old project may have migrated it while this one
            # waited for the lock: read the version again under the lock, skip what is done.
            if db.execute("PRAGMA user_version").fetchone()[0] > version:
                continue
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version={version + 1}")
