"""The glossary QA checks: ``term_missing`` and ``term_forbidden``.

The checks do not look for Turkish terms themselves: they take the hits a term finder already
made in the Turkish (``annotator.core.term_match``'s ``TermIndex.find``, or any
``(GlossaryTerm, start, end)`` triples) and a matcher that says whether an English phrase occurs in
the English. :func:`english_has` is a simple default matcher (case-insensitive, on word boundaries,
spaces and hyphens alike, a plural or possessive ending allowed on the last word); pass another
one to the checks to replace it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Protocol

from annotator.core.glossary import GlossaryTerm
from annotator.core.qa_types import QaIssue, make_issue

EnglishMatcher = Callable[[str, str], bool]
"""``matcher(text, phrase)``: True when the English ``phrase`` occurs in the English ``text``."""


class TermHitLike(Protocol):
    """A glossary term found at ``start:end`` of a Turkish sentence (a ``term_match`` hit)."""

    @property
    def term(self) -> GlossaryTerm: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


TermHit = TermHitLike | tuple[GlossaryTerm, int, int]

_ENDINGS = r"(?:s|es|['’]s|s['’])?"


@lru_cache(maxsize=65_536)  # a 5,000-term glossary has about 10,000 English phrases
def _phrase_source(phrase: str) -> str | None:
    """The regular expression of one phrase. Case is ignored, except in all-capital phrases
    ("US", "UN"): they are names, not the words "us" and "un"."""
    words = phrase.split()
    if not words:
        return None
    last = words[-1]
    last_forms = re.escape(last) + _ENDINGS
    if len(last) > 2 and last[-1] in "yY" and last[-2].lower() not in "aeiou":
        last_forms = f"(?:{last_forms}|{re.escape(last[:-1])}ies)"  # Ministry -> Ministries
    body = r"[\s\-‐]+".join([*(re.escape(word) for word in words[:-1]), last_forms])
    letters = [c for c in phrase if c.isalpha()]
    exact = len(letters) >= 2 and phrase.isupper()
    return (r"(?:" if exact else r"(?i:") + r"(?<!\w)" + body + r"(?!\w))"


@lru_cache(maxsize=65_536)
def _phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    source = _phrase_source(phrase)
    return re.compile(source) if source is not None else None


@lru_cache(maxsize=65_536)
def _any_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for several phrases (a term's English terms): one search instead of many."""
    sources = [p for p in (_phrase_source(" ".join(ph.split())) for ph in phrases) if p]
    return re.compile("|".join(sources)) if sources else None


@lru_cache(maxsize=65_536)
def _needles(phrases: tuple[str, ...]) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which an ASCII text contains, lower-cased, when one of
    ``phrases`` occurs in it: each phrase's first word (a one-word phrase without a final ``y``,
    which may be ``-ies``). None when a phrase is not ASCII: case-insensitive matching then
    knows equivalences ``str.lower`` does not (the Kelvin sign and ``k``, ``ſ`` and ``s``)."""
    needles = []
    for phrase in phrases:
        words = phrase.split()
        if not words:
            continue
        if not phrase.isascii():
            return None
        first = words[0] if len(words) > 1 or words[0][-1] not in "yY" else words[0][:-1]
        needles.append(first.lower())
    return tuple(needles)


def english_has_any(text: str, phrases: tuple[str, ...]) -> bool:
    """True when one of ``phrases`` occurs in ``text`` (as :func:`english_has` finds each)."""
    needles = _needles(phrases)
    if needles is not None and text.isascii():  # a substring test rules most texts out
        lowered = text.lower()
        if not any(needle in lowered for needle in needles):
            return False
    pattern = _any_pattern(phrases)
    return pattern is not None and pattern.search(text) is not None


def english_has(text: str, phrase: str) -> bool:
    """True when ``phrase`` occurs in ``text``: any case (but "US" only in capitals), whole words,
    ``-`` for a space, and a plural or possessive ending on the last word (``Foreign
    Ministers``, ``Blinken’s``)."""
    pattern = _phrase_pattern(" ".join(phrase.split()))
    return pattern is not None and pattern.search(text) is not None


def _unpack(hit: TermHit) -> tuple[GlossaryTerm, int, int]:
    if isinstance(hit, tuple):
        return hit
    return hit.term, hit.start, hit.end


def _terms(source: str, hits: Iterable[TermHit]) -> list[tuple[GlossaryTerm, str, int, int]]:
    """Each term once (at its first hit), with the Turkish words it was found as."""
    seen: set[str] = set()
    found = []
    for hit in hits:
        term, start, end = _unpack(hit)
        if term.key in seen:
            continue
        seen.add(term.key)
        found.append((term, source[start:end] or term.source, start, end))
    return found


def _listed(targets: tuple[str, ...], most: int = 3) -> str:
    """The English terms a message names: the first few (an actor has many aliases)."""
    shown = ", ".join(targets[:most])
    return shown + (", …" if len(targets) > most else "")


def term_missing(source: str, target: str, hits: Iterable[TermHit],
                 matcher: EnglishMatcher = english_has) -> list[QaIssue]:
    """Terms found in the Turkish none of whose English terms is in the English."""
    issues = []
    for term, words, start, end in _terms(source, hits):
        if not term.targets:
            continue
        if matcher is english_has:
            if english_has_any(target, term.targets):
                continue
        elif any(matcher(target, english) for english in term.targets):
            continue
        issues.append(make_issue("term_missing", "term_missing", term.key,
                                 {"term": words, "english": _listed(term.targets)},
                                 "source", start, end))
    return issues


def term_forbidden(source: str, target: str, hits: Iterable[TermHit],
                   matcher: EnglishMatcher = english_has) -> list[QaIssue]:
    """Forbidden renderings of terms found in the Turkish that the English uses.

    A forbidden phrase that is part of an accepted English term the English also uses (forbidden
    ``Foreign Minister``, accepted ``Deputy Foreign Minister``) is not reported.
    """
    issues = []
    for term, words, start, end in _terms(source, hits):
        if not term.forbidden:
            continue
        used = [english for english in term.targets if matcher(target, english)]
        for variant in term.forbidden:
            inside = any(variant.casefold() in english.casefold() for english in used)
            if inside or not matcher(target, variant):
                continue
            message = "term_forbidden" if term.targets else "term_forbidden_no_target"
            issues.append(make_issue(
                "term_forbidden", message, f"{term.key}|{variant.casefold()}",
                {"term": words, "variant": variant, "english": term.preferred},
                "source", start, end))
    return issues
