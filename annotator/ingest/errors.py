"""The one error type importers raise, with a kind a caller can branch on."""

from __future__ import annotations


class IngestError(Exception):
    """A file could not be imported. ``str(error)`` is a sentence a person understands.

    ``kind`` is one of: ``not_found``, ``empty``, ``binary``, ``too_large``, ``encoding``,
    ``malformed``, ``unsupported``.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
