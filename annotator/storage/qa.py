"""QA findings of stored documents: read the sentences, find their glossary terms, run the core
checks (:mod:`annotator.core.qa_checks`) and mark what a person judged "not an error".

Used by the operations layer (the QA pane, ``annotator qa``) and by exports (JSONL ``qa``, XLIFF
notes), so both list the same issues. ``inconsistent`` compares a document's sentences with the
same Turkish sentence everywhere in the project: one indexed query on ``sentences.search``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import cast

from sqlite_utils import Database

from annotator.core.glossary import keeps_capitals
from annotator.core.qa_checks import (
    QaRow,
    check_document,
    check_sentence,
    source_key,
    target_checked,
)
from annotator.core.qa_types import QaIssue
from annotator.core.term_match import TermHit, TermIndex
from annotator.storage.glossary import actor_terms, glossary_terms, qa_ignored


@dataclass(frozen=True)
class QaFinding:
    """One issue of one stored sentence; ``ignored`` when marked "not an error"."""

    document_id: str
    sentence_id: int
    order: int
    issue: QaIssue
    ignored: bool = False

    @property
    def sentence_ref(self) -> str:
        """The ``<document>:<order>`` id the JSONL records use."""
        return f"{self.document_id}:{self.order}"


def build_term_index(db: Database) -> TermIndex:
    """An index of the glossary's entries and the actors' names."""
    return TermIndex([*glossary_terms(db), *actor_terms(db)])


def terms_in(index: TermIndex, text: str) -> list[TermHit]:
    """The terms of ``index`` found in a Turkish text (actor names with their capitals)."""
    return [hit for hit in index.find(text)
            if keeps_capitals(hit.term, hit.form, text[hit.start:hit.end])]


def _others(db: Database, doc_id: str) -> list[tuple[str, str]]:
    """(source key, English) of the other documents' sentences whose Turkish is one of this
    document's sentences, where a person wrote the English."""
    rows = db.execute(
        """SELECT s.text, t.text FROM sentences s JOIN targets t ON t.sentence_id = s.id
           WHERE s.search IN (SELECT search FROM sentences WHERE document_id = ?)
             AND s.document_id != ? AND t.text != ''
             AND t.status NOT IN ('untranslated', 'mt')""", [doc_id, doc_id])
    return [(source_key(text), target) for text, target in rows]


TermFinder = Callable[[str], list[TermHit]]
REMEMBERED_TEXTS = 50_000  # texts whose terms a finder keeps (a sentence never changes)


def remembering_finder(index: TermIndex, remembered: dict[str, list[TermHit]]) -> TermFinder:
    """:func:`terms_in` of ``index`` that keeps each text's terms in ``remembered`` (emptied when
    it holds :data:`REMEMBERED_TEXTS`), for checks of many sentences that repeat."""
    def find(text: str) -> list[TermHit]:
        found = remembered.get(text)
        if found is None:
            if len(remembered) >= REMEMBERED_TEXTS:
                remembered.clear()
            found = remembered[text] = terms_in(index, text)
        return found

    return find


def human_translations(db: Database) -> dict[str, list[str]]:
    """Source key → the different English a person wrote for that Turkish sentence in the whole
    project (spacing collapsed, blank ones left out, each once, first seen first): what
    ``inconsistent`` compares with, read once for an export of many documents (a boilerplate
    sentence in a thousand documents is then neither read nor compared a thousand times)."""
    found: dict[str, dict[str, None]] = {}
    for text, target in db.execute(
            "SELECT s.text, t.text FROM sentences s JOIN targets t ON t.sentence_id = s.id "
            "WHERE t.text != '' AND t.status NOT IN ('untranslated', 'mt')"):
        english = " ".join(target.split())
        if english:  # check_document compares spacing-collapsed, non-blank translations only
            found.setdefault(source_key(text), {})[english] = None
    return {key: list(english) for key, english in found.items()}


QaSentence = tuple[int, int, str, str, str]  # sentence id, order, Turkish, English, status


def qa_rows(sentences: Iterable[QaSentence], terms: TermIndex | TermFinder) -> list[QaRow]:
    """The rows the checks need of a document's sentences (in reading order), with the terms
    of each sentence whose English is checked: ``terms`` is the term index, or a function giving
    the terms of a Turkish text (one that remembers them, for re-checks)."""
    find = terms if callable(terms) else (lambda text: terms_in(terms, text))
    rows = []
    for sentence_id, order, text, target, status in sentences:
        if not target.strip() and status == "untranslated":
            continue  # nothing to check, and no term lookup needed
        # Raw MT and empty targets get no term checks: their terms are not looked up.
        checked = target_checked(target, status)
        rows.append(QaRow(sentence_id, order, text, target, status, find(text) if checked else ()))
    return rows


def document_qa(db: Database, doc_id: str, terms: TermIndex | TermFinder, *,
                include_ignored: bool = True,
                translations: Mapping[str, Sequence[str]] | None = None) -> list[QaFinding]:
    """Every QA issue of a document's sentences, in reading order. ``terms`` is the term index,
    or a function giving the terms of a Turkish text (one that remembers them, for re-checks);
    ``translations`` is :func:`human_translations` when it was read already."""
    rows = qa_rows(db.execute(
        """SELECT s.id, s.ord, s.text, coalesce(t.text, ''), coalesce(t.status, 'untranslated')
           FROM sentences s LEFT JOIN targets t ON t.sentence_id = s.id
           WHERE s.document_id = ? ORDER BY s.ord""", [doc_id]), terms)
    return rows_qa(db, doc_id, rows, include_ignored=include_ignored, translations=translations)


def rows_qa(db: Database, doc_id: str, rows: Sequence[QaRow], *, include_ignored: bool = True,
            translations: Mapping[str, Sequence[str]] | None = None,
            marks: Set[tuple[int, str, str]] | None = None) -> list[QaFinding]:
    """:func:`document_qa` of rows read already (:func:`qa_rows`); ``marks`` are the
    :func:`qa_ignored` marks of (at least) these sentences when they were read already."""
    found = check_document(rows, others=_others(db, doc_id) if translations is None else (),
                           translations=translations)
    orders = {cast(int, row.id): row.order for row in rows}
    if marks is None:
        marks = qa_ignored(db, orders) if found else set()
    findings = []
    for row_id, issue in found:
        sentence_id = cast(int, row_id)
        ignored = (sentence_id, *issue.mark_key) in marks
        if include_ignored or not ignored:
            findings.append(QaFinding(doc_id, sentence_id, orders[sentence_id], issue, ignored))
    return findings


def errors_if_confirmed(db: Database, sentence_id: int, english: str,
                        terms: TermIndex | TermFinder) -> list[QaFinding]:
    """The error-level issues a sentence would have if ``english`` were confirmed now, without
    those a person marked "not an error" (``inconsistent`` is a warning, so not run)."""
    row = db.execute("SELECT document_id, ord, text FROM sentences WHERE id = ?",
                     [sentence_id]).fetchone()
    if row is None:
        return []
    doc_id, order, source = row
    find = terms if callable(terms) else (lambda text: terms_in(terms, text))
    issues = check_sentence(source, english, "translated", find(source))
    marks = qa_ignored(db, [sentence_id])
    return [QaFinding(doc_id, sentence_id, order, issue) for issue in issues
            if issue.severity == "error" and (sentence_id, *issue.mark_key) not in marks]


def errors_of(findings: Iterable[QaFinding]) -> list[QaFinding]:
    """The findings of severity ``error`` not marked "not an error"."""
    return [f for f in findings if f.issue.severity == "error" and not f.ignored]
