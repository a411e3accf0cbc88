"""Finding actor names in Turkish and English text, the Turkish way.

Turkish attaches case suffixes to proper names after an apostrophe (``Azerbaycan'ın``,
``Bakü'ye``, ``ABD'li``, ``O'Brien'in``) and writes them without one after some names
(``Azerbaycana``); casing follows Turkish rules (``İ``/``i``, ``I``/``ı``). Matching therefore
runs on a folded copy of the text (:func:`~annotator.core.turkish.search_key`, one character per
character) and accepts a name followed by an apostrophe and a suffix, or by nothing but a word
boundary. Spans returned cover the name only, never the suffix.

All the names are found in one pass: an Aho-Corasick automaton (``pyahocorasick``) over the folded
names finds every occurrence in the text, with each run of white space read as one space (so a
line break or two spaces inside a name still match), and each occurrence is then checked for a
word boundary before it and an allowed ending after it. The rules are those of one regular
expression per name (:func:`name_pattern`), which still serves the rare name with unusual white
space inside it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import ahocorasick

from annotator.core.turkish import turkish_lower

APOSTROPHES = "'’ʼ`´"
_ASCII_FOLD = str.maketrans({"ı": "i", "ğ": "g", "ş": "s", "ç": "c", "ö": "o", "ü": "u",
                             "â": "a", "î": "i", "û": "u"})
_WORD = r"[^\W_]"  # a letter or digit: the same characters as str.isalnum()
_WORD_RUN = re.compile(rf"{_WORD}+")
_SPACE_RUN = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # white space that is not one plain space


@dataclass(frozen=True)
class NameMatch:
    """``name`` (an alias of ``key``) found at ``start:end`` of the text."""

    key: str
    name: str
    start: int
    end: int


def _fold_char(char: str) -> str:
    folded = turkish_lower(char).translate(_ASCII_FOLD)
    folded = "".join(c for c in unicodedata.normalize("NFD", folded)
                     if not unicodedata.combining(c))
    return folded if len(folded) == 1 else char.lower()[:1] or char


class _FoldTable(dict[int, str]):
    """``str.translate`` table of :func:`fold_keep_length`, filled one character at a time."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


@cache
def _fold_table() -> _FoldTable:
    table = _FoldTable()
    for char in (*map(chr, range(128)), *"ÇĞİÖŞÜÂÎÛçğıöşüâîû’ʼ´"):
        table[ord(char)] = _fold_char(char)
    return table


def fold_keep_length(text: str) -> str:
    """Turkish-fold ``text`` character by character, so offsets stay valid.

    ``Kasım'da`` → ``kasim'da``; a character whose folded form is not a single character
    (rare ligatures) is kept lower-cased as it is.
    """
    if text.isascii():  # folding an ASCII letter is lower-casing it (I → ı → i)
        return text.lower()
    return text.translate(_fold_table())


# Case and derivational endings written without an apostrophe by careless writers ("Azerbaycana",
# "Azerbaycanlı"); accepted only after names of MIN_BARE_SUFFIX_NAME letters or more. Folded forms.
BARE_SUFFIXES = ("a", "e", "ya", "ye", "i", "u", "yi", "yu", "da", "de", "ta", "te", "dan", "den",
                 "tan", "ten", "in", "un", "nin", "nun", "la", "le", "yla", "yle", "li", "lu",
                 "lar", "ler", "lilar", "liler", "lular", "luler", "daki", "deki")
_BARE_SUFFIXES = frozenset(BARE_SUFFIXES)
MIN_BARE_SUFFIX_NAME = 5


def _takes_bare_suffix(name: str) -> bool:
    stripped = name.strip()
    return len(stripped) >= MIN_BARE_SUFFIX_NAME and stripped[-1:].isalpha()


def name_pattern(name: str) -> str:
    """The regular expression over folded text that says where ``name`` is found: the name,
    then an apostrophe and a suffix, a bare suffix, or the end of the word."""
    stripped = name.strip()
    folded = re.escape(fold_keep_length(stripped))
    folded = folded.replace(r"\ ", r"\s+")  # a line break or two spaces inside a name still match
    apostrophe = f"[{re.escape(APOSTROPHES)}]"
    endings = [rf"{apostrophe}{_WORD}+"]
    if _takes_bare_suffix(name):
        bare = "|".join(sorted(BARE_SUFFIXES, key=len, reverse=True))
        endings.append(rf"(?:{bare})(?!{_WORD})")
    return (rf"(?<!{_WORD})(?P<name>{folded})"
            rf"(?=(?:{'|'.join(endings)})|(?!{_WORD}))")


