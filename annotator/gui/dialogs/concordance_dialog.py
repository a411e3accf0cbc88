"""Concordance (Ctrl+Shift+K): find a Turkish or English phrase in the translation memory.

Searches the confirmed sentences of the project and the imported TMX units as one types
(Turkish-aware: ``kasim`` finds ``Kasım``) and lists each hit's Turkish and English with the
phrase marked and where it comes from. Text is set as plain text with formats.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from annotator.core.tm_match import ConcordanceHit
from annotator.gui.operations import OperationRunner
from annotator.project import Project

FOUND = QColor("#ffe066")


class ConcordanceDialog(QDialog):
    """A search field over the memory and the hits; open it with :meth:`search`."""

    def __init__(self, project: Project, runner: OperationRunner, text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.hits: list[ConcordanceHit] = []
        self.setWindowTitle(self.tr("Concordance"))
        self.query_edit = QLineEdit(text)
        self.query_edit.setPlaceholderText(self.tr("A Turkish or English phrase"))
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_view = QPlainTextEdit()
        self.result_view.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.count_label)
        layout.addWidget(self.result_view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.query_edit.textChanged.connect(self._timer.start)
        self.resize(820, 560)
        self.refresh()

    def refresh(self) -> None:
        """Search for the phrase now and list the hits."""
        text = self.query_edit.text().strip()
        hits = self.runner.run(lambda: self.project.concordance(text)) if text else []
        self.hits = list(hits or [])
        self.count_label.setText(self.tr("%n hit(s)", "", len(self.hits)) if text else "")
        self.result_view.clear()
        cursor = self.result_view.textCursor()
        plain, bold, found = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(700)
        found.setBackground(FOUND)
        for number, hit in enumerate(self.hits):
            if number:
                cursor.insertText("\n\n", plain)
            cursor.insertText(hit.origin + "\n", bold)
            for text_, spans in ((hit.source, hit.source_spans), (hit.target, hit.target_spans)):
                position = 0
                for start, end in spans:
                    cursor.insertText(text_[position:start], plain)
                    cursor.insertText(text_[start:end], found)
                    position = end
                cursor.insertText(text_[position:] + "\n", plain)
        self.result_view.moveCursor(QTextCursor.MoveOperation.Start)

    @classmethod
    def search(cls, project: Project, runner: OperationRunner, text: str = "",
               parent: QWidget | None = None) -> None:
        """Show the concordance, starting with ``text`` (the selected words, if any)."""
        dialog = cls(project, runner, text, parent)
        dialog.exec()
