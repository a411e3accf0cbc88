"""The part every list-backed table model shares: one row per value of a list, fixed columns
with titles in the interface language, and a reset when the list is replaced."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from annotator.gui.models import ModelIndex


class RowsTableModel(QAbstractTableModel):
    """A table over a list; subclasses set their column titles and say what a cell shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._titles: list[str] = []

    def set_titles(self, titles: Sequence[str]) -> None:
        """The column titles (already translated), which also fix the number of columns."""
        self._titles = list(titles)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these values, one per row (after a search, a check or an edit)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def value(self, row: int) -> Any:
        """The value shown in ``row``."""
        return self._rows[row]

    def values(self) -> list[Any]:
        """Every value shown, in row order."""
        return list(self._rows)

    def has_row(self, index: ModelIndex) -> bool:
        """Whether ``index`` is a cell of a row this model has."""
        return index.isValid() and 0 <= index.row() < len(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._titles[section] if 0 <= section < len(self._titles) else None
