"""A scripted annotation session on the sample commentary, shared by the exchange tests.

``annotate_sample`` imports the seed document and does what a translator and two annotators
would: machine translation, edits at several statuses, mentions on both sides, events with
triggers on both sides and their arguments bound to mentions (one on each side, one left unbound),
a suggestion, a rejected mention and an English mention left stale by a later edit. Everything
goes through the storage API.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.core.annotations import Actor, Event, Mention
from annotator.core.models import AnnotationStatus, Side, TargetStatus
from annotator.ingest.pipeline import import_file
from annotator.storage.actors import add_actor
from annotator.storage.annotations import add_event, add_mention
from annotator.storage.segments import get_segments
from annotator.storage.targets import save_target
from annotator.storage.translations import record_translation

BLINKEN_TR = "İlk olarak 27 Kasım'da ABD Dışişleri Bakanı Antony Blinken"
BLINKEN_MT = ("First, on November 27, US Secretary of State Antony Blinken took a step to "
              "normalize relations by talking on the phone with Azerbaijani President Aliyev.")
BLINKEN_EN = ("First, on 27 November, US Secretary of State Antony Blinken took a step towards "
              "normalising relations by speaking by phone with Azerbaijani President Aliyev.")
SENATE_EN = ("Before that, a speech by James O'Brien criticising Azerbaijan and the US Senate's "
             "decision of 16 November to cut military aid to Azerbaijan raised tension.")
MACHINE_EN = "Aliyev approved."
ACTORS = (
    Actor("USA-GOV-blinken", "Antony Blinken", "USA", "GOV", wikidata="Q3616810",
          aliases_tr=("Blinken",), aliases_en=("Secretary Blinken",)),
    Actor("AZE-GOV-aliyev", "İlham Aliyev", "AZE", "GOV", aliases_tr=("Aliyev",)),
    Actor("USA-LEG", "United States Senate", "USA", "LEG", aliases_tr=("ABD Senatosu",)),
    Actor("AZE", "Azerbaijan", "AZE", aliases_tr=("Azerbaycan",)),
)


@dataclass(frozen=True)
class Sample:
    """The annotated sample: its document id and the sentence ids the session touched."""

    doc_id: str
    blinken: int
    senate: int
    draft: int
    machine: int


def add_actors(db: Database) -> None:
    """Register the session's people and institutions (countries come with every project)."""
    for actor in ACTORS:
        if not db.execute("SELECT 1 FROM actors WHERE id = ?", [actor.id]).fetchone():
            add_actor(db, actor)


def span(text: str, words: str) -> tuple[int, int]:
    """The span of the first occurrence of ``words`` in ``text``."""
    start = text.index(words)
    return start, start + len(words)


def _mention(db: Database, sentence_id: int, actor: str, side: Side, text: str, words: str,
             **kwargs: Any) -> int | None:
    start, end = span(text, words)
    return add_mention(db, Mention(None, sentence_id, actor, side, start, end, words,
                                   **kwargs)).id


def annotate_sample(db: Database, seed_file: Path) -> Sample:
    """Import the seed and run the scripted session; returns what it touched."""
    doc_id = import_file(db, seed_file).document.id
    add_actors(db)
    sentences = {s.sentence.order: s.sentence for s in get_segments(db, doc_id)}
    blinken = next(s for s in sentences.values() if s.text.startswith(BLINKEN_TR))
    senate = next(s for s in sentences.values() if "ABD Senatosu'nun" in s.text)
    draft = next(s for s in sentences.values() if s.text.startswith("Ancak Blinken"))
    machine = next(s for s in sentences.values() if s.text.startswith("Aliyev de"))
    record_translation(db, blinken.id, "google", "tr", "en", BLINKEN_MT)
    save_target(db, blinken.id, BLINKEN_EN, TargetStatus.REVIEWED, "ayse", 41)
    record_translation(db, senate.id, "google", "tr", "en", SENATE_EN)
    save_target(db, senate.id, SENATE_EN, TargetStatus.TRANSLATED, "ayse", 12.5)
    record_translation(db, draft.id, "libre", "tr", "en", "But Blinken made an effort.")
    save_target(db, draft.id, "However, Blinken tried", TargetStatus.DRAFT, "ayse", 3)
    record_translation(db, machine.id, "google", "tr", "en", MACHINE_EN)

    blinken_tr = _mention(db, blinken.id, "USA-GOV-blinken", Side.TR, blinken.text,
                          "Antony Blinken", annotator="ayse")
    _mention(db, blinken.id, "USA-GOV-blinken", Side.EN, BLINKEN_EN, "Antony Blinken",
             annotator="ayse")
    aliyev_tr = _mention(db, blinken.id, "AZE-GOV-aliyev", Side.TR, blinken.text, "Aliyev",
                         annotator="ayse")
    _mention(db, blinken.id, "AZE-GOV-aliyev", Side.EN, BLINKEN_EN, "Aliyev",
             annotator="mehmet", status=AnnotationStatus.SUGGESTED)
    _mention(db, blinken.id, "AZE", Side.TR, blinken.text, "Azerbaycan", annotator="mehmet",
             status=AnnotationStatus.REJECTED)
    add_event(db, Event(
        "", blinken.id, "CONSULT", modes=("phone",), contexts=("diplomatic",),
        actors=("USA-GOV-blinken",), recipients=("AZE-GOV-aliyev",),
        actor_mentions=(blinken_tr,), recipient_mentions=(aliyev_tr,),
        trigger_tr=span(blinken.text, "telefonda görüşerek"),
        trigger_en=span(BLINKEN_EN, "speaking by phone"), date="2023-11-27",
        date_text="27 Kasım'da", confidence=0.9, annotator="ayse"))
    senate_tr = _mention(db, senate.id, "USA-LEG", Side.TR, senate.text, "ABD Senatosu",
                         annotator="mehmet")
    azerbaijan_en = _mention(db, senate.id, "AZE", Side.EN, SENATE_EN, "Azerbaijan",
                             annotator="mehmet")
    add_event(db, Event(
        "", senate.id, "SANCTION", modes=("discontinue",), contexts=("military",),
        actors=("USA-LEG",), recipients=("AZE",),
        actor_mentions=(senate_tr,), recipient_mentions=(azerbaijan_en,),
        trigger_tr=span(senate.text, "askeri yardımın kesilmesi"), trigger_en=None,
        date="2023-11-16", date_text="16 Kasım'da", annotator="mehmet"))
    add_event(db, Event("", senate.id, "ACCUSE", actors=("USA-GOV-blinken",),
                        trigger_tr=span(senate.text, "eleştiren"), annotator="mehmet",
                        status=AnnotationStatus.SUGGESTED))
    # An English span pointing past the end of its text, as an edit that deleted its words can
    # leave it (flagged for review): exports must leave it out.
    add_mention(db, Mention(None, machine.id, "USA-GOV-blinken", Side.EN, 17, 24, "Blinken",
                            annotator="ayse", needs_review=True))
    return Sample(doc_id, blinken.id, senate.id, draft.id, machine.id)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every line of a JSONL file, parsed."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def counts(db: Database) -> dict[str, int]:
    """Row counts of the tables an import writes to."""
    tables = ("documents", "blocks", "sentences", "translations", "targets", "actors",
              "mentions", "events", "event_participants", "mt_cache")
    return {t: int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
