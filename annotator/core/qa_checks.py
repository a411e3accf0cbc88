"""Translation QA: the checks of one sentence pair and of a whole document (issue 14).

:func:`check_sentence` runs the sentence-level checks of :data:`CHECKS` on a Turkish source and
its English target; :func:`check_document` runs them on every row of a document and adds
``inconsistent``: the same Turkish sentence (folded by :func:`source_key`) translated two ways in
the document, or against ``(source key, target)`` pairs from the rest of the project. Both return
:class:`QaIssue` values that carry a message key for :mod:`annotator.messages.qa` (rendered there
by ``render_qa``). Pure functions: no I/O, no Qt.

Which sentences are checked: a target that is empty gets only ``empty_confirmed`` (an error when
the status is translated or reviewed); a sentence still ``untranslated``, or ``mt`` (raw machine
output no person has revised yet, unless ``include_mt``), gets no target checks at all.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from annotator.core import qa_text
from annotator.core.qa_dates import missing_dates, source_dates
from annotator.core.qa_numbers import missing_numbers
from annotator.core.qa_terms import (
    EnglishMatcher,
    TermHit,
    english_has,
    term_forbidden,
    term_missing,
)
from annotator.core.qa_types import (
    CHECKS,
    CONFIRMED_STATUSES,
    SEVERITIES,
    QaIssue,
    Severity,
    make_issue,
)
from annotator.core.turkish import turkish_lower

__all__ = ["CHECKS", "SEVERITIES", "QaIssue", "QaRow", "Severity", "check_document",
           "check_sentence", "english_has", "source_key"]

_DIGIT = re.compile(r"[0-9]")
_ORDER = {check: index for index, check in enumerate(CHECKS)}


@dataclass(frozen=True)
class QaRow:
    """One sentence of a document as the checks need it.

    ``term_hits`` are the glossary terms found in ``source``: ``(GlossaryTerm, start, end)``
    triples or hits with ``.term``, ``.start`` and ``.end``.
    """

    id: Hashable
    order: int
    source: str
    target: str
    status: str
    term_hits: Sequence[TermHit] = ()


def source_key(source: str) -> str:
    """The folded form under which two Turkish sentences count as the same one: lower-cased the
    Turkish way, spacing collapsed (accents are kept: cheaper than ``search_key``, and the same
    sentence of one project is written with the same letters)."""
    return turkish_lower(" ".join(source.split()))


def _selected(checks: Collection[str] | None) -> frozenset[str]:
    if checks is None:
        return frozenset(CHECKS)
    unknown = set(checks) - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown QA checks: {sorted(unknown)}")
    return frozenset(checks)


def target_checked(target: str, status: str, include_mt: bool = False) -> bool:
    """True when the target checks apply to this target: not empty, and a person's work."""
    if not target.strip() or status == "untranslated":
        return False
    return include_mt or status != "mt"


def _number_and_date_issues(source: str, target: str, want: frozenset[str]) -> list[QaIssue]:
    if "numbers" not in want and "dates" not in want:
        return []
    has_digits = _DIGIT.search(source) is not None
    urls = qa_text.link_spans(source) if has_digits else []  # links matter for their digits
    dates = source_dates(source)
    issues: list[QaIssue] = []
    if "numbers" in want and has_digits:
        skip = urls + [(d.start, d.end) for d in dates]
        skip += [m.span() for m in qa_text.FOOTNOTE.finditer(source)]
        for number in missing_numbers(source, target, skip):
            message = "numbers_format" if number.english else "numbers"
            params = {"number": number.text}
            if number.english:
                params["english"] = number.english
            issues.append(make_issue("numbers", message, number.text, params, "source",
                                     number.start, number.end))
    if "dates" in want:
        for missing in missing_dates(source, target, dates, urls):
            issues.append(make_issue("dates", "dates", missing.detail,
                                     {"date": missing.text, "english": missing.english},
                                     "source", missing.start, missing.end))
    return issues


_TextCheck = Callable[[str, str], list[QaIssue]]
_TEXT_CHECKS: tuple[tuple[str, _TextCheck], ...] = (
    ("footnotes", qa_text.footnotes),
    ("untranslated", qa_text.untranslated),
    ("end_punctuation", qa_text.end_punctuation),
    ("brackets", qa_text.brackets),
    ("quotes", qa_text.quotes),
    ("spaces", lambda _source, target: qa_text.spaces(target)),
)


