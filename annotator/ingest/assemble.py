"""What every reader returns (:class:`RawDocument`) and how it becomes a ``ParsedDocument``.

Readers only extract paragraphs with hints and optional metadata hints; structure detection,
metadata and hashing are the same for every format and happen here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePath

from annotator.core.models import ParsedDocument
from annotator.core.structure import Paragraph, structure_paragraphs
from annotator.ingest.errors import IngestError
from annotator.ingest.limits import check_text_length
from annotator.ingest.metadata import extract_metadata


@dataclass(frozen=True)
class RawDocument:
    """A reader's output: paragraphs in reading order and metadata hints.

    ``hints`` keys: ``title``, ``author``, ``publisher``, ``url``, ``published`` (ISO date).
    """

    paragraphs: list[Paragraph]
    hints: dict[str, str] = field(default_factory=dict)


def assemble(raw: RawDocument, data: bytes, name: str) -> ParsedDocument:
    """Structure ``raw`` and add metadata, the file name and the sha256 of ``data``."""
    # Readers refuse too much text while they extract it; this holds for any reader.
    check_text_length(sum(len(paragraph.text) for paragraph in raw.paragraphs), name)
    structured = structure_paragraphs(raw.paragraphs)
    if not structured.text.strip():
        raise IngestError("no_text", path=name)
    meta = extract_metadata(structured, raw.hints, PurePath(name).stem or name)
    return ParsedDocument(
        text=structured.text,
        title=meta.title,
        blocks=structured.blocks,
        author=meta.author,
        publisher=meta.publisher,
        url=meta.url,
        published=meta.published,
        source_name=name,
        source_sha256=hashlib.sha256(data).hexdigest(),
    )
