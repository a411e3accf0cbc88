"""The vocabulary of the translation QA checks: check ids, severities and the issue they report.

A :class:`QaIssue` names its check, its severity, the key of its message template
(:mod:`annotator.messages.qa`, context ``QA``) with the template's parameters, and a ``detail``:
a short, stable fingerprint of what was found (the missing number ``"3,5"``, a glossary entry's
key). A person's "not an error" mark is stored against (sentence, check, detail), so it stays
valid while the same problem persists and a different problem in the same sentence shows again.
The checks themselves live in :mod:`annotator.core.qa_checks` and the modules it uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
Side = Literal["source", "target"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
"""Severities from the most to the least serious."""

CHECKS: dict[str, Severity] = {
    "empty_confirmed": "error",
    "numbers": "error",
    "dates": "error",
    "footnotes": "error",
    "term_forbidden": "error",
    "term_missing": "warning",
    "untranslated": "warning",
    "inconsistent": "warning",
    "end_punctuation": "warning",
    "brackets": "warning",
    "quotes": "warning",
    "spaces": "info",
}
"""Every check id with its severity, in the order a list of issues shows them."""

CONFIRMED_STATUSES = frozenset({"translated", "reviewed"})
"""Target statuses that say a person stands behind the English."""


@dataclass(frozen=True)
class QaIssue:
    """One problem a check found in a sentence pair.

    ``message`` keys a template of :data:`annotator.messages.qa.MESSAGES` that ``params`` fill in.
    ``side``/``start``/``end`` point at the text concerned (offsets into the source or the target
    of the sentence, end-exclusive) when there is one place to point at.
    """

    check: str
    severity: Severity
    message: str
    detail: str
    params: dict[str, str] = field(default_factory=dict, hash=False)
    side: Side | None = None
    start: int | None = None
    end: int | None = None

    @property
    def mark_key(self) -> tuple[str, str]:
        """What a "not an error" mark is stored against, together with the sentence."""
        return (self.check, self.detail)


def make_issue(check: str, message: str, detail: str, params: dict[str, str] | None = None,
               side: Side | None = None, start: int | None = None,
               end: int | None = None) -> QaIssue:
    """An issue of ``check`` with the check's severity from :data:`CHECKS`."""
    return QaIssue(check, CHECKS[check], message, detail, params or {}, side, start, end)
