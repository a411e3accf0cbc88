"""The Annotate menu: panel commands, suggestions, contexts, taxonomy and the actor registry.

Every command changes the project through the operation runner; the panel and the grid refresh
from the runner's change notice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from annotator.gui.context import WindowContext
from annotator.gui.dialogs.actor_registry_dialog import ActorRegistryDialog
from annotator.gui.jobs import Job
from annotator.gui.menus import add_action
from annotator.gui.widgets.annotation_panel import AnnotationPanel
from annotator.gui.widgets.event_editor import split_list
from annotator.project import JobControl, Outcome
from annotator.storage.suggestions import SuggestionReport

GROUP = "suggest"


class AnnotateMenu(QObject):
    """Builds the Annotate menu and carries out its commands."""

    def __init__(self, context: WindowContext, panel: AnnotationPanel, menu: QMenu) -> None:
        super().__init__(context.parent)
        self.context = context
        self.panel = panel
        for action in panel.actions_by_name.values():
            menu.addAction(action)
        menu.addSeparator()
        self.suggest_action = add_action(
            menu, self, self.tr("&Suggest actors and events for this document"),
            self.suggest_document, "Ctrl+Alt+G")
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
        context.runner.job_ended.connect(self._on_runner_job_ended)

    @Slot()
    def suggest_document(self) -> Job | None:
        """Pre-fill mentions and event candidates for the open document (in the background)."""
        doc_id = self.context.current_document()
        if not doc_id:
            return None
        project = self.context.project

        def work(control: JobControl) -> Outcome[list[tuple[str, SuggestionReport]]]:
            return project.suggest([doc_id], control)

        job = self.context.runner.start(GROUP, self.tr("Suggesting actors and events"), work,
                                        self._on_suggested, cancellable=False)
        if job is not None:
            self.suggest_action.setEnabled(False)
        return job

    def _on_runner_job_ended(self, group: str) -> None:
        if group == GROUP:
            self.suggest_action.setEnabled(True)

    def _on_suggested(self, outcome: Outcome[list[tuple[str, SuggestionReport]]]) -> None:
        mentions = sum(report.mentions for _doc, report in outcome.report)
        events = sum(report.events for _doc, report in outcome.report)
        self.context.show_message(
            self.tr("Suggested %1 mentions and %2 events: F8 accepts, F9 rejects.")
            .replace("%1", str(mentions)).replace("%2", str(events)))

    @Slot()
    def accept_document_suggestions(self) -> None:
        """Accept every suggestion of the open document (one undo step)."""
        count = self.panel.accept_document_suggestions()
        self.context.show_message(self.tr("Accepted %d suggestions.") % count)

    @Slot()
    def edit_document_contexts(self) -> None:
        """Set the PLOVER contexts every new event of the open document starts with."""
        doc_id = self.context.current_document()
        if not doc_id:
            return
        project = self.context.project
        known = ", ".join(self.panel.event_editor.taxonomy.context_codes())
        text, ok = QInputDialog.getText(
            self.context.parent, self.tr("Default contexts"),
            self.tr("Contexts for new events of this document, separated by commas "
                    "(%s):") % known, text=", ".join(project.contexts(doc_id)))
        if ok:
            self.context.runner.run(lambda: project.set_contexts(doc_id, split_list(text)))

    @Slot()
    def choose_taxonomy(self) -> None:
        """Make a TOML taxonomy file the project's (validated; errors name the line or key)."""
        name, _ = QFileDialog.getOpenFileName(self.context.parent, self.tr("Taxonomy file"), "",
                                              self.tr("Taxonomy (*.toml);;All files (*)"))
        if not name:
            return
        project = self.context.project
        if self.context.runner.run(lambda: project.use_taxonomy(Path(name)),
                                   self.tr("Taxonomy not used")) is not None:
            self.context.show_message(self.tr("This project now uses %s.") % Path(name).name)

    @Slot()
    def use_bundled_taxonomy(self) -> None:
        """Go back to the PLOVER taxonomy that ships with Annotator."""
        self.context.runner.run(self.context.project.use_bundled_taxonomy)

    @Slot()
    def manage_actors(self) -> None:
        """Find, merge and delete actors."""
        ActorRegistryDialog.manage(self.context.project, self.context.runner,
                                   self.context.parent)

    @Slot()
    def import_actors(self) -> None:
        """Add or update registry actors from a CSV file (one transaction)."""
        name, _ = QFileDialog.getOpenFileName(self.context.parent, self.tr("Import actors"), "",
                                              self.tr("CSV (*.csv);;All files (*)"))
        if not name:
            return
        project = self.context.project
        outcome = self.context.runner.run(lambda: project.import_actors(Path(name)),
                                          self.tr("Actors not imported"))
        if outcome is not None:
            self.context.show_message(
                self.tr("Actors: %1 added, %2 updated.").replace("%1", str(outcome.report.added))
                .replace("%2", str(outcome.report.updated)))

    @Slot()
    def export_actors(self) -> None:
        """Write the registry to a CSV file."""
        name, _ = QFileDialog.getSaveFileName(self.context.parent, self.tr("Export actors"),
                                              "actors.csv", self.tr("CSV (*.csv)"))
        if not name:
            return
        project = self.context.project
        count = self.context.runner.run(lambda: project.export_actors(Path(name)))
        if count is not None:
            self.context.show_message(self.tr("%d actors written.") % count)
