"""CLI start-up budget (DESIGN.md §9): ``annotator --version`` and ``annotator segment`` within 4×
a bare interpreter.

Run: ``.venv/bin/python bench/cli_startup.py`` from the repository root. Measures, in one run and
with the same Python, the median wall time of 5 runs (after one warm-up run each) of

- the baseline ``python -c "import argparse, json, sqlite3"``,
- ``python -m annotator --version``,
- ``echo "Bu bir cümle." | python -m annotator segment -``,

and prints each median and its ratio to the baseline. Exits 1 when a ratio is above 4 (it is a
benchmark that prints figures, not a test: the machine's load moves them).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
BUDGET = 4.0
SENTENCE = "Bu bir cümle.\n".encode()

CASES: list[tuple[str, list[str], bytes | None]] = [
    ('python -c "import argparse, json, sqlite3"',
     [sys.executable, "-c", "import argparse, json, sqlite3"], None),
    ("python -m annotator --version", [sys.executable, "-m", "annotator", "--version"], None),
    ('echo "Bu bir cümle." | python -m annotator segment -',
     [sys.executable, "-m", "annotator", "segment", "-"], SENTENCE),
]


def wall_time(command: list[str], stdin: bytes | None) -> float:
    """Seconds from start to exit of ``command`` (its output is checked and discarded)."""
    started = time.perf_counter()
    subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                   check=True, cwd=REPO_ROOT, env=os.environ.copy())
    return time.perf_counter() - started


def main() -> int:
    # One warm-up run each (file cache, .pyc files), then the cases interleaved round by round
    # so that a burst of load on the machine hits all of them alike.
    times: list[list[float]] = [[] for _ in CASES]
    for _label, command, stdin in CASES:
        wall_time(command, stdin)
    for _ in range(RUNS):
        for index, (_label, command, stdin) in enumerate(CASES):
            times[index].append(wall_time(command, stdin))
    medians = [statistics.median(samples) for samples in times]
    baseline = medians[0]
    print(f"{sys.executable} (Python {sys.version.split()[0]}), median of {RUNS} runs each")
    worst = 0.0
    for (label, _command, _stdin), median in zip(CASES, medians, strict=True):
        ratio = median / baseline
        print(f"{label:55} {median * 1000:7.1f} ms  ×{ratio:.2f}")
        worst = max(worst, ratio)
    verdict = "within" if worst <= BUDGET else "OVER"
    print(f"largest ratio ×{worst:.2f}: {verdict} the budget of ×{BUDGET:.0f}")
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
