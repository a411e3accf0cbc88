"""``annotator find [filters] [--jsonl]``: the events and mentions of the project that match.

Plain output is one tab-separated line per hit: ``<document>:<order>``, kind (event or mention),
the event type or the mention's actor id, status, and the matched words (an event's trigger, a
mention's text). ``--jsonl`` prints one object per hit with ``sentence``, ``kind``, ``id``,
``type``, ``actors``, ``recipients``, ``date``, ``status``, ``annotator`` and ``text``. Exit 0,
with or without hits; a date that is not a date exits 2 (``project.bad_date``).
"""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path
from typing import TextIO


def run(args: Namespace, db_path: Path, out: TextIO) -> int:
    """Print the hits of the query the options describe."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import open_project
    from annotator.project.search_ops import SearchQuery

    with open_project(db_path) as project:
        documents = tuple(dict.fromkeys(project.resolve(ref).id for ref in args.doc))
        query = SearchQuery(
            kind=args.kind, types=tuple(args.type), actors=tuple(args.actor),
            recipients=tuple(args.recipient), date_from=args.date_from, date_to=args.date_to,
            statuses=tuple(args.status), annotators=tuple(args.annotator), documents=documents)
        for hit in project.find_annotations(query):
            if args.jsonl:
                record = {"sentence": hit.sentence_ref, "kind": hit.kind, "id": hit.id,
                          "type": hit.type, "actors": list(hit.actors),
                          "recipients": list(hit.recipients), "date": hit.date,
                          "status": hit.status, "annotator": hit.annotator, "text": hit.text}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                label = hit.type if hit.kind == "event" else hit.actors[0]
                text = " ".join(hit.text.split())
                out.write(f"{hit.sentence_ref}\t{hit.kind}\t{label}\t{hit.status}\t{text}\n")
    return EXIT_OK
