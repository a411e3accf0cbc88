"""The operations layer between the window (or the CLI) and the project file. No Qt.

:class:`Project` owns the connections and offers every operation the window and the CLI carry
out; each returns what it changed (:class:`Changes`). Undoable edits are objects with
``apply()``/``revert()`` (:mod:`annotator.project.undo`). Errors are
:class:`~annotator.errors.AnnotatorError` kinds; a busy project raises
:class:`~annotator.storage.errors.ProjectLockedError` and changes nothing.
"""

from __future__ import annotations

from annotator.project.agreement_ops import AgreementOps
from annotator.project.annotating import AnnotationOps
from annotator.project.changes import NO_CHANGES, Changes
from annotator.project.corpus_ops import CorpusOps
from annotator.project.curation_ops import (
    CurateSentences,
    CurationOps,
    CurationSentence,
    Version,
)
from annotator.project.exchanging import ExchangeOps
from annotator.project.jobs import JobControl, Outcome
from annotator.project.llm_suggest_ops import LLMSuggestOps
from annotator.project.memory_ops import MemoryOps
from annotator.project.reads import ProjectReads
from annotator.project.recommender_ops import RecommenderOps
from annotator.project.registry import RegistryOps
from annotator.project.repetitions import FillRepetitions
from annotator.project.search_ops import SearchOps
from annotator.project.settings_ops import SettingsOps
from annotator.project.team_ops import TeamOps
from annotator.project.translating import TranslationOps, TranslationRequest
from annotator.project.undo import (
    AddMention,
    DeleteAnnotation,
    ReplaceInTargets,
    SaveEvent,
    SetStatuses,
    SetTarget,
    UndoableEdit,
)


class Project(ProjectReads, TranslationOps, RecommenderOps, AnnotationOps, RegistryOps,
              ExchangeOps, MemoryOps, CorpusOps, SettingsOps, SearchOps, AgreementOps,
              TeamOps, CurationOps, LLMSuggestOps):
    """An open project file and everything that can be done with it."""


__all__ = [
    "NO_CHANGES",
    "AddMention",
    "Changes",
    "CurateSentences",
    "CurationSentence",
    "DeleteAnnotation",
    "FillRepetitions",
    "JobControl",
    "Outcome",
    "Project",
    "ReplaceInTargets",
    "SaveEvent",
    "SetStatuses",
    "SetTarget",
    "TranslationRequest",
    "UndoableEdit",
    "Version",
]
