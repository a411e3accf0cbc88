"""The Annotate menu: panel commands, suggestions, contexts, taxonomy and the actor registry."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from annotator.core.taxonomy import TaxonomyError
from annotator.exchange.actors_csv import ActorCsvError, export_actors_csv, import_actors_csv
from annotator.gui.dialogs.actor_registry_dialog import ActorRegistryDialog
from annotator.gui.menus import add_action
from annotator.gui.suggestion_jobs import SuggestionController
from annotator.gui.widgets.event_editor import split_list
from annotator.storage.documents import document_contexts, set_document_contexts
from annotator.storage.taxonomy import (
    project_taxonomy,
    reset_project_taxonomy,
    use_project_taxonomy,
)

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class AnnotateMenu(QObject):
    """Builds the Annotate menu on ``window`` and runs suggestion jobs."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.editor_panel.annotation_panel
        self.controller = SuggestionController(window.project, window.jobs_panel, self)
        for action in self.panel.actions_by_name.values():
            menu.addAction(action)
        menu.addSeparator()
        self.suggest_action = add_action(
            menu, self, self.tr("&Suggest actors and events for this document"),
            self.suggest_document, "Ctrl+Shift+G")
        add_action(menu, self, self.tr("Accept every suggestion of this &document"),
                   self.accept_document_suggestions)
        menu.addSeparator()
        add_action(menu, self, self.tr("Default &contexts of this document…"),
                   self.edit_document_contexts)
        add_action(menu, self, self.tr("Use a &taxonomy file…"), self.choose_taxonomy)
        add_action(menu, self, self.tr("Use the bundled &PLOVER taxonomy"),
                   self.use_bundled_taxonomy)
        menu.addSeparator()
        add_action(menu, self, self.tr("Actor &registry…"), self.manage_actors)
        add_action(menu, self, self.tr("&Import actors from CSV…"), self.import_actors)
        add_action(menu, self, self.tr("E&xport actors to CSV…"), self.export_actors)
        self.controller.finished.connect(self._on_controller_finished)

    @Slot()
    def suggest_document(self) -> None:
        """Pre-fill mentions and event candidates for the open document (in the background)."""
        doc_id = self.window.current_doc_id
        if doc_id and self.controller.suggest(
                doc_id, self.tr("Suggesting actors and events")) is not None:
            self.suggest_action.setEnabled(False)

    @Slot()
    def accept_document_suggestions(self) -> None:
        """Accept every suggestion of the open document (one undo step)."""
        count = self.panel.accept_document_suggestions()
        self.window.statusBar().showMessage(self.tr("Accepted %d suggestions.") % count, 5000)

    @Slot()
    def edit_document_contexts(self) -> None:
        """Set the PLOVER contexts every new event of the open document starts with."""
        doc_id = self.window.current_doc_id
        if not doc_id:
            return
        db = self.window.project.db
        known = ", ".join(self.panel.event_editor.taxonomy.context_codes())
        text, ok = QInputDialog.getText(
            self.window, self.tr("Default contexts"),
            self.tr("Contexts for new events of this document, separated by commas "
                    "(%s):") % known, text=", ".join(document_contexts(db, doc_id)))
        if ok:
            set_document_contexts(db, doc_id, split_list(text))

    @Slot()
    def choose_taxonomy(self) -> None:
        """Make a TOML taxonomy file the project's (validated; errors name the line or key)."""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Taxonomy file"), "",
                                              self.tr("Taxonomy (*.toml);;All files (*)"))
        if not name:
            return
        try:
            taxonomy = use_project_taxonomy(self.window.project.db, Path(name))
        except TaxonomyError as error:
            QMessageBox.warning(self.window, self.tr("Taxonomy not used"), str(error))
            return
        self.panel.event_editor.set_taxonomy(taxonomy)
        self.window.statusBar().showMessage(
            self.tr("This project now uses %s.") % Path(name).name, 8000)

    @Slot()
    def use_bundled_taxonomy(self) -> None:
        """Go back to the PLOVER taxonomy that ships with Annotator."""
        reset_project_taxonomy(self.window.project.db)
        self.panel.event_editor.set_taxonomy(project_taxonomy(self.window.project.db))

    @Slot()
    def manage_actors(self) -> None:
        """Find, merge and delete actors."""
        who = self.window.settings.preferences().translator or None
        if ActorRegistryDialog.manage(self.window.project.db, who, self.window):
            self.panel.reload_actors()
            self.panel.refresh()

    @Slot()
    def import_actors(self) -> None:
        """Add or update registry actors from a CSV file (one transaction)."""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import actors"), "",
                                              self.tr("CSV (*.csv);;All files (*)"))
        if not name:
            return
        try:
            report = import_actors_csv(self.window.project.db, Path(name),
                                       self.window.settings.preferences().translator or None)
        except ActorCsvError as error:
            QMessageBox.warning(self.window, self.tr("Actors not imported"), str(error))
            return
        self.panel.reload_actors()
        self.window.statusBar().showMessage(
            self.tr("Actors: %1 added, %2 updated.").replace("%1", str(report.added))
            .replace("%2", str(report.updated)), 8000)

    @Slot()
    def export_actors(self) -> None:
        """Write the registry to a CSV file."""
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export actors"),
                                              "actors.csv", self.tr("CSV (*.csv)"))
        if name:
            count = export_actors_csv(self.window.project.db, Path(name))
            self.window.statusBar().showMessage(self.tr("%d actors written.") % count, 8000)

    def _on_controller_finished(self, result: object) -> None:
        self.suggest_action.setEnabled(True)
        if isinstance(result, Exception):
            QMessageBox.warning(self.window, self.tr("Suggestions failed"), str(result))
            return
        self.panel.refresh()
        self.window.statusBar().showMessage(
            self.tr("Suggested %1 mentions and %2 events: F8 accepts, F9 rejects.")
            .replace("%1", str(getattr(result, "mentions", 0)))
            .replace("%2", str(getattr(result, "events", 0))), 10_000)
