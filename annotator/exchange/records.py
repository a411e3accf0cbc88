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


def qa_object(issue: QaIssue) -> Record:
    """``{"check", "severity", "message"}`` of one QA issue (the message in English)."""
    return {"check": issue.check, "severity": issue.severity, "message": render_qa(issue)}


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
        "sentences": [[index[s.sentence.block_id], s.sentence.start, s.sentence.end]
                      for s in doc.segments],
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
        self._header_for: str | None = None
        self._header: Record = {}

    def document_object(self, doc: DocumentData, first: bool) -> Record:
        """The ``document`` object; the first record of a document adds the restore fields."""
        if self._header_for != doc.document.id:
            d = doc.document
            self._header = {"id": d.id, "title": d.title, "author": d.author,
                            "publisher": d.publisher, "published": d.published, "url": d.url,
                            "language": d.language, "source_name": d.source_name,
                            "source_sha256": d.source_sha256}
            self._header_for = d.id
        if first and self.restore:
            return {**self._header, **document_restore(doc)}
        return self._header

    def record(self, item: SentenceItem) -> Record:
        """The ``annotator.sentence/2`` record of one sentence."""
        sentence, target = item.segment.sentence, item.segment.target
        source, final = sentence.text, target.text
        kept = [(m, d) for m in sorted(item.mentions, key=_mention_key)
                if (d := self.mention(m, source, final)) is not None] if item.mentions else []
        mentions = [d for _, d in kept]
        bound = {m.id: d for m, d in kept}
        events = ([self.event(e, source, final, bound) for e in item.events]
                  if item.events else [])
        record: Record = {
            "schema": SCHEMA_ID, "id": f"{sentence.document_id}:{sentence.order}",
            "document": self.document_object(item.doc, item.first),
            "order": sentence.order, "block": str(sentence.role),
            "paragraph": item.block.paragraph,
        }
        if item.doc.split is not None:
            record["split"] = item.doc.split
        record["source"] = {"lang": item.doc.document.language, "text": source,
                            "start": sentence.start, "end": sentence.end}
        record["translation"] = self.translation(item)
        if self.qa:
            record["qa"] = [qa_object(issue) for issue in item.qa]
        record["mentions"] = mentions
        record["events"] = events
        if not kept and not events:  # most sentences: nothing but the translation
            record["actors"] = []
            record["annotators"] = [target.translator] if target.translator else []
            record["updated"] = target.updated
            return record
        record["actors"] = self.referenced_actors(mentions, item.events)
        people = {m.annotator for m, _ in kept} | {e.annotator for e in item.events}
        people.add(target.translator)
        record["annotators"] = sorted(p for p in people if p)
        stamps = [s for s in (target.updated, *(m.updated for m, _ in kept),
                              *(e.updated for e in item.events)) if s]
        record["updated"] = max(stamps) if stamps else None
        return record

    def translation(self, item: SentenceItem) -> Record:
        """The ``translation`` object: latest MT, final English, status, effort."""
        segment, target = item.segment, item.segment.target
        distance = (round(edit_distance(segment.mt, target.text), 4)
                    if segment.mt is not None and target.text else None)
        return {"lang": TARGET_LANGUAGE, "mt": segment.mt, "engine": segment.mt_engine,
                "final": target.text, "status": str(target.status),
                "translator": target.translator, "edit_distance": distance,
                "seconds": round(target.seconds, 3)}

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
        return [actor_full(self.actors[i]) for i in sorted(ids) if i in self.actors]
