"""Storage budgets (DESIGN.md §9): import of a 1 MB document, and saving one edit with WAL.

Run: ``.venv/bin/python bench/storage_bench.py`` from the repository root. Prints the median
import time of a 1 MB Turkish document built from UD Turkish IMST (fresh project each run) and
the p50/p99 latency of saving one target edit (1,000 edits, each its own transaction): through
storage alone, and as the window saves it (``annotator.project.SetTarget``, which also keeps the
sentence's English spans for undo), with an export's snapshot read open on another connection
for the second half of the edits (a read must not slow or block a write).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotator.core.models import TargetStatus
from annotator.ingest.pipeline import import_file
from annotator.project import Project, SetTarget
from annotator.storage.connection import open_project
from annotator.storage.documents import get_sentences
from annotator.storage.targets import save_target
from bench.common import IMST_TRAIN, conllu_sentences, median_seconds, percentile

TARGET_BYTES = 1_000_000
EDITS = 1000


def build_document(folder: Path) -> Path:
    """A ~1 MB UTF-8 text: a title, then paragraphs of 8 IMST sentences each."""
    sentences = list(conllu_sentences(IMST_TRAIN))
    paragraphs, size, index = ["Deneme belgesi"], 0, 0
    while size < TARGET_BYTES:
        paragraph = " ".join(sentences[(index + k) % len(sentences)] for k in range(8))
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
        index += 8
    path = folder / "bench-1mb.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = build_document(folder)
        counter = iter(range(100))

        def import_once() -> None:
            db = open_project(folder / f"import-{next(counter)}.sqlite")
            import_file(db, source)
            db.close()

        seconds = median_seconds(import_once, runs=5)
        print(f"import {source.stat().st_size / 1e6:.2f} MB document: median {seconds:.2f} s "
              f"(budget < 2 s)")

        db = open_project(folder / "import-0.sqlite")
        sentences = get_sentences(db, db.execute("SELECT id FROM documents").fetchone()[0])
        latencies = []
        for i in range(EDITS):
            sentence = sentences[i % len(sentences)]
            started = time.perf_counter()
            save_target(db, sentence.id, f"Edit {i} of {sentence.text[:40]}", TargetStatus.DRAFT,
                        "bench", add_seconds=1)
            latencies.append((time.perf_counter() - started) * 1000)
        print(f"save one edit ({len(sentences)} sentences in project, {EDITS} edits): "
              f"p50 {percentile(latencies, 0.5):.2f} ms, p99 {percentile(latencies, 0.99):.2f} ms "
              f"(budget p99 < 10 ms)")
        db.close()
        print(edit_through_project(folder / "import-0.sqlite", [s.id for s in sentences]))


def edit_through_project(path: Path, sentence_ids: list[int]) -> str:
    """p50/p99 of SetTarget.apply(), half of them while another connection holds a snapshot."""
    project, reader = Project(path), Project(path)
    plain: list[float] = []
    during_read: list[float] = []
    try:
        for i in range(EDITS):
            if i == EDITS // 2:
                snapshot = reader.snapshot()
                snapshot.__enter__()
                reader.db.execute("SELECT count(*) FROM targets").fetchone()
            started = time.perf_counter()
            SetTarget(project, sentence_ids[i % len(sentence_ids)], f"Project edit {i}",
                      TargetStatus.DRAFT).apply()
            (plain if i < EDITS // 2 else during_read).append(
                (time.perf_counter() - started) * 1000)
        snapshot.__exit__(None, None, None)
    finally:
        reader.close()
        project.close()
    return (f"save one edit as the window does (SetTarget): p50 {percentile(plain, 0.5):.2f} ms, "
            f"p99 {percentile(plain, 0.99):.2f} ms; while an export reads a snapshot: "
            f"p50 {percentile(during_read, 0.5):.2f} ms, p99 {percentile(during_read, 0.99):.2f} "
            f"ms (budget p99 < 10 ms)")


if __name__ == "__main__":
    main()
