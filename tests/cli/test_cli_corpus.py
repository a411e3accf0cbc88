"""Corpus-scale batch commands: ``--workers`` process pools and ``--shard K/N`` (issue 19).

Each test runs the real command in a subprocess on enough documents for a pool of two workers
(``annotator.batch.process_pool.pool_size``), and checks that the pool gives exactly what one
process gives.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import annotator

from annotator.batch.process_pool import MIN_DOCUMENTS_PER_WORKER

FILES = 2 * MIN_DOCUMENTS_PER_WORKER + 6  # enough for two workers


def _write_corpus(folder: Path, count: int = FILES) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        path = folder / f"belge_{number:03d}.txt"
        path.write_text(
            f"BELGE {number}\n\nDışişleri Bakanı {number} Mart'ta Ankara'da Rusya ile "
            f"görüştü. Türkiye {number * 3} milyon dolar yardım açıkladı. Toplantı iki saat "
            "sürdü.\n\nTaraflar yeniden bir araya gelmeye karar verdi.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _documents(db: Path) -> list[tuple[str, str, int]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(
            "SELECT d.id, d.title, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id)"
            " FROM documents d ORDER BY d.id").fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _write_corpus(tmp_path_factory.mktemp("corpus"))


def test_import_with_two_workers_stores_what_one_process_stores(
        tmp_path: Path, corpus: list[Path]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff" * 50)
    files = [*map(str, corpus[:30]), str(bad), *map(str, corpus[30:])]
    pooled = annotator("--db", str(tmp_path / "pooled.db"), "import", "--workers", "2", *files)
    single = annotator("--db", str(tmp_path / "single.db"), "import", "--workers", "1", *files)
    assert pooled.returncode == single.returncode == 2  # the bad file, reported once
    assert pooled.stderr.count(str(bad)) == 1
    assert "import: 100%" in pooled.stderr
    # One line per new document, in the files' order, as one process prints them.
    assert pooled.stdout == single.stdout
    assert len(pooled.stdout.splitlines()) == FILES
    assert _documents(tmp_path / "pooled.db") == _documents(tmp_path / "single.db")
    again = annotator("--db", str(tmp_path / "pooled.db"), "import", "--workers", "2",
                      *map(str, corpus))
    assert again.returncode == 0 and again.stdout == ""
    assert again.stderr.count("is already in the project") == FILES


def test_shards_split_the_import_without_overlap(tmp_path: Path, corpus: list[Path]) -> None:
    shards = []
    for k in (1, 2, 3):
        db = tmp_path / f"shard{k}.db"
        result = annotator("--db", str(db), "import", "--shard", f"{k}/3", *map(str, corpus))
        assert result.returncode == 0, result.stderr
        assert f"shard {k}/3: " in result.stderr
        shards.append({row[0] for row in _documents(db)})
        taken = int(result.stderr.split(f"shard {k}/3: ")[1].split()[0])
        assert taken == len(shards[-1])
    whole = tmp_path / "whole.db"
    assert annotator("--db", str(whole), "import", *map(str, corpus)).returncode == 0
    everything = {row[0] for row in _documents(whole)}
    assert set().union(*shards) == everything
    assert sum(map(len, shards)) == len(everything)  # no document in two shards
    assert all(shards)  # 134 documents leave none of three shards empty
    # suggest --shard on the whole project takes exactly the documents import --shard took.
    suggested = annotator("--db", str(whole), "suggest", "--all", "--shard", "2/3")
    assert suggested.returncode == 0, suggested.stderr
    assert {line.split("\t")[0] for line in suggested.stdout.splitlines()} == shards[1]


def test_bad_shards_and_workers_are_refused_in_one_line(tmp_path: Path,
                                                        corpus: list[Path]) -> None:
    db = tmp_path / "p.db"
    for args in (["--shard", "4/3"], ["--shard", "1-3"], ["--workers", "0"],
                 ["--workers", "many"]):
        result = annotator("--db", str(db), "import", *args, str(corpus[0]))
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not db.exists()


def test_qa_with_two_workers_prints_what_one_process_prints(tmp_path: Path,
                                                            corpus: list[Path]) -> None:
    db = tmp_path / "qa.db"
    assert annotator("--db", str(db), "import", *map(str, corpus)).returncode == 0
    connection = sqlite3.connect(db)
    rows = connection.execute("SELECT id, text FROM sentences").fetchall()
    # English that drops the numbers and the end punctuation: number and punctuation issues.
    connection.executemany(
        "INSERT INTO targets (sentence_id, text, search, status, translator, updated) "
        "VALUES (?, ?, ?, 'translated', 't', '2026-11-30T00:00:00')",
        [(i, "The minister met " + text.split()[0], "x") for i, text in rows])
    connection.commit()
    connection.close()
    pooled = annotator("--db", str(db), "qa", "--all", "--workers", "2", "--jsonl")
    single = annotator("--db", str(db), "qa", "--all", "--workers", "1", "--jsonl")
    assert pooled.returncode == single.returncode == 1  # errors left
    assert pooled.stdout == single.stdout
    assert pooled.stdout.count('"check": "numbers"') >= FILES


@pytest.mark.parametrize("when", ["first document stored", "workers starting"])
def test_ctrl_c_stops_a_pooled_import_and_keeps_whole_documents(tmp_path: Path,
                                                                 when: str) -> None:
    corpus = _write_corpus(tmp_path / "many", 600)
    db = tmp_path / "p.db"
    # Unbuffered bytes: readline() takes exactly one line, the rest stays for communicate().
    process = subprocess.Popen(
        [sys.executable, "-m", "annotator", "--db", str(db), "import", "--workers", "2",
         *map(str, corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
        env=os.environ.copy(), start_new_session=True)
    assert process.stdout is not None
    if when == "first document stored":
        first = process.stdout.readline().decode()
    else:  # while the worker interpreters are still importing
        first = ""
        time.sleep(0.8)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal sends Ctrl-C to the whole group
    raw_out, raw_err = process.communicate(timeout=60)
    out, err = raw_out.decode(), raw_err.decode()
    assert process.returncode == 130, err
    assert "Traceback" not in err and "Stopped" in err
    stored = _documents(db)
    assert len(stored) < 600
    assert all(count == 5 for _, _, count in stored)  # title + 4 sentences: none half-stored
    assert len((first + out).splitlines()) == len(stored)  # every stored document was printed


def _annotations(db: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        mentions = connection.execute(
            "SELECT s.document_id, s.ord, m.actor_id, m.side, m.start, m.\"end\", m.status "
            "FROM mentions m JOIN sentences s ON s.id = m.sentence_id ORDER BY 1, 2, 4, 5"
        ).fetchall()
        events = connection.execute(
            "SELECT s.document_id, s.ord, e.type, e.trigger_tr_start, e.date, e.rule "
            "FROM events e JOIN sentences s ON s.id = e.sentence_id ORDER BY 1, 2, 3").fetchall()
        return [*mentions, *events]
    finally:
        connection.close()


def test_suggest_with_two_workers_stores_what_one_process_stores(
        tmp_path: Path, corpus: list[Path]) -> None:
    first = tmp_path / "first.db"
    assert annotator("--db", str(first), "import", *map(str, corpus)).returncode == 0
    second = tmp_path / "second.db"
    second.write_bytes(first.read_bytes())
    pooled = annotator("--db", str(first), "suggest", "--all", "--workers", "2")
    single = annotator("--db", str(second), "suggest", "--all", "--workers", "1")
    assert pooled.returncode == single.returncode == 0, pooled.stderr
    assert pooled.stdout == single.stdout and len(pooled.stdout.splitlines()) == FILES
    stored = _annotations(first)
    assert stored == _annotations(second)
    assert any(row[2] == "RUS" for row in stored)  # the registry found Rusya in every document
    assert sum(len(row) == 6 for row in stored) >= FILES  # and events (görüştü, yardım...)
    again = annotator("--db", str(first), "suggest", "--all", "--workers", "2")
    assert all(line.endswith("\t0\t0") for line in again.stdout.splitlines())
