"""``annotator docs``: one tab-separated line per document."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TextIO


def run(args: Namespace, db_path: Path, out: TextIO) -> int:
    """Print id, title, sentences, % translated and % annotated of every document."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import open_project

    with open_project(db_path) as project:
        for doc in project.documents():
            out.write(f"{doc.id}\t{doc.title}\t{doc.sentences}\t"
                      f"{doc.percent(doc.translated):.0f}%\t{doc.percent(doc.annotated):.0f}%\n")
    return EXIT_OK
