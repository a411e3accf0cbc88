"""The find-and-filter bar above the grid: a search field, a status filter, an all-parts switch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from annotator.core.models import TargetStatus
from annotator.gui.models.segment_table_model import status_label


class FindBar(QWidget):
    """Emits what to show; the editor panel applies it to the filter proxy."""

    query_changed = Signal(str)
    status_changed = Signal(object)  # TargetStatus | None
    all_parts_toggled = Signal(bool)
    dismissed = Signal()  # Escape in the find field: the filter is cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in Turkish and English (Ctrl+F)"))
        self.find_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in TargetStatus:
            self.status_combo.addItem(status_label(status), status)
        self.all_parts_check = QCheckBox(self.tr("Edit all parts"))
        self.all_parts_check.setToolTip(self.tr(
            "Also stop on and edit footnotes, bio, citation and other non-body parts"))
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_edit, 3)
        layout.addWidget(self.status_combo, 1)
        layout.addWidget(self.all_parts_check)
        layout.addWidget(self.count_label)

        self.find_edit.installEventFilter(self)
        self.find_edit.textChanged.connect(self.query_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self.all_parts_check.toggled.connect(self.all_parts_toggled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.find_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.find_edit.clear()
            self.dismissed.emit()
            return True
        return super().eventFilter(watched, event)

    def set_status(self, status: TargetStatus | None) -> None:
        """Select a status filter (None: all)."""
        index = 0 if status is None else self.status_combo.findData(status)
        self.status_combo.setCurrentIndex(index)

    def set_counts(self, shown: int, total: int) -> None:
        """Show how many rows pass the filter."""
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown))
                                 .replace("%2", str(total)))

    def _on_status_combo_changed(self, index: int) -> None:
        self.status_changed.emit(self.status_combo.itemData(index))
