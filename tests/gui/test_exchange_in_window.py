"""Export a dataset and import annotations from the window, in the background."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.exchange.options import ExportFormat, ExportOptions
from annotator.gui.dialogs.export_dialog import ExportDialog, ExportRequest

pytestmark = pytest.mark.gui


def test_export_dialog_builds_the_request(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog("doc1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(ExportFormat.TMX))
    assert dialog.path_edit.text().endswith(".tmx")
    assert not dialog.side_combo.isEnabled()
    qtbot.mouseClick(dialog.split_check, Qt.MouseButton.LeftButton)
    dialog.seed_spin.setValue(7)
    request = dialog.request()
    assert request.format is ExportFormat.TMX
    assert request.options.documents == ("doc1",)
    assert request.options.split == (80, 10, 10) and request.options.seed == 7


def test_export_then_import_into_another_project(qtbot, sample_window, main_window,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    window = sample_window
    out = tmp_path / "dataset.jsonl"
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000) as done:
        job = window.exchange_menu.start_export(ExportRequest(ExportFormat.JSONL,
                                                              ExportOptions(), out))
        assert job is not None and job in window.jobs_panel.rows
    report = done.args[1]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert report.records == len(records) > 20
    assert records[0]["schema"] == "annotator.sentence/2"
    assert not out.with_name(out.name + ".part").exists()

    other = main_window(tmp_path / "other.sqlite")
    assert other.document_model.rowCount() == 0
    with qtbot.waitSignal(other.runner.job_finished, timeout=60_000) as imported:
        other.exchange_menu.start_import(out)
    assert not isinstance(imported.args[1], Exception), imported.args[1]
    assert other.document_model.rowCount() == 1
    assert other.current_doc_id == window.current_doc_id


def test_a_bad_file_is_reported_and_changes_nothing(qtbot, sample_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch) -> None:
    window = sample_window
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"schema": "annotator.sentence/2"}\n{not json\n', encoding="utf-8")
    before = window.project.db.execute("SELECT count(*) FROM history").fetchone()[0]
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000):
        window.exchange_menu.start_import(bad)
    box = window.runner.message_box
    assert box is not None and box.isVisible() and "broken.jsonl:1:" in box.text()
    assert window.project.db.execute("SELECT count(*) FROM history").fetchone()[0] == before
