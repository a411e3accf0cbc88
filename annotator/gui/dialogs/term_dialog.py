"""One glossary entry to add or edit: the Turkish term, its English terms, forbidden variants and
a note. Several English terms are separated by semicolons, the preferred one first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.glossary import GlossaryTerm, clean_term


def split_terms(text: str) -> tuple[str, ...]:
    """``"Foreign Minister; Minister of Foreign Affairs"`` → the two terms, cleaned."""
    return tuple(term for term in (clean_term(part) for part in text.split(";")) if term)


class TermDialog(QDialog):
    """Asks for one entry; :meth:`term` is what was typed (the id of an edited entry kept)."""

    def __init__(self, term: GlossaryTerm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._term = term or GlossaryTerm(source="")
        editing = term is not None and term.id is not None
        self.setWindowTitle(self.tr("Edit glossary entry") if editing
                            else self.tr("Add glossary entry"))
        self.source_edit = QLineEdit(self._term.source)
        self.targets_edit = QLineEdit("; ".join(self._term.targets))
        self.forbidden_edit = QLineEdit("; ".join(self._term.forbidden))
        self.note_edit = QLineEdit(self._term.note)
        self.targets_edit.setPlaceholderText(self.tr("Preferred term first; separate with ;"))
        self.forbidden_edit.setPlaceholderText(self.tr("English renderings not to use"))
        self.hint_label = QLabel(self.tr(
            "Inflected forms are found too: “Dışişleri Bakanı” also in “Dışişleri Bakanı'nın”."))
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Turkish term:"), self.source_edit)
        form.addRow(self.tr("&English:"), self.targets_edit)
        form.addRow(self.tr("&Forbidden:"), self.forbidden_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.source_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(520, self.sizeHint().height())
        (self.targets_edit if self._term.source and not self._term.targets
         else self.source_edit).setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.source_edit.text().strip()))

    def term(self) -> GlossaryTerm:
        """The entry as typed."""
        return GlossaryTerm(source=clean_term(self.source_edit.text()),
                            targets=split_terms(self.targets_edit.text()),
                            forbidden=split_terms(self.forbidden_edit.text()),
                            note=clean_term(self.note_edit.text()), id=self._term.id)

    @classmethod
    def ask(cls, term: GlossaryTerm | None = None,
            parent: QWidget | None = None) -> GlossaryTerm | None:
        """Show the dialog; the entry, or None when cancelled."""
        dialog = cls(term, parent)
        return dialog.term() if dialog.exec() == QDialog.DialogCode.Accepted else None
