"""MT settings: engine, LibreTranslate URL, offline model, API key (to the keyring) and workers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from annotator.gui.settings import MAX_WORKERS, MTPreferences
from annotator.mt.keys import KeyringUnavailableError, env_var, find_api_key, set_api_key
from annotator.mt.types import ENGINE_NAMES

ENGINE_LABELS = {
    "google": "Google Translate (online)",
    "mymemory": "MyMemory (online)",
    "libre": "LibreTranslate (your server or a public one)",
    "ctranslate2": "CTranslate2 model on this computer (offline)",
    "deepl": "DeepL API (free or paid key)",
    "llm": "LLM server (OpenAI-compatible: vLLM, Ollama, llama.cpp)",
}
KEYED_ENGINES = ("libre", "deepl", "llm")  # the engines whose key this dialog stores


class MTSettingsDialog(QDialog):
    """Edits :class:`MTPreferences`; a typed key is stored in the OS keyring on OK."""

    def __init__(self, current: MTPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Machine translation settings"))
        self.engine_combo = QComboBox()
        for name in ENGINE_NAMES:
            self.engine_combo.addItem(ENGINE_LABELS.get(name, name), name)
        self.engine_combo.setCurrentIndex(max(0, self.engine_combo.findData(current.engine)))
        self.url_edit = QLineEdit(current.url)
        self.url_edit.setPlaceholderText("http://localhost:5000/")
        self.model_edit = QLineEdit(current.model)
        self.model_edit.setPlaceholderText(self.tr("model folder or .argosmodel file"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_edit, 1)
        model_row.addWidget(self.browse_button)
        self.llm_model_edit = QLineEdit(current.llm_model)
        self.llm_model_edit.setPlaceholderText(self.tr("the model's name on the server"))
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.workers_spin = QSpinBox()
        self.workers_spin.setRange(1, MAX_WORKERS)
        self.workers_spin.setValue(current.workers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Engine:"), self.engine_combo)
        layout.addRow(self.tr("Server URL:"), self.url_edit)
        layout.addRow(self.tr("Model:"), model_row)
        layout.addRow(self.tr("LLM model:"), self.llm_model_edit)
        layout.addRow(self.tr("API key:"), self.key_edit)
        layout.addRow("", self.key_label)
        layout.addRow(self.tr("Parallel requests:"), self.workers_spin)
        layout.addRow(self.buttons)

        self.engine_combo.currentIndexChanged.connect(self._on_engine_combo_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._on_engine_combo_changed()

    def engine(self) -> str:
        """The engine chosen."""
        return str(self.engine_combo.currentData())

    def preferences(self) -> MTPreferences:
        """The values in the dialog (the key is not part of them)."""
        return MTPreferences(self.engine(), self.url_edit.text().strip(),
                             self.model_edit.text().strip(), self.workers_spin.value(),
                             self.llm_model_edit.text().strip())

    def _on_engine_combo_changed(self) -> None:
        engine = self.engine()
        self.url_edit.setEnabled(engine in ("libre", "llm"))
        self.url_edit.setPlaceholderText("http://localhost:8000/v1" if engine == "llm"
                                         else "http://localhost:5000/")
        self.llm_model_edit.setEnabled(engine == "llm")
        self.model_edit.setEnabled(engine == "ctranslate2")
        self.browse_button.setEnabled(engine == "ctranslate2")
        self.key_edit.setEnabled(engine in KEYED_ENGINES)
        self.key_edit.clear()
        key, source = find_api_key(engine) if engine in KEYED_ENGINES else (None, None)
        if engine not in KEYED_ENGINES:
            self.key_label.setText(self.tr("This engine needs no key."))
        elif key is None:
            self.key_label.setText(self.tr("No key stored. Type one to keep it in the system "
                                           "keyring, or set %s.") % env_var(engine))
        else:
            self.key_label.setText(self.tr("A key is stored (%s); type a new one to replace it.")
                                   % source)

    def _on_browse_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a model"), self.model_edit.text(),
            self.tr("Argos model (*.argosmodel);;CTranslate2 model.bin (model.bin)"))
        if name:
            self.model_edit.setText(name[:-len("/model.bin")] if name.endswith("/model.bin")
                                    else name)

    def _on_buttons_accepted(self) -> None:
        key = self.key_edit.text().strip()
        if key:
            try:
                set_api_key(self.engine(), key)
            except KeyringUnavailableError as error:
                QMessageBox.warning(self, self.tr("Key not stored"), str(error))
                return
        self.accept()

    @classmethod
    def get_preferences(cls, current: MTPreferences, parent: QWidget | None = None
                        ) -> MTPreferences | None:
        """Show the dialog; the new preferences, or None when cancelled."""
        dialog = cls(current, parent)
        return dialog.preferences() if dialog.exec() == QDialog.DialogCode.Accepted else None
