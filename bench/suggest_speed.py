"""Speed of the rule suggester on a corpus (issue 19): sentences per second, in-process and as
the whole ``annotator suggest --all`` command, and where the time goes.

Usage::

    python bench/suggest_speed.py [--db /tmp/corpus/p1000_base.db] [--runs 3]
        [--profile-docs 100] [--no-command] [--no-inprocess] [--digest] [--workers N]
        [--writer-docs 200]

``--db`` is a project without suggestions (the generated corpus of 1,000 commentaries by
default); it is never written: every run works on a fresh copy in a temporary folder. Printed:
the median seconds and sentences per second (every sentence of the project counts) of ``--runs``
calls of ``Project(copy).suggest(all ids)`` and of ``--runs`` runs of ``python -m annotator --db
COPY suggest --all`` (start-up included), then the top entries of a ``cProfile`` of
``Project.suggest`` over the first ``--profile-docs`` documents. ``--digest`` also prints a
hash of everything one run stored (mentions, events, participants, without ids and times), to
check that a faster suggester stores exactly what the old one did. ``--workers N`` runs the
whole command with ``--workers 1`` and with ``--workers N`` (each median of ``--runs``, each run
on a fresh copy) and prints the speed-up; the in-process run and the profile use one process, as
before. ``--writer-docs`` times the writer alone: plans of that many documents made first, then
``store_plan`` of each (milliseconds per document; 0: not measured).

For the figures of an older version, run this script from a copy of that version:
``git archive <commit> | tar -x -C DIR``, copy this file into ``DIR/bench`` and run
``.venv/bin/python DIR/bench/suggest_speed.py`` (the command then runs with ``cwd`` DIR).

Issue 19, on the 2-core machine shared with other work (1,000 generated commentaries, 52,033
sentences), median of 3: before (one regex per alias, several queries per sentence) in-process
110.7 s = 470 sentences/s, command 136.9 s = 380 sentences/s; after, in-process 15.9 s = 3,267
sentences/s, command 16.0 s = 3,256 sentences/s, one process; the same digest
(e244dbb1ac3e0e4c) before and after.

The single writer of ``--workers N`` (``--workers 2 --writer-docs 1000``, same machine, median
of 3): before (the writer built rows, history JSON and argument bindings itself) ``store_plan``
4.4 ms/document, plan 7.1 ms/document, command 13.4 s with ``--workers 1`` and 9.8 s with
``--workers 2`` (1.37x); after (plans carry insert-ready rows, dates scanned once per sentence)
``store_plan`` 2.3 ms/document, plan 5.9 ms/document, command 9.4 s and 6.5 s (1.45x; workers
start in about a second, and three processes share the two cores); the same digest. Most of the
writer's time is now SQLite's (about 77 WAL pages per document, a third of them for the random
event ids in three indexes).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import pstats
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.project import Project  # noqa: E402
from annotator.storage.actor_seed import ensure_default_actors  # noqa: E402
from annotator.storage.suggestions import Suggester, store_plan  # noqa: E402
from annotator.storage.taxonomy import project_taxonomy  # noqa: E402

DEFAULT_DB = Path("/tmp/corpus/p1000_base.db")

_DIGEST_QUERIES = (
    "SELECT sentence_id, side, start, \"end\", actor_id, text, provenance, status, rule, score "
    "FROM mentions",
    "SELECT sentence_id, type, modes, contexts, aux, trigger_tr_start, trigger_tr_end, "
    "trigger_en_start, trigger_en_end, date, date_text, confidence, provenance, status, rule "
    "FROM events",
    "SELECT e.sentence_id, e.type, p.actor_id, p.role, p.ord, m.side, m.start, m.\"end\" "
    "FROM event_participants p JOIN events e ON e.id = p.event_id "
    "LEFT JOIN mentions m ON m.id = p.mention_id",
    "SELECT table_name, action, count(*) FROM history GROUP BY table_name, action",
)


@contextmanager
def project_copy(source: Path) -> Iterator[Path]:
    """A copy of ``source`` in a temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="suggest-speed-") as folder:
        path = Path(folder) / "project.db"
        shutil.copyfile(source, path)
        yield path


