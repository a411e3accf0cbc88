"""``annotator translate``: choose documents and engine, run the job, show progress and a summary.

Progress goes to stderr: a ``\\r``-redrawn bar on a terminal, a line per 10 % otherwise. Ctrl-C
cancels the job (results so far are kept). Exit codes: 0 every sentence translated, 1 some
failed or were not attempted (offline), 130 cancelled; user errors raise before anything runs
and the CLI turns them into exit code 2.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from sqlite_utils import Database

from annotator.core.progress import ProgressBar
from annotator.mt.engine import create_engine
from annotator.mt.errors import MTConfigError
from annotator.mt.runner import JobProgress, JobSummary, RunnerOptions, SentenceOutcome, translate
from annotator.mt.types import EngineSettings
from annotator.storage.documents import resolve_document
from annotator.storage.translations import SelectMode, select_sentences

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CANCELLED = 130
TARGET_LANGUAGE = "en"


@dataclass(frozen=True)
class TranslateRequest:
    """The parsed ``translate`` command line."""

    doc: str | None
    all_docs: bool
    engine: str
    url: str | None = None
    model: Path | None = None
    workers: int = 4
    retry_failed: bool = False


class ProgressPrinter:
    """Job progress on ``stream`` (a :class:`ProgressBar` fed by the runner's callback)."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self.bar = ProgressBar(stream, "translate")
        self.total = total

    def __call__(self, progress: JobProgress, outcome: SentenceOutcome) -> None:
        self.total = progress.total
        self.bar.update(progress.done, self.total,
                        f"{progress.done}/{self.total} translated {progress.translated} "
                        f"(cached {progress.cached}) failed {progress.failed}")

    def finish(self) -> None:
        """End the bar's line."""
        self.bar.finish()


def summary_lines(summary: JobSummary) -> list[str]:
    """The summary printed at the end: counts, then one line per kind of failure."""
    failed = ", ".join(f"{kind} {count}" for kind, count in sorted(summary.failed.items()))
    line = (f"{summary.engine}: translated {summary.translated} of {summary.total} "
            f"(cached {summary.cached}), failed {summary.failed_total}"
            f"{f' ({failed})' if failed else ''}, not attempted {summary.not_attempted}; "
            f"{summary.requests} requests in {summary.seconds:.1f} s")
    lines = [line]
    if summary.offline is not None:
        lines.append(f"offline: {summary.offline}")
    lines.extend(f"{kind}: {message}" for kind, message in sorted(summary.errors.items()))
    if summary.cancelled:
        lines.append("cancelled; what was translated is saved")
    return lines


@contextmanager
def _cancel_on_interrupt(cancel: threading.Event) -> Iterator[None]:
    """Turn Ctrl-C into setting ``cancel`` while the job runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        cancel.set()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _documents_by_language(db: Database, request: TranslateRequest) -> dict[str, list[str]]:
    if request.all_docs == (request.doc is not None):
        raise MTConfigError("document_or_all")
    if request.all_docs:
        rows = db.query("SELECT id, language FROM documents ORDER BY imported_at")
        pairs = [(r["id"], r["language"]) for r in rows]
    else:
        document = resolve_document(db, request.doc or "")
        pairs = [(document.id, document.language)]
    languages: dict[str, list[str]] = {}
    for doc_id, language in pairs:
        languages.setdefault(language, []).append(doc_id)
    return languages


def translate_command(db: Database, request: TranslateRequest, err: TextIO) -> int:
    """Run ``annotator translate``; raises MTConfigError/StorageError for user errors."""
    if request.workers < 1:
        raise MTConfigError("bad_workers", workers=request.workers)
    languages = _documents_by_language(db, request)
    engine = create_engine(EngineSettings(request.engine, url=request.url, model=request.model))
    options = RunnerOptions(workers=request.workers)
    mode: SelectMode = "failed" if request.retry_failed else "pending"
    cancel = threading.Event()
    code = EXIT_OK
    try:
        with _cancel_on_interrupt(cancel):
            for source, doc_ids in languages.items():
                printer = ProgressPrinter(err, 0)
                summary = translate(
                    db, engine, source, TARGET_LANGUAGE, document_ids=doc_ids, mode=mode,
                    options=options, cancel=cancel, on_progress=printer)
                printer.finish()
                for line in summary_lines(summary):
                    print(line, file=err)
                code = max(code, _exit_code(summary))
                if mode == "pending":
                    waiting = len(select_sentences(db, engine.name, source, TARGET_LANGUAGE,
                                                   document_ids=doc_ids, mode="failed"))
                    if waiting:  # earlier failures are not retried unless asked
                        print(f"{waiting} sentences failed in an earlier run: add "
                              "--retry-failed to send them again", file=err)
                        code = max(code, EXIT_FAILED)
                if summary.cancelled:
                    break
    finally:
        engine.close()
    return code


def _exit_code(summary: JobSummary) -> int:
    if summary.cancelled:
        return EXIT_CANCELLED
    return EXIT_OK if summary.complete else EXIT_FAILED
