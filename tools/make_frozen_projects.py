"""Rebuild the frozen projects in ``tests/data/projects/`` with the code of old schema versions.

    .venv/bin/python tools/make_frozen_projects.py          # both files
    .venv/bin/python tools/make_frozen_projects.py 2        # only schema-v2.sqlite

``schema-vN.sqlite`` is a project written by the last commit whose ``SCHEMA_VERSION`` was N (the
commit just before the one that appended migration N+1). For each version this script:

1. checks that ``COMMITS[N]`` has N migrations and that the next commit touching
   ``annotator/storage/schema.py`` is its child and adds migration N+1;
2. checks that commit out into a temporary worktree (``git worktree add --detach``);
3. imports that worktree's ``seeds/*.txt`` with that version's CLI:
   ``python -m annotator --db FILE import seeds/*.txt`` run with ``PYTHONPATH=<worktree>``;
4. runs this file again as ``populate N FILE`` with ``PYTHONPATH=<worktree>``, so that only the old
   version's own storage (and, for v2, MT runner) functions write the rest (see ``populate``);
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
translation code either, so ``schema-v1.sqlite`` has no ``translations`` rows.
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
COMMITS = {
    1: "e34abd6673cb6cae37c73bd59da31053256473a1",  # "Import from the GUI by drag and drop; ..."
    2: "d33e985c2c578dd56f6dde1cb15ef849bd284033",  # "One sample-window fixture for GUI tests; ..."
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
MT_FAILURE = "the server answered without a translation"

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


def populate(version: int, path: Path) -> None:
    """Add targets (and, for v2, MT rows) with the old version's own functions.

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
            _machine_translate(db, doc.id, by_ord)
        for order, text, status, translator, seconds in SAVES:
            save_target(db, by_ord[order].id, text, TargetStatus(status), translator, seconds)
    finally:
        db.close()


def _machine_translate(db: Any, doc_id: str, by_ord: dict[int, Any]) -> None:
    """v2: run the v2 MT runner with an in-process stand-in for a LibreTranslate server."""
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
