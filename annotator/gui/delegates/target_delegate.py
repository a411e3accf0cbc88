"""Multi-line editor for the English cell of the translation grid.

Keys inside the editor: Enter keeps the text and closes the editor, Shift+Enter starts a new line,
Ctrl+Enter keeps the text and confirms the sentence (the editor panel moves on), Ctrl+Shift+Enter
marks it reviewed, Escape discards the change. The editor is a plain-text widget: markup typed
or pasted stays characters.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from annotator.gui.models import ModelIndex


class TargetEditor(QPlainTextEdit):
    """The cell editor; word-wrapped, no rich text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)


class TargetDelegate(QStyledItemDelegate):
    """Creates :class:`TargetEditor` cells and reports Ctrl+Enter as a confirm request."""

    confirm_requested = Signal(bool)  # True: mark reviewed (Ctrl+Shift+Enter)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: ModelIndex) -> QWidget:
        editor = TargetEditor(parent)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, TargetEditor)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: ModelIndex) -> None:
        assert isinstance(editor, TargetEditor)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: ModelIndex) -> None:
        rect = option.rect
        editor.setGeometry(rect.adjusted(0, 0, 0, max(0, 72 - rect.height())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, TargetEditor) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                modifiers = event.modifiers()
                if modifiers & Qt.KeyboardModifier.ShiftModifier and not (
                        modifiers & Qt.KeyboardModifier.ControlModifier):
                    return False  # a new line inside the cell
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
                if modifiers & Qt.KeyboardModifier.ControlModifier:
                    self.confirm_requested.emit(
                        bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
                return True
        return super().eventFilter(watched, event)
