"""What a worker process of :mod:`annotator.batch.process_pool` does with one document.

A worker opens its own connection to the project file once (the pool's initializer) and then
answers for document after document. The functions are module-level, so that the pool can name
them to a fresh interpreter, and they import only storage and core modules: a worker starts in a
fraction of the time a full ``annotator.project`` import takes.

A failure while opening (the file gone, damaged) is kept and raised again for each document, so
that it reaches the person as the usual message instead of a broken pool.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from annotator.core.term_match import TermHit, TermIndex
from annotator.storage.connection import connect
from annotator.storage.documents import get_document
from annotator.storage.qa import (
    QaFinding,
    build_term_index,
    document_qa,
    human_translations,
    remembering_finder,
)
from annotator.storage.suggestions import DocumentPlan, Suggester


@dataclass
class _WorkerState:
    """The worker's connection and what it read once for all its documents."""

    db: Database | None = None
    failure: Exception | None = None
    suggester: Suggester | None = None
    translations: dict[str, list[str]] | None = None
    index: TermIndex | None = None
    terms: dict[str, list[TermHit]] = field(default_factory=dict)  # boilerplate repeats


_Worker = _WorkerState()  # one per worker process


def _db() -> Database:
    if _Worker.failure is not None:
        raise _Worker.failure
    assert _Worker.db is not None, "the pool's initializer opens the project"
    return _Worker.db


def open_for_reading(path: Path) -> None:
    """Pool initializer: this worker's connection to the project file."""
    try:
        _Worker.db = connect(path)
    except Exception as error:  # raised again, as a value, for each document
        _Worker.failure = error


def open_for_suggesting(path: Path, suggester: Suggester) -> None:
    """Pool initializer of ``suggest``: the connection, and the suggester the parent built (its
    registry matchers, taxonomy and model, sent once instead of rebuilt in every worker)."""
    open_for_reading(path)
    _Worker.suggester = suggester


def plan_suggestions(doc_id: str) -> DocumentPlan:
    """What suggesting would add to one document (the parent stores it)."""
    db = _db()
    assert _Worker.suggester is not None
    return _Worker.suggester.plan(db, doc_id)


def qa_findings(include_ignored: bool, doc_id: str) -> list[QaFinding]:
    """The QA issues of one document, as ``Project.document_qa`` finds them."""
    db = _db()
    if _Worker.translations is None:
        _Worker.translations = human_translations(db)
    if _Worker.index is None:
        _Worker.index = build_term_index(db)
    finder = remembering_finder(_Worker.index, _Worker.terms)
    get_document(db, doc_id)  # storage.document_not_found for a wrong id
    return document_qa(db, doc_id, finder, include_ignored=include_ignored,
                       translations=_Worker.translations)
