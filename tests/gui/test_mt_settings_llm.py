"""The MT settings dialog with the llm engine: base URL, model name, key to the keyring."""

from __future__ import annotations

from annotator.gui.dialogs.mt_settings_dialog import MTSettingsDialog
from annotator.gui.settings import AppSettings, MTPreferences
from annotator.gui.translation_menu import engine_settings
from annotator.paths import config_dir


def test_llm_engine_settings_round_trip(qtbot, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = MTSettingsDialog(MTPreferences("google", "", "", 4))
    qtbot.addWidget(dialog)
    assert not dialog.llm_model_edit.isEnabled()
    dialog.engine_combo.setCurrentIndex(dialog.engine_combo.findData("llm"))
    assert dialog.url_edit.isEnabled() and dialog.llm_model_edit.isEnabled()
    assert dialog.key_edit.isEnabled() and not dialog.model_edit.isEnabled()
    qtbot.keyClicks(dialog.url_edit, "http://127.0.0.1:8000/v1")
    qtbot.keyClicks(dialog.llm_model_edit, "qwen2.5-7b")
    qtbot.keyClicks(dialog.key_edit, "sk-llm-key-123")
    dialog.buttons.accepted.emit()
    chosen = dialog.preferences()
    assert chosen == MTPreferences("llm", "http://127.0.0.1:8000/v1", "", 4, "qwen2.5-7b")
    settings = AppSettings(config_dir())
    settings.save_mt_preferences(chosen)
    assert settings.mt_preferences() == chosen
    assert memory_keyring.get_password("annotator", "llm") == "sk-llm-key-123"
    assert b"sk-llm-key-123" not in settings.path.read_bytes()
    engine = engine_settings(chosen)
    assert (engine.name, engine.url, engine.llm_model) == ("llm", "http://127.0.0.1:8000/v1",
                                                         "qwen2.5-7b")
