"""The undo stack's commands: thin adapters over the project's undoable edits.

A command is pushed only after its edit was applied (``OperationRunner.push``), and the runner
applies or reverts an edit *before* it lets the stack move; so the command's own ``redo`` and
``undo`` only do work when Qt calls them for another reason, and a failure leaves the project,
the views and the stack as they were.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from annotator.project import UndoableEdit


class EditCommand(QUndoCommand):
    """One undo step; ``edit`` does the work, the runner decides when."""

    def __init__(self, edit: UndoableEdit, description: str) -> None:
        super().__init__(description)
        self.edit = edit
        self.already_done = True  # the runner applied the edit before pushing

    def redo(self) -> None:
        if self.already_done:
            self.already_done = False
            return
        self.edit.apply()  # only if Qt redoes by itself; the runner goes through redo()

    def undo(self) -> None:
        if self.already_done:
            self.already_done = False
            return
        self.edit.revert()
