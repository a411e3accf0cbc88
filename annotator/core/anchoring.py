"""Keeping English-side spans on their words when the translator edits the sentence.

Mentions and event triggers on the English side point into text a translator keeps revising. After
an edit each span is re-anchored through a token-level diff of the old and new text (words,
whitespace runs and single punctuation marks, aligned by :class:`difflib.SequenceMatcher`, which
takes the longest unchanged run first). The rules:

- A span whose tokens all sit in unchanged runs, with nothing inserted between them, moves with the
  text around it: ``changed=False`` and ``new_text[start:end] == old_text[s:e]``. Insertions exactly
  at a span's edges belong outside the span.
- Any edit under the span, whitespace included ("US  Senate" → "US Senate"), gives
  ``changed=True``: the text the annotator saw is not the text there now, so it needs review. The
  span then covers what the diff put in place of its text: unchanged edges map exactly; when the
  whole span lies in a rewritten stretch, its old words are looked for there (rapidfuzz partial
  alignment, ``FIND_AGAIN_SCORE``: a typo fix "Blinkn" → "Blinken"), else its position is carried
  over proportionally; edited edges are snapped to whole words.
- When the diff deleted the span's text but the very same words occur exactly once in newly
  written text, they were moved ("Blinken called Aliyev" → "Aliyev received a call from Blinken"):
  the span goes there, ``changed=True``.
- When nothing of the span is left (its text was deleted and nothing replaced it, or the new text
  is empty) the result is ``None``: the caller keeps the annotation and flags it, it is never
  moved onto neighbouring words.

Because the diff aligns positions, not strings, a span never jumps to another occurrence of the same
word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from annotator.core.actor_matching import fold_keep_length

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
# Inside a rewritten stretch, the span's old text found again with at least this similarity (0-100)
# is where the span goes; below it, the span's position is carried over proportionally.
FIND_AGAIN_SCORE = 70.0


@dataclass(frozen=True)
class Reanchored:
    """Where a span lies in the new text; ``changed`` when its own text was edited (review it)."""

    start: int
    end: int
    changed: bool


@dataclass(frozen=True)
class _Block:
    """One diff opcode in character offsets: old[o1:o2] became new[n1:n2]."""

    tag: str
    o1: int
    o2: int
    n1: int
    n2: int


def _tokens(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _TOKEN.finditer(text)]


def _blocks(old_text: str, new_text: str) -> list[_Block]:
    """The token diff of the two texts, as character ranges."""
    old_tokens, new_tokens = _tokens(old_text), _tokens(new_text)
    matcher = SequenceMatcher(None, [old_text[s:e] for s, e in old_tokens],
                              [new_text[s:e] for s, e in new_tokens], autojunk=False)

    def offset(tokens: list[tuple[int, int]], index: int, length: int) -> int:
        return tokens[index][0] if index < len(tokens) else length

    old_len, new_len = len(old_text), len(new_text)
    return [_Block(tag, offset(old_tokens, i1, old_len), offset(old_tokens, i2, old_len),
                   offset(new_tokens, j1, new_len), offset(new_tokens, j2, new_len))
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _is_changed(blocks: Sequence[_Block], start: int, end: int) -> bool:
    for block in blocks:
        if block.tag == "equal":
            continue
        if block.tag == "insert" and start < block.o1 < end:
            return True
        if block.tag != "insert" and block.o1 < end and start < block.o2:
            return True
    return False


def _map_start(blocks: Sequence[_Block], pos: int, new_text: str) -> int:
    """Where old offset ``pos`` (a span start) lies in the new text."""
    for block in blocks:
        if block.o1 <= pos < block.o2:
            if block.tag == "equal":
                return block.n1 + pos - block.o1
            if block.tag == "delete":
                return block.n1
            return _snap_start(new_text, _scale(block, pos), block.n1)
    return len(new_text)


def _map_end(blocks: Sequence[_Block], pos: int, new_text: str) -> int:
    """Where old offset ``pos`` (a span end) lies in the new text."""
    for block in blocks:
        if block.o1 < pos <= block.o2:
            if block.tag == "equal":
                return block.n1 + pos - block.o1
            if block.tag == "delete":
                return block.n1
            return _snap_end(new_text, _scale(block, pos), block.n2)
    return 0


def _scale(block: _Block, pos: int) -> int:
    """``pos`` inside a replaced block, moved proportionally into its replacement."""
    fraction = (pos - block.o1) / (block.o2 - block.o1)
    return block.n1 + round(fraction * (block.n2 - block.n1))


def _snap_start(text: str, pos: int, floor: int) -> int:
    """Move ``pos`` back to the start of the word it falls in (not before ``floor``)."""
    while pos > floor and text[pos - 1].isalnum() and pos < len(text) and text[pos].isalnum():
        pos -= 1
    return pos


def _snap_end(text: str, pos: int, ceiling: int) -> int:
    """Move ``pos`` on to the end of the word it falls in (not after ``ceiling``)."""
    while pos < ceiling and pos > 0 and text[pos - 1].isalnum() and text[pos].isalnum():
        pos += 1
    return pos


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _find_again(blocks: Sequence[_Block], old_text: str, new_text: str,
                start: int, end: int) -> tuple[int, int] | None:
    """The span's old words (or close to them) inside the stretch that replaced them, if any."""
    block = next((b for b in blocks if b.o1 <= start and end <= b.o2), None)
    if block is None or block.tag != "replace":
        return None
    found = fuzz.partial_ratio_alignment(fold_keep_length(old_text[start:end]),
                                         fold_keep_length(new_text[block.n1:block.n2]))
    if found is None or found.score < FIND_AGAIN_SCORE:
        return None
    return (_snap_start(new_text, block.n1 + found.dest_start, block.n1),
            _snap_end(new_text, block.n1 + found.dest_end, block.n2))


