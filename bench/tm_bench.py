"""Translation-memory lookup over a 100,000-sentence memory (DESIGN.md §9, issue 13).

Usage::

    python bench/tm_bench.py [--memory 100000] [--lookups 500] [--seed 1]

Builds a memory of ``--memory`` Turkish-like sentences: UD Turkish IMST sentences
(``../shared/data``), each with one to four words replaced by words of the corpus, so that many
entries are near neighbours of each other, as in a real memory of one genre. They are stored as
``tm_units`` of a new project file (in a temporary folder), together with one document of
``--lookups`` further sentences made the same way. Then it times, through the operations layer
(``Project.tm_matches``: the freshness check against the file, the current sentence and its
previous one read from the file, the lookup), the first lookup (which loads the index) and
``--lookups`` lookups for the document's sentences, and prints the index build time, the
median and p95 lookup time, and how many lookups found a match.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.project import Project  # noqa: E402
from annotator.project.memory_ops import MemoryOps  # noqa: E402
from annotator.storage.tm import add_tm_unit  # noqa: E402
from bench.common import IMST_DEV, IMST_TRAIN, conllu_sentences, percentile  # noqa: E402

BUDGET_MS = 50.0


class MemoryProject(Project, MemoryOps):
    """A project with the memory operations (whatever ``Project`` itself includes)."""


def variants(count: int, rng: random.Random) -> list[str]:
    """``count`` sentences: corpus sentences with one to four words replaced."""
    base = list(conllu_sentences(IMST_TRAIN)) + list(conllu_sentences(IMST_DEV))
    vocabulary = sorted({word for sentence in base for word in sentence.split()})
    made = []
    for _ in range(count):
        words = rng.choice(base).split()
        for _ in range(rng.randint(1, 4)):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        made.append(" ".join(words))
    return made


def build(folder: Path, memory: int, lookups: int, rng: random.Random) -> MemoryProject:
    """The project: ``memory`` TM units and a document of ``lookups`` sentences."""
    project = MemoryProject(folder / "bench.annotator.sqlite")
    with project.transaction() as db:
        for number, source in enumerate(variants(memory, rng)):
            add_tm_unit(db, source, f"English of unit {number}.", "tr", "en", "bench.tmx")
    text = folder / "current.txt"
    sentences = [s if s.endswith((".", "?", "!")) else s + "." for s in variants(lookups, rng)]
    text.write_text("Güncel yorum\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    project.import_files([text])
    return project


def main() -> None:
    """Build the memory, time the lookups, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--memory", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        project = build(Path(folder), args.memory, args.lookups, rng)
        units = project.db.execute("SELECT count(*) FROM tm_units").fetchone()[0]
        print(f"built a memory of {units:,} units in {time.perf_counter() - started:.1f} s")
        ids = [s.sentence.id for s in project.segments(project.document_ids()[0])]
        started = time.perf_counter()
        project.tm_matches(ids[0])
        print(f"index build (first lookup: read {len(project.tm_index()):,} entries from the "
              f"file, fold, sort): {time.perf_counter() - started:.2f} s")
        times, found, shown = [], 0, 0
        for sentence_id in ids:
            started = time.perf_counter()
            matches = project.tm_matches(sentence_id)
            times.append(time.perf_counter() - started)
            found += bool(matches)
            shown += len(matches)
        median, p95 = statistics.median(times) * 1000, percentile(times, 0.95) * 1000
        print(f"lookup over {units:,} units, {len(times)} sentences: median {median:.1f} ms, "
              f"p95 {p95:.1f} ms (budget: median < {BUDGET_MS:.0f} ms); {found} found a match "
              f"≥ 70 %, {shown / len(times):.1f} matches shown on average")
        project.close()
        if median >= BUDGET_MS:
            sys.exit(1)


if __name__ == "__main__":
    main()
