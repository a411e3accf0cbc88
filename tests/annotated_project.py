"""A small annotated project for the annotation-search tests (storage, CLI and window).

Two documents, built with the storage API. "Alpha" (imported first): sentence 1 has a SANCTION
event USA → RUS dated 2023-11-27 (accepted, ayse) with mentions ABD (USA, accepted, ayse) and
Rusya (RUS, suggested, no annotator); sentence 2 an ACCUSE event TUR → USA dated 2023-12
(suggested, no annotator) and a mention Türkiye (TUR, accepted, mehmet). "Beta": sentence 1 a
SANCTION event EU → IRN dated 2023-W48 (Monday 27 November; rejected, mehmet); sentence 2 a
CONSULT event USA + TUR without a date or recipient, triggered on the English side only
(accepted, ayse).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Side
from annotator.ingest.pipeline import import_file
from annotator.storage.annotations import add_event, add_mention
from annotator.storage.connection import open_project
from annotator.storage.segments import get_segments

ALPHA = "Alpha\n\nABD Rusya'ya yaptırım uyguladı. Türkiye ABD'yi suçladı.\n"
BETA = "Beta\n\nAB İran'a yaptırım kararı aldı. Bakanlar görüştü.\n"
ENGLISH = "The ministers held talks."
ACTORS = {"USA": "United States", "RUS": "Russia", "TUR": "Türkiye", "EU": "European Union",
          "IRN": "Iran"}


@dataclass(frozen=True)
class AnnotatedProject:
    """Ids of what :func:`build` stored."""

    alpha: str
    beta: str
    sentences: dict[str, int]  # first word of the sentence → sentence id
    mentions: dict[str, int]   # mention text → mention id


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def build(db_path: Path, tmp_path: Path) -> AnnotatedProject:
    """Store the two documents and their annotations in the project at ``db_path``."""
    db = open_project(db_path)
    doc_ids = []
    for name, text in (("alpha.txt", ALPHA), ("beta.txt", BETA)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        doc_ids.append(import_file(db, tmp_path / name).document.id)
    for actor_id, name in ACTORS.items():
        db.execute("INSERT OR IGNORE INTO actors (id, name, created, updated) "
                   "VALUES (?, ?, 'now', 'now')", [actor_id, name])
    texts = {s.sentence.text.split()[0]: s.sentence
             for doc_id in doc_ids for s in get_segments(db, doc_id)}
    ids = {word: sentence.id for word, sentence in texts.items()}
    db.execute("INSERT OR REPLACE INTO targets (sentence_id, text, search, status) "
               "VALUES (?, ?, ?, 'draft')", [ids["Bakanlar"], ENGLISH, ENGLISH.lower()])
    mentions: dict[str, int] = {}
    for word, actor, words, status, who in (
            ("ABD", "USA", "ABD", AnnotationStatus.ACCEPTED, "ayse"),
            ("ABD", "RUS", "Rusya", AnnotationStatus.SUGGESTED, None),
            ("Türkiye", "TUR", "Türkiye", AnnotationStatus.ACCEPTED, "mehmet")):
        start, end = _span(texts[word].text, words)
        stored = add_mention(db, Mention(
            None, ids[word], actor, Side.TR, start, end, words, annotator=who, status=status,
            provenance=Provenance.MANUAL if who else Provenance.SUGGESTED))
        assert stored.id is not None
        mentions[words] = stored.id
    for event_id, word, kind, actors, recipients, date, status, who, trigger in (
            ("ev-1", "ABD", "SANCTION", ("USA",), ("RUS",), "2023-11-27",
             AnnotationStatus.ACCEPTED, "ayse", "yaptırım uyguladı"),
            ("ev-2", "Türkiye", "ACCUSE", ("TUR",), ("USA",), "2023-12",
             AnnotationStatus.SUGGESTED, None, "suçladı"),
            ("ev-3", "AB", "SANCTION", ("EU",), ("IRN",), "2023-W48",
             AnnotationStatus.REJECTED, "mehmet", "yaptırım kararı"),
            ("ev-4", "Bakanlar", "CONSULT", ("USA", "TUR"), (), None,
             AnnotationStatus.ACCEPTED, "ayse", None)):
        add_event(db, Event(
            event_id, ids[word], kind, modes=("phone",) if kind == "CONSULT" else (),
            actors=actors, recipients=recipients, date=date, status=status, annotator=who,
            trigger_tr=_span(texts[word].text, trigger) if trigger else None,
            trigger_en=_span(ENGLISH, "held talks") if trigger is None else None))
    db.close()
    return AnnotatedProject(doc_ids[0], doc_ids[1], ids, mentions)
