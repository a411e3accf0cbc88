"""Paints a grid cell's text with the find matches highlighted (plain text, word-wrapped).

Cells without a match are painted by Qt as usual; a cell with matches is laid out with a
``QTextDocument`` so the highlighted spans wrap exactly as the text does.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from annotator.core.find_replace import find_spans
from annotator.core.text_offsets import to_utf16

MATCH_BACKGROUND = QColor("#ffe066")
MATCH_FOREGROUND = QColor("#000000")


class HighlightDelegate(QStyledItemDelegate):
    """Highlights the spans ``pattern`` matches in the cell's display text."""

    pattern: re.Pattern[str] | None = None

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
        if not spans:
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
