"""The importer's entry points: a file (or bytes) in any supported format → ``ParsedDocument``.

``read_document(path)`` and ``read_bytes(data, name)`` check the size, pick the reader by content
(magic bytes, then HTML sniffing of the decoded text) before extension, run it, and assemble the
normalised text, blocks and metadata. They raise only ``IngestError``, with a kind and the file
as its ``path`` parameter (the catalogue of kinds is ``annotator/messages/ingest.py``); an
unexpected failure inside a third-party parser becomes ``damaged``, never a traceback and never a
partial result. Folders, named pipes, sockets and devices are refused before they are opened (a
pipe would block the import). The PDF and Word readers are imported when first needed: their
libraries are heavy, and a missing one refuses only those files (``pdf_support_missing``,
``docx_support_missing``). A document with more text than :mod:`annotator.ingest.limits` allows
is ``too_much_text``, found while the reader extracts it.
"""

from __future__ import annotations

import math
import re
import stat
from pathlib import Path

from annotator.core.models import ParsedDocument
from annotator.ingest.assemble import RawDocument, assemble
from annotator.ingest.encoding import decode_text
from annotator.ingest.errors import IngestError
from annotator.ingest.limits import TextBudget, check_text_length
from annotator.ingest.sniff import Format, extension_format, is_html, sniff_binary
from annotator.ingest.text_reader import read_text
from annotator.storage.text_files import read_limited

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files above this size are refused (``too_large``); read at call time so tests can lower it."""

_HTML_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-z0-9_.:-]+)", re.IGNORECASE)
_WESTERN_LABELS = frozenset({"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252",
                             "iso-8859-9", "latin5", "windows-1254", "cp1254", "us-ascii",
                             "ascii", "iso-8859-15"})
_NOT_TEXT = frozenset({"binary", "invalid_bytes", "unknown_encoding"})  # decode_text's kinds


def _too_large(path: Path | str, size: int) -> IngestError:
    # rounded up, so that a file just over the limit never reads as "50.0 MB; files over 50 MB"
    return IngestError("too_large", path=path, megabytes=math.ceil(size / 104857.6) / 10,
                       limit=round(MAX_FILE_BYTES / 1048576))


def _os_error(path: Path, error: OSError) -> IngestError:
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return IngestError("not_found", path=path)
    if isinstance(error, PermissionError):
        return IngestError("permission_denied", path=path)
    return IngestError("unreadable", path=path, detail=error.strerror or str(error))


def read_document(path: Path) -> ParsedDocument:
    """Read the file at ``path``; see the module docstring for the errors."""
    name = path.name or str(path)
    try:
        info = path.stat()  # never blocks, unlike opening a named pipe
    except OSError as error:
        raise _os_error(path, error) from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError("is_folder", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise IngestError("special_file", path=path)
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(path, info.st_size)
    try:
        data = read_limited(path, MAX_FILE_BYTES)  # bounded: the file may have grown meanwhile
    except OSError as error:
        raise _os_error(path, error) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path, len(data))
    try:
        return read_bytes(data, name)
    except IngestError as error:
        if error.params.get("path") == name:
            error.params["path"] = path  # name the file as the person gave it
        raise


def _decode_html(data: bytes, name: str) -> str | None:
    """Decode by the page's own ``<meta charset>`` when it names a non-Western code page."""
    match = _HTML_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").lower()
    if label in _WESTERN_LABELS or label.startswith(("utf", "unicode")):
        return None  # our detector reads these better than the (often wrong) declaration
    try:
        return data.decode(label)
    except (LookupError, UnicodeDecodeError):
        return None


def _read_raw(data: bytes, name: str) -> RawDocument:
    claimed = extension_format(name)
    found = sniff_binary(data, name)
    if found is Format.PDF:
        try:
            from annotator.ingest.pdf_reader import read_pdf
        except ImportError:
            raise IngestError("pdf_support_missing", path=name) from None
        return read_pdf(data, name)
    if found is Format.DOCX:
        try:
            from annotator.ingest.docx_reader import read_docx
        except ImportError:
            raise IngestError("docx_support_missing", path=name) from None
        return read_docx(data, name)
    try:
        text = _decode_html(data, name) or decode_text(data, name)[0]
    except IngestError as error:
        if claimed in (Format.PDF, Format.DOCX) and error.kind in _NOT_TEXT:
            kind = "not_pdf" if claimed is Format.PDF else "not_docx"
            raise IngestError(kind, path=name) from None
        raise
    if not text.strip():
        raise IngestError("only_whitespace", path=name)
    if is_html(text, name):
        from annotator.ingest.html_reader import read_html  # BeautifulSoup: only for HTML

        return read_html(text, TextBudget(name))  # markup is not text: counted as it is read
    check_text_length(len(text), name)
    return read_text(text)


def read_bytes(data: bytes, name: str) -> ParsedDocument:
    """Import a document held in memory; ``name`` is its file name (used for the extension,
    messages, ``source_name`` and the fallback title)."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    if not data:
        raise IngestError("empty", path=name)
    try:
        return assemble(_read_raw(data, name), data, name)
    except IngestError:
        raise
    except RecursionError:
        raise IngestError("too_deep", path=name) from None
    except Exception:  # a parser bug or an input no check foresaw: refuse, never half-import
        raise IngestError("damaged", path=name) from None
