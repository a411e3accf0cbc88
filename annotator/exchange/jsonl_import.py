"""Our own JSONL (``annotator.sentence/2``, and ``/1``) back into a project, losslessly.

Each line is checked against the JSON Schema, then applied: the actors it names are added to the
registry if missing (an actor already registered keeps its entry); a document not yet in the
project is rebuilt from the full text, blocks and sentence spans its first record carries (its
id, the SHA-256 of its text, must come out the same); the latest MT, the final English with
status, translator and seconds, the mentions and the events (with their ids) are stored. Records
already in the project change nothing, so importing the same file twice is harmless. The caller
runs the whole file in one transaction.

Event arguments are bound again to the mentions their ``span`` names (stored by the same record);
a ``/1`` record has no spans, so its arguments are bound as the schema-5 migration binds old
events: to the best matching mention of the sentence (``docs/dataset.md``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from sqlite_utils import Database

from annotator.core.annotations import Actor, Event, Mention
from annotator.core.models import (
    AnnotationStatus,
    BlockRole,
    BlockSpan,
    ParsedDocument,
    Provenance,
    Sentence,
    Side,
    TargetStatus,
)
from annotator.core.text_checks import invalid_text_reason
from annotator.exchange.errors import ImportFileError, json_error
from annotator.exchange.lookup import SentenceIndex
from annotator.exchange.options import ImportReport
from annotator.paths import resource_path
from annotator.storage.actors import ActorError, add_actor, list_actors
from annotator.storage.annotations import (
    add_event,
    add_mention,
    bind_arguments,
    get_event,
    sentence_mentions,
)
from annotator.storage.documents import insert_document
from annotator.storage.targets import get_target, save_target
from annotator.storage.taxonomy import project_taxonomy
from annotator.storage.translations import get_translations, record_translation

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

Record = dict[str, Any]


@lru_cache(maxsize=1)
def sentence_validator() -> Draft202012Validator:
    """A validator for ``resources/schemas/sentence.schema.json`` (jsonschema is imported
    here, by the imports that use it, not by every command)."""
    from jsonschema import Draft202012Validator

    schema = json.loads(resource_path("schemas", "sentence.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


# A UTF-16 surrogate alone: valid JSON ("\\ud800") and a Python str, but not UTF-8, so SQLite
# cannot store it.
_SURROGATE = re.compile("[\ud800-\udfff]")
_DETAIL_CHARS = 200  # a schema message quotes the offending value, which may be megabytes long


def refuse_unstorable_text(value: Any, path: Path, line: int) -> None:
    """Refuse a decoded JSON value that holds a string (or key) no project can store, a lone
    surrogate, with an ImportFileError naming the line and the field."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:  # no recursion: the value may be nested as deep as the JSON decoder allows
        item, field = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                name = f"{field}/{key}" if field else str(key)
                if isinstance(key, str) and _SURROGATE.search(key):
                    _refuse(path, line, field or "/", key)
                stack.append((child, name))
        elif isinstance(item, list):
            stack.extend((child, f"{field}/{i}" if field else str(i))
                         for i, child in enumerate(item))
        elif isinstance(item, str) and _SURROGATE.search(item):
            _refuse(path, line, field or "/", item)


def _refuse(path: Path, line: int, field: str, text: str) -> NoReturn:
    reason = invalid_text_reason(text) or ""
    if (found := _SURROGATE.search(text)) is not None and not reason.startswith("lone"):
        reason = f"lone surrogate U+{ord(found.group()):04X} at character {found.start() + 1}"
    raise ImportFileError("text_unstorable", path=path, line=line, field=field, reason=reason)


def parse_record(text: str, path: Path, line: int) -> Record:
    """A line as a valid sentence record, or an ImportFileError naming the line and field."""
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise json_error(error, path, line) from None
    refuse_unstorable_text(record, path, line)
    from jsonschema.exceptions import best_match

    problem = best_match(sentence_validator().iter_errors(record))
    if problem is not None:
        field = "/".join(str(p) for p in problem.absolute_path)
        detail = problem.message
        if len(detail) > _DETAIL_CHARS:
            detail = detail[:_DETAIL_CHARS] + " …"
        if field:
            raise ImportFileError("jsonl_invalid_field", path=path, line=line, field=field,
                                  detail=detail)
        raise ImportFileError("jsonl_invalid_record", path=path, line=line, detail=detail)
    # The translator's English is held to what an MT answer is held to: no control characters.
    if (reason := invalid_text_reason(record["translation"]["final"])) is not None:
        raise ImportFileError("text_unstorable", path=path, line=line,
                              field="translation/final", reason=reason)
    return dict(record)


