"""Every failure of a command becomes one stderr line and an exit code; nothing else prints them.

:func:`report` turns what escaped a command into an :class:`~annotator.errors.AnnotatorError`
(SQLite errors become storage errors, OS errors a ``cli`` error naming the file, anything else an
internal error whose traceback goes to the log) and prints ``annotator: error: <sentence>``; the
exit code comes from :mod:`annotator.cli.exit_codes`. ``ANNOTATOR_DEBUG=1`` also prints the
traceback of an internal error on stderr.

Imported only when something failed: the imports inside the functions cost nothing on success.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TextIO

from annotator.cli import exit_codes
from annotator.errors import AnnotatorError, CancelledError

DEBUG_ENV = "ANNOTATOR_DEBUG"


def report(error: BaseException, err: TextIO, project: Path | None = None) -> int:
    """Print one line for ``error`` on ``err`` and return the exit code it maps to.

    ``project`` is the command's project file, named when SQLite finds it damaged.
    """
    if isinstance(error, BrokenPipeError) and error.filename is None:  # stdout, not a file
        return _broken_pipe()
    known = explain(error, err, project)
    code = exit_codes.exit_code(known)
    prefix = "annotator: " if exit_codes.is_interruption(code) else "annotator: error: "
    print(prefix + one_line(str(known)), file=err, flush=True)
    return code


def explain(error: BaseException, err: TextIO | None = None,
            project: Path | None = None) -> AnnotatorError:
    """``error`` as an AnnotatorError (an unexpected one is logged, see :func:`internal`)."""
    if isinstance(error, AnnotatorError):
        return error
    if isinstance(error, KeyboardInterrupt):
        return CancelledError()
    sqlite_error = _from_sqlite(error, project)
    if sqlite_error is not None:
        return sqlite_error
    if isinstance(error, OSError):
        return _from_os_error(error)
    return internal(error, err)


def one_line(text: str) -> str:
    """``text`` with each line break (and the spaces around it) made one space."""
    return re.sub(r"\s*[\r\n]+\s*", " ", text.strip())


def _from_sqlite(error: BaseException, project: Path | None) -> AnnotatorError | None:
    """A storage error for SQLite failing at run time (busy, damaged file, full disk); None for
    anything else, including SQLite errors that mean a bug (a wrong query or parameter)."""
    import sqlite3

    if not isinstance(error, sqlite3.Error):
        return None
    try:
        from annotator.storage.connection import is_runtime_failure, storage_error
    except ImportError:  # pragma: no cover - storage is part of the package
        return None
    return storage_error(error, project) if is_runtime_failure(error) else None


def _from_os_error(error: OSError) -> AnnotatorError:
    from annotator.cli.errors import CliError

    detail = error.strerror or str(error) or type(error).__name__
    name = error.filename if error.filename is not None else error.filename2
    if name is not None:
        return CliError("file_error", path=os.fsdecode(name), detail=detail)
    return CliError("system_error", detail=detail)


def internal(error: BaseException, err: TextIO | None = None) -> AnnotatorError:
    """A bug: write the traceback to the log (and to ``err`` under ``ANNOTATOR_DEBUG=1``) and
    return the error that says so in one line."""
    import traceback

    from annotator.cli.errors import CliError
    from annotator.errors import InternalError

    detail = one_line(f"{type(error).__name__}: {error}")[:300]
    trace = "".join(traceback.format_exception(error))
    debug = os.environ.get(DEBUG_ENV, "").strip() not in ("", "0")
    if debug and err is not None:
        err.write(trace)
    log = _write_log(trace)
    if log is not None:
        return InternalError("unexpected", detail=detail, log=log)
    if debug:
        return InternalError("unexpected", detail=detail, log="standard error (above)")
    return CliError("internal_unlogged", detail=detail)


def _write_log(trace: str) -> str | None:
    """Append ``trace`` to the log file; its path, or None when it cannot be written."""
    import datetime

    try:
        from annotator.paths import log_file

        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = datetime.datetime.now().isoformat(sep=" ", timespec="seconds")
        command = " ".join(["annotator", *sys.argv[1:]])
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"{stamp} ERROR annotator.cli: uncaught exception in `{command}`\n")
            handle.write(trace)
        return str(path)
    except Exception:  # the log is a courtesy: never fail while reporting a failure
        return None


def _broken_pipe() -> int:
    """stdout was closed by its reader (``annotator docs | head -1``): stop quietly, and make
    sure the interpreter's final flush of stdout does not print a traceback either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (tests)
        pass
    return exit_codes.EXIT_BROKEN_PIPE