def check_sentence(source: str, target: str, status: str, term_hits: Iterable[TermHit] = (),
                   *, checks: Collection[str] | None = None,
                   matcher: EnglishMatcher = english_has,
                   include_mt: bool = False) -> list[QaIssue]:
    """The issues of one sentence pair, in the display order of :data:`CHECKS`.

    ``status`` is the target's status (``untranslated | mt | draft | translated | reviewed``);
    ``term_hits`` the glossary terms found in ``source``; ``checks`` limits the run to some check
    ids (``inconsistent`` needs other sentences: see :func:`check_document`); ``matcher`` says
    whether an English term occurs in the target.
    """
    want = _selected(checks)
    if not target.strip():
        if "empty_confirmed" in want and status in CONFIRMED_STATUSES:
            return [make_issue("empty_confirmed", "empty_confirmed", status)]
        return []
    if not target_checked(target, status, include_mt):
        return []
    issues = _number_and_date_issues(source, target, want)
    for check, function in _TEXT_CHECKS:
        if check in want:
            issues += function(source, target)
    hits = list(term_hits)
    if hits and "term_missing" in want:
        issues += term_missing(source, target, hits, matcher)
    if hits and "term_forbidden" in want:
        issues += term_forbidden(source, target, hits, matcher)
    issues.sort(key=lambda issue: _ORDER[issue.check])  # stable: keeps each check's own order
    return issues


def _fingerprint(texts: Iterable[str]) -> str:
    digest = hashlib.blake2b("\n".join(sorted(texts)).encode("utf-8"), digest_size=5)
    return digest.hexdigest()


def _inconsistent(rows: list[QaRow], others: Iterable[tuple[str, str]],
                  include_mt: bool, translations: Mapping[str, Sequence[str]] | None
                  ) -> dict[Hashable, QaIssue]:
    """For each checked row: the other translations its Turkish has in the document and project."""
    keys: dict[Hashable, str] = {}
    targets: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if target_checked(row.target, row.status, include_mt) and qa_text.has_real_words(
                row.source):
            key = source_key(row.source)
            keys[row.id] = key
            targets[key].append(" ".join(row.target.split()))
    for other_key, other_target in others:
        if other_key in targets and other_target.strip():
            targets[other_key].append(" ".join(other_target.split()))
    if translations is not None:  # only the keys of these rows are looked up
        for key, found in targets.items():
            found += [" ".join(other.split()) for other in translations.get(key, ())
                      if other.strip()]
    issues: dict[Hashable, QaIssue] = {}
    for row in rows:
        row_key = keys.get(row.id)
        if row_key is None:
            continue
        own = " ".join(row.target.split())
        different = list(dict.fromkeys(t for t in targets[row_key] if t != own))
        if not different:
            continue
        message = "inconsistent" if len(different) == 1 else "inconsistent_many"
        issues[row.id] = make_issue("inconsistent", message, _fingerprint(different),
                                    {"other": different[0], "count": str(len(different))})
    return issues


def check_document(rows: Iterable[QaRow], *, checks: Collection[str] | None = None,
                   others: Iterable[tuple[str, str]] = (),
                   matcher: EnglishMatcher = english_has,
                   include_mt: bool = False,
                   translations: Mapping[str, Sequence[str]] | None = None
                   ) -> list[tuple[Hashable, QaIssue]]:
    """The issues of every row, as ``(row id, issue)`` in row order, then display order.

    ``others`` are ``(source_key(source), target)`` pairs of sentences elsewhere in the project
    (pairs of these rows may be among them: a translation never disagrees with itself);
    ``translations`` maps source keys to such targets, for a project-wide map read once (only
    the keys of these rows are looked up).
    """
    want = _selected(checks)
    ordered = sorted(rows, key=lambda row: row.order)
    inconsistent = (_inconsistent(ordered, others, include_mt, translations)
                    if "inconsistent" in want else {})
    found: list[tuple[Hashable, QaIssue]] = []
    for row in ordered:
        issues = check_sentence(row.source, row.target, row.status, row.term_hits,
                                checks=want, matcher=matcher, include_mt=include_mt)
        if row.id in inconsistent:
            issues.append(inconsistent[row.id])
            issues.sort(key=lambda issue: _ORDER[issue.check])
        found += [(row.id, issue) for issue in issues]
    return found