class JsonlImporter:
    """Applies sentence records to a project, remembering the current document's sentences."""

    def __init__(self, db: Database, path: Path, report: ImportReport) -> None:
        self.db, self.path, self.report = db, path, report
        self.index = SentenceIndex(db)
        self.known_documents: set[str] = {r[0] for r in db.execute("SELECT id FROM documents")}
        self.known_actors = {actor.id for actor in list_actors(db, include_rejected=True)}
        self.event_types = set(project_taxonomy(db).type_codes())

    def apply(self, record: Record, line: int) -> None:
        """Store one record (the caller holds the transaction)."""
        for actor in record["actors"]:
            self._register(actor, line)
        self._ensure_document(record["document"], line)
        doc_id, order = record["document"]["id"], record["order"]
        sentence = self.index.get(doc_id, order)
        if sentence is None or sentence.text != record["source"]["text"]:
            raise ImportFileError("jsonl_sentence_differs", path=self.path, line=line,
                                  sentence=record["id"])
        self._translation(sentence, record["source"]["lang"], record["translation"])
        self._mentions(sentence, record["mentions"], line)
        self._events(sentence, record["events"], line)
        self.report.records += 1

    def _register(self, actor: Record, line: int) -> None:
        if actor["id"] in self.known_actors:
            return
        try:
            add_actor(self.db, _actor(actor))
        except ActorError as error:
            raise ImportFileError("jsonl_bad_actor", path=self.path, line=line,
                                  actor=actor["id"], detail=str(error)) from None
        self.known_actors.add(actor["id"])
        self.report.actors += 1

    def _ensure_document(self, document: Record, line: int) -> None:
        if document["id"] in self.known_documents:
            return
        if "full_text" not in document:
            raise ImportFileError("jsonl_document_without_text", path=self.path, line=line,
                                  document=document["id"])
        text, blocks = document["full_text"], document["blocks"]
        for block_index, start, end in document["sentences"]:
            if block_index >= len(blocks) or not 0 <= start < end <= len(text):
                raise ImportFileError("jsonl_sentence_outside", path=self.path, line=line,
                                      start=start, end=end)
        parsed = ParsedDocument(
            text=text, title=document["title"], author=document["author"],
            publisher=document["publisher"], url=document["url"],
            published=document["published"], language=document["language"],
            source_name=document["source_name"], source_sha256=document["source_sha256"],
            blocks=tuple(BlockSpan(BlockRole(b["role"]), b["start"], b["end"], b["paragraph"],
                                   dict(b["attrs"])) for b in blocks))
        stored, _ = insert_document(self.db, parsed, [tuple(s) for s in document["sentences"]])
        if stored.id != document["id"]:
            raise ImportFileError("jsonl_document_id_differs", path=self.path, line=line,
                                  document=document["id"])
        self.known_documents.add(stored.id)
        self.index.forget(stored.id)
        self.report.documents += 1

    def _translation(self, sentence: Sentence, source_lang: str, translation: Record) -> None:
        mt, engine = translation["mt"], translation["engine"]
        known = {(t.engine, t.text) for t in get_translations(self.db, sentence.id)}
        if mt is not None and engine is not None and (engine, mt) not in known:
            record_translation(self.db, sentence.id, engine, source_lang, translation["lang"], mt)
            self.report.translations += 1
        current = get_target(self.db, sentence.id)
        wanted = (translation["final"], TargetStatus(translation["status"]),
                  translation["translator"])
        extra = max(0.0, translation["seconds"] - current.seconds)
        if (current.text, current.status, current.translator) == wanted and not extra:
            return
        if not current.updated and wanted[1] is TargetStatus.UNTRANSLATED and not wanted[0]:
            return  # nothing was ever saved, and nothing is to be
        save_target(self.db, sentence.id, *wanted, add_seconds=extra)
        self.report.targets += 1

    def _mentions(self, sentence: Sentence, mentions: Iterable[Record], line: int) -> None:
        existing = {(m.actor_id, str(m.side), m.start, m.end)
                    for m in sentence_mentions(self.db, sentence.id, include_rejected=True)}
        for item in mentions:
            key = (item["actor"], item["side"], item["start"], item["end"])
            if key in existing:
                self.report.unchanged += 1
                continue
            self._check_span(sentence, item["side"], item, line)
            add_mention(self.db, Mention(
                None, sentence.id, item["actor"], Side(item["side"]), item["start"],
                item["end"], item["text"], item["annotator"], created=item["created"],
                provenance=Provenance(item["provenance"]),
                status=AnnotationStatus(item["status"]), needs_review=item["needs_review"],
                score=item.get("score"), rule=item.get("rule")))
            existing.add(key)
            self.report.mentions += 1

    def _events(self, sentence: Sentence, events: Iterable[Record], line: int) -> None:
        mentions = sentence_mentions(self.db, sentence.id, include_rejected=True) if events else []
        for item in events:
            self._check_event(item, line)
            incoming = _bound_event(_event(sentence.id, item), item, mentions)
            try:
                existing = get_event(self.db, item["id"])
            except KeyError:
                pass
            else:
                if same_event(existing, incoming):
                    self.report.unchanged += 1
                    continue
                raise ImportFileError("jsonl_event_differs", path=self.path, line=line,
                                      event=item["id"])
            trigger = item["trigger"]
            for side in ("tr", "en"):
                if trigger[side] is not None:
                    self._check_span(sentence, side, trigger[side], line)
            add_event(self.db, incoming)
            self.report.events += 1

    def _check_event(self, item: Record, line: int) -> None:
        if item["type"] not in self.event_types:
            raise ImportFileError("jsonl_unknown_event_type", path=self.path, line=line,
                                  event=item["id"], type=item["type"])
        if item["date"] is not None and not ISO_DATE.fullmatch(str(item["date"])):
            raise ImportFileError("jsonl_bad_event_date", path=self.path, line=line,
                                  event=item["id"], date=item["date"])

    def _check_span(self, sentence: Sentence, side: str, span: Mapping[str, Any],
                    line: int) -> None:
        text = sentence.text if side == "tr" else get_target(self.db, sentence.id).text
        if text[span["start"]:span["end"]] != span["text"]:
            raise ImportFileError("jsonl_span_differs", path=self.path, line=line,
                                  start=span["start"], end=span["end"], side=side,
                                  text=span["text"])


