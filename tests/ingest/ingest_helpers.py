"""Helpers for the importer tests: the seed commentary in every format we read.

The DOCX and HTML versions are built here from the seed's Markdown with a few regular expressions
of their own (independent of the code under test); the PDF is committed
(``tests/data/ingest/seed.pdf``, made by ``tests/data/ingest/make_fixtures.py``).
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx

from annotator.core.models import ParsedDocument

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_fbde54b755dce6f1.txt"
DATA = REPO / "tests" / "data" / "ingest"


def seed_chunks() -> list[str]:
    """The seed's blank-line-separated paragraphs, Markdown still in."""
    return [c.strip() for c in SEED.read_text(encoding="utf-8").split("\n\n") if c.strip()]


def plain(text: str) -> str:
    """The seed's Markdown removed: autolinks, emphasis, escapes."""
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = text.replace("\\*", "\x00")
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"\*(.+?)\*", r"\1", text)
    return text.replace("\x00", "*").strip()


def is_bold_line(chunk: str) -> bool:
    return chunk.startswith("**") and chunk.endswith("**") and "**" not in chunk[2:-2]


def make_docx() -> bytes:
    """The seed as a Word document: Heading 2 title, bold bylines, plain paragraphs."""
    document = docx.Document()
    document.core_properties.author = "user"  # junk authors are ignored
    for chunk in seed_chunks():
        if chunk.startswith("## "):
            document.add_paragraph(plain(chunk[3:]), style="Heading 2")
        elif is_bold_line(chunk):
            document.add_paragraph().add_run(plain(chunk)).bold = True
        else:
            document.add_paragraph(plain(chunk))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_html() -> str:
    """The seed as a web page with navigation, scripts, <sup> markers and a footnote list."""
    parts = ["<!DOCTYPE html><html lang='tr'><head><meta charset='utf-8'>",
             "<title>ABD-AZERBAYCAN İLİŞKİLERİNDE İYİLEŞME VE İŞBİRLİĞİ SİNYALLERİ | AVİM</title>",
             "<meta property='og:site_name' content='AVİM'>",
             "<style>p { color: red }</style><script>var x = 'Gizli metin';</script></head><body>",
             "<nav><ul><li>Ana Sayfa</li><li>Yorumlar</li></ul></nav>"]
    notes: list[str] = []
    for chunk in seed_chunks():
        text = html.escape(plain(chunk), quote=False)
        if chunk.startswith("## "):
            parts.append(f"<h2><strong>{html.escape(plain(chunk[3:]))}</strong></h2>")
        elif is_bold_line(chunk):
            parts.append(f"<p><strong>{text}</strong></p>")
        elif note := re.match(r"\[(\d+)\] (.*)", plain(chunk)):
            notes.append(f"<li id='fn{note[1]}'>{html.escape(note[2], quote=False)}</li>")
            continue
        else:
            if notes:
                parts.append("<ol class='footnotes'>" + "".join(notes) + "</ol>")
                notes = []
            text = re.sub(r"\[(\d+)\]", r"<sup>\1</sup>", text)
            parts.append(f"<p>{text}</p>")
    parts.append("<script>document.write('x')</script></body></html>")
    return "\n".join(parts)


def roles(doc: ParsedDocument) -> list[str]:
    return [block.role.value for block in doc.blocks]


def block_texts(doc: ParsedDocument) -> list[str]:
    return [doc.text[block.start:block.end] for block in doc.blocks]


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footnotes+xml"/></Types>')
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/footnotes" Target="footnotes.xml"/></Relationships>')


def minimal_docx(body: str, footnotes: str = "") -> bytes:
    """A hand-made .docx (what Word writes, minus styles) with ``body`` paragraphs' XML and
    ``footnotes`` (``<w:footnote>`` elements, separators added)."""
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')
    notes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             f'<w:footnotes xmlns:w="{W_NS}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
             f'<w:continuationSeparator/></w:r></w:p></w:footnote>{footnotes}</w:footnotes>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS)
        archive.writestr("word/footnotes.xml", notes)
    return buffer.getvalue()


Line = tuple[float, float, float, str]


def simple_pdf(pages: Sequence[Sequence[Line]], bold_size: float = 0) -> bytes:
    """A hand-made PDF: each page a list of (x, y, font size, text) lines in Helvetica
    (WinAnsi, so Latin-1 letters only); lines of ``bold_size`` use Helvetica-Bold."""
    objects: list[bytes] = []
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                   b"/Encoding /WinAnsiEncoding >>")
    for index, lines in enumerate(pages):
        ops = []
        for x, y, size, text in lines:
            font = "F2" if size == bold_size else "F1"
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /{font} {size} Tf {x} {y} Td ({escaped}) Tj ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                       f"<< /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * index} 0 R >>"
                       .encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
