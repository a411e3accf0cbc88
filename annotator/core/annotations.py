"""Annotation dataclasses: actors of the registry, mentions of them, and PLOVER event frames.

Offsets are Python ``str`` indices, end-exclusive, relative to the sentence's Turkish text
(``side`` tr) or to its current English (``side`` en). Every annotation carries who made it, when,
where it came from (``provenance``) and whether a person accepted it (``status``). A mention or an
event trigger whose English text was edited under it gets ``needs_review`` instead of being moved.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.models import AnnotationStatus, Provenance, Side


@dataclass(frozen=True)
class Actor:
    """One entry of the actor registry (a country, an organisation, a person, an institution)."""

    id: str
    name: str
    country: str | None = None  # ISO 3166 alpha-3, or PLOVER's IGO / NGO / ... codes
    sector: str | None = None  # PLOVER sector code (GOV, MIL, LEG, ...)
    cameo: str | None = None
    wikidata: str | None = None
    aliases_tr: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    annotator: str | None = None
    created: str = ""
    updated: str = ""
    provenance: Provenance = Provenance.MANUAL
    status: AnnotationStatus = AnnotationStatus.ACCEPTED

    def aliases(self, side: Side) -> tuple[str, ...]:
        """The names to look for on one side: the canonical name, then that side's aliases."""
        return (self.name, *(self.aliases_tr if side is Side.TR else self.aliases_en))


@dataclass(frozen=True)
class Mention:
    """A span of a sentence (Turkish or English side) that names an actor."""

    id: int | None
    sentence_id: int
    actor_id: str
    side: Side
    start: int
    end: int
    text: str
    annotator: str | None = None
    created: str = ""
    updated: str = ""
    provenance: Provenance = Provenance.MANUAL
    status: AnnotationStatus = AnnotationStatus.ACCEPTED
    needs_review: bool = False
    score: float | None = None  # a suggestion's confidence
    rule: str | None = None  # what made a suggestion: a rule name, or "model"


@dataclass(frozen=True)
class Event:
    """A PLOVER event frame of one sentence: who did what to whom, when, where."""

    id: str
    sentence_id: int
    type: str
    modes: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    aux: tuple[str, ...] = ()  # negation, hypothetical, future, historical
    actors: tuple[str, ...] = ()  # actor ids, in order (compound allowed)
    recipients: tuple[str, ...] = ()
    trigger_tr: tuple[int, int] | None = None
    trigger_en: tuple[int, int] | None = None
    date: str | None = None  # ISO 8601
    date_text: str | None = None  # the words the date was read from
    location: str | None = None
    confidence: float | None = None
    note: str | None = None
    annotator: str | None = None
    created: str = ""
    updated: str = ""
    provenance: Provenance = Provenance.MANUAL
    status: AnnotationStatus = AnnotationStatus.ACCEPTED
    needs_review: bool = False
    # The mention each actor / recipient is bound to (its span in the sentence), parallel to
    # ``actors`` / ``recipients``; None (or a shorter tuple) leaves an argument unbound.
    actor_mentions: tuple[int | None, ...] = ()
    recipient_mentions: tuple[int | None, ...] = ()
    rule: str | None = None  # what made a suggestion: a rule name, or "model"

    def bound(self, role: str) -> tuple[tuple[str, int | None], ...]:
        """``(actor id, mention id or None)`` of each actor (``role`` actor) or recipient."""
        ids, mentions = ((self.actors, self.actor_mentions) if role == "actor"
                         else (self.recipients, self.recipient_mentions))
        return tuple((actor, mentions[i] if i < len(mentions) else None)
                     for i, actor in enumerate(ids))
