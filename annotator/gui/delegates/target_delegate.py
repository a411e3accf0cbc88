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
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from annotator.gui.delegates.highlight_delegate import HighlightDelegate
from annotator.gui.models import ModelIndex


class TargetEditor(QPlainTextEdit):
    """The cell editor; word-wrapped, no rich text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)


class TargetDelegate(HighlightDelegate):
    """Creates :class:`TargetEditor` cells (find matches highlighted when not editing) and
    reports Ctrl+Enter as a confirm request."""

    confirm_requested = Signal(bool)  # True: mark reviewed (Ctrl+Shift+Enter)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: ModelIndex) -> QWidget:
        editor = TargetEditor(parent)
        editor.installEventFilter(self)
        # The row grows to give the editor three lines, instead of the editor spilling over the
        # next row (which hid its first line).
        view = self.parent()
        if isinstance(view, QTableView):
            lines = 3 * editor.fontMetrics().lineSpacing() + 12
            if view.rowHeight(index.row()) < lines:
                view.setRowHeight(index.row(), lines)
        return editor

    def destroyEditor(self, editor: QWidget, index: ModelIndex) -> None:
        super().destroyEditor(editor, index)
        view = self.parent()
        if isinstance(view, QTableView):
            view.resizeRowToContents(index.row())  # back to the height of its text

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
        editor.setGeometry(option.rect)

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
