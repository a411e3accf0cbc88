"""Import pipeline: read a file, split its blocks into sentences and store it in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from annotator.core.models import Document, ParsedDocument
from annotator.core.segmentation import split_sentences
from annotator.ingest.readers import read_document
from annotator.storage.documents import insert_document


@dataclass(frozen=True)
class ImportResult:
    """One imported file: the stored document and whether it was new to the project."""

    document: Document
    is_new: bool
    sentences: int


def sentence_spans(parsed: ParsedDocument) -> list[tuple[int, int, int]]:
    """Split every block of ``parsed`` into sentences: (block index, start, end) in the text."""
    spans: list[tuple[int, int, int]] = []
    for index, block in enumerate(parsed.blocks):
        for start, end in split_sentences(parsed.text[block.start:block.end]):
            spans.append((index, block.start + start, block.start + end))
    return spans


def import_file(db: Database, path: Path) -> ImportResult:
    """Read, segment and store one file. Raises ``IngestError`` and changes nothing on bad input.

    Whether the text is already in the project is asked inside the write transaction (a
    project's ``atomic()`` takes the write lock when it begins): two programs importing the same
    file at once then store it once, and the second finds it there, as a later import would.
    """
    parsed = read_document(path)
    spans = sentence_spans(parsed)
    with db.atomic():
        document, is_new = insert_document(db, parsed, spans)
    return ImportResult(document, is_new, len(spans))
