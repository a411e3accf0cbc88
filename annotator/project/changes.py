"""What an operation changed, so that each view refreshes only what it shows.

Modelled on Anki's ``OpChanges``: every operation of :class:`~annotator.project.Project` returns a
:class:`Changes`; the window emits it once on ``project_changed`` and each view decides whether it
is concerned. Changes combine with ``|``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Changes:
    """Ids of what changed. ``documents``: every row of these documents may have changed (MT of a
    whole document, an import); ``sentences``: the English, status or MT of these sentences;
    ``annotations``: the mentions or events of these sentences."""

    documents: frozenset[str] = field(default_factory=frozenset)
    sentences: frozenset[int] = field(default_factory=frozenset)
    annotations: frozenset[int] = field(default_factory=frozenset)
    document_list: bool = False  # documents were added or removed
    actors: bool = False         # the actor registry changed (names, merges, new actors)
    taxonomy: bool = False       # the project's event taxonomy was replaced
    contexts: frozenset[str] = field(default_factory=frozenset)  # documents' default contexts
    memory: bool = False         # translation memory units were added (a TMX import)
    glossary: bool = False       # glossary entries were added, edited or removed
    qa: bool = False             # QA "not an error" marks changed

    @classmethod
    def of(cls, *, documents: Iterable[str] = (), sentences: Iterable[int] = (),
           annotations: Iterable[int] = (), document_list: bool = False, actors: bool = False,
           taxonomy: bool = False, contexts: Iterable[str] = (),
           memory: bool = False, glossary: bool = False, qa: bool = False) -> Changes:
        """Changes from any iterables of ids."""
        return cls(frozenset(documents), frozenset(sentences), frozenset(annotations),
                   document_list, actors, taxonomy, frozenset(contexts), memory, glossary, qa)

    def __or__(self, other: Changes) -> Changes:
        values = {}
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            values[item.name] = mine | theirs
        return Changes(**values)

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not any(getattr(self, item.name) for item in fields(self))

    @property
    def progress(self) -> bool:
        """Whether translation or annotation progress figures may have changed."""
        return bool(self.documents or self.sentences or self.annotations or self.document_list)

    def touches_document(self, doc_id: str | None) -> bool:
        """Whether the whole of ``doc_id`` needs re-reading."""
        return doc_id is not None and (doc_id in self.documents)


NO_CHANGES = Changes()
