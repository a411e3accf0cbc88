"""The Settings dialog: translator name, interface language and font size."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from annotator.gui.settings import MAX_FONT_POINTS, MIN_FONT_POINTS, UI_LANGUAGES, Preferences


class SettingsDialog(QDialog):
    """Edits :class:`Preferences`; open it with :meth:`get_preferences`."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.name_edit = QLineEdit(current.translator)
        self.name_edit.setPlaceholderText(self.tr("Recorded with every edit and annotation"))
        self.language_combo = QComboBox()
        for code, name in UI_LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current.ui_language))
        self.font_spin = QSpinBox()
        self.font_spin.setRange(MIN_FONT_POINTS, MAX_FONT_POINTS)
        self.font_spin.setSuffix(" pt")
        self.font_spin.setValue(current.font_points)
        self.repetitions_check = QCheckBox(self.tr(
            "When I confirm a sentence, give its English to identical untranslated sentences "
            "(as drafts)"))
        self.repetitions_check.setChecked(current.fill_repetitions)
        self.qa_check = QCheckBox(self.tr(
            "Ask before confirming a sentence that has a QA error (a number, date, footnote or "
            "forbidden term)"))
        self.qa_check.setChecked(current.confirm_asks_on_qa_errors)
        self.restart_label = QLabel(self.tr("A new language applies the next time you start."))
        self.restart_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Your name:"), self.name_edit)
        layout.addRow(self.tr("Interface language:"), self.language_combo)
        layout.addRow("", self.restart_label)
        layout.addRow(self.tr("Text size:"), self.font_spin)
        layout.addRow(self.tr("Repetitions:"), self.repetitions_check)
        layout.addRow(self.tr("Quality checks:"), self.qa_check)
        layout.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def preferences(self) -> Preferences:
        """The values in the dialog."""
        return Preferences(self.name_edit.text().strip(), str(self.language_combo.currentData()),
                           self.font_spin.value(), self.repetitions_check.isChecked(),
                           self.qa_check.isChecked())

    @classmethod
    def get_preferences(cls, current: Preferences, parent: QWidget | None = None
                        ) -> Preferences | None:
        """Show the dialog; the new preferences, or None when cancelled."""
        dialog = cls(current, parent)
        return dialog.preferences() if dialog.exec() == QDialog.DialogCode.Accepted else None
