"""Rebuild the frozen projects in ``tests/data/projects/`` with the code of old schema versions.

    .venv/bin/python tools/make_frozen_projects.py          # every file
    .venv/bin/python tools/make_frozen_projects.py 3        # only schema-v3.sqlite

``schema-vN.sqlite`` is a project written by the last commit whose ``SCHEMA_VERSION`` was N (the
commit just before the one that appended migration N+1). For each version this script:

1. checks that ``COMMITS[N]`` has N migrations and that the next commit touching
   ``annotator/storage/schema.py`` is its child and adds migration N+1;
2. checks that commit out into a temporary worktree (``git worktree add --detach``);
3. imports that worktree's ``seeds/*.txt`` with that version's CLI:
   ``python -m annotator --db FILE import seeds/*.txt`` run with ``PYTHONPATH=<worktree>``;
4. runs this file again as ``populate N FILE`` with ``PYTHONPATH=<worktree>``, so that only the old
   version's own storage (and, from v2 on, MT runner) functions write the rest (see ``populate``);
   from v3 on it then runs that version's ``python -m annotator --db FILE suggest --all``;
5. checkpoints the WAL, switches the file to ``journal_mode=DELETE``, VACUUMs it, checks
   ``PRAGMA integrity_check``, copies it into ``tests/data/projects/`` and prints its row counts
   (the table in ``tests/data/projects/README.md``);
6. removes the worktree.

Timestamps (``imported_at``, ``updated``, ``created``, ``history.at``) are the time of the run, so
a rebuilt file differs from the committed one in those values (and its bytes) only; the counts and
texts that ``tests/storage/test_frozen_projects.py`` and ``tests/data/projects/README.md`` record
stay the same. Rebuild only to repair a file: the point of a frozen file is that it stays as the
old code wrote it.

Neither v1 nor v2 had any code that writes actors, mentions or events (their tables exist from
schema 1, but the functions came with schema 3), so both files hold none; v1 had no machine
translation code either, so ``schema-v1.sqlite`` has no ``translations`` rows. v3 writes the
actor registry, mentions on both sides, events with participants, review statuses and a
``needs_review`` flag (see ``_annotate``), then stores that version's suggestions. Event ids
are random (``ev-`` + 12 hex digits) except for the hand-made ones in ``EVENTS``, so a rebuilt
``schema-v3.sqlite`` also differs in the ids of the events ``suggest`` adds.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "tests" / "data" / "projects"
SCHEMA_FILE = "annotator/storage/schema.py"

# The last commit at which SCHEMA_VERSION was N. Found with
#   git log --oneline -- annotator/storage/schema.py
#   git show <commit>:annotator/storage/schema.py | grep -A1 '^MIGRATIONS'
# v2 came with 7aac464 ("Machine translation: ..."), v3 with c85e667 ("Annotation groundwork:
# ... schema v3"); the history is linear, so the last v1 commit is 7aac464^ and the last v2
# commit is c85e667^.
# v4 came with 47b1914 ("Issue 13 pieces: ... schema v4"), so the last v3 commit is 47b1914^.
COMMITS = {
    1: "e34abd6673cb6cae37c73bd59da31053256473a1",  # "Import from the GUI by drag and drop; ..."
    2: "d33e985c2c578dd56f6dde1cb15ef849bd284033",  # "One sample-window fixture for GUI tests; ..."
    3: "da46f8e9def67e3fa8e3014a2c4528c46ad11d6d",  # "Find and replace in the English ..."
}

COUNTED_TABLES = ("documents", "blocks", "sentences", "targets", "translations", "mt_cache",
                  "history", "actors", "mentions", "events", "event_participants", "settings")

# --- what populate() writes -----------------------------------------------------------------

# Machine translations (v2 only), by sentence ord; None: the engine fails on that sentence.
MT_OUTPUT: dict[int, str | None] = {
    0: "SIGNS OF IMPROVEMENT AND COOPERATION IN US-AZERBAIJAN RELATIONS",
    3: "In the past two weeks, some important developments have taken place in terms of "
       "United States - Azerbaijan relations.",
    4: "First, on November 27, US Secretary of State Antony Blinken took a step to normalize "
       "relations by talking on the phone with Azerbaijani President Aliyev.",
    7: "The visits that US officials were to make to Azerbaijan had been cancelled.",
    8: None,
}
MT_FAILURE = "the server answered without a translation"  # v2: MTError(kind, message)
# v3's MTError takes a message key and parameters instead; this is what v3's own LibreTranslate
# engine raises for an answer without the translation (annotator.mt.online_errors.bad_answer):
# "LibreTranslate sent an answer that could not be read (KeyError)."
MT_FAILURE_V3 = {"engine": "LibreTranslate", "detail": "KeyError"}

# The translators' saves, in order: (sentence ord, text, status, translator, seconds).
SAVES: list[tuple[int, str, str, str, float]] = [
    (0, "US-Azerbaijan Relations: Signs of Improvement and Cooperation", "reviewed", "ayse",
     42.5),
    (4, "On 27 November, Blinken called Aliyev to normalise relations.", "draft", "mehmet", 30.0),
    (4, "First, on 27 November US Secretary of State Antony Blinken took a step towards "
        "normalising relations in a telephone call with Azerbaijan's President Aliyev.",
     "translated", "mehmet", 55.0),
    (11, "After this development, relations were expected to thaw.", "draft", "ayse", 12.0),
]

# --- v3: annotations ---------------------------------------------------------------------------
# Spans are given by their words (first occurrence), turned into offsets of the sentence's
# Turkish or current English by ``_span``.

DOC_CONTEXTS = ("diplomatic",)  # the document's default event contexts (documents.contexts)

# The one actor added by hand (the rest is v3's seed registry: countries and organisations).
CUSTOM_ACTOR = {"name": "Antony Blinken", "country": "USA", "sector": "GOV",
                "aliases_tr": ("Blinken",), "aliases_en": ("Blinken",), "annotator": "ayse"}
CUSTOM_ACTOR_ID = "USA-GOV-antony-blinken"  # what v3's make_actor_id gives it

# A mention on ord 3's machine translation, made before mehmet post-edits that sentence
# (``POST_EDIT``): its words are gone afterwards, so v3's save_target re-anchors it onto "the US"
# and flags it needs_review.
PRE_EDIT_MENTION = (3, "USA", "United States", "mehmet")
POST_EDIT = (3, "Over the past two weeks there have been some important developments in "
                "relations between the US and Azerbaijan.", "translated", "mehmet", 20.0)

# Hand-made mentions: (sentence ord, side, actor id, words, status, annotator); "suggested"
# rows have provenance suggested, "rejected" ones were suggested and then rejected by ayse.
MENTIONS: list[tuple[int, str, str, str, str, str]] = [
    (4, "tr", "USA", "ABD", "accepted", "ayse"),
    (4, "tr", CUSTOM_ACTOR_ID, "Antony Blinken", "accepted", "ayse"),
    (4, "tr", "AZE", "Azerbaycan", "accepted", "ayse"),
    (4, "en", "USA", "US", "accepted", "ayse"),
    (4, "en", CUSTOM_ACTOR_ID, "Antony Blinken", "accepted", "ayse"),
    (4, "en", "AZE", "Azerbaijan", "accepted", "ayse"),
    (0, "tr", "USA", "ABD", "suggested", "suggest"),
    (0, "tr", "AZE", "AZERBAYCAN", "rejected", "suggest"),
]

# Hand-made events, same conventions; triggers are words of the Turkish / English text.
EVENTS: list[dict[str, Any]] = [
    {"id": "ev-3a0c5e7f9b21", "ord": 4, "type": "CONSULT", "modes": ("phone",),
     "contexts": ("diplomatic",), "actors": (CUSTOM_ACTOR_ID,), "recipients": ("AZE",),
     "trigger_tr": "telefonda görüşerek", "trigger_en": "telephone call",
     "date": "2023-11-27", "date_text": "27 Kasım", "confidence": 1.0,
     "note": "Blinken called Aliyev.", "status": "accepted", "annotator": "ayse"},
    {"id": "ev-5b1d6f8a0c32", "ord": 5, "type": "ACCUSE", "modes": ("disapprove",),
     "contexts": ("diplomatic",), "actors": ("USA",), "recipients": ("AZE",),
     "trigger_tr": "eleştiren", "trigger_en": None, "date": "2023-11-16",
     "date_text": "16 Kasım", "confidence": 0.6, "note": None, "status": "suggested",
     "annotator": "suggest"},
    {"id": "ev-7c2e8a9b1d43", "ord": 7, "type": "REJECT", "modes": ("meet",),
     "contexts": (), "actors": ("USA",), "recipients": ("AZE",),
     "trigger_tr": "iptal edilmişti", "trigger_en": "had been cancelled", "date": None,
     "date_text": None, "confidence": 0.4, "note": None, "status": "rejected",
     "annotator": "suggest"},
]


def populate(version: int, path: Path) -> None:
    """Add targets (from v2 on, MT rows; from v3 on, annotations) with the old version's
    own functions.

    Runs in a child process whose ``PYTHONPATH`` is the old version's worktree, so every
    ``annotator`` import below is that version's code.
    """
    import annotator
    from annotator.core.models import TargetStatus
    from annotator.storage import schema
    from annotator.storage.connection import open_project
    from annotator.storage.documents import get_sentences, list_documents
    from annotator.storage.targets import save_target

    worktree = Path(os.environ["FROZEN_WORKTREE"]).resolve()
    loaded = Path(annotator.__file__).resolve()
    if not loaded.is_relative_to(worktree) or version != schema.SCHEMA_VERSION:
        raise SystemExit(f"wrong code: {loaded}, schema {schema.SCHEMA_VERSION}")
    db = open_project(path)
    try:
        (doc,) = list_documents(db)
        by_ord = {s.order: s for s in get_sentences(db, doc.id)}
        if version >= 2:
            _machine_translate(db, doc.id, by_ord, version)
        if version >= 3:
            _prepare_annotations(db, doc.id, by_ord)
        saves = SAVES + ([POST_EDIT] if version >= 3 else [])
        for order, text, status, translator, seconds in saves:
            save_target(db, by_ord[order].id, text, TargetStatus(status), translator, seconds)
        if version >= 3:
            _annotate(db, by_ord)
    finally:
        db.close()


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _english(db: Any, sentence_id: int) -> str:
    from annotator.storage.targets import get_target

    return str(get_target(db, sentence_id).text)


def _prepare_annotations(db: Any, doc_id: str, by_ord: dict[int, Any]) -> None:
    """v3, before the saves: the registry, the document's contexts, a mention on an MT text."""
    from annotator.core.annotations import Actor, Mention
    from annotator.core.models import Side
    from annotator.storage.actor_seed import ensure_default_actors
    from annotator.storage.actors import add_actor
    from annotator.storage.annotations import add_mention
    from annotator.storage.documents import set_document_contexts

    if ensure_default_actors(db) < 200:
        raise SystemExit("the seed registry is too small")
    actor = add_actor(db, Actor(id="", **CUSTOM_ACTOR))
    if actor.id != CUSTOM_ACTOR_ID:
        raise SystemExit(f"unexpected actor id {actor.id}")
    set_document_contexts(db, doc_id, DOC_CONTEXTS)
    order, actor_id, words, who = PRE_EDIT_MENTION
    sentence_id = by_ord[order].id
    start, end = _span(_english(db, sentence_id), words)
    add_mention(db, Mention(None, sentence_id, actor_id, Side.EN, start, end, words,
                            annotator=who))


