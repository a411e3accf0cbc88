"""Glossary operations: the terms of a sentence, entries, and TBX/CSV import and export.

The term index (:class:`~annotator.core.term_match.TermIndex`) covers the glossary's entries and
the actor registry (an actor is a term: its Turkish name and aliases, its English name and
aliases). It is built once per project and rebuilt when a cheap stamp says entries or actors
changed, so moving from row to row costs one lookup, not a rebuild. No Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotator.core.glossary import GlossaryTerm
from annotator.core.term_match import TermHit, TermIndex
from annotator.exchange.glossary_files import GlossaryFileImport, read_glossary, write_glossary
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import Outcome
from annotator.storage import glossary as store
from annotator.storage.qa import build_term_index, remembering_finder


@dataclass
class _LoadedTerms:
    index: TermIndex
    stamp: tuple[int, int, int]
    found: dict[str, list[TermHit]]


@dataclass(frozen=True)
class GlossaryImportReport:
    """What a glossary file import did: entries read from the file and how they were filed."""

    path: Path
    read: GlossaryFileImport
    merge: store.GlossaryMerge


class GlossaryOps(ProjectBase):
    """The glossary: ``glossary``, ``terms_in``, ``import_glossary``, ``export_glossary``."""

    _terms_loaded: _LoadedTerms | None = None

    def _terms_lock(self) -> threading.Lock:
        lock: threading.Lock = self.__dict__.setdefault("_terms_lock_", threading.Lock())
        return lock

    def glossary(self) -> list[GlossaryTerm]:
        """Every glossary entry (not the actors), sorted by Turkish term."""
        return store.glossary_terms(self.db)

    def actor_terms(self) -> list[GlossaryTerm]:
        """The actor registry as terms (Turkish names and aliases → English ones)."""
        return store.actor_terms(self.db)

    def add_term(self, term: GlossaryTerm) -> Outcome[GlossaryTerm]:
        """Store one new entry (``storage.term_exists`` when its Turkish term has one)."""
        return Outcome(store.add_term(self.db, term, self.who), Changes(glossary=True))

    def term_index(self) -> TermIndex:
        """The index of glossary entries and actors, rebuilt only after they changed."""
        return self._loaded_terms().index

    def _loaded_terms(self) -> _LoadedTerms:
        """The index and the terms found with it, as one (another thread may rebuild both)."""
        with self._terms_lock():
            db = self.db
            stamp = store.glossary_stamp(db)
            loaded = self._terms_loaded
            if loaded is None or loaded.stamp != stamp:
                loaded = _LoadedTerms(build_term_index(db), stamp, {})
                self._terms_loaded = loaded
            return loaded

    def term_finder(self) -> Callable[[str], list[TermHit]]:
        """A function giving the terms of a Turkish text, for one check of many sentences: the
        glossary is looked at once, and the terms of each sentence's Turkish (which never
        changes) are remembered until the glossary or the actors change."""
        loaded = self._loaded_terms()
        return remembering_finder(loaded.index, loaded.found)

    def terms_in(self, text: str) -> list[TermHit]:
        """The glossary terms and actor names found in a Turkish text, in reading order."""
        return self.term_finder()(text)

    def import_glossary(self, path: Path) -> Outcome[GlossaryImportReport]:
        """Add the entries of a TBX, CSV or TSV file in one transaction (nothing when the file
        is refused); entries already there gain what they lacked."""
        read = read_glossary(path)
        merge = store.merge_terms(self.db, read.terms, origin=path.name, who=self.who)
        changes = Changes(glossary=True) if merge.added or merge.updated else Changes()
        return Outcome(GlossaryImportReport(path, read, merge), changes)

    def export_glossary(self, path: Path, *, with_actors: bool = False) -> int:
        """Write the glossary (and, if asked, the actors as terms) to TBX, CSV or TSV by the
        file's extension; returns how many entries were written."""
        with self.snapshot() as db:
            terms = store.glossary_terms(db)
            if with_actors:
                terms += store.actor_terms(db)
        write_glossary(path, terms)
        return len(terms)
