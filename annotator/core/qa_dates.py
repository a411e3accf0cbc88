"""The ``dates`` QA check: every date of the Turkish must be in the English, in some form.

Turkish dates are found by :func:`~annotator.core.dates.find_dates` (``13.12.2023``, ``13 Aralık
2023``, ``27 Kasım'da``, ``Aralık 13``, ``Ocak 2020``) and
:func:`~annotator.core.dates.find_month_mentions` (a month on its own: ``Kasım'da``, ``Aralık
ayında``). The English may write them ``13 December 2023``, ``December 13, 2023``, ``Dec. 13``,
``13th of December``, ``13.12.2023``, ``13/12/2023``, ``12/13/2023`` or ``2023-12-13``; a date is
kept when the English states the same day and month (and the same year, when the Turkish states
one: in the same expression or anywhere in the sentence), or, for a month on its own, names the
month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.core.dates import DateMention, find_dates, find_month_mentions

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
                  "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_EN_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
_EN_MONTHS.update(_ABBREVIATIONS)
_MONTH = (r"(?P<month>" + "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
          + r")(?![a-z])\.?")
_DAY = r"(?P<day>0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)[0-9][0-9])"
_EN_PATTERNS = (
    # 13 December 2023, 13th of December, the 13th of Dec.
    re.compile(r"(?<![0-9])" + _DAY + r"(?:\s+of)?\s+" + _MONTH + r"(?:,?\s+" + _YEAR + ")?"),
    # December 13, 2023; Dec. 13; December 13th 2023
    re.compile(r"(?<![a-z])" + _MONTH + r"\s*" + _DAY + r"(?![0-9])(?:,?\s+" + _YEAR + ")?"),
    # December 2023
    re.compile(r"(?<![a-z])" + _MONTH + r",?\s+" + _YEAR),
)
# 13.12.2023, 13/12/2023, 12/13/2023 (either order), 2023-12-13, 2023/12/13
_NUMERIC = re.compile(r"(?<![0-9])([0-9]{1,2})[./-]([0-9]{1,2})[./-]((?:1[89]|20)[0-9][0-9])"
                      r"(?![0-9])|(?<![0-9])((?:1[89]|20)[0-9][0-9])[-/.]([0-9]{1,2})[-/.]"
                      r"([0-9]{1,2})(?![0-9])")
_MONTH_WORD = re.compile(r"(?<![A-Za-z])(" + "|".join(
    [name for name in MONTH_NAMES] + [a.capitalize() for a in _ABBREVIATIONS]) + r")(?![a-z])")

_DIGIT = re.compile(r"[0-9]")
_Date = tuple[int | None, int, int | None]  # (year, month, day) as stated


@dataclass(frozen=True)
class MissingDate:
    """A date of the source the target does not state; ``english`` shows it in English."""

    text: str
    start: int
    end: int
    detail: str
    english: str


def english_dates(target: str) -> set[_Date]:
    """Every (year, month, day) the English states; a missing part is ``None``."""
    found: set[_Date] = set()
    if _DIGIT.search(target) is not None:
        for match in _NUMERIC.finditer(target):
            if match[1]:
                first, second, year = int(match[1]), int(match[2]), int(match[3])
                found.update(((year, second, first), (year, first, second)))
            else:
                found.add((int(match[4]), int(match[5]), int(match[6])))
    lower = target.lower()
    for pattern in _EN_PATTERNS:
        for match in pattern.finditer(lower):
            groups = match.groupdict()
            stated_year = int(groups["year"]) if groups.get("year") else None
            stated_day = int(groups["day"]) if groups.get("day") else None
            found.add((stated_year, _EN_MONTHS[groups["month"]], stated_day))
    return found


def _kept(mention: DateMention, stated: set[_Date], target: str) -> bool:
    for year, month, day in stated:
        if month != mention.month or (mention.day is not None and day != mention.day):
            continue
        if mention.year is None or year == mention.year:
            return True
        if year is None and str(mention.year) in target:
            return True
    return False


def _english(mention: DateMention) -> str:
    parts = [str(mention.day)] if mention.day is not None else []
    parts.append(MONTH_NAMES[mention.month - 1])
    if mention.year is not None:
        parts.append(str(mention.year))
    return " ".join(parts)


def _detail(mention: DateMention) -> str:
    year = f"{mention.year:04d}" if mention.year is not None else ""
    day = f"-{mention.day:02d}" if mention.day is not None else ""
    return f"{year}-{mention.month:02d}{day}"


def source_dates(source: str) -> list[DateMention]:
    """The full dates (with a day or a year) of ``source``; their spans hold no other numbers."""
    return find_dates(source) if _DIGIT.search(source) is not None else []


def missing_dates(source: str, target: str, dates: list[DateMention] | None = None,
                  skip: list[tuple[int, int]] | None = None) -> list[MissingDate]:
    """The dates of ``source`` that ``target`` does not state (``dates``: from
    :func:`source_dates`, when the caller has them already; mentions inside ``skip`` spans, such
    as URLs, are left out)."""
    mentions = list(source_dates(source) if dates is None else dates)
    mentions += find_month_mentions(source) if _has_month_word(source) else []
    if skip:
        mentions = [m for m in mentions if all(m.end <= s or e <= m.start for s, e in skip)]
    if not mentions:
        return []
    stated = english_dates(target)
    months = {_EN_MONTHS[word.lower()] for word in _MONTH_WORD.findall(target)}
    missing = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.day is None and mention.year is None:
            if mention.month in months:
                continue
        elif _kept(mention, stated, target):
            continue
        missing.append(MissingDate(mention.text, mention.start, mention.end, _detail(mention),
                                   _english(mention)))
    return missing


_TR_MONTH_HINT = re.compile(r"(?:Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim"
                            r"|Kasım|Aralık|OCAK|ŞUBAT|MART|NİSAN|MAYIS|HAZİRAN|TEMMUZ|AĞUSTOS"
                            r"|EYLÜL|EKİM|KASIM|ARALIK)")


def _has_month_word(source: str) -> bool:
    """A cheap test before :func:`find_month_mentions`, which needs a capitalised month name."""
    return _TR_MONTH_HINT.search(source) is not None
