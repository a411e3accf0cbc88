"""The glossary terms found in the current sentence, in the detail pane.

One row per term found (glossary entries and actor names alike), numbered in reading order: the
Turkish as written in the sentence, the preferred English (other accepted terms after it), and
the entry's note or forbidden variants. Ctrl+Space opens a numbered menu of the English terms to
insert at the cursor; double-click or Enter on a row inserts its English too.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.term_match import TermHit


class TermsPane(QWidget):
    """Lists the terms of one sentence; emits ``insert_requested`` with an English term."""

    insert_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[TermHit] = []
        self.title_label = QLabel(self.tr("Glossary (Ctrl+Space inserts)"))
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.term_list = QTreeWidget()
        self.term_list.setRootIsDecorated(False)
        self.term_list.setColumnCount(3)
        self.term_list.setHeaderLabels([self.tr("Turkish"), self.tr("English"),
                                        self.tr("Note")])
        self.term_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.term_list.setWordWrap(True)
        header = self.term_list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.term_list.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.term_list)
        self.term_list.activated.connect(self._on_term_list_activated)

    def note_text(self, hit: TermHit) -> str:
        """What the third column says: the note, forbidden variants, or the actor's id."""
        term = hit.term
        parts = []
        if term.origin == "actor":
            parts.append(self.tr("actor %s") % term.actor_id)
        elif term.note:
            parts.append(term.note)
        if term.forbidden:
            parts.append(self.tr("not: %s") % ", ".join(term.forbidden))
        return " · ".join(parts)

    def show_terms(self, text: str, hits: list[TermHit]) -> None:
        """Show the terms found in ``text`` (the sentence's Turkish)."""
        self.hits = list(hits)
        self.term_list.clear()
        if not hits:
            item = QTreeWidgetItem([self.tr("No glossary term in this sentence."), "", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.term_list.addTopLevelItem(item)
            return
        for number, hit in enumerate(hits, start=1):
            english = hit.term.preferred or self.tr("(no English yet)")
            others = hit.term.targets[1:]
            if others:
                english += " (" + "; ".join(others) + ")"
            item = QTreeWidgetItem([f"{number}. {text[hit.start:hit.end]}", english,
                                    self.note_text(hit)])
            item.setToolTip(1, "\n".join(hit.term.targets))
            self.term_list.addTopLevelItem(item)

    def term_text(self, number: int) -> str | None:
        """The preferred English of term ``number`` (1-based), or None."""
        if not 1 <= number <= len(self.hits):
            return None
        return self.hits[number - 1].term.preferred or None

    def _on_term_list_activated(self, index: QModelIndex) -> None:
        text = self.term_text(index.row() + 1)
        if text:
            self.insert_requested.emit(text)
