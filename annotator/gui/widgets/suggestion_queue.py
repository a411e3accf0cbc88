"""The suggestion queue: work through a document's open suggestions from the keyboard.

Each suggestion is listed once with its place, its words in context, its confidence and the rule
(or the recommender, "model") that made it, the least certain first. F8 accepts and F9 rejects
the selected one and the next one is selected at once; Shift+F8 accepts every suggestion of
that sentence. Choosing a row takes the grid to its sentence. Accepting an event accepts its
argument mentions in the same undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus
from annotator.gui.models.suggestion_queue_model import (
    QueueItem,
    SuggestionQueueModel,
    review_order,
)
from annotator.gui.operations import OperationRunner
from annotator.gui.widgets.key_claim import claims_key
from annotator.project import Changes, Project, SetStatuses

REVIEW_KEYS = {Qt.Key.Key_F8, Qt.Key.Key_F9}


class QueueView(QListView):
    """The list; it takes F8, F9 and Shift+F8 itself while it has the focus (before the
    window-wide shortcuts of the annotation panel)."""

    review_requested = Signal(bool, bool)  # accept?, the whole sentence?

    def event(self, event: QEvent) -> bool:
        return claims_key(event, REVIEW_KEYS, any_modifiers=True) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in REVIEW_KEYS:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.review_requested.emit(event.key() == Qt.Key.Key_F8, shift)
            event.accept()
            return
        super().keyPressEvent(event)


class SuggestionQueue(QWidget):
    """Lists a document's open suggestions and reviews them."""

    sentence_requested = Signal(int)
    message_posted = Signal(str)

    def __init__(self, project: Project, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.doc_id: str | None = None
        self._names: dict[str, str] = {}
        self.help_label = QLabel(self.tr("F8 accepts, F9 rejects and goes on; Shift+F8 accepts "
                                         "the whole sentence."))
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        self.help_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = SuggestionQueueModel(self)
        self.view = QueueView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.help_label)
        self.view.review_requested.connect(self.review)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)

    # -- contents --------------------------------------------------------------------------------

    def load(self, doc_id: str | None) -> None:
        """Show the open suggestions of ``doc_id`` (None empties the queue). While the queue is
        hidden it only remembers the document and reads it when it is shown."""
        self.doc_id = doc_id
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self, keep_row: int | None = None) -> None:
        """Re-read the suggestions; select ``keep_row`` (clamped) or keep the selection."""
        row = self.view.currentIndex().row() if keep_row is None else keep_row
        items: list[QueueItem] = []
        if self.doc_id is not None:
            texts = {s.sentence.id: (s.sentence.text, s.sentence.order)
                     for s in self.project.segments(self.doc_id)}
            mentions, events = self.project.suggestions(self.doc_id)
            if not self._names:
                self._names = {a.id: a.name for a in self.project.actors()}
            found: list[Mention | Event] = [*mentions, *events]
            for item in found:
                text, order = texts.get(item.sentence_id, ("", 0))
                items.append(QueueItem(item, text, order))
            items.sort(key=review_order)  # uncertain first
        self.model.set_rows(items, self._names)
        self.count_label.setText(self.tr("%n open suggestion(s)", "", len(items)))
        if items and row >= 0:
            self.view.setCurrentIndex(self.model.index(min(row, len(items) - 1), 0))

    @Slot(object)
    def on_project_changed(self, changes: Changes) -> None:
        """Follow the change notice: the registry, or this document's annotations."""
        if changes.actors:
            self._names = {}
        if self.doc_id is None or not self.isVisible():  # read again when shown
            return
        shown = {q.sentence_id for q in self.model.items()}
        if (changes.actors or changes.touches_document(self.doc_id)
                or shown & changes.annotations or (changes.annotations and not shown)):
            self.reload()

    # -- review ----------------------------------------------------------------------------------

    @Slot(bool, bool)
    def review(self, accept: bool, whole_sentence: bool = False) -> int:
        """Accept or reject the selected suggestion (or all of its sentence); the next one is
        selected. Returns how many were reviewed."""
        row = self.view.currentIndex().row()
        if row < 0:
            self.message_posted.emit(self.tr("There is no suggestion to review."))
            return 0
        chosen = self.model.item(row)
        queued = [q for q in self.model.items() if q.sentence_id == chosen.sentence_id] \
            if whole_sentence else [chosen]
        mentions = [q.item for q in queued if isinstance(q.item, Mention)]
        events = [q.item for q in queued if isinstance(q.item, Event)]
        status = AnnotationStatus.ACCEPTED if accept else AnnotationStatus.REJECTED
        edit = SetStatuses(self.project, mentions, events, status)
        description = self.tr("Accept %n suggestion(s)", "", edit.count) if accept \
            else self.tr("Reject %n suggestion(s)", "", edit.count)
        first = min(self.model.items().index(q) for q in queued)
        if not self.runner.push(edit, description):
            return 0
        self.reload(keep_row=first)  # the next open suggestion now sits in this row
        self.view.setFocus()
        return edit.count

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sentence_requested.emit(self.model.item(current.row()).sentence_id)
