"""File → Export dataset / Import annotations, run in the background with progress and Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from annotator.exchange.export import export
from annotator.exchange.importer import import_annotations
from annotator.exchange.options import ExportReport, ImportReport
from annotator.gui.dialogs.export_dialog import ExportDialog, ExportRequest
from annotator.gui.jobs import Job
from annotator.gui.menus import add_action
from annotator.gui.workers import Task, start_project_job

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

IMPORT_FILTER = ("Annotations (*.jsonl *.json *.tmx *.xlf *.xliff);;All files (*)")


class ExchangeMenu(QObject):
    """Adds the export and import entries to the File menu and runs them as jobs."""

    finished = Signal(object)  # ExportReport, ImportReport, or the Exception

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self._task: Task | None = None
        self.export_action = add_action(menu, self, self.tr("&Export dataset…"),
                                        self.export_dataset, "Ctrl+Shift+X")
        self.import_action = add_action(menu, self, self.tr("Import &annotations…"),
                                        self.choose_annotations)
        self.finished.connect(self._on_finished)

    @Slot()
    def export_dataset(self) -> None:
        """Ask what to export, then write it in the background."""
        request = ExportDialog.get_request(self.window.current_doc_id, self.window)
        if request is not None:
            self.start_export(request)

    def start_export(self, request: ExportRequest) -> Job | None:
        """Write ``request`` in a worker thread; None when another exchange job runs."""
        job = self._job(self.tr("Exporting %s") % request.format.value)
        if job is None:
            return None
        project = self.window.project

        def work() -> ExportReport:
            return export(project.db, request.format, request.options, request.path,
                          on_progress=job.report, cancel=job.cancel_event)

        self._task = start_project_job(project, job, work, self.finished.emit,
                                       self.finished.emit)
        return job

    @Slot()
    def choose_annotations(self) -> None:
        """Pick a file of annotations or translations to bring into the project."""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import annotations"), "",
                                              IMPORT_FILTER)
        if name:
            self.start_import(Path(name))

    def start_import(self, path: Path) -> Job | None:
        """Import ``path`` (one transaction) in a worker thread."""
        job = self._job(self.tr("Importing %s") % path.name, cancellable=False)
        if job is None:
            return None
        project, who = self.window.project, self.window.settings.preferences().translator

        def work() -> ImportReport:
            return import_annotations(project.db, path, annotator=who or None)

        self._task = start_project_job(project, job, work, self.finished.emit,
                                       self.finished.emit)
        return job

    def _job(self, title: str, cancellable: bool = True) -> Job | None:
        if self._task is not None:
            self.window.statusBar().showMessage(self.tr("An export or import is running."), 5000)
            return None
        job = Job(title, cancellable=cancellable, parent=self)
        self.window.jobs_panel.add_job(job)
        return job

    def _on_finished(self, result: object) -> None:
        self._task = None
        if isinstance(result, Exception):  # ExchangeError and OSError say what went wrong
            QMessageBox.warning(self.window, self.tr("Export or import stopped"), str(result))
            return
        if isinstance(result, ImportReport):
            self.window.refresh_documents()
            self.window.editor_panel.reload()
            self.window.editor_panel.annotation_panel.reload_actors()  # the file may add actors
        self.window.statusBar().showMessage(result.summary(), 15_000)  # type: ignore[attr-defined]
