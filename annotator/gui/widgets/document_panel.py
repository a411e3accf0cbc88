"""Shows one document: its title, metadata and its sentences with their structural roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.models import Document, Sentence
from annotator.gui.models.sentence_preview_model import (
    COL_NUMBER,
    COL_ROLE,
    COL_TEXT,
    SentencePreviewModel,
)

# Above this many rows, sizing every row to its text up front is too slow (DESIGN.md §9).
MAX_ROWS_SIZED_UP_FRONT = 2000


class DocumentPanel(QWidget):
    """Title and metadata above a read-only table of the document's sentences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = QLabel()
        for label in (self.title_label, self.meta_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # document text never renders as HTML
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sentence_model = SentencePreviewModel(self)
        self.sentence_view = QTableView()
        self.sentence_view.setModel(self.sentence_model)
        self.sentence_view.setWordWrap(True)
        self.sentence_view.setAlternatingRowColors(True)
        self.sentence_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sentence_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sentence_view.verticalHeader().hide()
        header = self.sentence_view.horizontalHeader()
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_header_section_resized)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.sentence_view, 1)

    def show_document(self, document: Document, sentences: list[Sentence]) -> None:
        """Display ``document`` and its ``sentences``."""
        self.title_label.setText(document.title)
        parts = [document.author, document.publisher, document.published,
                 self.tr("%n sentence(s)", "", len(sentences)), document.id]
        self.meta_label.setText(" · ".join(p for p in parts if p))
        self.sentence_model.set_rows(sentences)
        self._fit_rows()

    def _fit_rows(self) -> None:
        if self.sentence_model.rowCount() <= MAX_ROWS_SIZED_UP_FRONT:
            self.sentence_view.resizeRowsToContents()

    def _on_header_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index == COL_TEXT:
            self._fit_rows()
