"""Annotate → Curate…: one sentence at a time, each annotator's mentions and events side by side
and the curated version; take one annotator's version, merge checked items, or accept every
sentence where all agree.

Every change is an undo step through the operation runner (``Project.take``, ``take_items``,
``accept_agreeing``); the dialog re-reads the document on the runner's change notice. While the
dialog is open the project works as ``curator`` (``Project.curating``), so edits of the curated
rows in the annotation panel stay the curator's. Keys: Up/Down move between sentences (the
sentence list keeps the focus), 1..9 take annotator n's version.
"""

from __future__ import annotations

from contextlib import ExitStack

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.annotations import Event, Mention
from annotator.gui.context import WindowContext
from annotator.gui.models.curation_models import CurationSentenceModel, VersionItemModel
from annotator.project import Changes, CurateSentences, CurationSentence, Version


def _items(version: Version) -> list[Mention | Event]:
    return [*version.mentions, *version.events]


class _Column(QGroupBox):
    """One version: its items (checkable unless curated) and, for an annotator, a Take button."""

    def __init__(self, title: str, checkable: bool, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.model = VersionItemModel(checkable, self)
        self.item_view = QListView()
        self.item_view.setModel(self.model)
        self.item_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay on the sentences
        self.item_view.setWordWrap(True)
        self.take_button = QPushButton()
        self.take_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.item_view, 1)
        layout.addWidget(self.take_button)
        self.take_button.setVisible(checkable)


