"""The one error type every MT engine raises, and the error for a job that cannot start.

:class:`MTError` carries a :class:`~annotator.core.mt_types.ErrorKind` for the runner (retry or
not, stop the job when offline) and a message a person understands; ``retry_after`` is the pause
in seconds a server asked for, when it said. :class:`MTConfigError` is a bad engine name, URL,
model folder or option: the CLI turns it into exit code 2.
"""

from __future__ import annotations

from annotator.core.mt_types import ErrorKind


class MTError(Exception):
    """A translation request failed; ``kind`` says how, ``str(error)`` says it in words."""

    def __init__(self, kind: ErrorKind, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"MTError({self.kind.value!r}, {self.message!r}, retry_after={self.retry_after})"


class MTConfigError(ValueError):
    """An engine cannot be set up as asked (unknown name, bad URL, missing model, ...)."""
