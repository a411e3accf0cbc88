"""``annotator import FILE...``: one line ``<id>TAB<title>`` per new document.

Each file is imported in its own transaction: a bad file is reported on stderr (and makes the exit
code 2) and the others are still imported; a file already in the project is noted on stderr. Ctrl-C
stops after the file being imported.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TextIO


def run(args: Namespace, db_path: Path, out: TextIO, err: TextIO) -> int:
    """Import ``args.files`` into the project (created when missing)."""
    from annotator.cli import exit_codes
    from annotator.cli.failures import report
    from annotator.cli.session import cancel_on_interrupt, open_project
    from annotator.errors import AnnotatorError, CancelledError
    from annotator.project import JobControl

    code = exit_codes.EXIT_OK
    with open_project(db_path, create=True) as project, cancel_on_interrupt() as cancel:
        for path in args.files:
            if cancel.is_set():
                raise CancelledError()
            for result in project.import_files([path], JobControl(cancel=cancel)).report:
                if isinstance(result, AnnotatorError):
                    code = max(code, report(result, err))
                elif result.is_new:
                    out.write(f"{result.document.id}\t{result.document.title}\n")
                    out.flush()
                else:
                    err.write(f"annotator: {path} is already in the project as "
                              f"{result.document.id}\n")
    return code
