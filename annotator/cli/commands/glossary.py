"""``annotator glossary list|add|import|export``: the project's termbase from the command line."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TextIO


def _cell(values: tuple[str, ...] | str) -> str:
    text = "; ".join(values) if isinstance(values, tuple) else values
    return " ".join(text.split())


def run(args: Namespace, db_path: Path, out: TextIO) -> int:
    """``list`` prints ``Turkish<TAB>English<TAB>forbidden<TAB>note`` per entry (several English
    terms joined by "; "); ``add`` stores one entry; ``import`` adds the entries of TBX, CSV or TSV
    files, each file in one transaction, and prints ``FILE<TAB>added<TAB>updated<TAB>unchanged
    <TAB>skipped``; ``export`` writes the file and prints how many entries it holds."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import open_project
    from annotator.core.glossary import GlossaryTerm

    action = args.glossary_command
    with open_project(db_path, create=action in ("add", "import")) as project:
        if action == "list":
            terms = project.glossary()
            if args.actors:
                terms += project.actor_terms()
            for term in terms:
                out.write(f"{_cell(term.source)}\t{_cell(term.targets)}\t"
                          f"{_cell(term.forbidden)}\t{_cell(term.note)}\n")
        elif action == "add":
            project.add_term(GlossaryTerm(source=args.source, targets=tuple(args.targets),
                                          forbidden=tuple(args.forbidden), note=args.note))
        elif action == "import":
            for path in args.files:
                report = project.import_glossary(path).report
                merge = report.merge
                out.write(f"{path}\t{merge.added}\t{merge.updated}\t{merge.unchanged}\t"
                          f"{report.read.skipped}\n")
        else:
            count = project.export_glossary(args.file, with_actors=args.actors)
            out.write(f"{args.file}\t{count}\n")
    return EXIT_OK
