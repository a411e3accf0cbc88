"""Reading a text file's bytes as text, for import: :mod:`annotator.core.text_encoding` tells
the encoding (its docstring gives the order and the reasons); this module names the file in the
error a person sees."""

from __future__ import annotations

from annotator.core.text_encoding import UndecodableTextError, decode_bytes
from annotator.ingest.errors import IngestError


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode the bytes of a text file: ``(text, encoding name)``; raises ``IngestError``.

    Kinds: ``binary`` for NUL bytes (outside UTF-16) or many control bytes, ``invalid_bytes``
    for invalid bytes in a recognised encoding, ``mixed_encoding`` for UTF-8 lines among lines in
    another encoding, ``unknown_encoding`` for an unrecognisable one.
    """
    try:
        return decode_bytes(data)
    except UndecodableTextError as error:
        raise IngestError(error.kind, path=name, **error.params) from None
