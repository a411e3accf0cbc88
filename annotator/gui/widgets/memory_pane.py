"""The translation memory's proposals for the current sentence, under the MT outputs.

Up to five matches, best first (in-context and exact before fuzzy), each with its percentage,
where it comes from, its Turkish with the words that differ from the current sentence marked,
and its English, which Ctrl+1…Ctrl+5 insert. Everything is set as plain text with formats.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from annotator.core.tm_match import MatchKind, TMMatch

DIFFERENT = QColor("#ffd54f")


class MemoryPane(QWidget):
    """Lists the memory matches of one sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[TMMatch] = []
        self.title_label = QLabel(self.tr("Translation memory (Ctrl+1…5 inserts)"))
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.match_view = QPlainTextEdit()
        self.match_view.setReadOnly(True)
        # A few lines are enough to read a match; the pane must not make the window taller.
        self.match_view.setMinimumHeight(2 * self.match_view.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.match_view)

    def kind_label(self, kind: MatchKind) -> str:
        """A match kind in the interface language."""
        return {MatchKind.IN_CONTEXT: self.tr("in context"), MatchKind.EXACT: self.tr("exact"),
                MatchKind.FUZZY: self.tr("fuzzy")}[kind]

    def show_matches(self, matches: list[TMMatch]) -> None:
        """Show ``matches`` (an empty list says there are none)."""
        self.matches = list(matches)
        self.match_view.clear()
        if not matches:
            self.match_view.setPlainText(self.tr("No match of 70 % or more."))
            return
        cursor = self.match_view.textCursor()
        plain, bold, marked = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(700)
        marked.setBackground(DIFFERENT)
        for number, match in enumerate(matches, start=1):
            if number > 1:
                cursor.insertText("\n\n", plain)
            cursor.insertText(f"{number}. {match.score} % · {self.kind_label(match.kind)} · "
                              f"{match.origin}\n", bold)
            position = 0
            for span in match.diff:
                if span.tag == "equal" or span.match_end <= span.match_start:
                    continue
                cursor.insertText(match.source[position:span.match_start], plain)
                cursor.insertText(match.source[span.match_start:span.match_end], marked)
                position = span.match_end
            cursor.insertText(match.source[position:] + "\n", plain)
            cursor.insertText("→ " + match.target, plain)
        self.match_view.moveCursor(QTextCursor.MoveOperation.Start)

    def match_text(self, number: int) -> str | None:
        """The English of match ``number`` (1-based), or None."""
        return self.matches[number - 1].target if 1 <= number <= len(self.matches) else None