class CurationDialog(QDialog):
    """The sentence list, one column per annotator and the curated column."""

    def __init__(self, context: WindowContext, doc_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or context.parent)
        self.setWindowTitle(self.tr("Curate annotations"))
        self.context, self.doc_id = context, doc_id
        self.project, self.runner = context.project, context.runner
        self._mode = ExitStack()
        self._mode.enter_context(self.project.curating())
        self.names = {actor.id: actor.name for actor in self.project.actors()}
        sentences = self.project.curation(doc_id)
        self.annotators = [v.annotator for v in sentences[0].versions] if sentences else []
        self.sentence_model = CurationSentenceModel(self)
        self.sentence_view = QListView()
        self.sentence_view.setModel(self.sentence_model)
        self.sentence_view.setWordWrap(True)
        self.columns: list[_Column] = []
        for number, name in enumerate(self.annotators, start=1):
            column = _Column(name, checkable=True)
            column.take_button.setText(self.tr("Take %1's (%2)").replace("%1", name)
                                       .replace("%2", str(number)))
            column.take_button.clicked.connect(
                lambda _checked=False, who=name: self.take(who))
            self.columns.append(column)
        self.curated_column = _Column(self.tr("Curated"), checkable=False)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.take_selected_button = QPushButton(self.tr("Take &selected"))
        self.accept_agreeing_button = QPushButton(self.tr("&Accept all agreeing sentences"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.take_selected_button, self.accept_agreeing_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self._build_layout()
        self.shortcuts = []
        for number in range(1, min(len(self.annotators), 9) + 1):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.activated.connect(
                lambda who=self.annotators[number - 1]: self.take(who))
            self.shortcuts.append(shortcut)
        self.sentence_model.set_rows(sentences)
        self.sentence_view.selectionModel().currentChanged.connect(
            self._on_sentence_view_current_changed)
        self.take_selected_button.clicked.connect(self.take_selected)
        self.accept_agreeing_button.clicked.connect(self.accept_agreeing)
        self.buttons.rejected.connect(self.reject)
        self.runner.project_changed.connect(self._on_runner_project_changed)
        self.finished.connect(self._on_finished)
        self._select_row(0)
        self._show_status()

    def _build_layout(self) -> None:
        versions = QWidget()
        row = QHBoxLayout(versions)
        row.setContentsMargins(0, 0, 0, 0)
        for column in (*self.columns, self.curated_column):
            row.addWidget(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sentence_view)
        splitter.addWidget(versions)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.sentence_view.setFocus()

    # -- reading ---------------------------------------------------------------------------------

    def current_sentence(self) -> CurationSentence | None:
        """The selected sentence, or None."""
        row = self.sentence_view.currentIndex().row()
        return self.sentence_model.sentence(row) if row >= 0 else None

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.sentence_model.rowCount():
            self.sentence_view.selectionModel().setCurrentIndex(
                self.sentence_model.index(row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_sentence()

    def _show_sentence(self) -> None:
        sentence = self.current_sentence()
        text = sentence.text if sentence else ""
        for column, name in zip(self.columns, self.annotators, strict=True):
            column.model.set_rows(_items(sentence.version(name)) if sentence else [],
                                  self.names, text)
            column.take_button.setEnabled(sentence is not None)
        self.curated_column.model.set_rows(_items(sentence.curated) if sentence else [],
                                           self.names, text)

    def _show_status(self) -> None:
        rows = [self.sentence_model.sentence(i) for i in range(self.sentence_model.rowCount())]
        if not rows:
            self.status_label.setText(self.tr(
                "Nothing to curate: curation needs two people who annotated this document "
                "(accepted or rejected annotations)."))
            return
        self.status_label.setText(
            self.tr("%1 sentences: %2 curated, %3 where all agree to accept in bulk, %4 that "
                    "differ.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(sum(s.is_curated for s in rows)))
            .replace("%3", str(sum(s.agrees and not s.is_curated and not s.versions[0].empty
                                   for s in rows)))
            .replace("%4", str(sum(not s.agrees and not s.is_curated for s in rows))))

    # -- changing --------------------------------------------------------------------------------

    def _push(self, edit: CurateSentences, description: str) -> bool:
        return self.runner.push(edit, description)

    @Slot()
    def take(self, annotator: str) -> bool:
        """Make ``annotator``'s version of the selected sentence the curated one."""
        sentence = self.current_sentence()
        if sentence is None:
            return False
        return self._push(self.project.take(sentence.sentence_id, annotator),
                          self.tr("Take %s's version") % annotator)

    @Slot()
    def take_selected(self) -> bool:
        """Make the checked items of every column the selected sentence's curated version."""
        sentence = self.current_sentence()
        items = [item for column in self.columns for item in column.model.checked_items()]
        if sentence is None or not items:
            self.context.show_message(self.tr("Check the mentions and events to take first."))
            return False
        return self._push(self.project.take_items(sentence.sentence_id, items),
                          self.tr("Merge annotations"))

    @Slot()
    def accept_agreeing(self) -> int:
        """Take the first annotator's version of every sentence where all agree (one undo
        step); returns how many sentences."""
        edit = self.project.accept_agreeing(self.doc_id)
        if not self._push(edit, self.tr("Accept agreeing sentences")):
            return 0
        self.context.show_message(self.tr("Curated %d sentences where all annotators agree.")
                                  % edit.count)
        return edit.count

    @Slot(object)
    def _on_runner_project_changed(self, changes: Changes) -> None:
        if not (changes.annotations or changes.touches_document(self.doc_id)):
            return
        current = self.current_sentence()
        self.sentence_model.set_rows(self.project.curation(self.doc_id))
        row = self.sentence_model.row_of(current.sentence_id) if current else 0
        self._select_row(max(row, 0))
        self._show_status()

    def _on_sentence_view_current_changed(self) -> None:
        self._show_sentence()

    def _on_finished(self) -> None:
        self.runner.project_changed.disconnect(self._on_runner_project_changed)
        self._mode.close()  # the project works under the window's name again

    @classmethod
    def curate(cls, context: WindowContext, doc_id: str) -> CurationDialog:
        """Open the dialog (not modal: the annotation panel stays usable) on ``doc_id``."""
        dialog = cls(context, doc_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(1000, 640)
        dialog.show()
        return dialog