def sentence_count(path: Path) -> int:
    """Every sentence of the project (the unit of the budget)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM sentences").fetchone()[0])


def digest(path: Path) -> str:
    """A hash of the stored suggestions, independent of row ids and timestamps."""
    hasher = hashlib.sha256()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        for sql in _DIGEST_QUERIES:
            for row in sorted(conn.execute(sql).fetchall(), key=repr):
                hasher.update(repr(row).encode())
    return hasher.hexdigest()[:16]


def in_process(path: Path) -> float:
    """Seconds of ``Project(path).suggest(every document)``."""
    project = Project(path)
    ids = project.document_ids()
    started = time.perf_counter()
    project.suggest(ids)
    return time.perf_counter() - started


def whole_command(path: Path, workers: int | None = None) -> float:
    """Seconds of ``python -m annotator --db PATH suggest --all [--workers N]``, start-up
    included (without ``workers`` the command's default, the number of cores)."""
    command = [sys.executable, "-m", "annotator", "--db", str(path), "suggest", "--all"]
    if workers is not None:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def writer_cost(source: Path, documents: int) -> None:
    """Milliseconds per document of planning and of ``store_plan`` (the single writer of
    ``--workers N``) over the first ``documents``, planned first and then stored in order."""
    with project_copy(source) as path:
        project = Project(path)
        ensure_default_actors(project.db)
        suggester = Suggester(project.db, taxonomy=project_taxonomy(project.db))
        ids = project.document_ids()[:documents]
        started = time.perf_counter()
        plans = [suggester.plan(project.db, doc_id) for doc_id in ids]
        planned = time.perf_counter()
        for plan in plans:
            store_plan(project.db, plan)
        stored = time.perf_counter()
    print(f"{len(ids)} documents: plan {1000 * (planned - started) / len(ids):.2f} ms/document, "
          f"store_plan {1000 * (stored - planned) / len(ids):.2f} ms/document")


def timed(source: Path, runs: int, measure: Callable[[Path], float],
          show_digest: bool) -> list[float]:
    """``runs`` timings of ``measure`` on fresh copies (the digest of the first one)."""
    times = []
    for run in range(runs):
        with project_copy(source) as path:
            times.append(measure(path))
            if show_digest and run == 0:
                print(f"  digest of what was stored: {digest(path)}")
    return times


def report(label: str, times: list[float], sentences: int) -> None:
    middle = sorted(times)[len(times) // 2]
    runs = ", ".join(f"{t:.1f}" for t in times)
    print(f"{label}: median {middle:.1f} s ({runs}) = {sentences / middle:,.0f} sentences/s")


def profile(source: Path, documents: int, top: int = 25) -> None:
    """The top entries (by own time) of a profile of suggesting the first ``documents``."""
    with project_copy(source) as path:
        project = Project(path)
        ids = project.document_ids()[:documents]
        profiler = cProfile.Profile()
        profiler.enable()
        project.suggest(ids)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    print(f"profile of Project.suggest over {documents} documents (by own time):")
    print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile-docs", type=int, default=100, help="0: no profile")
    parser.add_argument("--no-command", action="store_true")
    parser.add_argument("--no-inprocess", action="store_true")
    parser.add_argument("--digest", action="store_true")
    parser.add_argument("--workers", type=int, default=None,
                        help="time the command with --workers 1 and with --workers N")
    parser.add_argument("--writer-docs", type=int, default=0,
                        help="time plan and store_plan over this many documents (0: not)")
    args = parser.parse_args()
    sentences = sentence_count(args.db)
    print(f"{args.db}: {sentences:,} sentences")
    if not args.no_inprocess:
        report("in-process Project.suggest(all)",
               timed(args.db, args.runs, in_process, args.digest), sentences)
    if not args.no_command and args.workers is None:
        report("whole command suggest --all",
               timed(args.db, args.runs, whole_command, args.digest), sentences)
    if not args.no_command and args.workers is not None:
        medians: dict[int, float] = {}
        for workers in dict.fromkeys((1, args.workers)):
            times = timed(args.db, args.runs, partial(whole_command, workers=workers),
                          args.digest)
            report(f"whole command suggest --all --workers {workers}", times, sentences)
            medians[workers] = sorted(times)[len(times) // 2]
        print(f"speed-up of --workers {args.workers} over --workers 1: "
              f"{medians[1] / medians[args.workers]:.2f}x")
    if args.writer_docs:
        writer_cost(args.db, args.writer_docs)
    if args.profile_docs:
        profile(args.db, args.profile_docs)


if __name__ == "__main__":
    main()
