"""Typed storage errors (kinds in ``annotator/messages/storage.py``); people see them as text
made by the GUI or the CLI."""

from __future__ import annotations

from annotator.errors import AnnotatorError


class StorageError(AnnotatorError):
    """Base class for every error raised by :mod:`annotator.storage`."""

    domain = "storage"


class NotAProjectError(StorageError):
    """The file is not an Annotator project (a folder, not SQLite, another program's)."""


class FutureSchemaError(StorageError):
    """The project was written by a newer version of Annotator."""


class ProjectLockedError(StorageError):
    """Another connection held the write lock for longer than the busy timeout."""

    def __init__(self, kind: str = "locked", /, **params: object) -> None:
        super().__init__(kind, **params)


class DocumentNotFoundError(StorageError):
    """No document matches the id, prefix or title given."""


class AmbiguousDocumentError(StorageError):
    """More than one document matches the prefix or title given."""


class RowNotFoundError(StorageError, KeyError):
    """A sentence, mention or event that an operation names is not (or no longer) there."""

    __str__ = StorageError.__str__  # not KeyError's quoted repr
