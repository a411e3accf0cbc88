"""``annotator import FILE... [--workers N] [--shard K/N]``: one line ``<id>TAB<title>`` per new
document.

Each file is stored in its own transaction: a bad file is reported on stderr (and makes the exit
code 2) and the others are still imported; a file already in the project is noted on stderr.
With many files, ``--workers`` processes (default: the number of cores) read and split them while
this one stores them in order; the progress of more than one file goes to stderr. ``--shard K/N``
stores only the documents of that shard (docs/corpus.md) and says on stderr how many files it
took. Ctrl-C stops handing out files; the files already read are stored, then the command exits
130.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from annotator.errors import AnnotatorError
    from annotator.ingest.pipeline import ImportResult


def run(args: Namespace, db_path: Path, out: TextIO, err: TextIO) -> int:
    """Import ``args.files`` into the project (created when missing)."""
    from annotator.batch.process_pool import default_workers
    from annotator.cli import exit_codes
    from annotator.cli.failures import report
    from annotator.cli.session import (
        cancel_on_interrupt,
        open_project,
        progress_control,
        shard_line,
    )
    from annotator.errors import AnnotatorError, CancelledError
    from annotator.ingest.pipeline import ImportResult
    from annotator.project import JobControl

    code = exit_codes.EXIT_OK

    def on_result(path: Path, result: ImportResult | AnnotatorError) -> None:
        nonlocal code
        if isinstance(result, AnnotatorError):
            code = max(code, report(result, err))
        elif result.is_new:
            out.write(f"{result.document.id}\t{result.document.title}\n")
            out.flush()
        else:
            err.write(f"annotator: {path} is already in the project as "
                      f"{result.document.id}\n")

    with open_project(db_path, create=True) as project, cancel_on_interrupt() as cancel:
        # One file: its line or its one error message, no progress bar around it.
        control, bar = (progress_control(err, "import", "files", cancel)
                        if len(args.files) > 1 else (JobControl(cancel=cancel), None))
        try:
            outcome = project.import_shard(
                args.files, control, workers=args.workers or default_workers(),
                shard=args.shard, on_result=on_result)
        finally:
            if bar is not None:
                bar.finish()
        if args.shard is not None:
            taken = sum(isinstance(r, ImportResult) for r in outcome.report.results)
            err.write(shard_line(args.shard, taken, len(args.files), "files (the others hold "
                                 "documents of other shards)"))
        if cancel.is_set() and len(outcome.report.results) + outcome.report.other_shards < len(
                args.files):
            raise CancelledError()
    return code
