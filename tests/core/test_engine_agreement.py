"""How much engines disagree: 100 − mean symmetric sentence chrF, and which words differ."""

from __future__ import annotations

import pytest
import sacrebleu

from annotator.core.engine_agreement import differing_words, disagreement

CLOSE = ("The minister met his counterpart in Ankara on Monday.",
         "The minister met his counterpart in Ankara on Tuesday.")
FAR = ("The minister met his counterpart in Ankara on Monday.",
       "Talks between the two capitals were suspended last week.")


def test_identical_outputs_do_not_disagree() -> None:
    assert disagreement([CLOSE[0], CLOSE[0]]) == 0.0
    assert disagreement([CLOSE[0], CLOSE[0], CLOSE[0]]) == 0.0


def test_more_different_outputs_disagree_more() -> None:
    close, far = disagreement(CLOSE), disagreement(FAR)
    assert close is not None and far is not None
    assert 0.0 < close < far <= 100.0


def test_fewer_than_two_outputs_give_none() -> None:
    assert disagreement([]) is None
    assert disagreement([CLOSE[0]]) is None
    assert disagreement([CLOSE[0], "   "]) is None  # a blank output is no opinion


def test_symmetric_and_equal_to_averaged_sentence_chrf() -> None:
    a, b = FAR
    expected = 100 - (sacrebleu.sentence_chrf(a, [b]).score
                      + sacrebleu.sentence_chrf(b, [a]).score) / 2
    assert disagreement([a, b]) == pytest.approx(expected)
    assert disagreement([b, a]) == pytest.approx(expected)


def test_three_engines_average_every_pair() -> None:
    a, b = CLOSE
    c = FAR[1]
    pairs = [disagreement([a, b]), disagreement([a, c]), disagreement([b, c])]
    assert disagreement([a, b, c]) == pytest.approx(sum(p for p in pairs if p is not None) / 3)


def test_differing_words_mark_each_side() -> None:
    assert differing_words(list(CLOSE)) == [{8}, {8}]  # "Monday." / "Tuesday."
    assert differing_words(["a b c", "a b c"]) == [set(), set()]
    three = differing_words(["a b c", "a b c", "a x c"])
    assert three == [{1}, {1}, {1}]
