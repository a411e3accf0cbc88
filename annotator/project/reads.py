"""What the window and the CLI read from a project: documents, grid rows, annotations, actors.

Plain reads: each query is its own short read transaction on the calling thread's connection, and
none of them takes the write lock. Long consistent reads (exports) use ``snapshot()``.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.annotations import Actor, Event, Mention
from annotator.core.engine_agreement import disagreement
from annotator.core.models import (
    AnnotationStatus,
    Document,
    DocumentHeader,
    DocumentProgress,
    DocumentSummary,
    Segment,
)
from annotator.core.mt_types import Translation
from annotator.core.taxonomy import Taxonomy
from annotator.project.base import ProjectBase
from annotator.storage import annotations as store
from annotator.storage.actor_seed import ensure_default_actors
from annotator.storage.actors import list_actors, make_actor_id, search_actors
from annotator.storage.documents import (
    document_contexts,
    document_headers,
    document_progress,
    get_document,
    list_documents,
    resolve_document,
)
from annotator.storage.segments import get_segment, get_segments
from annotator.storage.taxonomy import project_taxonomy
from annotator.storage.translations import engine_outputs_by_sentence, latest_per_engine


class ProjectReads(ProjectBase):
    """Read operations; they return core dataclasses."""

    def documents(self) -> list[DocumentSummary]:
        """Every document with its progress figures."""
        return list_documents(self.db)

    def document_headers(self) -> list[DocumentHeader]:
        """Every document's id, title, author and dates, without progress (cheap at any size)."""
        return document_headers(self.db)

    def document_progress(self, doc_ids: Sequence[str] | None = None
                          ) -> dict[str, DocumentProgress]:
        """The progress of ``doc_ids`` (None: of every document) in one aggregate query; a
        document without sentences is absent."""
        return document_progress(self.db, doc_ids)

    def document(self, doc_id: str) -> Document:
        """The document with exactly this id (DocumentNotFoundError otherwise)."""
        return get_document(self.db, doc_id)

    def resolve(self, ref: str) -> Document:
        """The document named by an id, a unique id prefix or its exact title."""
        return resolve_document(self.db, ref)

    def segments(self, doc_id: str) -> list[Segment]:
        """A document's grid rows: every sentence with its English and latest MT."""
        return get_segments(self.db, doc_id)

    def segment(self, sentence_id: int) -> Segment | None:
        """One grid row, or None when the sentence is gone."""
        return get_segment(self.db, sentence_id)

    def outputs(self, sentence_id: int) -> list[Translation]:
        """The latest output of each engine for a sentence (the detail pane lists them)."""
        return latest_per_engine(self.db, sentence_id)

    def disagreements(self, doc_id: str) -> dict[int, float]:
        """How much the engines disagree (0–100) on each sentence of a document that has two or
        more engines' outputs (about 0.5 ms a sentence: 4.7 s for 10,000)."""
        found: dict[int, float] = {}
        for sentence_id, outputs in engine_outputs_by_sentence(self.db, doc_id).items():
            value = disagreement([text for _engine, text in outputs])
            if value is not None:
                found[sentence_id] = value
        return found

    def disagreement(self, sentence_id: int) -> float | None:
        """How much the engines disagree on one sentence (None: fewer than two outputs)."""
        return disagreement([t.text for t in latest_per_engine(self.db, sentence_id)
                             if t.text is not None])

    def mentions(self, sentence_id: int) -> list[Mention]:
        """A sentence's mentions (rejected ones left out)."""
        return store.sentence_mentions(self.db, sentence_id)

    def events(self, sentence_id: int) -> list[Event]:
        """A sentence's event frames (rejected ones left out)."""
        return store.sentence_events(self.db, sentence_id)

    def suggestions(self, doc_id: str) -> tuple[list[Mention], list[Event]]:
        """Every still suggested mention and event of a document."""
        suggested = [AnnotationStatus.SUGGESTED]
        return (store.document_mentions(self.db, doc_id, suggested),
                store.document_events(self.db, doc_id, suggested))

    def actors(self) -> list[Actor]:
        """The actor registry (seeded with countries and organisations on first use)."""
        ensure_default_actors(self.db)  # writes once per project, then only reads a setting
        return list_actors(self.db)

    def actor_usage(self) -> dict[str, tuple[int, int]]:
        """How many mentions and event roles link to each actor."""
        usage: dict[str, tuple[int, int]] = {}
        for actor_id, mentions in self.db.execute(
                "SELECT actor_id, count(*) FROM mentions GROUP BY actor_id"):
            usage[actor_id] = (mentions, 0)
        for actor_id, events in self.db.execute(
                "SELECT actor_id, count(DISTINCT event_id) FROM event_participants "
                "GROUP BY actor_id"):
            usage[actor_id] = (usage.get(actor_id, (0, 0))[0], events)
        return usage

    def search_actors(self, text: str, limit: int = 20) -> list[Actor]:
        """Actors whose name or alias matches ``text`` (Turkish-aware), best first."""
        return search_actors(self.db, text, limit=limit)

    def new_actor_id(self, name: str, country: str | None = None,
                     sector: str | None = None) -> str:
        """An id for a new actor, unique in this registry."""
        return make_actor_id(self.db, name, country, sector)

    def taxonomy(self) -> Taxonomy:
        """The project's event taxonomy (its own file, or the bundled PLOVER)."""
        return project_taxonomy(self.db)

    def contexts(self, doc_id: str) -> tuple[str, ...]:
        """The contexts every new event of the document starts with."""
        return document_contexts(self.db, doc_id)
