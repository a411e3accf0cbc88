"""The Translate menu: machine-translate the document or a selection, retry failures, settings.

Jobs run through the operation runner: the grid fills in sentence by sentence (each saved
sentence is announced as a change) and each job ends with one summary, in a box that does not
block the window when something went wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMenu, QMessageBox

from annotator.gui.context import WindowContext
from annotator.gui.dialogs.mt_settings_dialog import MTSettingsDialog
from annotator.gui.error_text import describe
from annotator.gui.jobs import Job
from annotator.gui.menus import add_action
from annotator.gui.settings import MTPreferences
from annotator.mt.runner import JobSummary
from annotator.mt.types import EngineSettings
from annotator.project import JobControl, Outcome, TranslationRequest
from annotator.storage.translations import SelectMode

GROUP = "translate"


def engine_settings(preferences: MTPreferences) -> EngineSettings:
    """The engine the MT preferences describe (URL and model only where they apply)."""
    libre = preferences.engine in ("libre", "llm")
    offline = preferences.engine == "ctranslate2"
    llm = preferences.engine == "llm"
    return EngineSettings(
        name=preferences.engine,
        url=(preferences.url or None) if libre else None,
        model=Path(preferences.model) if offline and preferences.model else None,
        llm_model=(preferences.llm_model or None) if llm else None,
    )


class TranslationMenu(QObject):
    """Builds the Translate menu and starts its jobs."""

    def __init__(self, context: WindowContext, menu: QMenu) -> None:
        super().__init__(context.parent)
        self.context = context
        self.summary_box = QMessageBox(context.parent)
        self.summary_box.setWindowTitle(self.tr("Machine translation"))
        self.summary_box.setTextFormat(Qt.TextFormat.PlainText)
        self.document_action = add_action(menu, self, self.tr("Translate &document"),
                                          self.translate_document, "Ctrl+T")
        self.selection_action = add_action(menu, self, self.tr("Translate &selected sentences"),
                                           self.translate_selection, "Ctrl+Shift+T")
        self.retry_action = add_action(menu, self, self.tr("&Retry failed sentences"),
                                       self.retry_failed)
        self.cancel_action = add_action(menu, self, self.tr("&Cancel translation"), self.cancel)
        menu.addSeparator()
        add_action(menu, self, self.tr("Machine translation &settings…"), self.edit_settings)
        self._set_running(False)
        context.runner.job_started.connect(self._on_runner_job_changed)
        context.runner.job_ended.connect(self._on_runner_job_changed)

    @Slot()
    def translate_document(self) -> Job | None:
        """Machine-translate every not yet translated sentence of the open document."""
        doc_id = self.context.current_document()
        if not doc_id:
            return None
        return self._translate(self.tr("Translating the document"), document_ids=[doc_id])

    @Slot()
    def translate_selection(self) -> Job | None:
        """Machine-translate the selected sentences (again, from the cache where possible)."""
        ids = self.context.selected_sentences()
        if not ids:
            return None
        return self._translate(self.tr("Translating %n sentence(s)", "", len(ids)),
                               sentence_ids=ids, mode="all")

    @Slot()
    def retry_failed(self) -> Job | None:
        """Send again only the sentences whose last MT attempt failed."""
        doc_id = self.context.current_document()
        if not doc_id:
            return None
        return self._translate(self.tr("Retrying failed sentences"), document_ids=[doc_id],
                               mode="failed")

    @Slot()
    def cancel(self) -> None:
        """Stop the running translation (what arrived is kept)."""
        self.context.runner.cancel(GROUP)

    @Slot()
    def edit_settings(self) -> None:
        """Choose the engine, its URL or model, the key and the number of parallel requests."""
        settings = self.context.settings
        chosen = MTSettingsDialog.get_preferences(settings.mt_preferences(), self.context.parent)
        if chosen is not None:
            settings.save_mt_preferences(chosen)

    def _translate(self, title: str, document_ids: Sequence[str] | None = None,
                   sentence_ids: Sequence[int] | None = None,
                   mode: SelectMode = "pending") -> Job | None:
        preferences = self.context.settings.mt_preferences()
        request = TranslationRequest(engine_settings(preferences), document_ids=document_ids,
                                     sentence_ids=sentence_ids, mode=mode,
                                     workers=preferences.workers)
        project = self.context.project

        def work(control: JobControl) -> Outcome[JobSummary]:
            return project.translate(request, control)

        job = self.context.runner.start(GROUP, title, work, self._on_done)
        if job is None:
            self.context.show_message(self.tr("A translation is already running."))
        return job

    def _on_runner_job_changed(self, group: str) -> None:
        if group == GROUP:
            self._set_running(self.context.runner.is_running(GROUP))

    def _set_running(self, running: bool) -> None:
        for action in (self.document_action, self.selection_action, self.retry_action):
            action.setEnabled(not running)
        self.cancel_action.setEnabled(running)

    def _on_done(self, outcome: Outcome[JobSummary]) -> None:
        result = outcome.report
        text = self.tr("%1: %2 of %3 sentences translated (%4 from the cache).").replace(
            "%1", result.engine).replace("%2", str(result.translated)).replace(
            "%3", str(result.total)).replace("%4", str(result.cached))
        self.context.show_message(text)
        problems = []
        if result.offline is not None:
            problems.append(self.tr("No connection: %s") % describe(result.offline))
        problems += [f"{kind} ({result.failed[kind]}): {describe(error)}"
                     for kind, error in sorted(result.first_errors.items())]
        if result.gave_up is not None:
            problems.append(self.tr("Stopped after repeated timeouts: %s")
                            % describe(result.gave_up))
        if result.not_attempted:
            problems.append(self.tr("%d sentences were not sent; translate again to send "
                                    "them.") % result.not_attempted)
        if problems:
            self.summary_box.setText("\n".join([text, *problems]))
            self.summary_box.open()  # one summary per job, not blocking the window
