"""Annotation operations that are not undo steps: rule suggestions, document contexts and the
project's taxonomy."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from annotator.batch.process_pool import ordered_map, pool_size
from annotator.batch.work import open_for_suggesting, plan_suggestions
from annotator.core.taxonomy import Taxonomy
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import JobControl, Outcome
from annotator.storage.actor_seed import ensure_default_actors
from annotator.storage.documents import set_document_contexts
from annotator.storage.suggestions import (
    DocumentPlan,
    Predictor,
    Suggester,
    SuggestionReport,
    store_plan,
)
from annotator.storage.taxonomy import (
    project_taxonomy,
    reset_project_taxonomy,
    use_project_taxonomy,
)

DocumentReports = list[tuple[str, SuggestionReport]]


class AnnotationOps(ProjectBase):
    """Suggestions, contexts and taxonomy."""

    def suggest(self, doc_ids: Sequence[str], control: JobControl | None = None, *,
                workers: int = 1,
                on_report: Callable[[str, SuggestionReport], None] | None = None
                ) -> Outcome[DocumentReports]:
        """Store actor and event suggestions for each document (one transaction each), with
        the recommender's types when one is trained. With ``workers`` > 1 and enough
        documents, worker processes compute the suggestions and this process stores them, in
        order (:mod:`annotator.batch.process_pool`). ``on_report`` hears of each document as
        soon as it is stored. A cancel stops handing out documents; those being planned are
        still stored."""
        control = control or JobControl()
        reports: DocumentReports = []
        ensure_default_actors(self.db)  # a registry never seeded gets its countries first
        suggester = Suggester(self.db, taxonomy=project_taxonomy(self.db),
                              model=self.event_predictor())
        for doc_id, plan in _plans(self, suggester, doc_ids, control, workers):
            reports.append((doc_id, store_plan(self.db, plan)))
            if on_report is not None:
                on_report(*reports[-1])
            control.progress(len(reports), len(doc_ids))
            control.changed(Changes.of(documents=[doc_id]))
        return Outcome(reports, Changes.of(documents=[doc_id for doc_id, _ in reports]))

    def event_predictor(self) -> Predictor | None:
        """The trained recommender for ``suggest`` (RecommenderOps); the rules alone here."""
        return None

    def set_contexts(self, doc_id: str, contexts: Sequence[str]) -> Changes:
        """The PLOVER contexts every new event of the document starts with."""
        set_document_contexts(self.db, doc_id, contexts)
        return Changes.of(contexts=[doc_id])

    def use_taxonomy(self, path: Path) -> Outcome[Taxonomy]:
        """Validate a TOML taxonomy file and make it the project's (TaxonomyError: no change)."""
        return Outcome(use_project_taxonomy(self.db, path), Changes(taxonomy=True))

    def use_bundled_taxonomy(self) -> Outcome[Taxonomy]:
        """Go back to the PLOVER taxonomy that ships with Annotator."""
        reset_project_taxonomy(self.db)
        return Outcome(project_taxonomy(self.db), Changes(taxonomy=True))


def _plans(project: ProjectBase, suggester: Suggester, doc_ids: Sequence[str],
           control: JobControl, workers: int) -> Iterator[tuple[str, DocumentPlan]]:
    """Each document's plan, in order: made here, or by worker processes for a big batch (when
    the suggester, with its model, can be sent to them)."""
    size = pool_size(workers, len(doc_ids))
    if size > 1 and _can_send(suggester):
        for doc_id, plan in ordered_map(plan_suggestions, doc_ids, workers=size,
                                        cancel=control.cancel, initializer=open_for_suggesting,
                                        initargs=(project.path, suggester)):
            if isinstance(plan, BaseException):
                raise plan
            yield doc_id, plan
        return
    for doc_id in doc_ids:
        if control.cancelled:
            return
        yield doc_id, suggester.plan(project.db, doc_id)


def _can_send(suggester: Suggester) -> bool:
    """Whether the suggester pickles (a trained model of an unusual kind might not)."""
    try:
        pickle.dumps(suggester)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True
