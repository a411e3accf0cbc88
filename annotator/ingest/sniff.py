"""Which reader a file needs, decided by its content first and its extension second.

Magic bytes decide: ``%PDF-`` near the start is a PDF, a ZIP holding ``word/document.xml`` is a
Word document, and known formats we do not read (legacy ``.doc``, OpenDocument, RTF, images,
archives) are refused with a kind naming them (``legacy_office``, ``image`` ...). Everything else
is text, and decoded text that opens with ``<!doctype html`` or ``<html`` (or an ``.html`` file
with HTML tags) is HTML. When the content contradicts the extension the content wins; a ``.pdf``
or ``.docx`` whose content is neither that format nor text is refused as ``not_pdf`` or
``not_docx``.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from enum import StrEnum
from pathlib import PurePath

from annotator.ingest.errors import IngestError


class Format(StrEnum):
    """The readers we have."""

    TEXT = "text"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"


EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT, ".text": Format.TEXT, ".md": Format.TEXT, ".markdown": Format.TEXT,
    ".html": Format.HTML, ".htm": Format.HTML, ".xhtml": Format.HTML,
    ".docx": Format.DOCX, ".pdf": Format.PDF,
}

_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str, dict[str, str]], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy_office", {}),
    (b"{\\rtf", "rtf", {}),
    (b"\x89PNG\r\n\x1a\n", "image", {"format": "PNG"}),
    (b"\xff\xd8\xff", "image", {"format": "JPEG"}),
    (b"GIF87a", "image", {"format": "GIF"}),
    (b"GIF89a", "image", {"format": "GIF"}),
    (b"II*\x00", "image", {"format": "TIFF"}),
    (b"MM\x00*", "image", {"format": "TIFF"}),
    (b"\x1f\x8b", "archive", {"format": "gzip"}),
    (b"7z\xbc\xaf\x27\x1c", "archive", {"format": "7-Zip"}),
    (b"Rar!\x1a\x07", "archive", {"format": "RAR"}),
    (b"%!PS", "postscript", {}),
)
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html)",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<(?:p|div|body|h[1-6]|article|br|span|li|table)\b", re.IGNORECASE)


def extension_format(name: str) -> Format | None:
    """The format the file name's extension promises, if it is one we read."""
    return EXTENSIONS.get(PurePath(name).suffix.lower())


def _zip_format(data: bytes, name: str, claimed: Format | None) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, ValueError, EOFError,
            NotImplementedError, KeyError, RuntimeError):
        kind = "docx_damaged" if claimed is Format.DOCX else "zip_damaged"
        raise IngestError(kind, path=name) from None
    if "word/document.xml" in names:
        return Format.DOCX
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise IngestError("opendocument", path=name)
    if claimed is Format.DOCX:
        raise IngestError("docx_no_document", path=name)
    raise IngestError("archive", path=name, format="ZIP")


def sniff_binary(data: bytes, name: str) -> Format | None:
    """PDF or DOCX by magic bytes; ``None`` when the bytes may be text. Raises for other formats."""
    claimed = extension_format(name)
    if b"%PDF-" in data[:1024]:
        return Format.PDF
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_format(data, name, claimed)
    for magic, kind, params in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            raise IngestError(kind, path=name, **params)
    return None


def is_html(text: str, name: str) -> bool:
    """True when decoded text is an HTML page (by its opening, or by tags in an .html file)."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return extension_format(name) is Format.HTML and bool(_HTML_TAG.search(head))