def _annotate(db: Any, by_ord: dict[int, Any]) -> None:
    """v3, after the saves: ``MENTIONS`` and ``EVENTS``, then the reviews (``set_status``)."""
    from annotator.core.annotations import Event, Mention
    from annotator.core.models import AnnotationStatus, Provenance, Side
    from annotator.storage.annotations import (
        add_event,
        add_mention,
        sentence_mentions,
        set_status,
    )

    rejected_mentions: list[int] = []
    for order, side, actor_id, words, status, who in MENTIONS:
        sentence_id = by_ord[order].id
        text = by_ord[order].text if side == "tr" else _english(db, sentence_id)
        start, end = _span(text, words)
        manual = status == "accepted"
        mention = add_mention(db, Mention(
            None, sentence_id, actor_id, Side(side), start, end, text[start:end], annotator=who,
            provenance=Provenance.MANUAL if manual else Provenance.SUGGESTED,
            status=AnnotationStatus.ACCEPTED if manual else AnnotationStatus.SUGGESTED))
        if status == "rejected":
            rejected_mentions.append(mention.id)
    rejected_events: list[str] = []
    for spec in EVENTS:
        sentence_id = by_ord[spec["ord"]].id
        english = _english(db, sentence_id)
        manual = spec["status"] == "accepted"
        add_event(db, Event(
            spec["id"], sentence_id, spec["type"], modes=spec["modes"],
            contexts=spec["contexts"], actors=spec["actors"], recipients=spec["recipients"],
            trigger_tr=_span(by_ord[spec["ord"]].text, spec["trigger_tr"]),
            trigger_en=_span(english, spec["trigger_en"]) if spec["trigger_en"] else None,
            date=spec["date"], date_text=spec["date_text"], confidence=spec["confidence"],
            note=spec["note"], annotator=spec["annotator"],
            provenance=Provenance.MANUAL if manual else Provenance.SUGGESTED,
            status=AnnotationStatus.ACCEPTED if manual else AnnotationStatus.SUGGESTED))
        if spec["status"] == "rejected":
            rejected_events.append(spec["id"])
    if set_status(db, "mentions", rejected_mentions, AnnotationStatus.REJECTED, "ayse") != 1 or \
            set_status(db, "events", rejected_events, AnnotationStatus.REJECTED, "ayse") != 1:
        raise SystemExit("the reviews changed nothing")
    flagged = [m for m in sentence_mentions(db, by_ord[PRE_EDIT_MENTION[0]].id)
               if m.needs_review]
    if len(flagged) != 1:
        raise SystemExit(f"the post-edit did not flag the mention: {flagged}")


