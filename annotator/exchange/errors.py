"""Typed errors of export and import; the CLI and the GUI turn them into one line for people.

An :class:`ImportFileError` names the file and, when the problem sits on one line or element, its
line number; nothing from that file has been written when it is raised (one transaction).
"""

from __future__ import annotations

from pathlib import Path


class ExchangeError(Exception):
    """Base class of every export and import error."""


class ExportOptionsError(ExchangeError):
    """The export was asked for something impossible (unknown format, bad split, no document)."""


class ExportCancelledError(ExchangeError):
    """The export was cancelled; no file was left under the target name."""


class ImportFileError(ExchangeError):
    """A file could not be imported; ``line`` is 1-based when the fault has a place."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")
