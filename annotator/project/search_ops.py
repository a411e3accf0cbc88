"""Annotation search for the window's pane and ``annotator find``. No Qt.

Checks what a person typed (the date bounds) and reads the matching events and mentions with
:func:`annotator.storage.annotation_search.search_annotations`.
"""

from __future__ import annotations

from annotator.errors import ProjectError
from annotator.project.base import ProjectBase
from annotator.storage.annotation_search import (
    AnnotationHit,
    SearchQuery,
    period_bounds,
    search_annotations,
)

__all__ = ["AnnotationHit", "SearchOps", "SearchQuery"]


class SearchOps(ProjectBase):
    """``find_annotations``."""

    def find_annotations(self, query: SearchQuery,
                         limit: int | None = None) -> list[AnnotationHit]:
        """The events and mentions matching ``query``, in reading order (``project.bad_date``
        for a date bound that is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)."""
        for value in (query.date_from, query.date_to):
            if value is not None and value.strip() and period_bounds(value) is None:
                raise ProjectError("bad_date", value=value)
        return search_annotations(self.db, query, limit)
