"""Translation memory operations: matches for the current sentence, concordance, TMX import.

The memory (confirmed project sentences and imported TMX units, ``annotator.storage.tm``) is
loaded once into an in-memory :class:`~annotator.core.tm_match.TMIndex` per project and kept in
step on every lookup: a cheap stamp (sentence and unit counts, the last history row) tells
whether documents or units were added or removed (the index is rebuilt) or only English was
saved (just the sentences saved since the last lookup are re-read). Reads never take the write
lock. No Qt.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from annotator.core.tm_match import (
    DEFAULT_LIMIT,
    DEFAULT_THRESHOLD,
    ConcordanceHit,
    TMIndex,
    TMMatch,
)
from annotator.exchange.importer import import_translation_memory
from annotator.exchange.options import DEFAULT_TMX_ENGINE
from annotator.exchange.tmx import TmxImport
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import Outcome
from annotator.storage import tm as store


@dataclass
class _Loaded:
    index: TMIndex
    stamp: store.TMStamp


class MemoryOps(ProjectBase):
    """Translation memory: ``tm_matches``, ``concordance``, ``import_tm``."""

    _tm_loaded: _Loaded | None = None

    def _tm_lock(self) -> threading.Lock:
        lock: threading.Lock = self.__dict__.setdefault("_tm_lock_", threading.Lock())
        return lock

    def tm_index(self) -> TMIndex:
        """The memory index, brought up to date with the project file first."""
        with self._tm_lock():
            db = self.db
            stamp = store.tm_stamp(db)
            loaded = self._tm_loaded
            if loaded is None or loaded.stamp.rows != stamp.rows:
                loaded = _Loaded(TMIndex(store.tm_entries(db)), stamp)
            elif loaded.stamp.history != stamp.history:
                for sentence_id in store.targets_changed_since(db, loaded.stamp.history):
                    entry = store.sentence_entry(db, sentence_id)
                    if entry is None:
                        loaded.index.remove_sentence(sentence_id)
                    else:
                        loaded.index.add(entry)
                loaded.stamp = stamp
            self._tm_loaded = loaded
            return loaded.index

    def invalidate_tm(self) -> None:
        """Forget the loaded memory; the next lookup reads it again from the file."""
        with self._tm_lock():
            self._tm_loaded = None

    def tm_matches(self, sentence_id: int, limit: int = DEFAULT_LIMIT,
                   threshold: int = DEFAULT_THRESHOLD) -> list[TMMatch]:
        """Up to ``limit`` memory matches scoring ``threshold`` % or more for a sentence:
        in-context, exact, then fuzzy by score; never the sentence itself
        (``storage.sentence_not_found`` when it is gone)."""
        text, previous = store.sentence_context(self.db, sentence_id)
        return self.tm_index().lookup(text, previous, limit=limit, threshold=threshold,
                                      exclude_sentence=sentence_id)

    def concordance(self, text: str, limit: int = 50) -> list[ConcordanceHit]:
        """Memory entries whose Turkish or English contains ``text`` (Turkish-folded)."""
        return store.concordance(self.db, text, limit)

    def import_tm(self, path: Path, engine: str = DEFAULT_TMX_ENGINE) -> Outcome[TmxImport]:
        """Import a TMX file as translation memory in one transaction (``ImportFileError``
        kinds name the file and line; nothing is kept from a bad file). No sentence changes."""
        report = import_translation_memory(self.db, path, engine)
        return Outcome(report, Changes(memory=True))