@dataclass(frozen=True)
class _Entry:
    key: str
    name: str
    bare: bool  # a bare suffix may follow
    pattern: re.Pattern[str] | None  # names with odd white space inside: their regex


def _squeezed(folded: str) -> tuple[str, list[int] | None]:
    """``folded`` with every run of white space as one space, and where each of its characters
    came from (None: nothing changed)."""
    if not _ODD_SPACE.search(folded):
        return folded, None
    parts: list[str] = []
    origin: list[int] = []
    position = 0
    for run in _SPACE_RUN.finditer(folded):
        parts.append(folded[position:run.start()])
        origin.extend(range(position, run.start()))
        parts.append(" ")
        origin.append(run.start())
        position = run.end()
    parts.append(folded[position:])
    origin.extend(range(position, len(folded)))
    return "".join(parts), origin


class NameMatcher:
    """Finds many names at once; build it once per registry and reuse it."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """``names``: (key, name) pairs, e.g. (actor id, alias). Longer names win overlaps (then
        the name, then the key, in alphabetical order)."""
        self._entries: list[_Entry] = []
        self._automaton: ahocorasick.Automaton | None = None
        keys: dict[str, list[int]] = {}
        for key, name in sorted(set(names), key=lambda kn: (-len(kn[1]), kn[1], kn[0])):
            stripped = name.strip()
            if len(stripped) < 2:
                continue
            folded = fold_keep_length(stripped)
            plain = not _ODD_SPACE.search(folded)
            self._entries.append(_Entry(key, name, _takes_bare_suffix(name),
                                        None if plain else re.compile(name_pattern(name))))
            if plain:
                keys.setdefault(folded, []).append(len(self._entries) - 1)
        if keys:
            self._automaton = ahocorasick.Automaton()
            for folded, indexes in keys.items():
                self._automaton.add_word(folded, (len(folded), tuple(indexes)))
            self._automaton.make_automaton()
        self._patterned = [index for index, entry in enumerate(self._entries) if entry.pattern]

    def find(self, text: str) -> list[NameMatch]:
        """Every non-overlapping match in ``text``, in reading order, longest names first."""
        folded = fold_keep_length(text)
        spans = self._occurrences(folded)
        for index in self._patterned:
            pattern = self._entries[index].pattern
            assert pattern is not None
            spans.extend((index, *match.span()) for match in pattern.finditer(folded))
        return self._resolve(spans)

    def _occurrences(self, folded: str) -> list[tuple[int, int, int]]:
        """(entry, start, end) of every place an automaton name fits its boundaries."""
        if self._automaton is None:
            return []
        squeezed, origin = _squeezed(folded)
        length = len(folded)
        found: list[tuple[int, int, int]] = []
        for last, (size, indexes) in self._automaton.iter(squeezed):
            start, end = last - size + 1, last + 1
            if origin is not None:
                start, end = origin[start], origin[last] + 1
            if start and folded[start - 1].isalnum():
                continue
            if (end == length or not folded[end].isalnum()
                    or (folded[end] in APOSTROPHES  # "ʼ" is a letter, as in "Arubaʼnın"
                        and folded[end + 1:end + 2].isalnum())):
                found.extend((index, start, end) for index in indexes)
                continue
            suffix = _WORD_RUN.match(folded, end)
            if suffix is not None and suffix.group() in _BARE_SUFFIXES:
                found.extend((index, start, end) for index in indexes
                             if self._entries[index].bare)
        return found

    def _resolve(self, spans: Sequence[tuple[int, int, int]]) -> list[NameMatch]:
        """Longer names first, then left to right, each taking what no earlier one took."""
        taken: list[tuple[int, int]] = []
        found: list[NameMatch] = []
        previous, reached = -1, -1
        for index, start, end in sorted(spans):
            if index != previous:
                previous, reached = index, -1
            if start < reached:  # inside the name's own last match
                continue
            reached = end
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            entry = self._entries[index]
            found.append(NameMatch(entry.key, entry.name, start, end))
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
