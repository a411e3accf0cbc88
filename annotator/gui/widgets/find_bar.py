"""The find-and-filter bar above the grid: search, status filter (or "engines disagree"), the
order of the rows, all-parts switch, and a replace row (Ctrl+H) with whole-word, match-case and
regular-expression options."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.find_replace import FindOptions
from annotator.core.models import TargetStatus
from annotator.gui.models.segment_table_model import status_label

SUGGESTIONS = "suggestions"  # the status list's entry for sentences with open suggestions
DISAGREE = "disagree"  # the status list's entry for sentences whose MT engines disagree


class FindBar(QWidget):
    """Emits what to show and what to replace; the editor panel carries it out."""

    query_changed = Signal(str)
    options_changed = Signal()
    status_changed = Signal(object)  # TargetStatus | None | SUGGESTIONS | DISAGREE
    sort_changed = Signal(bool)  # True: engines disagree most first; False: reading order
    all_parts_toggled = Signal(bool)
    dismissed = Signal()  # Escape in the find field: the filter is cleared
    replace_requested = Signal(bool)  # True: replace all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in Turkish and English (Ctrl+F)"))
        self.find_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in TargetStatus:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.addItem(self.tr("With open suggestions"), SUGGESTIONS)
        self.status_combo.addItem(self.tr("Engines disagree"), DISAGREE)
        self.status_combo.setItemData(
            self.status_combo.count() - 1,
            self.tr("Sentences whose machine translations differ markedly between engines"),
            Qt.ItemDataRole.ToolTipRole)
        self.sort_combo = QComboBox()
        self.sort_combo.addItem(self.tr("Reading order"), False)
        self.sort_combo.addItem(self.tr("Engines disagree most first"), True)
        # Narrow windows must still fit: the combo may show fewer letters than its longest entry.
        self.sort_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sort_combo.setMinimumContentsLength(8)
        self.sort_combo.setToolTip(self.tr(
            "Order of the rows: where the engines disagree is where to look first"))
        self.all_parts_check = QCheckBox(self.tr("Edit all parts"))
        self.all_parts_check.setToolTip(self.tr(
            "Also stop on and edit footnotes, bio, citation and other non-body parts"))
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace in the English with…"))
        self.case_check = QCheckBox(self.tr("Match case"))
        self.word_check = QCheckBox(self.tr("Whole words"))
        self.regex_check = QCheckBox(self.tr("Regular expression"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_button.setToolTip(self.tr("Replace in the current sentence's English and "
                                               "go to the next match"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.replace_all_button.setToolTip(self.tr(
            "Replace in the English of every sentence shown (one undo step)"))
        self.replace_row = QWidget()

        find_row = QHBoxLayout()
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.find_edit, 3)
        find_row.addWidget(self.status_combo, 1)
        find_row.addWidget(self.sort_combo, 1)
        find_row.addWidget(self.all_parts_check)
        find_row.addWidget(self.count_label)
        replace_layout = QHBoxLayout(self.replace_row)
        replace_layout.setContentsMargins(0, 0, 0, 0)
        replace_layout.addWidget(self.replace_edit, 3)
        for widget in (self.case_check, self.word_check, self.regex_check,
                       self.replace_button, self.replace_all_button):
            replace_layout.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(find_row)
        layout.addWidget(self.replace_row)
        self.replace_row.hide()

        for edit in (self.find_edit, self.replace_edit):
            edit.installEventFilter(self)
        self.find_edit.textChanged.connect(self.query_changed)
        for check in (self.case_check, self.word_check, self.regex_check):
            check.toggled.connect(self.options_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_combo_changed)
        self.all_parts_check.toggled.connect(self.all_parts_toggled)
        self.replace_button.clicked.connect(lambda: self.replace_requested.emit(False))
        self.replace_all_button.clicked.connect(lambda: self.replace_requested.emit(True))
        self.replace_edit.returnPressed.connect(lambda: self.replace_requested.emit(False))

    def options(self) -> FindOptions:
        """How the query is matched (the checkboxes)."""
        return FindOptions(match_case=self.case_check.isChecked(),
                           whole_word=self.word_check.isChecked(),
                           regex=self.regex_check.isChecked())

    def show_replace(self) -> None:
        """Show the replace row and put the cursor in it (the query first, when empty)."""
        self.replace_row.show()
        target = self.find_edit if not self.find_edit.text() else self.replace_edit
        target.setFocus()
        target.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched in (self.find_edit, self.replace_edit)
                and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.find_edit.clear()
            self.replace_row.hide()
            self.dismissed.emit()
            return True
        return super().eventFilter(watched, event)

    def set_status(self, status: TargetStatus | None) -> None:
        """Select a status filter (None: all)."""
        index = 0 if status is None else self.status_combo.findData(status)
        self.status_combo.setCurrentIndex(index)

    def set_sort_by_disagreement(self, on: bool) -> None:
        """Choose the row order: engines disagree most first, or reading order."""
        self.sort_combo.setCurrentIndex(1 if on else 0)

    def set_counts(self, shown: int, total: int) -> None:
        """Show how many rows pass the filter."""
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown))
                                 .replace("%2", str(total)))

    def _on_status_combo_changed(self, index: int) -> None:
        self.status_changed.emit(self.status_combo.itemData(index))

    def _on_sort_combo_changed(self, index: int) -> None:
        self.sort_changed.emit(bool(self.sort_combo.itemData(index)))
