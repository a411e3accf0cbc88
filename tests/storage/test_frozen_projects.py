"""Project files written by the code of earlier schema versions open with today's code.

``tests/data/projects/schema-vN.sqlite`` was made by the last commit at schema N, with that
commit's own CLI and storage functions (``tools/make_frozen_projects.py``; what each file holds:
``tests/data/projects/README.md``). Every test works on a copy: the committed files never change.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from annotator.core.models import AnnotationStatus, Provenance, Side, TargetStatus
from annotator.storage.actors import actor_usage, get_actor, list_actors
from annotator.storage.annotations import (
    document_events,
    document_mentions,
    get_event,
    get_mention,
)
from annotator.storage.connection import ProjectConnections, open_project, read_user_version
from annotator.storage.documents import (
    document_contexts,
    get_document,
    get_sentences,
    list_documents,
)
from annotator.storage.schema import SCHEMA_VERSION, backup_path
from annotator.storage.targets import get_target, save_target
from annotator.storage.translations import get_translations

DATA = Path(__file__).resolve().parents[1] / "data" / "projects"

DOC_ID = "81f8c46d1300"
TITLE = "ABD-AZERBAYCAN İLİŞKİLERİNDE İYİLEŞME VE İŞBİRLİĞİ SİNYALLERİ"
AUTHOR = "Gülperi Güngör"
SENTENCE_4 = ("İlk olarak 27 Kasım'da ABD Dışişleri Bakanı Antony Blinken, Azerbaycan Devlet "
              "Başkanı Aliyev ile telefonda görüşerek ilişkileri normalleştirmek adına bir "
              "adım atmıştır.")

# The translators' work, by sentence ord: text, status, translator, seconds spent.
TargetRow = tuple[str, str, str | None, float]
SAVED: dict[int, TargetRow] = {
    0: ("US-Azerbaijan Relations: Signs of Improvement and Cooperation", "reviewed", "ayse", 42.5),
    4: ("First, on 27 November US Secretary of State Antony Blinken took a step towards "
        "normalising relations in a telephone call with Azerbaijan's President Aliyev.",
        "translated", "mehmet", 85.0),
    11: ("After this development, relations were expected to thaw.", "draft", "ayse", 12.0),
}
# v2 only: the stand-in LibreTranslate engine's output (None: it failed on that sentence).
MT_OK: dict[int, str] = {
    0: "SIGNS OF IMPROVEMENT AND COOPERATION IN US-AZERBAIJAN RELATIONS",
    3: "In the past two weeks, some important developments have taken place in terms of "
       "United States - Azerbaijan relations.",
    4: "First, on November 27, US Secretary of State Antony Blinken took a step to normalize "
       "relations by talking on the phone with Azerbaijani President Aliyev.",
    7: "The visits that US officials were to make to Azerbaijan had been cancelled.",
}
MT: dict[int, str | None] = {**MT_OK, 8: None}
MT_FAILURE = ("bad_response", "the server answered without a translation")
# v3's MTError builds its message from a key and parameters (what v3's LibreTranslate raises).
MT_FAILURE_V3 = ("bad_response",
                 "LibreTranslate sent an answer that could not be read (KeyError).")

# v3 only: mehmet's post-edit of ord 3's machine translation.
POST_EDIT: TargetRow = ("Over the past two weeks there have been some important developments in "
                        "relations between the US and Azerbaijan.", "translated", "mehmet", 20.0)
SENTENCE_4_EN = SAVED[4][0]

# v3 only: the actor added by hand (the other 282 are v3's seed registry).
BLINKEN = "USA-GOV-antony-blinken"

# v3 only: the hand-made mentions, by id: (sentence ord, side, actor id, start, end, text,
# status, provenance, annotator, needs_review). Mention 1 was made on ord 3's machine
# translation ("United States", 80-93); mehmet's post-edit moved it and flagged it.
MentionRow = tuple[int, str, str, int, int, str, str, str, str, bool]
MENTIONS_V3: dict[int, MentionRow] = {
    1: (3, "en", "USA", 89, 95, "the US", "accepted", "manual", "mehmet", True),
    2: (4, "tr", "USA", 23, 26, "ABD", "accepted", "manual", "ayse", False),
    3: (4, "tr", BLINKEN, 44, 58, "Antony Blinken", "accepted", "manual", "ayse", False),
    4: (4, "tr", "AZE", 60, 70, "Azerbaycan", "accepted", "manual", "ayse", False),
    5: (4, "en", "USA", 22, 24, "US", "accepted", "manual", "ayse", False),
    6: (4, "en", BLINKEN, 44, 58, "Antony Blinken", "accepted", "manual", "ayse", False),
    7: (4, "en", "AZE", 126, 136, "Azerbaijan", "accepted", "manual", "ayse", False),
    8: (0, "tr", "USA", 0, 3, "ABD", "suggested", "suggested", "suggest", False),
    9: (0, "tr", "AZE", 4, 14, "AZERBAYCAN", "rejected", "suggested", "ayse", False),
}
# v3 only: every mention, by (sentence ord, side): how many. 9 by hand (above), 49 by suggest.
MENTIONS_PER_SENTENCE_V3: dict[tuple[int, str], int] = {
    (0, "tr"): 2, (0, "en"): 2, (3, "tr"): 2, (3, "en"): 2, (4, "tr"): 3, (4, "en"): 3,
    (5, "tr"): 6, (6, "tr"): 4, (7, "tr"): 2, (7, "en"): 2, (8, "tr"): 1, (9, "tr"): 1,
    (10, "tr"): 3, (12, "tr"): 2, (13, "tr"): 3, (14, "tr"): 4, (15, "tr"): 2, (16, "tr"): 2,
    (17, "tr"): 3, (19, "tr"): 1, (20, "tr"): 4, (21, "tr"): 2, (22, "tr"): 2,
}


@dataclass(frozen=True)
class EventRow:
    """One hand-made v3 event as stored; triggers are (start, end, words)."""

    ord: int
    type: str
    modes: tuple[str, ...]
    contexts: tuple[str, ...]
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    trigger_tr: tuple[int, int, str]
    trigger_en: tuple[int, int, str] | None
    date: str | None
    date_text: str | None
    confidence: float
    note: str | None
    status: str
    provenance: str
    annotator: str


EVENTS_V3: dict[str, EventRow] = {
    "ev-3a0c5e7f9b21": EventRow(
        4, "CONSULT", ("phone",), ("diplomatic",), (BLINKEN,), ("AZE",),
        (97, 116, "telefonda görüşerek"), (106, 120, "telephone call"), "2023-11-27",
        "27 Kasım", 1.0, "Blinken called Aliyev.", "accepted", "manual", "ayse"),
    "ev-5b1d6f8a0c32": EventRow(
        5, "ACCUSE", ("disapprove",), ("diplomatic",), ("USA",), ("AZE",),
        (148, 157, "eleştiren"), None, "2023-11-16", "16 Kasım", 0.6, None, "suggested",
        "suggested", "suggest"),
    "ev-7c2e8a9b1d43": EventRow(
        7, "REJECT", ("meet",), (), ("USA",), ("AZE",), (61, 76, "iptal edilmişti"),
        (56, 74, "had been cancelled"), None, None, 0.4, None, "rejected", "suggested", "ayse"),
}
# v3 only: every event (the three above and the 14 of v3's suggest, whose ids are random):
# (sentence ord, type, actors, recipients, date, status).
EventSummary = tuple[int, str, tuple[str, ...], tuple[str, ...], str | None, str]
ALL_EVENTS_V3: list[EventSummary] = sorted([
    (4, "CONSULT", (BLINKEN,), ("AZE",), "2023-11-27", "accepted"),
    (5, "ACCUSE", ("USA",), ("AZE",), "2023-11-16", "suggested"),
    (5, "SANCTION", ("USA",), ("AZE",), "2023-11-16", "suggested"),
    (6, "REJECT", ("AZE",), (), "2023-11", "suggested"),
    (6, "SANCTION", ("AZE",), (), "2023-11", "suggested"),
    (7, "CONSULT", (), ("USA",), None, "suggested"),
    (7, "REJECT", ("USA",), ("AZE",), None, "rejected"),
    (8, "CONSULT", (BLINKEN,), (), None, "suggested"),
    (9, "REQUEST", (BLINKEN,), (), "2023-12", "suggested"),
    (10, "AGREE", (BLINKEN,), (), None, "suggested"),
    (10, "CONCEDE", ("AZE",), ("USA",), None, "suggested"),
    (15, "CONSULT", (), ("AZE",), "2023-12-06", "suggested"),
    (16, "CONSULT", (), (), None, "suggested"),
    (17, "SUPPORT", ("USA",), (), None, "suggested"),
    (18, "CONSULT", (), (), None, "suggested"),
    (19, "CONSULT", ("ARM",), (), "2023-12-05", "suggested"),
    (20, "CONSULT", (), ("USA",), None, "suggested"),
], key=repr)


@dataclass(frozen=True)
class Frozen:
    """One committed file and what tests/data/projects/README.md records about it."""

    name: str
    version: int
    counts: dict[str, int]
    targets: dict[int, TargetRow]
    mt: dict[int, str | None] = field(default_factory=dict)
    mt_failure: tuple[str, str] = MT_FAILURE
    annotated: bool = False  # v3 on: holds the registry, mentions and events above
    contexts: tuple[str, ...] = ()  # the document's default event contexts

    @property
    def path(self) -> Path:
        return DATA / self.name


_EMPTY_ANNOTATIONS = {"actors": 0, "mentions": 0, "events": 0, "event_participants": 0,
                      "settings": 0}
FROZEN = [
    Frozen("schema-v1.sqlite", 1,
           {"documents": 1, "blocks": 26, "sentences": 48, "targets": 3, "translations": 0,
            "history": 4, **_EMPTY_ANNOTATIONS},
           targets=SAVED),
    Frozen("schema-v2.sqlite", 2,
           {"documents": 1, "blocks": 26, "sentences": 48, "targets": 5, "translations": 5,
            "mt_cache": 4, "history": 4, **_EMPTY_ANNOTATIONS},
           targets={**SAVED, 3: (MT_OK[3], "mt", None, 0.0), 7: (MT_OK[7], "mt", None, 0.0)},
           mt=MT),
    Frozen("schema-v3.sqlite", 3,
           {"documents": 1, "blocks": 26, "sentences": 48, "targets": 5, "translations": 5,
            "mt_cache": 4, "history": 366, "actors": 283, "mentions": 58, "events": 17,
            "event_participants": 20, "settings": 1},
           targets={**SAVED, 3: POST_EDIT, 7: (MT_OK[7], "mt", None, 0.0)},
           mt=MT, mt_failure=MT_FAILURE_V3, annotated=True, contexts=("diplomatic",)),
]


def _digests() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(DATA.iterdir())}


@pytest.fixture(autouse=True)
def committed_files_untouched() -> Iterator[None]:
    """No test may change, add to or leave anything next to the committed files."""
    before = _digests()
    assert {f.name for f in FROZEN} <= set(before)
    yield
    assert _digests() == before


@pytest.fixture(params=FROZEN, ids=lambda f: f.name)
def frozen(request: pytest.FixtureRequest) -> Frozen:
    return request.param


@pytest.fixture
def copy(frozen: Frozen, tmp_path: Path) -> Path:
    """A copy of the frozen file, not yet opened by today's code."""
    target = tmp_path / frozen.name
    shutil.copyfile(frozen.path, target)
    return target


