"""Pick the actor a span names: type-ahead over the registry, or add a new actor on the spot.

The sentence's likely actors (those already mentioned in it and those whose alias is the selected
words) are listed first, numbered 1…9; until something is typed, pressing a digit takes that actor
at once, so tagging needs no mouse and no list walking.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
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
    """Type to filter the registry (Turkish-aware); Enter takes the first match; a digit takes
    a numbered candidate while the query is untouched.

    When nothing fits, the "new actor" fields create one with the typed name as its canonical
    name and the tagged text as an alias.
    """

    def __init__(self, project: Project, runner: OperationRunner, initial: str,
                 parent: QWidget | None = None, candidates: Sequence[Actor] = ()) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.chosen: Actor | None = None
        self.candidates = list(candidates)[:9]
        self._initial = initial
        self._matches: list[Actor] = []
        self.setWindowTitle(self.tr("Which actor is this?"))
        self.query_edit = QLineEdit(initial)
        self.result_model = QStringListModel(self)
        self.result_view = QListView()
        self.result_view.setModel(self.result_model)
        self.hint_label = QLabel(self.tr("Enter takes the highlighted actor. No match? Fill in "
                                         "country and sector below to add a new one."))
        if self.candidates:
            self.hint_label.setText(self.tr("1–9 take the numbered actor of this sentence at "
                                            "once; typing searches the whole registry.") + " "
                                    + self.hint_label.text())
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
        for widget in (self.query_edit, self.result_view):
            widget.installEventFilter(self)
        self._on_query_edit_changed(initial)

    @property
    def numbering(self) -> bool:
        """Whether digits pick a numbered candidate (there are some and nothing was typed)."""
        return bool(self.candidates) and self.query_edit.text() == self._initial

    def _on_query_edit_changed(self, text: str) -> None:
        found = self.project.search_actors(text, limit=30) if text.strip() else []
        lines = []
        if self.numbering:
            lines = [f"{n}   {self._describe(a)}" for n, a in enumerate(self.candidates, 1)]
            found = self.candidates + [a for a in found if a not in self.candidates]
        self._matches = found
        lines += [self._describe(a) for a in found[len(lines):]]
        self.result_model.setStringList(lines)
        if self._matches:
            self.result_view.setCurrentIndex(self.result_model.index(0, 0))

    @staticmethod
    def _describe(actor: Actor) -> str:
        return f"{actor.name}  ({actor.id}{', ' + actor.country if actor.country else ''})"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            text = event.text()
            if self.numbering and not modifiers and text.isdigit() and \
                    1 <= int(text) <= len(self.candidates):
                self.chosen = self.candidates[int(text) - 1]
                self.accept()
                return True
        return super().eventFilter(watched, event)

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
                  parent: QWidget | None = None,
                  candidates: Sequence[Actor] = ()) -> Actor | None:
        """Show the picker (``candidates`` numbered first); the chosen (or new) actor, or None
        when cancelled."""
        dialog = cls(project, runner, initial, parent, candidates)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
