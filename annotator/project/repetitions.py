"""Repetitions: a confirmed sentence's English becomes the draft of its identical twins.

When a translator confirms a sentence, every other sentence of the project with the same source
(NFC, whitespace collapsed) and no English yet gets that English with status ``draft``, as one
undoable step (:class:`FillRepetitions`): undo puts each filled sentence back as it was.
"""

from __future__ import annotations

from annotator.core.models import Target, TargetStatus
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.undo import UndoableEdit
from annotator.storage.targets import get_target, save_target
from annotator.storage.tm import CONFIRMED, repetitions


class FillRepetitions(UndoableEdit):
    """Give the English of a confirmed sentence to its untranslated repetitions as a draft.

    ``apply()`` fills nothing when the sentence's English is empty or not translated/reviewed.
    The sentences are chosen on the first ``apply()``; redo fills the same ones. ``count`` is
    how many were filled (the window pushes no undo step when it is 0).
    """

    def __init__(self, project: ProjectBase, sentence_id: int) -> None:
        super().__init__(project)
        self.sentence_id = sentence_id
        self.text = ""
        self.filled: list[int] | None = None
        self.before: dict[int, Target] = {}

    @property
    def count(self) -> int:
        """How many sentences the step fills."""
        return len(self.filled or ())

    def apply(self) -> Changes:
        who = self.project.who
        with self.project.transaction() as db:
            if self.filled is None:
                confirmed = get_target(db, self.sentence_id)
                self.text = confirmed.text
                wanted = bool(confirmed.text) and str(confirmed.status) in CONFIRMED
                self.filled = repetitions(db, self.sentence_id) if wanted else []
            self.before = {sid: get_target(db, sid) for sid in self.filled}
            for sentence_id in self.filled:
                save_target(db, sentence_id, self.text, TargetStatus.DRAFT, who)
        return Changes.of(sentences=self.filled)

    def revert(self) -> Changes:
        assert self.filled is not None, "revert before apply"
        who = self.project.who
        with self.project.transaction() as db:
            for sentence_id, before in self.before.items():
                save_target(db, sentence_id, before.text, before.status, who)
        return Changes.of(sentences=self.filled)
