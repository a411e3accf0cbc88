"""Who did it to whom: candidate actor and recipient of a suggested event, from actor mentions.

Deliberately simple, and documented in ``docs/suggestions.md``. Mentions are first merged into
noun phrases ("ABD Dışişleri Bakanı Antony Blinken", "U.S. Secretary of State Antony Blinken":
the last mention is the head). Each phrase gets a grammatical case:

- Turkish, from the suffix after the name (after an apostrophe or bare): dative ``-(y)A`` /
  ``-nA``, comitative ``-(y)lA`` or a following ``ile``, accusative ``-(y)I`` / ``-nI``, genitive
  ``-(n)In``, ``-lI`` ("ABD'li"), a following ``tarafından`` (passive agent); a bare name is
  nominative. Title words after a name carry its suffix ("ABD Senatosu'nun" is genitive).
- English, from the word before the phrase: ``with`` (comitative), ``to`` (dative), ``by``
  (agent), another preposition (oblique), none (nominative).

Turkish is verb-final, so participants are looked for *before* the trigger, from the end of the
previous trigger on (a rough clause). The actor is the first nominative phrase (else the first
genitive or ``-li`` one); dative and comitative phrases, and accusative ones for transitive
triggers (visit, criticise), are recipients. In English the actor is the first nominative phrase
before the trigger and the first phrase after it is the recipient; "was ... by X" makes X the
actor. Hosting triggers swap the two (PLOVER: the guest is the actor, the host the recipient).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.models import Side
from annotator.core.suggest_rules import RoleHint

NOM, GEN, ADJ, DAT, COM, ACC, LOC, ABL, AGENT, OBL, OTHER = (
    "nom", "gen", "adj", "dat", "com", "acc", "loc", "abl", "agent", "obl", "other")

_TR_SUFFIX_CASES: dict[str, str] = {
    **dict.fromkeys(("a", "e", "ya", "ye", "na", "ne"), DAT),
    **dict.fromkeys(("la", "le", "yla", "yle"), COM),
    **dict.fromkeys(("i", "u", "yi", "yu", "ni", "nu"), ACC),
    **dict.fromkeys(("in", "un", "nin", "nun"), GEN),
    **dict.fromkeys(("da", "de", "ta", "te", "nda", "nde"), LOC),
    **dict.fromkeys(("dan", "den", "tan", "ten", "ndan", "nden"), ABL),
}
_APOSTROPHES = "'’ʼ"
_TR_SUFFIX = re.compile(rf"[{_APOSTROPHES}]?([a-z]*)")
_SUFFIX_THEN_SPACE = re.compile(rf"[{_APOSTROPHES}]?[a-z]*\s+")
_TR_FOLLOWER = re.compile(r"\s+(ile|tarafindan)(?![a-z])")
_UPPER = "A-ZÇĞİÖŞÜÂÎÛ"
_TITLE_WORDS = re.compile(rf"(?:\s+[{_UPPER}][^\s,.;:!?()\[\]]*)+")
# Between two mentions of one phrase: title words only ("ABD Dışişleri Bakanı Antony Blinken");
# two names side by side with nothing between are two phrases ("Blinken Aliyev ile").
_TR_GAP = re.compile(rf"(?:\s+[{_UPPER}][^\s,.;:!?()\[\]'’]*)+\s+")
_EN_GAP = re.compile(rf"(?:['’]s|[a-z]+)?(?:\s+(?:[{_UPPER}][^\s,;:!?()\[\]]*|of|the|for))+\s+")
_EN_TITLES_BEFORE = re.compile(rf"(?:[{_UPPER}][^\s,;:!?()\[\]]*\s+)*$")
_EN_PREVIOUS = re.compile(r"([a-z]+)\s*$")
_EN_CASES = {"with": COM, "to": DAT, "by": AGENT}
_EN_PREPOSITIONS = frozenset(("from", "of", "for", "in", "at", "on", "against", "between",
                              "toward", "towards", "into", "about", "than", "over", "under"))
_EN_PASSIVE = re.compile(r"(?<![a-z])(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$")
_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")
_AND = re.compile(r"\s+ve\s+")


@dataclass(frozen=True)
class MentionSpan:
    """An actor mention in the sentence text the triggers are read from."""

    start: int
    end: int
    actor_id: str


@dataclass(frozen=True)
class Phrase:
    """One or more adjacent mentions read as one noun phrase, with its grammatical case."""

    start: int
    end: int
    actor_id: str
    case: str


def _tr_case(text: str, folded: str, end: int, limit: int) -> str:
    """The case of the phrase ending at ``end``; title words are read up to ``limit``."""
    match = _TR_SUFFIX.match(folded, end)
    assert match is not None  # the pattern matches the empty string
    suffix, after = match.group(1), match.end()
    if not suffix and (title := _TITLE_WORDS.match(text, end, limit)):
        last = title.group(0).split()[-1]
        after = title.end()
        pieces = _APOSTROPHE.split(folded[title.end() - len(last):title.end()])
        suffix = pieces[-1] if len(pieces) > 1 else ""
    if follower := _TR_FOLLOWER.match(folded, after):
        return COM if follower.group(1) == "ile" else AGENT
    if not suffix:
        return NOM
    if suffix.startswith(("li", "lu")):
        return ADJ
    return _TR_SUFFIX_CASES.get(suffix, OTHER)


def _en_case(text: str, folded: str, start: int, end: int) -> str:
    if folded[end:end + 2] in ("'s", "’s"):
        return GEN
    titles = _EN_TITLES_BEFORE.search(text, 0, start)  # "by President Ilham Aliyev": look past
    if titles is not None:                              # the title to the preposition
        start = titles.start()
    previous = _EN_PREVIOUS.search(folded, 0, start)
    word = previous.group(1) if previous else ""
    if word in _EN_CASES:
        return _EN_CASES[word]
    return OBL if word in _EN_PREPOSITIONS else NOM


def phrases(text: str, folded: str, mentions: Iterable[MentionSpan], side: Side) -> list[Phrase]:
    """Merge adjacent mentions into phrases (the last is the head) and give each its case."""
    gap = _TR_GAP if side is Side.TR else _EN_GAP
    merged: list[tuple[int, MentionSpan]] = []  # (phrase start, head mention)
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        if merged and gap.fullmatch(text, merged[-1][1].end, mention.start):
            merged[-1] = (merged[-1][0], mention)
        elif not merged or mention.start >= merged[-1][1].end:
            merged.append((mention.start, mention))
    limits = [start for start, _ in merged[1:]] + [len(text)] * bool(merged)
    found = [Phrase(start, head.end, head.actor_id,
                    _tr_case(text, folded, head.end, limit) if side is Side.TR
                    else _en_case(text, folded, start, head.end))
             for (start, head), limit in zip(merged, limits, strict=True)]
    return _coordinate(folded, found) if side is Side.TR else found


def _coordinate(folded: str, found: list[Phrase]) -> list[Phrase]:
    """"Bayramov ve Mirzoyan'ı": a bare phrase joined by "ve" takes the next one's case."""
    result = list(found)
    for index in range(len(result) - 2, -1, -1):
        this, following = result[index], result[index + 1]
        if this.case == NOM and _AND.fullmatch(folded, this.end, following.start):
            result[index] = Phrase(this.start, this.end, this.actor_id, following.case)
    return result