def _moved(blocks: Sequence[_Block], old_text: str, new_text: str,
           start: int, end: int) -> tuple[int, int] | None:
    """The span's exact words when they occur once in new text, i.e. were moved, not deleted."""
    needle = old_text[start:end]
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    hits = [match.span() for block in blocks if block.tag in ("insert", "replace")
            for match in pattern.finditer(new_text, block.n1, block.n2)]
    return hits[0] if len(hits) == 1 and needle.strip() else None


def _reanchor_one(blocks: Sequence[_Block], old_text: str, new_text: str,
                  span: tuple[int, int]) -> Reanchored | None:
    start, end = span
    if not new_text:
        return None
    if not _is_changed(blocks, start, end):
        new_start = _map_start(blocks, start, new_text)
        return Reanchored(new_start, new_start + end - start, False)
    found = _find_again(blocks, old_text, new_text, start, end)
    if found is None:
        found = _map_start(blocks, start, new_text), _map_end(blocks, end, new_text)
    new_start, new_end = _trim(new_text, *found)
    if new_end <= new_start:
        moved = _moved(blocks, old_text, new_text, start, end)
        return Reanchored(*moved, True) if moved else None
    return Reanchored(new_start, new_end, True)


def reanchor(old_text: str, new_text: str, span: tuple[int, int]) -> Reanchored | None:
    """Where ``span`` of ``old_text`` lies in ``new_text``; ``None`` when its text is gone.

    Raises :class:`ValueError` for a span that is empty or outside ``old_text``.
    """
    return reanchor_many(old_text, new_text, [span])[0]


def reanchor_many(old_text: str, new_text: str,
                  spans: Sequence[tuple[int, int]]) -> list[Reanchored | None]:
    """:func:`reanchor` for every span of one sentence, diffing the texts once."""
    for start, end in spans:
        if not 0 <= start < end <= len(old_text):
            raise ValueError(f"span {(start, end)} is not a non-empty span of a "
                             f"{len(old_text)}-character text")
    if old_text == new_text:
        return [Reanchored(start, end, False) for start, end in spans]
    blocks = _blocks(old_text, new_text)
    return [_reanchor_one(blocks, old_text, new_text, span) for span in spans]
