"""Edits a person can undo, as plain objects: ``apply()`` does (and redoes) one, ``revert()``
undoes it; each returns the :class:`Changes` it made.

Both run in one transaction: when either raises (a busy project, a row deleted meanwhile) the
project is exactly as it was, and the caller leaves its undo history as it was too. The window
wraps these in ``QUndoCommand``s that are pushed only after ``apply()`` succeeded; the tests use
them without Qt.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import replace

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Target, TargetStatus
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.storage import annotations as store
from annotator.storage.annotations import EnglishSpans, english_spans, restore_english_spans
from annotator.storage.targets import get_target, save_target


class UndoableEdit(ABC):
    """One undoable change to a project."""

    def __init__(self, project: ProjectBase) -> None:
        self.project = project

    @abstractmethod
    def apply(self) -> Changes:
        """Make the change (the first time and on redo)."""

    @abstractmethod
    def revert(self) -> Changes:
        """Undo the change."""


class SetTarget(UndoableEdit):
    """Set a sentence's English and status; undo restores both and the English annotations
    exactly as they were (not re-re-anchored)."""

    def __init__(self, project: ProjectBase, sentence_id: int, text: str,
                 status: TargetStatus) -> None:
        super().__init__(project)
        self.sentence_id, self.text, self.status = sentence_id, text, status
        self.before: Target | None = None
        self._spans: EnglishSpans | None = None
        self.saved: Target | None = None

    def _changes(self) -> Changes:
        return Changes.of(sentences=[self.sentence_id], annotations=[self.sentence_id])

    def apply(self) -> Changes:
        with self.project.transaction() as db:
            if self.before is None:
                self.before = get_target(db, self.sentence_id)
                self._spans = english_spans(db, self.sentence_id)
            self.saved = save_target(db, self.sentence_id, self.text, self.status,
                                     self.project.who)
        return self._changes()

    def revert(self) -> Changes:
        assert self.before is not None, "revert before apply"
        with self.project.transaction() as db:
            self.saved = save_target(db, self.sentence_id, self.before.text, self.before.status,
                                     self.project.who)
            if self._spans is not None:
                restore_english_spans(db, self._spans)
        return self._changes()


class ReplaceInTargets(UndoableEdit):
    """Several sentences' English changed in one step (Replace all); undo restores each."""

    def __init__(self, project: ProjectBase,
                 replacements: Sequence[tuple[int, str, TargetStatus]]) -> None:
        super().__init__(project)
        self.edits = [SetTarget(project, sentence_id, text, status)
                      for sentence_id, text, status in replacements]

    @property
    def count(self) -> int:
        """How many sentences the step changes."""
        return len(self.edits)

    def apply(self) -> Changes:
        changes = Changes()
        with self.project.transaction():  # all sentences or none
            for edit in self.edits:
                changes |= edit.apply()
        return changes

    def revert(self) -> Changes:
        changes = Changes()
        with self.project.transaction():
            for edit in reversed(self.edits):
                changes |= edit.revert()
        return changes


class AddMention(UndoableEdit):
    """Store a new mention; undo deletes it, redo puts it back with the same id."""

    def __init__(self, project: ProjectBase, mention: Mention) -> None:
        super().__init__(project)
        self.mention = mention

    def apply(self) -> Changes:
        with self.project.transaction() as db:
            self.mention = store.add_mention(db, self.mention)
        return Changes.of(annotations=[self.mention.sentence_id])

    def revert(self) -> Changes:
        with self.project.transaction() as db:
            store.delete_mention(db, self.mention.id or -1, self.project.who)
        return Changes.of(annotations=[self.mention.sentence_id])


class SaveEvent(UndoableEdit):
    """Add a new event frame (empty id) or replace a stored one; undo restores the old frame."""

    def __init__(self, project: ProjectBase, event: Event) -> None:
        super().__init__(project)
        self.is_new = not event.id
        self.event = replace(event, id=event.id or store.new_event_id())
        self.before: Event | None = None

    def apply(self) -> Changes:
        with self.project.transaction() as db:
            # Arguments the frame did not bind (a new frame, an actor changed) are bound to the
            # sentence's best matching mention, as imports and suggestions do.
            mentions = store.sentence_mentions(db, self.event.sentence_id)
            self.event = store.bind_arguments(self.event, mentions)
            if self.is_new:
                self.event = store.add_event(db, self.event)
            else:
                if self.before is None:
                    self.before = store.get_event(db, self.event.id)
                self.event = store.update_event(db, self.event)
        return Changes.of(annotations=[self.event.sentence_id])

    def revert(self) -> Changes:
        with self.project.transaction() as db:
            if self.is_new:
                store.delete_event(db, self.event.id, self.project.who)
            else:
                assert self.before is not None, "revert before apply"
                store.update_event(db, self.before)
        return Changes.of(annotations=[self.event.sentence_id])


class SetStatuses(UndoableEdit):
    """Accept or reject mentions and events in one step; undo restores every row as it was,
    annotator included. An event's argument mentions (the spans its actors and recipients are
    bound to) get the event's new status in the same step."""

    def __init__(self, project: ProjectBase, mentions: Sequence[Mention],
                 events: Sequence[Event], status: AnnotationStatus) -> None:
        super().__init__(project)
        self.mention_ids = [m.id for m in mentions if m.id is not None]
        self.event_ids = [e.id for e in events if e.id]
        self.status = status
        self.sentences = {m.sentence_id for m in mentions} | {e.sentence_id for e in events}
        self._saved: list[Mention | Event] = []

    @property
    def count(self) -> int:
        """How many annotations the step reviews (argument mentions not counted)."""
        return len(self.mention_ids) + len(self.event_ids)

    def apply(self) -> Changes:
        who = self.project.who
        with self.project.transaction() as db:
            events = [store.get_event(db, i) for i in self.event_ids]
            mention_ids = list(dict.fromkeys(
                [*self.mention_ids, *(m for e in events for m in store.argument_mentions(e))]))
            saved: list[Mention | Event] = [store.get_mention(db, i) for i in mention_ids]
            saved += events
            store.set_status(db, "mentions", mention_ids, self.status, who)
            store.set_status(db, "events", self.event_ids, self.status, who)
        self._saved = saved
        self.sentences |= {item.sentence_id for item in saved}
        return Changes.of(annotations=self.sentences)

    def revert(self) -> Changes:
        with self.project.transaction() as db:
            for item in self._saved:
                if isinstance(item, Mention):
                    store.update_mention(db, item)
                else:
                    store.update_event(db, item)
        return Changes.of(annotations=self.sentences)


class DeleteAnnotation(UndoableEdit):
    """Delete a mention or an event; undo re-inserts the row as it was when deleted."""

    def __init__(self, project: ProjectBase, item: Mention | Event) -> None:
        super().__init__(project)
        self.item = item
        self._removed: Mention | Event | None = None

    def apply(self) -> Changes:
        who = self.project.who
        with self.project.transaction() as db:
            if isinstance(self.item, Mention):
                self._removed = store.delete_mention(db, self.item.id or -1, who)
            else:
                self._removed = store.delete_event(db, self.item.id, who)
        return Changes.of(annotations=[self.item.sentence_id])

    def revert(self) -> Changes:
        removed = self._removed
        assert removed is not None, "revert before apply"
        with self.project.transaction() as db:
            if isinstance(removed, Mention):
                store.add_mention(db, removed)
            else:
                store.add_event(db, removed)
        return Changes.of(annotations=[self.item.sentence_id])
