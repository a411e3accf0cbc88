"""The project glossary (termbase): value types shared by storage, exchange and the checks.

A :class:`GlossaryTerm` pairs a Turkish term with its English rendering(s): the first English term
is the preferred one, the others are accepted variants; ``forbidden`` lists renderings a translator
must not use (``"Foreign Affairs Minister"`` for ``Dışişleri Bakanı``). Terms come from the
project's own glossary (``origin="glossary"``) or from the actor registry (``origin="actor"``: an
actor's Turkish name and aliases with its English name and aliases, read where they are, never
copied). Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from annotator.core.actor_matching import capitals_fit
from annotator.core.turkish import nfc, search_key

TermOrigin = Literal["glossary", "actor"]


@dataclass(frozen=True)
class GlossaryTerm:
    """One termbase entry: a Turkish term and its English terms, note and forbidden variants.

    ``key`` identifies the entry within the project: ``"g:<row id>"`` for a glossary row,
    ``"a:<actor id>"`` for an actor. ``id`` is the glossary row id (None for actors and for terms
    not stored yet); ``actor_id`` names the actor an actor-born term comes from.
    """

    source: str
    targets: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    note: str = ""
    id: int | None = None
    origin: TermOrigin = "glossary"
    actor_id: str | None = None
    # Further Turkish forms of the same entry (an actor's aliases); matched like ``source``.
    source_variants: tuple[str, ...] = field(default=())

    @property
    def key(self) -> str:
        if self.origin == "actor":
            return f"a:{self.actor_id}"
        return f"g:{self.id}"

    @property
    def preferred(self) -> str:
        """The English term to insert ('' when the entry has none yet)."""
        return self.targets[0] if self.targets else ""

    @property
    def source_forms(self) -> tuple[str, ...]:
        """Every Turkish form to look for: the term, then its variants."""
        return (self.source, *self.source_variants)


def clean_term(text: str) -> str:
    """A term as stored: NFC, inner whitespace collapsed, trimmed."""
    return " ".join(nfc(text).split())


def clean_terms(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Cleaned, non-empty, de-duplicated (case- and accent-insensitively), order kept."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        term = clean_term(value)
        folded = search_key(term)
        if term and folded not in seen:
            seen.add(folded)
            out.append(term)
    return tuple(out)


def term_key(source: str) -> str:
    """The folded form that makes two Turkish terms one entry (``DIŞİŞLERİ`` = ``dışişleri``)."""
    return search_key(clean_term(source))


def keeps_capitals(term: GlossaryTerm, form: str, found: str) -> bool:
    """Whether ``found`` (the text a form of ``term`` matched) may be that term. An actor's name
    written with a capital needs one in the text ("Mısır", Egypt, is not the grain "mısır");
    acronyms of up to three letters need capitals throughout ("AB", "ABD"). Glossary entries
    match in any case (the rule is the actor registry's, :func:`capitals_fit`)."""
    return term.origin != "actor" or capitals_fit(form, found)
