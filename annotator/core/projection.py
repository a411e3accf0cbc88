"""Proposing the span on the other side of a sentence pair that matches a span tagged on one side.

When an annotator tags ``ABD Senatosu'nun`` in the Turkish, the English "US Senate" should be
offered for one-key acceptance (provenance ``projected``). There is no usable offline word aligner
for single sentences (tech-notes §6), so :func:`project_span` combines cheap signals, each giving
candidates with a score in [0, 1]:

- ``alias``: the actor's aliases for the target side, found with the Turkish-aware
  :class:`~annotator.core.actor_matching.NameMatcher` (base score 0.96);
- ``proper_noun``: the span's parts found in the target: its capitalised words with their suffixes
  cut off (``Blinken'in`` → ``Blinken``, ``O'Brien'in`` → ``O'Brien``), by folded equality or, for
  transliterations (``Ceyhun``/``Jeyhun``), by rapidfuzz similarity; and words of a small
  bilingual lexicon of political vocabulary (``Dışişleri Bakanı`` → "Foreign Minister",
  "Secretary of State"; ``Ermenistan`` → "Armenia"). Parts found close together in the target
  form one candidate scored by the share of parts found (0.93 when all are found exactly, down to
  0.465 as the share falls);
- ``number``: the same, when every part is a number or a date (``27 Kasım'da`` → "November 27");
- ``similarity``: rapidfuzz similarity of the whole span to target n-grams (at most 0.6).

To rank repeated names, each score loses up to 0.05 for a candidate far from the span's relative
position in its sentence and gains up to 0.04 when one of the span's neighbours (the parts of the
60 characters around it) is found next to the candidate, less for neighbours found many times.
Spans never include punctuation at their edges or a suffix after an apostrophe, and never part of
a word (:func:`whole_words`): "Azerbaijan" is not proposed inside "Azerbaijani", nor "Azerbaycan"
inside "Azerbaycanlı", while "Azerbaycan" in "Azerbaycan'ın" is. Works in both directions
(``source_lang`` "tr" or "en").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from annotator.core.actor_matching import APOSTROPHES, NameMatcher, fold_keep_length
from annotator.core.dates import MONTHS, DateMention, find_dates, find_month_mentions
from annotator.core.projection_lexicon import LEXICON_TR_EN
from annotator.core.turkish import turkish_lower

MAX_CANDIDATES = 3
ALIAS_SCORE = 0.96
PARTS_SCORE = 0.93  # all parts found exactly and together
SIMILARITY_SCORE = 0.6  # an identical n-gram
SIMILARITY_MIN = 0.6  # n-grams less similar than this are not proposed
FUZZY_NAME_MIN = 75.0  # rapidfuzz ratio (0-100) for a transliterated name
POSITION_WEIGHT = 0.05
CONTEXT_WEIGHT = 0.04  # bonus for a candidate next to where the span's neighbours were found
CONTEXT_CHARS = 60  # how far around the span (source) and the candidate (target) to look
MAX_GAP_WORDS = 2  # words allowed between two parts of one candidate ("President *of* Azerbaijan")

@dataclass(frozen=True)
class Projection:
    """A proposed target span; ``text == target_text[start:end]``; best candidates score highest."""

    start: int
    end: int
    text: str
    score: float
    method: str  # "alias", "proper_noun", "number", "similarity"


@dataclass(frozen=True)
class _Part:
    """Something of the tagged span to look for in the target."""

    kind: str  # "date", "number", "term", "name"
    names: tuple[str, ...] = ()  # for terms and names: the strings to find
    date: DateMention | None = None  # for dates
    digits: str = ""  # for numbers, separators removed


@dataclass(frozen=True)
class _Hit:
    part: int
    start: int
    end: int
    quality: float
    numeric: bool


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_SUFFIX = re.compile(r"['’][a-zçğıöşüâîû]+$")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_GAP_BREAK = re.compile(r"[,;:.!?()\[\]\"]")
# Capitalised words that are not names (sentence starts, titles of address).
_STOP_WORDS = (
    "The A An In On At Of And Or But However This That These Those It He She They We His Her Their "
    "After Before During With For From By To As Mr Mrs Ms Dr Also Then "
    "Ancak Bu Şu O Ve Veya Ama Fakat Öncesinde Sonrasında Diğer İlk Son Ayrıca İse İle Da De Ki "
    "Görüşmede Ertesi")
_STOP = frozenset(fold_keep_length(word) for word in _STOP_WORDS.split())


def _strip_suffix(word: str) -> str:
    """``Blinken'in`` → ``Blinken``, ``Blinken's`` → ``Blinken``; ``O'Brien`` stays."""
    return _SUFFIX.sub("", word)


