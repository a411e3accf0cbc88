"""Two ``annotator`` processes writing one project at the same time.

Each pair either both finishes (exit 0, both changes stored), or one of them finds the project
busy for its whole busy timeout and exits 75 with one line and nothing of its own stored. No
traceback, and the file passes SQLite's integrity check afterwards. With the default ten-second
busy timeout these pairs both finish; with a busy timeout of 1 ms either outcome is allowed, and
what each process reported must match what the project holds.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from fakes.projects import WORDS, build_project
from fakes.servers import FakeMTServer

from annotator.cli.exit_codes import EXIT_BUSY, EXIT_OK
from annotator.exchange.export import export
from annotator.exchange.options import ExportOptions
from annotator.storage.connection import open_project
from reliability import PEAK_MEMORY_MB, finish, integrity, no_traceback, query

pytestmark = pytest.mark.reliability

WAIT_S = 120
BUSY_LINE = ("annotator: error: The project is busy: another program or window is writing to "
             "it. Nothing was changed; try again in a moment.")


def text_file(path: Path, title: str, sentences: int) -> Path:
    """A generated commentary of ``sentences`` numbered sentences in paragraphs of ten."""
    numbered = [f"{title} {n}. cümlesinde {WORDS}." for n in range(1, sentences + 1)]
    paragraphs = [" ".join(numbered[i:i + 10]) for i in range(0, sentences, 10)]
    path.write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def finish_all(*processes: subprocess.Popen[str]) -> list[tuple[int, str, str]]:
    """Wait (bounded) for every process; their exit codes, stdout and stderr. None printed a
    traceback or grew past the memory bound."""
    results = []
    for process in processes:
        done = finish(process, WAIT_S)
        no_traceback(done.err)
        assert done.peak_mb < PEAK_MEMORY_MB, done
        results.append((done.code, done.out, done.err))
    return results


def check_outcome(code: int, err: str) -> None:
    """Finished, or refused as busy with exactly the one busy line."""
    assert code in (EXIT_OK, EXIT_BUSY), err
    if code == EXIT_BUSY:
        assert err.splitlines()[-1] == BUSY_LINE, err


@pytest.mark.parametrize("busy_ms", [None, "1"], ids=["default-timeout", "busy-1ms"])
def test_two_imports_at_once(tmp_path: Path, start_annotator, busy_ms: str | None) -> None:
    db = tmp_path / "project.sqlite"
    first = text_file(tmp_path / "birinci.txt", "Birinci", 6000)
    second = text_file(tmp_path / "ikinci.txt", "İkinci", 6000)
    env = {"ANNOTATOR_BUSY_TIMEOUT_MS": busy_ms} if busy_ms else {}
    open_project(db).close()  # both find the project made (creating it is not the race here)
    results = finish_all(start_annotator(db, "import", first, env=env),
                     start_annotator(db, "import", second, env=env))

    titles = {title for (title,) in query(db, "SELECT title FROM documents")}
    for (code, out, err), title in zip(results, ("Birinci", "İkinci"), strict=True):
        check_outcome(code, err)
        if code == EXIT_OK:
            assert out.split("\t", 1)[1].strip() == title and title in titles
        else:
            assert out == "" and title not in titles
    assert any(code == EXIT_OK for code, _, _ in results)
    if busy_ms is None:
        assert [code for code, _, _ in results] == [EXIT_OK, EXIT_OK]
    for (doc_id, title) in query(db, "SELECT id, title FROM documents"):
        assert query(db, "SELECT count(*) FROM sentences WHERE document_id = ?",
                     doc_id) == [(6001,)], title
    assert integrity(db) == "ok"


def test_two_translations_of_one_document_at_once(
        tmp_path: Path, start_annotator, fake_server: Callable[..., FakeMTServer]) -> None:
    db = tmp_path / "project.sqlite"
    build_project(db, documents=1, sentences=200).close()
    server = fake_server("libre", latency=0.01)
    command = ("translate", "--all", "--engine", "libre", "--url", server.base_url,
               "--workers", "4")
    results = finish_all(start_annotator(db, *command), start_annotator(db, *command))

    assert [code for code, _, _ in results] == [EXIT_OK, EXIT_OK], results
    # One stored translation per sentence, however many times the two runs sent it.
    assert query(db, "SELECT count(*), count(DISTINCT sentence_id) FROM translations "
                     "WHERE error_kind IS NULL") == [(200, 200)]
    assert query(db, "SELECT count(*) FROM translations WHERE error_kind IS NOT NULL") == [(0,)]
    assert query(db, "SELECT status, count(*) FROM targets GROUP BY status") == [("mt", 200)]
    assert integrity(db) == "ok"


def test_an_import_and_an_annotation_import_at_once(
        tmp_path: Path, seed_file: Path, annotator, start_annotator) -> None:
    from exchange.exchange_helpers import annotate_sample  # tests/exchange: the scripted session

    annotated = open_project(tmp_path / "annotated.sqlite")
    annotate_sample(annotated, seed_file)
    dataset = tmp_path / "sample.jsonl"
    export(annotated, "jsonl", ExportOptions(), dataset)
    annotated.close()
    with dataset.open(encoding="utf-8") as handle:
        mentions = sum(len(json.loads(line)["mentions"]) for line in handle)
    assert mentions > 0
    db = tmp_path / "project.sqlite"
    assert annotator(db, "import", seed_file).returncode == 0
    big = text_file(tmp_path / "buyuk.txt", "Büyük", 8000)

    results = finish_all(start_annotator(db, "import", big),
                     start_annotator(db, "import-annotations", dataset))

    assert [code for code, _, _ in results] == [EXIT_OK, EXIT_OK], results
    assert query(db, "SELECT count(*) FROM documents") == [(2,)]
    assert query(db, "SELECT count(*) FROM mentions") == [(mentions,)]
    assert query(db, "SELECT count(*) FROM events")[0][0] > 0
    assert integrity(db) == "ok"
