"""File → Export dataset: format, which sentences and annotations, split, side, output file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from annotator.core.models import TargetStatus
from annotator.exchange.options import ExportFormat, ExportOptions

SUFFIXES = {ExportFormat.TMX: ".tmx", ExportFormat.XLIFF: ".xlf", ExportFormat.CSV: ".csv",
            ExportFormat.LABELSTUDIO: ".json"}
DESCRIPTIONS = {
    ExportFormat.JSONL: "JSONL sentence records (annotator.sentence/2)",
    ExportFormat.PLOVER: "PLOVER events, one per line",
    ExportFormat.PE: "Post-editing triplets (source, MT, final, HTER, chrF)",
    ExportFormat.TMX: "TMX 1.4b translation memory",
    ExportFormat.XLIFF: "XLIFF 2.0 for CAT tools",
    ExportFormat.CSV: "CSV table",
    ExportFormat.DOCCANO: "doccano relation JSONL",
    ExportFormat.LABELSTUDIO: "Label Studio JSON tasks",
}


@dataclass(frozen=True)
class ExportRequest:
    """What the dialog returns: the format, the options and the file to write."""

    format: ExportFormat
    options: ExportOptions
    path: Path


class ExportDialog(QDialog):
    """Chooses an export; open it with :meth:`get_request`."""

    def __init__(self, current_doc: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_doc = current_doc
        self.setWindowTitle(self.tr("Export dataset"))
        self.format_combo = QComboBox()
        for fmt in ExportFormat:
            self.format_combo.addItem(DESCRIPTIONS[fmt], fmt)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("The open document"), "current")
        self.scope_combo.addItem(self.tr("Every document of the project"), "all")
        self.scope_combo.setEnabled(current_doc is not None)
        if current_doc is None:
            self.scope_combo.setCurrentIndex(1)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Every sentence (format default)"), None)
        self.status_combo.addItem(self.tr("Translated and reviewed"),
                                  (TargetStatus.TRANSLATED, TargetStatus.REVIEWED))
        self.status_combo.addItem(self.tr("Reviewed only"), (TargetStatus.REVIEWED,))
        self.suggestions_check = QCheckBox(self.tr("Include suggestions not yet accepted"))
        self.curated_check = QCheckBox(self.tr("Only curated annotations"))
        self.rules_check = QCheckBox(self.tr("Refuse events that break the taxonomy's rules"))
        self.qa_check = QCheckBox(self.tr("Include the QA issues (JSONL, XLIFF)"))
        self.qa_check.setChecked(True)
        self.side_combo = QComboBox()
        self.side_combo.addItem(self.tr("Turkish"), "tr")
        self.side_combo.addItem(self.tr("English"), "en")
        self.split_check = QCheckBox(self.tr("Split into train / dev / test by document"))
        self.train_spin, self.dev_spin, self.test_spin = QSpinBox(), QSpinBox(), QSpinBox()
        for spin, value in ((self.train_spin, 80), (self.dev_spin, 10), (self.test_spin, 10)):
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(value)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 999_999)
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._build_layout()
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.split_check.toggled.connect(self._on_split_check_toggled)
        self._on_format_combo_changed()
        self._on_split_check_toggled(False)

    def _build_layout(self) -> None:
        split_row = QHBoxLayout()
        for spin in (self.train_spin, self.dev_spin, self.test_spin):
            split_row.addWidget(spin)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Documents:"), self.scope_combo)
        form.addRow(self.tr("Sentences:"), self.status_combo)
        form.addRow("", self.suggestions_check)
        form.addRow("", self.curated_check)
        form.addRow("", self.rules_check)
        form.addRow("", self.qa_check)
        form.addRow(self.tr("Span text for doccano / Label Studio:"), self.side_combo)
        form.addRow("", self.split_check)
        form.addRow(self.tr("Train / dev / test:"), split_row)
        form.addRow(self.tr("Seed:"), self.seed_spin)
        form.addRow(self.tr("Write to:"), path_row)
        form.addRow(self.buttons)

    def export_format(self) -> ExportFormat:
        """The chosen format."""
        return ExportFormat(self.format_combo.currentData())

    def request(self) -> ExportRequest:
        """The export the dialog describes."""
        split = ((self.train_spin.value(), self.dev_spin.value(), self.test_spin.value())
                 if self.split_check.isChecked() else ())
        documents = ((self.current_doc,) if self.scope_combo.currentData() == "current"
                     and self.current_doc else ())
        options = ExportOptions(documents=documents, statuses=self.status_combo.currentData(),
                                include_suggestions=self.suggestions_check.isChecked(),
                                curated=self.curated_check.isChecked(), split=split,
                                seed=self.seed_spin.value(),
                                side=str(self.side_combo.currentData()),
                                enforce_rules=self.rules_check.isChecked(),
                                qa=self.qa_check.isChecked())
        return ExportRequest(self.export_format(), options, Path(self.path_edit.text().strip()))

    def _on_format_combo_changed(self) -> None:
        fmt = self.export_format()
        self.side_combo.setEnabled(fmt in (ExportFormat.DOCCANO, ExportFormat.LABELSTUDIO))
        self.qa_check.setEnabled(fmt in (ExportFormat.JSONL, ExportFormat.XLIFF))
        text = self.path_edit.text().strip()
        suffix = SUFFIXES.get(fmt, ".jsonl")
        stem = Path(text).with_suffix("") if text else Path.home() / "annotator-export"
        self.path_edit.setText(str(stem.with_suffix(suffix)) if not text or
                               Path(text).suffix in {*SUFFIXES.values(), ".jsonl"} else text)

    def _on_split_check_toggled(self, checked: bool) -> None:
        for spin in (self.train_spin, self.dev_spin, self.test_spin, self.seed_spin):
            spin.setEnabled(checked)

    def _on_browse_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text())
        if name:
            self.path_edit.setText(name)

    def _on_buttons_accepted(self) -> None:
        if self.path_edit.text().strip():
            self.accept()

    @classmethod
    def get_request(cls, current_doc: str | None,
                    parent: QWidget | None = None) -> ExportRequest | None:
        """Show the dialog; the chosen export, or None when cancelled."""
        dialog = cls(current_doc, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
