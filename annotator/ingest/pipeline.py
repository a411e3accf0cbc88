"""Import pipeline: read a file, split its blocks into sentences and store it in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from annotator.core.models import Document, ParsedDocument
from annotator.core.segmentation import split_sentences
from annotator.core.turkish import search_key
from annotator.ingest.readers import read_document
from annotator.storage.documents import document_id_for, insert_document


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


@dataclass(frozen=True)
class ReadFile:
    """A file read and split, not yet stored: what a worker process hands the writer."""

    parsed: ParsedDocument
    spans: list[tuple[int, int, int]]
    search_keys: list[str]  # each sentence's folded text (computed by the reader, not the writer)

    @property
    def document_id(self) -> str:
        """The id the document has (or will have) in any project."""
        return document_id_for(self.parsed.text)


def read_file(path: Path) -> ReadFile:
    """Read and segment one file (no project needed). Raises ``IngestError`` on bad input."""
    parsed = read_document(path)
    spans = sentence_spans(parsed)
    return ReadFile(parsed, spans, [search_key(parsed.text[start:end]) for _, start, end in spans])


def store_file(db: Database, read: ReadFile) -> ImportResult:
    """Store a read file in one transaction; a text already in the project is left as it is.

    Whether the text is already in the project is asked inside the write transaction (a
    project's ``atomic()`` takes the write lock when it begins): two programs importing the same
    file at once then store it once, and the second finds it there, as a later import would.
    """
    with db.atomic():
        document, is_new = insert_document(db, read.parsed, read.spans, read.search_keys)
    return ImportResult(document, is_new, len(read.spans))


def import_file(db: Database, path: Path) -> ImportResult:
    """Read, segment and store one file. Raises ``IngestError`` and changes nothing on bad input."""
    return store_file(db, read_file(path))
