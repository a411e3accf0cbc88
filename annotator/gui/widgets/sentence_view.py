"""A read-only view of one side of a sentence where spans are selected and highlighted.

Mentions are painted with a background colour per actor, event triggers underlined, proposed
(projected or suggested) spans with a dotted outline colour; the text itself is set as plain text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Side
from annotator.core.text_offsets import from_utf16, to_utf16

PALETTE = ["#ffe082", "#a5d6a7", "#90caf9", "#f48fb1", "#ce93d8", "#ffcc80", "#80cbc4",
           "#bcaaa4"]


@dataclass(frozen=True)
class Highlight:
    """A span to paint: ``kind`` is ``mention``, ``trigger``, ``proposal`` or ``review``."""

    start: int
    end: int
    kind: str
    colour_key: str = ""


def highlights(mentions: Iterable[Mention], events: Iterable[Event],
               proposal: Mention | None = None) -> dict[Side, list[Highlight]]:
    """What to paint on each side: mentions (suggested ones as proposals, flagged ones for
    review), event triggers, and a projection waiting for F7."""
    spans: dict[Side, list[Highlight]] = {Side.TR: [], Side.EN: []}
    for mention in mentions:
        kind = "review" if mention.needs_review else (
            "proposal" if mention.status is AnnotationStatus.SUGGESTED else "mention")
        spans[mention.side].append(Highlight(mention.start, mention.end, kind, mention.actor_id))
    for event in events:
        for side, span in ((Side.TR, event.trigger_tr), (Side.EN, event.trigger_en)):
            if span is not None:
                spans[side].append(Highlight(span[0], span[1], "trigger"))
    if proposal is not None:
        spans[proposal.side].append(Highlight(proposal.start, proposal.end, "proposal"))
    return spans


class SentenceView(QPlainTextEdit):
    """Shows a sentence; reports the selected span in Python offsets."""

    selection_changed_span = Signal(int, int)
    typing_refused = Signal()  # a printable key: the text is edited elsewhere (the grid)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self._text = ""
        self._colours: dict[str, QColor] = {}
        self.selectionChanged.connect(self._on_selection_changed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        if text and text.isprintable() and plain:
            self.typing_refused.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def set_sentence(self, text: str) -> None:
        """Show ``text`` (plain) with no highlights."""
        self._text = text
        self.setPlainText(text)
        self.setExtraSelections([])

    def text(self) -> str:
        """The text shown."""
        return self._text

    def selected_span(self) -> tuple[int, int] | None:
        """The selection in Python offsets, trimmed of spaces and punctuation; None if empty."""
        cursor = self.textCursor()
        start = from_utf16(self._text, cursor.selectionStart())
        end = from_utf16(self._text, cursor.selectionEnd())
        while start < end and not self._text[start].isalnum():
            start += 1
        while end > start and not self._text[end - 1].isalnum() and self._text[end - 1] != ".":
            end -= 1
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        """Select ``start:end`` (Python offsets)."""
        cursor = self.textCursor()
        cursor.setPosition(to_utf16(self._text, start))
        cursor.setPosition(to_utf16(self._text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        """Paint mentions, triggers and proposals."""
        selections = []
        for item in highlights:
            selection = QTextEdit.ExtraSelection()
            cursor = self.textCursor()
            cursor.setPosition(to_utf16(self._text, item.start))
            cursor.setPosition(to_utf16(self._text, item.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = self._format(item)
            selections.append(selection)
        self.setExtraSelections(selections)

    def _format(self, item: Highlight) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if item.kind == "mention":
            fmt.setBackground(self._colour(item.colour_key))
        elif item.kind == "trigger":
            fmt.setFontUnderline(True)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#c62828"))
            fmt.setFontWeight(700)
        elif item.kind == "review":
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#e65100"))
        else:  # a proposal waiting to be accepted
            fmt.setBackground(QColor("#e0e0e0"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor("#1565c0"))
        return fmt

    def _colour(self, key: str) -> QColor:
        if key not in self._colours:
            self._colours[key] = QColor(PALETTE[len(self._colours) % len(PALETTE)])
        return self._colours[key]

    def _on_selection_changed(self) -> None:
        span = self.selected_span()
        if span is not None:
            self.selection_changed_span.emit(*span)
