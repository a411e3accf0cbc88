"""The one error type importers raise: a kind a caller can branch on, and the values a message
needs (templates in ``annotator/messages/ingest.py``)."""

from __future__ import annotations

from annotator.errors import AnnotatorError


class IngestError(AnnotatorError):
    """A file could not be imported; nothing was stored.

    ``kind`` says what is wrong (``not_found``, ``special_file``, ``too_large``, ``empty``,
    ``binary``, ``invalid_bytes``, ``pdf_damaged``, ``docx_entities`` ...; the full list is the
    catalogue in :mod:`annotator.messages.ingest`). ``params["path"]`` names the file: the path
    as given to :func:`~annotator.ingest.readers.read_document`, or the name given to
    :func:`~annotator.ingest.readers.read_bytes`.
    """

    domain = "ingest"
