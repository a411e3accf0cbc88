"""Choosing what an export contains and reading it one document at a time.

Documents are read in id order (stable across an export → import round trip), each with its
blocks, its sentences with targets and MT, and its mentions and events; the sentences that pass
the filters are handed on one by one. Memory is bounded by the largest document, never by the
size of the project.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import Block, Document, Segment, TargetStatus
from annotator.core.qa_types import QaIssue
from annotator.core.term_match import TermIndex
from annotator.exchange.errors import ExportOptionsError
from annotator.exchange.options import ExportOptions, assign_splits
from annotator.storage.annotations import document_events, document_mentions
from annotator.storage.curation import CURATOR
from annotator.storage.documents import get_blocks, get_document, resolve_document
from annotator.storage.errors import AmbiguousDocumentError, DocumentNotFoundError
from annotator.storage.qa import build_term_index, document_qa, human_translations
from annotator.storage.segments import get_segments

_Annotation = TypeVar("_Annotation", Mention, Event)


@dataclass(frozen=True)
class DocumentData:
    """One document as read for export: its blocks and every one of its sentences."""

    document: Document
    blocks: tuple[Block, ...]
    segments: tuple[Segment, ...]
    split: str | None


class SentenceItem(NamedTuple):
    """A sentence that passed the filters, with its exported annotations (a tuple: one is made
    per exported sentence, and tuples are the cheapest to make)."""

    doc: DocumentData
    segment: Segment
    block: Block
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    first: bool  # the first sentence of its document in this export
    qa: tuple[QaIssue, ...] = ()  # QA issues nobody marked "not an error" (if the format asks)


class Selection:
    """The documents and filters of one export; ``items()`` streams the chosen sentences."""

    def __init__(self, db: Database, options: ExportOptions,
                 default_statuses: Sequence[TargetStatus] | None) -> None:
        self.db = db
        self.options = options
        self.document_ids = self._document_ids()
        statuses = options.statuses if options.statuses is not None else default_statuses
        self.statuses = frozenset(statuses) if statuses is not None else None
        self.roles = frozenset(options.roles) or None
        self.annotators = (frozenset((CURATOR,)) if options.curated
                           else frozenset(options.annotators) or None)
        self.splits = assign_splits(self.document_ids, options.split, options.seed)
        self._term_index: TermIndex | None = None
        self._translations: dict[str, list[str]] = {}

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
        sql = ("SELECT s.document_id, b.role, coalesce(t.status, 'untranslated'), count(*) "
               "FROM sentences s JOIN blocks b ON b.id = s.block_id "
               "LEFT JOIN targets t ON t.sentence_id = s.id GROUP BY 1, 2, 3")
        wanted = set(self.document_ids)
        return sum(count for doc_id, role, status, count in self.db.execute(sql)
                   if doc_id in wanted and self._passes(role, status))

    def _passes(self, role: str, status: str) -> bool:
        return ((self.roles is None or role in self.roles)
                and (self.statuses is None or status in self.statuses))

    def documents(self) -> Iterator[DocumentData]:
        """Each selected document, read when it is reached."""
        for doc_id in self.document_ids:
            yield DocumentData(get_document(self.db, doc_id), tuple(get_blocks(self.db, doc_id)),
                               tuple(get_segments(self.db, doc_id)), self.splits.get(doc_id))

    def _qa(self, doc_id: str) -> dict[int, tuple[QaIssue, ...]]:
        if self._term_index is None:  # read once per export, not once per document
            self._term_index = build_term_index(self.db)
            self._translations = human_translations(self.db)
        grouped: dict[int, list[QaIssue]] = defaultdict(list)
        for finding in document_qa(self.db, doc_id, self._term_index, include_ignored=False,
                                   translations=self._translations):
            grouped[finding.sentence_id].append(finding.issue)
        return {sentence_id: tuple(issues) for sentence_id, issues in grouped.items()}

    def items(self, annotations: bool = True, qa: bool = False) -> Iterator[SentenceItem]:
        """The sentences that pass the filters, document by document, in reading order; with
        ``qa``, each with its QA issues."""
        for doc in self.documents():
            blocks = {block.id: block for block in doc.blocks}
            issues = self._qa(doc.document.id) if qa else {}
            mentions = self._grouped(document_mentions, doc.document.id) if annotations else {}
            events = self._grouped(document_events, doc.document.id) if annotations else {}
            first, unfiltered = True, self.roles is None and self.statuses is None
            for segment in doc.segments:
                sentence = segment.sentence
                if not (unfiltered or self._passes(sentence.role, segment.target.status)):
                    continue
                yield SentenceItem(doc, segment, blocks[sentence.block_id],
                                   tuple(mentions.get(sentence.id, ())),
                                   tuple(events.get(sentence.id, ())), first,
                                   issues.get(sentence.id, ()))
                first = False

    def _grouped(self, read: Any, doc_id: str) -> dict[int, list[Any]]:
        # Statuses are filtered here, not in SQL: with a status filter SQLite picks the status
        # index and scans the whole project's annotations once per document.
        found: Iterable[Any] = read(self.db, doc_id)
        return group_by_sentence(found, frozenset(self.options.annotation_statuses),
                                 self.annotators)


def group_by_sentence(annotations: Iterable[_Annotation], statuses: frozenset[str],
                      annotators: frozenset[str] | None) -> dict[int, list[_Annotation]]:
    """Annotations by sentence id: those with one of ``statuses``, by ``annotators`` if given."""
    grouped: dict[int, list[_Annotation]] = defaultdict(list)
    for annotation in annotations:
        if annotation.status in statuses and (annotators is None
                                              or annotation.annotator in annotators):
            grouped[annotation.sentence_id].append(annotation)
    return grouped
