"""Messages of the translation QA checks (:mod:`annotator.core.qa_checks`), context ``QA``.

A QA issue is not an error: it carries a message key of :data:`MESSAGES` and the parameters that
fill it. :func:`render_qa` renders an issue in English (the CLI, exports, tests); the GUI passes
``translate=lambda text: QCoreApplication.translate("QA", text)`` to show it in the interface
language. :data:`NAMES` and :data:`SEVERITY_NAMES` are what a list of issues shows for a check id
and a severity. Unlike the ``Errors`` catalogue this module is not one of
:data:`annotator.messages.LAYERS`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from annotator.messages import QT_TRANSLATE_NOOP, fill


class QaIssueLike(Protocol):
    """What rendering needs of an issue (``annotator.core.qa_types.QaIssue``; a protocol here,
    because this catalogue sits below the core layer)."""

    @property
    def check(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def params(self) -> Mapping[str, str]: ...


MESSAGES: dict[str, str] = {
    "empty_confirmed": QT_TRANSLATE_NOOP(
        "QA", "The sentence is confirmed, but its English is empty."),
    "numbers": QT_TRANSLATE_NOOP("QA", "The number {number} of the Turkish is not in the English."),
    "numbers_format": QT_TRANSLATE_NOOP(
        "QA", "The number {number} is written the Turkish way in the English; in English it is "
        "{english}."),
    "dates": QT_TRANSLATE_NOOP(
        "QA", "The date “{date}” of the Turkish is not in the English (in English: {english})."),
    "footnote_missing": QT_TRANSLATE_NOOP(
        "QA", "The footnote marker {marker} of the Turkish is not in the English."),
    "footnote_extra": QT_TRANSLATE_NOOP(
        "QA", "The English has a footnote marker {marker} that the Turkish does not have."),
    "footnote_order": QT_TRANSLATE_NOOP(
        "QA", "The footnote markers are in another order: {source} in the Turkish, {target} in "
        "the English."),
    "term_forbidden": QT_TRANSLATE_NOOP(
        "QA", "The English uses “{variant}”, which the glossary forbids for “{term}”; use "
        "“{english}”."),
    "term_forbidden_no_target": QT_TRANSLATE_NOOP(
        "QA", "The English uses “{variant}”, which the glossary forbids for “{term}”."),
    "term_missing": QT_TRANSLATE_NOOP(
        "QA", "The glossary term “{term}” is in the Turkish, but none of its English terms is "
        "in the English: {english}."),
    "untranslated": QT_TRANSLATE_NOOP(
        "QA", "The English is the same as the Turkish: the sentence may not be translated."),
    "inconsistent": QT_TRANSLATE_NOOP(
        "QA", "The same Turkish sentence is translated differently elsewhere: “{other}”."),
    "inconsistent_many": QT_TRANSLATE_NOOP(
        "QA", "The same Turkish sentence is translated in {count} other ways elsewhere, for "
        "example “{other}”."),
    "end_punctuation_missing": QT_TRANSLATE_NOOP(
        "QA", "The Turkish ends with “{source}”, the English has no end mark."),
    "end_punctuation_extra": QT_TRANSLATE_NOOP(
        "QA", "The English ends with “{target}”, the Turkish has no end mark."),
    "end_punctuation_different": QT_TRANSLATE_NOOP(
        "QA", "The Turkish ends with “{source}”, the English with “{target}”."),
    "brackets": QT_TRANSLATE_NOOP(
        "QA", "The brackets {mark} do not balance in the English (they do in the Turkish)."),
    "quotes": QT_TRANSLATE_NOOP(
        "QA", "The quotation marks {mark} do not balance in the English."),
    "double_space": QT_TRANSLATE_NOOP("QA", "The English has a double space."),
    "space_before": QT_TRANSLATE_NOOP("QA", "The English has a space before “{mark}”."),
}
"""Message key of an issue → English template."""

NAMES: dict[str, str] = {
    "empty_confirmed": QT_TRANSLATE_NOOP("QA", "Empty confirmed sentence"),
    "numbers": QT_TRANSLATE_NOOP("QA", "Numbers"),
    "dates": QT_TRANSLATE_NOOP("QA", "Dates"),
    "footnotes": QT_TRANSLATE_NOOP("QA", "Footnote markers"),
    "term_forbidden": QT_TRANSLATE_NOOP("QA", "Forbidden term"),
    "term_missing": QT_TRANSLATE_NOOP("QA", "Missing term"),
    "untranslated": QT_TRANSLATE_NOOP("QA", "Untranslated"),
    "inconsistent": QT_TRANSLATE_NOOP("QA", "Inconsistent translation"),
    "end_punctuation": QT_TRANSLATE_NOOP("QA", "End punctuation"),
    "brackets": QT_TRANSLATE_NOOP("QA", "Brackets"),
    "quotes": QT_TRANSLATE_NOOP("QA", "Quotation marks"),
    "spaces": QT_TRANSLATE_NOOP("QA", "Spaces"),
}
"""Check id → the name shown to people."""

SEVERITY_NAMES: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("QA", "Error"),
    "warning": QT_TRANSLATE_NOOP("QA", "Warning"),
    "info": QT_TRANSLATE_NOOP("QA", "Note"),
}
"""Severity → the word shown to people."""

FALLBACK = "{check}"


def render_qa(issue: QaIssueLike, translate: Callable[[str], str] | None = None) -> str:
    """``issue`` as a sentence: its template (translated when ``translate`` is given) filled in."""
    template = MESSAGES.get(issue.message, FALLBACK)
    if translate is not None:
        template = translate(template)
    return fill(template, {"check": issue.check, **issue.params})
