"""Table model of the glossary: Turkish term, English terms, forbidden variants, note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from annotator.core.glossary import GlossaryTerm
from annotator.gui.models import ModelIndex
from annotator.gui.models.folded_filter import SEARCH_ROLE
from annotator.gui.models.rows_model import RowsTableModel

COL_SOURCE, COL_TARGETS, COL_FORBIDDEN, COL_NOTE = range(4)


class GlossaryTableModel(RowsTableModel):
    """One row per glossary entry."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_titles([self.tr("Turkish"), self.tr("English"), self.tr("Forbidden"),
                         self.tr("Note")])

    def term(self, row: int) -> GlossaryTerm:
        """The entry in ``row``."""
        term: GlossaryTerm = self.value(row)
        return term

    def row_of(self, term_id: int | None) -> int:
        """The row of the entry with this id, or -1."""
        return next((row for row, term in enumerate(self.values()) if term.id == term_id), -1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        term = self.term(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [term.source, "; ".join(term.targets), "; ".join(term.forbidden),
                    term.note][index.column()]
        if role == SEARCH_ROLE:
            return " ".join([term.source, *term.targets, *term.forbidden, term.note])
        return None
