"""Filters the translation grid by a Turkish-aware search, by status and by how much the MT
engines disagree, and orders it by reading order or by that disagreement."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from annotator.core.models import TargetStatus
from annotator.core.turkish import search_key
from annotator.gui.models.segment_table_model import (
    COL_NUMBER,
    DISAGREEMENT_SORT_ROLE,
    SegmentTableModel,
)


class SegmentFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose source or target contains every word of the query, in the chosen status.

    Matching folds case and Turkish letters (``kasim`` finds ``Kasım``, ``istanbul`` finds
    ``İstanbul``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._pattern: re.Pattern[str] | None = None
        self._status: TargetStatus | None = None
        self._sentences: frozenset[int] | None = None
        self._min_disagreement: float | None = None
        self.setSortRole(DISAGREEMENT_SORT_ROLE)

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(self._terms) or self._pattern is not None or self._status is not None \
            or self._sentences is not None or self._min_disagreement is not None

    @property
    def sorted_by_disagreement(self) -> bool:
        """Whether the rows are ordered by disagreement rather than reading order."""
        return self.sortColumn() >= 0

    def sort_by_disagreement(self, on: bool) -> None:
        """Order the rows by how much the engines disagree, most first (sentences with fewer
        than two engines' outputs last, ties in reading order), or back in reading order."""
        if on:
            self.sort(COL_NUMBER, Qt.SortOrder.DescendingOrder)
        else:
            self.sort(-1)

    def set_min_disagreement(self, threshold: float | None) -> None:
        """Show only sentences whose engines disagree more than ``threshold`` (None: all)."""
        self.beginFilterChange()
        self._min_disagreement = threshold
        self.endFilterChange()

    def set_query(self, text: str) -> None:
        """Filter by words that must all appear in the source or the target."""
        self.beginFilterChange()
        self._terms = search_key(text).split()
        self._pattern = None
        self.endFilterChange()

    def set_pattern(self, pattern: re.Pattern[str] | None) -> None:
        """Filter by a compiled pattern (match case, whole words or a regular expression)."""
        self.beginFilterChange()
        self._terms = []
        self._pattern = pattern
        self.endFilterChange()

    def set_sentences(self, sentence_ids: frozenset[int] | None) -> None:
        """Show only these sentences (None: no such filter), e.g. those with open suggestions."""
        self.beginFilterChange()
        self._sentences = sentence_ids
        self.endFilterChange()

    def set_status(self, status: TargetStatus | None) -> None:
        """Show only rows in ``status`` (None shows every status)."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, SegmentTableModel)
        if self._sentences is not None and \
                model.segment(source_row).sentence.id not in self._sentences:
            return False
        if self._status is not None and model.segment(source_row).target.status != self._status:
            return False
        if self._min_disagreement is not None:
            value = model.disagreement(source_row)
            if value is None or value <= self._min_disagreement:
                return False
        if self._pattern is not None:
            segment = model.segment(source_row)
            return bool(self._pattern.search(segment.sentence.text)
                        or self._pattern.search(segment.target.text))
        if not self._terms:
            return True
        source, target = model.search_keys(source_row)
        return all(term in source or term in target for term in self._terms)
