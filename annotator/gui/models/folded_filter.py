"""A filter proxy that keeps the rows whose search text contains every typed word, Turkish-folded
(``turk`` finds ``Türkiye``, ``disisleri`` finds ``Dışişleri``)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from annotator.core.turkish import search_key
from annotator.gui.models import ModelIndex

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # what the source model offers to be searched


class FoldedFilter(QSortFilterProxyModel):
    """Keeps rows whose column-0 ``SEARCH_ROLE`` text contains all the typed words."""

    def __init__(self) -> None:
        super().__init__()
        self.terms: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.terms = search_key(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: ModelIndex) -> bool:
        model = self.sourceModel()
        haystack = search_key(str(model.index(row, 0, parent).data(SEARCH_ROLE)))
        return all(term in haystack for term in self.terms)
