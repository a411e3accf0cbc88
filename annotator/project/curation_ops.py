"""Curation operations: take one annotator's version of a sentence, merge chosen items of
several, accept every sentence where all agree. No Qt.

Each builds a :class:`CurateSentences` undoable edit (not yet applied: the window's runner, or
the caller, applies it); applying replaces the curated rows (annotator ``curator``) of the
sentences in one transaction, reverting puts the previous curated rows back with their ids, and
a redo re-inserts exactly the rows the first apply made. See docs/teams.md, "Curation".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from annotator.core.annotations import Event, Mention
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.undo import UndoableEdit
from annotator.storage.curation import (
    CURATOR,
    CurationSentence,
    Version,
    agreeing_sentences,
    curated_rows,
    curation_sentences,
    replace_curated,
    restore_curated,
)

__all__ = ["CURATOR", "CurateSentences", "CurationOps", "CurationSentence", "Version"]


class CurateSentences(UndoableEdit):
    """Make each sentence's curated rows copies of the given mentions and events."""

    def __init__(self, project: ProjectBase, chosen: dict[int, Version]) -> None:
        super().__init__(project)
        self.chosen = chosen  # sentence id -> the rows to copy (any annotators)
        self._before: dict[int, Version] = {}
        self._after: dict[int, Version] = {}

    @property
    def count(self) -> int:
        """How many sentences the step curates (0: no undo step)."""
        return len(self.chosen)

    def _changes(self) -> Changes:
        return Changes.of(annotations=self.chosen)

    def apply(self) -> Changes:
        who = self.project.who
        with self.project.transaction() as db:
            if not self._after:  # the first time: copy, and remember what was there
                before = {sid: curated_rows(db, sid) for sid in self.chosen}
                after = {sid: replace_curated(db, sid, v.mentions, v.events, who)
                         for sid, v in self.chosen.items()}
                self._before, self._after = before, after
            else:  # redo: the very rows (ids) of the first time
                for sentence_id, rows in self._after.items():
                    restore_curated(db, sentence_id, rows, who)
        return self._changes()

    def revert(self) -> Changes:
        assert self._after, "revert before apply"
        with self.project.transaction() as db:
            for sentence_id, rows in self._before.items():
                restore_curated(db, sentence_id, rows, self.project.who)
        return self._changes()


class CurationOps(ProjectBase):
    """``curation``, ``take``, ``take_items``, ``accept_agreeing`` and the curating mode."""

    def curation(self, doc_id: str) -> list[CurationSentence]:
        """The document's sentences with every annotator's version and the curated one (empty
        when fewer than two people annotated it)."""
        with self.snapshot() as db:
            return curation_sentences(db, doc_id)

    def _sentence(self, sentence_id: int) -> CurationSentence:
        with self.snapshot() as db:
            row = db.execute("SELECT document_id FROM sentences WHERE id = ?",
                             [sentence_id]).fetchone()
            sentences = curation_sentences(db, row[0]) if row else []
        found = next((s for s in sentences if s.sentence_id == sentence_id), None)
        if found is None:  # not a sentence of a document two people annotated: nothing to take
            return CurationSentence(sentence_id, 0, "", (), Version(CURATOR))
        return found

    def take(self, sentence_id: int, annotator: str) -> CurateSentences:
        """The edit that makes ``annotator``'s version of the sentence its curated one."""
        version = self._sentence(sentence_id).version(annotator)
        return CurateSentences(self, {sentence_id: version})

    def take_items(self, sentence_id: int,
                   items: Sequence[Mention | Event]) -> CurateSentences:
        """The edit that makes the chosen mentions and events (from any annotators) the
        sentence's curated version; copied events stay bound to the copies of their mentions."""
        mentions = tuple(i for i in items if isinstance(i, Mention))
        events = tuple(i for i in items if isinstance(i, Event))
        return CurateSentences(self, {sentence_id: Version(CURATOR, mentions, events)})

    def accept_agreeing(self, doc_id: str) -> CurateSentences:
        """One edit taking the first annotator's version of every sentence where all agree and
        that is not curated yet; its ``count`` is how many sentences."""
        with self.snapshot() as db:
            agreeing = agreeing_sentences(db, doc_id)
        return CurateSentences(self, {s.sentence_id: s.versions[0] for s in agreeing})

    @contextmanager
    def curating(self) -> Iterator[None]:
        """While inside, the person working is :data:`CURATOR`: edits made in the annotation
        panel (which stamps rows with the window's name) keep curated rows the curator's."""
        previous: Callable[[], str | None] = self._who
        self.set_who(lambda: CURATOR)
        try:
            yield
        finally:
            self.set_who(previous)
