"""Annotate → Actor registry: find actors, merge a duplicate into the one to keep, delete unused.

Merging keeps every mention and event role of both actors (one transaction, with history rows);
deleting refuses an actor that mentions or events still use.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.dialogs.actor_picker import ActorPickerDialog
from annotator.gui.models.actor_table_model import COL_ALIASES, ActorTableModel
from annotator.gui.models.folded_filter import FoldedFilter
from annotator.gui.operations import OperationRunner
from annotator.project import Project


class ActorRegistryDialog(QDialog):
    """The registry as a searchable table with Merge and Delete."""

    def __init__(self, project: Project, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.changed = False
        self.setWindowTitle(self.tr("Actor registry"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find actors (name, alias or id)"))
        self.model = ActorTableModel(self)
        self.proxy = FoldedFilter()
        self.proxy.setSourceModel(self.model)
        self.table_view = QTableView()
        self.table_view.setModel(self.proxy)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.verticalHeader().hide()
        self.table_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table_view.horizontalHeader().setSectionResizeMode(
            COL_ALIASES, QHeaderView.ResizeMode.Stretch)  # long: elided, full text in the cell
        self.table_view.setWordWrap(False)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table_view, 1)
        layout.addLayout(row)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        buttons.rejected.connect(self.reject)
        self.resize(860, 560)
        self.reload()

    def reload(self) -> None:
        """Re-read the registry and how often each actor is used."""
        self.model.set_rows(self.project.actors(), self.project.actor_usage())

    def selected_actor_id(self) -> str | None:
        """The id of the selected actor, or None."""
        index = self.proxy.mapToSource(self.table_view.currentIndex())
        return self.model.actor(index.row()).id if index.isValid() else None

    def merge_selected_into(self, keep_id: str) -> bool:
        """Fold the selected actor into ``keep_id``; False (with a message) when impossible."""
        drop_id = self.selected_actor_id()
        if drop_id is None or drop_id == keep_id:
            return False
        if self.runner.run(lambda: self.project.merge_actors(keep_id, drop_id),
                           self.tr("Not merged")) is None:
            return False
        self.changed = True
        self.reload()
        return True

    def _on_merge_button_clicked(self) -> None:
        drop_id = self.selected_actor_id()
        if drop_id is None:
            return
        keep = ActorPickerDialog.get_actor(self.project, self.runner, "", self)
        if keep is not None and QMessageBox.question(
                self, self.tr("Merge actors"),
                self.tr("Merge %1 into %2? Its mentions and event roles move to %2.")
                .replace("%1", drop_id).replace("%2", keep.id)) == \
                QMessageBox.StandardButton.Yes:
            self.merge_selected_into(keep.id)

    def _on_delete_button_clicked(self) -> None:
        actor_id = self.selected_actor_id()
        if actor_id is None:
            return
        if self.runner.run(lambda: self.project.delete_actor(actor_id),
                           self.tr("Not deleted")) is None:
            return
        self.changed = True
        self.reload()

    @classmethod
    def manage(cls, project: Project, runner: OperationRunner,
               parent: QWidget | None = None) -> bool:
        """Show the registry; whether anything changed (the runner announced each change)."""
        dialog = cls(project, runner, parent)
        dialog.exec()
        return dialog.changed
