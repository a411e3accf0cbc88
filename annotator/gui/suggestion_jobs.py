"""Runs "suggest actors and events" for a document in the background, visible in the job area."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.gui.jobs import Job, JobsPanel
from annotator.gui.workers import Task, start_project_job
from annotator.storage.connection import ProjectConnections
from annotator.storage.suggestions import SuggestionReport, suggest_document
from annotator.storage.taxonomy import project_taxonomy


class SuggestionController(QObject):
    """Stores rule-based suggestions (status ``suggested``) for one document at a time."""

    finished = Signal(object)  # SuggestionReport, or the Exception that stopped it

    def __init__(self, project: ProjectConnections, jobs_panel: JobsPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.jobs_panel = jobs_panel
        self._task: Task | None = None

    @property
    def running(self) -> bool:
        """Whether a suggestion run is under way."""
        return self._task is not None

    def suggest(self, doc_id: str, title: str) -> Job | None:
        """Start suggesting for ``doc_id``; None when a run is already going."""
        if self._task is not None:
            return None
        job = Job(title, cancellable=False, parent=self)
        self.jobs_panel.add_job(job)
        project = self.project

        def work() -> SuggestionReport:
            return suggest_document(project.db, doc_id, taxonomy=project_taxonomy(project.db))

        self._task = start_project_job(project, job, work, self._on_done, self._on_done)
        return job

    def _on_done(self, result: object) -> None:
        self._task = None
        self.finished.emit(result)
