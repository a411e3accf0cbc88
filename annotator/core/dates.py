"""Turkish (and English) date expressions: finding them in text and turning them into dates.

Commentaries write dates as ``13 Aralık 2023``, ``27 Kasım'da``, ``Aralık 13``, ``Mayıs 19, 2026``,
``13.12.2023`` or ``2023-12-13``, and their English footnotes as ``16 November 2023``. Matching runs
over a Turkish-lower-cased copy of the text of the same length, so ``ARALIK``, ``Aralık`` and
``aralık`` all match and offsets map back one to one. :func:`find_dates` returns every mention with
whatever parts it states; :func:`resolve_date` turns one mention into a :class:`datetime.date`,
taking a missing year from an anchor date (the document's publication date): the most recent such
day that is not after the anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from annotator.core.turkish import turkish_lower

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("ocak", "january"),
    2: ("şubat", "february"),
    3: ("mart", "march"),
    4: ("nisan", "april"),
    5: ("mayıs", "may"),
    6: ("haziran", "june"),
    7: ("temmuz", "july"),
    8: ("ağustos", "august"),
    9: ("eylül", "september"),
    10: ("ekim", "october"),
    11: ("kasım", "november"),
    12: ("aralık", "december"),
}
MONTHS: dict[str, int] = {name: num for num, names in _MONTH_NAMES.items() for name in names}
"""Lower-case month name (Turkish and English) → month number."""

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# A Turkish case suffix may follow a month name or a year, with or without an apostrophe:
# "Kasım'da", "Kasımda", "2023'te". It must not run into another word ("Martin").
_SUFFIX = r"(?:['’](?:[a-zçğıöşüâîû]+)|(?:da|de|ta|te|dan|den|tan|ten|ın|in|nın|nin|ya|ye|a|e))?"
_END = r"(?![a-zçğıöşüâîû\d])"
_DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2023-12-13
    re.compile(r"(?<![\d.])" + _YEAR + r"-(?P<nmonth>0?[1-9]|1[0-2])-" + _DAY + r"(?![\d])"),
    # 13.12.2023, 13/12/2023 (day first, as Turkish writes it)
    re.compile(r"(?<![\d.])" + _DAY + r"[./](?P<nmonth>0?[1-9]|1[0-2])[./]" + _YEAR + r"(?!\d)"),
    # 13 Aralık 2023, 13 Aralık'ta, 27 Kasım'da, 13. Aralık 2023
    re.compile(r"(?<![\d./])" + _DAY + r"\.?\s+" + _MONTH + _SUFFIX
               + r"(?:,?\s+" + _YEAR + _SUFFIX + ")?" + _END),
    # Aralık 13, Mayıs 19, 2026, December 13th 2023
    re.compile(r"(?<![a-zçğıöşü])" + _MONTH + r"\s+" + _DAY + r"(?:st|nd|rd|th)?"
               + r"(?:,?\s+" + _YEAR + _SUFFIX + ")?" + _END),
    # Aralık 2023, Ocak 2020'de
    re.compile(r"(?<![a-zçğıöşü])" + _MONTH + r"\s+" + _YEAR + _SUFFIX + _END),
)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with the parts it states (``None`` for a missing part).

    ``start``/``end`` are offsets into the searched text; a mention always has a month, and at
    least a day or a year.
    """

    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int | None

    def to_date(self) -> date | None:
        """The date it names when it states day, month and year and they exist, else ``None``."""
        if self.year is None or self.day is None:
            return None
        return _safe_date(self.year, self.month, self.day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _fold(text: str) -> str:
    """Turkish lower case of ``text`` with exactly the same length, so offsets carry over."""
    folded = turkish_lower(text)
    if len(folded) == len(text):
        return folded
    return "".join(low if len(low := turkish_lower(ch)) == 1 else ch for ch in text)


def _mention(text: str, match: re.Match[str]) -> DateMention | None:
    groups = match.groupdict()
    month = int(groups["nmonth"]) if groups.get("nmonth") else MONTHS[groups["month"]]
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if day is not None and _safe_date(year or 2000, month, day) is None:
        return None
    return DateMention(match.start(), match.end(), text[match.start():match.end()], year, month,
                       day)


# Every pattern of a date or a year needs an ASCII digit: a text without one is not searched.
_ASCII_DIGIT = re.compile(r"[0-9]")


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in ``text``, in order, without overlaps (the longest wins)."""
    if _ASCII_DIGIT.search(text) is None:
        return []
    return _dates_in(text, _fold(text))


def _dates_in(text: str, folded: str) -> list[DateMention]:
    """:func:`find_dates` given ``folded``, the :func:`_fold` of ``text``."""
    if _ASCII_DIGIT.search(text) is None:
        return []
    found: list[DateMention] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            mention = _mention(text, match)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result: list[DateMention] = []
    for mention in found:
        if result and mention.start < result[-1].end:
            continue
        result.append(mention)
    return result


def parse_date(text: str) -> date | None:
    """The first complete date (day, month, year) stated in ``text``, or ``None``."""
    for mention in find_dates(text):
        if (value := mention.to_date()) is not None:
            return value
    return None


def anchor_mention(mention: DateMention, anchor: date | None) -> date | None:
    """Turn ``mention`` into a date, taking a missing year from ``anchor``.

    A complete mention is returned as it is. A day and month without a year become the most recent
    such day not after ``anchor`` ("27 Kasım'da" with anchor 2023-12-13 → 2023-11-27; "20 Aralık"
    with the same anchor → 2022-12-20). Without a day, or without a year and an anchor: ``None``.
    """
    if mention.day is None:
        return None
    if mention.year is not None:
        return mention.to_date()
    if anchor is None:
        return None
    for year in range(anchor.year, anchor.year - 9, -1):  # Feb 29 may need up to 8 years
        value = _safe_date(year, mention.month, mention.day)
        if value is not None and value <= anchor:
            return value
    return None


def resolve_date(text: str, anchor: date | None = None) -> date | None:
    """The date the first usable date expression in ``text`` names, or ``None``.

    Expressions without a day ("Kasım 2023") are skipped; a missing year comes from ``anchor`` as
    :func:`anchor_mention` explains.
    """
    for mention in find_dates(text):
        value = anchor_mention(mention, anchor)
        if value is not None:
            return value
    return None


def earliest_on_or_after(month: int, day: int, floor: date, span: int = 3) -> date | None:
    """The first date with this month and day on or after ``floor`` within ``span`` years."""
    for year in range(floor.year, floor.year + span + 1):
        value = _safe_date(year, month, day)
        if value is not None and value >= floor:
            return value
    return None


# --- Month-only and year-only expressions, and year inference (for event dates) -------------------

_TR_MONTH = "(?P<month>" + "|".join(sorted((n[0] for n in _MONTH_NAMES.values()),
                                           key=len, reverse=True)) + ")"
_EN_MONTH = "(?P<month>" + "|".join(n[1] for n in _MONTH_NAMES.values()) + ")"
_LETTER = "a-zçğıöşüâîû"
# A Turkish month name on its own is a month only when a date-like ending follows it: an apostrophe
# suffix ("Kasım'da"), a bare locative/ablative ("Kasımda"), "ay..." ("Aralık ayında") or
# "başında/sonunda/ortasında". Plain "Kasım Bey" (a name) or "aralık" (an interval) is left alone.
_TR_MONTH_ONLY = re.compile(
    rf"(?<![{_LETTER}])" + _TR_MONTH
    + rf"(?:['’][{_LETTER}]+|(?:da|de|ta|te|dan|den|tan|ten)"
    + r"|\s+(?:ay|ayı|ayın|ayında|ayından|ayına|ayının|ayındaki|başı|başında|sonu|sonunda"
    + r"|ortası|ortasında|sonrasında|öncesinde))" + rf"(?![{_LETTER}\d])")
# English month names on their own are common words ("May", "March"), so a preposition must lead.
_EN_MONTH_ONLY = re.compile(
    r"(?<![a-z])(?:in|during|since|until|by|for|of|from|to|before|after|through|last|next|this"
    r"|early|late|mid-?)\s+(?:(?:early|late|mid-?)\s*)?"
    + _EN_MONTH + r"(?![a-z])(?!,?\s*\d)")
_YEAR_ONLY = (
    # 2023 yılında, 2023 yılı, 2023'te, 2023 senesinde
    re.compile(r"(?<![\d./\-])" + _YEAR
               + rf"(?:\s+(?:yıl|sene)[{_LETTER}]*|['’][{_LETTER}]+)(?![{_LETTER}\d])"),
    # in 2023, during 2023
    re.compile(r"(?<![a-z])(?:in|during|since|by)\s+" + _YEAR + r"(?![\d\-]|[./]\d)"),
)


@dataclass(frozen=True)
class YearMention:
    """A year stated on its own ("2023 yılında", "in 2023"); offsets into the searched text."""

    start: int
    end: int
    text: str
    year: int


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def find_month_mentions(text: str) -> list[DateMention]:
    """Month names standing alone ("Kasım'da", "Aralık ayında", "in November"), in order.

    Unlike :func:`find_dates` these mentions have neither day nor year. A Turkish month must be
    capitalised in ``text``; parts already covered by :func:`find_dates` are not reported again.
    """
    folded = _fold(text)
    return _months_in(text, folded, _dates_in(text, folded))


def _months_in(text: str, folded: str, dates: list[DateMention]) -> list[DateMention]:
    """:func:`find_month_mentions` given ``folded`` and ``dates``, its _fold and find_dates."""
    taken = [(m.start, m.end) for m in dates]
    found: list[DateMention] = []
    for pattern in (_TR_MONTH_ONLY, _EN_MONTH_ONLY):
        for match in pattern.finditer(folded):
            # English mentions start at the month: "in" is not part of the date.
            start = match.start("month")
            end = match.end()
            if not text[start].isupper():
                continue
            if _overlaps(start, end, taken):
                continue
            taken.append((start, end))
            found.append(DateMention(start, end, text[start:end], None,
                                     MONTHS[match["month"]], None))
    return sorted(found, key=lambda m: m.start)


def find_year_mentions(text: str) -> list[YearMention]:
    """Years standing alone ("2015 yılında", "2023'te", "in 2023"), in order.

    Years that are part of a date :func:`find_dates` finds ("Ocak 2020") are not reported again,
    nor numbers that only look like years ("No.2023 / 51", "2009-2025").
    """
    if _ASCII_DIGIT.search(text) is None:
        return []
    folded = _fold(text)
    return _years_in(text, folded, _dates_in(text, folded))


def _years_in(text: str, folded: str, dates: list[DateMention]) -> list[YearMention]:
    """:func:`find_year_mentions` given ``folded`` and ``dates``, its _fold and find_dates."""
    if _ASCII_DIGIT.search(text) is None:
        return []
    taken = [(m.start, m.end) for m in dates]
    found: list[YearMention] = []
    for pattern in _YEAR_ONLY:
        for match in pattern.finditer(folded):
            start = match.start() if pattern is _YEAR_ONLY[0] else match.start("year")
            end = match.end()
            if _overlaps(start, end, taken):
                continue
            taken.append((start, end))
            found.append(YearMention(start, end, text[start:end], int(match["year"])))
    return sorted(found, key=lambda m: m.start)


def infer_year(month: int, day: int | None, anchor: date, slack_days: int = 31) -> int:
    """The year of a day or month written without one, seen from ``anchor`` (publication date).

    The anchor's year, unless that puts the day (or the first of the month) more than
    ``slack_days`` after the anchor; then the year before. Commentary mostly reports the past but
    also announces visits planned for the coming weeks ("Aralık ayında Bakü'ye gelmesi" written on
    13 December), so a small window after the anchor stays in the same year. A 29 February goes
    back to the most recent leap year.
    """
    year = anchor.year
    first = _safe_date(year, month, day or 1) or date(year, month, 28)
    if (first - anchor).days > slack_days:
        year -= 1
    while day is not None and _safe_date(year, month, day) is None and year > anchor.year - 9:
        year -= 1
    return year


def find_date_expressions(text: str) -> tuple[list[DateMention], list[DateMention],
                                              list[YearMention]]:
    """:func:`find_dates`, :func:`find_month_mentions` and :func:`find_year_mentions` of
    ``text``, folding it and finding its dates once for the three."""
    folded = _fold(text)
    dates = _dates_in(text, folded)
    return dates, _months_in(text, folded, dates), _years_in(text, folded, dates)
