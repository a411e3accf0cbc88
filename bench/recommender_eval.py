"""Learning curve of the event recommender on the PUD gold, against the rules alone.

Usage (from the repository root)::

    python bench/recommender_eval.py [--gold FILE] [--sizes 20 40 60] [--splits 5]
                                     [--threshold P]

Gold: ``tests/data/gold/pud_events.jsonl`` (read and scored as in ``bench/suggest_eval.py``:
per-sentence sets of PLOVER types, micro-averaged). For each training size N and each of
``--splits`` random splits, :mod:`annotator.core.event_model` is trained on N gold sentences
(their Turkish, English and types, as a project's reviewed sentences would give it) and every
configuration is scored on the *other* sentences only:

- ``rules TR``: the rules on the Turkish alone;
- ``rules TR+EN``: the rules on both sides, one per type (what ``annotator suggest`` stores);
- ``model``: the model alone;
- ``rules TR + model`` and ``rules TR+EN + model``: the union, one per type.

The medians over the splits are printed (precision, recall, F1). A split whose training part
has too few types for a model counts the model as suggesting nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core import event_model  # noqa: E402
from annotator.core.models import Side  # noqa: E402
from annotator.core.suggest import suggest_events  # noqa: E402
from bench.suggest_eval import DEFAULT_GOLD, Score, read_gold  # noqa: E402

CONFIGS = ("rules TR", "rules TR+EN", "model", "rules TR + model", "rules TR+EN + model")


def rule_types(record: dict) -> tuple[set[str], set[str]]:
    """The types the rules find on the Turkish, and on both sides."""
    turkish = {c.type for c in suggest_events(record["text_tr"], Side.TR)}
    english = {c.type for c in suggest_events(record["text_en"], Side.EN)}
    return turkish, turkish | english


def example(record: dict) -> event_model.Example:
    """A gold record as a reviewed sentence."""
    return event_model.Example(record["text_tr"], record["text_en"],
                               frozenset(e["type"] for e in record["events"]))


def score_split(records: list[dict], rules: list[tuple[set[str], set[str]]], size: int,
                seed: int, threshold: float) -> dict[str, Score]:
    """Train on ``size`` random records, score every configuration on the rest."""
    order = list(range(len(records)))
    random.Random(seed).shuffle(order)
    train, test = order[:size], order[size:]
    examples = [example(records[i]) for i in train]
    model = event_model.fit(examples) if event_model.shortfall(examples) is None else None
    pairs = [(records[i]["text_tr"], records[i]["text_en"]) for i in test]
    predicted = ([{t for t, p in scores.items() if p >= threshold}
                  for scores in model.probabilities(pairs)] if model else [set() for _ in test])
    scores = {name: Score() for name in CONFIGS}
    for i, found in zip(test, predicted, strict=True):
        gold = {e["type"] for e in records[i]["events"]}
        turkish, both = rules[i]
        for name, types in zip(CONFIGS, (turkish, both, found, turkish | found, both | found),
                               strict=True):
            scores[name].add(gold, types)
    return scores


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the splits, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 40, 60])
    parser.add_argument("--splits", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=event_model.THRESHOLD,
                        help="the model's probability threshold (default: the app's)")
    args = parser.parse_args(argv)
    records = read_gold(args.gold, "all")
    rules = [rule_types(r) for r in records]
    print(f"{len(records)} gold sentences; threshold {args.threshold}; "
          f"medians of {args.splits} random splits, scored on the sentences not trained on")
    print(f"{'train':>5}  {'configuration':<22}{'P':>6}{'R':>6}{'F1':>6}")
    for size in args.sizes:
        runs = [score_split(records, rules, size, seed, args.threshold)
                for seed in range(args.splits)]
        for name in CONFIGS:
            p, r, f = (statistics.median(run[name].prf()[k] for run in runs) for k in range(3))
            print(f"{size:>5}  {name:<22}{p:6.2f}{r:6.2f}{f:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
