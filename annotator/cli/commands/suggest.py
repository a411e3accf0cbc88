"""``annotator suggest DOC|--all``: store actor and event suggestions, one line per document
``<id>TAB<mentions>TAB<events>`` with what was added. Ctrl-C stops after the current document."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TextIO


def run(args: Namespace, db_path: Path, out: TextIO, err: TextIO) -> int:
    """Suggest for one document or all of them; progress on ``err``."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import cancel_on_interrupt, open_project, progress_control
    from annotator.errors import CancelledError, ProjectError

    if args.all_docs == (args.doc is not None):
        raise ProjectError("no_input")
    with open_project(db_path) as project, cancel_on_interrupt() as cancel:
        doc_ids = project.document_ids() if args.all_docs else [project.resolve(args.doc).id]
        control, bar = progress_control(err, "suggest", "documents", cancel)
        try:
            reports = project.suggest(doc_ids, control).report
        finally:
            bar.finish()
    for doc_id, counts in reports:
        out.write(f"{doc_id}\t{counts.mentions}\t{counts.events}\n")
    if len(reports) < len(doc_ids):
        raise CancelledError()
    return EXIT_OK
