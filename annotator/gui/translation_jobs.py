"""Runs machine translation for the window: one background job at a time, visible and cancellable.

The runner (:func:`annotator.mt.runner.translate`) works in a pool thread with that thread's own
SQLite connection and saves every sentence as it arrives; :class:`MTJob` carries each finished
sentence id back to the GUI thread by signal, so the grid updates row by row while the window
stays responsive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from annotator.gui.jobs import Job, JobsPanel
from annotator.gui.settings import MTPreferences
from annotator.gui.workers import Task, start_project_job
from annotator.mt.engine import EngineSettings, create_engine
from annotator.mt.runner import JobProgress, JobSummary, RunnerOptions, SentenceOutcome, translate
from annotator.storage.connection import ProjectConnections
from annotator.storage.translations import SelectMode


class MTJob(Job):
    """A translation job; ``sentence_done`` fires (from the worker) after each saved sentence."""

    sentence_done = Signal(int)


@dataclass(frozen=True)
class TranslationRequest:
    """What to translate: a document or chosen sentences, and which ones (pending/failed/all)."""

    document_ids: Sequence[str] | None = None
    sentence_ids: Sequence[int] | None = None
    mode: SelectMode = "pending"


class TranslationController(QObject):
    """Starts MT jobs for the main window and reports how they ended."""

    sentence_translated = Signal(int)
    job_finished = Signal(object)  # JobSummary, or the Exception that stopped the job

    def __init__(self, project: ProjectConnections, jobs_panel: JobsPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.jobs_panel = jobs_panel
        self.job: MTJob | None = None
        self._task: Task | None = None

    @property
    def running(self) -> bool:
        """Whether a translation job is under way."""
        return self.job is not None

    def start(self, request: TranslationRequest, preferences: MTPreferences,
              title: str) -> MTJob | None:
        """Start a job unless one is running; None when one already is."""
        if self.job is not None:
            return None
        job = MTJob(title, parent=self)
        job.sentence_done.connect(self.sentence_translated)
        self.job = job
        self.jobs_panel.add_job(job)
        project = self.project

        def work() -> JobSummary:
            engine = create_engine(_engine_settings(preferences))
            try:
                return translate(
                    project.db, engine, "tr", "en", document_ids=request.document_ids,
                    sentence_ids=request.sentence_ids, mode=request.mode,
                    options=RunnerOptions(workers=preferences.workers),
                    on_progress=lambda p, o: _report(job, p, o), cancel=job.cancel_event)
            finally:
                engine.close()

        self._task = start_project_job(project, job, work, self._on_task_done,
                                       self._on_task_done)
        return job

    def cancel(self) -> None:
        """Ask the running job to stop (it returns within a second)."""
        if self.job is not None:
            self.job.cancel()

    def _on_task_done(self, result: object) -> None:
        self.job = None
        self._task = None
        self.job_finished.emit(result)


def _report(job: MTJob, progress: JobProgress, outcome: SentenceOutcome) -> None:
    job.report(progress.done, progress.total)
    job.sentence_done.emit(outcome.sentence_id)


def _engine_settings(preferences: MTPreferences) -> EngineSettings:
    libre = preferences.engine == "libre"
    offline = preferences.engine == "ctranslate2"
    return EngineSettings(
        name=preferences.engine,
        url=(preferences.url or None) if libre else None,
        model=Path(preferences.model) if offline and preferences.model else None,
    )
