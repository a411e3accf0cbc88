"""The shape of an event-suggestion rule, shared by the Turkish and English rule tables.

A rule is a trigger pattern over folded text (Turkish lower case with diacritics removed and the
length kept, see :func:`~annotator.core.actor_matching.fold_keep_length`) plus what a match means:
a PLOVER event type, modes, contexts, a confidence, and hints for reading the sentence around it
(how to tell actor from recipient, what a negated verb becomes). The tables themselves live in
:mod:`annotator.core.suggest_rules_tr` and :mod:`annotator.core.suggest_rules_en`; the engine that
applies them is :mod:`annotator.core.suggest`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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
