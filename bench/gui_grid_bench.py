"""Editor budgets (issue 5, DESIGN.md §9) for a 10,000-sentence document, offscreen.

Run: ``.venv/bin/python bench/gui_grid_bench.py``. Prints, as medians of 5 runs:
- first screen: opening the document in the editor until the grid has painted its first screen,
  against the baseline of sizing every row up front (``resizeRowsToContents``) in the same process;
- moving the current row (Alt+Down): mean time per move on a 1,000- and a 10,000-sentence
  document (a ratio near 1 means the cost does not grow with the document);
- saving one edit through the undo stack: p50/p99 over 300 edits;
- peak resident memory of the process.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from annotator.core.models import TargetStatus
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings
from annotator.ingest.pipeline import import_file
from annotator.project import Project
from annotator.storage.actor_seed import seed_default_actors
from annotator.storage.documents import get_document
from annotator.storage.glossary import merge_terms
from bench.common import IMST_TRAIN, conllu_sentences, percentile
from bench.glossary_bench import make_glossary

RUNS = 5


def write_document(folder: Path, sentences: int) -> Path:
    """A text of ``sentences`` IMST sentences in paragraphs of 6, after a one-line title."""
    pool = [s for s in conllu_sentences(IMST_TRAIN) if s.rstrip()[-1:] in ".!?"]
    body = [pool[i % len(pool)] for i in range(sentences - 1)]
    paragraphs = [" ".join(body[i:i + 6]) for i in range(0, len(body), 6)]
    path = folder / f"doc-{sentences}.txt"
    path.write_text("Deneme belgesi\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return path


def first_screen_seconds(window: MainWindow, doc_id: str, size_all_rows: bool) -> float:
    """Open the document and paint the grid once; optionally size every row first."""
    app = QApplication.instance()
    assert app is not None
    document = get_document(window.project.db, doc_id)
    window.editor_panel.segment_model.set_rows([])
    app.processEvents()
    started = time.perf_counter()
    window.editor_panel.load_document(document)
    if size_all_rows:
        window.editor_panel.grid.resizeRowsToContents()
    app.processEvents()
    window.editor_panel.grid.viewport().repaint()
    return time.perf_counter() - started


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def move_seconds(window: MainWindow, moves: int = 200) -> float:
    """Mean seconds per 'next sentence' move, events processed after each."""
    app = QApplication.instance()
    assert app is not None
    panel = window.editor_panel
    panel.go_to_row(0)
    started = time.perf_counter()
    for _ in range(moves):
        panel.go_next()
        app.processEvents()
    return (time.perf_counter() - started) / moves


def open_window(folder: Path, sentences: int) -> tuple[MainWindow, str]:
    project = Project(folder / f"p{sentences}.sqlite")
    doc_id = import_file(project.db, write_document(folder, sentences)).document.id
    window = MainWindow(project, AppSettings(folder / "config"))
    window.resize(1280, 800)
    window.show()
    return window, doc_id


def main() -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small, small_id = open_window(folder, 1_000)
        window, doc_id = open_window(folder, 10_000)
        rows = window.editor_panel.segment_model.rowCount()
        ours = median([first_screen_seconds(window, doc_id, False) for _ in range(RUNS)])
        baseline = median([first_screen_seconds(window, doc_id, True) for _ in range(RUNS)])
        print(f"first screen of a {rows}-sentence document: median {ours * 1000:.0f} ms "
              f"(budget < 1000 ms); sizing every row up front: {baseline * 1000:.0f} ms "
              f"(x{baseline / ours:.1f} slower)")
        first_screen_seconds(window, doc_id, False)
        small.editor_panel.load_document(get_document(small.project.db, small_id))
        move_big = median([move_seconds(window) for _ in range(RUNS)])
        move_small = median([move_seconds(small) for _ in range(RUNS)])
        print(f"move to next sentence: {move_big * 1000:.2f} ms on 10,000 sentences, "
              f"{move_small * 1000:.2f} ms on 1,000 (ratio {move_big / move_small:.2f})")
        merge_terms(window.project.db, make_glossary(5_000))
        seed_default_actors(window.project.db)
        cold = move_seconds(window)  # every sentence's terms looked up for the first time
        warm = median([move_seconds(window) for _ in range(RUNS)])
        print(f"move to next sentence with a 5,000-term glossary + the actors: first pass "
              f"{cold * 1000:.2f} ms, again {warm * 1000:.2f} ms (budget < 20 ms; without the "
              f"glossary {move_big * 1000:.2f} ms)")
        panel = window.editor_panel
        latencies = []
        for i in range(300):
            segment = panel.segment_model.segment(1 + i)
            started = time.perf_counter()
            panel._push(segment, f"Edit {i}", TargetStatus.DRAFT, "bench")
            latencies.append((time.perf_counter() - started) * 1000)
        print(f"save one edit through the undo stack: p50 {percentile(latencies, 0.5):.2f} ms, "
              f"p99 {percentile(latencies, 0.99):.2f} ms (budget p99 < 10 ms)")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak resident memory (both windows, {rows + 1000} sentences): {peak:.0f} MB "
              f"(budget < 400 MB)")
        for win in (small, window):
            win.close()
            win.project.close()
            win.deleteLater()
        app.processEvents()
    del small, window
    app.shutdown()


if __name__ == "__main__":
    main()
