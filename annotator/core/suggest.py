"""Event-type suggestions from trigger words on the Turkish and the English side of a sentence.

Pure rules, no model: the trigger tables (:mod:`~annotator.core.suggest_rules_tr`,
:mod:`~annotator.core.suggest_rules_en`) name a PLOVER type, modes and contexts per pattern; this
module finds the triggers in a sentence, reads negation, the future and conditions around them,
picks candidate actors and recipients from the sentence's actor mentions
(:mod:`~annotator.core.suggest_roles`) and returns :class:`EventCandidate` objects.
:func:`combine` then merges the two sides into one suggestion per event type, the shape storage
keeps. Nothing here is an annotation until a person accepts it.

Negation: a negated Turkish verb (``görüşmedi``, ``katılmama``) or an English trigger after
"not"/"never"/"n't" adds the auxiliary mode ``negation``, except where the rule says what a
negated trigger means instead (not attending a meeting is PLOVER REJECT/meet).

A sentence is read in one pass per side: an Aho-Corasick automaton over the rules' anchors (the
literal text each pattern needs, :func:`~annotator.core.suggest_rules.anchors`) says which rules
can fire, and only those patterns are tried, in table order, which finds what trying them all
would.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from annotator.core.actor_matching import fold_keep_length
from annotator.core.models import Side
from annotator.core.suggest_roles import MentionSpan, Phrase, assign_roles, object_before, phrases
from annotator.core.suggest_rules import RoleHint, TriggerRule, anchors
from annotator.core.suggest_rules_en import EN_RULES
from annotator.core.suggest_rules_tr import TR_RULES

__all__ = ["EventCandidate", "EventSuggestion", "MentionSpan", "combine", "suggest_events"]

NEGATION, FUTURE, HYPOTHETICAL = "negation", "future", "hypothetical"
AUX_ORDER = (NEGATION, FUTURE, HYPOTHETICAL)
BOTH_SIDES_BONUS = 0.1  # a type found on both sides of a sentence is likelier right
MAX_CONFIDENCE = 0.95

# Turkish verb endings after the stem (folded): negation -mA- (after an optional passive or
# reflexive -Il-/-In-), future -(y)AcAk, condition -sA, necessity -mAlI.
_TR_NEGATION = re.compile(
    r"^(?:[iu]?[ln])?m[ae](?:d|m|y[ae]c|y[ae]n|y[iu]p|z|s[ae](?![a-z])|ks[iu]z)")
_TR_FUTURE = re.compile(r"[ae]c[ae][kg]")
_TR_CONDITION = re.compile(r"s[ae](?:ydi|m|n|k|niz|l[ae]r)?$|m[ae]l[iu]")
# Finite verb forms (a nominative subject) as opposed to verbal nouns and participles (genitive).
_TR_VERBAL_NOUN = re.compile(r"^(?:[iu]?[ln])?m[ae](?!z|d|m[iu]s|y[ae]c)")
_TR_FINITE = re.compile(
    r"(?:d[iu]|t[iu]|m[iu]s|yor|[ae]c[ae]k|[ae]r|[iu]r|m[ae]z)"
    r"(?:[iu]m|[iu]z|s[iu]n(?:[iu]z)?|n|k|l[ae]r)?(?:d[iu]r|t[iu]r|d[iu]|t[iu])?$|[ae]r[ae]k$|y?[iu]p$")
_TR_FUTURE_AFTER = re.compile(
    r"[\s,]*(?:[a-z]+\s+)?(?:planla|plani|bekle|niyet|hedefle|uzere|hazirlan)")
_TR_CONDITION_AFTER = re.compile(r"\s*(?:sartiyla|kosuluyla|halinde|takdirde)")
# English: the few words before the trigger, within its clause.
_EN_NEGATION = re.compile(r"(?<![a-z])(?:not|never|no\s+longer)(?![a-z])|n['’]t(?![a-z])")
_EN_FUTURE = re.compile(
    r"(?<![a-z])(?:will|shall|going\s+to|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to"
    r"|expected\s+to|set\s+to|scheduled\s+to|look(?:s|ed|ing)?\s+forward\s+to)(?![a-z])"
    r"|['’]ll(?![a-z])")
_EN_CONDITION = re.compile(r"(?<![a-z])(?:if|unless|could|might|may|would|should)(?![a-z])")
_CLAUSE_BREAK = re.compile(r".*[.,;:!?]", re.DOTALL)
_EN_WINDOW_WORDS = 5
_CUE_WINDOW = 80

_KEYWORD_CONTEXTS: dict[Side, tuple[tuple[str, re.Pattern[str]], ...]] = {
    Side.TR: (
        ("military", re.compile(r"(?<![a-z])(?:askeri|savunma|silahli\s+kuvvet|ordu|asker)")),
        ("economic", re.compile(r"(?<![a-z])(?:ekonomi|ticaret|yatirim|enerji|finans)")),
        ("humanitarian", re.compile(r"(?<![a-z])insani\s+yardim")),
        ("diplomatic", re.compile(
            r"(?<![a-z])(?:disisleri|dis\s+isleri|buyukelci|diplomat|devlet\s+baskan"
            r"|cumhurbaskan|basbakan)")),
    ),
    Side.EN: (
        ("military", re.compile(r"(?<![a-z])(?:military|defen[cs]e|army|troops|armed\s+forces)")),
        ("economic", re.compile(r"(?<![a-z])(?:econom|trade|invest|energy|financ)")),
        ("humanitarian", re.compile(r"(?<![a-z])humanitarian")),
        ("diplomatic", re.compile(
            r"(?<![a-z])(?:foreign\s+minist|secretary\s+of\s+state|ambassador|diplomat"
            r"|president|prime\s+minister|foreign\s+affairs|state\s+department)")),
    ),
}


@dataclass(frozen=True)
class EventCandidate:
    """A trigger found on one side of a sentence and the event it suggests."""

    type: str
    modes: tuple[str, ...]
    contexts: tuple[str, ...]
    aux: tuple[str, ...]
    trigger: tuple[int, int]
    confidence: float
    side: Side
    rule: str
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventSuggestion:
    """One suggested event of a sentence: a type with its triggers on either side."""

    type: str
    modes: tuple[str, ...]
    contexts: tuple[str, ...]
    aux: tuple[str, ...]
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    trigger_tr: tuple[int, int] | None
    trigger_en: tuple[int, int] | None
    confidence: float


@dataclass(frozen=True)
class _Hit:
    rule: TriggerRule
    claim: tuple[int, int]  # the text the rule consumed (no other rule may fire inside it)
    trigger: tuple[int, int]
    rest: str  # Turkish verb rules: the letters after the stem


def _full_pattern(rule: TriggerRule, side: Side) -> str:
    head = rf"(?<![a-z0-9])(?:{rule.pattern})"
    if side is Side.EN:
        return head + r"(?![a-z0-9])"
    return head + (r"(?P<rest>[a-z]*)" if rule.verb else r"[a-z]*")


@dataclass(frozen=True)
class _CompiledRule:
    rule: TriggerRule
    regex: re.Pattern[str]
    rest: re.Pattern[str] | None  # rule.rest, compiled
    has_rest: bool  # the regex has a group "rest" (Turkish verb rules)
    has_trigger: bool  # the regex has a group "t" (the trigger proper)


@dataclass(frozen=True)
class _RuleTable:
    """A side's rules, compiled, and one automaton over their anchors."""

    rules: tuple[_CompiledRule, ...]
    automaton: Any  # ahocorasick.Automaton: anchor -> indexes of the rules it belongs to
    always: frozenset[int]  # rules without a known anchor: tried on every text


