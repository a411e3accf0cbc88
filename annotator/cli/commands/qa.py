"""``annotator qa DOC|--all [--jsonl]``: the QA issues of documents; exit 1 when any is an error.

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


def run(args: Namespace, db_path: Path, out: TextIO) -> int:
    """Print the issues of ``args.doc`` (or of every document with ``--all``)."""
    from annotator.cli.exit_codes import EXIT_FAILED, EXIT_OK
    from annotator.cli.session import open_project
    from annotator.errors import ProjectError
    from annotator.messages.qa import render_qa
    from annotator.project.qa_ops import errors_of

    if args.all_docs == (args.doc is not None):
        raise ProjectError("no_input")
    errors = 0
    with open_project(db_path) as project:
        doc_ids = project.document_ids() if args.all_docs else [project.resolve(args.doc).id]
        for doc_id in doc_ids:
            findings = project.document_qa(doc_id, include_ignored=args.include_ignored)
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
    return EXIT_FAILED if errors else EXIT_OK
