"""``annotator export`` and ``annotator import-annotations``: options in, progress and counts out.

Progress and the summary line go to stderr; stdout stays empty. An export reads a snapshot of the
project (it never blocks the window or MT) and writes ``OUT.part``, renamed when complete; the
first Ctrl-C cancels it and leaves no file under the target name (exit 130). The article formats
(docx, md, html, txt) write one document, named with exactly one ``--doc``.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from annotator.exchange.options import ExportOptions


def export(args: Namespace, db_path: Path, err: TextIO) -> int:
    """Run ``annotator export``."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import cancel_on_interrupt, open_project, progress_control
    from annotator.exchange.options import ARTICLE_FORMATS

    if args.fmt in ARTICLE_FORMATS:
        return export_article(args, db_path, err)
    options = export_options(args)  # a bad split is refused before the project is opened
    with open_project(db_path) as project, cancel_on_interrupt() as cancel:
        control, bar = progress_control(err, "export", "sentences", cancel)
        try:
            report = project.export(args.fmt, options, args.output, control)
        finally:
            bar.finish()
    err.write(report.summary() + "\n")
    return EXIT_OK


# Dataset options that mean nothing for an article, with the value they have when not given.
_NOT_FOR_ARTICLES: tuple[tuple[str, str, object], ...] = (
    ("status", "--status", []), ("annotator", "--annotator", []),
    ("include_suggestions", "--include-suggestions", False), ("roles", "--roles", []),
    ("split", "--split", None), ("side", "--side", "tr"),
    ("enforce_rules", "--enforce-rules", False), ("shard", "--shard", None))


def export_article(args: Namespace, db_path: Path, err: TextIO) -> int:
    """``annotator export --format docx|md|html|txt --doc DOC -o OUT``: one document's English."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import open_project
    from annotator.exchange.errors import ExportOptionsError

    for name, option, unset in _NOT_FOR_ARTICLES:
        if getattr(args, name) != unset:
            raise ExportOptionsError("article_option", option=option, format=args.fmt)
    if not args.doc:
        raise ExportOptionsError("article_needs_document", format=args.fmt)
    if len(args.doc) > 1:
        raise ExportOptionsError("article_one_document", format=args.fmt, count=len(args.doc))
    with open_project(db_path) as project:
        report = project.export_article(args.doc[0], args.fmt, args.output)
    err.write(report.summary() + "\n")
    return EXIT_OK


def export_options(args: Namespace) -> ExportOptions:
    """The ExportOptions of a parsed command line (ExportOptionsError for a bad split)."""
    from annotator.core.models import BlockRole, TargetStatus
    from annotator.exchange.options import ExportOptions, parse_split

    return ExportOptions(
        documents=tuple(args.doc), annotators=tuple(args.annotator), curated=args.curated,
        statuses=tuple(TargetStatus(s) for s in args.status) or None,
        include_suggestions=args.include_suggestions,
        roles=tuple(BlockRole(r) for r in args.roles),
        split=parse_split(args.split) if args.split else (), seed=args.seed, side=args.side,
        enforce_rules=args.enforce_rules, qa=args.qa, shard=args.shard)


def import_annotations(args: Namespace, db_path: Path, err: TextIO) -> int:
    """Run ``annotator import-annotations`` (creates the project when missing)."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import open_project
    from annotator.exchange.options import DEFAULT_TMX_ENGINE

    with open_project(db_path, create=True) as project:
        project.set_who(lambda: args.annotator)
        outcome = project.import_annotations(args.file, args.fmt,
                                             args.engine or DEFAULT_TMX_ENGINE)
    err.write(outcome.report.summary() + "\n")
    return EXIT_OK
