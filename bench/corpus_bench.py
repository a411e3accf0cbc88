"""Corpus scale (issue 19): whole commands on 1,000 and 10,000 generated commentaries.

Usage::

    python -m bench.corpus_bench [--sizes 1000 10000] [--runs 3] [--work DIR]

For each size it writes the documents (bench/corpus_data.py, kept in ``--work`` for later runs)
and times, as a person runs them (``python -m annotator ...`` in a fresh process, start-up
included):

- ``import`` with ``--workers 1`` and ``--workers 2`` (the speed-up of the second core);
- opening the window (bench/window_open_bench.py), against a one-document project;
- ``suggest --all`` with ``--workers 1`` and ``2``, in sentences per second;
- ``qa --all`` with ``--workers 1`` and ``2``, after every sentence got an English text;
- ``export --format jsonl`` with ``--no-qa`` and with the QA checks, in records per second.

Each figure is the median of ``--runs`` runs (one run at 10,000 documents, where a run takes
minutes), with the cost per document, which should stay flat from 1,000 to 10,000 documents.
Budgets (2 cores): window within 0.5 s of one document; ``suggest --all`` >= 1,000 sentences/s;
JSONL export >= 30,000 records/s as a whole command (QA off).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import REPO_ROOT
from bench.corpus_data import write_corpus
from bench.window_open_bench import measure as window_open_seconds

SUGGEST_BUDGET = 1_000  # sentences/s
EXPORT_BUDGET = 30_000  # records/s, whole command
WINDOW_BUDGET = 0.5  # seconds over a one-document project


def annotator(*args: str) -> float:
    """Seconds of one ``python -m annotator ARGS`` (it must succeed; QA may exit 1)."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "annotator", *args], cwd=REPO_ROOT,
                            capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"annotator {' '.join(args[:4])}... failed:\n{result.stderr[-2000:]}")
    return seconds


def counted(db: Path, sql: str) -> int:
    """One number from the project file."""
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def give_english(db: Path) -> None:
    """Every sentence gets an English text (two thirds translated, a third reviewed), so that
    QA and the export have something to check and write."""
    connection = sqlite3.connect(db)
    rows = connection.execute(
        "SELECT id, text FROM sentences WHERE id NOT IN (SELECT sentence_id FROM targets)"
    ).fetchall()
    connection.executemany(
        "INSERT INTO targets (sentence_id, text, search, status, translator, updated) "
        "VALUES (?, ?, ?, ?, 'bench', '2026-11-30T00:00:00')",
        [(i, f"In English: {text}", f"in english: {text.lower()}",
          "reviewed" if i % 3 == 0 else "translated") for i, text in rows])
    connection.commit()
    connection.close()


def copy_project(source: Path, target: Path) -> Path:
    """A fresh copy of a project file (and its WAL)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    wal = Path(f"{source}-wal")
    if wal.exists():
        shutil.copyfile(wal, f"{target}-wal")
    return target


def median_of(runs: int, once: Callable[[], float]) -> float:
    """The median of ``runs`` calls of ``once`` (each returns seconds)."""
    return statistics.median(once() for _ in range(runs))


def line(label: str, seconds: float, count: int, unit: str, documents: int,
         budget: str = "") -> str:
    """One printed figure: time, rate, cost per document."""
    return (f"  {label:<34} {seconds:8.2f} s  {count / seconds:10,.0f} {unit}/s  "
            f"{1000 * seconds / documents:7.2f} ms/document{budget}")


def bench_size(size: int, runs: int, work: Path, one_document: Path) -> None:
    """Every figure for a corpus of ``size`` documents."""
    folder = work / f"c{size}"
    if not folder.is_dir() or len(list(folder.glob("*.txt"))) != size:
        write_corpus(folder, size)
    files = sorted(str(p) for p in folder.glob("*.txt"))
    runs = runs if size <= 1000 else 1
    print(f"\n{size:,} documents ({runs} run{'s' if runs > 1 else ''} each, median):")

    imported = work / f"p{size}.db"
    rates: dict[str, float] = {}
    for workers in (1, 2):
        def import_once(workers: int = workers) -> float:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{imported}{suffix}").unlink(missing_ok=True)
            return annotator("--db", str(imported), "import", "--workers", str(workers), *files)
        rates[f"import {workers}"] = median_of(runs, import_once)
    sentences = counted(imported, "SELECT count(*) FROM sentences")
    for workers in (1, 2):
        print(line(f"import --workers {workers}", rates[f"import {workers}"], size, "documents",
                   size))
    print(f"  {'':<34} speed-up of --workers 2: "
          f"{rates['import 1'] / rates['import 2']:.2f}x ({sentences:,} sentences)")

    base = window_open_seconds(one_document, runs=5)
    opened = window_open_seconds(imported, runs=5)
    print(f"  {'window opens':<34} {opened:8.3f} s  one document {base:.3f} s: "
          f"+{opened - base:.3f} s (budget +{WINDOW_BUDGET} s)")

    project = work / f"p{size}_work.db"
    for workers in (1, 2):
        def suggest_once(workers: int = workers) -> float:
            copy_project(imported, project)
            return annotator("--db", str(project), "suggest", "--all", "--workers", str(workers))
        rates[f"suggest {workers}"] = median_of(runs, suggest_once)
        print(line(f"suggest --all --workers {workers}", rates[f"suggest {workers}"], sentences,
                   "sentences", size, f"  (budget >= {SUGGEST_BUDGET:,})"))
    print(f"  {'':<34} speed-up of --workers 2: "
          f"{rates['suggest 1'] / rates['suggest 2']:.2f}x")

    give_english(project)  # the suggested project, now with English
    for workers in (1, 2):
        seconds = median_of(runs, lambda workers=workers: annotator(
            "--db", str(project), "qa", "--all", "--workers", str(workers)))
        rates[f"qa {workers}"] = seconds
        print(line(f"qa --all --workers {workers}", seconds, sentences, "sentences", size))
    print(f"  {'':<34} speed-up of --workers 2: {rates['qa 1'] / rates['qa 2']:.2f}x")

    out = work / "out.jsonl"
    for label, extra in (("export jsonl --no-qa", ["--no-qa"]), ("export jsonl (QA)", [])):
        seconds = median_of(runs, lambda extra=extra: annotator(
            "--db", str(project), "export", "--format", "jsonl", "-o", str(out), *extra))
        records = sum(1 for _ in out.open(encoding="utf-8"))
        budget = f"  (budget >= {EXPORT_BUDGET:,})" if extra else ""
        print(line(label, seconds, records, "records", size, budget))
    out.unlink(missing_ok=True)
    for path in (project,):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def main() -> None:
    """Run the sizes asked for and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/annotator-corpus-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    one_document = args.work / "p1.db"
    one_document.unlink(missing_ok=True)
    annotator("--db", str(one_document), "import", *map(str, (REPO_ROOT / "seeds").glob("*.txt")))
    print(f"Python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d')}")
    for size in args.sizes:
        bench_size(size, args.runs, args.work, one_document)


if __name__ == "__main__":
    main()
