"""The open suggestions of a document as one list, each once, with its place and its maker.

A row says what was suggested (an actor mention or an event), on which side, the words in their
context, the confidence and the rule (or model) that made it, so that three suggestions of
"ABD" in one sentence read as three different places.

The queue lists the least certain suggestions first (:func:`review_order`), so the annotator's
time goes where the rules and the recommender are unsure; a suggestion without a score (an actor
found by its exact name in the registry) counts as certain. Equal scores keep reading order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from annotator.core.annotations import Event, Mention
from annotator.gui.models import ModelIndex

CONTEXT_CHARS = 30
SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class QueueItem:
    """One open suggestion and the sentence it belongs to."""

    item: Mention | Event
    sentence_text: str
    order: int  # the sentence's place in the document (0-based)

    @property
    def sentence_id(self) -> int:
        """The sentence of the suggestion."""
        return self.item.sentence_id

    @property
    def span(self) -> tuple[int, int] | None:
        """The Turkish span shown in context: the mention, or the event's Turkish trigger."""
        if isinstance(self.item, Mention):
            return (self.item.start, self.item.end) if self.item.side.value == "tr" else None
        return self.item.trigger_tr

    @property
    def score(self) -> float | None:
        """How sure the maker was (0–1), when it said."""
        return self.item.score if isinstance(self.item, Mention) else self.item.confidence


def review_order(queued: QueueItem) -> tuple[float, int, int]:
    """The sort key of the queue: score ascending (None as 1.0), then reading order."""
    score = queued.score if queued.score is not None else 1.0
    return score, queued.order, queued.span[0] if queued.span else -1


def in_context(text: str, span: tuple[int, int] | None, width: int = CONTEXT_CHARS) -> str:
    """``…before [words] after…`` (plain text), or the sentence's start when there is no span."""
    if span is None:
        return text[:2 * width] + ("…" if len(text) > 2 * width else "")
    start, end = span
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return (("…" if start > width else "") + before + "[" + text[start:end] + "]" + after
            + ("…" if end + width < len(text) else ""))


class SuggestionQueueModel(QAbstractListModel):
    """Rows of :class:`QueueItem`, in the order they are given (see :func:`review_order`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []
        self._names: Mapping[str, str] = {}

    def set_rows(self, items: list[QueueItem], actor_names: Mapping[str, str]) -> None:
        """Show another list of suggestions."""
        self.beginResetModel()
        self._items = list(items)
        self._names = dict(actor_names)
        self.endResetModel()

    def item(self, row: int) -> QueueItem:
        """The suggestion in ``row``."""
        return self._items[row]

    def items(self) -> list[QueueItem]:
        """Every suggestion listed."""
        return list(self._items)

    def row_of(self, kind: type, item_id: object) -> int:
        """The row of the mention or event with this id, or -1."""
        for row, queued in enumerate(self._items):
            if isinstance(queued.item, kind) and queued.item.id == item_id:
                return row
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def describe(self, queued: QueueItem) -> str:
        """The row text (plain)."""
        item = queued.item
        if isinstance(item, Mention):
            what = self.tr("%1 → %2").replace("%1", item.side.value.upper()).replace(
                "%2", self._names.get(item.actor_id, item.actor_id))
            context = in_context(queued.sentence_text, queued.span) \
                if item.side.value == "tr" else f"[{item.text}]"
        else:
            who = ", ".join(self._names.get(a, a) for a in item.actors) or "?"
            whom = ", ".join(self._names.get(a, a) for a in item.recipients)
            what = f"{item.type}  {who}" + (f" → {whom}" if whom else "")
            context = in_context(queued.sentence_text, queued.span)
        maker = getattr(item, "rule", None) or item.provenance.value
        score = f"{queued.score:.0%}" if queued.score is not None else "–"
        return (f"{queued.order + 1}. {what} · {score} · {maker}\n   {context}")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        queued = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(queued)
        if role == SENTENCE_ROLE:
            return queued.sentence_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return queued.sentence_text
        return None
