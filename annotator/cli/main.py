"""Running one command: parse the arguments, import the command's module, turn failures into
one line and an exit code.

Each command's module is imported by :func:`dispatch` when that command runs (static imports
inside the function, so PyInstaller still sees them). Every failure that escapes a command,
expected or not, goes through :func:`annotator.cli.failures.report`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from annotator.cli.exit_codes import EXIT_USER_ERROR
from annotator.cli.parser import build_parser

TYPE_CHECKING = False
if TYPE_CHECKING:
    from argparse import Namespace
    from pathlib import Path
    from typing import TextIO

    from annotator.cli.gui import GuiRequest


def run(argv: Sequence[str] | None = None, out: TextIO | None = None,
        err: TextIO | None = None) -> int | GuiRequest:
    """Run a command. Returns an exit code, or a :class:`GuiRequest` for the GUI to carry out."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as done:  # --help, --version, or a bad argument (already printed)
        return done.code if isinstance(done.code, int) else EXIT_USER_ERROR
    try:
        return dispatch(args, out, err)
    except (Exception, KeyboardInterrupt) as error:
        from annotator.cli.failures import report

        return report(error, err, _project_or_none(args))


def dispatch(args: Namespace, out: TextIO, err: TextIO) -> int | GuiRequest:
    """Run the command ``args`` names (its module is imported here, when it runs)."""
    command = args.command
    if command == "segment":
        from annotator.cli.commands import segment

        return segment.run(args, out)
    db_path = project_path(args.db)
    if command in (None, "gui"):
        from annotator.cli.gui import GuiRequest

        return GuiRequest(db_path, getattr(args, "open_doc", None),
                          getattr(args, "screenshot", None))
    if command == "import":
        from annotator.cli.commands import import_files

        return import_files.run(args, db_path, out, err)
    if command == "docs":
        from annotator.cli.commands import docs

        return docs.run(args, db_path, out)
    if command == "translate":
        from annotator.cli.commands import translate

        return translate.run(args, db_path, err)
    if command == "suggest":
        from annotator.cli.commands import suggest

        return suggest.run(args, db_path, out, err)
    if command == "export":
        from annotator.cli.commands import exchange

        return exchange.export(args, db_path, err)
    if command == "import-annotations":
        from annotator.cli.commands import exchange

        return exchange.import_annotations(args, db_path, err)
    if command == "settings":
        from annotator.cli.commands import settings

        return settings.run(args, db_path, out)
    if command == "qa":
        from annotator.cli.commands import qa

        return qa.run(args, db_path, out, err)
    if command == "glossary":
        from annotator.cli.commands import glossary

        return glossary.run(args, db_path, out)
    if command == "find":
        from annotator.cli.commands import find

        return find.run(args, db_path, out)
    if command == "agreement":
        from annotator.cli.commands import agreement

        return agreement.run(args, db_path, out, err)
    if command in ("assign", "merge"):
        from annotator.cli.commands import team

        return team.run(args, db_path, out, err)
    raise AssertionError(f"unhandled command {command}")


def _project_or_none(args: Namespace) -> Path | None:
    """The command's project file, to name in a message; None when it cannot be told."""
    try:
        return project_path(getattr(args, "db", None))
    except Exception:  # an empty --db: the failure being reported already says so
        return None


def project_path(db: str | None) -> Path:
    """The project file: ``--db``, then ``$ANNOTATOR_DB``, then the user data folder."""
    from annotator.paths import resolve_db_path

    if db is not None and not db.strip():
        from annotator.cli.errors import CliError

        raise CliError("empty_db")
    return resolve_db_path(db)
