"""A project in which two annotators, ayse and mehmet, annotated and translated the same sentences.

Built with the storage API. One document: the title "Anlaşma" and four body sentences
(Türkiye, ABD, Bakan, Türkiye'nin), five annotatable sentences in all. Accepted events:
ayse CONSULT TUR→USA 2023-11-27 in sentence "Türkiye", SANCTION USA→TUR in "ABD", CONSULT TUR
in "Bakan"; mehmet CONSULT TUR→USA 2023-11-28 in "Türkiye", SANCTION USA→TUR in "ABD",
REQUEST TUR→USA in "Türkiye'nin"; a suggested AID by mehmet in "Bakan" (never compared).
Mentions (sentence "Türkiye"): both "Türkiye" (TUR); ayse "ABD'yle" (USA), mehmet "ABD" (USA,
overlapping it). English: ayse translated the first two body sentences (the first twice), then
mehmet translated them again (his are the current English).
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Provenance, Side, TargetStatus
from annotator.ingest.pipeline import import_file
from annotator.storage.annotations import add_event, add_mention
from annotator.storage.connection import open_project
from annotator.storage.segments import get_segments
from annotator.storage.targets import save_target

TEXT = ("Anlaşma\n\nTürkiye ABD'yle 27 Kasım'da görüştü. ABD Türkiye'ye yaptırım uyguladı. "
        "Bakan açıklama yaptı. Türkiye'nin ABD'den talebi var.\n")
ACTORS = {"TUR": "Türkiye", "USA": "United States"}
AYSE_FIRST = {"Türkiye": ["Türkiye met.", "Türkiye met the US on 27 November."],
              "ABD": ["The US sanctioned Türkiye."]}
MEHMET_ENGLISH = {"Türkiye": "Türkiye talked to the US on 27 November.",
                  "ABD": "The US sanctioned Türkiye."}
EVENTS = (  # sentence, type, actors, recipients, date, who, status
    ("Türkiye", "CONSULT", ("TUR",), ("USA",), "2023-11-27", "ayse", "accepted"),
    ("ABD", "SANCTION", ("USA",), ("TUR",), None, "ayse", "accepted"),
    ("Bakan", "CONSULT", ("TUR",), (), None, "ayse", "accepted"),
    ("Türkiye", "CONSULT", ("TUR",), ("USA",), "2023-11-28", "mehmet", "accepted"),
    ("ABD", "SANCTION", ("USA",), ("TUR",), None, "mehmet", "accepted"),
    ("Türkiye'nin", "REQUEST", ("TUR",), ("USA",), None, "mehmet", "accepted"),
    ("Bakan", "AID", ("TUR",), ("USA",), None, "mehmet", "suggested"),
)
MENTIONS = (("ayse", "Türkiye"), ("ayse", "ABD'yle"), ("mehmet", "Türkiye"), ("mehmet", "ABD"))


def build(db_path: Path, tmp_path: Path) -> str:
    """Store the document and both people's work at ``db_path``; returns the document id."""
    db = open_project(db_path)
    (tmp_path / "anlasma.txt").write_text(TEXT, encoding="utf-8")
    doc_id = import_file(db, tmp_path / "anlasma.txt").document.id
    for actor_id, name in ACTORS.items():
        db.execute("INSERT OR IGNORE INTO actors (id, name, created, updated) "
                   "VALUES (?, ?, 'now', 'now')", [actor_id, name])
    sentences = {s.sentence.text.split()[0]: s.sentence for s in get_segments(db, doc_id)}
    first = sentences["Türkiye"]
    for who, words in MENTIONS:
        start = first.text.index(words)
        add_mention(db, Mention(None, first.id, "USA" if words.startswith("ABD") else "TUR",
                                Side.TR, start, start + len(words), words, annotator=who))
    for word, kind, actors, recipients, date, who, status in EVENTS:
        add_event(db, Event("", sentences[word].id, kind, actors=actors, recipients=recipients,
                            date=date, annotator=who, status=AnnotationStatus(status),
                            provenance=Provenance.MANUAL if status == "accepted"
                            else Provenance.SUGGESTED))
    for word, versions in AYSE_FIRST.items():
        for english in versions:
            save_target(db, sentences[word].id, english, TargetStatus.TRANSLATED, "ayse")
    for word, english in MEHMET_ENGLISH.items():
        save_target(db, sentences[word].id, english, TargetStatus.TRANSLATED, "mehmet")
    db.close()
    return doc_id
