"""Read-only table model of one document's sentences with their block roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.models import Sentence

ModelIndex = QModelIndex | QPersistentModelIndex

COL_NUMBER = 0
COL_ROLE = 1
COL_TEXT = 2
COLUMN_COUNT = 3

SENTENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SentencePreviewModel(QAbstractTableModel):
    """One row per sentence; non-annotatable blocks (footnotes, bio, ...) are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Sentence] = []

    def set_rows(self, rows: list[Sentence]) -> None:
        """Show another document's sentences."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        return [self.tr("#"), self.tr("Part"), self.tr("Turkish source")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        sentence = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return str(sentence.order + 1)
            if column == COL_ROLE:
                return sentence.role.value
            return sentence.text
        if role == SENTENCE_ID_ROLE:
            return sentence.id
        if role == Qt.ItemDataRole.ForegroundRole and not sentence.role.annotatable:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return None
