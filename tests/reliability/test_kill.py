"""``kill -9`` in the middle of an import, a translation and an export of the real command.

After each kill the project passes SQLite's integrity check, everything committed before the kill
is still there, and the same command run again finishes the work: an import stores the document
whole, a translation sends only the sentences that had no saved translation (counted at the fake
server), an export writes the complete file. A killed export leaves no file under its final name
and does not change the project file. Every wait is bounded; a process still running at the end
is killed by the fixture.
"""

from __future__ import annotations

import hashlib
import json
import re
import select
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fakes.projects import WORDS, build_project
from fakes.servers import FakeMTServer

from annotator.exchange.output import part_path
from annotator.ingest.pipeline import import_file
from annotator.storage.connection import open_project
from reliability import PEAK_MEMORY_MB, Finished, finish, integrity, no_traceback, query

pytestmark = pytest.mark.reliability

WAIT_S = 60


def wait_until(condition: Callable[[], bool], process: subprocess.Popen[str], what: str) -> None:
    """Poll ``condition`` (every 2 ms) while ``process`` runs; fail naming ``what`` when the
    process ends first or :data:`WAIT_S` pass."""
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert process.poll() is None, f"the command ended before {what}"
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.002)


def kill(process: subprocess.Popen[str]) -> Finished:
    """``kill -9`` the process and reap it; it stayed under the memory bound until then."""
    assert process.poll() is None, "the command ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    done = finish(process, 30)
    assert done.code == -signal.SIGKILL and done.peak_mb < PEAK_MEMORY_MB, done
    return done


def run_again(start_annotator: Callable[..., subprocess.Popen[str]], db: Path,
              *args: str | Path) -> Finished:
    """Run the command again to its end: exit 0, no traceback, under the memory bound."""
    done = finish(start_annotator(db, *args), WAIT_S)
    assert done.code == 0 and done.peak_mb < PEAK_MEMORY_MB, done
    no_traceback(done.err)
    return done


def read_line(process: subprocess.Popen[str]) -> str:
    """The next line the process prints on stdout (bounded wait)."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], WAIT_S)
    assert ready, "the command printed nothing"
    return process.stdout.readline()


def big_text(path: Path, sentences: int) -> Path:
    """A long generated commentary: a title and paragraphs of ten numbered sentences."""
    numbered = [f"{n}. toplantıda {WORDS}." for n in range(1, sentences + 1)]
    paragraphs = [" ".join(numbered[i:i + 10]) for i in range(0, sentences, 10)]
    path.write_text("Büyük Belge\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def test_an_import_killed_mid_write_keeps_the_earlier_document_and_adds_nothing_half(
        tmp_path: Path, seed_file: Path, start_annotator) -> None:
    reference = open_project(tmp_path / "reference.sqlite")
    seed_sentences = import_file(reference, seed_file).sentences
    reference.close()
    db, wal = tmp_path / "project.sqlite", tmp_path / "project.sqlite-wal"
    big = big_text(tmp_path / "big.txt", 12_000)

    process = start_annotator(db, "import", seed_file, big)
    seed_id = read_line(process).split("\t", 1)[0]  # printed once the seed is committed
    committed = wal.stat().st_size
    # The big document's transaction spills its pages into the WAL long before it commits.
    wait_until(lambda: wal.stat().st_size > committed + 1_000_000, process,
               "the big document was being written")
    assert kill(process).out == ""  # the big document was never reported imported

    assert integrity(db) == "ok"
    assert query(db, "SELECT id FROM documents") == [(seed_id,)]
    assert query(db, "SELECT count(*) FROM sentences WHERE document_id = ?",
                 seed_id) == [(seed_sentences,)]
    assert query(db, "SELECT count(*) FROM sentences WHERE document_id != ?", seed_id) == [(0,)]
    assert query(db, "SELECT count(*) FROM blocks WHERE document_id != ?", seed_id) == [(0,)]

    big_id = run_again(start_annotator, db, "import", big).out.split("\t", 1)[0]
    assert query(db, "SELECT count(*) FROM sentences WHERE document_id = ?",
                 big_id) == [(12_001,)]  # the title and every numbered sentence
    assert integrity(db) == "ok"


def sentence_of(text: str) -> str:
    """The ``<document>.<sentence>`` number :func:`fakes.projects.build_project` starts each
    sentence with (what the fake server saw, whatever the engine did around it)."""
    found = re.search(r"(\d+\.\d+) ", text)
    assert found, text
    return found.group(1)


def test_a_translation_killed_midway_keeps_what_arrived_and_resends_none_of_it(
        tmp_path: Path, start_annotator,
        fake_server: Callable[..., FakeMTServer]) -> None:
    db = tmp_path / "project.sqlite"
    build_project(db, documents=1, sentences=300).close()
    server = fake_server("libre", latency=0.03)
    command = ("translate", "--all", "--engine", "libre", "--url", server.base_url,
               "--workers", "4")
    translated_sql = ("SELECT s.text FROM translations t JOIN sentences s ON s.id = t.sentence_id "
                      "WHERE t.error_kind IS NULL AND t.text IS NOT NULL")

    process = start_annotator(db, *command)
    wait_until(lambda: server.requests >= 80, process, "80 requests reached the server")
    saved_before = {sentence_of(row[0]) for row in query(db, translated_sql)}
    kill(process)
    sent_first = server.requests

    assert integrity(db) == "ok"
    saved = {sentence_of(row[0]) for row in query(db, translated_sql)}
    assert saved_before <= saved and len(saved) >= 40
    assert len(saved) < 300, "the translation finished before it was killed"

    run_again(start_annotator, db, *command)
    resent = [sentence_of(text) for text in server.texts()[sent_first:]]
    assert not saved & set(resent), "a sentence translated before the kill was sent again"
    assert sorted(resent) == sorted({f"0.{i}" for i in range(300)} - saved)  # each once
    assert query(db, "SELECT count(DISTINCT sentence_id) FROM translations "
                     "WHERE error_kind IS NULL") == [(300,)]
    assert query(db, "SELECT count(*) FROM targets WHERE status = 'mt'") == [(300,)]
    assert integrity(db) == "ok"


def test_an_export_killed_mid_write_leaves_no_file_and_the_project_unchanged(
        tmp_path: Path, start_annotator) -> None:
    db = tmp_path / "project.sqlite"
    build_project(db, documents=4, sentences=3000).close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out = tmp_path / "dataset.jsonl"

    process = start_annotator(db, "export", "--format", "jsonl", "-o", out)
    wait_until(lambda: part_path(out).exists() and part_path(out).stat().st_size > 0, process,
               "the export was writing")
    kill(process)

    assert not out.exists()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert integrity(db) == "ok"
    run_again(start_annotator, db, "export", "--format", "jsonl", "-o", out)
    assert not part_path(out).exists()
    with out.open(encoding="utf-8") as handle:
        orders = [json.loads(line)["order"] for line in handle]
    assert len(orders) == 12_000
