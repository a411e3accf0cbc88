"""Kill -9 the app in the middle of an edit: everything confirmed is on disk, the file is sound."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.ingest.pipeline import import_file
from annotator.storage.connection import open_project

pytestmark = pytest.mark.gui


def test_killing_the_app_mid_edit_loses_only_the_open_cell(db_path: Path, seed_file: Path) -> None:
    db = open_project(db_path)
    import_file(db, seed_file)
    db.close()
    script = Path(__file__).with_name("edit_then_hang.py")
    process = subprocess.Popen([sys.executable, str(script), str(db_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        line = process.stdout.readline()  # type: ignore[union-attr]
        assert line.endswith("READY\n"), process.stderr.read()  # type: ignore[union-attr]
        confirmed = int(line.split()[0])
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db_path)  # recovery of the WAL happens here, as on a real restart
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT text, status FROM targets WHERE sentence_id = ?",
                        [confirmed]).fetchone() == ("Confirmed before the crash", "translated")
    texts = [row[0] for row in conn.execute("SELECT text FROM targets")]
    assert not any("UNSAVED" in text for text in texts)
    conn.close()
    reopened = open_project(db_path)
    assert reopened["documents"].count == 1
    reopened.close()
