"""Undoable glossary edits: add, change and remove one entry (see :mod:`annotator.project.undo`)."""

from __future__ import annotations

from annotator.core.glossary import GlossaryTerm
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.undo import UndoableEdit
from annotator.storage import glossary as store

GLOSSARY_CHANGED = Changes(glossary=True)


class AddTerm(UndoableEdit):
    """A new glossary entry; undo removes it, redo puts it back with the same id."""

    def __init__(self, project: ProjectBase, term: GlossaryTerm) -> None:
        super().__init__(project)
        self.term = term
        self.saved: GlossaryTerm | None = None

    def apply(self) -> Changes:
        if self.saved is None:
            self.saved = store.add_term(self.project.db, self.term, self.project.who)
        else:
            store.restore_term(self.project.db, self.saved, self.project.who)
        return GLOSSARY_CHANGED

    def revert(self) -> Changes:
        assert self.saved is not None and self.saved.id is not None, "revert before apply"
        store.delete_term(self.project.db, self.saved.id, self.project.who)
        return GLOSSARY_CHANGED


class EditTerm(UndoableEdit):
    """An entry's Turkish term, English terms, forbidden variants or note changed."""

    def __init__(self, project: ProjectBase, term: GlossaryTerm) -> None:
        super().__init__(project)
        self.term = term
        self.before: GlossaryTerm | None = None

    def apply(self) -> Changes:
        assert self.term.id is not None, "an edit names a stored entry"
        with self.project.transaction() as db:
            if self.before is None:
                self.before = store.get_term(db, self.term.id)
            self.term = store.update_term(db, self.term, self.project.who)
        return GLOSSARY_CHANGED

    def revert(self) -> Changes:
        assert self.before is not None, "revert before apply"
        store.update_term(self.project.db, self.before, self.project.who)
        return GLOSSARY_CHANGED


class DeleteTerm(UndoableEdit):
    """An entry removed; undo restores it with its id."""

    def __init__(self, project: ProjectBase, term_id: int) -> None:
        super().__init__(project)
        self.term_id = term_id
        self.before: GlossaryTerm | None = None

    def apply(self) -> Changes:
        self.before = store.delete_term(self.project.db, self.term_id, self.project.who)
        return GLOSSARY_CHANGED

    def revert(self) -> Changes:
        assert self.before is not None, "revert before apply"
        store.restore_term(self.project.db, self.before, self.project.who)
        return GLOSSARY_CHANGED
