"""Pick the actor a span names: type-ahead over the registry, or add a new actor on the spot."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.annotations import Actor
from annotator.gui.operations import OperationRunner
from annotator.project import Project

SECTORS = ["", "GOV", "MIL", "LEG", "JUD", "ELI", "PTY", "BUS", "MED", "CVL", "NGO", "IGO", "REB",
           "OPP", "EDU", "REL", "REF", "COP", "SPY", "LAB", "AGR", "UAF"]


class ActorPickerDialog(QDialog):
    """Type to filter the registry (Turkish-aware); Enter takes the first match.

    When nothing fits, the "new actor" fields create one with the typed name as its canonical
    name and the tagged text as an alias.
    """

    def __init__(self, project: Project, runner: OperationRunner, initial: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.chosen: Actor | None = None
        self._matches: list[Actor] = []
        self.setWindowTitle(self.tr("Which actor is this?"))
        self.query_edit = QLineEdit(initial)
        self.result_model = QStringListModel(self)
        self.result_view = QListView()
        self.result_view.setModel(self.result_model)
        self.hint_label = QLabel(self.tr("Enter takes the highlighted actor. No match? Fill in "
                                         "country and sector below to add a new one."))
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.country_edit = QLineEdit()
        self.country_edit.setPlaceholderText("USA, AZE, TUR, IGO …")
        self.sector_combo = QComboBox()
        self.sector_combo.addItems(SECTORS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("Country code:"), self.country_edit)
        form.addRow(self.tr("Sector:"), self.sector_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.result_view, 1)
        layout.addWidget(self.hint_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.query_edit.textChanged.connect(self._on_query_edit_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._on_query_edit_changed(initial)

    def _on_query_edit_changed(self, text: str) -> None:
        self._matches = self.project.search_actors(text, limit=30) if text.strip() else []
        self.result_model.setStringList(
            [f"{a.name}  ({a.id}{', ' + a.country if a.country else ''})" for a in self._matches])
        if self._matches:
            self.result_view.setCurrentIndex(self.result_model.index(0, 0))

    def _on_buttons_accepted(self) -> None:
        row = self.result_view.currentIndex().row()
        wants_new = bool(self.country_edit.text().strip() or self.sector_combo.currentText())
        if self._matches and row >= 0 and not wants_new:
            self.chosen = self._matches[row]
            self.accept()
            return
        name = self.query_edit.text().strip()
        if not name:
            return
        country = self.country_edit.text().strip().upper() or None
        sector = self.sector_combo.currentText() or None
        actor = Actor(self.project.new_actor_id(name, country, sector), name, country, sector,
                      aliases_tr=(name,), annotator=self.project.who)
        outcome = self.runner.run(lambda: self.project.add_actor(actor),
                                  self.tr("Actor not added"))
        if outcome is not None:  # otherwise the runner said why; the fields stay to fix
            self.chosen = outcome.report
            self.accept()

    @classmethod
    def get_actor(cls, project: Project, runner: OperationRunner, initial: str,
                  parent: QWidget | None = None) -> Actor | None:
        """Show the picker; the chosen (or new) actor, or None when cancelled."""
        dialog = cls(project, runner, initial, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
