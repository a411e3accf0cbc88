"""Undoable changes to the English and to annotations; each redo and undo writes to SQLite."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core.models import Target, TargetStatus

# Writes (sentence id, text, status) to the project and shows the result in the grid.
TargetWriter = Callable[[int, str, TargetStatus], None]
# Takes a snapshot of a sentence's English annotations, and puts one back.
SpanKeeper = tuple[Callable[[], object], Callable[[object], None]]


class SetTargetCommand(QUndoCommand):
    """Set a sentence's English text and status; undo restores the previous pair."""

    def __init__(self, writer: TargetWriter, before: Target, text: str, status: TargetStatus,
                 description: str, spans: SpanKeeper | None = None) -> None:
        super().__init__(description)
        self._writer = writer
        self._sentence_id = before.sentence_id
        self._before = (before.text, before.status)
        self._after = (text, status)
        self._spans = spans
        self._saved_spans: object | None = None

    def redo(self) -> None:
        if self._spans is not None and self._saved_spans is None:
            self._saved_spans = self._spans[0]()  # English annotations before re-anchoring
        self._writer(self._sentence_id, *self._after)

    def undo(self) -> None:
        self._writer(self._sentence_id, *self._before)
        if self._spans is not None and self._saved_spans is not None:
            self._spans[1](self._saved_spans)  # put them back exactly, not re-re-anchored


class CallbackCommand(QUndoCommand):
    """An undoable step made of two callables, for annotation changes.

    Each callable writes to SQLite (one transaction) and refreshes what the window shows; the
    annotation panel builds them so that redo after undo restores the same ids.
    """

    def __init__(self, description: str, redo: Callable[[], None],
                 undo: Callable[[], None]) -> None:
        super().__init__(description)
        self._redo = redo
        self._undo = undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()
