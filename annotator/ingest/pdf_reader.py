"""PDF text layers (pypdf): lines with their position and font size, regrouped into paragraphs.

pypdf's ``extract_text`` gives lines but no paragraphs, so its visitor callback is used to learn
each line's baseline, left edge, font size and whether its font is bold. A new paragraph starts at
a vertical gap clearly larger than the usual line spacing, at an indented first line, or where the
font size or boldness changes; across a page break a paragraph continues when its last line did not
end a sentence. Lines larger than the body size become headings. Running headers and footers (a
line repeated at the top or bottom of most pages, digits ignored) and bare page numbers are dropped.
A line ending in a hyphen between lower-case letters is joined without it. A PDF without a text
layer (a scan) is ``pdf_no_text``; a password-protected one is ``pdf_password``.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from annotator.core.markdown_text import normalize_paragraph
from annotator.core.structure import Paragraph, is_byline
from annotator.ingest.assemble import RawDocument
from annotator.ingest.errors import IngestError
from annotator.ingest.limits import TextBudget

_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:sayfa\s+|page\s+)?\d{1,4}(?:\s*(?:/|of|-)\s*\d{1,4})?"
                          r"(?:\s*-)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:][\"”»')\]]*$")
_NOTE_START = re.compile(r"^\s*\[\d{1,3}\]\s")
_URL_START = re.compile(r"^(?:https?://|www\.)\S+$")


@dataclass
class _Line:
    text: str
    x: float
    y: float
    size: float
    bold: bool
    page: int


def _page_lines(page: Any, number: int) -> list[_Line]:
    lines: list[_Line] = []
    current: list[tuple[str, float, float, float, bool]] = []

    def close() -> None:
        text = "".join(part[0] for part in current)
        placed = [part for part in current if part[0].strip()]
        if text.strip() and placed:
            size = max(part[3] for part in placed)
            lines.append(_Line(text, placed[0][1], placed[0][2], size,
                               all(part[4] for part in placed), number))
        current.clear()

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        base = str(font.get("/BaseFont", "")) if font else ""
        bold = bool(re.search(r"bold|black|heavy|semibold", base, re.IGNORECASE))
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                close()
            if piece:
                current.append((piece, x, y, float(size) * scale, bold))

    page.extract_text(visitor_text=visit)
    close()
    return lines


def _drop_furniture(pages: list[list[_Line]]) -> list[_Line]:
    """Remove running headers/footers and page numbers; flatten the pages."""
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.strip().lower())

    edges: Counter[str] = Counter()
    for lines in pages:
        edges.update({key(line) for line in lines[:1] + lines[-1:] if len(line.text) <= 100})
    repeated = {k for k, count in edges.items() if len(pages) >= 3 and count >= 0.6 * len(pages)}
    out: list[_Line] = []
    for lines in pages:
        for index, line in enumerate(lines):
            outer = index in (0, len(lines) - 1)
            near = index < 2 or index >= len(lines) - 2
            number = near and _PAGE_NUMBER.match(line.text.strip())
            if number or (outer and key(line) in repeated):
                continue
            out.append(line)
    return out


def _join(text: str, line: str) -> str:
    """Append a line: de-hyphenate words, rejoin a URL broken at the line end, else a space."""
    last_word = text.rsplit(" ", 1)[-1]
    first_word = line.split(" ", 1)[0]
    if _URL_START.match(last_word) and (last_word[-1] in "/-_.=?&%#" or re.search(
            r"[/\-_.=?&%]", first_word)):
        return text + line
    if (re.search(r"[a-zçğıöşü]-$", text) and re.match(r"[a-zçğıöşü]", line)
            and "/" not in last_word):
        return text[:-1] + line
    return f"{text} {line}"


def _line_spacing(lines: list[_Line]) -> dict[int, float]:
    """The usual distance between baselines, per (rounded) font size."""
    gaps: dict[int, list[float]] = {}
    for prev, line in itertools.pairwise(lines):
        if prev.page == line.page and abs(prev.size - line.size) < 0.5 and prev.y > line.y:
            gaps.setdefault(round(line.size), []).append(prev.y - line.y)
    # The lower quartile: most gaps are line spacing, the larger ones separate paragraphs.
    return {size: sorted(values)[len(values) // 4] for size, values in gaps.items()}


def _paragraphs(lines: list[_Line]) -> list[Paragraph]:
    if not lines:
        return []
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    body_size = weights.most_common(1)[0][0]
    spacing = _line_spacing(lines)
    left = min(line.x for line in lines)
    heading_sizes = sorted({round(ln.size) for ln in lines if ln.size >= body_size * 1.15},
                           reverse=True)
    out: list[Paragraph] = []
    text, first = "", lines[0]
    prev = lines[0]
    for line in lines:
        if line is not first:
            if line.page != prev.page:
                new = bool(_SENTENCE_END.search(text)) and line.text[:1].isupper()
            else:
                gap = prev.y - line.y
                usual = spacing.get(round(line.size), line.size * 1.2)
                new = (gap > usual * 1.4 or gap < 0 or abs(line.size - prev.size) >= 0.5
                       or line.bold != prev.bold or bool(_NOTE_START.match(line.text))
                       or (line.x > left + 8 and prev.x <= left + 8 and len(text) > 0
                           and bool(_SENTENCE_END.search(text))))
            if new:
                out.append(_make(text, first, heading_sizes))
                text, first = "", line
        text = _join(text, line.text.strip()) if text else line.text.strip()
        prev = line
    out.append(_make(text, first, heading_sizes))
    return [p for p in out if p.text]


def _make(text: str, first: _Line, heading_sizes: list[int]) -> Paragraph:
    size = round(first.size)
    heading = heading_sizes.index(size) + 1 if size in heading_sizes else 0
    return Paragraph(normalize_paragraph(text), heading=min(heading, 6), bold=first.bold)


def _hints(reader: PdfReader) -> dict[str, str]:
    hints: dict[str, str] = {}
    try:
        meta = reader.metadata
    except Exception:  # a broken Info dictionary only costs the hints
        return hints
    if meta is None:
        return hints
    title = normalize_paragraph(str(meta.title or ""))
    if title and not re.search(r"\.(?:docx?|pdf|odt)$|^microsoft word", title, re.IGNORECASE):
        hints["title"] = title
    author = normalize_paragraph(str(meta.author or ""))
    if author and is_byline(author):
        hints["author"] = author
    return hints


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs every repair it makes to a damaged file; our one error message is enough."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def read_pdf(data: bytes, name: str) -> RawDocument:
    """Paragraphs and hints of a PDF's text layer; raises ``IngestError``."""
    with _quiet_pypdf():
        return _read_pdf(data, name)


def _read_pdf(data: bytes, name: str) -> RawDocument:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError("pdf_password", path=name)
        budget = TextBudget(name)
        pages = []
        for number, page in enumerate(reader.pages):
            pages.append(_page_lines(page, number))
            for line in pages[-1]:
                budget.spend(line.text)
    except IngestError:
        raise
    except (DependencyError, FileNotDecryptedError):
        raise IngestError("pdf_encrypted", path=name) from None
    except Exception:  # pypdf raises PdfReadError, ValueError, KeyError, ... on damaged files
        raise IngestError("pdf_damaged", path=name) from None
    paragraphs = _paragraphs(_drop_furniture(pages))
    if not paragraphs:
        raise IngestError("pdf_no_text", path=name)
    return RawDocument(paragraphs, _hints(reader))
