"""Side-by-side engine outputs for the detail pane: one column per engine, numbered as in the
output list (Alt+1…9 inserts), the words that differ from the other output(s) highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from annotator.core.engine_agreement import differing_words
from annotator.core.metrics import words

HIGHLIGHT = QColor(255, 213, 79, 150)  # a marker yellow that reads in light and dark themes


class EngineCompareView(QWidget):
    """Shows two or more engines' outputs in columns; hidden with fewer than two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.columns_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.text_views: list[QPlainTextEdit] = []
        self.engine_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addLayout(self.columns_layout, 1)
        self.highlighted: list[list[str]] = []  # per column, the highlighted words (for tests)
        # Room for a two-line heading and, stacked, two engine names with three or four lines
        # of output each (the detail pane scrolls).
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(11 * lines + 2 * layout.spacing())
        self.hide()

    def show_outputs(self, outputs: list[tuple[str, str]], disagreement: float | None) -> None:
        """Show ``(label, text)`` per engine side by side (fewer than two: hide)."""
        self._clear()
        if len(outputs) < 2:
            self.hide()
            return
        heading = self.tr("Engines compared")
        if disagreement is not None:
            heading += " · " + self.tr("disagreement %.0f/100") % disagreement
        self.heading_label.setText(heading)
        self.heading_label.setToolTip(self.tr(
            "Words that differ from the other engines' output are highlighted; 0 means the "
            "outputs are identical"))
        marked = differing_words([text for _label, text in outputs])
        for (label, text), differing in zip(outputs, marked, strict=True):
            self._add_column(label, text, differing)
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when each output gets room for a line of words; in a narrow pane one
        above the other (columns narrower than a word break words in the middle)."""
        super().resizeEvent(event)
        count = max(len(self.text_views), 2)
        wide = event.size().width() >= count * 24 * self.fontMetrics().averageCharWidth()
        self.columns_layout.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                         else QBoxLayout.Direction.TopToBottom)

    def _clear(self) -> None:
        while self.columns_layout.count():
            item = self.columns_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.text_views, self.engine_labels, self.highlighted = [], [], []

    def _add_column(self, label: str, text: str, differing: set[int]) -> None:
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        engine_label = QLabel(label)
        engine_label.setTextFormat(Qt.TextFormat.PlainText)
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setMinimumHeight(4 * view.fontMetrics().lineSpacing())
        plain, marked = QTextCharFormat(), QTextCharFormat()
        marked.setBackground(HIGHLIGHT)
        cursor = view.textCursor()
        shown: list[str] = []
        for number, word in enumerate(words(text)):
            if number:
                cursor.insertText(" ", plain)
            cursor.insertText(word, marked if number in differing else plain)  # never markup
            if number in differing:
                shown.append(word)
        view.moveCursor(QTextCursor.MoveOperation.Start)
        column_layout.addWidget(engine_label)
        column_layout.addWidget(view, 1)
        self.columns_layout.addWidget(column, 1)
        self.text_views.append(view)
        self.engine_labels.append(engine_label)
        self.highlighted.append(shown)
