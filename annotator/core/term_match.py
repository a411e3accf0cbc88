"""Finding glossary terms in Turkish text, with Turkish inflection.

:class:`TermIndex` is built once per glossary. Text and terms are folded one character per
character (``fold_keep_length``: case, ``İ``/``i``, ``I``/``ı``, accents), each term is filed
under its first word (a one-word term under the stems its word can take), and only the terms filed
under a prefix of a word of the text are tried there: a few dictionary look-ups per word.
The rules, as the tests pin them down:

- Inner words of a multi-word term match whole, with any whitespace between them. After the
  last word comes an apostrophe and anything (``Azerbaycan'ın``, ``ABD'li``), or an ending from a
  finite set, then the end of the word. The set is the nominal suffix chain: plural ``-lAr``;
  possessive ``-(I)m -(I)n -(s)I -(I)mIz -(I)nIz -lArI``; case ``-(y)I -(y)A -DA -DAn -(n)In
  -(y)lA`` (with the pronominal ``n`` after a third-person possessive: ``Bakanı-nın``); ``-ki``
  after a locative or genitive; copula ``-DIr``. Harmony is left open at the stem, followed after.
  Buffer letters follow the stem (``y``/``n``/``s`` after a vowel only), which keeps ``Rus`` out
  of ``Rusya``.
- Derivational suffixes (``-lI``, ``-lIk``, ``-CA``, ``-sIz``) make another word, rendered
  otherwise in English, so they need an apostrophe: ``Azerbaycan`` is not in ``Azerbaycanlı``
  but is in ``Azerbaycan'lı``; ``Bakan`` is not in ``Bakanlık``.
- A final ``k``/``p``/``t`` may soften before a vowel in words of two or more syllables
  (``Bakanlığı``); a multi-word term ending in a possessive (``Dışişleri Bakanı``) is also found
  with the plural before it (``Dışişleri Bakanları``, span up to the possessive). Acronyms and
  words ending in a digit take suffixes only after an apostrophe, as Turkish spelling has it.
- Folding makes ``basın`` equal ``başın``: a plain letter stands for a Turkish one (``s`` for
  ``ş``) only on a side typed without Turkish letters, a term ``Disisleri Bakani`` or a text word
  ``Bakani'nin``.
- Not modelled: vowel loss (``ağzı``), verb endings, other copulas (``-DI``, ``-mIş`` end verbs
  too), a possessor replacing the term's own (``Bakanlığımız``). Spans cover the term, not its
  suffixes; overlapping finds go to the longest.

Whether a term's English is in a translation is :mod:`annotator.core.qa_terms`'s question.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from annotator.core.actor_matching import APOSTROPHES, fold_keep_length
from annotator.core.glossary import GlossaryTerm, clean_term
from annotator.core.turkish import turkish_lower

P = TypeVar("P")

_WORD_RUN = re.compile(r"[^\W_]+")
_REST = re.compile(r"[^\W_]*")
_VOWELS = frozenset("aeiou")  # folded: ı→i, ö→o, ü→u, â→a, î→i, û→u
_TURKISH_LETTERS = frozenset("çğıöşüÇĞÖŞÜİ")  # text using one was typed on a Turkish keyboard
_SPECIAL = frozenset("çğıöşü")  # lower-case letters that fold to another (c g i o s u)
_VOICELESS = frozenset("pctkfhs")  # folded: ç→c, ş→s (c and s may be voiced: allowed anyway)
_SOFTENED = {"k": "g", "p": "b", "t": "d"}  # ç→c folds to itself, so needs no entry
_HARDENED = {soft: hard for hard, soft in _SOFTENED.items()}

# The nominal suffix chain in archiphonemes: A = a/e, I = ı/i/u/ü (folded i/u), D = d/t; a letter
# in brackets is a buffer, kept after a vowel ("(y)A"), or "(I)" kept after a consonant.
_PLURAL = "lAr"
_POSSESSIVES = ("(I)m", "(I)n", "(I)mIz", "(I)nIz")
_POSSESSIVE_3 = "(s)I"
_CASES = ("(y)I", "(y)A", "DA", "DAn", "(n)In", "(y)lA")
# After a third-person possessive (and after -ki) the case suffixes take a pronominal n.
_PRONOMINAL_CASES = ("nI", "nA", "nDA", "nDAn", "nIn", "(y)lA")
_KI_HOSTS = frozenset(("DA", "(n)In", "nDA", "nIn"))  # -ki follows a locative or a genitive
# Only -DIr of the copulas: -(y)DI, -(y)mIş, -(y)sA also end verbs ("gel-di", "bul-un-du").
_COPULAS = ("DIr",)


def _nominal_chains(after_possessive: bool) -> list[tuple[tuple[str, ...], bool]]:
    """Plural and possessive combinations, each with whether it ends in a 3rd-person possessive."""
    if after_possessive:
        return [((), True)]
    chains: list[tuple[tuple[str, ...], bool]] = []
    for plural in ((), (_PLURAL,)):
        chains.append((plural, False))
        chains += [((*plural, possessive), False) for possessive in _POSSESSIVES]
        chains.append(((*plural, _POSSESSIVE_3), True))  # -lAr + -(s)I is -lArI, "their"
    return chains


def _chains(after_possessive: bool) -> list[tuple[str, ...]]:
    """Every suffix chain (as archiphoneme templates) a noun stem may take, () included."""
    chains: list[tuple[str, ...]] = []
    for nominal, third_person in _nominal_chains(after_possessive):
        cased = [nominal]
        for case in _PRONOMINAL_CASES if third_person else _CASES:
            cased.append((*nominal, case))
            if case in _KI_HOSTS:  # -ki once ("Bakanlıktakiler"), then a case or nothing
                relative = (*nominal, case, "ki")
                cased += [relative, (*relative, "ler")]
                chains += [(*relative, ending) for ending in _PRONOMINAL_CASES]
                chains += [(*relative, "ler", ending) for ending in _CASES]
        chains += cased
        chains += [(*chain, copula) for chain in cased for copula in _COPULAS]
    return chains


def _realise(chain: tuple[str, ...], vowel: bool, back: bool, rounded: bool, boundary_t: bool
             ) -> str:
    """A chain in folded letters after a stem: ``vowel`` (the stem ends in one), ``back`` and
    ``rounded`` (its last vowel), ``boundary_t`` (a D right after the stem is t)."""
    form = ""
    for template in chain:
        buffer, _, rest = template.partition(")")
        if rest:
            ends_in_vowel = form[-1] in _VOWELS if form else vowel
            letter = buffer[1:]
            template = (letter if (letter == "I") != ends_in_vowel else "") + rest
        if template in ("ki", "ler"):
            back = False  # -ki never harmonises, and what follows it is front
        for char in template:
            if char == "A":
                char = "a" if back else "e"
            elif char == "I":
                char = "u" if rounded else "i"
            elif char == "D":
                char = "t" if (form[-1] in _VOICELESS if form else boundary_t) else "d"
            if char in _VOWELS:
                rounded = char in "ou"
            form += char
    return form


def suffix_set(stem_ends_in_vowel: bool, after_possessive: bool = False) -> frozenset[str]:
    """The folded inflectional endings a noun stem may take ('' included).

    Both harmony variants and both D variants at the stem are allowed (folding has merged ı/i and
    u/ü, and a shared set serves all stems); within the chain harmony is followed.
    ``after_possessive``: the stem ends in a third-person possessive (``Bakanı``), so only case
    (with the pronominal ``n``), -ki and a copula may follow.
    """
    vowel = stem_ends_in_vowel
    contexts = list(itertools.product((True, False), (True, False),
                                      (False,) if vowel else (True, False)))
    return frozenset(_realise(chain, vowel, *context)
                     for chain in _chains(after_possessive) for context in contexts)


@dataclass(frozen=True)
class _Ending:
    """How a phrase may end: ``stem``, then the rest of its word, which must be in ``suffixes``."""

    stem: str
    suffixes: frozenset[str]
    keep: int = 0  # characters of the rest that belong to the span (a moved possessive)
    checked: int | None = None  # leading letters of the stem compared unfolded (None: all)


@dataclass(frozen=True)
class _Entry(Generic[P]):
    payload: P
    words: tuple[str, ...]  # folded words before the last one
    endings: tuple[_Ending, ...]
    # Turkish: the words lower-cased (not folded), and whether the term was typed without
    # Turkish letters; letters are then compared (see _letters_agree).
    lowered: tuple[str, ...] = ()
    plain: bool = True


def _leading_run(text: str) -> str:
    match = _WORD_RUN.match(text)
    return match.group() if match else ""


class _FoldTable(dict[int, str]):
    """``str.translate`` table doing :func:`fold_keep_length`, filled one character at a time."""

    def __missing__(self, code: int) -> str:
        folded = fold_keep_length(chr(code))
        self[code] = folded
        return folded


class _LowerTable(dict[int, str]):
    """``str.translate`` table lower-casing the Turkish way, one character per character."""

    def __missing__(self, code: int) -> str:
        lowered = turkish_lower(chr(code))
        self[code] = lowered if len(lowered) == 1 else chr(code)
        return self[code]


class _Views:
    """A text as matched: as given, folded and lower-cased, all of the same length (lower-cased
    only when a letter comparison asks: most texts have no term to compare)."""

    def __init__(self, text: str, folded: str, lower_table: _LowerTable) -> None:
        self.text = text
        self.folded = folded
        self._lower_table = lower_table
        self._lowered: str | None = None

    @property
    def lowered(self) -> str:
        """The text lower-cased the Turkish way, one character per character."""
        if self._lowered is None:
            self._lowered = self.text.translate(self._lower_table)
        return self._lowered


class _PhraseIndex(Generic[P]):
    """Phrases filed under the leading letters of their first word; finds them in folded text.

    Under each key, one-word phrases sit in bucket "", longer ones under the first letter of
    their second word (so "the" does not try every "the ..." phrase), or in "*" when their first
    word goes on past its leading letters ("u.s army").
    """

    def __init__(self) -> None:
        self._by_key: dict[str, dict[str, list[_Entry[P]]]] = {}
        # The lengths of the keys of three letters or more, ascending, by their first three
        # letters (a word tries only the lengths of keys it may start with: a look-up or two,
        # not one per key length), and the keys of one or two letters.
        self._lengths: dict[str, list[int]] = {}
        self._short_keys: set[str] = set()
        self.fold_table = _FoldTable()
        self.lower_table = _LowerTable()

    def add(self, entry: _Entry[P]) -> None:
        if entry.words:
            key = _leading_run(entry.words[0])
            second = entry.words[1] if len(entry.words) > 1 else entry.endings[0].stem
            filed = {key: "*" if key != entry.words[0] else second[0]}
        else:
            filed = {_leading_run(ending.stem): "" for ending in entry.endings}
        for key, bucket in filed.items():
            if key:
                self._by_key.setdefault(key, {}).setdefault(bucket, []).append(entry)
                if len(key) <= 2:
                    self._short_keys.add(key)
                elif len(key) not in self._lengths.get(key[:3], ()):
                    self._lengths[key[:3]] = sorted((*self._lengths.get(key[:3], ()), len(key)))

    def may_start(self, folded: str, start: int) -> bool:
        """Whether a key may start the word at ``start`` (False for most words: they then have
        no candidates at all)."""
        return (folded[start:start + 3] in self._lengths or folded[start:start + 2]
                in self._short_keys or folded[start] in self._short_keys)

    def _candidates(self, folded: str, start: int, end: int) -> list[_Entry[P]]:
        """The phrases that may start with the word at ``start:end`` of ``folded``, keys by
        ascending length, each key's buckets in the order "", "*", next word."""
        token = folded[start:end]
        lengths: list[int] = []
        if token[0] in self._short_keys:
            lengths.append(1)
        if len(token) >= 2 and token[:2] in self._short_keys:
            lengths.append(2)
        if len(token) >= 3:
            lengths += self._lengths.get(token[:3], ())
        found: list[_Entry[P]] = []
        for length in lengths:
            if length > len(token):
                break
            buckets = self._by_key.get(token[:length])
            if buckets:
                found += buckets.get("", ())
                found += buckets.get("*", ())
                if length == len(token):
                    after = end
                    while after < len(folded) and folded[after].isspace():
                        after += 1
                    if end < after < len(folded):
                        found += buckets.get(folded[after], ())
        return found

    def find(self, text: str) -> list[tuple[P, int, int]]:
        """Non-overlapping finds in reading order; the longest span wins an overlap."""
        views = _Views(text, text.translate(self.fold_table), self.lower_table)
        found: list[tuple[int, int, int, P]] = []
        folded = views.folded
        for run in _WORD_RUN.finditer(folded):
            start = run.start()
            if not self.may_start(folded, start):
                continue  # most words
            if start >= 2 and text[start - 1] in APOSTROPHES and text[start - 2].isalnum():
                continue  # the suffix of a word ("Bakü'ye"), not a word of its own
            for entry in self._candidates(folded, start, run.end()):
                end = _match_at(entry, views, start)
                if end is not None:
                    found.append((start, end, len(found), entry.payload))
        found.sort(key=lambda hit: (hit[0] - hit[1], hit[0], hit[2]))
        taken: list[tuple[P, int, int]] = []
        for start, end, _, payload in found:
            if all(end <= s or e <= start for _, s, e in taken):
                taken.append((payload, start, end))
        return sorted(taken, key=lambda hit: hit[1])