@cache
def _table(side: Side) -> _RuleTable:
    rules = TR_RULES if side is Side.TR else EN_RULES
    compiled = []
    by_anchor: dict[str, list[int]] = {}
    always = set()
    for index, rule in enumerate(rules):
        regex = re.compile(_full_pattern(rule, side))
        compiled.append(_CompiledRule(
            rule, regex, re.compile(rule.rest) if rule.rest is not None else None,
            "rest" in regex.groupindex, "t" in regex.groupindex))
        found = anchors(rule.pattern)
        if found is None:
            always.add(index)
        for anchor in found or ():
            by_anchor.setdefault(anchor, []).append(index)
    automaton = ahocorasick.Automaton()
    for anchor, indexes in by_anchor.items():
        automaton.add_word(anchor, tuple(indexes))
    automaton.make_automaton()
    return _RuleTable(tuple(compiled), automaton, frozenset(always))


def _hit(rule: _CompiledRule, match: re.Match[str], side: Side) -> _Hit | None:
    rest = (match.group("rest") or "") if rule.has_rest else ""
    if rule.rest is not None and not rule.rest.match(rest):
        return None
    if rule.has_trigger and match.start("t") >= 0:
        end = match.end("t") if side is Side.EN else match.end()
        return _Hit(rule.rule, match.span(), (match.start("t"), end), rest)
    return _Hit(rule.rule, match.span(), match.span(), rest)