@pytest.fixture
def migrated(copy: Path) -> Iterator[ProjectConnections]:
    """The copy opened (and so migrated) by today's code."""
    project = ProjectConnections(copy)
    yield project
    project.close()


def read_only(path: Path) -> sqlite3.Connection:
    """Open without writing anything, not even a lock or a -wal file."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def tables(conn: sqlite3.Connection | Any) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def columns(conn: sqlite3.Connection | Any, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def rows(conn: sqlite3.Connection | Any, table: str, names: list[str]) -> list[tuple[Any, ...]]:
    selected = ", ".join(f'"{name}"' for name in names)
    found = conn.execute(f'SELECT {selected} FROM "{table}"').fetchall()
    return sorted((tuple(r) for r in found), key=repr)


def snapshot(conn: sqlite3.Connection | Any) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every table's columns and rows."""
    return {t: (columns(conn, t), rows(conn, t, columns(conn, t))) for t in tables(conn)}


def count(conn: sqlite3.Connection | Any, table: str) -> int:
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def test_frozen_file_is_what_the_readme_records(frozen: Frozen) -> None:
    assert frozen.path.stat().st_size < 1_000_000
    assert read_user_version(frozen.path) == frozen.version
    conn = read_only(frozen.path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == frozen.version
        assert {t: count(conn, t) for t in frozen.counts} == frozen.counts
        assert conn.execute("SELECT id, title FROM documents").fetchall() == [(DOC_ID, TITLE)]
    finally:
        conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{frozen.path}{suffix}").exists()


def test_opens_at_the_current_version(frozen: Frozen, migrated: ProjectConnections,
                                      copy: Path) -> None:
    db = migrated.db
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION > frozen.version
    assert read_user_version(copy) == SCHEMA_VERSION
    assert db.journal_mode == "wal"


def test_every_row_and_value_survives_the_migration(frozen: Frozen,
                                                     migrated: ProjectConnections) -> None:
    conn = read_only(frozen.path)
    try:
        before = snapshot(conn)
    finally:
        conn.close()
    db = migrated.db
    assert set(tables(db)) >= set(before)
    for table, (names, original) in before.items():
        assert set(columns(db, table)) >= set(names), table
        assert rows(db, table, names) == original, table
    # The columns migrations added hold their defaults (or, from v3 on, what was written).
    assert db.execute("SELECT contexts FROM documents").fetchall() == \
        [(json.dumps(list(frozen.contexts)),)]
    flags = {"mentions": 1 if frozen.annotated else 0, "events": 0}
    for table, expected in flags.items():
        assert "needs_review" in columns(db, table)
        flagged = db.execute(f"SELECT count(*) FROM {table} WHERE needs_review != 0")
        assert flagged.fetchone()[0] == expected, table


def test_counts_and_saved_work_read_back_with_todays_functions(
        frozen: Frozen, migrated: ProjectConnections) -> None:
    db = migrated.db
    assert {t: count(db, t) for t in frozen.counts} == frozen.counts
    if "mt_cache" not in frozen.counts:  # created empty by the v1 -> v2 step
        assert count(db, "mt_cache") == 0

    document = get_document(db, DOC_ID)
    assert (document.title, document.author) == (TITLE, AUTHOR)
    (summary,) = list_documents(db)
    assert (summary.id, summary.title, summary.sentences) == (DOC_ID, TITLE, 48)
    statuses = [status for _, status, _, _ in frozen.targets.values()]
    assert summary.translated == sum(s in ("translated", "reviewed") for s in statuses)
    assert summary.reviewed == statuses.count("reviewed")
    assert summary.annotated == (2 if frozen.annotated else 0)  # ord 3 and 4: accepted ones

    sentences = get_sentences(db, DOC_ID)
    assert [s.order for s in sentences] == list(range(48))
    by_ord = {s.order: s for s in sentences}
    assert by_ord[0].text == TITLE
    assert by_ord[4].text == SENTENCE_4
    for order, sentence in by_ord.items():
        target = get_target(db, sentence.id)
        if order in frozen.targets:
            text, status, translator, seconds = frozen.targets[order]
            assert (target.text, target.status, target.translator, target.seconds) == \
                (text, TargetStatus(status), translator, seconds), order
            assert target.updated
        else:
            assert (target.text, target.status) == ("", TargetStatus.UNTRANSLATED), order

    for order, sentence in by_ord.items():
        outputs = get_translations(db, sentence.id)
        if order not in frozen.mt:
            assert outputs == [], order
            continue
        (output,) = outputs
        assert (output.engine, output.source_lang, output.target_lang) == ("libre", "tr", "en")
        assert output.text == frozen.mt[order]
        if frozen.mt[order] is None:
            assert (str(output.error_kind), output.error) == frozen.mt_failure
        else:
            assert (output.error_kind, output.error) == (None, None)

    if not frozen.annotated:
        assert document_mentions(db, DOC_ID) == []
        assert document_events(db, DOC_ID) == []
        assert list_actors(db, include_rejected=True) == []


@pytest.mark.parametrize("frozen", [f for f in FROZEN if f.annotated], ids=lambda f: f.name)
def test_annotations_read_back_with_todays_functions(frozen: Frozen,
                                                     migrated: ProjectConnections) -> None:
    """v3 on: the registry, mentions (both sides), events and participants, statuses, flags."""
    db = migrated.db
    assert document_contexts(db, DOC_ID) == frozen.contexts
    by_ord = {s.order: s for s in get_sentences(db, DOC_ID)}
    ord_of = {s.id: order for order, s in by_ord.items()}

    actors = list_actors(db, include_rejected=True)
    assert len(actors) == 283
    assert {a.provenance for a in actors if a.id != BLINKEN} == {Provenance.IMPORTED}
    assert (get_actor(db, "USA").name, get_actor(db, "AZE").name) == \
        ("United States", "Azerbaijan")
    blinken = get_actor(db, BLINKEN)
    assert (blinken.name, blinken.country, blinken.sector, blinken.aliases_tr,
            blinken.aliases_en, blinken.annotator, blinken.provenance, blinken.status) == \
        ("Antony Blinken", "USA", "GOV", ("Blinken",), ("Blinken",), "ayse",
         Provenance.MANUAL, AnnotationStatus.ACCEPTED)
    assert actor_usage(db, BLINKEN) == (5, 4)  # 2 by hand, 3 suggested; 1 + 3 events

    mentions = document_mentions(db, DOC_ID)
    assert len(mentions) == frozen.counts["mentions"]
    per_sentence: dict[tuple[int, str], int] = {}
    for mention in mentions:
        key = (ord_of[mention.sentence_id], str(mention.side))
        per_sentence[key] = per_sentence.get(key, 0) + 1
        text = by_ord[key[0]].text if mention.side is Side.TR else \
            get_target(db, mention.sentence_id).text
        if not mention.needs_review:
            assert text[mention.start:mention.end] == mention.text, mention
    assert per_sentence == MENTIONS_PER_SENTENCE_V3
    by_id = {m.id: m for m in mentions}
    for mention_id, expected in MENTIONS_V3.items():
        m = by_id[mention_id]
        assert (ord_of[m.sentence_id], str(m.side), m.actor_id, m.start, m.end, m.text,
                str(m.status), str(m.provenance), m.annotator, m.needs_review) == expected
        assert m.created and m.updated
    suggested = [m for m in mentions if m.id not in MENTIONS_V3]
    assert {(str(m.status), str(m.provenance), m.annotator, m.needs_review)
            for m in suggested} == {("suggested", "suggested", "suggest", False)}
    assert [len(document_mentions(db, DOC_ID, [status])) for status in AnnotationStatus] == \
        [50, 7, 1]  # suggested, accepted, rejected

    events = document_events(db, DOC_ID)
    assert len(events) == frozen.counts["events"]
    assert sorted(((ord_of[e.sentence_id], e.type, e.actors, e.recipients, e.date, str(e.status))
                   for e in events), key=repr) == ALL_EVENTS_V3
    assert sum(len(e.actors) + len(e.recipients) for e in events) == \
        frozen.counts["event_participants"]
    assert [len(document_events(db, DOC_ID, [status])) for status in AnnotationStatus] == \
        [15, 1, 1]
    for event_id, row in EVENTS_V3.items():
        event = get_event(db, event_id)
        sentence = by_ord[row.ord]
        assert (event.sentence_id, event.type, event.modes, event.contexts, event.aux,
                event.actors, event.recipients, event.date, event.date_text, event.confidence,
                event.note, str(event.status), str(event.provenance), event.annotator,
                event.needs_review, event.location) == \
            (sentence.id, row.type, row.modes, row.contexts, (), row.actors, row.recipients,
             row.date, row.date_text, row.confidence, row.note, row.status, row.provenance,
             row.annotator, False, None), event_id
        start, end, words = row.trigger_tr
        assert event.trigger_tr == (start, end)
        assert sentence.text[start:end] == words
        if row.trigger_en is None:
            assert event.trigger_en is None
        else:
            start, end, words = row.trigger_en
            assert event.trigger_en == (start, end)
            assert get_target(db, sentence.id).text[start:end] == words
        assert event.created and event.updated
    consult = get_event(db, "ev-3a0c5e7f9b21")
    assert by_ord[4].text == SENTENCE_4
    assert get_target(db, consult.sentence_id).text == SENTENCE_4_EN
    assert db.execute("SELECT actor_id, role, ord FROM event_participants WHERE event_id = ? "
                      "ORDER BY role, ord", [consult.id]).fetchall() == \
        [(BLINKEN, "actor", 0), ("AZE", "recipient", 0)]

    history = dict(db.execute("SELECT table_name, count(*) FROM history GROUP BY table_name")
                   .fetchall())
    assert history == {"actors": 283, "mentions": 60, "events": 18, "targets": 5}
    assert db.execute("SELECT value FROM settings WHERE key = 'actors_seeded'").fetchall() == \
        [("true",)]


# v3 only: the mention each participant of the frozen events is bound to by the schema-5
# migration, (event id, role, actor id) -> (side, start, end, text). Ord 5 names "ABD" three
# times: the ACCUSE ("eleştiren", 148) gets the State Department's (11), the SANCTION
# ("kesilmesi", 233) the one of "ABD Senatosu'nun" (187), not the "ABD ile" after the trigger.
BINDINGS_V3: dict[tuple[str, str, str], tuple[str, int, int, str]] = {
    ("ev-3a0c5e7f9b21", "actor", BLINKEN): ("tr", 44, 58, "Antony Blinken"),
    ("ev-3a0c5e7f9b21", "recipient", "AZE"): ("tr", 60, 70, "Azerbaycan"),
    ("ev-5b1d6f8a0c32", "actor", "USA"): ("tr", 11, 14, "ABD"),
    ("ev-5b1d6f8a0c32", "recipient", "AZE"): ("tr", 135, 145, "Azerbaycan"),
    ("ev-7c2e8a9b1d43", "actor", "USA"): ("tr", 0, 3, "ABD"),
    ("ev-7c2e8a9b1d43", "recipient", "AZE"): ("tr", 20, 30, "Azerbaycan"),
}


@pytest.mark.parametrize("frozen", [f for f in FROZEN if f.annotated], ids=lambda f: f.name)
def test_the_migration_binds_event_arguments_to_mentions(frozen: Frozen,
                                                         migrated: ProjectConnections) -> None:
    """v3 on: every participant of the frozen events is bound to a mention of its actor in the
    event's sentence (Turkish side, before and nearest the trigger); none is left to review."""
    db = migrated.db
    found = {(event_id, role, actor_id): (side, start, end, text)
             for event_id, role, actor_id, side, start, end, text in db.execute(
                 'SELECT p.event_id, p.role, p.actor_id, m.side, m.start, m."end", m.text '
                 "FROM event_participants p JOIN mentions m ON m.id = p.mention_id")}
    for key, expected in BINDINGS_V3.items():
        assert found[key] == expected, key
    sanction = next(e for e in document_events(db, DOC_ID)
                    if e.type == "SANCTION" and e.trigger_tr == (233, 242))
    [actor] = sanction.actor_mentions
    assert actor is not None
    assert (get_mention(db, actor).start, get_mention(db, actor).text) == (187, "ABD")
    assert db.execute("SELECT count(*) FROM event_participants WHERE mention_id IS NULL"
                      ).fetchone()[0] == 0
    assert len(found) == frozen.counts["event_participants"]
    assert db.execute("SELECT count(*) FROM events WHERE needs_review = 1").fetchone()[0] == 0
    for event_id, role, actor_id in found:  # same sentence, same actor, not rejected
        assert db.execute(
            "SELECT count(*) FROM event_participants p JOIN events e ON e.id = p.event_id "
            "JOIN mentions m ON m.id = p.mention_id WHERE p.event_id = ? AND p.role = ? "
            "AND m.sentence_id = e.sentence_id AND m.actor_id = ? AND m.status != 'rejected'",
            [event_id, role, actor_id]).fetchone()[0] == 1


def test_migration_wrote_a_backup_of_the_file_as_it_was(frozen: Frozen,
                                                         migrated: ProjectConnections,
                                                         copy: Path) -> None:
    backup = backup_path(copy, frozen.version)
    assert backup.exists()
    assert read_user_version(backup) == frozen.version
    original, kept = read_only(frozen.path), read_only(backup)
    try:
        assert snapshot(kept) == snapshot(original)
        assert kept.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        original.close()
        kept.close()


def test_migrated_file_passes_integrity_and_foreign_key_checks(
        migrated: ProjectConnections) -> None:
    db = migrated.db
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_migrated_schema_equals_a_new_projects(migrated: ProjectConnections,
                                               tmp_path: Path) -> None:
    def schema(conn: Any) -> set[tuple[str, str, str, str]]:
        return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                "WHERE name NOT LIKE 'sqlite_%'").fetchall())

    new = open_project(tmp_path / "new.sqlite")
    try:
        assert schema(migrated.db) == schema(new)
    finally:
        new.close()


def test_migrated_file_takes_edits_and_reopens_without_migrating_again(
        frozen: Frozen, migrated: ProjectConnections, copy: Path) -> None:
    db = migrated.db
    sentence = get_sentences(db, DOC_ID)[20]
    save_target(db, sentence.id, "A new edit.", TargetStatus.DRAFT, "today")
    migrated.close()
    backups = sorted(p.name for p in copy.parent.glob("*.bak"))
    assert backups == [backup_path(copy, frozen.version).name]
    reopened = ProjectConnections(copy)
    try:
        assert sorted(p.name for p in copy.parent.glob("*.bak")) == backups
        assert get_target(reopened.db, sentence.id).text == "A new edit."
        assert count(reopened.db, "targets") == frozen.counts["targets"] + 1
    finally:
        reopened.close()
