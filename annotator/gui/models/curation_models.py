"""List models of the Curate dialog: the sentences to curate, and one annotator's (or the
curated) mentions and events of the selected sentence, checkable for a merge.

A sentence is marked ``✓`` when curated, ``=`` when every annotator's version is the same and
``≠`` when they differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from annotator.core.annotations import Event, Mention
from annotator.gui.models import ModelIndex
from annotator.project import CurationSentence

SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
CURATED_MARK, AGREE_MARK, DISAGREE_MARK = "✓", "=", "≠"
Item = Mention | Event


class CurationSentenceModel(QAbstractListModel):
    """``≠ 2  Türkiye ABD'yle 27 Kasım'da görüştü.``"""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CurationSentence] = []

    def set_rows(self, rows: list[CurationSentence]) -> None:
        """Show another document's sentences."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def sentence(self, row: int) -> CurationSentence:
        """The sentence in ``row``."""
        return self._rows[row]

    def row_of(self, sentence_id: int) -> int:
        """The row of a sentence, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.sentence_id == sentence_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        sentence = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = (CURATED_MARK if sentence.is_curated
                    else AGREE_MARK if sentence.agrees else DISAGREE_MARK)
            return f"{mark} {sentence.order + 1}  {sentence.text}"
        if role == SENTENCE_ROLE:
            return sentence
        return None


def describe(item: Item, names: Mapping[str, str], sentence_text: str) -> str:
    """A mention: ``TR  ABD'yle → United States``; an event: its type and modes, actors →
    recipients, date and Turkish trigger words."""
    if isinstance(item, Mention):
        return f"{item.side.value.upper()}  {item.text} → {names.get(item.actor_id, item.actor_id)}"
    kind = item.type + (f"/{','.join(item.modes)}" if item.modes else "")
    who = ", ".join(names.get(a, a) for a in item.actors) or "?"
    whom = ", ".join(names.get(a, a) for a in item.recipients)
    parts = [kind, f"{who} → {whom}" if whom else who]
    if item.date:
        parts.append(item.date)
    if item.trigger_tr is not None:
        parts.append(f"«{sentence_text[item.trigger_tr[0]:item.trigger_tr[1]]}»")
    return "  ".join(parts)


class VersionItemModel(QAbstractListModel):
    """One version's mentions, then its events; each row can be checked for a merge."""

    def __init__(self, checkable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checkable = checkable
        self._items: list[Item] = []
        self._checked: list[bool] = []
        self._names: Mapping[str, str] = {}
        self._text = ""

    def set_rows(self, items: list[Item], names: Mapping[str, str], sentence_text: str) -> None:
        """Show another sentence's version (nothing checked)."""
        self.beginResetModel()
        self._items = list(items)
        self._checked = [False] * len(self._items)
        self._names, self._text = dict(names), sentence_text
        self.endResetModel()

    def checked_items(self) -> list[Item]:
        """The rows checked for a merge."""
        return [item for item, on in zip(self._items, self._checked, strict=True) if on]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.checkable and index.isValid():
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(item, self._names, self._text)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable:
            return (Qt.CheckState.Checked if self._checked[index.row()]
                    else Qt.CheckState.Unchecked)
        if role == ITEM_ROLE:
            return item
        return None

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not self.checkable
                or not index.isValid() or not 0 <= index.row() < len(self._items)):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self._checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [role])
        return True