def _machine_translate(db: Any, doc_id: str, by_ord: dict[int, Any], version: int) -> None:
    """v2 on: run that version's MT runner with an in-process stand-in for a LibreTranslate
    server."""
    from annotator.core.mt_types import ErrorKind
    from annotator.mt.engine import TextLimit
    from annotator.mt.errors import MTError
    from annotator.mt.runner import RunnerOptions, run_job
    from annotator.storage.translations import select_sentences

    answers = {by_ord[order].text: text for order, text in MT_OUTPUT.items()}

    class StandInLibre:
        """What v2's runner needs from an engine (``annotator.mt.engine.Engine``); no network."""

        name = "libre"
        cache_key = "libre"
        limit = TextLimit(max_chars=5000)
        rate_per_second: float | None = None

        def translate(self, text: str, source: str, target: str) -> str:
            answer = answers[text]
            if answer is None:
                if version >= 3:
                    raise MTError(ErrorKind.BAD_RESPONSE, **MT_FAILURE_V3)
                raise MTError(ErrorKind.BAD_RESPONSE, MT_FAILURE)
            return answer

        def close(self) -> None:
            pass

    engine = StandInLibre()
    pending = select_sentences(db, engine.name, "tr", "en", document_ids=[doc_id],
                               sentence_ids=[by_ord[order].id for order in MT_OUTPUT])
    summary = run_job(db, engine, pending, "tr", "en", options=RunnerOptions(workers=1))
    if summary.translated != 4 or sum(summary.failed.values()) != 1:
        raise SystemExit(f"unexpected MT summary: {summary}")


