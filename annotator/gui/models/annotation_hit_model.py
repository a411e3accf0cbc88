"""Table model of annotation search hits: document, sentence number, kind, type or actor, the
matched words, participants, date, status and annotator. Text is plain, never rich."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from annotator.gui.models import ModelIndex
from annotator.storage.annotation_search import AnnotationHit

(COL_DOCUMENT, COL_SENTENCE, COL_KIND, COL_TYPE, COL_TEXT, COL_PARTICIPANTS, COL_DATE,
 COL_STATUS, COL_ANNOTATOR) = range(9)
COLUMN_COUNT = 9
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class AnnotationHitModel(QAbstractTableModel):
    """One row per hit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[AnnotationHit] = []

    def set_rows(self, hits: list[AnnotationHit]) -> None:
        """Show these hits (after a search)."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> AnnotationHit:
        """The hit in ``row``."""
        return self._hits[row]

    def hits(self) -> list[AnnotationHit]:
        """Every hit shown."""
        return list(self._hits)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Document"), self.tr("#"), self.tr("Kind"), self.tr("Type or actor"),
                self.tr("Words"), self.tr("Actors → recipients"), self.tr("Date"),
                self.tr("Status"), self.tr("Annotator")][section]

    def _kind(self, hit: AnnotationHit) -> str:
        return self.tr("event") if hit.kind == "event" else self.tr("mention")

    def _status(self, status: str) -> str:
        names = {"suggested": self.tr("suggested"), "accepted": self.tr("accepted"),
                 "rejected": self.tr("rejected")}
        return names.get(status, status)

    def _display(self, hit: AnnotationHit, column: int) -> str:
        if column == COL_DOCUMENT:
            return hit.document_title
        if column == COL_SENTENCE:
            return str(hit.order + 1)
        if column == COL_KIND:
            return self._kind(hit)
        if column == COL_TYPE:
            return (hit.type or "") if hit.kind == "event" else ", ".join(hit.actors)
        if column == COL_TEXT:
            return " ".join(hit.text.split())
        if column == COL_PARTICIPANTS:
            if hit.kind == "mention":
                return ""
            recipients = ", ".join(hit.recipients)
            return ", ".join(hit.actors) + (f" → {recipients}" if recipients else "")
        if column == COL_DATE:
            return hit.date or ""
        if column == COL_STATUS:
            return self._status(hit.status)
        return hit.annotator or ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.source  # the whole Turkish sentence
        if role == HIT_ROLE:
            return hit
        return None
