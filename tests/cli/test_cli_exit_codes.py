"""The exit-code table and the one place failures are reported: busy, internal, interrupted,
SQLite and OS errors, the CLI's own error kinds."""

from __future__ import annotations

import errno
import io
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_helpers import annotator
from fakes.projects import build_project

from annotator.cli import exit_codes, run
from annotator.cli.commands import segment
from annotator.cli.errors import CliError
from annotator.cli.exit_codes import exit_code
from annotator.errors import AnnotatorError, CancelledError, InternalError, ProjectError
from annotator.exchange.errors import ExportCancelledError, ImportFileError
from annotator.ingest.errors import IngestError
from annotator.messages import templates
from annotator.messages.cli import MESSAGES
from annotator.mt.errors import MTConfigError
from annotator.storage.errors import DocumentNotFoundError, ProjectLockedError

REPO = Path(__file__).resolve().parents[2]


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    assert isinstance(code, int)
    return code, out.getvalue(), err.getvalue()


def failing_segment(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Make ``annotator segment`` raise ``error`` as if a command had a fault."""

    def fail(args: object, out: object) -> int:
        raise error

    monkeypatch.setattr(segment, "run", fail)


# -- the table ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("error", "code"), [
    (ProjectLockedError(), 75),
    (CancelledError(), 130),
    (ExportCancelledError(), 130),
    (InternalError("unexpected", detail="x", log="y"), 70),
    (CliError("internal_unlogged", detail="x"), 70),
    (DocumentNotFoundError("document_not_found", ref="x"), 2),
    (MTConfigError("unknown_engine", engine="x", engines="google"), 2),
    (IngestError("empty", path="x"), 2),
    (ImportFileError("not_utf8", path=Path("x")), 2),
    (CliError("no_such_file", path="x"), 2),
    (ProjectError("no_input"), 2),
    (AnnotatorError("anything"), 2),
])
def test_each_error_maps_to_its_code(error: AnnotatorError, code: int) -> None:
    assert exit_code(error) == code


def test_every_key_of_the_table_is_a_real_message() -> None:
    # A misspelt key would silently fall back to exit code 2.
    assert [key for key in exit_codes.BY_KEY if key not in templates()] == []


def test_docs_list_every_exit_code() -> None:
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    listed = {int(code) for code in re.findall(r"^\| (\d+) \|", text, re.MULTILINE)}
    assert listed == set(exit_codes.MEANINGS)


# -- the CLI's own error kinds -----------------------------------------------------------------

@pytest.mark.parametrize("kind", sorted(MESSAGES))
def test_every_cli_kind_renders_a_full_sentence(kind: str) -> None:
    text = str(CliError(kind, path="a.txt", detail="Permission denied", megabytes=50,
                        name="X", value="y"))
    assert "{" not in text and text.endswith(".")
    assert text[0].isupper() or text.startswith(("a.txt", "--db", "X=y"))


def test_a_cli_error_prints_its_template(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Çay içtik.".encode("cp1254"))
    code, out, err = cli("segment", str(latin))
    assert (code, out) == (2, "")
    assert err == (f"annotator: error: {latin}: not UTF-8 text (convert it or use "
                   "`annotator import`).\n")
    assert cli("segment", str(tmp_path)) == (
        2, "", f"annotator: error: {tmp_path}: is a folder, not a file.\n")
    assert cli("--db", " ", "docs") == (2, "", "annotator: error: --db needs a file name.\n")


def test_a_bad_busy_timeout_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_BUSY_TIMEOUT_MS", "soon")
    code, _, err = cli("--db", str(tmp_path / "p.sqlite"), "import", str(tmp_path / "x.txt"))
    assert code == 2
    assert err.startswith("annotator: error: ANNOTATOR_BUSY_TIMEOUT_MS=soon is not valid")
    assert not (tmp_path / "p.sqlite").exists()


# -- a busy project ----------------------------------------------------------------------------

@pytest.fixture
def held_project(tmp_path: Path, seed_file: Path,
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    """A project whose write lock another connection holds (BEGIN IMMEDIATE)."""
    db = tmp_path / "busy.sqlite"
    imported = annotator("--db", str(db), "import", str(seed_file))
    assert imported.returncode == 0, imported.stderr
    monkeypatch.setenv("ANNOTATOR_BUSY_TIMEOUT_MS", "300")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield db, imported.stdout.split("\t")[0]
    holder.execute("ROLLBACK")
    holder.close()


@pytest.mark.parametrize("command", ["import", "suggest"])
def test_a_busy_project_exits_75_with_one_line(held_project: tuple[Path, str], tmp_path: Path,
                                               command: str) -> None:
    db, doc_id = held_project
    text = tmp_path / "new.txt"
    text.write_text("Yeni bir belge.\n\nBakan Ankara'ya geldi.", encoding="utf-8")
    target = str(text) if command == "import" else doc_id
    started = time.monotonic()
    result = annotator("--db", str(db), command, target)
    assert result.returncode == exit_codes.EXIT_BUSY == 75
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "annotator: error: The project is busy: another program or window is writing to it. "
        "Nothing was changed; try again in a moment.")
    assert "Traceback" not in result.stderr
    assert time.monotonic() - started < 8  # the short timeout was used, not the 10 s default


def test_reading_a_busy_project_does_not_wait(held_project: tuple[Path, str],
                                              tmp_path: Path) -> None:
    db, doc_id = held_project
    result = annotator("--db", str(db), "docs")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(doc_id)
    out = tmp_path / "while-busy.jsonl"
    exported = annotator("--db", str(db), "export", "--format", "jsonl", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.stat().st_size > 0


# -- faults: internal errors, SQLite, the OS, Ctrl-C -------------------------------------------

def test_an_internal_error_exits_70_with_one_line_and_a_log(
        monkeypatch: pytest.MonkeyPatch, isolated_paths: Path) -> None:
    failing_segment(monkeypatch, RuntimeError("boom\nsecond line"))
    code, out, err = cli("segment", "-")
    log = isolated_paths / "logs" / "annotator.log"
    assert (code, out) == (70, "")
    assert err == ("annotator: error: Something went wrong inside Annotator (RuntimeError: boom "
                   "second line). Your saved work is safe. The details were written to "
                   f"{log}.\n")
    logged = log.read_text(encoding="utf-8")
    assert "uncaught exception in `annotator" in logged
    assert "Traceback (most recent call last)" in logged and "RuntimeError: boom" in logged


def test_annotator_debug_prints_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_DEBUG", "1")
    failing_segment(monkeypatch, KeyError("missing"))
    code, _, err = cli("segment", "-")
    assert code == 70
    assert err.startswith("Traceback (most recent call last)")
    assert err.splitlines()[-1].startswith("annotator: error: Something went wrong inside "
                                           "Annotator (KeyError: 'missing')")


def test_an_internal_error_without_a_log_says_how_to_see_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("ANNOTATOR_HOME", str(blocker))  # logs/ cannot be made inside a file
    failing_segment(monkeypatch, ZeroDivisionError("division by zero"))
    code, _, err = cli("segment", "-")
    assert code == 70
    assert err.splitlines() == [
        "annotator: error: Something went wrong inside Annotator (ZeroDivisionError: division "
        "by zero). Your saved work is safe. Run the command again with ANNOTATOR_DEBUG=1 to see "
        "the details."]


def test_an_internal_error_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    # A sitecustomize that breaks the splitter: the fault happens inside the real command.
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import annotator.core.segmentation as s\n"
        "def broken(text):\n    raise RuntimeError('splitter fault')\n"
        "s.split_sentences = broken\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), str(REPO)])}
    result = subprocess.run([sys.executable, "-m", "annotator", "segment", "-"], input="Bir.",
                            capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 70
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert "RuntimeError: splitter fault" in result.stderr


@pytest.mark.parametrize(("error", "code", "line"), [
    (sqlite3.OperationalError("database is locked"), 75,
     "annotator: error: The project is busy: another program or window is writing to it. "
     "Nothing was changed; try again in a moment."),
    (sqlite3.OperationalError("disk I/O error"), 2,
     "annotator: error: The project could not be saved: disk I/O error"),
    (sqlite3.DatabaseError("database disk image is malformed"), 2,
     "annotator: error: The project file {db} is damaged (database disk image is malformed). "
     "Annotator will not write to it; open a backup copy instead."),
    (OSError(errno.ENOSPC, "No space left on device", "out.csv"), 2,
     "annotator: error: out.csv could not be used: No space left on device."),
    (PermissionError(errno.EACCES, "Permission denied", "/etc/x", None, "/tmp/y"), 2,
     "annotator: error: /etc/x could not be used: Permission denied."),
    (OSError(errno.ENOMEM, "Cannot allocate memory"), 2,
     "annotator: error: The operating system reported an error: Cannot allocate memory."),
    (KeyboardInterrupt(), 130, "annotator: Stopped; what was finished before is kept."),
    (ExportCancelledError(), 130, "annotator: The export was cancelled; no file was written."),
])
def test_failures_outside_the_catalogue_are_one_line(
        monkeypatch: pytest.MonkeyPatch, error: BaseException, code: int, line: str) -> None:
    failing_segment(monkeypatch, error)
    line = line.replace("{db}", os.environ["ANNOTATOR_DB"])  # a damaged project is named
    assert cli("segment", "-") == (code, "", line + "\n")


@pytest.mark.parametrize("error", [sqlite3.IntegrityError("UNIQUE constraint failed: x.y"),
                                   sqlite3.ProgrammingError("Incorrect number of bindings")])
def test_sqlite_errors_that_mean_a_bug_are_internal(monkeypatch: pytest.MonkeyPatch,
                                                    error: sqlite3.Error) -> None:
    failing_segment(monkeypatch, error)
    code, _, err = cli("segment", "-")
    assert code == 70 and "Something went wrong inside Annotator" in err


def test_a_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text("Bu bir cümle. " * 50_000, encoding="utf-8")  # far more than a pipe holds
    process = subprocess.Popen([sys.executable, "-m", "annotator", "segment", str(text)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=os.environ.copy())
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline() == "Bu bir cümle.\n".encode()
    process.stdout.close()  # like `| head -1`
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == exit_codes.EXIT_BROKEN_PIPE
    assert stderr == b""


# -- Ctrl-C ------------------------------------------------------------------------------------







def wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        assert process.poll() is None, "the command ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)


def test_ctrl_c_cancels_an_export_with_exit_130(tmp_path: Path) -> None:
    project = tmp_path / "big.sqlite"
    build_project(project, documents=10, sentences=3000).close()
    out = tmp_path / "dataset.jsonl"
    part = tmp_path / "dataset.jsonl.part"
    process = subprocess.Popen(
        [sys.executable, "-m", "annotator", "--db", str(project), "export", "--format", "jsonl",
         "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy())
    wait_for(lambda: part.exists() and part.stat().st_size > 0, process)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == exit_codes.EXIT_INTERRUPTED == 130
    assert stdout == b""
    assert stderr.decode().splitlines()[-1] == (
        "annotator: The export was cancelled; no file was written.")
    assert b"Traceback" not in stderr
    assert not out.exists() and not part.exists()
