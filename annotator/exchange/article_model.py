"""The translated article as a deliverable: one document's English, with its structure.

:func:`build_article` reads a document's blocks and sentences and makes an :class:`Article`: the
title, the byline and publication data, the paragraphs in source order and the footnotes as
numbered notes. A block's English is its sentences' English joined with spaces. A sentence counts
as translated when its target has text and a status other than ``untranslated``; any other
sentence falls back to its Turkish, prefixed with :data:`FALLBACK_MARKER` and counted.
Footnote markers ``[n]`` in the text become links to note ``n`` when the document has that note
(a marker of the Turkish that the English lacks is put back at the end of the sentence); a note's
URL (found at import) becomes a link. The writers (``article_text``, ``article_docx``)
only lay the model out; none of them lets markup from the document render.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from annotator.core.models import Block, BlockRole, Document, Segment, TargetStatus
from annotator.storage.documents import get_blocks, get_document
from annotator.storage.segments import get_segments

FALLBACK_MARKER = "[TR]"
_MARKER = re.compile(r"\[(\d{1,4})\]")
_LEADING_NOTE_NUMBER = re.compile(r"^\s*\[(\d{1,4})\]\s*")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
# Roles left out of the article: the publisher's contact footer is not part of the text.
_LEFT_OUT = frozenset({BlockRole.BOILERPLATE})
_NOTE_ROLES = frozenset({BlockRole.FOOTNOTE})
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # not strftime: it follows the locale


class SpanKind(StrEnum):
    """What a piece of a paragraph is."""

    TEXT = "text"          # English
    TURKISH = "turkish"    # an untranslated sentence's Turkish, marker included
    NOTE = "note"          # a footnote marker; ``target`` is the note number
    LINK = "link"          # a URL; ``target`` is the address (http or https only)


@dataclass(frozen=True)
class Span:
    """A run of a paragraph's text; ``target`` is the note number or URL of markers and links."""

    text: str
    kind: SpanKind = SpanKind.TEXT
    target: str = ""


@dataclass(frozen=True)
class Paragraph:
    """One block of the article, in source order, with its role."""

    role: BlockRole
    spans: tuple[Span, ...]
    heading_level: int = 0  # >0: a section heading (title blocks after the first)

    @property
    def text(self) -> str:
        """The plain text of the paragraph."""
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Note:
    """A footnote: its number, its text (the leading ``[n]`` removed) and its URL if any."""

    number: str
    spans: tuple[Span, ...]
    url: str | None

    @property
    def text(self) -> str:
        """The plain text of the note."""
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Article:
    """A document laid out for reading in English."""

    document_id: str
    title: tuple[Span, ...]
    byline: tuple[str, ...]          # lines of author, publisher and date, source address
    source_url: str | None
    paragraphs: tuple[Paragraph, ...]
    notes: tuple[Note, ...]

    @property
    def title_text(self) -> str:
        """The plain text of the title."""
        return "".join(span.text for span in self.title)


@dataclass
class ArticleReport:
    """What an article export wrote."""

    format: str
    path: Path
    document: str
    paragraphs: int = 0
    notes: int = 0
    sentences: int = 0
    untranslated: int = 0

    def summary(self) -> str:
        """One line for people, naming how many sentences fell back to the Turkish."""
        return (f"{self.format}: article {self.document}: {self.paragraphs} paragraphs, "
                f"{self.notes} notes, {self.sentences} sentences to {self.path}; "
                f"{self.untranslated} untranslated sentences kept in Turkish "
                f"(marked {FALLBACK_MARKER})")


@dataclass
class _Counter:
    sentences: int = 0
    untranslated: int = 0
    notes: set[str] = field(default_factory=set)


