"""Team work without a server: assign documents to a person in a file of their own, merge the
files back.

The rows are moved by :mod:`annotator.exchange.team_assign` and
:mod:`annotator.exchange.team_merge` (their docstrings say what each kind of row does); this
module checks the paths a person gave (``project.assign_exists``, ``project.assign_same_file``,
``project.merge_not_found``, ``project.merge_same_file``, ``project.assign_no_name``) before
anything is written. See docs/teams.md.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from annotator.errors import ProjectError
from annotator.exchange.team_assign import AssignReport, assign_documents, project_id
from annotator.exchange.team_merge import merge_project
from annotator.exchange.team_report import MergeReport
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import Outcome
from annotator.storage.connection import check_project_file
from annotator.storage.documents import resolve_document
from annotator.storage.errors import NotAProjectError


def _same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file (``samefile`` when both exist, else resolved paths)."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return one.resolve() == other.resolve()


def check_merge_source(source: Path, team: Path) -> None:
    """Refuse, before anything is opened or written, a file that cannot be merged into ``team``:
    a missing or empty one, ``team`` itself, a folder, a file that is not a project (or one of a
    newer Annotator)."""
    if _same_file(source, team):
        raise ProjectError("merge_same_file", path=source)
    if source.is_dir():
        raise NotAProjectError("is_folder", path=source)
    if not source.exists() or (source.is_file() and source.stat().st_size == 0):
        raise ProjectError("merge_not_found", path=source)
    check_project_file(source)


class TeamOps(ProjectBase):
    """``assign`` documents to a person in a new project file; ``merge_file`` one back."""

    def assign(self, refs: Sequence[str], to: str, out_path: Path, *,
               force: bool = False) -> Outcome[AssignReport]:
        """Write ``out_path`` with the documents ``refs`` (ids, id prefixes or titles) for
        ``to``. An existing ``out_path`` is refused unless ``force``; the project itself always."""
        name = " ".join(to.split())
        if not name:
            raise ProjectError("assign_no_name")
        if _same_file(out_path, self.path):
            raise ProjectError("assign_same_file", path=out_path)
        if out_path.is_dir():
            raise NotAProjectError("is_folder", path=out_path)
        if out_path.exists() and not force:
            raise ProjectError("assign_exists", path=out_path)
        team_id = project_id(self.db)
        with self.snapshot() as db:
            doc_ids = list(dict.fromkeys(resolve_document(db, ref).id for ref in refs))
            report = assign_documents(db, doc_ids, name, out_path, team_id)
        return Outcome(report, Changes())

    def merge_file(self, source: Path) -> Outcome[MergeReport]:
        """Merge the project file ``source`` into this project in one transaction; the file is
        never changed. Conflicts are in the report, not raised."""
        check_merge_source(source, self.path)
        report = merge_project(self.db, source, self.who)
        changes = Changes()
        if report.changed:
            changes = Changes.of(documents=report.documents_touched,
                                 document_list=bool(report.documents_added),
                                 actors=bool(report.count("actors").added
                                             or report.count("actors").updated),
                                 glossary=bool(report.count("glossary_terms").added
                                               or report.count("glossary_terms").updated),
                                 memory=bool(report.count("tm_units").added))
        return Outcome(report, changes)
