"""The glossary terms found in the current sentence, in the detail pane.

One line per term found (glossary entries and actor names alike), numbered in reading order: the
Turkish as written in the sentence → the preferred English (other accepted terms after it), and
the entry's note or forbidden variants; lines wrap, as the pane is narrow. Ctrl+Space opens a
numbered menu of the English terms to insert at the cursor; double-click or Enter on a line
inserts its English too.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
        self.term_list = QListWidget()
        self.term_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.term_list.setWordWrap(True)
        self.term_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.term_list.setMinimumHeight(self.fontMetrics().lineSpacing() + 4)  # one line
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
            item = QListWidgetItem(self.tr("No glossary term in this sentence."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.term_list.addItem(item)
            return
        for number, hit in enumerate(hits, start=1):
            english = hit.term.preferred or self.tr("(no English yet)")
            # An actor's English aliases are names to recognise, not renderings to choose from.
            others = hit.term.targets[1:] if hit.term.origin == "glossary" else ()
            if others:
                english += " (" + "; ".join(others[:3]) + (" …" if len(others) > 3 else "") + ")"
            line = f"{number}. {text[hit.start:hit.end]} → {english}"
            note = self.note_text(hit)
            item = QListWidgetItem(f"{line} · {note}" if note else line)
            item.setToolTip("\n".join(hit.term.targets))
            self.term_list.addItem(item)

    def term_text(self, number: int) -> str | None:
        """The preferred English of term ``number`` (1-based), or None."""
        if not 1 <= number <= len(self.hits):
            return None
        return self.hits[number - 1].term.preferred or None

    def _on_term_list_activated(self, index: QModelIndex) -> None:
        text = self.term_text(index.row() + 1)
        if text:
            self.insert_requested.emit(text)
