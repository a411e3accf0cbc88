"""Run slow work off the GUI thread: one-shot ``QRunnable`` tasks that report back by signal.

Worker code never touches widgets; it gets what it needs as arguments (for storage, a
``ProjectConnections`` hands the worker thread its own SQLite connection) and its result or error
comes back on the GUI thread through :class:`TaskSignals`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from annotator.gui.jobs import Job
from annotator.storage.connection import ProjectConnections

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    """Signals of one task; they live on the GUI thread, so slots run there."""

    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Calls ``function()`` in a pool thread and emits its result or exception."""

    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.function = function
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as error:  # reported to the GUI, which decides what to say
            log.debug("background task failed", exc_info=True)
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


def start_task(
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    pool: QThreadPool | None = None,
) -> Task:
    """Start ``function`` in the thread pool; the callbacks run on the GUI thread."""
    task = Task(function)
    task.setAutoDelete(False)  # keep the signals object alive until the callbacks ran
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(on_failure)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def start_project_job(
    project: ProjectConnections,
    job: Job,
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
) -> Task:
    """Run ``function`` for ``job`` in the pool with that thread's own project connection.

    Whatever happens, the worker closes its connection and ends the job (its row leaves the
    progress area); the callbacks run on the GUI thread.
    """
    def work() -> Any:
        try:
            return function()
        finally:
            project.close_thread()
            job.finish()

    return start_task(work, on_success, on_failure)
