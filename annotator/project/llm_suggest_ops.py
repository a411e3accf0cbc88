"""``annotator suggest --engine llm``: an LLM's events and actors, checked, stored as suggestions.

For each annotatable sentence (title, body) of each document, :class:`~annotator.mt.llm_annotate.
LLMAnnotator` asks the chat server for the sentence's events and mentions in the project's
taxonomy and registry; :func:`~annotator.core.llm_annotations.validate_annotations` drops (and
counts by reason) every item whose span does not slice to its text or whose type, mode or actor
does not exist. What passes is stored like the recommender's suggestions: ``provenance`` and
``status`` ``suggested``, ``rule`` ``llm:<model>`` (the provenance column only allows manual,
suggested, projected and imported, so the maker goes in ``rule``), no score. Mentions are on the
Turkish side; an event's actors are bound to its mentions when they are there.

As with the rules, nothing a person decided is overridden: a mention is skipped when the same
actor is already at the same span or any non-rejected mention overlaps it, an event when the
sentence already has an event of that type (whatever its status); such skips are counted apart.
The sentences of a document are all asked first and stored in one transaction, so an MTError
(server down, rate limit, an unreadable answer) leaves that document without LLM suggestions;
documents finished before it keep theirs.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.llm_annotations import CheckedAnnotations, DropReport, validate_annotations
from annotator.core.models import AnnotationStatus, Provenance, Side
from annotator.core.taxonomy import Taxonomy
from annotator.mt.pool import DaemonPool
from annotator.mt.types import EngineSettings
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import JobControl, Outcome
from annotator.storage.actor_seed import ensure_default_actors
from annotator.storage.actors import list_actors
from annotator.storage.annotations import (
    add_event,
    add_mention,
    bind_arguments,
    sentence_events,
    sentence_mentions,
)
from annotator.storage.documents import document_contexts
from annotator.storage.segments import get_segments
from annotator.storage.taxonomy import project_taxonomy

if TYPE_CHECKING:
    from annotator.mt.llm_annotate import LLMAnnotator

LLM_ANNOTATOR = "llm"  # the ``annotator`` of the stored suggestions


@dataclass
class LLMDocumentReport:
    """What one document's run stored, skipped as already decided, and dropped as invalid."""

    mentions: int = 0
    events: int = 0
    skipped: int = 0
    dropped: DropReport = field(default_factory=DropReport)


@dataclass(frozen=True)
class LLMSuggestReport:
    """Per document its report (in order; fewer than asked when cancelled)."""

    rule: str
    documents: list[tuple[str, LLMDocumentReport]]

    @property
    def dropped(self) -> DropReport:
        total = DropReport()
        for _, report in self.documents:
            total = total + report.dropped
        return total


def taxonomy_summary(taxonomy: Taxonomy) -> str:
    """One ``TYPE: mode, mode`` line per event type, for the prompt."""
    return "\n".join(f"{t.code}: {', '.join(t.modes) or '-'}" for t in taxonomy.event_types)


class LLMSuggestOps(ProjectBase):
    """Suggestions from an LLM."""

    def suggest_with_llm(self, doc_ids: Sequence[str], settings: EngineSettings,
                         control: JobControl | None = None) -> Outcome[LLMSuggestReport]:
        """Ask the LLM about each annotatable sentence and store what passes the checks."""
        control = control or JobControl()
        from annotator.mt.llm_annotate import LLMAnnotator  # requests etc.: only when asked

        annotator = LLMAnnotator(settings)
        report = LLMSuggestReport(f"llm:{annotator.model}", [])
        taxonomy = project_taxonomy(self.db)
        ensure_default_actors(self.db)
        actors = list_actors(self.db)
        actor_ids = {actor.id for actor in actors}
        summaries = (taxonomy_summary(taxonomy),
                     "\n".join(f"{actor.id} = {actor.name}" for actor in actors))
        done: list[str] = []
        pool = DaemonPool(1, "llm-annotate")
        try:
            for doc_id in doc_ids:
                checked: list[tuple[int, CheckedAnnotations]] = []
                for segment in get_segments(self.db, doc_id):
                    sentence = segment.sentence
                    if not sentence.role.annotatable:
                        continue
                    raw = _asked(pool, annotator, control, sentence.text, segment.target.text,
                                 *summaries)
                    if raw is None:
                        break  # cancelled, the request in flight cut
                    checked.append((sentence.id, validate_annotations(
                        raw, sentence.text, taxonomy, actor_ids)))
                    if control.cancelled:
                        break
                if control.cancelled:  # the document half asked is not stored
                    break
                report.documents.append(
                    (doc_id, _store(self.db, doc_id, checked, report.rule, taxonomy)))
                done.append(doc_id)
                control.progress(len(done), len(doc_ids))
                control.changed(Changes.of(documents=[doc_id]))
        finally:
            pool.shutdown()
            annotator.close()
        return Outcome(report, Changes.of(documents=done))


def _asked(pool: DaemonPool, annotator: LLMAnnotator, control: JobControl,
           *args: str) -> dict[str, Any] | None:
    """The model's answer for one sentence, asked in a pool thread; None when ``control`` was
    cancelled meanwhile (the request in flight is aborted: Ctrl+C never waits for a slow
    server, as for translation)."""
    future = pool.submit(annotator.annotate, *args)
    while True:
        try:
            return future.result(timeout=0.1)
        except FutureTimeout:
            if control.cancelled:
                annotator.abort()
                return None


def _store(db: Database, doc_id: str, checked: Sequence[tuple[int, CheckedAnnotations]],
           rule: str, taxonomy: Taxonomy) -> LLMDocumentReport:
    report = LLMDocumentReport()
    contexts = tuple(c for c in document_contexts(db, doc_id) if c in taxonomy.context_codes())
    with db.atomic():
        for sentence_id, annotations in checked:
            report.dropped = report.dropped + annotations.dropped
            existing = sentence_mentions(db, sentence_id, include_rejected=True)
            decided = {(m.start, m.end, m.actor_id) for m in existing if m.side is Side.TR}
            live = [(m.start, m.end) for m in existing
                    if m.side is Side.TR and m.status is not AnnotationStatus.REJECTED]
            for found in annotations.mentions:
                if (found.start, found.end, found.actor) in decided or any(
                        found.start < e and s < found.end for s, e in live):
                    report.skipped += 1
                    continue
                add_mention(db, Mention(
                    None, sentence_id, found.actor, Side.TR, found.start, found.end, found.text,
                    annotator=LLM_ANNOTATOR, provenance=Provenance.SUGGESTED,
                    status=AnnotationStatus.SUGGESTED, rule=rule))
                live.append((found.start, found.end))
                report.mentions += 1
            taken = {e.type for e in sentence_events(db, sentence_id, include_rejected=True)}
            mentions = sentence_mentions(db, sentence_id)
            for event in annotations.events:
                if event.type in taken:
                    report.skipped += 1
                    continue
                add_event(db, bind_arguments(Event(
                    "", sentence_id, event.type, modes=event.modes, contexts=contexts,
                    actors=event.actors, recipients=event.recipients, trigger_tr=event.trigger,
                    date=event.date, annotator=LLM_ANNOTATOR, provenance=Provenance.SUGGESTED,
                    status=AnnotationStatus.SUGGESTED, rule=rule), mentions))
                taken.add(event.type)
                report.events += 1
    return report
