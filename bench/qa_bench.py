"""QA of a 10,000-sentence document (DESIGN.md §9: < 2 s; issue 14).

Usage::

    python bench/qa_bench.py [--sentences 10000] [--runs 5]

Builds a document of ``--sentences`` real Turkish–English pairs: the 1,000 sentences of UD
Turkish PUD (``../shared/data/ud-pud``, each with its English original), repeated, with every
tenth repeat's English changed a little (so ``inconsistent`` has work to do) and a small glossary
whose terms are found in the Turkish beforehand (as the term finder would, outside the timing).
Then it times :func:`annotator.core.qa_checks.check_document` over the whole document ``--runs``
times and prints the median wall-clock and CPU time (the CPU time shows the work when other
processes share the cores), the time per sentence and how many issues each check found.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Hashable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core.glossary import GlossaryTerm  # noqa: E402
from annotator.core.qa_checks import QaIssue, QaRow, check_document  # noqa: E402
from bench.common import SHARED_DATA  # noqa: E402

PUD = SHARED_DATA / "ud-pud" / "tr_pud-ud-test.conllu"
BUDGET_S = 2.0
GLOSSARY = (
    GlossaryTerm("ABD", ("US", "United States"), ("USA",), id=1),
    GlossaryTerm("Türkiye", ("Turkey", "Türkiye"), id=2),
    GlossaryTerm("Avrupa Birliği", ("European Union", "EU"), id=3),
    GlossaryTerm("başkan", ("president", "chairman"), id=4),
    GlossaryTerm("hükümet", ("government",), ("regime",), id=5),
)


def pud_pairs() -> list[tuple[str, str]]:
    """(Turkish, English) of every PUD sentence."""
    pairs = []
    source = ""
    with PUD.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# text = "):
                source = line[len("# text = "):].rstrip("\n")
            elif line.startswith("# text_en = "):
                pairs.append((source, line[len("# text_en = "):].rstrip("\n")))
    return pairs


def term_hits(source: str) -> list[tuple[GlossaryTerm, int, int]]:
    lower = source.lower()
    hits = []
    for term in GLOSSARY:
        start = lower.find(term.source.lower())
        if start >= 0:
            hits.append((term, start, start + len(term.source)))
    return hits


def document(count: int) -> list[QaRow]:
    pairs = pud_pairs()
    rows = []
    for order in range(count):
        source, target = pairs[order % len(pairs)]
        if order >= len(pairs) and order % 10 == 0:
            target = target.replace(" the ", " a ", 1)
        rows.append(QaRow(order, order, source, target, "translated", term_hits(source)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = document(args.sentences)
    times, cpu_times = [], []
    issues: list[tuple[Hashable, QaIssue]] = []
    for _ in range(args.runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        issues = list(check_document(rows))
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu_started)
    median = statistics.median(times)
    per_check = Counter(issue.check for _row, issue in issues)
    print(f"QA of {len(rows)} PUD sentence pairs: median {median:.3f} s wall over {args.runs} "
          f"runs (min {min(times):.3f} s, max {max(times):.3f} s), median "
          f"{statistics.median(cpu_times):.3f} s CPU; {median / len(rows) * 1e6:.0f} µs per "
          f"sentence; budget {BUDGET_S:.1f} s {'met' if median < BUDGET_S else 'MISSED'}")
    print(f"{len(issues)} issues: " + ", ".join(f"{check} {n}" for check, n in
                                                 per_check.most_common()))


if __name__ == "__main__":
    main()
