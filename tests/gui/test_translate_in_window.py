"""Machine translation from the window, against a fake LibreTranslate on 127.0.0.1.

The window must stay usable while the job runs: the test edits and navigates during the job and
checks the database afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes.servers import Fault, fake_translation
from gui_helpers import query
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.models import BlockRole
from annotator.gui.dialogs.mt_settings_dialog import MTSettingsDialog
from annotator.gui.settings import AppSettings, MTPreferences
from annotator.paths import config_dir

pytestmark = pytest.mark.gui


def use_libre(url: str, workers: int = 2) -> None:
    AppSettings(config_dir()).save_mt_preferences(MTPreferences("libre", url, "", workers))


@pytest.fixture
def window(sample_window):  # type: ignore[no-untyped-def]
    return sample_window


def finished_signal(window):  # type: ignore[no-untyped-def]
    return window.runner.job_finished


def summary_of(finished):  # type: ignore[no-untyped-def]
    group, outcome = finished.args
    assert group == "translate"
    return outcome.report


def test_translate_document_while_editing(qtbot, window, fake_server, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = fake_server("libre", latency=0.05)
    use_libre(server.base_url)
    panel = window.editor_panel
    title_id = panel.current_segment().sentence.id
    with qtbot.waitSignal(finished_signal(window), timeout=60_000) as finished:
        qtbot.keyClick(panel.grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        assert window.runner.is_running("translate")
        assert not window.translation_menu.document_action.isEnabled()
        # Keep working while MT runs: type the title ourselves, confirm, move on.
        qtbot.keyClick(panel.grid, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, "My own title")
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(panel.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    summary = summary_of(finished)
    assert summary.complete and summary.translated == summary.total > 20
    # The person's confirmed title won over the MT that arrived for it; the MT is kept aside.
    assert query(db_path, f"SELECT text, status FROM targets WHERE sentence_id = {title_id}") \
        == [("My own title", "translated")]
    mt_title = query(db_path, f"SELECT text FROM translations WHERE sentence_id = {title_id}")
    assert mt_title and mt_title[0][0].startswith("EN:")
    # Body sentences were filled with MT, and the grid shows them without a reload.
    body = [panel.segment_model.segment(r) for r in range(panel.segment_model.rowCount())
            if panel.segment_model.segment(r).sentence.role is BlockRole.BODY]
    assert all(s.target.status.value == "mt" for s in body)
    assert body[0].target.text == fake_translation(body[0].sentence.text)
    # Footnotes, bio and boilerplate are not sent.
    sent = set(server.texts())
    assert not any("Yazar Hakkında" in t or "Tel:" in t for t in sent)


def test_failed_sentences_show_and_retry_alone(qtbot, window, fake_server,  # type: ignore[no-untyped-def]
                                               db_path: Path) -> None:
    server = fake_server("libre")
    server.text_faults["Blinken"] = Fault("status", status=400)  # a permanent refusal
    use_libre(server.base_url)
    with qtbot.waitSignal(finished_signal(window), timeout=60_000) as finished:
        window.translation_menu.translate_document()
    summary = summary_of(finished)
    assert summary.failed_total >= 1
    assert window.translation_menu.summary_box.isVisible()
    assert "server" in window.translation_menu.summary_box.text() or "bad_response" in \
        window.translation_menu.summary_box.text()
    model = window.editor_panel.segment_model
    failed_rows = [r for r in range(model.rowCount()) if model.segment(r).mt_error]
    assert failed_rows and model.index(failed_rows[0], 4).data() == "MT failed"
    window.translation_menu.summary_box.close()

    server.text_faults.clear()
    before = server.requests
    with qtbot.waitSignal(finished_signal(window), timeout=60_000) as retried:
        window.translation_menu.retry_failed()
    assert summary_of(retried).translated == len(failed_rows)
    assert server.requests - before == len(failed_rows)  # only the failed ones were sent
    assert not any(model.segment(r).mt_error for r in range(model.rowCount()))


def test_offline_is_reported_once(qtbot, window, fake_server) -> None:  # type: ignore[no-untyped-def]
    server = fake_server("libre")
    url = server.base_url
    server.stop()  # nothing listens there any more: connection refused
    use_libre(url)
    with qtbot.waitSignal(finished_signal(window), timeout=60_000) as finished:
        window.translation_menu.translate_document()
    summary = summary_of(finished)
    assert summary.offline is not None
    text = window.translation_menu.summary_box.text()
    assert text.count("No connection") == 1
    # Offline is not written as a failure on every sentence.
    model = window.editor_panel.segment_model
    assert not any(model.segment(r).mt_error for r in range(model.rowCount()))


def test_cancel_from_the_progress_area(qtbot, window, fake_server, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = fake_server("libre", latency=0.3)
    use_libre(server.base_url, workers=1)
    with qtbot.waitSignal(finished_signal(window), timeout=60_000) as finished:
        job = window.translation_menu.translate_document()
        qtbot.waitUntil(lambda: job in window.jobs_panel.rows)
        qtbot.waitUntil(lambda: server.requests >= 1, timeout=10_000)
        qtbot.mouseClick(window.jobs_panel.rows[job].cancel_button, Qt.MouseButton.LeftButton)
    summary = summary_of(finished)
    assert summary.cancelled and summary.translated < summary.total
    saved = query(db_path, "SELECT count(*) FROM translations WHERE text IS NOT NULL")[0][0]
    assert saved == summary.translated


def test_mt_settings_keep_the_key_in_the_keyring_only(qtbot, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = MTSettingsDialog(MTPreferences("google", "", "", 4))
    qtbot.addWidget(dialog)
    dialog.engine_combo.setCurrentIndex(dialog.engine_combo.findData("libre"))
    assert dialog.url_edit.isEnabled() and not dialog.model_edit.isEnabled()
    qtbot.keyClicks(dialog.url_edit, "http://127.0.0.1:5000/")
    qtbot.keyClicks(dialog.key_edit, "secret-key-123")
    dialog.workers_spin.setValue(6)
    dialog.buttons.accepted.emit()
    assert dialog.result() == MTSettingsDialog.DialogCode.Accepted
    chosen = dialog.preferences()
    assert chosen == MTPreferences("libre", "http://127.0.0.1:5000/", "", 6)
    settings = AppSettings(config_dir())
    settings.save_mt_preferences(chosen)
    assert settings.mt_preferences() == chosen
    assert memory_keyring.get_password("annotator", "libre") == "secret-key-123"
    assert b"secret-key-123" not in settings.path.read_bytes()
