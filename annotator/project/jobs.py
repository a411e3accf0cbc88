"""How a long operation talks to whoever started it: progress, partial changes and Cancel.

The CLI passes a :class:`JobControl` that draws a progress bar; the window's operation runner
passes one whose callbacks emit Qt signals. Operations call :meth:`JobControl.check` between
steps; a set ``cancel`` event ends them with :class:`~annotator.errors.CancelledError` (or, for
MT, a summary that says it was cancelled), keeping what was saved.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from annotator.errors import CancelledError
from annotator.project.changes import Changes

R = TypeVar("R")


def _ignore_progress(done: int, total: int) -> None:
    """The default progress callback: nobody is watching."""


def _ignore_changes(changes: Changes) -> None:
    """The default partial-changes callback: nobody is watching."""


@dataclass
class JobControl:
    """Cancel flag and callbacks of one running operation (callbacks may run in a worker)."""

    cancel: threading.Event = field(default_factory=threading.Event)
    progress: Callable[[int, int], None] = _ignore_progress
    changed: Callable[[Changes], None] = _ignore_changes

    @property
    def cancelled(self) -> bool:
        """Whether someone asked the operation to stop."""
        return self.cancel.is_set()

    def check(self) -> None:
        """Raise :class:`CancelledError` when someone asked the operation to stop."""
        if self.cancel.is_set():
            raise CancelledError()


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """What an operation reports (counts, a summary) and what it changed in the project."""

    report: R
    changes: Changes
