"""``annotator qa DOC|--all [--jsonl] [--workers N]``: the QA issues of documents; exit 1 when any
is an error. Many documents are checked by ``--workers`` processes (default: the number of
cores), printed in the documents' order; progress goes to stderr.

Plain output is one tab-separated line per issue: ``<document>:<order>``, severity, check id,
message. ``--jsonl`` prints one object per issue with ``sentence``, ``check``, ``severity`` and
``message`` (and ``ignored`` with ``--include-ignored``). Issues a person marked "not an error"
are left out unless ``--include-ignored``; they never make the exit code 1.
"""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path
from typing import TextIO


def run(args: Namespace, db_path: Path, out: TextIO, err: TextIO) -> int:
    """Print the issues of ``args.doc`` (or of every document with ``--all``)."""
    from annotator.batch.process_pool import default_workers
    from annotator.cli.exit_codes import EXIT_FAILED, EXIT_OK
    from annotator.cli.session import cancel_on_interrupt, open_project, progress_control
    from annotator.errors import CancelledError, ProjectError
    from annotator.messages.qa import render_qa
    from annotator.project import JobControl
    from annotator.project.qa_ops import errors_of

    if args.all_docs == (args.doc is not None):
        raise ProjectError("no_input")
    errors = 0
    with open_project(db_path) as project, cancel_on_interrupt() as cancel:
        doc_ids = project.document_ids() if args.all_docs else [project.resolve(args.doc).id]
        # One document: its issues, no progress bar around them.
        control, bar = (progress_control(err, "qa", "documents", cancel)
                        if len(doc_ids) > 1 else (JobControl(cancel=cancel), None))
        checked = 0
        try:
            for _doc_id, findings in project.qa_documents(
                    doc_ids, control, workers=args.workers or default_workers(),
                    include_ignored=args.include_ignored):
                checked += 1
                errors += len(errors_of(findings))
                for finding in findings:
                    issue = finding.issue
                    message = render_qa(issue)
                    if args.jsonl:
                        record: dict[str, object] = {
                            "sentence": finding.sentence_ref, "check": issue.check,
                            "severity": issue.severity, "message": message}
                        if args.include_ignored:
                            record["ignored"] = finding.ignored
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    else:
                        mark = "\t(not an error)" if finding.ignored else ""
                        out.write(f"{finding.sentence_ref}\t{issue.severity}\t{issue.check}\t"
                                  f"{message}{mark}\n")
        finally:
            if bar is not None:
                bar.finish()
    if checked < len(doc_ids):
        raise CancelledError()
    return EXIT_FAILED if errors else EXIT_OK
