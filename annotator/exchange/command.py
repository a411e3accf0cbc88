"""``annotator export`` and ``annotator import-annotations``: arguments in, progress and counts out.

The argument definitions import nothing heavy (the CLI builds its parser on every run); the
export and import machinery is imported when a command runs. Progress goes to stderr (a redrawn
bar on a terminal, a line per 10 % otherwise), the summary line too; stdout stays empty. Exit
codes: 0 done, 2 bad input (raised as ExchangeError for the CLI to print as one line), 130
interrupted (no file left behind).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from sqlite_utils import Database

from annotator.core.models import BlockRole, TargetStatus
from annotator.core.progress import ProgressBar
from annotator.exchange.options import (
    DEFAULT_TMX_ENGINE,
    IMPORT_FORMATS,
    ExportFormat,
    ExportOptions,
    parse_split,
)

EXIT_OK = 0
EXIT_INTERRUPTED = 130


class ExportProgress:
    """``done/total`` sentences on ``stream`` (a :class:`ProgressBar`)."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.bar = ProgressBar(stream, label)

    def __call__(self, done: int, total: int) -> None:
        self.bar.update(done, total, f"{done}/{total} sentences")

    def finish(self) -> None:
        """End the bar's line."""
        self.bar.finish()


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``annotator export``."""
    parser.add_argument("--format", required=True, dest="fmt",
                        choices=[str(f) for f in ExportFormat], help="what to write")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                        help="file to write (written as OUT.part, renamed when complete)")
    parser.add_argument("--doc", nargs="+", action="extend", default=[], metavar="DOC",
                        help="only these documents (id, id prefix or title)")
    parser.add_argument("--status", nargs="+", action="extend", default=[],
                        choices=[str(s) for s in TargetStatus],
                        help="only sentences whose English has one of these statuses")
    parser.add_argument("--annotator", nargs="+", action="extend", default=[],
                        help="only annotations by these people")
    parser.add_argument("--include-suggestions", action="store_true",
                        help="also export suggested (not yet accepted) annotations")
    parser.add_argument("--roles", nargs="+", action="extend", default=[],
                        choices=[str(r) for r in BlockRole], help="only these block roles")
    parser.add_argument("--split", metavar="TRAIN/DEV/TEST",
                        help="split documents deterministically, e.g. 80/10/10")
    parser.add_argument("--seed", type=int, default=0, help="seed of the split (default 0)")
    parser.add_argument("--side", choices=["tr", "en"], default="tr",
                        help="doccano/labelstudio: the text tasks show (default tr)")
    parser.add_argument("--enforce-rules", action="store_true",
                        help="refuse to export when an event breaks the taxonomy's rules")


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``annotator import-annotations``."""
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--format", dest="fmt", choices=IMPORT_FORMATS,
                        help="the file's format (default: told from its name and content)")
    parser.add_argument("--engine", default=DEFAULT_TMX_ENGINE,
                        help=f"TMX: the MT-cache engine entries are filed under "
                             f"(default {DEFAULT_TMX_ENGINE})")
    parser.add_argument("--annotator", help="who imported suggestions and revisions are by")


def export_options(args: argparse.Namespace) -> ExportOptions:
    """The ExportOptions of a parsed command line (ExportOptionsError for a bad split)."""
    return ExportOptions(
        documents=tuple(args.doc), annotators=tuple(args.annotator),
        statuses=tuple(TargetStatus(s) for s in args.status) or None,
        include_suggestions=args.include_suggestions,
        roles=tuple(BlockRole(r) for r in args.roles),
        split=parse_split(args.split) if args.split else (), seed=args.seed, side=args.side,
        enforce_rules=args.enforce_rules)


def export_command(db: Database, args: argparse.Namespace, err: TextIO) -> int:
    """Run ``annotator export``; raises ExchangeError for user errors."""
    from annotator.exchange.export import export

    options = export_options(args)
    progress = ExportProgress(err, "export")
    try:
        report = export(db, args.fmt, options, args.output, on_progress=progress)
    except KeyboardInterrupt:
        progress.finish()
        print("export interrupted; no file was written", file=err)
        return EXIT_INTERRUPTED
    progress.finish()
    print(report.summary(), file=err)
    return EXIT_OK


def import_command(db: Database, args: argparse.Namespace, err: TextIO) -> int:
    """Run ``annotator import-annotations``; raises ExchangeError for user errors."""
    from annotator.exchange.importer import import_annotations

    report = import_annotations(db, args.file, args.fmt, args.engine, args.annotator)
    print(report.summary(), file=err)
    return EXIT_OK
