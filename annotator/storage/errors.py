"""Typed storage errors; the GUI and the CLI turn them into words for people."""

from __future__ import annotations


class StorageError(Exception):
    """Base class for every error raised by :mod:`annotator.storage`."""


class NotAProjectError(StorageError):
    """The file exists but is not an SQLite database."""


class FutureSchemaError(StorageError):
    """The project was written by a newer version of Annotator."""


class ProjectLockedError(StorageError):
    """Another process held the write lock for longer than the busy timeout."""


class DocumentNotFoundError(StorageError):
    """No document matches the id, prefix or title given."""


class AmbiguousDocumentError(StorageError):
    """More than one document matches the prefix or title given."""
