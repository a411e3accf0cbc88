"""Find and replace in sentence text: Turkish-aware, whole words, case, regular expressions.

Without "match case", a letter matches its Turkish case partners and its accentless form, as the
grid's filter does (``kasim`` finds ``Kasım``, ``istanbul`` finds ``İSTANBUL``); the match keeps
the text's own offsets, so a replacement lands exactly where the match was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Letters that a Turkish reader treats as the same letter when case and accents are ignored.
_FAMILIES = ("iıİI", "sşSŞ", "gğGĞ", "uüUÜ", "oöOÖ", "cçCÇ", "aâAÂ")
_PARTNERS = {ch: family for family in _FAMILIES for ch in family}


class FindPatternError(ValueError):
    """The regular expression does not compile; ``str(error)`` is the re module's reason."""


@dataclass(frozen=True)
class FindOptions:
    """How the query is matched."""

    match_case: bool = False
    whole_word: bool = False
    regex: bool = False


def _letter_class(ch: str) -> str:
    family = _PARTNERS.get(ch)
    if family is None:
        variants = {ch, ch.lower(), ch.upper()}
        variants = {v for v in variants if len(v) == 1}
        return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]" if len(variants) > 1 \
            else re.escape(ch)
    return "[" + family + "]"


def compile_pattern(query: str, options: FindOptions) -> re.Pattern[str] | None:
    """The pattern for ``query`` (None for an empty query); FindPatternError for a bad regex."""
    if not query:
        return None
    if options.regex:
        body = query
    elif options.match_case:
        body = re.escape(query)
    else:
        body = "".join(_letter_class(ch) for ch in query)
    if options.whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    flags = 0 if options.match_case else re.IGNORECASE
    try:
        return re.compile(body, flags)
    except re.error as error:
        raise FindPatternError(str(error)) from None


def find_spans(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Every non-empty match of ``pattern`` in ``text`` as (start, end)."""
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


def replace_text(text: str, pattern: re.Pattern[str], replacement: str, regex: bool,
                 count: int = 0) -> tuple[str, int]:
    """``text`` with matches replaced (``count`` 0: all); with ``regex`` the replacement may use
    ``\\1`` and ``\\g<name>``, otherwise it is taken literally. Returns (text, replacements)."""
    template = replacement if regex else replacement.replace("\\", "\\\\")
    try:
        return pattern.subn(template, text, count=count)
    except (re.error, IndexError) as error:
        raise FindPatternError(str(error)) from None