# YYYY, YYYY-MM, YYYY-MM-DD, or an ISO week (event dates like "geçen hafta" have week precision).
ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?"
                      r"|-W(0[1-9]|[1-4]\d|5[0-3]))?")
_COMPARED = ("type", "modes", "contexts", "aux", "actors", "recipients", "actor_mentions",
             "recipient_mentions", "trigger_tr", "trigger_en", "date", "status")


def same_event(stored: Event, incoming: Event) -> bool:
    """Whether an imported event says what the stored one says (timestamps aside)."""
    return all(getattr(stored, name) == getattr(incoming, name) for name in _COMPARED)


def _actor(item: Record) -> Actor:
    return Actor(id=item["id"], name=item["name"], country=item["country"],
                 sector=item["sector"], cameo=item["cameo"], wikidata=item["wikidata"],
                 aliases_tr=tuple(item["aliases_tr"]), aliases_en=tuple(item["aliases_en"]),
                 provenance=Provenance.IMPORTED)


def _bound_event(event: Event, item: Record, mentions: list[Mention]) -> Event:
    """The event with its arguments bound to the stored mentions their spans name (a /1 record,
    without spans: to the best matching mentions)."""
    arguments = [*item["actor"], *item["recipient"]]
    if arguments and not any("span" in a for a in arguments):
        return bind_arguments(event, mentions)
    spans = {(m.actor_id, str(m.side), m.start, m.end): m.id for m in mentions}

    def ids(entries: list[Record]) -> tuple[int | None, ...]:
        found = tuple(spans.get((a["id"], span["side"], span["start"], span["end"]))
                      if (span := a.get("span")) is not None else None for a in entries)
        return found if any(i is not None for i in found) else ()

    return replace(event, actor_mentions=ids(item["actor"]),
                   recipient_mentions=ids(item["recipient"]))


def _event(sentence_id: int, item: Record) -> Event:
    trigger = item["trigger"]

    def span(side: str) -> tuple[int, int] | None:
        found = trigger[side]
        return (found["start"], found["end"]) if found is not None else None

    return Event(
        id=item["id"], sentence_id=sentence_id, type=item["type"], modes=tuple(item["mode"]),
        contexts=tuple(item["context"]), aux=tuple(item["aux"]),
        actors=tuple(a["id"] for a in item["actor"]),
        recipients=tuple(a["id"] for a in item["recipient"]), trigger_tr=span("tr"),
        trigger_en=span("en"), date=item["date"], date_text=item["date_text"],
        location=item["location"], confidence=item["confidence"], note=item["note"],
        annotator=item["annotator"], created=item["created"],
        provenance=Provenance(item["provenance"]), status=AnnotationStatus(item["status"]),
        needs_review=item["needs_review"], rule=item.get("rule"))


def apply_lines(lines: Iterable[tuple[int, str]], path: Path,
                parse: Callable[[str, Path, int], Record],
                apply: Callable[[Record, int], None]) -> int:
    """Parse and apply every line of a JSONL file (sentence records, PLOVER events); a record
    the database refuses is an ImportFileError naming its line. Returns how many were read."""
    count = 0
    for number, text in lines:
        record = parse(text, path, number)
        try:
            apply(record, number)
        except sqlite3.IntegrityError as error:
            raise ImportFileError("record_contradicts_project", path=path, line=number,
                                  detail=str(error)) from None
        count += 1
    return count


def import_jsonl(lines: Iterable[tuple[int, str]], path: Path, importer: JsonlImporter) -> int:
    """Apply every line of a sentence JSONL file; returns how many records were read."""
    return apply_lines(lines, path, parse_record, importer.apply)
