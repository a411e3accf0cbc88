"""Checking an LLM's annotations of one Turkish sentence before they become suggestions.

The model answers ``{"events": [{"type", "modes", "trigger": {"start", "end", "text"}, "actor":
[ids], "recipient": [ids], "date"}], "mentions": [{"start", "end", "text", "actor"}]}``
(:mod:`annotator.mt.llm_annotate`). :func:`validate_annotations` keeps an item only when

- it has the expected shape (else ``malformed``);
- every span slices exactly to its text, ``sentence[start:end] == text`` (else ``span``). Wrong
  offsets are not repaired even when the text occurs once elsewhere: a model that miscounts may
  also have meant another occurrence, and a dropped item is visible in the counts while a
  silently moved one is not;
- its event type exists in the taxonomy (else ``type``) and each of its modes is one the
  taxonomy allows for that type (else ``mode``);
- every actor id (mention, actor, recipient) is in the registry (else ``actor``).

An item failing several checks is counted once, under the first reason in that order. A
missing or null trigger is allowed (the event then has no trigger span); a date that is not an
ISO ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) is left out rather than dropping the event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.core.taxonomy import Taxonomy

REASONS = ("malformed", "span", "type", "mode", "actor")
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class LLMMention:
    """A checked actor mention in the Turkish sentence."""

    start: int
    end: int
    text: str
    actor: str


@dataclass(frozen=True)
class LLMEvent:
    """A checked event of the sentence."""

    type: str
    modes: tuple[str, ...] = ()
    trigger: tuple[int, int] | None = None
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    date: str | None = None


@dataclass(frozen=True)
class DropReport:
    """How many items were dropped, by reason (``REASONS``)."""

    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __add__(self, other: DropReport) -> DropReport:
        return DropReport(dict(Counter(self.counts) + Counter(other.counts)))

    def describe(self) -> str:
        """``"3 (span 2, type 1)"``, or ``"0"``."""
        parts = [f"{reason} {self.counts[reason]}" for reason in REASONS
                 if self.counts.get(reason)]
        return f"{self.total} ({', '.join(parts)})" if parts else "0"


@dataclass(frozen=True)
class CheckedAnnotations:
    """The items that passed, and what was dropped."""

    mentions: tuple[LLMMention, ...]
    events: tuple[LLMEvent, ...]
    dropped: DropReport


class _DroppedError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _DroppedError("malformed")
    return value


def _span(sentence: str, item: Any) -> tuple[int, int]:
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise _DroppedError("malformed")
    start, end = _int(item.get("start")), _int(item.get("end"))
    if not 0 <= start < end <= len(sentence) or sentence[start:end] != item["text"]:
        raise _DroppedError("span")
    return start, end


def _ids(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _DroppedError("malformed")
    return tuple(dict.fromkeys(value))


def _mention(sentence: str, item: Any, actor_ids: Collection[str]) -> LLMMention:
    if not isinstance(item, dict) or not isinstance(item.get("actor"), str):
        raise _DroppedError("malformed")
    start, end = _span(sentence, item)
    if item["actor"] not in actor_ids:
        raise _DroppedError("actor")
    return LLMMention(start, end, sentence[start:end], item["actor"])


def _event(sentence: str, item: Any, taxonomy: Taxonomy, actor_ids: Collection[str]) -> LLMEvent:
    if not isinstance(item, dict) or not isinstance(item.get("type"), str):
        raise _DroppedError("malformed")
    modes = _ids(item.get("modes"))
    actors, recipients = _ids(item.get("actor")), _ids(item.get("recipient"))
    trigger = None if item.get("trigger") is None else _span(sentence, item["trigger"])
    if item["type"] not in taxonomy.type_codes():
        raise _DroppedError("type")
    if any(mode not in taxonomy.modes_for(item["type"]) for mode in modes):
        raise _DroppedError("mode")
    if any(actor not in actor_ids for actor in (*actors, *recipients)):
        raise _DroppedError("actor")
    date = item.get("date")
    return LLMEvent(item["type"], modes, trigger, actors, recipients,
                    date if isinstance(date, str) and _ISO_DATE.match(date) else None)


def validate_annotations(raw: Mapping[str, Any], sentence: str, taxonomy: Taxonomy,
                         actor_ids: Collection[str]) -> CheckedAnnotations:
    """The mentions and events of ``raw`` that fit ``sentence``, ``taxonomy`` and the registry's
    ``actor_ids``, and the count of the others by reason (module docstring)."""
    dropped: Counter[str] = Counter()
    mentions: list[LLMMention] = []
    events: list[LLMEvent] = []
    raw_mentions, raw_events = raw.get("mentions") or [], raw.get("events") or []
    for item in raw_mentions if isinstance(raw_mentions, list) else [raw_mentions]:
        try:
            mentions.append(_mention(sentence, item, actor_ids))
        except _DroppedError as drop:
            dropped[drop.reason] += 1
    for item in raw_events if isinstance(raw_events, list) else [raw_events]:
        try:
            events.append(_event(sentence, item, taxonomy, actor_ids))
        except _DroppedError as drop:
            dropped[drop.reason] += 1
    return CheckedAnnotations(tuple(mentions), tuple(events), DropReport(dict(dropped)))
