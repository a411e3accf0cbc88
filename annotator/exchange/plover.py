"""PLOVER event JSONL: one line per event, with the field names of the PLOVER manual.

Field names follow the "PLOVER JSON" table of ``PLOVER_MANUAL.tex`` (openeventdata/PLOVER):
``id, has_event, date, source, recipient, event, event_text, event_loc, quad_code, mode,
context, text, text_info, cite_info, coder, coded_date, comment``. The manual calls the acting
side ``source`` (a list of actor objects: ``code, sector, actor_text, identifier_id,
identifier_text``); the manual invites extra named fields, and ours (``actor_id``, ``aux``,
``date_text``, ``trigger``, ``status`` ...) keep what PLOVER has no name for. Quad codes come
from the bundled taxonomy (``resources/taxonomies/plover.toml``). An actor object's
``actor_text`` is the text of the mention the argument is bound to, and our extra ``span``
(``side, start, end, text``, offsets into ``text`` or ``text_info.translation.text``) says where
it is; an unbound argument falls back to the actor's first mention, with ``span`` null.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TextIO

from annotator import __version__
from annotator.core.taxonomy import Taxonomy, parse_taxonomy
from annotator.exchange.records import Record
from annotator.exchange.selection import SentenceItem
from annotator.exchange.writer import Writer, dump_line
from annotator.paths import resource_path

TAXONOMY_FILE = "plover.toml"


@lru_cache(maxsize=1)
def plover_taxonomy() -> Taxonomy:
    """The bundled PLOVER taxonomy (event types, quads, version), parsed once."""
    path = resource_path("taxonomies", TAXONOMY_FILE)
    return parse_taxonomy(path.read_text(encoding="utf-8"), path.name)


def event_types() -> frozenset[str]:
    """The PLOVER event type names of the bundled taxonomy."""
    return frozenset(plover_taxonomy().type_codes())


def quad_code(event_type: str) -> int | None:
    """PLOVER's quad code (1..4) of an event type, None for a type the taxonomy lacks."""
    found = plover_taxonomy().event_type(event_type)
    return found.quad.code if found is not None else None


def _actor_text(actor: Record, record: Record) -> str | None:
    if actor.get("span") is not None:
        return str(actor["span"]["text"])
    texts = [m["text"] for m in record["mentions"] if m["actor"] == actor["id"]]
    return texts[0] if texts else None


def plover_actor(actor: Record, record: Record, wikidata: dict[str, str | None]) -> Record:
    """A PLOVER actor object for one of our actor objects (with the span it is bound to)."""
    return {"code": actor["country"], "sector": actor["sector"],
            "actor_text": _actor_text(actor, record),
            "identifier_id": wikidata.get(actor["id"]), "identifier_text": actor["name"],
            "actor_id": actor["id"], "span": actor.get("span")}


def plover_event(event: Record, record: Record) -> Record:
    """The PLOVER record of one event of a sentence record."""
    document, source = record["document"], record["source"]
    wikidata = {a["id"]: a["wikidata"] for a in record["actors"]}
    triggers = [span["text"] for span in event["trigger"].values() if span is not None]
    plover: Record = {
        "id": event["id"], "has_event": True,
        "date": event["date"] or document["published"],
        "source": [plover_actor(a, record, wikidata) for a in event["actor"]],
        "recipient": [plover_actor(a, record, wikidata) for a in event["recipient"]],
        "event": [event["type"]], "event_text": triggers,
        "event_loc": {"name": event["location"]} if event["location"] else None,
        "quad_code": quad_code(event["type"]), "mode": event["mode"],
        "context": event["context"], "text": source["text"],
        "text_info": {"sequence": record["order"], "start": source["start"],
                      "end": source["end"], "language": source["lang"],
                      "sentence_id": record["id"],
                      "translation": {"language": record["translation"]["lang"],
                                      "text": record["translation"]["final"]}},
        "cite_info": {"corpus": "annotator", "citation": document["id"], "url": document["url"],
                      "title": document["title"], "language": document["language"],
                      "publication": document["publisher"], "coder": f"annotator {__version__}",
                      "codebook": f"plover-{plover_taxonomy().version}"},
        "coder": event["annotator"], "coded_date": (event["created"] or "")[:10] or None,
        "comment": event["note"],
    }
    plover.update({"aux": event["aux"], "date_text": event["date_text"],
                   "confidence": event["confidence"], "trigger": event["trigger"],
                   "status": event["status"], "provenance": event["provenance"]})
    if "split" in record:
        plover["split"] = record["split"]
    return plover


class PloverWriter(Writer):
    """One PLOVER JSON line per exported event."""

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write the sentence's events (none for a sentence without events)."""
        if not item.events:
            return 0
        record = self.builder.record(item)
        for event in record["events"]:
            out.write(dump_line(plover_event(event, record)))
        return len(record["events"])
