"""The shape of an event-suggestion rule, shared by the Turkish and English rule tables.

A rule is a trigger pattern over folded text (Turkish lower case with diacritics removed and the
length kept, see :func:`~annotator.core.actor_matching.fold_keep_length`) plus what a match means:
a PLOVER event type, modes, contexts, a confidence, and hints for reading the sentence around it
(how to tell actor from recipient, what a negated verb becomes). The tables themselves live in
:mod:`annotator.core.suggest_rules_tr` and :mod:`annotator.core.suggest_rules_en`; the engine that
applies them is :mod:`annotator.core.suggest`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Literal

RoleHint = Literal["agent", "object", "host"]
"""How participants relate to the trigger.

``agent``: the subject is the actor; a dative or comitative ("X'e", "X ile", "with X") is the
recipient. ``object``: as ``agent``, and a direct object (accusative "X'i", English object) is a
recipient too (criticise X, visit X). ``host``: the subject hosts, so it is the *recipient* and
the guests are actors (PLOVER CONSULT: "the visitor will always be coded as the source actor and
the host will be the recipient").
"""

Reading = tuple[str, tuple[str, ...]]
"""An alternative (type, modes) a rule turns into under some condition."""


@dataclass(frozen=True)
class TriggerRule:
    """One trigger pattern and the event it suggests.

    ``pattern`` is a regular expression over folded text; the engine adds a word boundary before
    it and extends the match to the end of the word. A named group ``t`` marks the trigger proper
    when the pattern also consumes a neighbouring object noun (``ziyaretler iptal edildi``: the
    whole phrase is claimed, so "ziyaret" does not also fire, but only ``iptal edildi`` is the
    trigger). Rules are tried in table order and the first to claim a stretch of text wins.
    """

    name: str
    type: str
    pattern: str
    modes: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    confidence: float = 0.6
    roles: RoleHint = "agent"
    # Turkish verb rules: the pattern ends at a verb stem and the rest of the word is read for
    # negation (-mA-), future (-(y)AcAk) and condition (-sA); ``rest`` (a regex) must match that
    # rest, which is how a verb form is told from a homonymous noun (görüştü vs görüşü "opinion").
    verb: bool = False
    rest: str | None = None
    negated: Reading | None = None  # what a negated trigger means; None: the same type + negation
    setting: bool = False  # a noun naming an event told elsewhere ("during the visit"): dropped
    #                        when the sentence has any other trigger
    cues: tuple[tuple[str, str], ...] = ()  # (regex, mode): mode added when the regex is found
    #                                         near the trigger
    person: Reading | None = None  # reading when the object right before is an actor (kabul et-)


def rule(name: str, type_: str, pattern: str, *modes: str, conf: float = 0.6,
         contexts: tuple[str, ...] = (), roles: RoleHint = "agent", verb: bool = False,
         rest: str | None = None, negated: Reading | None = None, setting: bool = False,
         cues: tuple[tuple[str, str], ...] = (), person: Reading | None = None) -> TriggerRule:
    """A compact constructor for the rule tables."""
    return TriggerRule(name, type_, pattern, tuple(modes), contexts, conf, roles, verb, rest,
                       negated, setting, cues, person)


# -- what a pattern cannot match without --------------------------------------------------------
# A rule can only fire in a text holding one of its anchors (the longest piece of literal text
# every match of its pattern contains, in each spelling its pattern allows: "iptal" for
# "iptal\s+e[dt]", {"ed", "et"} for "e[dt]"). The engine finds every anchor of a table in one
# pass and runs only the rules whose anchors it saw, which gives the same hits as running all.

_EXACT_LIMIT = 32  # beyond this many spellings a piece of pattern is not spelt out
_PARSER: Any = importlib.import_module("re._parser")  # the regex parser of the standard library
_C: Any = importlib.import_module("re._constants")
Strings = frozenset[str]
_EMPTY: Strings = frozenset({""})


def _product(left: Strings, right: Strings) -> Strings | None:
    joined = frozenset(a + b for a in left for b in right)
    return joined if len(joined) <= _EXACT_LIMIT else None


def _class_strings(items: Any) -> Strings | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < 4:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:  # a negation, a category (\s) or a wide range
            return None
    return frozenset(chars)


def _exact_item(op: Any, av: Any) -> Strings | None:
    """Every string one parsed element can match, when they are few; else None."""
    if op is _C.LITERAL:
        return frozenset({chr(av)})
    if op is _C.IN:
        return _class_strings(av)
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # zero width: what is around is not required
        return _EMPTY
    if op is _C.SUBPATTERN and not av[1] and not av[2]:
        return _exact(av[3])
    if op is _C.BRANCH:
        branches = [_exact(branch) for branch in av[1]]
        if any(b is None for b in branches):
            return None
        union = frozenset().union(*branches)  # type: ignore[arg-type]
        return union if len(union) <= _EXACT_LIMIT else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[1] <= 2:
        low, high, body = av
        once = _exact(body)
        twice = _product(once, once) if once is not None else None
        counts = {0: _EMPTY, 1: once, 2: twice}
        if any(counts[n] is None for n in range(low, high + 1)):
            return None
        union = frozenset().union(*(counts[n] for n in range(low, high + 1)))  # type: ignore[arg-type]
        return union if len(union) <= _EXACT_LIMIT else None
    return None


def _exact(items: Any) -> Strings | None:
    strings: Strings | None = _EMPTY
    for op, av in items:
        part = _exact_item(op, av)
        if part is None or strings is None:
            return None
        strings = _product(strings, part)
    return strings


def _score(strings: Strings | None) -> int:
    return min(map(len, strings)) if strings else 0


def _required_item(op: Any, av: Any) -> Strings | None:
    """Strings one of which every match of an element that is not spelt out contains."""
    if op is _C.SUBPATTERN and not av[1] and not av[2]:
        return _required(av[3])
    if op is _C.BRANCH:
        branches = [_required(branch) for branch in av[1]]
        if any(not _score(b) for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2])
    return None


def _required(items: Any) -> Strings | None:
    """The best set of strings one of which every match of the parsed ``items`` contains."""
    found: list[Strings | None] = []
    run = _EMPTY  # the literal text of the elements just read, in every spelling
    for op, av in items:
        part = _exact_item(op, av)
        if part is not None:
            joined = _product(run, part)
            if joined is None:
                found.append(run)
                run = part
            else:
                run = joined
            continue
        found.extend((run, _required_item(op, av)))
        run = _EMPTY
    found.append(run)
    best = max(found, key=_score)
    return best if _score(best) else None


def anchors(pattern: str) -> Strings | None:
    """Strings of which every match of ``pattern`` holds one (None: none is known)."""
    parsed = _PARSER.parse(pattern)
    if parsed.state.flags & ~(_C.SRE_FLAG_UNICODE):
        return None  # case-insensitive or verbose patterns are not spelt out
    found = _required(list(parsed))
    if found is None:
        return None
    # A text holding "signed" holds "sign": the shortest pieces are enough.
    return frozenset(a for a in found if not any(b != a and b in a for b in found))
