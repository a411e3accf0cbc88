"""The Translate menu: machine-translate the document or a selection, retry failures, settings.

Jobs run through :class:`TranslationController`; the grid fills in sentence by sentence and each
job ends with one summary (a box that does not block the window when something went wrong).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMenu, QMessageBox

from annotator.gui.dialogs.mt_settings_dialog import MTSettingsDialog
from annotator.gui.menus import add_action
from annotator.gui.translation_jobs import TranslationController, TranslationRequest
from annotator.mt.errors import MTConfigError
from annotator.mt.runner import JobSummary

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class TranslationMenu(QObject):
    """Builds the Translate menu on ``window`` and carries out its commands."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.controller = TranslationController(window.project, window.jobs_panel, self)
        self.summary_box = QMessageBox(window)
        self.summary_box.setWindowTitle(self.tr("Machine translation"))
        self.summary_box.setTextFormat(Qt.TextFormat.PlainText)
        self.document_action = add_action(menu, self, self.tr("Translate &document"),
                                          self.translate_document, "Ctrl+T")
        self.selection_action = add_action(menu, self, self.tr("Translate &selected sentences"),
                                           self.translate_selection, "Ctrl+Shift+T")
        self.retry_action = add_action(menu, self, self.tr("&Retry failed sentences"),
                                       self.retry_failed)
        self.cancel_action = add_action(menu, self, self.tr("&Cancel translation"),
                                        self.controller.cancel)
        menu.addSeparator()
        add_action(menu, self, self.tr("Machine translation &settings…"), self.edit_settings)
        self._set_running(False)
        self.controller.sentence_translated.connect(window.editor_panel.refresh_sentence)
        self.controller.job_finished.connect(self._on_controller_job_finished)

    @Slot()
    def translate_document(self) -> None:
        """Machine-translate every not yet translated sentence of the open document."""
        if self.window.current_doc_id:
            self._translate(TranslationRequest(document_ids=[self.window.current_doc_id]),
                            self.tr("Translating the document"))

    @Slot()
    def translate_selection(self) -> None:
        """Machine-translate the selected sentences (again, from the cache where possible)."""
        ids = self.window.editor_panel.selected_sentence_ids()
        if ids:
            self._translate(TranslationRequest(sentence_ids=ids, mode="all"),
                            self.tr("Translating %n sentence(s)", "", len(ids)))

    @Slot()
    def retry_failed(self) -> None:
        """Send again only the sentences whose last MT attempt failed."""
        if self.window.current_doc_id:
            self._translate(TranslationRequest(document_ids=[self.window.current_doc_id],
                                               mode="failed"),
                            self.tr("Retrying failed sentences"))

    @Slot()
    def edit_settings(self) -> None:
        """Choose the engine, its URL or model, the key and the number of parallel requests."""
        settings = self.window.settings
        chosen = MTSettingsDialog.get_preferences(settings.mt_preferences(), self.window)
        if chosen is not None:
            settings.save_mt_preferences(chosen)

    def _translate(self, request: TranslationRequest, title: str) -> None:
        job = self.controller.start(request, self.window.settings.mt_preferences(), title)
        if job is None:
            self.window.statusBar().showMessage(self.tr("A translation is already running."),
                                                5000)
            return
        self._set_running(True)

    def _set_running(self, running: bool) -> None:
        for action in (self.document_action, self.selection_action, self.retry_action):
            action.setEnabled(not running)
        self.cancel_action.setEnabled(running)

    def _on_controller_job_finished(self, result: object) -> None:
        self._set_running(False)
        if isinstance(result, MTConfigError):
            self._show_summary(self.tr("Machine translation is not set up: %s") % result)
            return
        if not isinstance(result, JobSummary):
            self._show_summary(self.tr("Machine translation stopped: %s") % result)
            return
        self.window.editor_panel.reload()
        text = self.tr("%1: %2 of %3 sentences translated (%4 from the cache).").replace(
            "%1", result.engine).replace("%2", str(result.translated)).replace(
            "%3", str(result.total)).replace("%4", str(result.cached))
        self.window.statusBar().showMessage(text, 10_000)
        problems = []
        if result.offline is not None:
            problems.append(self.tr("No connection: %s") % result.offline.message)
        problems += [f"{kind} ({result.failed[kind]}): {message}"
                     for kind, message in sorted(result.errors.items())]
        if result.not_attempted:
            problems.append(self.tr("%d sentences were not sent.") % result.not_attempted)
        if problems:
            self._show_summary("\n".join([text, *problems]))

    def _show_summary(self, text: str) -> None:
        """One summary per job, in a box that does not block the window."""
        self.summary_box.setText(text)
        self.summary_box.open()
