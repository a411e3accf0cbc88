"""Choosing what an export contains and reading it a batch of documents at a time.

Documents are read in id order (stable across an export → import round trip), in batches of
about :data:`BATCH_SENTENCES` sentences, each batch with one query per table
(:mod:`annotator.storage.export_reads`): its blocks, its sentences with targets and MT, and its
mentions and events; the sentences that pass the filters are handed on one by one. Memory is
bounded by the batch (or the largest document), never by the size of the project.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple, TypeVar

from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import Block, Document, Segment, TargetStatus
from annotator.core.qa_types import QaIssue
from annotator.core.term_match import TermIndex
from annotator.exchange.errors import ExportOptionsError
from annotator.exchange.options import ExportOptions, assign_splits
from annotator.storage.annotations import events_of_documents, mentions_of_documents
from annotator.storage.curation import CURATOR
from annotator.storage.documents import resolve_document
from annotator.storage.errors import AmbiguousDocumentError, DocumentNotFoundError
from annotator.storage.export_reads import (
    DocumentBatch,
    MtOutput,
    SentenceRow,
    batches,
    qa_marks,
    read_batch,
    segment_of,
    sentence_counts,
)
from annotator.storage.qa import build_term_index, human_translations, qa_rows, rows_qa

_Annotation = TypeVar("_Annotation", Mention, Event)
# Sentences read per batch: enough that the few queries of a batch cost nothing per sentence,
# few enough that a batch (its documents' full texts included) stays a few megabytes.
BATCH_SENTENCES = 2000
# Columns of a SentenceRow the filters and the grouping read.
_ID: Final = 0
_BLOCK: Final = 2
_ROLE: Final = 7
_STATUS: Final = 9


@dataclass(frozen=True)
class DocumentData:
    """One document as read for export: its blocks and every one of its sentences (as rows:
    see :data:`annotator.storage.export_reads.SentenceRow`)."""

    document: Document
    blocks: tuple[Block, ...]
    rows: Sequence[SentenceRow]
    split: str | None


class SentenceItem(NamedTuple):
    """A sentence that passed the filters, with its exported annotations (a tuple: one is made
    per exported sentence, and tuples are the cheapest to make)."""

    doc: DocumentData
    row: SentenceRow
    block: Block
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    first: bool  # the first sentence of its document in this export
    qa: tuple[QaIssue, ...] = ()  # QA issues nobody marked "not an error" (if the format asks)
    mt: MtOutput | None = None  # the latest MT: (text, engine)
    mt_error: str | None = None  # the latest MT failure

    @property
    def segment(self) -> Segment:
        """The sentence as the translation grid has it (made on each call: keep it)."""
        return segment_of(self.row, self.mt, self.mt_error)


class Selection:
    """The documents and filters of one export; ``items()`` streams the chosen sentences."""

    def __init__(self, db: Database, options: ExportOptions,
                 default_statuses: Sequence[TargetStatus] | None) -> None:
        self.db = db
        self.options = options
        chosen = self._document_ids()
        # A shard's documents keep the split they have in the export of every document.
        self.splits = assign_splits(chosen, options.split, options.seed)
        self.document_ids = (options.shard.select(chosen) if options.shard is not None
                             else chosen)
        statuses = options.statuses if options.statuses is not None else default_statuses
        self.statuses = frozenset(statuses) if statuses is not None else None
        self.roles = frozenset(options.roles) or None
        self.annotators = (frozenset((CURATOR,)) if options.curated
                           else frozenset(options.annotators) or None)
        self._term_index: TermIndex | None = None
        self._translations: dict[str, list[str]] = {}
        self._counts: dict[str, int] | None = None

    def _document_ids(self) -> list[str]:
        if not self.options.documents:
            return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]
        found = []
        for ref in self.options.documents:
            try:
                found.append(resolve_document(self.db, ref).id)
            except DocumentNotFoundError:
                raise ExportOptionsError("document_not_found", ref=ref) from None
            except AmbiguousDocumentError as error:
                raise ExportOptionsError("document_ambiguous", ref=ref,
                                         ids=error.params.get("ids", "")) from None
        return list(dict.fromkeys(found))

    def total(self) -> int:
        """How many sentences pass the document, role and status filters (for progress)."""
        if self.roles is None and self.statuses is None:  # one pass over an index
            counts = self.sentence_counts()
            return sum(counts.get(doc_id, 0) for doc_id in self.document_ids)
        sql = ("SELECT s.document_id, b.role, coalesce(t.status, 'untranslated'), count(*) "
               "FROM sentences s JOIN blocks b ON b.id = s.block_id "
               "LEFT JOIN targets t ON t.sentence_id = s.id GROUP BY 1, 2, 3")
        wanted = set(self.document_ids)
        return sum(count for doc_id, role, status, count in self.db.execute(sql)
                   if doc_id in wanted and self._passes(role, status))

    def sentence_counts(self) -> dict[str, int]:
        """The number of sentences of every document of the project (read once)."""
        if self._counts is None:
            self._counts = sentence_counts(self.db)
        return self._counts

    def _passes(self, role: str, status: str) -> bool:
        return ((self.roles is None or role in self.roles)
                and (self.statuses is None or status in self.statuses))

    def items(self, annotations: bool = True, qa: bool = False) -> Iterator[SentenceItem]:
        """The sentences that pass the filters, document by document, in reading order; with
        ``qa``, each with its QA issues."""
        unfiltered = self.roles is None and self.statuses is None
        passes = self._passes
        for ids in batches(self.document_ids, self.sentence_counts(), BATCH_SENTENCES):
            batch = read_batch(self.db, ids)
            mentions = self._grouped(mentions_of_documents, ids) if annotations else {}
            events = self._grouped(events_of_documents, ids) if annotations else {}
            marks = qa_marks(self.db, ids) if qa else set()
            mt, errors, none = batch.mt, batch.mt_errors, ()
            for doc in self._documents(batch):
                blocks = {block.id: block for block in doc.blocks}
                issues = self._qa(doc, marks) if qa else {}
                first = True
                for row in doc.rows:
                    if not (unfiltered or passes(row[_ROLE], row[_STATUS])):
                        continue
                    sentence_id = row[_ID]
                    yield SentenceItem(doc, row, blocks[row[_BLOCK]],
                                       mentions.get(sentence_id, none),
                                       events.get(sentence_id, none), first,
                                       issues.get(sentence_id, none), mt.get(sentence_id),
                                       errors.get(sentence_id))
                    first = False

    def _documents(self, batch: DocumentBatch) -> Iterator[DocumentData]:
        for document in batch.documents:
            yield DocumentData(document, batch.blocks[document.id], batch.sentences[document.id],
                               self.splits.get(document.id))

    def _qa(self, doc: DocumentData, marks: set[tuple[int, str, str]]
            ) -> dict[int, tuple[QaIssue, ...]]:
        if self._term_index is None:  # read once per export, not once per document
            self._term_index = build_term_index(self.db)
            self._translations = human_translations(self.db)
        # (id, order, Turkish, English, status) of each row
        rows = qa_rows(((r[0], r[3], r[6], r[8], r[9]) for r in doc.rows), self._term_index)
        grouped: dict[int, list[QaIssue]] = defaultdict(list)
        for finding in rows_qa(self.db, doc.document.id, rows, include_ignored=False,
                               translations=self._translations, marks=marks):
            grouped[finding.sentence_id].append(finding.issue)
        return {sentence_id: tuple(issues) for sentence_id, issues in grouped.items()}

    def _grouped(self, read: Callable[..., Sequence[_Annotation]], doc_ids: list[str]
                 ) -> dict[int, tuple[_Annotation, ...]]:
        # The statuses are filtered by the query (kept off the status index), the annotators here.
        found = read(self.db, doc_ids, self.options.annotation_statuses)
        return group_by_sentence(found, self.annotators)


def group_by_sentence(annotations: Iterable[_Annotation], annotators: frozenset[str] | None
                      ) -> dict[int, tuple[_Annotation, ...]]:
    """Annotations by sentence id, in their order: those by ``annotators`` if given."""
    grouped: dict[int, list[_Annotation]] = defaultdict(list)
    for annotation in annotations:
        if annotators is None or annotation.annotator in annotators:
            grouped[annotation.sentence_id].append(annotation)
    return {sentence_id: tuple(found) for sentence_id, found in grouped.items()}