def _match_at(entry: _Entry[P], views: _Views, start: int) -> int | None:
    """The end of the span if ``entry`` matches at ``start``, else None."""
    folded = views.folded
    position, starts = start, []
    for word in entry.words:
        if not folded.startswith(word, position):
            return None
        starts.append(position)
        gap = position + len(word)
        position = gap
        while position < len(folded) and folded[position].isspace():
            position += 1
        if position == gap:
            return None
    best: tuple[int, _Ending] | None = None
    for ending in entry.endings:
        if not folded.startswith(ending.stem, position):
            continue
        stem_end = position + len(ending.stem)
        rest_end = _REST.match(folded, stem_end).end()  # type: ignore[union-attr]
        rest = folded[stem_end:rest_end]
        if rest in ending.suffixes:  # '' when an apostrophe or a non-letter ends the word
            end = stem_end + (ending.keep if rest else 0)
            if best is None or end > best[0]:
                best = (end, ending)
    if best is None:
        return None
    if entry.lowered:
        pairs = [*zip(starts, entry.lowered[:-1], strict=True),
                 (position, entry.lowered[-1][:best[1].checked])]
        if not all(_letters_agree(word, views, at, entry.plain) for at, word in pairs):
            return None
    return best[0]


def _letters_agree(word: str, views: _Views, at: int, term_plain: bool) -> bool:
    """Whether ``word`` (lower-cased) is what the text has at ``at``, Turkish letters considered.

    Folding made ``basın`` and ``başın``, ``kış`` and ``kıs(a)`` equal. A plain letter stands for
    a Turkish one only on a side typed without any Turkish letter (a term ``Disisleri``, a word
    of the text ``Bakani'nin``); circumflexes and a capital ``I`` are never telling.
    """
    seen = views.lowered[at:at + len(word)]
    if seen == word:
        return True
    word_end = _REST.match(views.folded, at).end()  # type: ignore[union-attr]
    text_plain = _TURKISH_LETTERS.isdisjoint(views.text[at:word_end])
    for offset, (ours, theirs) in enumerate(zip(word, seen, strict=True)):
        if ours == theirs or ours in "âîû" or theirs in "âîû":
            continue
        if ours in _SPECIAL:
            if not text_plain:
                return False
        elif not term_plain and not (theirs == "ı" and views.text[at + offset] == "I"):
            return False
    return True


