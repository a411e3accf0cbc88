"""The translated article as a Word document, written with python-docx.

The title has Word's Title style, the byline and publication data the Subtitle style, paragraphs
the Normal style (captions Caption, citations italic, later title blocks Heading 2). Footnote
markers are superscript internal links to a bookmark on their note; the notes follow under a
"Notes" heading (Heading 1), numbered as in the source, their URLs external hyperlinks. Untranslated
sentences keep their ``[TR]`` marker and are highlighted. python-docx has no hyperlink API, so
links are built as ``w:hyperlink`` elements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import IO

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from annotator.core.models import BlockRole
from annotator.exchange.article_model import Article, Span, SpanKind
from annotator.exchange.article_text import NOTES_HEADING, SOURCE_LABEL

LINK_COLOUR = "0563C1"
# Characters XML 1.0 cannot carry at all; lxml refuses them, so they become U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def bookmark_name(number: str) -> str:
    """The bookmark on note ``number`` (Word names: a letter first, letters, digits, _)."""
    return f"note_{number}"


def write_docx(article: Article, handle: IO[bytes]) -> None:
    """Write ``article`` as .docx to the binary ``handle``."""
    document = docx.Document()
    document.core_properties.title = _clean(article.title_text)
    document.core_properties.language = "en"
    title = document.add_paragraph(style="Title")
    _add_spans(title, article.title)
    if article.byline or article.source_url:
        subtitle = document.add_paragraph(style="Subtitle")
        for number, line in enumerate(article.byline):
            if number:
                subtitle.add_run().add_break()
            subtitle.add_run(_clean(line))
        if article.source_url:
            if article.byline:
                subtitle.add_run().add_break()
            subtitle.add_run(SOURCE_LABEL + " ")
            _add_link(subtitle, article.source_url, url=article.source_url)
    for paragraph in article.paragraphs:
        if paragraph.heading_level:
            target = document.add_heading(level=paragraph.heading_level)
        elif paragraph.role is BlockRole.CAPTION:
            target = document.add_paragraph(style="Caption")
        else:
            target = document.add_paragraph()
        _add_spans(target, paragraph.spans, italic=paragraph.role is BlockRole.CITATION)
    if article.notes:
        document.add_heading(NOTES_HEADING, level=1)
        for bookmark_id, note in enumerate(article.notes, start=1):
            target = document.add_paragraph()
            _add_bookmark(target, bookmark_id, bookmark_name(note.number), f"{note.number}. ")
            _add_spans(target, note.spans)
    document.save(handle)


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _add_spans(paragraph: DocxParagraph, spans: Iterable[Span], italic: bool = False) -> None:
    for span in spans:
        if span.kind is SpanKind.NOTE:
            _add_link(paragraph, span.text, anchor=bookmark_name(span.target), superscript=True)
        elif span.kind is SpanKind.LINK:
            _add_link(paragraph, span.text, url=span.target)
        else:
            run = paragraph.add_run(_clean(span.text))
            run.italic = italic or None
            if span.kind is SpanKind.TURKISH:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _add_link(paragraph: DocxParagraph, text: str, *, url: str | None = None,
              anchor: str | None = None, superscript: bool = False) -> None:
    """Append a hyperlink run: external (``url``) or to a bookmark (``anchor``)."""
    link = OxmlElement("w:hyperlink")
    if url is not None:
        link.set(qn("r:id"), paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK,
                                                      is_external=True))
    elif anchor is not None:
        link.set(qn("w:anchor"), anchor)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), LINK_COLOUR)
    properties.append(colour)
    if url is not None:
        underline = OxmlElement("w:u")
        underline.set(qn("w:val"), "single")
        properties.append(underline)
    if superscript:
        align = OxmlElement("w:vertAlign")
        align.set(qn("w:val"), "superscript")
        properties.append(align)
    run.append(properties)
    content = OxmlElement("w:t")
    content.text = _clean(text)
    content.set(qn("xml:space"), "preserve")
    run.append(content)
    link.append(run)
    paragraph._p.append(link)


def _add_bookmark(paragraph: DocxParagraph, bookmark_id: int, name: str, text: str) -> None:
    """Append ``text`` as a run inside a bookmark called ``name``."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    paragraph._p.append(start)
    paragraph.add_run(text)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    paragraph._p.append(end)
