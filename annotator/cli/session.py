"""What the project commands share: the open project, Ctrl-C, and a job's progress bar.

Imported by the commands that use a project, when they run (it imports :mod:`annotator.project`).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

from annotator.cli.errors import CliError
from annotator.cli.progress import ProgressBar
from annotator.project import JobControl, Project
from annotator.storage.connection import BUSY_TIMEOUT_MS, is_runtime_failure, storage_error
from annotator.storage.errors import StorageError

BUSY_TIMEOUT_ENV = "ANNOTATOR_BUSY_TIMEOUT_MS"


def busy_timeout_ms() -> int:
    """How long a write waits for another program's write lock: ``$ANNOTATOR_BUSY_TIMEOUT_MS``,
    default ten seconds."""
    value = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if not value:
        return BUSY_TIMEOUT_MS
    try:
        milliseconds = int(value)
    except ValueError:
        milliseconds = -1
    if milliseconds < 0:
        raise CliError("bad_busy_timeout", name=BUSY_TIMEOUT_ENV, value=value)
    return milliseconds


@contextmanager
def open_project(db_path: Path, *, create: bool = False) -> Iterator[Project]:
    """The project for one command, closed afterwards. Only commands that add to a project
    (``import``, ``import-annotations``) create one; the others say there is none
    (``storage.no_project``, or ``storage.empty_project`` for a zero-length file), so a
    mistyped ``--db`` leaves no empty project behind and an empty file stays empty.

    SQLite finding the file damaged while the command runs becomes ``storage.corrupt`` naming
    the file (as opening it does when ``PRAGMA quick_check`` fails)."""
    if not create:
        _refuse_empty(db_path)
    project = Project(db_path, create=create, busy_timeout_ms=busy_timeout_ms())
    try:
        yield project
    except sqlite3.DatabaseError as error:
        if is_runtime_failure(error):
            raise storage_error(error, db_path) from error
        raise
    finally:
        project.close()


def _refuse_empty(db_path: Path) -> None:
    try:
        empty = db_path.stat().st_size == 0 and db_path.is_file()
    except OSError:  # missing or unreadable: the project layer says which
        return
    if empty:
        raise StorageError("empty_project", path=db_path)


@contextmanager
def cancel_on_interrupt() -> Iterator[threading.Event]:
    """An event that the first Ctrl-C sets: the job stops at its next step and keeps what it
    saved. A second Ctrl-C interrupts at once (KeyboardInterrupt, exit code 130)."""
    cancel = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield cancel
        return
    previous = signal.getsignal(signal.SIGINT)
    if previous is None:  # installed outside Python: put Python's own back afterwards
        previous = signal.default_int_handler

    def handler(signum: int, frame: FrameType | None) -> None:
        cancel.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    signal.signal(signal.SIGINT, handler)
    try:
        yield cancel
    finally:
        signal.signal(signal.SIGINT, previous)


def progress_control(stream: TextIO, label: str, unit: str,
                     cancel: threading.Event) -> tuple[JobControl, ProgressBar]:
    """A JobControl whose progress draws ``done/total <unit>`` on ``stream``, and its bar
    (call ``finish()`` when the job ends)."""
    bar = ProgressBar(stream, label)

    def progress(done: int, total: int) -> None:
        bar.update(done, total, f"{done}/{total} {unit}")

    return JobControl(cancel=cancel, progress=progress), bar


def shard_line(shard: object, selected: int, total: int, unit: str = "documents") -> str:
    """The stderr line saying how many documents a ``--shard`` run took (docs/corpus.md)."""
    return f"shard {shard}: {selected} of {total} {unit}\n"
