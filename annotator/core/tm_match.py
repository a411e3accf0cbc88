"""Translation-memory matching: an in-memory index of source/target pairs and its lookups.

The memory holds the project's confirmed sentences (translated or reviewed) and the units of
imported TMX files (:class:`TMEntry`). :class:`TMIndex` keeps them sorted by the length of their
Turkish-folded source (:func:`annotator.core.turkish.search_key`), so a lookup scores only the
entries whose length can reach the threshold (``fuzz.ratio`` ≥ t needs the shorter text to be at
least t / (200 − t) of the longer one) with rapidfuzz's ``process.extract``. Exact matches (same
source after NFC and whitespace collapse) come from a dictionary; an exact match whose previous
source sentence is the same too is *in context*. Each match carries a word-level diff between
the current source and the match's source (:class:`DiffSpan`) for the window to highlight.
No I/O: storage builds the entries (``annotator.storage.tm``).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from annotator.core.mt_types import cache_key
from annotator.core.turkish import search_key

DEFAULT_LIMIT = 5
DEFAULT_THRESHOLD = 70
_WORD = re.compile(r"\w+|[^\w\s]")


class MatchKind(StrEnum):
    """How a memory entry matches the current sentence, best first."""

    IN_CONTEXT = "in-context"  # same source, and the previous source sentence is the same too
    EXACT = "exact"            # same source (NFC, whitespace collapsed)
    FUZZY = "fuzzy"            # similar source (score from the threshold to 99)


_RANK = {MatchKind.IN_CONTEXT: 0, MatchKind.EXACT: 1, MatchKind.FUZZY: 2}


def normalise(text: str) -> str:
    """The form sources are compared in: NFC, whitespace runs collapsed, ends stripped."""
    return cache_key(text)


@dataclass(frozen=True, slots=True)
class TMEntry:
    """One source/target pair of the memory: a confirmed project sentence or a TMX unit."""

    source: str
    target: str
    origin: str                      # the document's title, or the TMX file's name
    sentence_id: int | None = None   # a project sentence ...
    document_id: str | None = None
    unit_id: int | None = None       # ... or a ``tm_units`` row
    previous: str | None = None      # the previous source sentence, normalised (sentences only)
    key: str = field(default="", compare=False)     # normalised source
    folded: str = field(default="", compare=False)  # Turkish-folded key, what fuzzy scores

    @classmethod
    def make(cls, source: str, target: str, origin: str, *, sentence_id: int | None = None,
             document_id: str | None = None, unit_id: int | None = None,
             previous: str | None = None, folded: str | None = None) -> TMEntry:
        """An entry with its comparison keys computed; ``folded`` is ``search_key`` of the
        source when the caller has it already (storage keeps it: folding is the slow part)."""
        key = normalise(source)
        folded = " ".join(folded.split()) if folded is not None else search_key(key)
        return cls(source, target, origin, sentence_id, document_id, unit_id,
                   normalise(previous) if previous is not None else None, key, folded)


@dataclass(frozen=True, slots=True)
class DiffSpan:
    """One word-level edit step from the current source to the match's source.

    ``start``/``end`` are offsets into the current source, ``match_start``/``match_end`` into the
    match's source (code points, end-exclusive). ``tag`` is ``equal``, ``replace`` (different
    words on both sides), ``delete`` (words only in the current source) or ``insert`` (words
    only in the match's source); the window highlights every span that is not ``equal``.
    """

    tag: str
    start: int
    end: int
    match_start: int
    match_end: int


@dataclass(frozen=True, slots=True)
class TMMatch:
    """A memory entry proposed for the current sentence, with its score and diff."""

    score: int                 # 0–100; 100 only for exact and in-context matches
    kind: MatchKind
    source: str                # the match's source, as stored
    target: str                # its English: what Ctrl+1…Ctrl+5 insert
    origin: str                # the document's title or the TMX file's name
    sentence_id: int | None    # the project sentence, or None for a TMX unit
    document_id: str | None
    unit_id: int | None
    diff: tuple[DiffSpan, ...]


@dataclass(frozen=True, slots=True)
class ConcordanceHit:
    """A memory entry that contains the phrase searched for, with where it was found."""

    source: str
    target: str
    origin: str
    sentence_id: int | None
    document_id: str | None
    unit_id: int | None
    source_spans: tuple[tuple[int, int], ...]  # the phrase in ``source`` (code points)
    target_spans: tuple[tuple[int, int], ...]  # ... and in ``target``


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def word_diff(current: str, other: str) -> tuple[DiffSpan, ...]:
    """The word-level edit steps from ``current`` to ``other`` (see :class:`DiffSpan`)."""
    mine, theirs = _words(current), _words(other)
    spans: list[DiffSpan] = []

    def edge(words: list[tuple[str, int, int]], first: int, last: int, text: str) -> tuple[
            int, int]:
        if first < last:
            return words[first][1], words[last - 1][2]
        at = words[first][1] if first < len(words) else len(text)
        return at, at

    # Indel (longest common subsequence) keeps every shared word aligned; a deletion next to
    # an insertion reads as one replacement.
    steps: list[list[Any]] = []
    for op in Indel.opcodes([w for w, _, _ in mine], [w for w, _, _ in theirs]):
        last = steps[-1] if steps else None
        if last is not None and {last[0], op.tag} == {"delete", "insert"}:
            last[:] = ["replace", min(last[1], op.src_start), max(last[2], op.src_end),
                       min(last[3], op.dest_start), max(last[4], op.dest_end)]
        else:
            steps.append([op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end])
    for tag, src_start, src_end, dest_start, dest_end in steps:
        start, end = edge(mine, src_start, src_end, current)
        match_start, match_end = edge(theirs, dest_start, dest_end, other)
        spans.append(DiffSpan(tag, start, end, match_start, match_end))
    return tuple(spans)


def folded_spans(text: str, needle: str) -> tuple[tuple[int, int], ...]:
    """Where the already folded ``needle`` occurs in ``text`` folded, as offsets into ``text``.

    Each character is folded on its own, so the folded offsets map back to the original ones
    even where folding changes the length (a combining mark dropped).
    """
    if not needle:
        return ()
    pieces, owners = [], []
    for index, char in enumerate(text):
        folded = search_key(char)
        pieces.append(folded)
        owners.extend([index] * len(folded))
    haystack = "".join(pieces)
    found, at = [], haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        found.append((owners[at], owners[end - 1] + 1))
        at = haystack.find(needle, end)
    return tuple(found)


def _length_window(length: int, cutoff: float) -> tuple[int, int]:
    """The folded-source lengths that can reach ``cutoff`` (0–100) against ``length``."""
    ratio = min(max(cutoff, 1.0), 100.0) / 100.0
    low = math.floor(length * ratio / (2.0 - ratio))
    high = math.ceil(length * (2.0 - ratio) / ratio)
    return low, high


class TMIndex:
    """The memory in RAM: entries sorted by folded length, exact sources in a dictionary."""

    def __init__(self, entries: Iterable[TMEntry] = ()) -> None:
        ordered = sorted(entries, key=lambda e: len(e.folded))
        self._entries: list[TMEntry] = ordered
        self._lengths: list[int] = [len(e.folded) for e in ordered]
        self._folded: list[str] = [e.folded for e in ordered]
        self._exact: defaultdict[str, list[TMEntry]] = defaultdict(list)
        self._by_sentence: dict[int, TMEntry] = {}
        for entry in ordered:
            self._remember(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def _remember(self, entry: TMEntry) -> None:
        self._exact[entry.key].append(entry)
        if entry.sentence_id is not None:
            self._by_sentence[entry.sentence_id] = entry

    def add(self, entry: TMEntry) -> None:
        """Add one entry (a sentence just confirmed replaces that sentence's old entry)."""
        if entry.sentence_id is not None:
            self.remove_sentence(entry.sentence_id)
        at = bisect.bisect_right(self._lengths, len(entry.folded))
        self._entries.insert(at, entry)
        self._lengths.insert(at, len(entry.folded))
        self._folded.insert(at, entry.folded)
        self._remember(entry)

    def remove_sentence(self, sentence_id: int) -> bool:
        """Forget a project sentence (its English is no longer confirmed); False if absent."""
        entry = self._by_sentence.pop(sentence_id, None)
        if entry is None:
            return False
        length = len(entry.folded)
        low = bisect.bisect_left(self._lengths, length)
        high = bisect.bisect_right(self._lengths, length)
        for at in range(low, high):
            if self._entries[at] is entry:
                del self._entries[at], self._lengths[at], self._folded[at]
                break
        same = self._exact[entry.key]
        same[:] = [e for e in same if e is not entry]
        if not same:
            del self._exact[entry.key]
        return True

    def lookup(self, source: str, previous: str | None = None, *, limit: int = DEFAULT_LIMIT,
               threshold: int = DEFAULT_THRESHOLD,
               exclude_sentence: int | None = None) -> list[TMMatch]:
        """Up to ``limit`` matches scoring at least ``threshold``: in-context, then exact, then
        fuzzy by score; one match per distinct source/target pair."""
        key = normalise(source)
        if not key or limit <= 0:
            return []
        context = normalise(previous) if previous is not None else None
        chosen: dict[tuple[str, str], tuple[MatchKind, int, TMEntry]] = {}
        def wanted(entry: TMEntry) -> bool:
            return exclude_sentence is None or entry.sentence_id != exclude_sentence

        for entry in self._exact.get(key, ()):
            if wanted(entry):
                kind = MatchKind.IN_CONTEXT if (
                    context is not None and entry.previous == context) else MatchKind.EXACT
                _keep(chosen, entry, kind, 100)
        want = limit + 8
        while True:
            found = self._fuzzy(search_key(key), threshold, want)
            for entry, score in found:
                if entry.key != key and wanted(entry):
                    _keep(chosen, entry, MatchKind.FUZZY, score)
            if len(found) < want or len(chosen) >= limit:
                break
            want *= 4
        ranked = sorted(chosen.values(),
                        key=lambda c: (_RANK[c[0]], -c[1], c[2].unit_id is not None))
        return [_match(source, entry, kind, score) for kind, score, entry in ranked[:limit]]

    def _fuzzy(self, folded: str, threshold: int, limit: int) -> list[tuple[TMEntry, int]]:
        # A shown percentage is rounded: 69.5 shows as 70 and passes a threshold of 70.
        cutoff = max(0.0, threshold - 0.5)
        low, high = _length_window(len(folded), cutoff)
        first = bisect.bisect_left(self._lengths, low)
        last = bisect.bisect_right(self._lengths, high)
        found = process.extract(folded, self._folded[first:last], scorer=fuzz.ratio,
                                score_cutoff=cutoff, limit=limit)
        return [(self._entries[first + index], min(99, round(score)))
                for _, score, index in found]


def _keep(chosen: dict[tuple[str, str], tuple[MatchKind, int, TMEntry]], entry: TMEntry,
          kind: MatchKind, score: int) -> None:
    """Keep the better of two entries with the same source and target."""
    pair = (entry.key, entry.target)
    old = chosen.get(pair)
    if old is None or (_RANK[kind], -score) < (_RANK[old[0]], -old[1]):
        chosen[pair] = (kind, score, entry)


def _match(source: str, entry: TMEntry, kind: MatchKind, score: int) -> TMMatch:
    return TMMatch(score, kind, entry.source, entry.target, entry.origin, entry.sentence_id,
                   entry.document_id, entry.unit_id, word_diff(source, entry.source))
