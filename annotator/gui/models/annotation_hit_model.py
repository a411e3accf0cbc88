"""Table model of annotation search hits: document, sentence number, kind, type or actor, the
matched words, participants, date, status and annotator. Text is plain, never rich."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from annotator.gui.models import ModelIndex
from annotator.gui.models.rows_model import RowsTableModel
from annotator.storage.annotation_search import AnnotationHit

(COL_DOCUMENT, COL_SENTENCE, COL_KIND, COL_TYPE, COL_TEXT, COL_PARTICIPANTS, COL_DATE,
 COL_STATUS, COL_ANNOTATOR) = range(9)
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class AnnotationHitModel(RowsTableModel):
    """One row per hit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_titles([self.tr("Document"), self.tr("#"), self.tr("Kind"),
                         self.tr("Type or actor"), self.tr("Words"),
                         self.tr("Actors → recipients"), self.tr("Date"), self.tr("Status"),
                         self.tr("Annotator")])

    def hit(self, row: int) -> AnnotationHit:
        """The hit in ``row``."""
        hit: AnnotationHit = self.value(row)
        return hit

    def hits(self) -> list[AnnotationHit]:
        """Every hit shown."""
        return self.values()

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
        if not self.has_row(index):
            return None
        hit = self.hit(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.source  # the whole Turkish sentence
        if role == HIT_ROLE:
            return hit
        return None
