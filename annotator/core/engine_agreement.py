"""How much machine-translation engines disagree on a sentence, and which words differ.

Where engines disagree is where a translator should look first. The disagreement of a set of
outputs is 100 minus their mean pairwise sentence chrF (sacrebleu), each pair scored in both
directions and averaged, so the figure is symmetric: 0 means identical outputs, higher means more
different. Fewer than two outputs give None: there is nothing to compare.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import Any

from annotator.core.metrics import DiffOp, word_diff, words

DISAGREEMENT_THRESHOLD = 30.0  # the "engines disagree" filter keeps sentences above this


class _Scorer:
    """One sacrebleu chrF scorer, made on first use (sacrebleu pulls in numpy and more).

    A pair's n-gram statistics are counted once: scoring B against A only swaps the hypothesis
    and reference counts of scoring A against B, so both directions cost one comparison. This
    uses sacrebleu's statistics methods (tested with 2.6); the result equals averaging
    ``sentence_chrf`` both ways, which a test checks.
    """

    def __init__(self) -> None:
        self._chrf: Any = None

    def _metric(self) -> Any:
        if self._chrf is None:
            from sacrebleu.metrics import CHRF

            self._chrf = CHRF()
        return self._chrf

    def mean_symmetric_chrf(self, texts: Sequence[str]) -> float:
        """The mean over every pair of ``texts`` of (chrF(a, b) + chrF(b, a)) / 2."""
        metric = self._metric()
        prepared = [metric._preprocess_segment(text) for text in texts]
        infos = [metric._extract_reference_info([text])["ref_ngrams"][0] for text in prepared]
        scores = []
        for a, b in combinations(range(len(texts)), 2):
            if prepared[a] == prepared[b]:
                scores.append(100.0)
                continue
            stats = [value for mine, theirs in zip(infos[a], infos[b], strict=True)
                     for value in metric._get_match_statistics(mine, theirs)]
            swapped = [value for start in range(0, len(stats), 3)
                       for value in (stats[start + 1], stats[start], stats[start + 2])]
            scores.append((metric._compute_f_score(stats) + metric._compute_f_score(swapped))
                          / 2)
        return float(sum(scores) / len(scores))


_SCORER = _Scorer()


def disagreement(outputs: Sequence[str]) -> float | None:
    """100 − the mean symmetric sentence chrF over every pair of ``outputs`` (one per engine).

    None with fewer than two outputs. Blank outputs are left out (an engine that returned nothing
    has no opinion to compare).
    """
    texts = [text for text in outputs if text.strip()]
    if len(texts) < 2:
        return None
    return max(0.0, 100.0 - _SCORER.mean_symmetric_chrf(texts))


def differing_words(outputs: Sequence[str]) -> list[set[int]]:
    """For each output, the indices of its words (:func:`~annotator.core.metrics.words`) that
    differ from at least one other output, by the word-level diff."""
    split = [words(text) for text in outputs]
    marked: list[set[int]] = [set() for _ in outputs]
    for mine, theirs in combinations(range(len(outputs)), 2):
        mine_at = theirs_at = 0
        for part in word_diff(outputs[mine], outputs[theirs]):
            count = len(part.text.split())
            if part.op is DiffOp.EQUAL:
                mine_at += count
                theirs_at += count
            elif part.op is DiffOp.DELETE:
                marked[mine].update(range(mine_at, mine_at + count))
                mine_at += count
            else:
                marked[theirs].update(range(theirs_at, theirs_at + count))
                theirs_at += count
    return [{i for i in found if i < len(split[n])} for n, found in enumerate(marked)]
