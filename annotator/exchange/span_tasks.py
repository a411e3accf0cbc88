"""What doccano and Label Studio share: a sentence side as labelled spans with relations.

Export: one text (the Turkish sentence, or the final English with ``side`` en); a mention is a
span labelled with its actor id, an event trigger on that side is a span labelled with the event
type, and each actor or recipient of the event that is mentioned on that side is a relation
``trigger → mention`` of type ``actor`` / ``recipient``: to the exact mention the argument is
bound to (its ``span`` in the record), or, for an unbound argument, to the actor's first mention
on that side. Events without a trigger on the side cannot be shown and are left out.

Import: spans come back as *suggestions* (``provenance`` imported, ``status`` suggested) for a
person to accept: a span whose label is a PLOVER event type becomes an event trigger (its
``actor``/``recipient`` relations name the actors, and bind each argument to the mention span the
relation points to), a span whose label is an actor id (or an actor's exact name) becomes a
mention. Spans already in the project are not added twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from annotator.core.annotations import Actor, Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Sentence, Side
from annotator.core.text_offsets import from_utf16
from annotator.exchange.errors import ImportFileError
from annotator.exchange.lookup import SentenceIndex
from annotator.exchange.options import ImportReport
from annotator.exchange.plover import event_types
from annotator.exchange.records import Record
from annotator.storage.annotations import (
    add_event,
    add_mention,
    sentence_events,
    sentence_mentions,
)
from annotator.storage.targets import get_target

ROLES = ("actor", "recipient")
Argument = tuple[str, int, int]  # actor id, start and end of the mention span a relation names


@dataclass(frozen=True)
class TaskSpan:
    """A labelled span of a task text; ``key`` is unique within the task."""

    key: str
    start: int
    end: int
    text: str
    label: str
    accepted: bool = True


@dataclass(frozen=True)
class TaskRelation:
    """``actor``/``recipient`` link from an event trigger span to a mention span."""

    source: str
    target: str
    role: str
    accepted: bool = True


@dataclass
class Task:
    """One sentence side as spans and relations."""

    text: str
    side: str  # "tr", "en", or "" when the file does not say
    sentence: str | None = None
    spans: list[TaskSpan] = field(default_factory=list)
    relations: list[TaskRelation] = field(default_factory=list)


def task_from_record(record: Record, side: str) -> Task | None:
    """The spans of one side of a sentence record (None when that side has no text)."""
    text = record["source"]["text"] if side == "tr" else record["translation"]["final"]
    if not text:
        return None
    task = Task(text, side, record["id"])
    first_mention: dict[str, str] = {}
    at_span: dict[tuple[str, int, int], str] = {}
    for number, mention in enumerate(record["mentions"]):
        if mention["side"] == side:
            key = f"m{number}"
            task.spans.append(TaskSpan(key, mention["start"], mention["end"], mention["text"],
                                       mention["actor"], mention["status"] == "accepted"))
            first_mention.setdefault(mention["actor"], key)
            at_span.setdefault((mention["actor"], mention["start"], mention["end"]), key)

    def target(actor: Record) -> str | None:
        span = actor.get("span")
        if span is not None and span["side"] == side:
            exact = at_span.get((actor["id"], span["start"], span["end"]))
            if exact is not None:
                return exact
        return first_mention.get(actor["id"])

    for number, event in enumerate(record["events"]):
        trigger = event["trigger"][side]
        if trigger is None:
            continue
        key, accepted = f"e{number}", event["status"] == "accepted"
        task.spans.append(TaskSpan(key, trigger["start"], trigger["end"], trigger["text"],
                                   event["type"], accepted))
        task.relations.extend(TaskRelation(key, found, role, accepted)
                              for role in ROLES for actor in event[role]
                              if (found := target(actor)) is not None)
    return task


class SuggestionImporter:
    """Turns tasks into suggested mentions and events of the project, one task at a time."""

    def __init__(self, db: Database, path: Path, report: ImportReport,
                 actors: Mapping[str, Actor], annotator: str | None) -> None:
        self.db, self.path, self.report = db, path, report
        self.index = SentenceIndex(db)
        self.actors = dict(actors)
        self.names = {a.name.casefold(): a.id for a in actors.values()}
        self.types = event_types()
        self.annotator = annotator

    def apply(self, task: Task, line: int) -> None:
        """Add the task's spans to every sentence it belongs to."""
        sentences = self._sentences(task, line)
        if not sentences:
            self.report.unmatched += 1
            return
        for sentence, side in sentences:
            self._apply_to(sentence, side, task, line)

    def _sentences(self, task: Task, line: int) -> list[tuple[Sentence, str]]:
        if task.sentence is not None:
            sentence = self.index.by_id(task.sentence)
            if sentence is None:
                raise ImportFileError("task_unknown_sentence", path=self.path, line=line,
                                      sentence=task.sentence)
            side = task.side or "tr"
            if self._side_text(sentence, side) != task.text:
                raise ImportFileError("task_text_differs", path=self.path, line=line,
                                      sentence=task.sentence, side=side)
            return [(sentence, side)]
        return self.index.by_text(task.text, task.side)

    def _side_text(self, sentence: Sentence, side: str) -> str:
        return sentence.text if side == "tr" else get_target(self.db, sentence.id).text

    def _apply_to(self, sentence: Sentence, side: str, task: Task, line: int) -> None:
        spans = {span.key: self._checked(span, task.text, line) for span in task.spans}
        mentions = {key: span for key, span in spans.items() if span.label not in self.types}
        existing = {(m.actor_id, str(m.side), m.start, m.end)
                    for m in sentence_mentions(self.db, sentence.id, include_rejected=True)}
        for span in mentions.values():
            actor_id = self._actor(span.label)
            if actor_id is None:
                self.report.unmatched += 1
            elif (actor_id, side, span.start, span.end) in existing:
                self.report.unchanged += 1
            else:
                add_mention(self.db, Mention(
                    None, sentence.id, actor_id, Side(side), span.start, span.end, span.text,
                    self.annotator, provenance=Provenance.IMPORTED,
                    status=AnnotationStatus.SUGGESTED))
                existing.add((actor_id, side, span.start, span.end))
                self.report.mentions += 1
        for key, span in spans.items():
            if span.label in self.types:
                self._add_event(sentence, side, span, self._participants(key, task, mentions))

    def _checked(self, span: TaskSpan, text: str, line: int) -> TaskSpan:
        start, end = span.start, span.end
        if span.text and text[start:end] != span.text:  # offsets counted in UTF-16?
            start, end = from_utf16(text, start), from_utf16(text, end)
        if not 0 <= start < end <= len(text) or (span.text and text[start:end] != span.text):
            raise ImportFileError("task_span_outside", path=self.path, line=line,
                                  start=span.start, end=span.end, label=span.label)
        return TaskSpan(span.key, start, end, text[start:end], span.label, span.accepted)

    def _actor(self, label: str) -> str | None:
        if label in self.actors:
            return label
        return self.names.get(label.casefold())

    def _participants(self, key: str, task: Task,
                      mentions: Mapping[str, TaskSpan]) -> dict[str, list[Argument]]:
        found: dict[str, list[Argument]] = {role: [] for role in ROLES}
        for relation in task.relations:
            role = relation.role.lower()
            if relation.source == key and role in found and relation.target in mentions:
                target = mentions[relation.target]
                actor_id = self._actor(target.label)
                if actor_id is not None:
                    found[role].append((actor_id, target.start, target.end))
        return found

    def _bindings(self, sentence: Sentence, side: str, arguments: list[Argument]
                  ) -> tuple[int | None, ...]:
        """The stored mentions the relations point to (the spans were added just before)."""
        spans = {(m.actor_id, str(m.side), m.start, m.end): m.id
                 for m in sentence_mentions(self.db, sentence.id, include_rejected=True)}
        ids = tuple(spans.get((actor_id, side, start, end)) for actor_id, start, end in arguments)
        return ids if any(i is not None for i in ids) else ()

    def _add_event(self, sentence: Sentence, side: str, span: TaskSpan,
                   participants: Mapping[str, list[Argument]]) -> None:
        trigger = (span.start, span.end)
        for event in sentence_events(self.db, sentence.id, include_rejected=True):
            if event.type == span.label and (event.trigger_tr if side == "tr"
                                             else event.trigger_en) == trigger:
                self.report.unchanged += 1
                return
        actors, recipients = participants["actor"], participants["recipient"]
        add_event(self.db, Event(
            "", sentence.id, span.label, actors=tuple(a for a, _, _ in actors),
            recipients=tuple(a for a, _, _ in recipients),
            actor_mentions=self._bindings(sentence, side, actors),
            recipient_mentions=self._bindings(sentence, side, recipients),
            trigger_tr=trigger if side == "tr" else None,
            trigger_en=trigger if side == "en" else None, annotator=self.annotator,
            provenance=Provenance.IMPORTED, status=AnnotationStatus.SUGGESTED))
        self.report.events += 1
