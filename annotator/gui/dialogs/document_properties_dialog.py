"""Document properties: the metadata, sentence and source word counts by status, and the
project's translatable parts (what progress counts, in every document).

The dialog only reads; the parts chosen are returned by :meth:`show_properties` for the caller to
save through the operation runner (``project.set_translatable_roles``).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from annotator.core.models import BlockRole, Document, TargetStatus
from annotator.core.word_count import ALL_ROLES, DocumentWords
from annotator.gui.models.segment_table_model import role_label, status_label


class PropertiesSource(Protocol):
    """What the dialog reads from the project."""

    def document(self, doc_id: str) -> Document: ...

    def document_words(self, doc_id: str) -> DocumentWords: ...


def plain_label(text: str, *, wrap: bool = False) -> QLabel:
    """A label showing ``text`` as it is (document text never renders as markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DocumentPropertiesDialog(QDialog):
    """Shows one document's properties; open it with :meth:`show_properties`."""

    def __init__(self, document: Document, counts: DocumentWords,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = counts
        self.setWindowTitle(self.tr("Document properties"))
        self.title_label = plain_label(document.title, wrap=True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.sentences_label = plain_label("")
        self.words_label = plain_label("")
        info = QFormLayout()
        for caption, value in ((self.tr("Author:"), document.author),
                               (self.tr("Publisher:"), document.publisher),
                               (self.tr("Published:"), document.published),
                               (self.tr("Source file:"), document.source_name),
                               (self.tr("Imported:"), document.imported_at)):
            info.addRow(caption, plain_label(value or "—"))
        info.addRow(self.tr("Sentences:"), self.sentences_label)
        info.addRow(self.tr("Words:"), self.words_label)

        self.status_box = QGroupBox(self.tr("Parts meant to be translated, by status"))
        grid = QGridLayout(self.status_box)
        grid.addWidget(QLabel(self.tr("Sentences")), 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(QLabel(self.tr("Words")), 0, 2, Qt.AlignmentFlag.AlignRight)
        self.count_labels: dict[TargetStatus | None, tuple[QLabel, QLabel]] = {}
        statuses: list[tuple[TargetStatus | None, str]] = [
            (status, status_label(status)) for status in TargetStatus]
        for row, (status, caption) in enumerate([*statuses, (None, self.tr("Total"))], start=1):
            grid.addWidget(QLabel(caption), row, 0)
            cells = (QLabel(), QLabel())
            for column, cell in enumerate(cells, start=1):
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignRight)
            self.count_labels[status] = cells

        self.roles_box = QGroupBox(self.tr("Parts meant to be translated (every document)"))
        roles_layout = QGridLayout(self.roles_box)
        self.role_checks: dict[BlockRole, QCheckBox] = {}
        for index, role in enumerate(BlockRole):
            check = QCheckBox(role_label(role))
            check.setChecked(role in counts.roles)
            roles_layout.addWidget(check, index // 3, index % 3)
            self.role_checks[role] = check
        self.roles_note_label = QLabel(self.tr(
            "Progress in the document list counts these parts only."))
        self.roles_note_label.setWordWrap(True)
        roles_layout.addWidget(self.roles_note_label, 3, 0, 1, 3)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(info)
        layout.addWidget(self.status_box)
        layout.addWidget(self.roles_box)
        layout.addWidget(self.buttons)
        self._show_counts()

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for check in self.role_checks.values():
            check.toggled.connect(self._on_role_check_toggled)

    def chosen_roles(self) -> tuple[BlockRole, ...]:
        """The parts ticked, in :class:`BlockRole` order."""
        return tuple(role for role, check in self.role_checks.items() if check.isChecked())

    def _show_counts(self) -> None:
        roles = self.chosen_roles()
        counts = self.counts
        self.sentences_label.setText(self.tr("%1 (%2 to translate)")
                                     .replace("%1", str(counts.sentences(ALL_ROLES)))
                                     .replace("%2", str(counts.sentences(roles))))
        self.words_label.setText(self.tr("%1 (%2 to translate)")
                                 .replace("%1", str(counts.total_words))
                                 .replace("%2", str(counts.words(roles))))
        for status, (sentences_cell, words_cell) in self.count_labels.items():
            sentences_cell.setText(str(counts.sentences(roles, status)))
            words_cell.setText(str(counts.words(roles, status)))
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(bool(roles))

    @Slot(bool)
    def _on_role_check_toggled(self, _checked: bool) -> None:
        self._show_counts()

    @classmethod
    def show_properties(cls, project: PropertiesSource, doc_id: str,
                        parent: QWidget | None = None) -> tuple[BlockRole, ...] | None:
        """Show the properties of ``doc_id``; the translatable parts chosen when the person
        changed them and pressed OK, else None. Reading errors propagate (run it through the
        operation runner)."""
        dialog = cls(project.document(doc_id), project.document_words(doc_id), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen_roles()
        return chosen if chosen != dialog.counts.roles else None
