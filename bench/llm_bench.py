"""The llm engine: a paragraph per request vs sentence by sentence, on a fake slow LLM server.

Usage::

    python bench/llm_bench.py [--sentences 300] [--paragraph 10] [--latency 0.3] [--workers 4]

A document of ``--sentences`` distinct sentences (UD Turkish IMST dev ``# text`` lines when the
shared data is there, else generated ones) in paragraphs of ``--paragraph`` goes through the runner
twice in the same run, each time on a fresh project file (empty cache) against the loopback fake
OpenAI-compatible server (``tests/fakes/openai_server.py``) that waits ``--latency`` seconds per
request: (a) batched by paragraph with context, ``--workers`` threads; (b) one sentence per
request with one worker (``batch_size=1``), the way the other engines work. Prints requests, wall
time and tokens of each, and checks the budget of issue 17: (a) sends at most ``sentences / 10 +
5`` requests and takes at most 1/6 of (b)'s time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from fakes.openai_server import FakeLLMServer  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from annotator.core.models import BlockRole, BlockSpan, ParsedDocument  # noqa: E402
from annotator.mt.engine import create_engine  # noqa: E402
from annotator.mt.runner import JobSummary, RunnerOptions, translate  # noqa: E402
from annotator.mt.types import EngineSettings  # noqa: E402
from annotator.project.mt_context import paragraph_reader  # noqa: E402
from annotator.storage.connection import open_project  # noqa: E402
from annotator.storage.documents import insert_document  # noqa: E402
from bench.common import IMST_DEV, conllu_sentences  # noqa: E402


def sentences(count: int) -> list[str]:
    """``count`` distinct Turkish sentences (a repeated one would be sent once)."""
    seen: dict[str, None] = {}
    if IMST_DEV.exists():
        for text in conllu_sentences(IMST_DEV):
            if "[" not in text and len(text) > 20:
                seen.setdefault(text.strip(), None)
            if len(seen) == count:
                break
    number = 0
    while len(seen) < count:
        seen.setdefault(f"Bakan {number}. toplantıda yeni kararları açıkladı.", None)
        number += 1
    return list(seen)


def add_document(db: Database, texts: list[str], per_paragraph: int) -> str:
    """A document titled "Bench" with the texts in paragraphs of ``per_paragraph``."""
    title = "Bench"
    text, spans, blocks = title, [(0, 0, len(title))], [BlockSpan(BlockRole.TITLE, 0, len(title))]
    for number, at in enumerate(range(0, len(texts), per_paragraph), 1):
        text += "\n\n"
        start = len(text)
        for sentence in texts[at:at + per_paragraph]:
            spans.append((number, len(text), len(text) + len(sentence)))
            text += sentence + " "
        text = text[:-1]
        blocks.append(BlockSpan(BlockRole.BODY, start, len(text), paragraph=number))
    document, _ = insert_document(db, ParsedDocument(text, title, tuple(blocks)), spans)
    return document.id


def one_run(server: FakeLLMServer, texts: list[str], per_paragraph: int, options: RunnerOptions,
            batched: bool, folder: Path) -> tuple[JobSummary, float, int]:
    """Summary, wall seconds and requests the server saw for one cold run."""
    db = open_project(folder / f"bench-{'batched' if batched else 'single'}.sqlite")
    doc_id = add_document(db, texts, per_paragraph)
    engine = create_engine(EngineSettings("llm", url=server.base_url, llm_model="bench",
                                          rate_per_second=0))
    before = server.requests
    started = time.perf_counter()
    summary = translate(db, engine, "tr", document_ids=[doc_id], options=options,
                        paragraphs=paragraph_reader(db) if batched else None)
    elapsed = time.perf_counter() - started
    engine.close()
    db.close()
    assert summary.complete, summary
    return summary, elapsed, server.requests - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=300)
    parser.add_argument("--paragraph", type=int, default=10)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    texts = sentences(args.sentences)
    with FakeLLMServer(latency=args.latency) as server, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batched, batched_s, batched_requests = one_run(
            server, texts, args.paragraph, RunnerOptions(workers=args.workers,
                                                         batch_size=args.paragraph), True, folder)
        single, single_s, single_requests = one_run(
            server, texts, args.paragraph, RunnerOptions(workers=1, batch_size=1), False, folder)
    print(f"{args.sentences} sentences (+ title), paragraphs of {args.paragraph}, "
          f"{args.latency * 1000:.0f} ms per request")
    for label, summary, seconds, requests in (
            (f"batched, {args.workers} workers", batched, batched_s, batched_requests),
            ("sentence by sentence, 1 worker", single, single_s, single_requests)):
        tokens = summary.tokens.total if summary.tokens else 0
        print(f"  {label:32} {requests:4d} requests {seconds:7.2f} s  {tokens} tokens")
    ratio = batched_s / single_s
    budget_requests = args.sentences // 10 + 5
    print(f"  time ratio {ratio:.3f} (budget ≤ {1 / 6:.3f}); requests {batched_requests} "
          f"(budget ≤ {budget_requests})")
    ok = ratio <= 1 / 6 and batched_requests <= budget_requests
    print("  budget met" if ok else "  BUDGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
