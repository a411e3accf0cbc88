"""The one operation runner of the window: every change to the project goes through it.

Quick operations run on the GUI thread (:meth:`OperationRunner.run`), undoable edits are applied
and then pushed (:meth:`push`, :meth:`undo`, :meth:`redo`), long ones run in the thread pool with
a progress row and Cancel (:meth:`start`). Whatever happens, a failure is shown to the person in
the interface language, and every success is announced once on :attr:`project_changed` with the
:class:`~annotator.project.Changes` it made; views subscribe to that signal and refresh what they
show, nobody refreshes them by hand. (Anki's ``CollectionOp`` is the model.)
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from annotator.errors import AnnotatorError, CancelledError, InternalError
from annotator.gui.error_text import describe
from annotator.gui.jobs import Job, JobsPanel
from annotator.gui.undo_commands import EditCommand
from annotator.gui.workers import Task, start_task
from annotator.project import Changes, JobControl, Outcome, Project, UndoableEdit
from annotator.storage.connection import storage_error

log = logging.getLogger(__name__)
T = TypeVar("T")


class ChangeJob(Job):
    """A background job that also reports partial changes (MT saves sentence by sentence)."""

    changes_arrived = Signal(object)


def changes_of(result: object) -> Changes:
    """The changes an operation's result carries (an Outcome, Changes, or nothing)."""
    if isinstance(result, Outcome):
        return result.changes
    if isinstance(result, Changes):
        return result
    return Changes()


class OperationRunner(QObject):
    """Runs operations on the project, shows their failures, announces their changes."""

    project_changed = Signal(object)   # Changes
    error_shown = Signal(object)       # the exception, after the person was told
    job_started = Signal(str)          # group
    job_ended = Signal(str)            # group
    job_finished = Signal(str, object)  # group, the result (or the error that stopped it)
    edit_undone = Signal(object)       # the UndoableEdit just reverted
    edit_redone = Signal(object)       # the UndoableEdit just applied again

    def __init__(self, project: Project, jobs_panel: JobsPanel, parent: QWidget,
                 log_file: Path | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.jobs_panel = jobs_panel
        self.window = parent
        self.log_file = log_file
        self.undo_stack = QUndoStack(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)  # import, export, MT and suggestions may run together
        self.running: dict[str, tuple[Job, Task]] = {}
        self.message_box: QMessageBox | None = None

    # -- telling the person ----------------------------------------------------------------------

    def show_error(self, error: BaseException, title: str | None = None) -> None:
        """Tell the person what went wrong, in a box that does not block the window."""
        if isinstance(error, sqlite3.Error):  # a damaged or full project file, not a bug
            error = storage_error(error, self.project.path)
        if not isinstance(error, AnnotatorError | OSError):
            error = self.internal_error(error)
        if self.message_box is not None:
            self.message_box.deleteLater()  # one box at a time; the newest says the most
        box = QMessageBox(QApplication.activeModalWidget() or self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or self.tr("Annotator"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(describe(error))
        box.open()
        self.message_box = box
        self.error_shown.emit(error)

    def internal_error(self, error: BaseException) -> InternalError:
        """Log a fault of Annotator itself with its traceback; the error to show for it."""
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        return InternalError("unexpected", detail=f"{type(error).__name__}: {error}",
                             log=self.log_file or "stderr")

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed (nothing is sent for no change)."""
        if not changes.empty:
            self.project_changed.emit(changes)

    # -- quick operations on the GUI thread ------------------------------------------------------

    def run(self, operation: Callable[[], T], title: str | None = None) -> T | None:
        """Run ``operation`` now; its result, or None after showing why it failed."""
        try:
            result = operation()
        except Exception as error:  # show_error logs a bug (not an AnnotatorError) as such
            self.show_error(error, title)
            return None
        self.announce(changes_of(result))
        return result

    # -- undoable edits --------------------------------------------------------------------------

    def push(self, edit: UndoableEdit, description: str) -> bool:
        """Apply ``edit``; only when that succeeded it becomes an undo step."""
        changes = self.run(edit.apply)
        if changes is None:
            return False
        if getattr(edit, "count", 1) == 0:
            return True  # nothing was changed (no repetition to fill): no undo step
        self.undo_stack.push(EditCommand(edit, description))
        return True

    def _step(self, offset: int) -> EditCommand | None:
        index = self.undo_stack.index() + offset
        if not 0 <= index < self.undo_stack.count():
            return None
        command = self.undo_stack.command(index)
        return command if isinstance(command, EditCommand) else None

    def undo(self) -> bool:
        """Revert the last edit; when that fails the stack and the project stay as they were."""
        command = self._step(-1)
        if command is None or self.run(command.edit.revert) is None:
            return False
        command.already_done = True
        self.undo_stack.undo()
        self.edit_undone.emit(command.edit)
        return True

    def redo(self) -> bool:
        """Apply the next edit again; a failure leaves the stack as it was."""
        command = self._step(0)
        if command is None or self.run(command.edit.apply) is None:
            return False
        command.already_done = True
        self.undo_stack.redo()
        self.edit_redone.emit(command.edit)
        return True

    # -- long operations in the background -------------------------------------------------------

    def is_running(self, *groups: str) -> bool:
        """Whether a job of any of ``groups`` (any job when none given) is running."""
        return any(group in self.running for group in (groups or tuple(self.running)))

    def start(self, group: str, title: str, work: Callable[[JobControl], Any],
              on_done: Callable[[Any], None] | None = None,
              cancellable: bool = True) -> Job | None:
        """Run ``work(control)`` in the pool, one job per ``group`` at a time.

        Progress and Cancel show in the status bar; partial changes reported through
        ``control.changed`` are announced as they come; at the end the result's changes are
        announced and ``on_done(result)`` runs, or the failure is shown.
        """
        if group in self.running:
            return None
        job = ChangeJob(title, cancellable=cancellable, parent=self)
        control = JobControl(cancel=job.cancel_event, progress=job.report,
                             changed=job.changes_arrived.emit)
        job.changes_arrived.connect(self.announce)
        project = self.project

        def task() -> Any:
            try:
                return work(control)
            finally:
                project.close_thread()
                job.finish()

        def succeeded(result: object) -> None:
            self._finish(group)
            self.announce(changes_of(result))
            if on_done is not None:
                on_done(result)
            self.job_finished.emit(group, result)

        def failed(error: Exception) -> None:
            self._finish(group)
            if isinstance(error, CancelledError):
                self.window.statusBar().showMessage(describe(error), 8000)  # type: ignore[attr-defined]
            else:
                self.show_error(error, title)
            self.job_finished.emit(group, error)

        self.jobs_panel.add_job(job)
        self.running[group] = (job, start_task(task, succeeded, failed, self.pool))
        self.job_started.emit(group)
        return job

    def _finish(self, group: str) -> None:
        self.running.pop(group, None)
        self.job_ended.emit(group)

    def cancel(self, *groups: str) -> None:
        """Ask the jobs of ``groups`` (every job when none given) to stop."""
        for group, (job, _task) in list(self.running.items()):
            if not groups or group in groups:
                job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every job to end and deliver its result (at close)."""
        done = self.pool.waitForDone(msecs)
        QApplication.processEvents()
        return done
