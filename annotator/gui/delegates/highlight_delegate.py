"""Paints a grid cell's text with the find matches highlighted and the glossary terms underlined
(plain text, word-wrapped).

Cells with neither are painted by Qt as usual; a cell with matches or terms is laid out with a
``QTextDocument`` so the marked spans wrap exactly as the text does. The terms of a text are
looked up once and remembered until the glossary changes (:meth:`forget_terms`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from annotator.core.find_replace import find_spans
from annotator.core.text_offsets import to_utf16

MATCH_BACKGROUND = QColor("#ffe066")
MATCH_FOREGROUND = QColor("#000000")
TERM_UNDERLINE = QColor("#1565c0")
_REMEMBERED_TEXTS = 5_000

TermFinder = Callable[[str], list[tuple[int, int]]]


class HighlightDelegate(QStyledItemDelegate):
    """Highlights the spans ``pattern`` matches in the cell's display text."""

    pattern: re.Pattern[str] | None = None
    _term_finder: TermFinder | None = None

    def set_term_finder(self, finder: TermFinder | None) -> None:
        """Where the glossary term spans of a text come from (None: no terms marked)."""
        self._term_finder = finder
        self.forget_terms()

    def forget_terms(self) -> None:
        """Look the terms up again (the glossary or the actors changed)."""
        self._terms: dict[str, list[tuple[int, int]]] = {}

    def term_spans(self, text: str) -> list[tuple[int, int]]:
        """The glossary terms of ``text`` (Python offsets), remembered per text."""
        if self._term_finder is None or not text:
            return []
        terms = self.__dict__.setdefault("_terms", {})
        spans = terms.get(text)
        if spans is None:
            if len(terms) > _REMEMBERED_TEXTS:
                terms.clear()
            spans = terms[text] = self._term_finder(text)
        return spans

    def set_pattern(self, pattern: re.Pattern[str] | None) -> None:
        """What to highlight (None: nothing)."""
        self.pattern = pattern

    def matches(self, text: str) -> list[tuple[int, int]]:
        """The highlighted spans of ``text`` (Python offsets)."""
        return find_spans(text, self.pattern) if self.pattern is not None and text else []

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        spans = self.matches(text)
        terms = self.term_spans(text)
        if not spans and not terms:
            super().paint(painter, option, index)
            return
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, view_option, widget)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(view_option.font)
        document.setPlainText(text)
        document.setTextWidth(rect.width())
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        base = QTextCharFormat()
        base.setForeground(view_option.palette.color(role))
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeCharFormat(base)
        term = QTextCharFormat()
        term.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        term.setUnderlineColor(TERM_UNDERLINE)
        for start, end in terms:
            cursor.setPosition(to_utf16(text, start))
            cursor.setPosition(to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(term)
        match = QTextCharFormat()
        match.setBackground(MATCH_BACKGROUND)
        match.setForeground(MATCH_FOREGROUND)
        for start, end in spans:
            cursor.setPosition(to_utf16(text, start))
            cursor.setPosition(to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(match)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.drawContents(painter)
        painter.restore()
