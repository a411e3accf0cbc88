"""Finding actor names in Turkish and English text, the Turkish way.

Turkish attaches case suffixes to proper names after an apostrophe (``Azerbaycan'ın``,
``Bakü'ye``, ``ABD'li``, ``O'Brien'in``) and writes them without one after some names
(``Azerbaycana``); casing follows Turkish rules (``İ``/``i``, ``I``/``ı``). Matching therefore
runs on a folded copy of the text (:func:`~annotator.core.turkish.search_key`, one character per
character) and accepts a name followed by an apostrophe and a suffix, or by nothing but a word
boundary. Spans returned cover the name only, never the suffix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from annotator.core.turkish import turkish_lower

APOSTROPHES = "'’ʼ`´"
_ASCII_FOLD = str.maketrans({"ı": "i", "ğ": "g", "ş": "s", "ç": "c", "ö": "o", "ü": "u",
                             "â": "a", "î": "i", "û": "u"})
_WORD = r"[^\W_]"


@dataclass(frozen=True)
class NameMatch:
    """``name`` (an alias of ``key``) found at ``start:end`` of the text."""

    key: str
    name: str
    start: int
    end: int


def fold_keep_length(text: str) -> str:
    """Turkish-fold ``text`` character by character, so offsets stay valid.

    ``Kasım'da`` → ``kasim'da``; a character whose folded form is not a single character
    (rare ligatures) is kept lower-cased as it is.
    """
    out = []
    for char in text:
        folded = turkish_lower(char).translate(_ASCII_FOLD)
        folded = "".join(c for c in unicodedata.normalize("NFD", folded)
                         if not unicodedata.combining(c))
        out.append(folded if len(folded) == 1 else char.lower()[:1] or char)
    return "".join(out)


# Case and derivational endings written without an apostrophe by careless writers ("Azerbaycana",
# "Azerbaycanlı"); accepted only after names of MIN_BARE_SUFFIX_NAME letters or more. Folded forms.
BARE_SUFFIXES = ("a", "e", "ya", "ye", "i", "u", "yi", "yu", "da", "de", "ta", "te", "dan", "den",
                 "tan", "ten", "in", "un", "nin", "nun", "la", "le", "yla", "yle", "li", "lu",
                 "lar", "ler", "lilar", "liler", "lular", "luler", "daki", "deki")
MIN_BARE_SUFFIX_NAME = 5


def _pattern(name: str) -> str:
    stripped = name.strip()
    folded = re.escape(fold_keep_length(stripped))
    folded = folded.replace(r"\ ", r"\s+")  # a line break or two spaces inside a name still match
    apostrophe = f"[{re.escape(APOSTROPHES)}]"
    endings = [rf"{apostrophe}{_WORD}+"]
    if len(stripped) >= MIN_BARE_SUFFIX_NAME and stripped[-1:].isalpha():
        bare = "|".join(sorted(BARE_SUFFIXES, key=len, reverse=True))
        endings.append(rf"(?:{bare})(?!{_WORD})")
    # The name, then an apostrophe + suffix, a bare suffix, or the end of the word.
    return (rf"(?<!{_WORD})(?P<name>{folded})"
            rf"(?=(?:{'|'.join(endings)})|(?!{_WORD}))")


class NameMatcher:
    """Finds many names at once; build it once per registry and reuse it."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """``names``: (key, name) pairs, e.g. (actor id, alias). Longer names win overlaps."""
        self._entries: list[tuple[str, str, re.Pattern[str]]] = []
        for key, name in sorted(set(names), key=lambda kn: -len(kn[1])):
            if len(name.strip()) >= 2:
                self._entries.append((key, name, re.compile(_pattern(name))))

    def find(self, text: str) -> list[NameMatch]:
        """Every non-overlapping match in ``text``, in reading order, longest names first."""
        folded = fold_keep_length(text)
        taken: list[tuple[int, int]] = []
        found: list[NameMatch] = []
        for key, name, pattern in self._entries:
            for match in pattern.finditer(folded):
                start, end = match.span("name")
                if any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                found.append(NameMatch(key, name, start, end))
        return sorted(found, key=lambda m: (m.start, m.end))


SHORT_ACRONYM = 3  # names this short in capitals ("US", "AB") match only capitals


def capitals_fit(name: str, found: str) -> bool:
    """Whether ``found`` (text that ``name`` matched case-insensitively) keeps the name's
    capitals: a name starting with a capital needs one in the text ("Mısır", Egypt, is not the
    grain "mısır"), and an acronym of up to three letters needs capitals throughout ("US" is not
    "us")."""
    if name[:1].isupper() and not found[:1].isupper():
        return False
    letters = [c for c in name if c.isalpha()]
    short_acronym = 0 < len(letters) <= SHORT_ACRONYM and name.isupper()
    return not (short_acronym and not found.isupper())


def find_names(text: str, names: Iterable[tuple[str, str]]) -> list[NameMatch]:
    """One-off convenience: :meth:`NameMatcher.find` with a matcher built for ``names``."""
    return NameMatcher(names).find(text)
