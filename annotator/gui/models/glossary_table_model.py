"""Table model of the glossary: Turkish term, English terms, forbidden variants, note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from annotator.core.glossary import GlossaryTerm
from annotator.gui.models import ModelIndex
from annotator.gui.models.folded_filter import SEARCH_ROLE

COL_SOURCE, COL_TARGETS, COL_FORBIDDEN, COL_NOTE = range(4)
COLUMN_COUNT = 4


class GlossaryTableModel(QAbstractTableModel):
    """One row per glossary entry."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[GlossaryTerm] = []

    def set_rows(self, terms: list[GlossaryTerm]) -> None:
        """Show these entries (after an edit or an import)."""
        self.beginResetModel()
        self._terms = list(terms)
        self.endResetModel()

    def term(self, row: int) -> GlossaryTerm:
        """The entry in ``row``."""
        return self._terms[row]

    def row_of(self, term_id: int | None) -> int:
        """The row of the entry with this id, or -1."""
        return next((row for row, term in enumerate(self._terms) if term.id == term_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._terms)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Turkish"), self.tr("English"), self.tr("Forbidden"),
                self.tr("Note")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._terms):
            return None
        term = self._terms[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [term.source, "; ".join(term.targets), "; ".join(term.forbidden),
                    term.note][index.column()]
        if role == SEARCH_ROLE:
            return " ".join([term.source, *term.targets, *term.forbidden, term.note])
        return None
