"""The date of an event, normalised to ISO 8601 from the words of its sentence.

An event frame stores its date as ISO text with the words it was read from (DESIGN.md §4). A
sentence may state the date outright ("27 Kasım'da", "13.12.2023", "on November 27"), name only a
month ("Kasım'da", "Aralık ayında") or a year ("2023 yılında"), or place it relative to the
document's publication date ("dün", "geçen hafta", "yesterday") or to the previous event ("ertesi
gün", "the next day"). :func:`event_date` finds every such expression, resolves it and returns the
most precise one; an explicit date wins over a relative one of the same precision, so "ertesi gün
28 Kasım'da" is 28 November. Given the event's trigger, it returns the date phrase nearest the
trigger instead, so that two events of one sentence get their own dates. A missing year comes
from :func:`~annotator.core.dates.infer_year`.
Finding dates reuses :mod:`annotator.core.dates`; this module adds the relative expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from annotator.core.actor_matching import fold_keep_length
from annotator.core.dates import DateMention, YearMention, find_date_expressions, infer_year

PRECISIONS = ("day", "week", "month", "year")
"""Precisions from finest to coarsest. "week" dates are ISO week dates ("2023-W49")."""


@dataclass(frozen=True)
class EventDate:
    """A date expression of a sentence and the ISO date it names.

    ``date`` is ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-MM`` or ``YYYY`` by ``precision`` (day, week,
    month, year); ``None`` when the words were found but the date they need to be read against (the
    publication date, or the previous event's date) was not given. ``start``/``end`` are offsets of
    ``text`` in the sentence.
    """

    date: str | None
    text: str
    start: int
    end: int
    precision: str


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    value: date | None
    precision: str
    explicit: bool


_NUMBER_WORDS = {"bir": 1, "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6, "yedi": 7,
                 "sekiz": 8, "dokuz": 9, "on": 10, "one": 1, "two": 2, "three": 3, "four": 4,
                 "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1}
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"

# A relative expression: its pattern (over fold_keep_length text), what it counts from ("anchor":
# the publication date, "previous": the previous event's date), its precision and its resolver.
_Resolver = Callable[[date, re.Match[str]], date]


def _days(offset: int) -> _Resolver:
    return lambda base, _match: base + timedelta(days=offset)


def _count_days(sign: int) -> _Resolver:
    def resolve(base: date, match: re.Match[str]) -> date:
        raw = match["count"]
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        return base + timedelta(days=sign * count)
    return resolve


def _months(offset: int) -> _Resolver:
    def resolve(base: date, _match: re.Match[str]) -> date:
        index = base.year * 12 + base.month - 1 + offset
        return date(index // 12, index % 12 + 1, 1)
    return resolve


def _weeks(offset: int) -> _Resolver:
    return lambda base, _match: base + timedelta(weeks=offset)


def _years(offset: int) -> _Resolver:
    return lambda base, _match: date(base.year + offset, 1, 1)


_WORD_START, _WORD_END = r"(?<![a-z])(?:", r")(?![a-z\d])"


def _rx(body: str) -> re.Pattern[str]:
    return re.compile(_WORD_START + body + _WORD_END)


_LAST = r"(?:gecen|gectigimiz|last|past)"
_THIS = r"(?:bu|this)"
_RELATIVE: tuple[tuple[re.Pattern[str], str, str, _Resolver], ...] = (
    (_rx(r"ertesi gunu?|ertesi sabah|the (?:next|following) day|the day after"), "previous", "day",
     _days(1)),
    (_rx(r"ayni gun(?:e|de)?|the same day"), "previous", "day", _days(0)),
    (_rx(_COUNT + r" (?:gun sonra|days? later)"), "previous", "day", _count_days(1)),
    (_rx(_COUNT + r" (?:gun once|days? ago)"), "anchor", "day", _count_days(-1)),
    (_rx(r"evvelki gun|onceki gun|the day before yesterday"), "anchor", "day", _days(-2)),
    (_rx(r"dun(?:ku)?|yesterday"), "anchor", "day", _days(-1)),
    (_rx(r"bugun(?:ku|e|den)?|today"), "anchor", "day", _days(0)),
    (_rx(r"yarin(?:ki)?|tomorrow"), "anchor", "day", _days(1)),
    (_rx(_LAST + r" (?:hafta(?:ki|ya)?|week)"), "anchor", "week", _weeks(-1)),
    (_rx(_THIS + r" (?:hafta(?:ki)?|week)"), "anchor", "week", _weeks(0)),
    (_rx(_LAST + r" (?:ay(?:ki)?|month)"), "anchor", "month", _months(-1)),
    (_rx(_THIS + r" (?:ay(?:ki)?|month)"), "anchor", "month", _months(0)),
    (_rx(_LAST + r" (?:yil(?:ki)?|sene(?:ki)?|year)"), "anchor", "year", _years(-1)),
    (_rx(_THIS + r" (?:yil(?:ki)?|sene(?:ki)?|year)"), "anchor", "year", _years(0)),
)

# Any of them, to skip the sentences that have none with one search (a group may be named once;
# one lookbehind for all is five times faster than one each).
_ANY_RELATIVE = _rx("|".join(
    pattern.pattern.removeprefix(_WORD_START).removesuffix(_WORD_END)
    for pattern, *_rest in _RELATIVE).replace("(?P<count>", "(?:"))


@dataclass(frozen=True)
class DateScan:
    """The date expressions of one sentence, found but not yet resolved against a date: what
    :func:`event_date` does for each event of a sentence that does not depend on the event
    (:func:`scan_dates`)."""

    sentence: str
    folded: str  # fold_keep_length of the sentence
    dates: tuple[DateMention, ...]  # find_dates, then find_month_mentions
    years: tuple[YearMention, ...]
    relative: tuple[tuple[int, re.Match[str]], ...]  # (index in _RELATIVE, match over folded)


def scan_dates(sentence: str) -> DateScan:
    """The sentence's :class:`DateScan`, for :func:`event_date` of several of its events."""
    folded = fold_keep_length(sentence)
    relative = () if _ANY_RELATIVE.search(folded) is None else tuple(
        (index, match) for index, (pattern, *_rest) in enumerate(_RELATIVE)
        for match in pattern.finditer(folded))
    dates, months, years = find_date_expressions(sentence)
    return DateScan(sentence, folded, (*dates, *months), tuple(years), relative)


def _explicit(scan: DateScan, year_base: date | None) -> list[_Candidate]:
    """Stated dates, months and years; a missing year is inferred from ``year_base``."""
    found: list[_Candidate] = []
    for mention in scan.dates:
        year = mention.year
        if year is None and year_base is not None:
            year = infer_year(mention.month, mention.day, year_base)
        if mention.day is None:
            value = date(year, mention.month, 1) if year is not None else None
            found.append(_Candidate(mention.start, mention.end, value, "month", True))
        else:
            value = _valid(year, mention.month, mention.day)
            found.append(_Candidate(mention.start, mention.end, value, "day", True))
    for year_mention in scan.years:
        found.append(_Candidate(year_mention.start, year_mention.end,
                                date(year_mention.year, 1, 1), "year", True))
    return found


def _valid(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _relative(scan: DateScan, anchor: date | None, previous: date | None) -> list[_Candidate]:
    """Expressions counted from the publication date or from the previous event."""
    found: list[_Candidate] = []
    for index, match in scan.relative:
        _pattern, base_name, precision, resolve = _RELATIVE[index]
        base = anchor if base_name == "anchor" else previous
        value = resolve(base, match) if base is not None else None
        found.append(_Candidate(match.start(), match.end(), value, precision, False))
    return found


def _iso(value: date, precision: str) -> str:
    if precision == "day":
        return value.isoformat()
    if precision == "week":
        year, week, _weekday = value.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"


# What separates two clauses: a date after the trigger and past one of these belongs to the next
# clause ("… eleştiren bir konuşması ve 16 Kasım'da Senato'nun aldığı karar", "condemned the
# decision, which the Senate took on November 16"). Over fold_keep_length text.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]\u2013\u2014]|(?<![a-z])(?:ve|ama|fakat|ancak|oysa|and|but|while|whereas|which"
    r"|who|after|before)(?![a-z])")
# A Turkish participle (-DIK, passive -Il-An) between a date and a later trigger: the date sits in
# the clause it closes ("Senato'nun 16 Kasım'da aldığı kararı eleştirdi", "Kasım'da yapılan
# görüşmeyi iptal etti") and dates that clause, not the trigger.
_PARTICIPLE = re.compile(
    r"[a-z][dt][iu][gk](?:[iu]|l[ae]r[iu]?)(?:n[iu]n|n[ae]|n[iu]|nd[ae]n?)?(?![a-z])"
    r"|[a-z][iu]l[ae]n(?![a-z])")
_SAME_PHRASE_GAP = 2  # expressions this close form one ("ertesi gün 28 Kasım'da")


def _gap(candidate: _Candidate, trigger: tuple[int, int]) -> int:
    """Characters between an expression and the trigger (0 when they touch or overlap)."""
    return max(candidate.start - trigger[1], trigger[0] - candidate.end, 0)


def _near_trigger(folded: str, candidates: list[_Candidate],
                  trigger: tuple[int, int]) -> list[_Candidate]:
    """The date phrase nearest the trigger: expressions standing together count as one phrase.

    Left out: expressions after the trigger with a clause break between (a comma, a conjunction,
    a relative pronoun), which date the next clause, and the last expression before a Turkish
    participle that stands between it and the trigger, which dates the embedded clause the
    participle closes. At equal distance
    a phrase before the trigger wins (Turkish puts the time before the verb). ``folded`` is
    the sentence's fold_keep_length.
    """

    def own_clause(candidate: _Candidate) -> bool:
        if candidate.start >= trigger[1]:
            return not _CLAUSE_BREAK.search(folded, trigger[1], candidate.start)
        if candidate.end > trigger[0]:
            return True
        # The participle closes the clause of the last date before it, not of earlier ones.
        closer = _PARTICIPLE.search(folded, candidate.end, trigger[0])
        return closer is None or any(candidate.end + _SAME_PHRASE_GAP < c.start < closer.start()
                                     for c in candidates)

    kept = [c for c in candidates if own_clause(c)]
    phrases: list[list[_Candidate]] = []
    for candidate in sorted(kept, key=lambda c: (c.start, c.end)):
        if phrases and candidate.start - max(c.end for c in phrases[-1]) <= _SAME_PHRASE_GAP:
            phrases[-1].append(candidate)
        else:
            phrases.append([candidate])
    if not phrases:
        return []
    return min(phrases, key=lambda phrase: (
        all(c.value is None for c in phrase), min(_gap(c, trigger) for c in phrase),
        phrase[0].start >= trigger[1]))


def event_date(sentence: str, anchor: date | None, previous: date | None = None,
               trigger: tuple[int, int] | None = None, *,
               scan: DateScan | None = None) -> EventDate | None:
    """The date of the event ``sentence`` reports, or ``None`` when it states no date.

    ``anchor`` is the document's publication date, ``previous`` the date of the previous event
    (for "ertesi gün"). Without ``trigger`` the winner is the resolved expression with the finest
    precision; among equals an explicit date beats a relative one, then the first in the sentence
    wins. With ``trigger`` (the event's trigger span in ``sentence``) the date phrase nearest the
    trigger is taken instead, and the same order picks within that phrase ("ertesi gün 28
    Kasım'da"); a date after the trigger past a clause break (", ve, and, which …") is never
    taken, so an event may get no date although the sentence has one. ``scan`` is the
    sentence's :func:`scan_dates`, when the caller asks for several events of it.
    """
    if scan is None or scan.sentence != sentence:
        scan = scan_dates(sentence)
    candidates = _explicit(scan, anchor or previous) + _relative(scan, anchor, previous)
    if trigger is not None:
        if not 0 <= trigger[0] <= trigger[1] <= len(sentence):
            raise ValueError(f"trigger {trigger} is outside a {len(sentence)}-character sentence")
        candidates = _near_trigger(scan.folded, candidates, trigger)
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (c.value is None, PRECISIONS.index(c.precision),
                                          not c.explicit, c.start))
    iso = _iso(best.value, best.precision) if best.value is not None else None
    return EventDate(iso, sentence[best.start:best.end], best.start, best.end, best.precision)
