"""Translation operations: machine translation of documents or sentences, and time per sentence.

Machine translation runs the MT job runner with the calling thread's connection; each sentence is
saved as it arrives and reported at once through the :class:`JobControl`, so the window fills in
row by row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from annotator.mt.engine import create_engine
from annotator.mt.runner import JobProgress, JobSummary, RunnerOptions, SentenceOutcome
from annotator.mt.runner import translate as run_translation
from annotator.mt.types import EngineSettings
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import JobControl, Outcome
from annotator.project.mt_context import paragraph_reader
from annotator.storage.glossary import glossary_terms
from annotator.storage.segments import add_seconds
from annotator.storage.translations import SelectMode, select_sentences

TARGET_LANGUAGE = "en"


@dataclass(frozen=True)
class TranslationRequest:
    """What to translate: documents or chosen sentences, which ones, with which engine."""

    engine: EngineSettings
    document_ids: Sequence[str] | None = None
    sentence_ids: Sequence[int] | None = None
    mode: SelectMode = "pending"  # pending | failed | all
    workers: int = 4
    source: str = "tr"


class TranslationOps(ProjectBase):
    """Machine translation and time keeping."""

    def translate(self, request: TranslationRequest,
                  control: JobControl | None = None) -> Outcome[JobSummary]:
        """Machine-translate and save every result as it arrives (MTError kinds are counted in
        the summary; a bad engine setting raises MTConfigError before anything is sent)."""
        control = control or JobControl()
        engine = create_engine(self._with_glossary(request.engine))

        def report(progress: JobProgress, outcome: SentenceOutcome) -> None:
            control.progress(progress.done, progress.total)
            control.changed(Changes.of(sentences=[outcome.sentence_id]))

        try:
            summary = run_translation(
                self.db, engine, request.source, TARGET_LANGUAGE,
                document_ids=request.document_ids, sentence_ids=request.sentence_ids,
                mode=request.mode, options=RunnerOptions(workers=request.workers),
                on_progress=report, cancel=control.cancel,
                paragraphs=paragraph_reader(self.db))  # used by batch engines (llm) only
        finally:
            engine.close()
        changes = Changes.of(documents=request.document_ids or (),
                             sentences=request.sentence_ids or ())
        return Outcome(summary, changes)

    def _with_glossary(self, settings: EngineSettings) -> EngineSettings:
        """DeepL gets the project glossary (Turkish term → first English term) as its glossary."""
        if settings.name != "deepl" or settings.glossary:
            return settings
        pairs = tuple((term.source.strip(), term.targets[0].strip())
                      for term in glossary_terms(self.db) if term.targets)
        return replace(settings, glossary=pairs, glossary_name=f"Annotator: {self.path.stem}")

    def failed_earlier(self, engine: str, document_ids: Sequence[str], source: str = "tr") -> int:
        """How many sentences of these documents failed with ``engine`` and are waiting."""
        return len(select_sentences(self.db, engine, source, TARGET_LANGUAGE,
                                    document_ids=document_ids, mode="failed"))

    def record_time(self, sentence_id: int, seconds: float) -> Changes:
        """Add time spent on a sentence to its record (not undoable: time was spent)."""
        if seconds <= 0:
            return Changes()
        add_seconds(self.db, sentence_id, seconds)
        return Changes.of(sentences=[sentence_id])
