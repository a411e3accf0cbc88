"""``annotator settings``: show the project's settings, or change the translatable parts."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TextIO


def run(args: Namespace, db_path: Path, out: TextIO) -> int:
    """With ``--translatable PART...``, make those parts the ones progress counts; then print
    the settings, one ``name<TAB>value`` line each (``translatable<TAB>title body``)."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import open_project

    with open_project(db_path) as project:
        if args.translatable:
            project.set_translatable_roles(args.translatable)
        roles = " ".join(str(role) for role in project.translatable_roles())
        out.write(f"translatable\t{roles}\n")
    return EXIT_OK