def _candidates(folded: str, table: _RuleTable) -> list[int]:
    """The rules that may fire in ``folded`` (whose anchors it holds), in table order."""
    found = set(table.always)
    for _, indexes in table.automaton.iter(folded):
        found.update(indexes)
    return sorted(found)


def _find_hits(folded: str, side: Side) -> list[_Hit]:
    """Every trigger, the first rule in table order winning any overlap, in text order."""
    table = _table(side)
    hits: list[_Hit] = []
    for index in _candidates(folded, table):
        rule = table.rules[index]
        for match in rule.regex.finditer(folded):
            start, end = match.span()
            if any(start < h.claim[1] and h.claim[0] < end for h in hits):
                continue
            if (hit := _hit(rule, match, side)) is not None:
                hits.append(hit)
    hits.sort(key=lambda h: h.trigger)
    if any(not h.rule.setting for h in hits):
        hits = [h for h in hits if not h.rule.setting]
    return hits


def _turkish_aux(hit: _Hit, folded: str) -> set[str]:
    aux: set[str] = set()
    if hit.rule.verb and _TR_NEGATION.match(hit.rest):
        aux.add(NEGATION)
    after = hit.trigger[1]
    if _TR_FUTURE.search(hit.rest) or _TR_FUTURE_AFTER.match(folded, after):
        aux.add(FUTURE)
    if (hit.rule.verb and _TR_CONDITION.search(hit.rest)) or _TR_CONDITION_AFTER.match(folded,
                                                                                       after):
        aux.add(HYPOTHETICAL)
    return aux


def _finite(hit: _Hit, side: Side) -> bool:
    """Whether a trigger is a finite verb (English triggers always count as finite)."""
    if side is Side.EN:
        return True
    return (hit.rule.verb and not _TR_VERBAL_NOUN.match(hit.rest)
            and bool(_TR_FINITE.search(hit.rest)))


def _english_aux(hit: _Hit, folded: str) -> set[str]:
    before = folded[max(0, hit.trigger[0] - 60):hit.trigger[0]]
    if clause := _CLAUSE_BREAK.match(before):
        before = before[clause.end():]
    window = " ".join(before.split()[-_EN_WINDOW_WORDS:])
    found = {NEGATION: _EN_NEGATION, FUTURE: _EN_FUTURE, HYPOTHETICAL: _EN_CONDITION}
    return {name for name, pattern in found.items() if pattern.search(window)}


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _cue_modes(rule: TriggerRule, folded: str, trigger: tuple[int, int]) -> tuple[str, ...]:
    window = folded[max(0, trigger[0] - _CUE_WINDOW):trigger[1] + _CUE_WINDOW // 2]
    return tuple(mode for pattern, mode in rule.cues if _regex(pattern).search(window))


def _keyword_contexts(folded: str, side: Side) -> tuple[str, ...]:
    """The contexts the words of a sentence suggest (whatever its triggers)."""
    return tuple(name for name, pattern in _KEYWORD_CONTEXTS[side] if pattern.search(folded))


def _contexts(rule: TriggerRule, keywords: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*rule.contexts, *keywords)))


