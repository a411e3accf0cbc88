"""Project settings and the figures they shape: which parts are meant to be translated (what
progress counts), and the source word counts by part and status."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.models import BlockRole
from annotator.core.word_count import DocumentWords
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.storage.documents import document_words, set_translatable_roles, translatable_roles


class SettingsOps(ProjectBase):
    """The project's translatable parts and word counts."""

    def translatable_roles(self) -> tuple[BlockRole, ...]:
        """The parts progress counts (title and body unless changed), in reading-role order."""
        return translatable_roles(self.db)

    def set_translatable_roles(self, roles: Iterable[str]) -> Changes:
        """Make ``roles`` the parts progress counts (one transaction); an unknown part or none
        at all raises a StorageError and changes nothing. Every document's figures change."""
        set_translatable_roles(self.db, list(roles))
        return Changes.of(document_list=True)

    def document_words(self, doc_id: str) -> DocumentWords:
        """A document's sentences and source words by part and status."""
        return document_words(self.db, doc_id)[0]

    def word_counts(self) -> list[DocumentWords]:
        """Every document's sentences and source words by part and status, in list order."""
        with self.snapshot() as db:
            return document_words(db)
