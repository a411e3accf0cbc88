"""``annotator docs``: one tab-separated line per document (``--words``: its word counts)."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TextIO


def run(args: Namespace, db_path: Path, out: TextIO) -> int:
    """Print id, title, sentences, % translated and % annotated of every document; with
    ``--words``, id, title, source words, translatable words and those by status."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import open_project

    with open_project(db_path) as project:
        if getattr(args, "words", False):
            for counts in project.word_counts():
                by_status = "\t".join(str(n) for n in counts.words_by_status().values())
                out.write(f"{counts.document_id}\t{counts.title}\t{counts.total_words}\t"
                          f"{counts.words()}\t{by_status}\n")
            return EXIT_OK
        for doc in project.documents():
            out.write(f"{doc.id}\t{doc.title}\t{doc.sentences}\t"
                      f"{doc.percent(doc.translated):.0f}%\t{doc.percent(doc.annotated):.0f}%\n")
    return EXIT_OK
