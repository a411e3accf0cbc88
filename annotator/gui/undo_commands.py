"""Undoable changes to the English of a sentence. Each redo and undo writes to SQLite at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core.models import Target, TargetStatus

# Writes (sentence id, text, status) to the project and shows the result in the grid.
TargetWriter = Callable[[int, str, TargetStatus], None]


class SetTargetCommand(QUndoCommand):
    """Set a sentence's English text and status; undo restores the previous pair."""

    def __init__(self, writer: TargetWriter, before: Target, text: str, status: TargetStatus,
                 description: str) -> None:
        super().__init__(description)
        self._writer = writer
        self._sentence_id = before.sentence_id
        self._before = (before.text, before.status)
        self._after = (text, status)

    def redo(self) -> None:
        self._writer(self._sentence_id, *self._after)

    def undo(self) -> None:
        self._writer(self._sentence_id, *self._before)
