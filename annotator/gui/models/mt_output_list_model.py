"""List model of every engine's output for the current sentence (numbered for Alt+1..9)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from annotator.core.mt_types import Translation
from annotator.gui.models import ModelIndex

MT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class MTOutputListModel(QAbstractListModel):
    """One row per engine: ``1. google — text`` or the engine's error."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outputs: list[Translation] = []

    def set_rows(self, outputs: list[Translation]) -> None:
        """Show the outputs of another sentence."""
        self.beginResetModel()
        self._outputs = list(outputs)
        self.endResetModel()

    def output(self, row: int) -> Translation:
        """The output in ``row``."""
        return self._outputs[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._outputs)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._outputs):
            return None
        output = self._outputs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            body = output.text
            if body is None:
                body = f"⚠ {output.error_kind}: {output.error}"
            return f"{index.row() + 1}. {output.engine} — {body}"
        if role == MT_TEXT_ROLE:
            return output.text
        if role == Qt.ItemDataRole.ForegroundRole and output.text is None:
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return output.created
        return None
