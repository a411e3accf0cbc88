"""Score event-type suggestions against the hand-labelled gold set of UD PUD sentences.

Usage (from the repository root)::

    python bench/suggest_eval.py [--gold FILE] [--domain news|wiki|all] [--show-errors]

Gold: ``tests/data/gold/pud_events.jsonl`` (see the README beside it). For every sentence the
rules of :mod:`annotator.core.suggest` run once on the Turkish text and once on the English text,
with no actor mentions (types do not depend on them). Each side is scored on per-sentence *sets*
of PLOVER types: a suggested type that the gold sentence has is a true positive, one it lacks a
false positive, a gold type not suggested a false negative (two gold events of one type count
once, as storage keeps one suggestion per type and sentence). Precision, recall and F1 are
micro-averaged; a per-type table follows, and the sentences with at least one error with
``--show-errors``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core.models import Side  # noqa: E402
from annotator.core.suggest import suggest_events  # noqa: E402

DEFAULT_GOLD = REPO / "tests" / "data" / "gold" / "pud_events.jsonl"
SIDES = ((Side.TR, "text_tr"), (Side.EN, "text_en"))


@dataclass
class Score:
    """Counts for one side: overall and per type."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: set[str], found: set[str]) -> None:
        """Count one sentence."""
        self.tp.update(gold & found)
        self.fp.update(found - gold)
        self.fn.update(gold - found)

    def prf(self, type_: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 over all types or for one."""
        def total(counter: Counter[str]) -> int:
            return counter[type_] if type_ else sum(counter.values())
        tp, fp, fn = total(self.tp), total(self.fp), total(self.fn)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def read_gold(path: Path, domain: str) -> list[dict]:
    """The gold records, optionally of one domain."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return [r for r in records if domain == "all" or r["domain"] == domain]


def evaluate(records: list[dict], show_errors: bool) -> dict[Side, Score]:
    """Run the rules on both sides of every record and count."""
    scores = {side: Score() for side, _ in SIDES}
    for record in records:
        gold = {event["type"] for event in record["events"]}
        for side, key in SIDES:
            found = {c.type for c in suggest_events(record[key], side)}
            scores[side].add(gold, found)
            if show_errors and found != gold:
                print(f"{record['sent_id']} {side}: gold {sorted(gold)} found {sorted(found)}"
                      f"\n    {record[key]}")
    return scores


def print_tables(scores: dict[Side, Score], records: list[dict]) -> None:
    """The summary table, then per-type counts for both sides."""
    events = sum(len(r["events"]) for r in records)
    negatives = sum(1 for r in records if not r["events"])
    print(f"{len(records)} sentences ({negatives} without events), {events} gold events")
    print(f"{'side':<6}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    for side, score in scores.items():
        p, r, f = score.prf()
        print(f"{side.value:<6}{p:7.2f}{r:7.2f}{f:7.2f}{sum(score.tp.values()):6}"
              f"{sum(score.fp.values()):6}{sum(score.fn.values()):6}")
    types = sorted({t for s in scores.values() for t in (*s.tp, *s.fp, *s.fn)})
    print(f"\n{'type':<11}" + "".join(f"{s.value + ' ' + k:>8}" for s in scores
                                      for k in ("TP", "FP", "FN")))
    for type_ in types:
        cells = "".join(f"{c[type_]:8}" for s in scores.values() for c in (s.tp, s.fp, s.fn))
        print(f"{type_:<11}{cells}")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, score, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--domain", choices=("news", "wiki", "all"), default="all")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    records = read_gold(args.gold, args.domain)
    print_tables(evaluate(records, args.show_errors), records)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
