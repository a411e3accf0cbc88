"""The ``numbers`` QA check: every number of the Turkish must be in the English, in English form.

Turkish writes a decimal comma and a thousands dot (``3,5``, ``1.250``, ``1.250.000``, ``1.250,5``),
a percent sign before the number (``%40``) and ordinals with a dot (``51.``); English writes
``3.5``, ``1,250`` or ``1250``, ``40%`` or ``40 percent``, ``51st``. Each number is reduced to a set
of *keys* (its value; with a scale word also the scaled value, so ``3,5 milyar`` and ``3.5
billion`` or ``3,500,000,000`` agree; a clock time ``14.30`` also as ``2:30``), and a Turkish
number is kept when one of its keys is among the English keys. Decisions:

- A Turkish number with ``milyon``/``milyar``/``trilyon`` must keep its scale (``3,5 milyar`` is
  not ``3.5 million``); with ``bin`` the bare number also counts, as ``bin`` begins other words
  (``5 bina``). ``2 milyon 500 bin`` is also read as one number, 2,500,000.

- Presence, not counts: a number the Turkish repeats may appear once in the English.
- English number words count for 0 to 10 (``three``, ``third``), as style guides spell those out;
  larger numbers must be written in digits. A Roman numeral after a name counts too (Turkish
  ``2. Ramses``, English ``Ramesses II``).
- Numbers inside dates (:func:`~annotator.core.dates.find_dates`, checked by ``dates``), footnote
  markers (``[1]``, checked by ``footnotes``) and URLs are left out.
- Numbers only in the English are not reported (``the 1990s``, a spelt-out year, a conversion).
- A Turkish number written unchanged in the English where the two forms differ (``3,5`` or
  ``1.250`` kept as is) gets its own message that tells the English form.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from annotator.core.turkish import turkish_lower

_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
# A clock time: 14.30, 9:05 (not part of a longer number such as 1.250 or 13.12.2023).
_TIME = re.compile(r"(?<![0-9.,:])([01]?[0-9]|2[0-3])[.:]([0-5][0-9])(?![0-9]|[.,:][0-9])")
_TR_SCALE = re.compile(r"\s+(bin|milyon|milyar|trilyon)", re.IGNORECASE)
_EN_SCALE = re.compile(r"\s*-?(thousand|million|billion|trillion|bn|mn|tn)(?![a-z])",
                       re.IGNORECASE)
_SCALES = {"bin": 3, "thousand": 3, "milyon": 6, "million": 6, "mn": 6, "milyar": 9,
           "billion": 9, "bn": 9, "trilyon": 12, "trillion": 12, "tn": 12}
_WORD_VALUES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "first": 1, "second": 2,
                "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                "ninth": 9, "tenth": 10}
_WORDS = re.compile(r"(?<![a-z])(" + "|".join(_WORD_VALUES) + r")(?![a-z])"
                    r"(?:[\s-]+(thousand|million|billion|trillion)(?![a-z]))?")

# A regnal or volume number after a name: "Henry I", "Ramesses II", "Carlos IV" (Turkish "2.
# Ramses"); the capitalised word before keeps the pronoun "I" of most sentences out.
_ROMAN = re.compile(r"[A-Z][a-z]+\s+([IVX]{1,5})(?![A-Za-z])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral of I, V and X (``IV`` → 4, ``XIX`` → 19)."""
    total = 0
    for index, char in enumerate(numeral):
        value = _ROMAN_VALUES[char]
        following = numeral[index + 1:index + 2]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


@dataclass(frozen=True)
class MissingNumber:
    """A number of the source with no counterpart in the target.

    ``english`` is the number's English form when the target keeps the Turkish form unchanged
    (``"1,250"`` for a ``1.250`` left as it was), else ``""``.
    """

    text: str
    start: int
    end: int
    english: str = ""


def _grouped(groups: list[str]) -> bool:
    """True when ``groups`` are thousands groups: a head of 1-3 digits, then groups of 3."""
    return len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def turkish_values(token: str) -> list[Decimal]:
    """The values a number written in a Turkish text may mean (empty when it is no number)."""
    if "," in token:
        head, _, fraction = token.rpartition(",")
        groups = head.split(".")
        if "," in head or (len(groups) > 1 and not _grouped(groups)):
            return []
        values = [Decimal("".join(groups) + "." + fraction)]
        if len(fraction) == 3 and len(groups) == 1 and len(head) <= 3:
            values.append(Decimal(head + fraction))  # "3,500" written the English way
        return values
    if "." in token:
        groups = token.split(".")
        if _grouped(groups):
            return [Decimal("".join(groups))]
        return [Decimal(token)] if len(groups) == 2 else []  # "2.5" written the English way
    return [Decimal(token)]


