"""Every Qt model under QAbstractItemModelTester; the shortcut help, settings and job area."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from annotator.core.mt_types import ErrorKind, Translation
from annotator.gui.dialogs.settings_dialog import SettingsDialog
from annotator.gui.dialogs.shortcuts_dialog import ShortcutsDialog, ShortcutTableModel
from annotator.gui.jobs import Job, JobsPanel
from annotator.gui.models.document_list_model import DocumentListModel
from annotator.gui.models.mt_output_list_model import MTOutputListModel
from annotator.gui.models.segment_filter_proxy import SegmentFilterProxy
from annotator.gui.models.segment_table_model import SegmentTableModel
from annotator.gui.settings import AppSettings, Preferences
from annotator.gui.shortcuts import shortcut_rows
from annotator.ingest.pipeline import import_file
from annotator.paths import config_dir
from annotator.storage.connection import open_project
from annotator.storage.documents import list_documents
from annotator.storage.segments import get_segments

pytestmark = pytest.mark.gui


def test_every_model_passes_the_model_tester(qtmodeltester, db_path: Path,  # type: ignore[no-untyped-def]
                                            seed_file: Path) -> None:
    db = open_project(db_path)
    doc_id = import_file(db, seed_file).document.id
    documents = DocumentListModel()
    documents.set_rows(list_documents(db))
    qtmodeltester.check(documents, force_py=True)
    segments = SegmentTableModel()
    segments.set_rows(get_segments(db, doc_id))
    qtmodeltester.check(segments, force_py=True)
    proxy = SegmentFilterProxy()
    proxy.setSourceModel(segments)
    proxy.set_query("azerbaycan")
    qtmodeltester.check(proxy, force_py=True)
    outputs = MTOutputListModel()
    outputs.set_rows([Translation(1, 1, "google", "tr", "en", "Text.", None, None, "now"),
                      Translation(2, 1, "libre", "tr", "en", None, ErrorKind.TIMEOUT,
                                  "no answer", "now")])
    qtmodeltester.check(outputs, force_py=True)
    qtmodeltester.check(ShortcutTableModel(shortcut_rows()), force_py=True)  # fixed rows only
    from annotator.gui.models.actor_table_model import ActorTableModel
    from annotator.storage.actor_seed import ensure_default_actors
    from annotator.storage.actors import list_actors

    ensure_default_actors(db)
    actors = ActorTableModel()
    actors.set_rows(list_actors(db), {"USA": (3, 1)})
    qtmodeltester.check(actors, force_py=True)
    db.close()


def test_shortcut_help_lists_every_bound_key(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction, QKeySequence

    window = main_window()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())}
    bound = {action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
             for action in window.findChildren(QAction)} - {""}
    assert {"Ctrl+Return", "Ctrl+K", "F7", "Ctrl+E", "F8", "F9", "Ctrl+T", "Ctrl+Z"} <= bound
    ranges = {f"Alt+{n}" for n in range(1, 10)} | {f"Ctrl+{n}" for n in range(1, 6)}
    missing = {keys for keys in bound if keys not in listed and keys not in ranges}
    assert missing == set()
    assert "Alt+1 … Alt+9" in listed and "Ctrl+1 … Ctrl+5" in listed


def test_settings_dialog_returns_what_was_entered(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Preferences("", "en", 11))
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Ayse Yilmaz")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("tr"))
    dialog.font_spin.setValue(14)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    chosen = dialog.preferences()
    assert chosen == Preferences("Ayse Yilmaz", "tr", 14)
    settings = AppSettings(config_dir())
    settings.save_preferences(chosen)
    assert AppSettings(config_dir()).preferences() == chosen


def test_translator_name_from_settings_is_recorded(qtbot, main_window, db_path: Path,  # type: ignore[no-untyped-def]
                                                   seed_file: Path) -> None:
    AppSettings(config_dir()).save_preferences(Preferences("Ayşe", "en", 11))
    db = open_project(db_path)
    import_file(db, seed_file)
    db.close()
    panel = main_window().editor_panel
    panel.insert_text("Title")
    db = open_project(db_path)
    assert db.execute("SELECT translator FROM targets").fetchone()[0] == "Ayşe"
    assert db.execute("SELECT who FROM history WHERE table_name = 'targets'").fetchone()[0] == \
        "Ayşe"
    db.close()


def test_jobs_panel_shows_progress_and_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = JobsPanel()
    qtbot.addWidget(panel)
    job = Job("Translating")
    panel.add_job(job)
    row = panel.rows[job]
    worker = threading.Thread(target=lambda: job.report(3, 10))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: row.progress_bar.value() == 3)
    assert row.progress_bar.maximum() == 10
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    assert job.cancelled
    job.finish()
    qtbot.waitUntil(lambda: job not in panel.rows)
    assert panel.isHidden()


def test_about_names_the_version_and_data_licences(qtbot) -> None:  # type: ignore[no-untyped-def]
    from annotator import __version__
    from annotator.gui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.heading_label.text()
    text = dialog.credits_view.toPlainText()
    for needed in ("MIT", "CC BY-NC-SA 4.0", "CC BY-SA 3.0", "PLOVER", "pycountry"):
        assert needed in text
