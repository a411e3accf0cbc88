"""MT runner vs deep-translator's own ``translate_batch`` on a fake LibreTranslate (DESIGN.md §9).

Usage::

    python bench/mt_runner.py [--sentences 300] [--latency 0.1] [--workers 8] [--runs 3]

The first ``--sentences`` distinct ``# text`` lines of UD Turkish IMST dev (a repeated text would
be sent once by our runner, which would flatter it) are sent to a loopback fake
LibreTranslate server (``tests/fakes/servers.py``) that waits ``--latency`` seconds per request.
Each run times (a) ``LibreTranslator.translate_batch`` (one request after another) and (b) our
runner with ``--workers`` threads on a fresh project file (empty cache), saving every result to
SQLite. Then a second document with the same sentences goes through our runner again: it must be
answered from the cache with 0 requests. Medians over ``--runs`` runs are printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from deep_translator import LibreTranslator  # noqa: E402
from fakes.helpers import add_document  # noqa: E402
from fakes.servers import FakeMTServer  # noqa: E402

from annotator.core.mt_types import cache_key  # noqa: E402
from annotator.mt.engine import create_engine  # noqa: E402
from annotator.mt.runner import JobSummary, RunnerOptions, translate  # noqa: E402
from annotator.mt.types import EngineSettings  # noqa: E402
from annotator.storage.connection import open_project  # noqa: E402
from bench.common import IMST_DEV, conllu_sentences  # noqa: E402


def baseline(server: FakeMTServer, sentences: list[str]) -> float:
    """Seconds for deep-translator's sequential batch call."""
    translator = LibreTranslator(source="tr", target="en", api_key="bench",
                                 custom_url=server.base_url)
    started = time.perf_counter()
    results = translator.translate_batch(sentences)
    elapsed = time.perf_counter() - started
    assert len(results) == len(sentences)
    return elapsed


def ours(server: FakeMTServer, sentences: list[str], workers: int,
         folder: Path) -> tuple[float, JobSummary, float, JobSummary]:
    """Seconds and summary of a cold run, then of a second document answered from the cache."""
    db = open_project(folder / "bench.sqlite")
    engine = create_engine(EngineSettings("libre", url=server.base_url))
    options = RunnerOptions(workers=workers)
    cold_doc, _ = add_document(db, sentences, title="Bench", footnote=None)
    started = time.perf_counter()
    cold = translate(db, engine, "tr", document_ids=[cold_doc], options=options)
    cold_seconds = time.perf_counter() - started
    # The same sentences and title in another document (its footnote, never translated, differs).
    warm_doc, _ = add_document(db, sentences, title="Bench", footnote="[1] Copy.")
    started = time.perf_counter()
    warm = translate(db, engine, "tr", document_ids=[warm_doc], options=options)
    warm_seconds = time.perf_counter() - started
    engine.close()
    db.close()
    return cold_seconds, cold, warm_seconds, warm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=300)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    # Distinct texts only: the runner sends a repeated text once, which would flatter it here.
    distinct: dict[str, str] = {}
    for text in conllu_sentences(IMST_DEV):
        distinct.setdefault(cache_key(text), text)
    sentences = list(distinct.values())[:args.sentences]
    base_times: list[float] = []
    cold_times: list[float] = []
    warm_times: list[float] = []
    with FakeMTServer("libre", latency=args.latency) as server:
        for run in range(1, args.runs + 1):
            base_times.append(baseline(server, sentences))
            with tempfile.TemporaryDirectory() as folder:
                before = server.requests
                cold_s, cold, warm_s, warm = ours(server, sentences, args.workers, Path(folder))
            assert cold.complete and warm.complete, (cold, warm)
            assert warm.requests == 0 and warm.cached == warm.total, warm
            cold_times.append(cold_s)
            warm_times.append(warm_s)
            print(f"run {run}: translate_batch {base_times[-1]:.2f} s | ours {cold_s:.2f} s "
                  f"({cold.requests} requests, {server.requests - before} reached the server) "
                  f"| ours again {warm_s:.3f} s ({warm.requests} requests, "
                  f"{warm.cached} cached)", flush=True)
    base, cold_m, warm_m = (statistics.median(t) for t in (base_times, cold_times, warm_times))
    print(f"\n{len(sentences)} sentences (+1 title), {args.latency * 1000:.0f} ms per request, "
          f"{args.workers} workers, medians of {args.runs} runs:")
    print(f"  deep-translator translate_batch: {base:.2f} s")
    print(f"  our runner, cold cache:          {cold_m:.2f} s  -> {base / cold_m:.1f}x faster "
          f"(ceiling {args.workers}x)")
    print(f"  our runner, second document:     {warm_m:.3f} s, 0 requests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