@dataclass(frozen=True)
class _SuffixSets:
    """The ending sets a Turkish term's last word may take; made once per index."""

    consonant: frozenset[str]  # after a consonant-final stem
    vowel: frozenset[str]  # after a vowel-final stem
    possessive: frozenset[str]  # after a final possessive -(s)I: vowel-final, or pronominal n
    softened: frozenset[str]  # after a softened final consonant: the vowel-initial ones
    plural_possessive: frozenset[str]  # -lArI and what may follow it (Bakan-ları-nın)

    @classmethod
    def build(cls) -> _SuffixSets:
        consonant, vowel = suffix_set(False), suffix_set(True)
        pronominal = suffix_set(True, after_possessive=True)
        return cls(consonant, vowel, vowel | pronominal,
                   frozenset(s for s in consonant if s and s[0] in _VOWELS),
                   frozenset(s for s in consonant if s[:4] in ("lari", "leri")
                             and s[4:] in pronominal))


def _turkish_endings(original_last: str, last: str, multi_word: bool,
                     sets: _SuffixSets) -> tuple[_Ending, ...]:
    """The ways the (folded) last word ``last`` of a Turkish term may appear inflected."""
    letters = sum(c.isalpha() for c in original_last)
    if not last[-1].isalpha() or (2 <= letters <= 6 and original_last.isupper()):
        return (_Ending(last, frozenset({""})),)  # acronym or digit: suffixes after "'" only
    possessive = last[-1] in "iu" and len(last) >= 3 and (
        multi_word or last.endswith(("leri", "lari")))
    # A final ç softens to c (ağaç → ağacı), which folding cannot tell: leave it to folding.
    checked = len(last) - 1 if original_last.endswith("ç") else None
    if possessive:
        endings = [_Ending(last, sets.possessive)]
    else:
        suffixes = sets.vowel if last[-1] in _VOWELS else sets.consonant
        endings = [_Ending(last, suffixes, checked=checked)]
    if last[-1] in _SOFTENED and sum(char in _VOWELS for char in last) >= 2:  # Bakanlığı
        endings.append(_Ending(last[:-1] + _SOFTENED[last[-1]], sets.softened,
                               checked=len(last) - 1))
    if possessive and multi_word:  # Dışişleri Bakanı → Dışişleri Bakanları(nın)
        stems = {last[:-1]}
        if len(last) >= 4 and last[-2] == "s" and last[-3] in _VOWELS:
            stems.add(last[:-2])  # Valisi → Vali (Meclisi keeps its s: both are tried)
        stems |= {stem[:-1] + _HARDENED[stem[-1]] for stem in stems if stem[-1] in _HARDENED}
        endings += [_Ending(stem, sets.plural_possessive, keep=4,
                            checked=len(stem) - (stem[-1] != last[len(stem) - 1]))
                    for stem in sorted(stems)]
    return tuple(endings)


