"""Filters the translation grid by a Turkish-aware search and by status."""

from __future__ import annotations

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
        self._status: TargetStatus | None = None

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(self._terms) or self._status is not None

    def set_query(self, text: str) -> None:
        """Filter by words that must all appear in the source or the target."""
        self.beginFilterChange()
        self._terms = search_key(text).split()
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
        if self._status is not None and model.segment(source_row).target.status != self._status:
            return False
        if not self._terms:
            return True
        source, target = model.search_keys(source_row)
        return all(term in source or term in target for term in self._terms)