def is_translated(segment: Segment) -> bool:
    """True when the sentence's English is used (non-empty text, not ``untranslated``)."""
    target = segment.target
    return bool(target.text.strip()) and target.status is not TargetStatus.UNTRANSLATED


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address, else None (never ``javascript:`` etc.)."""
    if url and _SAFE_URL.match(url.strip()):
        return url.strip()
    return None


def build_article(db: Database, doc_id: str) -> tuple[Article, ArticleReport]:
    """Read document ``doc_id`` (an id; call inside a snapshot) and lay it out."""
    document = get_document(db, doc_id)
    blocks = [b for b in get_blocks(db, doc_id) if b.role not in _LEFT_OUT]
    by_block: dict[int, list[Segment]] = {}
    for segment in get_segments(db, doc_id):
        by_block.setdefault(segment.sentence.block_id, []).append(segment)
    notes_by_number = {b.attrs["number"]: b for b in blocks
                       if b.role in _NOTE_ROLES and b.attrs.get("number")}
    counter = _Counter()
    title: tuple[Span, ...] = ()
    paragraphs: list[Paragraph] = []
    notes: list[Note] = []
    has_author = bool(document.author)
    for block in blocks:
        segments = by_block.get(block.id, [])
        if not segments or (block.role is BlockRole.BYLINE and has_author):
            continue
        if block.role in _NOTE_ROLES:
            notes.append(_note(block, segments, counter, len(notes) + 1))
            continue
        spans = _block_spans(segments, counter, notes_by_number)
        if block.role is BlockRole.TITLE and not title:
            title = spans
        elif block.role is BlockRole.TITLE:
            paragraphs.append(Paragraph(block.role, spans, heading_level=2))
        else:
            paragraphs.append(Paragraph(block.role, spans))
    if not title:
        title = (Span(document.title),)
    article = Article(document.id, title, _byline(document), safe_url(document.url),
                      tuple(paragraphs), tuple(notes))
    report = ArticleReport("", Path(), document.id, paragraphs=len(paragraphs),
                           notes=len(notes), sentences=counter.sentences,
                           untranslated=counter.untranslated)
    return article, report


def _sentence_text(segment: Segment, counter: _Counter,
                   notes: dict[str, Block] | None = None) -> tuple[str, SpanKind]:
    counter.sentences += 1
    if is_translated(segment):
        english = " ".join(segment.target.text.split())
        # A translator or an engine may drop a marker; the note must stay reachable.
        for number in _MARKER.findall(segment.sentence.text):
            if notes and number in notes and f"[{number}]" not in english:
                english += f"[{number}]"
        return english, SpanKind.TEXT
    counter.untranslated += 1
    return f"{FALLBACK_MARKER} {' '.join(segment.sentence.text.split())}", SpanKind.TURKISH


def _block_spans(segments: list[Segment], counter: _Counter,
                 notes: dict[str, Block]) -> tuple[Span, ...]:
    spans: list[Span] = []
    for number, segment in enumerate(segments):
        text, kind = _sentence_text(segment, counter, notes)
        if number:
            spans.append(Span(" ", SpanKind.TEXT))
        spans.extend(_with_markers(text, kind, notes))
    return tuple(spans)


def _with_markers(text: str, kind: SpanKind, notes: dict[str, Block]) -> list[Span]:
    """Split ``text`` at the footnote markers ``[n]`` of notes the document has."""
    spans: list[Span] = []
    position = 0
    for match in _MARKER.finditer(text):
        if match.group(1) not in notes:
            continue
        if match.start() > position:
            spans.append(Span(text[position:match.start()], kind))
        spans.append(Span(match.group(0), SpanKind.NOTE, match.group(1)))
        position = match.end()
    if position < len(text):
        spans.append(Span(text[position:], kind))
    return spans


def _note(block: Block, segments: list[Segment], counter: _Counter, ordinal: int) -> Note:
    number = block.attrs.get("number") or str(ordinal)
    parts = [_sentence_text(segment, counter) for segment in segments]
    url = safe_url(block.attrs.get("url"))
    spans: list[Span] = []
    for index, (text, kind) in enumerate(parts):
        if index == 0:
            prefix = FALLBACK_MARKER + " " if kind is SpanKind.TURKISH else ""
            text = prefix + _LEADING_NOTE_NUMBER.sub("", text[len(prefix):], count=1)
        else:
            spans.append(Span(" ", SpanKind.TEXT))
        spans.extend(_with_link(text, kind, url))
    if url and not any(span.kind is SpanKind.LINK for span in spans):
        spans.extend((Span(" ", SpanKind.TEXT), Span(url, SpanKind.LINK, url)))
    return Note(number, tuple(spans), url)


def _with_link(text: str, kind: SpanKind, url: str | None) -> list[Span]:
    if not url or url not in text:
        return [Span(text, kind)] if text else []
    start = text.index(url)
    spans = [Span(text[:start], kind)] if start else []
    spans.append(Span(url, SpanKind.LINK, url))
    if text[start + len(url):]:
        spans.append(Span(text[start + len(url):], kind))
    return spans


def _byline(document: Document) -> tuple[str, ...]:
    lines = []
    if document.author:
        lines.append(f"By {document.author}")
    published = _english_date(document.published) if document.published else ""
    publication = ", ".join(part for part in (document.publisher or "", published) if part)
    if publication:
        lines.append(publication)
    return tuple(lines)


def _english_date(text: str) -> str:
    """``2023-12-13`` → ``13 December 2023``; anything else as it is."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
