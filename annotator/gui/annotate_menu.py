"""The Annotate menu: panel commands, suggestions, contexts, taxonomy and the actor registry.

Every command changes the project through the operation runner; the panel and the grid refresh
from the runner's change notice. The event recommender is trained on demand and, after every
``RETRAIN_EVERY`` reviewed sentences, again in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from annotator.gui.context import WindowContext
from annotator.gui.dialogs.actor_registry_dialog import ActorRegistryDialog
from annotator.gui.dialogs.agreement_dialog import AgreementDialog
from annotator.gui.dialogs.curation_dialog import CurationDialog
from annotator.gui.jobs import Job
from annotator.gui.menus import add_action
from annotator.gui.widgets.annotation_panel import AnnotationPanel
from annotator.gui.widgets.event_editor import split_list
from annotator.project import Changes, JobControl, Outcome
from annotator.storage.suggestions import SuggestionReport

if TYPE_CHECKING:
    from annotator.core.agreement import Figure
    from annotator.core.event_model import TrainingReport

GROUP = "suggest"
TRAIN_GROUP = "train-recommender"
AGREEMENT_GROUP = "agreement"


class AnnotateMenu(QObject):
    """Builds the Annotate menu and carries out its commands."""

    def __init__(self, context: WindowContext, panel: AnnotationPanel, menu: QMenu,
                 show_find: Callable[[], None] | None = None) -> None:
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
        self.train_action = add_action(menu, self, self.tr("T&rain the recommender"),
                                       self.train_recommender)
        if show_find is not None:
            add_action(menu, self, self.tr("&Find annotations…"), show_find, "Ctrl+Shift+F")
        add_action(menu, self, self.tr("A&greement…"), self.show_agreement)
        add_action(menu, self, self.tr("C&urate…"), self.curate)
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
        context.runner.project_changed.connect(self._on_runner_project_changed)

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
        elif group == TRAIN_GROUP:
            self.train_action.setEnabled(True)

    @Slot()
    def train_recommender(self, quiet: bool = False) -> Job | None:
        """Train the event recommender on the reviewed sentences (in the background); later
        suggestions add its types. ``quiet``: the automatic retraining, where too few reviewed
        sentences is no error to show."""
        from annotator.errors import ProjectError

        project = self.context.project

        def work(control: JobControl) -> Outcome[TrainingReport] | None:
            try:
                return project.train_model(control)
            except ProjectError as error:
                if quiet and error.kind == "model_too_few":
                    return None
                raise

        job = self.context.runner.start(TRAIN_GROUP, self.tr("Training the recommender"), work,
                                        self._on_trained)
        if job is not None:
            self.train_action.setEnabled(False)
        return job

    def _on_trained(self, outcome: Outcome[TrainingReport] | None) -> None:
        if outcome is None:
            return
        report = outcome.report
        f1 = f"{report.f1:.2f}" if report.f1 is not None else "–"
        self.context.show_message(
            self.tr("Recommender trained on %1 reviewed sentences (%2 types, F1 %3); "
                    "suggestions now include its events.")
            .replace("%1", str(report.sentences)).replace("%2", str(len(report.types)))
            .replace("%3", f1))

    @Slot(object)
    def _on_runner_project_changed(self, changes: Changes) -> None:
        """Retrain in the background once enough sentences were reviewed since the last time."""
        if changes.annotations and not self.context.runner.is_running(TRAIN_GROUP) \
                and self.context.project.retraining_due():
            self.train_recommender(quiet=True)

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
    def show_agreement(self) -> Job | None:
        """Inter-annotator agreement of the project's documents: computed in the background
        (loading the statistics libraries takes a moment), then shown as a heat map and a table."""
        project = self.context.project
        return self.context.runner.start(AGREEMENT_GROUP, self.tr("Computing agreement"),
                                         lambda _control: project.agreement(),
                                         self._on_agreement_computed, cancellable=False)

    def _on_agreement_computed(self, figures: list[Figure]) -> None:
        titles = {header.id: header.title for header in self.context.project.document_headers()}
        AgreementDialog.show_figures(figures, titles, self.context.parent)

    @Slot()
    def curate(self) -> CurationDialog | None:
        """Compare the open document's annotators sentence by sentence and build the curated
        version (a dialog beside the window)."""
        doc_id = self.context.current_document()
        if not doc_id:
            return None
        return CurationDialog.curate(self.context, doc_id)

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