@dataclass(frozen=True)
class TermHit:
    """``form`` (a Turkish form of ``term``) found at ``start:end`` of the text."""

    term: GlossaryTerm
    form: str
    start: int
    end: int


class TermIndex:
    """Finds a glossary's Turkish terms in text; build it once per glossary, reuse it often."""

    def __init__(self, terms: Iterable[GlossaryTerm]) -> None:
        self._index: _PhraseIndex[tuple[GlossaryTerm, str]] = _PhraseIndex()
        sets = _SuffixSets.build()
        for term in terms:
            seen: set[str] = set()
            for form in term.source_forms:
                # Matching starts and ends at a letter or digit: "(PKK)" is found as "PKK".
                cleaned = clean_term(form).strip("".join(c for c in form if not c.isalnum()))
                lowered = cleaned.translate(self._index.lower_table)
                if len(cleaned) < 2 or lowered in seen:
                    continue
                seen.add(lowered)
                words = cleaned.translate(self._index.fold_table).split()
                endings = _turkish_endings(cleaned.split()[-1], words[-1], len(words) > 1, sets)
                self._index.add(_Entry((term, form), tuple(words[:-1]), endings,
                                       lowered=tuple(lowered.split()),
                                       plain=_TURKISH_LETTERS.isdisjoint(cleaned)))

    def find(self, text: str) -> list[TermHit]:
        """Every term in ``text``: non-overlapping, longest first, in reading order."""
        return [TermHit(term, form, start, end)
                for (term, form), start, end in self._index.find(text)]
