"""Domain dataclasses shared by every layer.

Storage functions return these, importers produce them and the GUI and CLI display them. Offsets
are Python ``str`` indices (code points), end-exclusive; block and sentence spans are relative to
the document text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockRole(StrEnum):
    """The structural role of a block of a document (DESIGN.md §4)."""

    TITLE = "title"
    BYLINE = "byline"
    BODY = "body"
    FOOTNOTE = "footnote"
    REFERENCE = "reference"
    BIO = "bio"
    CITATION = "citation"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"

    @property
    def annotatable(self) -> bool:
        """True for the roles sent to MT and shown for annotation by default."""
        return self in (BlockRole.TITLE, BlockRole.BODY)


class TargetStatus(StrEnum):
    """Where the English of one sentence stands in the translation workflow."""

    UNTRANSLATED = "untranslated"
    MT = "mt"
    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"


class Provenance(StrEnum):
    """Where an annotation came from."""

    MANUAL = "manual"
    SUGGESTED = "suggested"
    PROJECTED = "projected"
    IMPORTED = "imported"


class AnnotationStatus(StrEnum):
    """Whether an annotation has been accepted by a person."""

    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Side(StrEnum):
    """Which text of a sentence pair a span lies in."""

    TR = "tr"
    EN = "en"


@dataclass(frozen=True)
class BlockSpan:
    """A structural block found by an importer, before it is stored."""

    role: BlockRole
    start: int
    end: int
    paragraph: int = 0
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedDocument:
    """What an importer hands to storage: normalised text, metadata and blocks."""

    text: str
    title: str
    blocks: tuple[BlockSpan, ...]
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "tr"
    source_name: str | None = None
    source_sha256: str | None = None


@dataclass(frozen=True)
class Document:
    """A stored document. Its text never changes after import."""

    id: str
    title: str
    text: str
    author: str | None
    publisher: str | None
    url: str | None
    published: str | None
    language: str
    source_name: str | None
    source_sha256: str | None
    imported_at: str


@dataclass(frozen=True)
class DocumentSummary:
    """A row of the document list: counts for progress display.

    ``sentences`` counts every part; ``translatable`` only the parts meant to be translated (the
    project's translatable roles, title and body by default). ``translated`` (translated or
    reviewed), ``reviewed`` and ``annotated`` (an accepted mention or event) count translatable
    sentences only, so progress reaches 100 % when every translatable sentence is done.
    """

    id: str
    title: str
    sentences: int
    translated: int
    reviewed: int
    annotated: int
    imported_at: str
    translatable: int

    def percent(self, count: int) -> float:
        """``count`` as a percentage of this document's translatable sentences (0 when there
        are none)."""
        return 100.0 * count / self.translatable if self.translatable else 0.0

    @classmethod
    def of(cls, header: DocumentHeader, progress: DocumentProgress) -> DocumentSummary:
        """The summary of a document from its header and its progress figures."""
        return cls(id=header.id, title=header.title, sentences=progress.sentences,
                   translated=progress.translated, reviewed=progress.reviewed,
                   annotated=progress.annotated, imported_at=header.imported_at,
                   translatable=progress.translatable)


@dataclass(frozen=True)
class DocumentHeader:
    """What the document list sorts and filters on, cheap to read for every document."""

    id: str
    title: str
    author: str | None
    published: str | None
    imported_at: str

    @property
    def date(self) -> str:
        """The publication date, else the day of import (ISO, possibly partial: ``2023-12``)."""
        return self.published or self.imported_at[:10]


@dataclass(frozen=True)
class DocumentProgress:
    """A document's progress figures, counted as :class:`DocumentSummary` counts them."""

    sentences: int = 0
    translatable: int = 0
    translated: int = 0
    reviewed: int = 0
    annotated: int = 0

    def percent(self, count: int) -> float:
        """``count`` as a percentage of the translatable sentences (0 when there are none)."""
        return 100.0 * count / self.translatable if self.translatable else 0.0


@dataclass(frozen=True)
class Block:
    """A stored structural block of a document."""

    id: int
    document_id: str
    order: int
    role: BlockRole
    start: int
    end: int
    paragraph: int
    attrs: dict[str, str]


@dataclass(frozen=True)
class Sentence:
    """A stored sentence: a span of its document's text, with its block role."""

    id: int
    document_id: str
    block_id: int
    order: int
    start: int
    end: int
    text: str
    role: BlockRole


@dataclass(frozen=True)
class Target:
    """The translator's current English for one sentence."""

    sentence_id: int
    text: str
    status: TargetStatus
    translator: str | None
    updated: str | None
    seconds: float


@dataclass(frozen=True)
class Segment:
    """A row of the translation grid: a sentence, its current English and its MT."""

    sentence: Sentence
    target: Target
    mt: str | None = None
    mt_engine: str | None = None
    mt_error: str | None = None
