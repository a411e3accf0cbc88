"""Table model of the project's documents with their progress.

Percentages are of the parts meant to be translated (the project's translatable roles, title and
body by default), the same figures ``annotator docs`` prints.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from annotator.core.models import DocumentSummary
from annotator.gui.models import ModelIndex

COL_TITLE = 0
COL_TRANSLATED = 1
COL_REVIEWED = 2
COLUMN_COUNT = 3

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2`` ... replaced at once (a title holding ``%2`` stays)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


class DocumentListModel(QAbstractTableModel):
    """One row per document: title with its sentence count, % translated, % reviewed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []

    def set_rows(self, rows: list[DocumentSummary]) -> None:
        """Replace every row (after an import or a bulk change)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> DocumentSummary:
        """The document shown in ``row``."""
        return self._rows[row]

    def row_of(self, doc_id: str) -> int:
        """The row showing ``doc_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == doc_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Document"), self.tr("Tr."), self.tr("Rev.")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [self.tr("Title and number of sentences"),
                    self.tr("% translated, of the parts meant to be translated"),
                    self.tr("% reviewed, of the parts meant to be translated")][section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc = self._rows[index.row()]
        column = index.column()
        if role == DOCUMENT_ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return fill(self.tr("%1\nSentences: %2"), doc.title, doc.sentences)
            count = doc.translated if column == COL_TRANSLATED else doc.reviewed
            return f"{doc.percent(count):.0f} %"
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(self.tr("%1\nid %2 · %3 % annotated\n%4 of %5 sentences are meant to "
                                "be translated"), doc.title, doc.id,
                        f"{doc.percent(doc.annotated):.0f}", doc.translatable, doc.sentences)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_TITLE:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
