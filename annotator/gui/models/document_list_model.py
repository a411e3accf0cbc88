"""Table model of the project's documents with their progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from annotator.core.models import DocumentSummary
from annotator.gui.models import ModelIndex

COL_TITLE = 0
COL_TRANSLATED = 1
COL_REVIEWED = 2
COLUMN_COUNT = 3

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


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
            return [self.tr("Title and number of sentences"), self.tr("% translated"),
                    self.tr("% reviewed")][section]
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
                return self.tr("%1\nSentences: %2").replace("%1", doc.title).replace(
                    "%2", str(doc.sentences))
            count = doc.translated if column == COL_TRANSLATED else doc.reviewed
            return f"{doc.percent(count):.0f} %"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1\nid %2 · %3 % annotated").replace("%1", doc.title).replace(
                "%2", doc.id).replace("%3", f"{doc.percent(doc.annotated):.0f}")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_TITLE:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
