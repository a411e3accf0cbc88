"""Annotation operations that are not undo steps: rule suggestions, document contexts and the
project's taxonomy."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from annotator.core.taxonomy import Taxonomy
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import JobControl, Outcome
from annotator.storage.documents import set_document_contexts
from annotator.storage.suggestions import Predictor, SuggestionReport, suggest_documents
from annotator.storage.taxonomy import (
    project_taxonomy,
    reset_project_taxonomy,
    use_project_taxonomy,
)

DocumentReports = list[tuple[str, SuggestionReport]]


class AnnotationOps(ProjectBase):
    """Suggestions, contexts and taxonomy."""

    def suggest(self, doc_ids: Sequence[str],
                control: JobControl | None = None) -> Outcome[DocumentReports]:
        """Store actor and event suggestions for each document (one transaction each), with
        the recommender's types when one is trained."""
        control = control or JobControl()
        reports: DocumentReports = []
        done: list[str] = []
        taxonomy = project_taxonomy(self.db)
        for doc_id, report in suggest_documents(self.db, doc_ids, taxonomy=taxonomy,
                                                model=self.event_predictor()):
            reports.append((doc_id, report))
            done.append(doc_id)
            control.progress(len(done), len(doc_ids))
            control.changed(Changes.of(documents=[doc_id]))
            if control.cancelled:  # the documents done so far stay suggested
                break
        return Outcome(reports, Changes.of(documents=done))

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
