"""``annotator assign`` and ``annotator merge``: team work by passing project files around."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import TextIO


def run(args: Namespace, db_path: Path, out: TextIO, err: TextIO) -> int:
    """``assign`` writes the file and prints ``OUT<TAB>NAME<TAB>documents<TAB>sentences``.

    ``merge`` checks every file first (a bad one exits 2 with nothing merged), then merges each
    in its own transaction into the project (created if absent) and prints
    ``FILE<TAB>added<TAB>updated<TAB>already<TAB>conflicts`` (rows, every table together); each
    conflict goes to stderr as ``FILE: conflict: KIND ID: DETAIL``. Conflicts are reported, not
    failures: the exit code is 0."""
    from annotator.cli.exit_codes import EXIT_OK
    from annotator.cli.session import open_project

    if args.command == "assign":
        with open_project(db_path) as project:
            report = project.assign(args.docs, args.to, args.output, force=args.force).report
        out.write(f"{report.path}\t{report.to}\t{len(report.documents)}\t{report.sentences}\n")
        return EXIT_OK
    from annotator.project.team_ops import check_merge_source

    for path in args.files:
        check_merge_source(path, db_path)
    with open_project(db_path, create=True) as project:
        for path in args.files:
            merged = project.merge_file(path).report
            out.write(f"{path}\t{merged.added}\t{merged.updated}\t{merged.already}\t"
                      f"{len(merged.conflicts)}\n")
            out.flush()
            if merged.migrated_from is not None:
                err.write(f"{path}: schema {merged.migrated_from} (merged from a migrated "
                          "copy; the file is unchanged)\n")
            for conflict in merged.conflicts:
                err.write(f"{path}: conflict: {conflict.kind} {conflict.id}: "
                          f"{conflict.detail}\n")
    return EXIT_OK
