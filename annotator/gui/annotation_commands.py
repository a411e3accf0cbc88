"""Undoable annotation steps: add a mention, save an event frame, review, delete.

Each step is a :class:`CallbackCommand` on the editor's undo stack whose redo and undo write to
SQLite at once and then call ``on_change`` (the panel repaints). Redo after undo restores the same
ids, so history rows and exports stay consistent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus
from annotator.gui.undo_commands import CallbackCommand
from annotator.storage import annotations as store
from annotator.storage.connection import ProjectConnections


class AnnotationCommands(QObject):
    """Builds and pushes the undoable annotation steps of one project."""

    def __init__(self, project: ProjectConnections, undo_stack: QUndoStack,
                 annotator: Callable[[], str | None], on_change: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack
        self._annotator = annotator
        self._on_change = on_change

    def push(self, description: str, redo: Callable[[], object],
             undo: Callable[[], object]) -> None:
        """Push a step; each direction writes, then repaints."""
        def then_repaint(step: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                step()
                self._on_change()
            return run

        self.undo_stack.push(CallbackCommand(description, then_repaint(redo),
                                             then_repaint(undo)))

    def add_mention(self, mention: Mention, description: str) -> None:
        """Store a new mention (undo deletes it; redo puts it back with its id)."""
        db = self.project.db
        state = {"mention": mention}

        def redo() -> None:
            state["mention"] = store.add_mention(db, state["mention"])

        self.push(description, redo,
                  lambda: store.delete_mention(db, state["mention"].id or -1, self._annotator()))

    def save_event(self, event: Event) -> None:
        """Add a new frame (empty id) or replace a stored one."""
        db = self.project.db
        if not event.id:
            state = {"event": replace(event, id=store.new_event_id())}
            self.push(self.tr("Add %s event") % event.type,
                      lambda: state.update(event=store.add_event(db, state["event"])),
                      lambda: store.delete_event(db, state["event"].id, self._annotator()))
            return
        before = store.get_event(db, event.id)
        self.push(self.tr("Edit %s event") % event.type,
                  lambda: store.update_event(db, event), lambda: store.update_event(db, before))

    def set_statuses(self, table: str, items: Sequence[Mention | Event],
                     status: AnnotationStatus) -> None:
        """Accept or reject ``items`` (all mentions or all events); undo restores each status."""
        db, who = self.project.db, self._annotator()
        ids = [item.id for item in items if item.id is not None]
        getter = store.get_mention if table == "mentions" else store.get_event
        saved: list[Mention | Event] = []

        def redo() -> None:
            saved[:] = [getter(db, item_id) for item_id in ids]  # type: ignore[arg-type]
            store.set_status(db, table, ids, status, who)  # type: ignore[arg-type]

        def undo() -> None:  # the rows exactly as they were, annotator included, in one go
            with db.atomic():
                for item in saved:
                    if isinstance(item, Mention):
                        store.update_mention(db, item)
                    else:
                        store.update_event(db, item)

        self.push(self.tr("Review %n annotation(s)", "", len(ids)), redo, undo)

    def accept(self, mentions: Sequence[Mention], events: Sequence[Event],
               description: str) -> int:
        """Accept suggestions in one undo step; returns how many."""
        self.undo_stack.beginMacro(description)
        if mentions:
            self.set_statuses("mentions", mentions, AnnotationStatus.ACCEPTED)
        if events:
            self.set_statuses("events", events, AnnotationStatus.ACCEPTED)
        self.undo_stack.endMacro()
        return len(mentions) + len(events)

    def delete(self, item: Mention | Event) -> None:
        """Delete a mention or an event (undo re-inserts it with its id)."""
        db, who = self.project.db, self._annotator()
        removed: list[Mention | Event] = []  # the row as it was when deleted, not as shown

        def redo() -> None:
            if isinstance(item, Mention):
                removed.append(store.delete_mention(db, item.id or -1, who))
            else:
                removed.append(store.delete_event(db, item.id, who))

        def undo() -> None:
            row = removed.pop()
            if isinstance(row, Mention):
                store.add_mention(db, row)
            else:
                store.add_event(db, row)

        kind = self.tr("Delete mention") if isinstance(item, Mention) else self.tr("Delete event")
        self.push(kind, redo, undo)