def _find(names: Iterable[str], text: str) -> list[tuple[int, int]]:
    """Where any of ``names`` occurs in ``text``; short acronyms ("US", "AB") must match case."""
    matches = NameMatcher((name, name) for name in names).find(text)
    return [(m.start, m.end) for m in matches
            if not _is_acronym(m.name) or text[m.start:m.end].isupper()]


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 4


@lru_cache(maxsize=2)
def _lexicon(source_lang: str) -> dict[str, tuple[str, ...]]:
    """Source-language term → its renderings in the other language."""
    if source_lang == "tr":
        return dict(LEXICON_TR_EN)
    reverse: dict[str, list[str]] = {}
    for turkish, english in LEXICON_TR_EN.items():
        for word in english:
            reverse.setdefault(word, []).append(turkish)
    return {word: tuple(turkish) for word, turkish in reverse.items()}


@lru_cache(maxsize=2)
def _lexicon_matcher(source_lang: str) -> NameMatcher:
    return NameMatcher((name, name) for name in _lexicon(source_lang))


def _parts(span_text: str, source_lang: str) -> list[_Part]:
    """Dates, lexicon terms, numbers and capitalised words of the span, without overlaps."""
    parts: list[_Part] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    for mention in find_dates(span_text) + find_month_mentions(span_text):
        parts.append(_Part("date", date=mention))
        taken.append((mention.start, mention.end))
    lexicon = _lexicon(source_lang)
    for match in _lexicon_matcher(source_lang).find(span_text):
        if free(match.start, match.end):
            parts.append(_Part("term", names=lexicon[match.name]))
            taken.append((match.start, match.end))
    for number in _NUMBER.finditer(span_text):
        if free(*number.span()):
            parts.append(_Part("number", digits=re.sub(r"\D", "", number[0])))
    for word in _WORD.finditer(span_text):
        stem = _strip_suffix(word[0])
        if not free(*word.span()) or not stem[:1].isupper():
            continue
        if (month := MONTHS.get(turkish_lower(stem))) is not None:  # a bare "November"
            parts.append(_Part("date", date=DateMention(0, 0, stem, None, month, None)))
        elif fold_keep_length(stem) not in _STOP:
            parts.append(_Part("name", names=(stem,)))
    return parts


def _date_hits(index: int, wanted: DateMention, target_text: str) -> list[_Hit]:
    hits = []
    for found in find_dates(target_text) + find_month_mentions(target_text):
        if found.month != wanted.month or (wanted.year and found.year
                                           and wanted.year != found.year):
            continue
        if wanted.day is not None and found.day != wanted.day:
            continue
        quality = 1.0 if (found.day is None) == (wanted.day is None) else 0.7
        hits.append(_Hit(index, found.start, found.end, quality, True))
    return hits


def _name_hits(index: int, part: _Part, target_text: str) -> list[_Hit]:
    exact = [_Hit(index, s, e, 1.0, False) for s, e in _find(part.names, target_text)]
    if exact or part.kind != "name" or len(part.names[0]) < 3:
        return exact
    wanted = fold_keep_length(part.names[0])
    hits = []
    for word in _WORD.finditer(target_text):
        stem = _strip_suffix(word[0])
        if not stem[:1].isupper():
            continue
        ratio = fuzz.ratio(wanted, fold_keep_length(stem))
        if ratio >= FUZZY_NAME_MIN:
            hits.append(_Hit(index, word.start(), word.start() + len(stem), ratio / 100, False))
    return hits


