"""JSONL export: records per second in-process and as a whole command, and peak memory
(DESIGN.md §9, issues 7 and 19).

Usage::

    python bench/export_bench.py [--sentences 100000] [--per-document 1000] [--runs 3]
    python bench/export_bench.py --project COPY.db [--runs 3]

Builds a project (once, in a temporary folder) of ``--sentences`` sentences in documents of
``--per-document`` sentences, from UD Turkish IMST train sentences and UD Turkish PUD pairs
(``../shared/data``): every fourth sentence is a PUD sentence with a machine translation and
its English original as the reviewed final text; every twentieth carries a mention on each side
and an event with triggers on both sides. ``--project`` measures an existing project instead
(open a copy: opening a project of an older schema migrates it). Then :func:`export_rates`
prints

- in-process records/s, the median of ``--runs`` exports, with ``--no-qa`` and with the QA
  checks (the default); budget >= 100,000 records/s;
- whole-command records/s: ``annotator --db P export --format jsonl -o OUT`` in a fresh process,
  start-up included, the median of ``--runs``, with ``--no-qa`` and with QA; budget >= 30,000;

and the peak resident memory (``ru_maxrss``) of one export in a child process, once for a
tenth of the documents and once for all of them: a streaming export has the same peak for both.
``bench/corpus_bench.py`` imports :func:`export_rates` for the generated corpus.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from itertools import cycle
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core.annotations import Actor, Event, Mention  # noqa: E402
from annotator.core.models import BlockRole, BlockSpan, ParsedDocument, Side  # noqa: E402
from annotator.exchange.export import export  # noqa: E402
from annotator.exchange.options import ExportOptions  # noqa: E402
from annotator.storage.actors import add_actor  # noqa: E402
from annotator.storage.annotations import add_event, add_mention  # noqa: E402
from annotator.storage.connection import open_project  # noqa: E402
from annotator.storage.documents import get_sentences, insert_document  # noqa: E402
from annotator.storage.targets import save_target  # noqa: E402
from annotator.storage.translations import record_translation  # noqa: E402
from bench.common import IMST_TRAIN, SHARED_DATA, conllu_sentences  # noqa: E402

PUD = SHARED_DATA / "ud-pud" / "tr_pud-ud-test.conllu"
PARAGRAPH = 8
BUDGET_RATE, BUDGET_COMMAND_RATE, BUDGET_MB = 100_000, 30_000, 300


def pud_pairs(path: Path) -> list[tuple[str, str]]:
    """(Turkish, English original) of every PUD sentence."""
    pairs, turkish = [], None
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# text = "):
                turkish = line[9:].rstrip("\n")
            elif line.startswith("# text_en = ") and turkish:
                pairs.append((turkish, line[12:].rstrip("\n")))
    return pairs


def document_text(number: int, sentences: list[str]) -> ParsedDocument:
    """A title and paragraphs of ``PARAGRAPH`` sentences, with one block per paragraph."""
    title = f"Yorum {number}: Türkiye ve komşuları"
    parts, blocks, start = [title], [BlockSpan(BlockRole.TITLE, 0, len(title))], len(title) + 2
    for index in range(0, len(sentences), PARAGRAPH):
        paragraph = " ".join(sentences[index:index + PARAGRAPH])
        blocks.append(BlockSpan(BlockRole.BODY, start, start + len(paragraph), len(blocks)))
        parts.append(paragraph)
        start += len(paragraph) + 2
    return ParsedDocument("\n\n".join(parts), title, tuple(blocks), author="Bench",
                          published="2023-12-13", url=f"https://example.invalid/{number}")


def sentence_spans(parsed: ParsedDocument, sentences: list[str]) -> list[tuple[int, int, int]]:
    """(block, start, end) of every sentence, title first."""
    spans = [(0, 0, len(parsed.title))]
    for block_index, block in enumerate(parsed.blocks[1:], 1):
        position = block.start
        first = (block_index - 1) * PARAGRAPH
        for sentence in sentences[first:first + PARAGRAPH]:
            spans.append((block_index, position, position + len(sentence)))
            position += len(sentence) + 1
    return spans


def annotate(db, sentence_id: int, turkish: str, english: str, number: int) -> None:
    """A PUD pair as MT + reviewed English; every fifth also gets mentions and an event."""
    record_translation(db, sentence_id, "google", "tr", "en", english.lower())
    save_target(db, sentence_id, english, "reviewed", "bench", 30)  # type: ignore[arg-type]
    if number % 5:
        return
    tr_word, en_word = turkish.split()[0], english.split()[0]
    for side, word in ((Side.TR, tr_word), (Side.EN, en_word)):
        add_mention(db, Mention(None, sentence_id, "TUR", side, 0, len(word), word, "bench"))
    add_event(db, Event("", sentence_id, "CONSULT", modes=("visit",), actors=("TUR",),
                        recipients=("USA",), trigger_tr=(0, len(tr_word)),
                        trigger_en=(0, len(en_word)), date="2023-12-13", annotator="bench"))


def build(path: Path, total: int, per_document: int) -> None:
    """Create the benchmark project at ``path``."""
    imst, pairs = cycle(conllu_sentences(IMST_TRAIN)), cycle(pud_pairs(PUD))
    db = open_project(path)
    with db.atomic():
        for actor in (Actor("TUR", "Türkiye", "TUR"), Actor("USA", "United States", "USA")):
            if not db.execute("SELECT 1 FROM actors WHERE id = ?", [actor.id]).fetchone():
                add_actor(db, actor)
        for number in range(total // per_document):
            chosen: list[tuple[str, str | None]] = [
                next(pairs) if i % 4 == 0 else (next(imst), None) for i in range(per_document - 1)]
            texts = [t for t, _ in chosen]
            parsed = document_text(number, texts)
            document, _ = insert_document(db, parsed, sentence_spans(parsed, texts))
            stored = get_sentences(db, document.id)[1:]
            for index, (sentence, (turkish, english)) in enumerate(zip(stored, chosen,
                                                                        strict=True)):
                if english is not None:
                    annotate(db, sentence.id, turkish, english, index)
    db.close()


def export_once(project: Path, out: Path, documents: int | None = None,
                qa: bool = True) -> tuple[float, int]:
    """Seconds and records of one full JSONL export (with the QA checks, as by default)."""
    db = open_project(project)
    ids = tuple(r[0] for r in db.execute("SELECT id FROM documents ORDER BY id"))
    options = ExportOptions(documents=ids[:documents] if documents else (), qa=qa)
    started = time.perf_counter()
    report = export(db, "jsonl", options, out)
    seconds = time.perf_counter() - started
    db.close()
    return seconds, report.records


def command_once(project: Path, out: Path, qa: bool = True) -> tuple[float, int]:
    """Seconds (start-up included) and records of ``annotator --db PROJECT export --format
    jsonl -o OUT`` run as a person runs it, in a fresh process."""
    args = [sys.executable, "-m", "annotator", "--db", str(project), "export", "--format",
            "jsonl", "-o", str(out), *(() if qa else ("--no-qa",))]
    started = time.perf_counter()
    subprocess.run(args, cwd=REPO, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    with out.open("rb") as handle:
        records = sum(1 for _ in handle)
    return seconds, records


def _median_rate(runs: int, once: Callable[[], tuple[float, int]]) -> tuple[float, int]:
    """The median seconds of ``runs`` calls of ``once`` and the records each wrote."""
    results = [once() for _ in range(runs)]
    return statistics.median(seconds for seconds, _ in results), results[0][1]


def export_rates(project: Path, runs: int = 3, out: Path | None = None) -> dict[str, float]:
    """Records per second of JSONL exports of ``project``: ``in_process_no_qa`` and
    ``in_process_qa`` (:func:`annotator.exchange.export.export` in this process), and
    ``command_no_qa`` and ``command_qa`` (the whole ``annotator ... export`` command in a new
    process, start-up included), each the median of ``runs``; with ``records``, the records
    of one export, and ``mb``, the size of the file. ``out`` (default: beside the project) is
    removed afterwards."""
    out = out or project.with_name(project.name + ".export-bench.jsonl")
    rates: dict[str, float] = {}
    try:
        for qa, label in ((False, "no_qa"), (True, "qa")):
            seconds, records = _median_rate(runs, partial(export_once, project, out, qa=qa))
            rates[f"in_process_{label}"] = records / seconds
            seconds, records = _median_rate(runs, partial(command_once, project, out, qa=qa))
            rates[f"command_{label}"] = records / seconds
        rates["records"] = records
        rates["mb"] = out.stat().st_size / 1e6
    finally:
        out.unlink(missing_ok=True)
    return rates


def print_rates(rates: dict[str, float], runs: int) -> None:
    """The figures of :func:`export_rates`, one line each, with their budgets."""
    print(f"JSONL export of {rates['records']:,.0f} records ({rates['mb']:.0f} MB), "
          f"median of {runs} runs each:")
    for key, label, budget in (
            ("in_process_no_qa", "in-process, --no-qa", BUDGET_RATE),
            ("in_process_qa", "in-process, with the QA checks (the default)", None),
            ("command_no_qa", "whole command, --no-qa, start-up included", BUDGET_COMMAND_RATE),
            ("command_qa", "whole command, with the QA checks, start-up included", None)):
        note = f" (budget >= {budget:,})" if budget else ""
        print(f"  {label:54} {rates[key]:>9,.0f} records/s{note}")


def child_peak(project: Path, out: Path, documents: int | None) -> tuple[int, float]:
    """Records and peak RSS (MB) of one export in a fresh process."""
    args = [sys.executable, __file__, "--child", str(project), str(out)]
    if documents:
        args += ["--documents", str(documents)]
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    records, peak_kb = result.stdout.split()
    return int(records), int(peak_kb) / 1024


def print_peaks(project: Path, out: Path) -> None:
    """Peak RSS of an export of a tenth of the documents and of all of them."""
    db = open_project(project)
    documents = int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
    db.close()
    small, small_mb = child_peak(project, out, max(1, documents // 10))
    full, full_mb = child_peak(project, out, None)
    out.unlink(missing_ok=True)
    print(f"peak RSS of the export process: {small_mb:.0f} MB for {small:,} records, "
          f"{full_mb:.0f} MB for {full:,} records (budget < {BUDGET_MB} MB)")


def main() -> None:
    """Build (or take) the project, time the exports, measure the child processes."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--per-document", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path, help="measure this project (a copy!) instead")
    parser.add_argument("--child", nargs=2, metavar=("PROJECT", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--documents", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _, records = export_once(Path(args.child[0]), Path(args.child[1]), args.documents)
        print(records, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        return
    with tempfile.TemporaryDirectory() as tmp:
        project, out = args.project, Path(tmp) / "out.jsonl"
        if project is None:
            project = Path(tmp) / "bench.sqlite"
            started = time.perf_counter()
            build(project, args.sentences, args.per_document)
            print(f"built {args.sentences:,} sentences in {time.perf_counter() - started:.1f} s")
        print_rates(export_rates(project, args.runs, out), args.runs)
        print_peaks(project, out)


if __name__ == "__main__":
    main()
