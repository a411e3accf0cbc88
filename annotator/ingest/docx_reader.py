"""Word documents (``.docx``): paragraphs and tables in order, heading styles, footnotes.

Before python-docx sees the file, the ZIP is checked (entry count, total and per-entry expanded
size, compression ratio: a zip bomb or a damaged archive is refused) and the XML parts we read
are streamed once through defusedxml, which refuses DTDs and entity declarations (Word never
writes them; billion-laughs files do), counting their text: a document over the text limit
(:mod:`annotator.ingest.limits`) is refused before python-docx parses it. python-docx's own lxml
parser does not resolve entities either.

Paragraph text is read from the run XML so that footnote and endnote references become ``[n]``
markers (numbered in order of first reference, as Word displays them), and the notes themselves are
appended after the body as ``[n] text`` paragraphs, which structure detection makes footnotes.
Style names give hints: ``Title``/``Heading n`` → heading, ``Caption`` → caption, ``List ...`` or
numbering → list item; a paragraph whose runs are all bold is bold-only.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

import docx
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring
from defusedxml.ElementTree import iterparse as safe_iterparse
from docx.document import Document as DocxDocument
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from annotator.core.markdown_text import normalize_paragraph
from annotator.core.structure import Paragraph, is_byline
from annotator.ingest.assemble import RawDocument
from annotator.ingest.errors import IngestError
from annotator.ingest.limits import TextBudget

MAX_ENTRIES = 5000
MAX_EXPANDED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP_ANCESTORS = frozenset({_MC_FALLBACK, f"{_W}txbxContent"})
_NOTE_PARTS = (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote"))


def check_zip(data: bytes, name: str) -> dict[str, bytes]:
    """Validate the archive and return the XML parts we parse ourselves (document, notes)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise IngestError("docx_too_many_parts", path=name, limit=MAX_ENTRIES)
            if sum(info.file_size for info in infos) > MAX_EXPANDED_BYTES:
                raise IngestError("docx_expands_too_much", path=name)
            for info in infos:
                if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(
                        info.compress_size, 1):
                    raise IngestError("docx_compression", path=name)
            wanted = ["word/document.xml"] + [part for part, _ in _NOTE_PARTS]
            names = set(archive.namelist())
            return {part: archive.read(part) for part in wanted if part in names}
    except IngestError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError,
            NotImplementedError, KeyError, RuntimeError):
        raise IngestError("docx_damaged", path=name) from None


def _scan(xml: bytes, budget: TextBudget) -> None:
    """Stream one part, counting its text (``w:t``) and keeping no tree: each element is
    dropped from its parent when it ends, so memory stays flat however large the XML."""
    open_elements: list[Any] = []
    for event, element in safe_iterparse(io.BytesIO(xml), events=("start", "end"),
                                         forbid_dtd=True):
        if event == "start":
            open_elements.append(element)
            continue
        open_elements.pop()
        if element.tag == f"{_W}t":
            budget.spend(element.text)
        if open_elements:
            open_elements[-1].remove(element)


def _check_xml(parts: dict[str, bytes], name: str) -> dict[str, Any]:
    """Refuse DTDs, entities, bad XML and too much text in the parts we read (streamed, before
    python-docx builds its tree); return the note parts as trees."""
    budget = TextBudget(name)
    trees: dict[str, Any] = {}
    for part, xml in parts.items():
        try:
            _scan(xml, budget)
            if part != "word/document.xml":
                trees[part] = safe_fromstring(xml, forbid_dtd=True)
        except IngestError:
            raise
        except DefusedXmlException:
            raise IngestError("docx_entities", path=name, part=part) from None
        except Exception:  # ParseError and friends from a damaged part
            raise IngestError("docx_bad_xml", path=name, part=part) from None
    if "word/document.xml" not in parts:
        raise IngestError("docx_no_document", path=name)
    return trees


class _NoteNumbers:
    """Display numbers of footnotes/endnotes in order of their first reference."""

    def __init__(self) -> None:
        self.numbers: dict[tuple[str, str], int] = {}

    def number(self, kind: str, note_id: str) -> int:
        return self.numbers.setdefault((kind, note_id), len(self.numbers) + 1)