def _reading(hit: _Hit, folded: str, side: Side,
             found: Sequence[Phrase]) -> tuple[str, tuple[str, ...], set[str], RoleHint]:
    """The type, modes, auxiliary modes and role hint of one trigger in its sentence."""
    rule = hit.rule
    aux = _turkish_aux(hit, folded) if side is Side.TR else _english_aux(hit, folded)
    type_, modes, roles = rule.type, rule.modes, rule.roles
    if NEGATION in aux and rule.negated is not None:
        (type_, modes), roles = rule.negated, "agent"
        aux.discard(NEGATION)
    if rule.person is not None and object_before(found, folded, hit.trigger[0]):
        (type_, modes), roles = rule.person, "host"
    modes = tuple(dict.fromkeys((*modes, *_cue_modes(rule, folded, hit.trigger))))
    return type_, modes, aux, roles


def suggest_events(text: str, side: Side,
                   mentions: Sequence[MentionSpan] = ()) -> list[EventCandidate]:
    """Event candidates for one side of a sentence, in text order.

    ``mentions`` are the actor mentions of the same text; they only serve to guess actors and
    recipients, so an empty list still gives types, modes and triggers.
    """
    folded = fold_keep_length(text)
    hits = _find_hits(folded, side)
    found = phrases(text, folded, mentions, side)
    candidates: list[EventCandidate] = []
    keywords = _keyword_contexts(folded, side) if hits else ()
    for index, hit in enumerate(hits):
        type_, modes, aux, roles = _reading(hit, folded, side, found)
        scope = (hits[index - 1].claim[1] if index else 0,
                 hits[index + 1].claim[0] if index + 1 < len(hits) else len(text))
        actors, recipients = assign_roles(found, side, folded, hit.trigger, scope, roles,
                                          _finite(hit, side))
        candidates.append(EventCandidate(
            type=type_, modes=modes, contexts=_contexts(hit.rule, keywords),
            aux=tuple(a for a in AUX_ORDER if a in aux), trigger=hit.trigger,
            confidence=hit.rule.confidence, side=side, rule=hit.rule.name, actors=actors,
            recipients=recipients))
    return candidates


def _best_by_type(candidates: Sequence[EventCandidate]) -> dict[str, EventCandidate]:
    best: dict[str, EventCandidate] = {}
    for candidate in candidates:
        if candidate.type not in best or candidate.confidence > best[candidate.type].confidence:
            best[candidate.type] = candidate
    return best


def combine(turkish: Sequence[EventCandidate],
            english: Sequence[EventCandidate]) -> list[EventSuggestion]:
    """One suggestion per event type of a sentence, Turkish evidence first.

    The most confident candidate of each type on each side is kept; a type found on both sides
    gets both trigger spans, the Turkish reading's modes, participants and auxiliary modes (the
    English ones where the Turkish side has none), and a small confidence bonus.
    """
    tr_best, en_best = _best_by_type(turkish), _best_by_type(english)
    suggestions = []
    for type_ in dict.fromkeys((*tr_best, *en_best)):
        tr, en = tr_best.get(type_), en_best.get(type_)
        main = tr or en
        assert main is not None
        other = en if tr is not None else None
        confidence = main.confidence
        if tr is not None and en is not None:
            confidence = min(MAX_CONFIDENCE, max(tr.confidence, en.confidence) + BOTH_SIDES_BONUS)
        suggestions.append(EventSuggestion(
            type=type_,
            modes=main.modes or (other.modes if other else ()),
            contexts=tuple(dict.fromkeys((*main.contexts, *(other.contexts if other else ())))),
            aux=main.aux,
            actors=main.actors or (other.actors if other else ()),
            recipients=main.recipients or (other.recipients if other else ()),
            trigger_tr=tr.trigger if tr else None, trigger_en=en.trigger if en else None,
            confidence=round(confidence, 2)))
    return suggestions
