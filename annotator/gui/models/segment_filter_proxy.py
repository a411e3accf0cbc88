"""Filters the translation grid by a Turkish-aware search and by status."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from annotator.core.models import TargetStatus
from annotator.core.turkish import search_key
from annotator.gui.models.segment_table_model import SegmentTableModel


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

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(self._terms) or self._pattern is not None or self._status is not None \
            or self._sentences is not None

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
        if self._pattern is not None:
            segment = model.segment(source_row)
            return bool(self._pattern.search(segment.sentence.text)
                        or self._pattern.search(segment.target.text))
        if not self._terms:
            return True
        source, target = model.search_keys(source_row)
        return all(term in source or term in target for term in self._terms)
