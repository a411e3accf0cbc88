"""An export that is killed, cancelled or fails never leaves a file under the target name."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fakes.projects import build_project

from annotator.exchange import writer as writer_module
from annotator.exchange.errors import ExportCancelledError
from annotator.exchange.export import export
from annotator.exchange.options import ExportOptions
from annotator.exchange.output import part_path
from annotator.storage.connection import open_project


def test_a_killed_export_leaves_no_target_file(tmp_path: Path) -> None:
    project = tmp_path / "big.sqlite"
    build_project(project, documents=30, sentences=3000).close()
    out = tmp_path / "dataset.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "annotator", "--db", str(project), "export", "--format",
         "jsonl", "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=os.environ.copy())
    deadline = time.monotonic() + 60
    while not part_path(out).exists() and time.monotonic() < deadline:
        assert process.poll() is None, "the export ended before it could be interrupted"
        time.sleep(0.002)
    assert part_path(out).exists()
    while part_path(out).stat().st_size == 0 and process.poll() is None:
        time.sleep(0.002)  # let it write something first: kill it mid-write
    assert process.poll() is None, "the export ended before it could be interrupted"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert not out.exists()
    # The next export of the same name completes and replaces the leftover .part.
    db = open_project(project)
    report = export(db, "jsonl", ExportOptions(documents=("Belge 1",)), out)
    db.close()
    assert report.records == 3000 and out.exists() and not part_path(out).exists()


def test_a_cancelled_export_leaves_the_previous_file_alone(tmp_path: Path) -> None:
    db = build_project(tmp_path / "p.sqlite", documents=2, sentences=600)
    out = tmp_path / "dataset.jsonl"
    out.write_text("yesterday's export\n", encoding="utf-8")
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()

    with pytest.raises(ExportCancelledError):
        export(db, "jsonl", ExportOptions(), out, on_progress=progress, cancel=cancel)
    assert seen and seen[0][1] == 1200
    assert out.read_text(encoding="utf-8") == "yesterday's export\n"
    assert not part_path(out).exists()
    db.close()


def test_a_failing_export_removes_its_part_file(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = build_project(tmp_path / "p.sqlite", documents=1, sentences=50)
    out = tmp_path / "dataset.jsonl"
    original = writer_module.JsonlWriter.write
    written: list[int] = []

    def failing(self: writer_module.JsonlWriter, item, handle) -> int:  # type: ignore[no-untyped-def]
        written.append(1)
        if len(written) == 20:
            raise OSError("disk full")
        return original(self, item, handle)

    monkeypatch.setattr(writer_module.JsonlWriter, "write", failing)
    with pytest.raises(OSError, match="disk full"):
        export(db, "jsonl", ExportOptions(), out)
    assert not out.exists() and not part_path(out).exists()
    db.close()


def test_progress_counts_up_to_the_total(tmp_path: Path) -> None:
    db = build_project(tmp_path / "p.sqlite", documents=2, sentences=700)
    seen: list[tuple[int, int]] = []
    report = export(db, "jsonl", ExportOptions(), tmp_path / "d.jsonl",
                    on_progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1400, 1400) == (report.sentences, report.records)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) >= 5
    db.close()
