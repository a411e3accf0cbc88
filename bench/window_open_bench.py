"""Window-open budget (issue 19): how much longer the main window takes to open on a big project.

Run: ``.venv/bin/python -m bench.window_open_bench P1 P1000 [P10000]`` from the repository root,
the first file a one-document project. Each project file is copied to a temporary folder first
(opening a project may write to it, and the originals are shared). Each run is a fresh process
with ``QT_QPA_PLATFORM=offscreen`` and its own settings folder; it times creating the
``Project`` (the file's checks) and the ``MainWindow`` until it is shown and the event queue has
been processed once (the document list filled, the first document open in the editor). Imports
and the ``QApplication`` are not timed. The runs of every project are interleaved round by
round, so a burst of load on the machine hits all of them alike; the medians and each one's
difference against the first project are printed. Budget: 1,000 documents within 0.5 s of one
document.

``measure(path, runs)`` gives one project's median, for ``bench/corpus_bench.py``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bench.common import REPO_ROOT

RUNS = 5
BUDGET_SECONDS = 0.5
WINDOW_SIZE = (1280, 800)


def _child(db_path: Path) -> None:
    """In the fresh process: open the project, time the window, print the seconds."""
    import time

    from PySide6.QtWidgets import QApplication

    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings
    from annotator.paths import config_dir
    from annotator.project import Project

    app = QApplication(sys.argv[:1])
    settings = AppSettings(config_dir())
    started = time.perf_counter()
    project = Project(db_path)  # checking the file is part of opening it (storage.verify)
    window = MainWindow(project, settings)
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    elapsed = time.perf_counter() - started
    print(f"{elapsed:.6f}")
    window.close()
    project.close()


def _copy_project(db_path: Path, copy: Path) -> None:
    """Copy the project file and its WAL, if any (the original is never opened)."""
    if not db_path.is_file():
        raise SystemExit(f"no project file at {db_path}")
    for suffix in ("", "-wal"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            shutil.copyfile(source, copy.with_name(copy.name + suffix))


@contextmanager
def _copy_of(db_path: Path) -> Iterator[Path]:
    """A private copy of the project file in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="window-open-") as folder:
        copy = Path(folder) / db_path.name
        _copy_project(db_path, copy)
        yield copy


def _one_run(copy: Path) -> float:
    """Seconds to open the window on ``copy``, in a fresh process with its own settings."""
    with tempfile.TemporaryDirectory(prefix="window-open-home-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_HOME=home,
                   XDG_CONFIG_HOME=str(Path(home) / "xdg"))
        env.pop("ANNOTATOR_DB", None)
        done = subprocess.run([sys.executable, "-m", "bench.window_open_bench", "--child",
                               str(copy)], cwd=REPO_ROOT, env=env, capture_output=True,
                              text=True, check=False, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"window-open run failed on {copy.name}:\n{done.stderr[-2000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def measure(db_path: Path, runs: int = RUNS) -> float:
    """The median seconds, over ``runs`` fresh processes, from creating the main window on
    ``db_path`` (a copy of it) until it is shown and its events processed once."""
    with _copy_of(db_path) as copy:
        _one_run(copy)  # warm-up: file cache, .pyc files
        return statistics.median(_one_run(copy) for _ in range(runs))


def measure_all(paths: Sequence[Path], runs: int = RUNS) -> list[float]:
    """The median of each project, the runs interleaved round by round."""
    with tempfile.TemporaryDirectory(prefix="window-open-all-") as folder:
        copies = []
        for index, path in enumerate(paths):
            copy = Path(folder) / f"{index}-{path.name}"
            _copy_project(path, copy)
            copies.append(copy)
        for copy in copies:
            _one_run(copy)  # warm-up
        times: list[list[float]] = [[] for _ in copies]
        for _ in range(runs):
            for index, copy in enumerate(copies):
                times[index].append(_one_run(copy))
    return [statistics.median(samples) for samples in times]


def _document_count(db_path: Path) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
        return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])


def main(argv: Sequence[str]) -> int:
    if len(argv) == 2 and argv[0] == "--child":
        _child(Path(argv[1]))
        return 0
    if not argv:
        print(__doc__)
        return 2
    paths = [Path(arg) for arg in argv]
    medians = measure_all(paths)
    baseline = medians[0]
    print(f"window open, median of {RUNS} fresh processes each (offscreen)")
    worst = 0.0
    for path, median in zip(paths, medians, strict=True):
        count = _document_count(path)
        extra = median - baseline
        worst = max(worst, extra)
        print(f"  {count:>6,} documents ({path.name}): {median * 1000:7.0f} ms, "
              f"{extra * 1000:+6.0f} ms against {paths[0].name}")
    print(f"budget: within {BUDGET_SECONDS * 1000:.0f} ms of the first project: "
          f"{'met' if worst <= BUDGET_SECONDS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
