"""The JSONL sentence record (``annotator.sentence/2``, DESIGN.md §6, ``docs/dataset.md``).

One record per sentence: document metadata, the Turkish sentence with its offsets into the
document, the MT and final English, mentions and events with actor details. Offsets of mentions
and triggers are Python ``str`` indices (code points), end-exclusive, into the sentence text
(``tr``) or the final English (``en``); every span carries the text it slices, and a span that no
longer fits its text is left out (and counted) rather than exported wrong. The first record of
each document also carries the document's full text, blocks and sentence spans, so an import can
rebuild the document exactly. Schema /2 adds the ``span`` of each event argument: the mention
it is bound to (null when unbound, or when that mention is not exported). ``qa`` (optional,
added later within /2) lists the QA issues nobody marked "not an error".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from annotator.core.annotations import Actor, Event, Mention
from annotator.core.metrics import edit_distance
from annotator.core.models import Side
from annotator.core.qa_types import QaIssue
from annotator.exchange.selection import DocumentData, SentenceItem
from annotator.messages.qa import render_qa

SCHEMA_ID = "annotator.sentence/2"
TARGET_LANGUAGE = "en"
MOST_MESSAGES = 4096  # QA messages remembered: the same few recur (a missing final stop ...)
Record = dict[str, Any]


@dataclass
class SpanCounter:
    """Spans left out because they no longer fit their text (e.g. stale English offsets)."""

    skipped: int = 0


def span_object(text: str, start: int, end: int, counter: SpanCounter) -> Record | None:
    """``{"start", "end", "text"}`` when ``start:end`` is a non-empty span of ``text``."""
    if 0 <= start < end <= len(text):
        return {"start": start, "end": end, "text": text[start:end]}
    counter.skipped += 1
    return None


def qa_object(issue: QaIssue, message: str | None = None) -> Record:
    """``{"check", "severity", "message"}`` of one QA issue (the message in English, rendered
    here unless given)."""
    return {"check": issue.check, "severity": issue.severity,
            "message": render_qa(issue) if message is None else message}


def actor_brief(actor_id: str, actors: Mapping[str, Actor]) -> Record:
    """The actor object of an event: id, name, country, sector."""
    actor = actors.get(actor_id)
    if actor is None:
        return {"id": actor_id, "name": actor_id, "country": None, "sector": None}
    return {"id": actor.id, "name": actor.name, "country": actor.country, "sector": actor.sector}


def actor_full(actor: Actor) -> Record:
    """Everything the registry knows about an actor (for ``actors`` and for import)."""
    return {"id": actor.id, "name": actor.name, "country": actor.country, "sector": actor.sector,
            "cameo": actor.cameo, "wikidata": actor.wikidata,
            "aliases_tr": list(actor.aliases_tr), "aliases_en": list(actor.aliases_en)}


def document_restore(doc: DocumentData) -> Record:
    """Full text, blocks and sentence spans: what an import needs to rebuild the document."""
    index = {block.id: i for i, block in enumerate(doc.blocks)}
    return {
        "full_text": doc.document.text,
        "blocks": [{"role": str(b.role), "start": b.start, "end": b.end,
                    "paragraph": b.paragraph, "attrs": b.attrs} for b in doc.blocks],
        # rows: (id, document, block, order, start, end, ...)
        "sentences": [[index[row[2]], row[4], row[5]] for row in doc.rows],
    }


def _mention_key(mention: Mention) -> tuple[int, int, int, str, str]:
    return (0 if mention.side is Side.TR else 1, mention.start, mention.end, mention.actor_id,
            mention.created)


class RecordBuilder:
    """Builds sentence records; caches each document's header between its sentences."""

    def __init__(self, actors: Mapping[str, Actor], restore: bool = True,
                 qa: bool = False) -> None:
        self.actors = actors
        self.restore = restore
        self.qa = qa  # the export ran the QA checks: records carry ``qa``
        self.spans = SpanCounter()
        self._header_for: DocumentData | None = None
        self._header: Record = {}
        self._messages: dict[tuple[str, str, tuple[tuple[str, str], ...]], str] = {}
        self._full_actors: dict[str, Record] = {}  # read-only: shared by the records

    def document_object(self, doc: DocumentData, first: bool) -> Record:
        """The ``document`` object; the first record of a document adds the restore fields."""
        if doc is not self._header_for:
            d = doc.document
            self._header = {"id": d.id, "title": d.title, "author": d.author,
                            "publisher": d.publisher, "published": d.published, "url": d.url,
                            "language": d.language, "source_name": d.source_name,
                            "source_sha256": d.source_sha256}
            self._header_for = doc
        if first and self.restore:
            return {**self._header, **document_restore(doc)}
        return self._header

    def record(self, item: SentenceItem) -> Record:
        """The ``annotator.sentence/2`` record of one sentence (built straight from its row:
        an export makes one per sentence, so every call saved here counts)."""
        doc = item.doc
        (_, document_id, _, order, start, end, source, role, final, status, translator, updated,
         seconds) = item.row
        if item.mt is None:
            mt = engine = distance = None
        else:
            mt, engine = item.mt
            # An untouched MT is 0 without the word alignment.
            distance = (0.0 if mt == final else round(edit_distance(mt, final), 4)) if final \
                else None
        record: Record = {
            "schema": SCHEMA_ID, "id": f"{document_id}:{order}",
            "document": self.document_object(doc, item.first),
            "order": order, "block": role, "paragraph": item.block.paragraph,
        }
        if doc.split is not None:
            record["split"] = doc.split
        record["source"] = {"lang": doc.document.language, "text": source, "start": start,
                            "end": end}
        record["translation"] = {"lang": TARGET_LANGUAGE, "mt": mt, "engine": engine,
                                 "final": final, "status": status, "translator": translator,
                                 "edit_distance": distance, "seconds": round(seconds, 3)}
        if self.qa:
            record["qa"] = [self._qa_object(issue) for issue in item.qa] if item.qa else []
        if not item.mentions and not item.events:  # most sentences: nothing but the translation
            record["mentions"] = []
            record["events"] = []
            record["actors"] = []
            record["annotators"] = [translator] if translator else []
            record["updated"] = updated
            return record
        self._annotations(record, item, source, final, translator, updated)
        return record

    def _qa_object(self, issue: QaIssue) -> Record:
        """:func:`qa_object`, its message rendered once for all the issues that share it."""
        key = (issue.check, issue.message, tuple(issue.params.items()))
        message = self._messages.get(key)
        if message is None:
            if len(self._messages) >= MOST_MESSAGES:
                self._messages.clear()
            message = self._messages[key] = render_qa(issue)
        return qa_object(issue, message)

    def _annotations(self, record: Record, item: SentenceItem, source: str, final: str,
                     translator: str | None, updated: str | None) -> None:
        """Fill in the mentions, events, actors, annotators and time of a record."""
        kept = [(m, d) for m in sorted(item.mentions, key=_mention_key)
                if (d := self.mention(m, source, final)) is not None]
        mentions = [d for _, d in kept]
        bound = {m.id: d for m, d in kept}
        record["mentions"] = mentions
        record["events"] = [self.event(e, source, final, bound) for e in item.events]
        if not kept and not item.events:  # every mention left out
            record["actors"] = []
            record["annotators"] = [translator] if translator else []
            record["updated"] = updated
            return
        record["actors"] = self.referenced_actors(mentions, item.events)
        people = {m.annotator for m, _ in kept} | {e.annotator for e in item.events}
        people.add(translator)
        record["annotators"] = sorted(p for p in people if p)
        stamps = [s for s in (updated, *(m.updated for m, _ in kept),
                              *(e.updated for e in item.events)) if s]
        record["updated"] = max(stamps) if stamps else None

    def mention(self, mention: Mention, source: str, final: str) -> Record | None:
        """A mention object, or None when its span no longer fits its text."""
        text = source if mention.side is Side.TR else final
        span = span_object(text, mention.start, mention.end, self.spans)
        if span is None:
            return None
        return {"actor": mention.actor_id, "side": str(mention.side), **span,
                "annotator": mention.annotator, "status": str(mention.status),
                "provenance": str(mention.provenance), "needs_review": mention.needs_review,
                "created": mention.created, "score": mention.score, "rule": mention.rule}

    def event(self, event: Event, source: str, final: str,
              mentions: Mapping[int | None, Record] | None = None) -> Record:
        """An event object with actor details, the span each argument is bound to (among the
        exported ``mentions`` objects, by mention id) and trigger spans on both sides."""
        mentions = mentions or {}

        def argument(actor_id: str, mention_id: int | None) -> Record:
            found = mentions.get(mention_id) if mention_id is not None else None
            span = None if found is None else {
                "side": found["side"], "start": found["start"], "end": found["end"],
                "text": found["text"]}
            return {**actor_brief(actor_id, self.actors), "span": span}

        trigger = {
            "tr": span_object(source, *event.trigger_tr, self.spans) if event.trigger_tr else None,
            "en": span_object(final, *event.trigger_en, self.spans) if event.trigger_en else None,
        }
        return {
            "id": event.id, "type": event.type, "mode": list(event.modes),
            "context": list(event.contexts), "aux": list(event.aux),
            "actor": [argument(a, m) for a, m in event.bound("actor")],
            "recipient": [argument(a, m) for a, m in event.bound("recipient")],
            "trigger": trigger, "date": event.date, "date_text": event.date_text,
            "location": event.location, "confidence": event.confidence, "note": event.note,
            "annotator": event.annotator, "status": str(event.status),
            "provenance": str(event.provenance), "needs_review": event.needs_review,
            "created": event.created, "rule": event.rule,
        }

    def referenced_actors(self, mentions: list[Record], events: tuple[Event, ...]) -> list[Record]:
        """Full registry entries of every actor the exported mentions and events name."""
        ids = {m["actor"] for m in mentions}
        for event in events:
            ids.update(event.actors, event.recipients)
        found = []
        for actor_id in sorted(ids):
            entry = self._full_actors.get(actor_id)
            if entry is None and actor_id in self.actors:  # made once: records share it
                entry = self._full_actors[actor_id] = actor_full(self.actors[actor_id])
            if entry is not None:
                found.append(entry)
        return found