def _runs_text(element: Any, notes: _NoteNumbers | None) -> tuple[list[str], bool]:
    """The text of a paragraph element (lines split at breaks) and whether all of it is bold."""
    lines, bold_flags = [""], []
    for run in element.iter(f"{_W}r"):
        if any(parent.tag in _SKIP_ANCESTORS for parent in run.iterancestors()):
            continue
        props = run.find(f"{_W}rPr")
        bold_el = props.find(f"{_W}b") if props is not None else None
        bold = bold_el is not None and bold_el.get(f"{_W}val") not in ("0", "false")
        for child in run:
            tag = child.tag
            if tag == f"{_W}t":
                lines[-1] += child.text or ""
                if (child.text or "").strip():
                    bold_flags.append(bold)
            elif tag in (f"{_W}tab", f"{_W}noBreakHyphen"):
                lines[-1] += " " if tag == f"{_W}tab" else "-"
            elif tag in (f"{_W}br", f"{_W}cr"):
                lines.append("")
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference") and notes:
                kind = "footnote" if "footnote" in tag else "endnote"
                lines[-1] += f"[{notes.number(kind, child.get(f'{_W}id', ''))}]"
    return lines, bool(bold_flags) and all(bold_flags)


def _style_names(document: DocxDocument) -> dict[str, str]:
    """Style id → lower-case style name, read once (python-docx looks styles up slowly)."""
    try:
        return {style.style_id: (style.name or "").lower() for style in document.styles}
    except (KeyError, ValueError, AttributeError):
        return {}


def _style_hints(paragraph: DocxParagraph, styles: dict[str, str]) -> tuple[int, bool, bool]:
    """(heading level, list item, caption) from the paragraph's style and numbering."""
    p_pr = paragraph._p.pPr
    style_id = p_pr.style if p_pr is not None else None
    low = styles.get(style_id or "", (style_id or "").lower())
    heading = 0
    if low == "title":
        heading = 1
    elif low.startswith("heading") and low[7:].strip().isdigit():
        heading = min(int(low[7:].strip()), 6)
    numbered = p_pr is not None and p_pr.numPr is not None
    return heading, numbered or low.startswith("list"), low == "caption"


class _Reader:
    """Turns the body of one document into paragraphs, numbering note references as it goes."""

    def __init__(self, styles: dict[str, str]) -> None:
        self.styles = styles
        self.notes = _NoteNumbers()

    def paragraphs(self, paragraph: DocxParagraph) -> Iterator[Paragraph]:
        lines, bold = _runs_text(paragraph._p, self.notes)
        heading, list_item, caption = _style_hints(paragraph, self.styles)
        for line in lines:
            if text := normalize_paragraph(line):
                yield Paragraph(text, heading=heading, bold=bold, list_item=list_item,
                                caption=caption)

    def table(self, table: Table) -> Iterator[Paragraph]:
        """Cell by cell, row by row; a merged cell is one ``w:tc`` element, so it is read once."""
        for row in table._tbl.tr_lst:
            for tc in row.tc_lst:
                yield from self.items(_Cell(tc, table).iter_inner_content())

    def items(self, items: Iterator[DocxParagraph | Table]) -> Iterator[Paragraph]:
        for item in items:
            if isinstance(item, Table):
                yield from self.table(item)
            else:
                yield from self.paragraphs(item)


def _notes(trees: dict[str, Any], notes: _NoteNumbers) -> list[Paragraph]:
    """``[n] text`` paragraphs for the referenced footnotes and endnotes, in number order."""
    texts: dict[tuple[str, str], str] = {}
    for part, kind in _NOTE_PARTS:
        root = trees.get(part)
        if root is None:
            continue
        for note in root.iter(f"{_W}{kind}"):
            if note.get(f"{_W}type") not in (None, "normal"):
                continue
            lines = []
            for para in note.iter(f"{_W}p"):
                chunks = [t.text or "" for t in para.iter(f"{_W}t")]
                lines.append("".join(chunks))
            texts[(kind, note.get(f"{_W}id", ""))] = normalize_paragraph(" ".join(lines))
    out = []
    for key, number in sorted(notes.numbers.items(), key=lambda item: item[1]):
        if text := texts.get(key):
            out.append(Paragraph(f"[{number}] {text}"))
    return out


def _core_hints(document: DocxDocument) -> dict[str, str]:
    hints: dict[str, str] = {}
    props = document.core_properties
    if props.title and props.title.strip():
        hints["title"] = normalize_paragraph(props.title)
    if props.author and is_byline(normalize_paragraph(props.author)):
        hints["author"] = normalize_paragraph(props.author)
    return hints


def read_docx(data: bytes, name: str) -> RawDocument:
    """Paragraphs and hints of a Word document; raises ``IngestError`` (``docx_...`` kinds)."""
    trees = _check_xml(check_zip(data, name), name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises KeyError, ValueError, lxml errors, PackageNotFound...
        raise IngestError("docx_unreadable", path=name) from None
    reader = _Reader(_style_names(document))
    paragraphs = list(reader.items(document.iter_inner_content()))
    paragraphs.extend(_notes(trees, reader.notes))
    return RawDocument(paragraphs, _core_hints(document))
