"""List models of the current sentence's mentions and events; suggestions look different.

A suggestion (status ``suggested``) is shown in italics with a leading ``?``; an annotation whose
English text changed under it is marked ``⚠`` until someone reviews it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus
from annotator.gui.models import ModelIndex

Item = TypeVar("Item", Mention, Event)
SUGGESTION_COLOUR = QColor("#5c6bc0")


class _AnnotationListModel(QAbstractListModel, Generic[Item]):
    """Shared behaviour: rows of dataclasses, actor names for display, suggestion styling."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Item] = []
        self._names: Mapping[str, str] = {}

    def set_rows(self, items: list[Item], actor_names: Mapping[str, str]) -> None:
        """Show another sentence's annotations; ``actor_names`` maps actor ids to names."""
        self.beginResetModel()
        self._items = list(items)
        self._names = dict(actor_names)
        self.endResetModel()

    def item(self, row: int) -> Item:
        """The annotation in ``row``."""
        return self._items[row]

    def items(self) -> list[Item]:
        """Every annotation shown."""
        return list(self._items)

    def name(self, actor_id: str) -> str:
        """An actor's display name (its id when unknown)."""
        return self._names.get(actor_id, actor_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def describe(self, item: Item) -> str:
        """The row text."""
        raise NotImplementedError

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        suggested = item.status is AnnotationStatus.SUGGESTED
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "⚠ " if item.needs_review else ""
            return f"{mark}{'? ' if suggested else ''}{self.describe(item)}"
        if role == Qt.ItemDataRole.FontRole and suggested:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and suggested:
            return QBrush(SUGGESTION_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.status.value} · {item.provenance.value} · {item.annotator or ''}"
        return None


class MentionListModel(_AnnotationListModel[Mention]):
    """``TR  Antony Blinken → Antony Blinken (USA-GOV-blinken)``."""

    def describe(self, item: Mention) -> str:
        return f"{item.side.value.upper()}  {item.text} → {self.name(item.actor_id)}"


class EventListModel(_AnnotationListModel[Event]):
    """``CONSULT/phone  Blinken → Aliyev  2023-11-27``."""

    def describe(self, item: Event) -> str:
        kind = item.type + (f"/{','.join(item.modes)}" if item.modes else "")
        who = ", ".join(self.name(a) for a in item.actors) or "?"
        whom = ", ".join(self.name(a) for a in item.recipients)
        parts = [kind, f"{who} → {whom}" if whom else who]
        if item.date:
            parts.append(item.date)
        return "  ".join(parts)
