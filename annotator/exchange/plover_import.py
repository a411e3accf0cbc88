"""PLOVER event JSONL (what :mod:`annotator.exchange.plover` writes) back into a project.

A PLOVER line carries one event and the text of its sentence, not the document: the documents
must already be in the project (import them first, e.g. from our sentence JSONL). The sentence is
found by ``text_info.sentence_id`` (``<document id>:<order>``) and its Turkish must equal the
record's ``text``. Actors the project lacks are registered from the actor objects (``actor_id``,
``identifier_text``, ``code``, ``sector``, ``identifier_id``). An argument with a ``span`` is bound
to the mention of that actor, side, start and end, which is added (provenance ``imported``, the
event's status) when the sentence has none. An event already in the project must say the same,
else the import is refused; checks and counts are the JSONL importer's. A ``date`` equal to the
document's publication date is stored as no date (the writer falls back to it), so exporting
again writes the same line. Lines with ``has_event`` false are read and skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from sqlite_utils import Database

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Sentence, Side
from annotator.exchange.errors import ImportFileError, json_error
from annotator.exchange.jsonl_import import (
    JsonlImporter,
    Record,
    apply_lines,
    refuse_unstorable_text,
    same_event,
)
from annotator.exchange.options import ImportReport
from annotator.storage.annotations import add_event, add_mention, get_event, sentence_mentions

_SIDES = ("tr", "en")


class PloverImporter(JsonlImporter):
    """Applies PLOVER event records to a project whose documents are already there."""

    def __init__(self, db: Database, path: Path, report: ImportReport,
                 annotator: str | None = None) -> None:
        super().__init__(db, path, report)
        self.annotator = annotator

    def apply(self, record: Record, line: int) -> None:
        """Store the event of one PLOVER record (the caller holds the transaction)."""
        self.report.records += 1
        if record.get("has_event") is False:
            return
        fields = _Fields(record, self.path, line)
        sentence_ref = fields.get("text_info", dict).get("sentence_id")
        if not isinstance(sentence_ref, str):
            fields.fail("text_info/sentence_id", "expected a string “<document>:<order>”")
        sentence = self.index.by_id(sentence_ref)
        if sentence is None:
            raise ImportFileError("plover_unknown_sentence", path=self.path, line=line,
                                  sentence=sentence_ref)
        if fields.get("text", str) != sentence.text:
            raise ImportFileError("plover_text_differs", path=self.path, line=line,
                                  sentence=sentence_ref)
        event = self._event(sentence, fields, line)
        published = self.db.execute("SELECT published FROM documents WHERE id = ?",
                                    [sentence.document_id]).fetchone()[0]
        if event.date is not None and event.date == published:
            event = replace(event, date=None)
        self._check_event({"id": event.id, "type": event.type, "date": event.date}, line)
        try:
            existing = get_event(self.db, event.id)
        except KeyError:
            pass
        else:
            if same_event(existing, event) or (
                    existing.date == published and same_event(existing,
                                                               replace(event, date=published))):
                self.report.unchanged += 1
                return
            raise ImportFileError("jsonl_event_differs", path=self.path, line=line,
                                  event=event.id)
        add_event(self.db, event)
        self.report.events += 1

    def _event(self, sentence: Sentence, fields: _Fields, line: int) -> Event:
        types = fields.get("event", list)
        if len(types) != 1 or not isinstance(types[0], str):
            fields.fail("event", "expected one event type")
        event_id = fields.get("id", str)
        status = fields.enum("status", AnnotationStatus)
        provenance = fields.enum("provenance", Provenance)
        coder = fields.get("coder", str, optional=True)
        trigger = fields.get("trigger", dict)
        spans: dict[str, tuple[int, int] | None] = {}
        for side in _SIDES:
            found = trigger.get(side)
            if found is None:
                spans[side] = None
                continue
            span = _span(found, fields, f"trigger/{side}")
            self._check_span(sentence, side, span, line)
            spans[side] = (span["start"], span["end"])
        arguments: dict[str, tuple[tuple[str, int | None], ...]] = {}
        for role in ("source", "recipient"):
            arguments[role] = tuple(
                self._argument(sentence, entry, fields, f"{role}/{index}", status, coder, line)
                for index, entry in enumerate(fields.get(role, list)))
        location = fields.get("event_loc", dict, optional=True)
        confidence = fields.get("confidence", (int, float), optional=True)
        return Event(
            id=event_id, sentence_id=sentence.id, type=types[0],
            modes=fields.strings("mode"), contexts=fields.strings("context"),
            aux=fields.strings("aux"),
            actors=tuple(a for a, _ in arguments["source"]),
            recipients=tuple(a for a, _ in arguments["recipient"]),
            trigger_tr=spans["tr"], trigger_en=spans["en"],
            date=fields.get("date", str, optional=True),
            date_text=fields.get("date_text", str, optional=True),
            location=str(location["name"]) if location and location.get("name") else None,
            confidence=float(confidence) if confidence is not None else None,
            note=fields.get("comment", str, optional=True), annotator=coder,
            created=fields.get("coded_date", str, optional=True) or "",
            provenance=provenance, status=status,
            actor_mentions=_bound(arguments["source"]),
            recipient_mentions=_bound(arguments["recipient"]))

    def _argument(self, sentence: Sentence, entry: Any, fields: _Fields, where: str,
                  status: AnnotationStatus, coder: str | None,
                  line: int) -> tuple[str, int | None]:
        """The actor id of one actor object and the mention its span is bound to (added when
        the sentence has none there)."""
        if not isinstance(entry, dict) or not isinstance(entry.get("actor_id"), str):
            fields.fail(f"{where}/actor_id", "expected an actor object with an actor_id")
        actor_id = entry["actor_id"]
        self._register({"id": actor_id, "name": entry.get("identifier_text") or actor_id,
                        "country": entry.get("code"), "sector": entry.get("sector"),
                        "cameo": None, "wikidata": entry.get("identifier_id"),
                        "aliases_tr": [], "aliases_en": []}, line)
        if entry.get("span") is None:
            return actor_id, None
        span = _span(entry["span"], fields, f"{where}/span")
        side = span.get("side")
        if side not in _SIDES:
            fields.fail(f"{where}/span/side", "expected tr or en")
        self._check_span(sentence, side, span, line)
        for mention in sentence_mentions(self.db, sentence.id, include_rejected=True):
            if (mention.actor_id, str(mention.side), mention.start, mention.end) == (
                    actor_id, side, span["start"], span["end"]):
                return actor_id, mention.id
        added = add_mention(self.db, Mention(
            None, sentence.id, actor_id, Side(side), span["start"], span["end"], span["text"],
            coder or self.annotator, provenance=Provenance.IMPORTED, status=status))
        self.report.mentions += 1
        return actor_id, added.id


def _bound(arguments: tuple[tuple[str, int | None], ...]) -> tuple[int | None, ...]:
    ids = tuple(mention for _, mention in arguments)
    return ids if any(i is not None for i in ids) else ()


def _span(value: Any, fields: _Fields, where: str) -> Record:
    if (not isinstance(value, dict) or not isinstance(value.get("text"), str)
            or not all(isinstance(value.get(k), int) and not isinstance(value.get(k), bool)
                       for k in ("start", "end"))):
        fields.fail(where, "expected {start, end, text}")
    return dict(value)


class _Fields:
    """Typed access to a record's fields; a missing or ill-typed one is an ImportFileError."""

    def __init__(self, record: Record, path: Path, line: int) -> None:
        self.record, self.path, self.line = record, path, line

    def fail(self, field: str, detail: str) -> NoReturn:
        raise ImportFileError("plover_invalid_field", path=self.path, line=self.line,
                              field=field, detail=detail)

    def get(self, name: str, kind: type | tuple[type, ...], optional: bool = False) -> Any:
        value = self.record.get(name)
        if value is None and optional:
            return None
        if not isinstance(value, kind) or isinstance(value, bool):
            names = kind.__name__ if isinstance(kind, type) else "number"
            self.fail(name, f"expected {'null or ' if optional else ''}{names}")
        return value

    def strings(self, name: str) -> tuple[str, ...]:
        values = self.get(name, list)
        if not all(isinstance(v, str) for v in values):
            self.fail(name, "expected a list of strings")
        return tuple(values)

    def enum(self, name: str, kind: Any) -> Any:
        value = self.get(name, str)
        try:
            return kind(value)
        except ValueError:
            self.fail(name, f"unknown value “{value}”")


def parse_plover(text: str, path: Path, line: int) -> Record:
    """A line as a JSON object, or an ImportFileError naming the line."""
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise json_error(error, path, line) from None
    if not isinstance(record, dict):
        raise ImportFileError("plover_not_object", path=path, line=line)
    refuse_unstorable_text(record, path, line)
    return record


def import_plover(db: Database, path: Path, report: ImportReport,
                  annotator: str | None = None,
                  lines: Iterable[tuple[int, str]] | None = None) -> int:
    """Apply every line of a PLOVER JSONL file; returns how many records were read.

    The caller holds the transaction (:func:`annotator.exchange.importer.import_annotations`).
    """
    if lines is None:
        from annotator.exchange.importer import read_lines
        lines = read_lines(path)
    importer = PloverImporter(db, path, report, annotator)
    return apply_lines(lines, path, parse_plover, importer.apply)
