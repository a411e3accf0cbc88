"""Word diff and edit distance between MT and the translator's final English."""

from __future__ import annotations

import pytest

from annotator.core.metrics import DiffOp, DiffPart, edit_distance, word_diff, word_edits


def test_untouched_and_rewritten_extremes() -> None:
    assert edit_distance("The minister called.", "The minister called.") == 0.0
    assert edit_distance("a b c", "x y z") == 1.0
    assert edit_distance("", "") == 0.0


def test_distance_counts_words_not_characters() -> None:
    mt = "the minister called the president"
    final = "the foreign minister phoned the president"
    assert word_edits(mt, final) == 2  # one insertion, one substitution
    assert edit_distance(mt, final) == pytest.approx(2 / 6)


def test_diff_marks_deleted_and_inserted_words() -> None:
    parts = word_diff("the minister called the president",
                      "the foreign minister phoned the president")
    assert parts == [
        DiffPart(DiffOp.EQUAL, "the"), DiffPart(DiffOp.INSERT, "foreign"),
        DiffPart(DiffOp.EQUAL, "minister"), DiffPart(DiffOp.DELETE, "called"),
        DiffPart(DiffOp.INSERT, "phoned"), DiffPart(DiffOp.EQUAL, "the president"),
    ]


def test_diff_reassembles_both_texts() -> None:
    mt, final = "Aliyev approved Blinken's request.", "Aliyev approved the request of Blinken."
    parts = word_diff(mt, final)
    old = " ".join(p.text for p in parts if p.op != DiffOp.INSERT)
    new = " ".join(p.text for p in parts if p.op != DiffOp.DELETE)
    assert (old, new) == (mt, final)
