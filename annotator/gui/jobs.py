"""Background jobs the user can see and cancel: a :class:`Job` handle and the progress area.

A worker gets its ``Job``, calls :meth:`Job.report` as it goes and checks :attr:`Job.cancelled`;
the :class:`JobsPanel` in the status bar shows one row per running job with a Cancel button.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget


class Job(QObject):
    """A running piece of background work. Signals may be emitted from the worker thread."""

    progressed = Signal(int, int)  # done, total (total 0: unknown)
    ended = Signal()

    def __init__(self, title: str, cancellable: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.cancellable = cancellable
        self._cancel = threading.Event()

    @property
    def cancel_event(self) -> threading.Event:
        """Set when the user asked to stop; workers check it between steps."""
        return self._cancel

    @property
    def cancelled(self) -> bool:
        """Whether the user asked to stop."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the worker to stop."""
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        """Report progress (thread-safe)."""
        self.progressed.emit(done, total)

    def finish(self) -> None:
        """Say the job is over (thread-safe)."""
        self.ended.emit()


class JobRow(QWidget):
    """One job: its title, a progress bar and Cancel."""

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.title_label = QLabel(job.title)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setMaximumWidth(180)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setEnabled(job.cancellable)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        job.progressed.connect(self._on_job_progressed)

    @Slot(int, int)
    def _on_job_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.title_label.setText(self.tr("%s (stopping…)") % self.job.title)


class JobsPanel(QWidget):
    """The progress area: one :class:`JobRow` per running job; hidden when none runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[Job, JobRow] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def add_job(self, job: Job) -> None:
        """Show ``job`` until it ends."""
        row = JobRow(job, self)
        self.rows[job] = row
        self._layout.addWidget(row)
        job.ended.connect(lambda: self._remove(job))
        self.show()

    def _remove(self, job: Job) -> None:
        row = self.rows.pop(job, None)
        if row is not None:
            row.deleteLater()
        self.setVisible(bool(self.rows))
