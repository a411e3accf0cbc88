"""The importer's entry points: a file (or bytes) in any supported format → ``ParsedDocument``.

``read_document(path)`` and ``read_bytes(data, name)`` check the size, pick the reader by content
(magic bytes, then HTML sniffing of the decoded text) before extension, run it, and assemble the
normalised text, blocks and metadata. They raise only ``IngestError`` with a kind (``not_found,
empty, binary, too_large, encoding, malformed, unsupported``) and one sentence naming the file;
an unexpected failure inside a third-party parser becomes ``malformed``, never a traceback and
never a partial result. The PDF and Word readers are imported when first needed: their libraries
are heavy, and a missing one makes only those files ``unsupported``.
"""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.models import ParsedDocument
from annotator.ingest.assemble import RawDocument, assemble
from annotator.ingest.encoding import decode_text
from annotator.ingest.errors import IngestError
from annotator.ingest.html_reader import read_html
from annotator.ingest.sniff import Format, extension_format, is_html, sniff_binary
from annotator.ingest.text_reader import read_text
from annotator.storage.text_files import read_limited

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files above this size are refused (``too_large``); read at call time so tests can lower it."""

_HTML_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-z0-9_.:-]+)", re.IGNORECASE)
_WESTERN_LABELS = frozenset({"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252",
                             "iso-8859-9", "latin5", "windows-1254", "cp1254", "us-ascii",
                             "ascii", "iso-8859-15"})


def _too_large(name: str, size: int) -> IngestError:
    return IngestError("too_large", f"{name} is {size / 1048576:.1f} MB; files over "
                                    f"{MAX_FILE_BYTES / 1048576:.0f} MB are not imported.")


def _missing(name: str, what: str, packages: str) -> IngestError:
    return IngestError("unsupported", f"{name} is a {what} file, and reading those needs "
                                      f"{packages}, which are not installed.")


def read_document(path: Path) -> ParsedDocument:
    """Read the file at ``path``; see the module docstring for the errors."""
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise IngestError("not_found", f"{name} is a folder, not a file.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(name, size)
        data = read_limited(path, MAX_FILE_BYTES)  # devices report size 0: read a bounded amount
        if len(data) > MAX_FILE_BYTES:
            raise _too_large(name, len(data))
    except FileNotFoundError:
        raise IngestError("not_found", f"{name} does not exist.") from None
    except PermissionError:
        raise IngestError("not_found", f"{name} cannot be read (permission denied).") from None
    except OSError as exc:
        raise IngestError("not_found", f"{name} cannot be read ({exc.strerror}).") from None
    return read_bytes(data, name)


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
            raise _missing(name, "PDF", "pypdf") from None
        return read_pdf(data, name)
    if found is Format.DOCX:
        try:
            from annotator.ingest.docx_reader import read_docx
        except ImportError:
            raise _missing(name, "Word", "python-docx and defusedxml") from None
        return read_docx(data, name)
    try:
        text = _decode_html(data, name) or decode_text(data, name)[0]
    except IngestError as error:
        if claimed in (Format.PDF, Format.DOCX) and error.kind in ("binary", "encoding"):
            what = "PDF" if claimed is Format.PDF else "Word document"
            raise IngestError("malformed", f"{name} is not a valid {what}.") from None
        raise
    if not text.strip():
        raise IngestError("empty", f"{name} contains only white space.")
    if is_html(text, name):
        return read_html(text)
    return read_text(text)


def read_bytes(data: bytes, name: str) -> ParsedDocument:
    """Import a document held in memory; ``name`` is its file name (used for the extension,
    messages, ``source_name`` and the fallback title)."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    if not data:
        raise IngestError("empty", f"{name} is empty.")
    try:
        return assemble(_read_raw(data, name), data, name)
    except IngestError:
        raise
    except RecursionError:
        raise IngestError("malformed", f"{name} is nested too deeply to be read.") from None
    except Exception:  # a parser bug or an input no check foresaw: refuse, never half-import
        raise IngestError("malformed", f"{name} could not be read; the file may be damaged.") \
            from None
