"""The annotation search pane (Ctrl+Shift+F): events and mentions of the whole project by kind,
type, actor, recipient, date range, status and annotator.

Enter in a field (or a change of a list) searches; Enter or a double-click on a hit asks the
window to open the hit's document and go to its sentence. While shown, the hits are searched
again a moment after annotations change. The query itself is checked by the project layer: a
date that is not one is shown as the runner shows every failure.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.models.annotation_hit_model import COL_TEXT, AnnotationHitModel
from annotator.gui.operations import OperationRunner
from annotator.gui.widgets.key_claim import RETURN_KEYS, claims_key
from annotator.project import Changes, Project
from annotator.project.search_ops import AnnotationHit, SearchQuery

RESEARCH_DELAY_MS = 300
MAX_HITS = 2000  # more is not read by a person; narrow the search instead


def split_ids(text: str) -> tuple[str, ...]:
    """Ids typed in one field, separated by commas or spaces."""
    return tuple(part for part in re.split(r"[,\s]+", text) if part)


class HitView(QTableView):
    """The hit table; Enter and Return go to the hit's sentence."""

    go_requested = Signal()

    def event(self, event: QEvent) -> bool:
        return claims_key(event, RETURN_KEYS) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_requested.emit()
        else:
            super().keyPressEvent(event)


class AnnotationSearchPane(QWidget):
    """Filter fields above a table of hits."""

    hit_requested = Signal(str, int)  # document id, sentence id
    message_posted = Signal(str)

    def __init__(self, project: Project, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.searched = False
        self.kind_combo = QComboBox()
        for text, kind in ((self.tr("Events and mentions"), "any"), (self.tr("Events"), "event"),
                           (self.tr("Mentions"), "mention")):
            self.kind_combo.addItem(text, kind)
        self.type_combo = QComboBox()
        self.status_combo = QComboBox()
        for text, status in ((self.tr("Any status"), ""), (self.tr("Suggested"), "suggested"),
                             (self.tr("Accepted"), "accepted"), (self.tr("Rejected"), "rejected")):
            self.status_combo.addItem(text, status)
        self.actor_edit = QLineEdit()
        self.actor_edit.setPlaceholderText(self.tr("actor ids, e.g. USA TUR"))
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setPlaceholderText(self.tr("recipient ids"))
        self.from_edit = QLineEdit()
        self.from_edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.annotator_edit = QLineEdit()
        self.annotator_edit.setPlaceholderText(self.tr("annotators"))
        self.search_button = QPushButton(self.tr("&Search"))
        self.count_label = QLabel()
        self.model = AnnotationHitModel(self)
        self.hit_view = HitView()
        self.hit_view.setModel(self.model)
        self.hit_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hit_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hit_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hit_view.verticalHeader().hide()
        self.hit_view.setWordWrap(False)  # one line per hit: fixed row heights stay fast
        header = self.hit_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self._lay_out()
        self._research = QTimer(self)
        self._research.setSingleShot(True)
        self._research.setInterval(RESEARCH_DELAY_MS)
        self._research.timeout.connect(self.search)
        self.search_button.clicked.connect(self.search)
        for edit in (self.actor_edit, self.recipient_edit, self.from_edit, self.to_edit,
                     self.annotator_edit):
            edit.returnPressed.connect(self.search)
        for combo in (self.kind_combo, self.type_combo, self.status_combo):
            combo.activated.connect(self.search)
        self.hit_view.go_requested.connect(self.go_to_selected)
        self.hit_view.doubleClicked.connect(self.go_to_selected)
        self._update_count()

    def _lay_out(self) -> None:
        fields = QGridLayout()
        for column, (label, field) in enumerate((
                (self.tr("&Kind"), self.kind_combo), (self.tr("&Type"), self.type_combo),
                (self.tr("A&ctor"), self.actor_edit), (self.tr("&Recipient"),
                                                       self.recipient_edit))):
            self._add_field(fields, 0, column, label, field)
        for column, (label, field) in enumerate((
                (self.tr("&From"), self.from_edit), (self.tr("T&o"), self.to_edit),
                (self.tr("Stat&us"), self.status_combo),
                (self.tr("A&nnotator"), self.annotator_edit))):
            self._add_field(fields, 1, column, label, field)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(fields)
        layout.addLayout(row)
        layout.addWidget(self.hit_view, 1)

    @staticmethod
    def _add_field(grid: QGridLayout, row: int, column: int, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        grid.addWidget(label, row, 2 * column)
        grid.addWidget(field, row, 2 * column + 1)
        grid.setColumnStretch(2 * column + 1, 1)

    def fill_types(self) -> None:
        """Offer the event types of the project's taxonomy (keeping the chosen one)."""
        chosen = self.type_combo.currentData()
        taxonomy = self.runner.run(self.project.taxonomy)
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("Any type"), "")
        for code in taxonomy.type_codes() if taxonomy is not None else ():
            self.type_combo.addItem(code, code)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(chosen), 0))

    def query(self) -> SearchQuery:
        """The search the fields describe."""
        kind = self.kind_combo.currentData()
        type_code, status = self.type_combo.currentData(), self.status_combo.currentData()
        return SearchQuery(
            kind=kind if kind in ("event", "mention") else "any",
            types=(type_code,) if type_code else (), actors=split_ids(self.actor_edit.text()),
            recipients=split_ids(self.recipient_edit.text()),
            date_from=self.from_edit.text().strip() or None,
            date_to=self.to_edit.text().strip() or None,
            statuses=(status,) if status else (),
            annotators=split_ids(self.annotator_edit.text()))

    @Slot()
    def search(self) -> None:
        """Search with the fields as they are, keeping the selected row where it was."""
        self._research.stop()
        query = self.query()
        hits = self.runner.run(lambda: self.project.find_annotations(query, limit=MAX_HITS),
                               self.tr("Find annotations"))
        if hits is None:
            return
        self.searched = True
        row = max(self.hit_view.currentIndex().row(), 0)
        self.model.set_rows(hits)
        self.hit_view.resizeColumnsToContents()  # measures the visible rows only
        if hits:
            self.hit_view.selectRow(min(row, len(hits) - 1))
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if not self.searched:
            self.count_label.setText(self.tr("Choose filters and press Enter; Enter on a hit "
                                             "goes to its sentence."))
        elif count >= MAX_HITS:
            self.count_label.setText(self.tr("The first %n hits; narrow the search to see "
                                             "the rest.", "", count))
        else:
            self.count_label.setText(self.tr("%n hit(s)", "", count))

    def selected(self) -> AnnotationHit | None:
        """The selected hit, or None."""
        index = self.hit_view.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    @Slot()
    def go_to_selected(self, index: QModelIndex | None = None) -> None:
        """Ask for the selected (or double-clicked) hit's sentence (its document opened
        first)."""
        if index is not None and index.isValid():
            self.hit_view.selectRow(index.row())
        hit = self.selected()
        if hit is not None:
            self.hit_requested.emit(hit.document_id, hit.sentence_id)

    @Slot(object)
    def on_project_changed(self, changes: Changes) -> None:
        """Search again, shortly, when annotations (or what hits show) have changed."""
        if changes.taxonomy and self.isVisible():
            self.fill_types()
        if not self.searched or not self.isVisible():
            return
        if changes.annotations or changes.documents or changes.document_list or changes.actors:
            self._research.start()

    def sizeHint(self) -> QSize:
        """A few hits' height: the dock must leave the editor most of the window."""
        return QSize(800, 14 * self.fontMetrics().lineSpacing())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fill_types()
        self.search()  # what there is, at once (at most the limit: a fraction of a second)
