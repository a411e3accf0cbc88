"""``annotator agreement [DOC...] [--jsonl]``: inter-annotator and inter-translator agreement.

Plain output is one tab-separated line per figure: measure, annotators joined by ``+``, document
(``*`` for all documents), event type (``*`` for every type), value (``-`` when undefined) and
``n`` (the items it was computed on). ``--jsonl`` prints one object per figure with ``measure``,
``annotators`` (a list), ``document`` (null for all), ``event_type`` (null for every type),
``value`` (null when undefined) and ``n``. With nobody to compare, a line on stderr says so and
the exit code is still 0: nothing to compare is a fact about the project, not bad input.
"""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path
from typing import TextIO

NOTHING_TO_COMPARE = ("annotator: nothing to compare: no two annotators annotated, and no two "
                      "translators translated, the same document\n")


def run(args: Namespace, db_path: Path, out: TextIO, err: TextIO) -> int:
    """Print the agreement figures of ``args.docs`` (every document when none is given)."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import open_project

    with open_project(db_path) as project:
        doc_ids = [project.resolve(ref).id for ref in args.docs] if args.docs else None
        figures = project.agreement(doc_ids)
    if not figures:
        err.write(NOTHING_TO_COMPARE)
        return EXIT_OK
    for figure in figures:
        if args.jsonl:
            out.write(json.dumps({
                "measure": figure.measure, "annotators": list(figure.annotators),
                "document": figure.document, "event_type": figure.event_type,
                "value": figure.value, "n": figure.n}, ensure_ascii=False) + "\n")
        else:
            value = "-" if figure.value is None else f"{figure.value:.4f}"
            out.write(f"{figure.measure}\t{'+'.join(figure.annotators)}\t"
                      f"{figure.document or '*'}\t{figure.event_type or '*'}\t{value}\t"
                      f"{figure.n}\n")
    return EXIT_OK
