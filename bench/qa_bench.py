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

Then the whole path the QA pane and ``annotator qa`` take: the same pairs stored in a project file
as one document, a 5,000-term glossary (``bench/glossary_bench.py``'s) plus the default actor
registry, and :meth:`Project.document_qa` timed (reading, term recognition, checks, marks): the
first check of the document (term index built, every sentence's terms found) and the re-checks
the QA pane runs after each edit (the terms of a sentence's Turkish are remembered).
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
from bench.glossary_bench import make_glossary  # noqa: E402

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
    for size in (0, 5_000):
        first, project_times, found, entries = project_seconds(rows, args.runs, size)
        whole = statistics.median(project_times)
        print(f"Project.document_qa, {len(rows)} sentences in a project file, {entries} glossary "
              f"entries + the default actors, {found} issues: first check {first:.3f} s "
              f"(builds the term index); re-check median {whole:.3f} s "
              f"(min {min(project_times):.3f} s); budget {BUDGET_S:.1f} s "
              f"{'met' if whole < BUDGET_S else 'MISSED'}")


def project_seconds(rows: list[QaRow], runs: int,
                    glossary_size: int) -> tuple[float, list[float], int, int]:
    """Seconds of the first ``Project.document_qa`` over ``rows`` stored in a real project file
    and of each re-check, the number of issues and of glossary entries."""
    import tempfile

    from annotator.core.models import TargetStatus
    from annotator.project import Project
    from annotator.storage.actor_seed import seed_default_actors
    from annotator.storage.glossary import merge_terms
    from annotator.storage.targets import save_target

    with tempfile.TemporaryDirectory() as folder:
        text = "QA bench\n\n" + "\n\n".join(row.source for row in rows) + "\n"
        (Path(folder) / "doc.txt").write_text(text, encoding="utf-8")
        project = Project(Path(folder) / "qa.sqlite")
        project.import_files([Path(folder) / "doc.txt"])
        doc_id = project.document_ids()[0]
        seed_default_actors(project.db)
        if glossary_size:
            merge_terms(project.db, make_glossary(glossary_size))
        english = {row.source: row.target for row in rows}
        with project.db.atomic():
            for segment in project.segments(doc_id):
                target = english.get(segment.sentence.text)
                if target:
                    save_target(project.db, segment.sentence.id, target,
                                TargetStatus.TRANSLATED, "bench")
        started = time.perf_counter()
        project.document_qa(doc_id)  # builds the term index and finds every sentence's terms
        first = time.perf_counter() - started
        times, found = [], 0
        for _ in range(runs):
            started = time.perf_counter()
            found = len(project.document_qa(doc_id))
            times.append(time.perf_counter() - started)
        entries = len(project.glossary())
        project.close()
    return first, times, found, entries


if __name__ == "__main__":
    main()
