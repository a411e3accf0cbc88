"""Helpers shared by the benchmarks: locating shared data, reading UD sentences, timing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
IMST_DEV = SHARED_DATA / "ud-turkish-imst" / "tr_imst-ud-dev.conllu"
IMST_TRAIN = SHARED_DATA / "ud-turkish-imst" / "tr_imst-ud-train.conllu"


def conllu_sentences(path: Path) -> Iterator[str]:
    """The ``# text = ...`` line of every sentence in a CoNLL-U file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# text = "):
                yield line[len("# text = "):].rstrip("\n")


def median_seconds(function: Callable[[], object], runs: int = 5) -> float:
    """The median wall-clock time of ``runs`` calls of ``function``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def percentile(values: list[float], fraction: float) -> float:
    """The ``fraction`` quantile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]
