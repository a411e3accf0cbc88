"""Typed errors of export and import (kinds in ``annotator/messages/exchange.py``); the CLI and
the GUI turn them into one line for people.

An :class:`ImportFileError` names the file and, when the problem sits on one line or element, its
line number; nothing from that file has been written when it is raised (one transaction). Its
templates start with ``{where}``, the location ``PATH:LINE`` (or ``PATH``) that the error fills in
itself, so every message reads ``FILE:LINE: what is wrong``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError


class ExchangeError(AnnotatorError):
    """Base class of every export and import error."""

    domain = "exchange"


class ExportOptionsError(ExchangeError):
    """The export was asked for something impossible (unknown format, bad split, no document)."""


class ExportCancelledError(ExchangeError):
    """The export was cancelled; no file was left under the target name."""

    def __init__(self, kind: str = "export_cancelled", /, **params: Any) -> None:
        super().__init__(kind, **params)


def location(path: Path | str, line: int | None) -> str:
    """``PATH:LINE``, or ``PATH`` when the fault has no line: the start of an import message."""
    return f"{path}:{line}" if line is not None else str(path)


class FileError(ExchangeError):
    """An error about one file and, when it has a place, one line of it."""

    @property
    def path(self) -> Path:
        """The file concerned."""
        return Path(self.params["path"])

    @property
    def line(self) -> int | None:
        """The 1-based line of the fault, or None when it concerns the whole file."""
        line = self.params.get("line")
        return int(line) if line is not None else None


class ImportFileError(FileError):
    """A file could not be imported; ``line`` is 1-based when the fault has a place.

    ``path`` and ``line`` are parameters like any other; ``where`` (``PATH:LINE`` or ``PATH``) is
    added from them for the templates.
    """

    def __init__(self, kind: str, /, *, path: Path, line: int | None = None,
                 **params: Any) -> None:
        super().__init__(kind, path=path, line=line, where=location(path, line), **params)


def json_error(error: ValueError | RecursionError, path: Path, line: int) -> ImportFileError:
    """The ``json_invalid`` error for JSON that did not decode. Hostile text fails in more ways
    than :class:`json.JSONDecodeError`: arrays nested thousands deep raise RecursionError and an
    integer of more than 4300 digits a plain ValueError; each must be bad input (exit 2), never
    an internal error."""
    if isinstance(error, json.JSONDecodeError):
        return ImportFileError("json_invalid", path=path, line=line, detail=error.msg,
                               column=error.colno)
    detail = "nested too deeply" if isinstance(error, RecursionError) else str(error)
    return ImportFileError("json_invalid", path=path, line=line, detail=detail, column=1)
