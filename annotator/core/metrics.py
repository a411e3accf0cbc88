"""Post-editing metrics: word-level diff and edit distance between the MT and the final English.

Words are runs of non-space characters, so punctuation stays attached ("president." is one word),
as in the TER family of metrics. The edit distance is the word-level Levenshtein distance divided by
the longer of the two texts' word counts: 0 means untouched, 1 means entirely rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import Levenshtein


class DiffOp(StrEnum):
    """What happened to a run of words between the MT and the final text."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True)
class DiffPart:
    """A run of words with the same fate; ``text`` is the words joined by single spaces."""

    op: DiffOp
    text: str


def words(text: str) -> list[str]:
    """The whitespace-separated words of ``text``."""
    return text.split()


def edit_distance(mt: str, final: str) -> float:
    """Normalised word-level edit distance between ``mt`` and ``final`` (0.0 when both empty)."""
    return float(Levenshtein.normalized_distance(words(mt), words(final)))


def word_edits(mt: str, final: str) -> int:
    """The number of word insertions, deletions and substitutions turning ``mt`` into ``final``."""
    return int(Levenshtein.distance(words(mt), words(final)))


def word_diff(mt: str, final: str) -> list[DiffPart]:
    """The word-level differences from ``mt`` to ``final``; a replacement is a delete + insert."""
    old, new = words(mt), words(final)
    parts: list[DiffPart] = []
    for op in Levenshtein.opcodes(old, new):
        if op.tag == "equal":
            parts.append(DiffPart(DiffOp.EQUAL, " ".join(old[op.src_start:op.src_end])))
            continue
        if op.src_end > op.src_start:
            parts.append(DiffPart(DiffOp.DELETE, " ".join(old[op.src_start:op.src_end])))
        if op.dest_end > op.dest_start:
            parts.append(DiffPart(DiffOp.INSERT, " ".join(new[op.dest_start:op.dest_end])))
    return _merge_runs(parts)


def _merge_runs(parts: list[DiffPart]) -> list[DiffPart]:
    merged: list[DiffPart] = []
    for part in parts:
        if merged and merged[-1].op == part.op:
            merged[-1] = DiffPart(part.op, f"{merged[-1].text} {part.text}")
        else:
            merged.append(part)
    return merged
