"""The training data of the event recommender: a project's reviewed sentences and their types.

A sentence counts as **reviewed** when a person decided on at least one of its annotations: it
has an event or a mention that is ``accepted`` or ``rejected`` (a manual event is accepted when
it is made). Its example's types are those of its accepted events; a reviewed sentence without
one (only rejected suggestions, or only reviewed mentions) is a negative for every type.
Sentences whose annotations are all still ``suggested`` are left out: nobody said yet what they
report. The English is the translator's current text (empty when there is none).
"""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from annotator.core.event_model import Example
from annotator.core.models import AnnotationStatus

_DECIDED = (str(AnnotationStatus.ACCEPTED), str(AnnotationStatus.REJECTED))
_REVIEWED = ("SELECT sentence_id FROM events WHERE status IN (?, ?) "
             "UNION SELECT sentence_id FROM mentions WHERE status IN (?, ?)")


def reviewed_sentence_count(db: Database) -> int:
    """How many sentences have at least one accepted or rejected annotation."""
    row = db.execute(f"SELECT COUNT(*) FROM ({_REVIEWED})", [*_DECIDED, *_DECIDED]).fetchone()
    return int(row[0])


def training_examples(db: Database) -> list[Example]:
    """Every reviewed sentence as an :class:`Example`, in sentence id order."""
    types: dict[int, set[str]] = defaultdict(set)
    for row in db.query("SELECT sentence_id, type FROM events WHERE status = ?",
                        [str(AnnotationStatus.ACCEPTED)]):
        types[row["sentence_id"]].add(row["type"])
    rows = db.query(
        f"SELECT s.id, s.text, COALESCE(t.text, '') AS english FROM sentences s "
        f"LEFT JOIN targets t ON t.sentence_id = s.id WHERE s.id IN ({_REVIEWED}) ORDER BY s.id",
        [*_DECIDED, *_DECIDED])
    return [Example(r["text"], r["english"], frozenset(types.get(r["id"], ())))
            for r in rows]