def object_before(phrases_: Sequence[Phrase], folded: str, start: int) -> bool:
    """True when an accusative phrase stands right before ``start`` ("Aliyev'i kabul etti")."""
    return any(p.case == ACC and _SUFFIX_THEN_SPACE.fullmatch(folded, p.end, start)
               for p in phrases_ if p.end <= start)


def _ids(group: Iterable[Phrase]) -> list[str]:
    return [p.actor_id for p in group]


def _subject(scoped: Sequence[Phrase], before: Sequence[Phrase], folded: str,
             finite: bool) -> list[Phrase]:
    """The phrase most likely to be the subject of a Turkish trigger, as a 0- or 1-list.

    A bare name followed by a comma is a topic subject ("Azerbaycan, ... katılmama kararı
    almış"). Otherwise a finite verb ("onaylamıştır") takes a nominative subject, looked for in
    the whole sentence if need be, and a nominalised one ("ABD Senatosu'nun ... kesilmesi",
    "O'Brien'in ... eleştiren") a genitive or ``-li`` one from its own clause.
    """
    topics = [p for p in scoped if p.case == NOM and folded[p.end:p.end + 1] == ","]
    nominative = [p for p in scoped if p.case == NOM]
    genitive = [p for p in scoped if p.case in (GEN, ADJ)]
    if finite:
        ranked = [topics, nominative, [p for p in before if p.case == NOM], genitive]
    else:
        ranked = [topics, genitive, nominative]
    ranked.append([p for p in before if p.case in (NOM, GEN, ADJ)])
    return next(([group[0]] for group in ranked if group), [])


def _turkish(scoped: Sequence[Phrase], subject: list[Phrase],
             hint: RoleHint) -> tuple[list[str], list[str]]:
    agents = [p for p in scoped if p.case == AGENT]
    if hint == "host":
        if agents:  # "X, Y tarafından kabul edildi": X is the guest, Y the host
            return _ids(subject), _ids(agents)
        return _ids(p for p in scoped if p.case == ACC), _ids(subject)
    wanted = {DAT, COM} | ({ACC} if hint == "object" else set())
    recipients = [p for p in scoped if p.case in wanted]
    if agents:  # a passive: the agent acted on the subject
        return _ids(agents), _ids(subject) + _ids(recipients)
    return _ids(subject), _ids(recipients)


def _english(scoped: Sequence[Phrase], after: Sequence[Phrase], folded: str, start: int,
             hint: RoleHint) -> tuple[list[str], list[str]]:
    subject = [p for p in scoped if p.case in (NOM, GEN)][:1]
    agents = [p for p in after if p.case == AGENT][:1]
    if agents and _EN_PASSIVE.search(folded, max(0, start - 30), start):
        actors, recipients = _ids(agents), _ids(subject)
    else:
        beside = [p for p in scoped if p.case in (COM, DAT)]
        actors, recipients = _ids(subject), _ids(beside) + _ids(after[:1])
    if hint == "host":
        actors, recipients = recipients, actors
    return actors, recipients


def assign_roles(found: Sequence[Phrase], side: Side, folded: str, trigger: tuple[int, int],
                 scope: tuple[int, int], hint: RoleHint,
                 finite: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(actors, recipients) for a trigger.

    ``scope`` is the stretch of text that belongs to the trigger (from the previous trigger to
    the next); ``finite`` says whether a Turkish trigger is a finite verb or a nominalised form.
    """
    start, end = trigger
    before = [p for p in found if p.end <= start]
    scoped = [p for p in before if p.start >= scope[0]] or before
    if side is Side.TR:
        subject = _subject(scoped, before, folded, finite)
        actors, recipients = _turkish(scoped, subject, hint)
    else:
        after = [p for p in found if end <= p.start < scope[1]]
        actors, recipients = _english(scoped, after, folded, start, hint)
    unique_actors = tuple(dict.fromkeys(actors))
    return unique_actors, tuple(r for r in dict.fromkeys(recipients) if r not in unique_actors)