# --- the driver (today's interpreter, no annotator import) ------------------------------------


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], check=True, capture_output=True,
                          text=True).stdout


def migrations_at(commit: str) -> int:
    source = git("show", f"{commit}:{SCHEMA_FILE}")
    match = re.search(r"^MIGRATIONS: list\[Migration\] = \[(.*?)\]", source, re.M | re.S)
    if match is None:
        raise SystemExit(f"no MIGRATIONS list in {commit}:{SCHEMA_FILE}")
    return len([name for name in match.group(1).split(",") if name.strip()])


def check_commit(version: int, commit: str) -> None:
    """``commit`` has ``version`` migrations and the next change of schema.py adds one more."""
    if migrations_at(commit) != version:
        raise SystemExit(f"{commit} is not at schema {version}")
    later = git("log", "--format=%H", "--reverse", f"{commit}..HEAD", "--", SCHEMA_FILE).split()
    if later:
        parent = git("rev-parse", f"{later[0]}^").strip()
        if parent != commit or migrations_at(later[0]) != version + 1:
            raise SystemExit(f"{commit} is not the last commit at schema {version}")


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in COUNTED_TABLES
                if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone()}
    finally:
        conn.close()


def finish(path: Path, version: int) -> None:
    """Fold the WAL into the file, leave WAL mode, VACUUM and check the result."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != version:
            raise SystemExit(f"{path} is not at schema {version}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise SystemExit(f"{path} fails the integrity check")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        if Path(f"{path}{suffix}").exists():
            raise SystemExit(f"{path}{suffix} was left behind")


def build(version: int, scratch: Path) -> Path:
    commit = COMMITS[version]
    check_commit(version, commit)
    worktree = scratch / f"annot-v{version}"
    git("worktree", "add", "--detach", str(worktree), commit)
    try:
        env = {**os.environ, "PYTHONPATH": str(worktree), "FROZEN_WORKTREE": str(worktree),
               "PYTHONDONTWRITEBYTECODE": "1", "ANNOTATOR_HOME": str(scratch / "home"),
               "QT_QPA_PLATFORM": "offscreen"}
        project = scratch / f"schema-v{version}.sqlite"
        seeds = sorted(str(p.relative_to(worktree)) for p in (worktree / "seeds").glob("*.txt"))
        subprocess.run([sys.executable, "-m", "annotator", "--db", str(project), "import",
                        *seeds], cwd=worktree, env=env, check=True)
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "populate", str(version),
                        str(project)], cwd=worktree, env=env, check=True)
        if version >= 3:
            subprocess.run([sys.executable, "-m", "annotator", "--db", str(project), "suggest",
                            "--all"], cwd=worktree, env=env, check=True)
    finally:
        git("worktree", "remove", "--force", str(worktree))
    finish(project, version)
    target = OUT_DIR / project.name
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(project, target)
    return target


def main(argv: list[str]) -> int:
    if argv[:1] == ["populate"]:
        populate(int(argv[1]), Path(argv[2]))
        return 0
    versions = [int(a) for a in argv] or sorted(COMMITS)
    with tempfile.TemporaryDirectory(prefix="frozen-projects-") as tmp:
        built = [build(version, Path(tmp)) for version in versions]
    print("| file | commit | " + " | ".join(COUNTED_TABLES) + " |")
    for version, path in zip(versions, built, strict=True):
        table = counts(path)
        cells = " | ".join(str(table.get(name, "–")) for name in COUNTED_TABLES)
        print(f"| {path.name} | {COMMITS[version][:7]} | {cells} |")
        print(f"  {path.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