def english_values(token: str) -> list[Decimal]:
    """The value of a number written in an English text (empty when it is no number)."""
    if "." in token:
        head, _, fraction = token.rpartition(".")
        groups = head.split(",")
        if "." in head or (len(groups) > 1 and not _grouped(groups)):
            return []
        return [Decimal("".join(groups) + "." + fraction)]
    if "," in token:
        groups = token.split(",")
        return [Decimal("".join(groups))] if _grouped(groups) else []
    return [Decimal(token)]


def _keys(values: list[Decimal], token: str, scale: str | None,
          keep_plain: bool = True) -> set[Hashable]:
    """The keys of a number; ``keep_plain=False`` drops its unscaled value when it has a scale."""
    keys: set[Hashable] = set(values) if keep_plain or scale is None else set()
    if scale is not None:
        power = _SCALES[scale]
        keys.update(value.scaleb(power) for value in values)
    if not values:  # "1.2.3", "3,5" in English: the same digit groups in the same order
        keys.add(tuple(re.split(r"[.,]", token)))
    return keys


def _time_keys(text: str) -> tuple[set[Hashable], list[tuple[int, int]]]:
    keys: set[Hashable] = set()
    spans: list[tuple[int, int]] = []
    if ":" not in text and "." not in text:
        return keys, spans
    for match in _TIME.finditer(text):
        hour, minute = int(match[1]), int(match[2])
        keys.add(("time", hour % 12, minute))
        spans.append(match.span())
    return keys, spans


def _outside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return all(end <= s or e <= start for s, e in spans)


def english_keys(target: str) -> tuple[set[Hashable], set[str]]:
    """Every key the numbers of ``target`` give, and its numbers as written (for a format hint)."""
    keys, _spans = _time_keys(target)
    written: set[str] = set()
    for match in _TOKEN.finditer(target):
        token = match.group()
        written.add(token)
        scale = _EN_SCALE.match(target, match.end())
        keys |= _keys(english_values(token), token, scale[1].lower() if scale else None)
    if "I" in target or "V" in target or "X" in target:
        keys.update(Decimal(roman_value(m[1])) for m in _ROMAN.finditer(target))
    for word in _WORDS.finditer(target.lower()):
        value = Decimal(_WORD_VALUES[word[1]])
        keys.add(value)
        if word[2]:
            keys.add(value.scaleb(_SCALES[word[2]]))
    return keys, written


def _english_form(value: Decimal) -> str:
    return f"{value:,}"


def missing_numbers(source: str, target: str,
                    skip: Iterable[tuple[int, int]] = ()) -> list[MissingNumber]:
    """The numbers of ``source`` (outside the ``skip`` spans) that ``target`` does not keep.

    Each number is reported once, at its first place in ``source``.
    """
    skip = list(skip)
    # number as written → (start, end, keys, values)
    found: dict[str, tuple[int, int, set[Hashable], list[Decimal]]] = {}
    time_spans: list[tuple[int, int]] = []
    if ":" in source or "." in source:
        for match in _TIME.finditer(source):
            time_spans.append(match.span())
            if _outside(*match.span(), skip):
                values = turkish_values(match.group().replace(":", "."))
                keys: set[Hashable] = {("time", int(match[1]) % 12, int(match[2])), *values}
                found.setdefault(match.group(), (match.start(), match.end(), keys, values))
    previous: tuple[str, int, Decimal] | None = None  # (token, where its scale word ends, value)
    for match in _TOKEN.finditer(source):
        start, end = match.span()
        if not _outside(start, end, skip) or not _outside(start, end, time_spans):
            continue
        token = match.group()
        scale = _TR_SCALE.match(source, end)
        word = turkish_lower(scale[1]) if scale else None  # "MİLYAR" → "milyar"
        values = turkish_values(token)
        # "3,5 milyar" is 3.5 billion, never a bare 3.5 ("bin" also begins "bina", "binmek").
        keys = _keys(values, token, word, keep_plain=word in (None, "bin"))
        if word and values and previous and source[previous[1]:start].isspace():
            # "2 milyon 500 bin": one number, 2,500,000
            whole = previous[2] + values[0].scaleb(_SCALES[word])
            keys.add(whole)
            found[previous[0]][2].add(whole)
        previous = (token, scale.end(), values[0].scaleb(_SCALES[word])) if (
            scale and word and values) else None
        if token not in found:
            found[token] = (start, end, keys, values)
    if not found:
        return []
    english, written = english_keys(target)
    missing = []
    for token, (start, end, token_keys, values) in found.items():
        if token_keys & english:
            continue
        form = ""
        if token in written and values and ("," in token or "." in token):
            form = _english_form(values[0])
        missing.append(MissingNumber(token, start, end, form))
    return sorted(missing, key=lambda item: item.start)