def _hits(parts: Sequence[_Part], target_text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for index, part in enumerate(parts):
        if part.kind == "date" and part.date is not None:
            hits += _date_hits(index, part.date, target_text)
        elif part.kind == "number":
            hits += [_Hit(index, m.start(), m.end(), 1.0, True)
                     for m in _NUMBER.finditer(target_text)
                     if re.sub(r"\D", "", m[0]) == part.digits]
        else:
            hits += _name_hits(index, part, target_text)
    return [hit for hit in hits if whole_words(target_text, hit.start, hit.end)]


def _joinable(target_text: str, end: int, start: int) -> bool:
    """Whether two hits are close enough to be one candidate."""
    if start <= end:
        return True
    gap = target_text[end:start]
    return not _GAP_BREAK.search(gap) and len(gap.split()) <= MAX_GAP_WORDS


def _groups(hits: Sequence[_Hit], target_text: str) -> list[list[_Hit]]:
    groups: list[list[_Hit]] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if groups and _joinable(target_text, max(h.end for h in groups[-1]), hit.start):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


def _part_candidates(parts: Sequence[_Part], target_text: str) -> list[tuple[int, int, float, str]]:
    """Candidates made of the span's parts found close together in the target."""
    candidates = []
    for group in _groups(_hits(parts, target_text), target_text):
        best: dict[int, float] = {}
        for hit in group:
            best[hit.part] = max(best.get(hit.part, 0.0), hit.quality)
        share = sum(best.values()) / len(parts)
        score = PARTS_SCORE * (0.5 + 0.5 * share)
        method = "number" if all(hit.numeric for hit in group) else "proper_noun"
        candidates.append((group[0].start, max(h.end for h in group), score, method))
    return candidates


def _similar(span_text: str, target_text: str) -> list[tuple[int, int, float, str]]:
    """Target n-grams whose letters resemble the span's (names, numbers, cognates)."""
    wanted = fold_keep_length(" ".join(_strip_suffix(w) for w in span_text.split()))
    words = [m.span() for m in re.finditer(r"\S+", target_text)]
    size = len(span_text.split())
    candidates = []
    for length in range(max(1, size - 1), size + 2):
        for first in range(len(words) - length + 1):
            start, end = words[first][0], words[first + length - 1][1]
            start, end = _trim(target_text, start, end)
            if end <= start:
                continue
            ratio = fuzz.ratio(wanted, fold_keep_length(target_text[start:end])) / 100
            if ratio >= SIMILARITY_MIN:
                candidates.append((start, end, SIMILARITY_SCORE * ratio, "similarity"))
    return candidates


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut punctuation, spaces and an apostrophe suffix off both edges of ``text[start:end]``."""
    while True:
        piece = text[start:end]
        suffix = _SUFFIX.search(piece)
        if suffix and suffix.start() > 0 and piece[suffix.start() - 1].isalnum():
            end = start + suffix.start()
        elif piece and not piece[-1].isalnum() and not _ABBREVIATION_END.search(piece):
            end -= 1
        elif piece and not piece[0].isalnum():
            start += 1
        else:
            return start, end


def _letter(char: str) -> bool:
    return char.isalnum()


def whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends at word boundaries.

    A boundary is the edge of the text or a character that is neither a letter nor a digit
    (space, punctuation, a hyphen, an apostrophe). So a name ends before the Turkish case suffix
    or the English possessive written after an apostrophe (``Azerbaycan|'ın``, ``Blinken|'s``)
    and counts as a whole word, but not before a suffix written without one (``Azerbaycan|lı``,
    ``Azerbaijan|i``). At the start an apostrophe between letters is no boundary: ``Brien`` in
    ``O'Brien`` and ``ın`` in ``Azerbaycan'ın`` are parts of words.
    """
    if not 0 <= start < end <= len(text):
        return False
    if start and _letter(text[start]):
        before = text[start - 1]
        if _letter(before) or (before in APOSTROPHES and start >= 2 and _letter(text[start - 2])):
            return False
    return end == len(text) or not (_letter(text[end - 1]) and _letter(text[end]))


def _position_penalty(source_len: int, span: tuple[int, int], target_len: int,
                      start: int, end: int) -> float:
    source_pos = (span[0] + span[1]) / 2 / max(source_len, 1)
    target_pos = (start + end) / 2 / max(target_len, 1)
    return POSITION_WEIGHT * abs(source_pos - target_pos)


def project_span(source_text: str, span: tuple[int, int], target_text: str, *,
                 aliases: Sequence[str] = (), source_lang: str = "tr") -> list[Projection]:
    """Up to ``MAX_CANDIDATES`` target spans matching ``source_text[span]``, best first.

    ``aliases`` are the linked actor's names in the target language. Raises :class:`ValueError`
    for a span outside ``source_text`` or a ``source_lang`` other than "tr" and "en".
    """
    start, end = span
    if not 0 <= start <= end <= len(source_text):
        raise ValueError(f"span {span} is outside a {len(source_text)}-character text")
    if source_lang not in ("tr", "en"):
        raise ValueError(f"source_lang must be 'tr' or 'en', not {source_lang!r}")
    span_text = source_text[start:end]
    if not span_text.strip() or not target_text.strip():
        return []
    raw = [(s, e, ALIAS_SCORE, "alias") for s, e in _find(aliases, target_text)]
    parts = _parts(span_text, source_lang)
    if parts:
        raw += _part_candidates(parts, target_text)
    raw += _similar(span_text, target_text)
    context = _context_hits(source_text, span, target_text, source_lang, parts)
    return _best(raw, source_text, span, target_text, context)


def _context_hits(source_text: str, span: tuple[int, int], target_text: str, source_lang: str,
                  own: Sequence[_Part]) -> list[list[tuple[int, int]]]:
    """Per part of the text around the span (other than its own): where it was found."""
    before = source_text[max(0, span[0] - CONTEXT_CHARS):span[0]]
    after = source_text[span[1]:span[1] + CONTEXT_CHARS]
    parts = [part for part in _parts(before, source_lang) + _parts(after, source_lang)
             if part.kind == "date" or part not in own]
    found = [[(hit.start, hit.end) for hit in _hits([part], target_text)] for part in parts]
    return [hits for hits in found if hits]


def _context_bonus(context: Sequence[Sequence[tuple[int, int]]], start: int, end: int) -> float:
    """Up to ``CONTEXT_WEIGHT`` for a candidate with a found neighbour close by.

    A neighbour found k times in the target counts 1/k: "US" in every clause says little.
    """
    best = 0.0
    for hits in context:
        gaps = [max(s - end, start - e, 0) for s, e in hits if not (s < end and start < e)]
        if gaps:
            best = max(best, max(0.0, 1 - min(gaps) / CONTEXT_CHARS) / len(hits))
    return CONTEXT_WEIGHT * best


def _best(raw: Iterable[tuple[int, int, float, str]], source_text: str, span: tuple[int, int],
          target_text: str, context: Sequence[Sequence[tuple[int, int]]]) -> list[Projection]:
    """Trimmed, de-duplicated, position- and context-weighted candidates, best first."""
    best: dict[tuple[int, int], Projection] = {}
    for start, end, score, method in raw:
        start, end = _trim(target_text, start, end)
        if end <= start or not whole_words(target_text, start, end):
            continue
        score -= _position_penalty(len(source_text), span, len(target_text), start, end)
        score = min(1.0, max(0.0, score + _context_bonus(context, start, end)))
        if (start, end) not in best or best[(start, end)].score < score:
            best[(start, end)] = Projection(start, end, target_text[start:end], score, method)
    ranked = sorted(best.values(), key=lambda p: (-p.score, p.start))
    chosen: list[Projection] = []
    for candidate in ranked:
        overlaps = any(candidate.start < c.end and c.start < candidate.end for c in chosen)
        if candidate.method == "similarity" and overlaps:
            continue  # a weaker n-gram around a better candidate adds nothing
        chosen.append(candidate)
        if len(chosen) == MAX_CANDIDATES:
            break
    return chosen
