"""Translate → Glossary: the project's termbase as a searchable table with Add, Edit, Delete,
Import and Export. Every change is an undo step of the window (Ctrl+Z after closing undoes it)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.glossary import GlossaryTerm
from annotator.gui.dialogs.term_dialog import TermDialog
from annotator.gui.models.folded_filter import FoldedFilter
from annotator.gui.models.glossary_table_model import COL_NOTE, COL_TARGETS, GlossaryTableModel
from annotator.gui.operations import OperationRunner
from annotator.project import Project
from annotator.project.changes import Changes
from annotator.project.glossary_edits import AddTerm, DeleteTerm, EditTerm


class GlossaryDialog(QDialog):
    """Lists, finds and edits glossary entries; the actor registry is listed in its own dialog."""

    def __init__(self, project: Project, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.setWindowTitle(self.tr("Glossary"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find terms (Turkish, English or note)"))
        self.model = GlossaryTableModel(self)
        self.proxy = FoldedFilter()
        self.proxy.setSourceModel(self.model)
        self.table_view = QTableView()
        self.table_view.setModel(self.proxy)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.verticalHeader().hide()
        self.table_view.setWordWrap(False)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TARGETS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.actors_label = QLabel(self.tr(
            "Actors of the registry are terms too (Annotate → Actor registry)."))
        self.actors_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.actors_label)
        layout.addLayout(row)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.filter_edit.textChanged.connect(self._update_count)
        self.add_button.clicked.connect(self.add_term)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table_view.activated.connect(self.edit_selected)
        buttons.rejected.connect(self.reject)
        runner.project_changed.connect(self._on_runner_project_changed)
        self.resize(900, 560)
        self.reload()

    def reload(self) -> None:
        """Re-read the glossary, keeping the selected entry selected."""
        selected = self.selected_term()
        self.model.set_rows(self.project.glossary())
        self.table_view.resizeColumnToContents(0)
        if selected is not None:
            self.select(selected.id)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n entries", "", self.model.rowCount()))

    def select(self, term_id: int | None) -> None:
        """Make the entry with this id current (when it is shown)."""
        row = self.model.row_of(term_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table_view.setCurrentIndex(index)

    def selected_term(self) -> GlossaryTerm | None:
        """The selected entry, or None."""
        index = self.proxy.mapToSource(self.table_view.currentIndex())
        return self.model.term(index.row()) if index.isValid() else None

    @Slot()
    def add_term(self, term: GlossaryTerm | None = None) -> bool:
        """Ask for a new entry and store it."""
        entry = TermDialog.ask(term, self)
        if entry is None:
            return False
        edit = AddTerm(self.project, entry)
        if not self.runner.push(edit, self.tr("Add term “%s”") % entry.source):
            return False
        if edit.saved is not None:
            self.select(edit.saved.id)
        return True

    @Slot()
    def edit_selected(self) -> bool:
        """Edit the selected entry."""
        term = self.selected_term()
        if term is None:
            return False
        entry = TermDialog.ask(term, self)
        if entry is None or entry == term:
            return False
        return self.runner.push(EditTerm(self.project, entry),
                                self.tr("Edit term “%s”") % entry.source)

    @Slot()
    def delete_selected(self) -> bool:
        """Remove the selected entry (undoable)."""
        term = self.selected_term()
        if term is None or term.id is None:
            return False
        return self.runner.push(DeleteTerm(self.project, term.id),
                                self.tr("Delete term “%s”") % term.source)

    @Slot(object)
    def _on_runner_project_changed(self, changes: Changes) -> None:
        if changes.glossary:
            self.reload()

    @classmethod
    def manage(cls, project: Project, runner: OperationRunner,
               parent: QWidget | None = None) -> None:
        """Show the glossary until closed."""
        dialog = cls(project, runner, parent)
        try:
            dialog.exec()
        finally:
            runner.project_changed.disconnect(dialog._on_runner_project_changed)
