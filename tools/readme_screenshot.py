"""Render docs/images/main-window.png: the sample, a few sentences translated and revised.

Run: ``.venv/bin/python tools/readme_screenshot.py``. The MT rows are typed in here (as an engine
would have answered) so the picture needs no network; the revisions show the status colours and
the word diff in the detail pane.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.app import run_gui  # noqa: E402
from annotator.cli import GuiRequest  # noqa: E402
from annotator.core.models import TargetStatus  # noqa: E402
from annotator.ingest.pipeline import import_file  # noqa: E402
from annotator.storage.connection import open_project  # noqa: E402
from annotator.storage.segments import get_segments  # noqa: E402
from annotator.storage.targets import save_target  # noqa: E402
from annotator.storage.translations import record_translation  # noqa: E402

# (order, machine translation, revised English or None, status)
SENTENCES = [
    (0, "SIGNS OF IMPROVEMENT AND COOPERATION IN US-AZERBAIJAN RELATIONS",
     "Signs of Improvement and Cooperation in US–Azerbaijan Relations", TargetStatus.REVIEWED),
    (3, "In the past two weeks, some important developments have taken place in terms of United "
        "States - Azerbaijan relations.",
     "Over the past two weeks there have been some important developments in relations between "
     "the United States and Azerbaijan.", TargetStatus.TRANSLATED),
    (4, "First, on November 27, US Secretary of State Antony Blinken took a step to normalize "
        "relations by talking on the phone with Azerbaijani President Aliyev.",
     "First, on 27 November US Secretary of State Antony Blinken took a step towards "
     "normalising relations in a phone call with Azerbaijan's President Aliyev.",
     TargetStatus.DRAFT),
    (5, "Previously, a speech criticizing Azerbaijan by James O'Brien, Assistant Secretary of "
        "State for European and Eurasian Affairs, in the Senate Foreign Relations Committee and "
        "the decision of the US Senate on November 16 to cut military aid to Azerbaijan had "
        "increased the tension between the US and Azerbaijan.[1]", None, TargetStatus.MT),
    (6, "Following the statements of US officials that they postponed high-level bilateral "
        "contacts with Azerbaijan and that bilateral relations could not be as before, "
        "Azerbaijan decided not to attend the trilateral meeting of foreign ministers planned "
        "for November due to the attitude of the US and suspended relations.", None,
     TargetStatus.MT),
]


def annotate(db: object, sentence: object) -> None:
    """Tag Blinken and Aliyev on both sides of the phone-call sentence and add its event."""
    from annotator.core.annotations import Actor, Event, Mention
    from annotator.core.models import Provenance, Side
    from annotator.storage.actors import add_actor
    from annotator.storage.annotations import add_event, add_mention
    from annotator.storage.segments import get_segment

    segment = get_segment(db, sentence.id)  # type: ignore[arg-type, attr-defined]
    assert segment is not None
    people = [add_actor(db, Actor("USA-GOV-blinken", "Antony Blinken", "USA", "GOV")),  # type: ignore[arg-type]
              add_actor(db, Actor("AZE-GOV-aliyev", "İlham Aliyev", "AZE", "GOV"))]  # type: ignore[arg-type]
    for actor, tr_words, en_words in ((people[0], "Antony Blinken", "Antony Blinken"),
                                      (people[1], "Aliyev", "President Aliyev")):
        for side, text, words, provenance in (
                (Side.TR, segment.sentence.text, tr_words, Provenance.MANUAL),
                (Side.EN, segment.target.text, en_words, Provenance.PROJECTED)):
            start = text.index(words)
            add_mention(db, Mention(None, segment.sentence.id, actor.id, side, start,  # type: ignore[arg-type]
                                    start + len(words), words, "Ayşe", provenance=provenance))
    trigger = segment.sentence.text.index("telefonda görüşerek")
    add_event(db, Event("", segment.sentence.id, "CONSULT", modes=("phone",),  # type: ignore[arg-type]
                        contexts=("diplomatic",), actors=(people[0].id,),
                        recipients=(people[1].id,), trigger_tr=(trigger, trigger + 19),
                        date="2023-11-27", date_text="27 Kasım'da", annotator="Ayşe"))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "sample.sqlite"
        db = open_project(db_path)
        seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
        doc_id = import_file(db, seed).document.id
        by_order = {s.sentence.order: s.sentence for s in get_segments(db, doc_id)}
        for order, mt, final, status in SENTENCES:
            sentence = by_order[order]
            record_translation(db, sentence.id, "google", "tr", "en", mt)
            if final is not None:
                save_target(db, sentence.id, final, status, "Ayşe")
        annotate(db, by_order[4])
        db.close()
        os.environ["ANNOTATOR_HOME"] = tmp
        # The window opens on the first unconfirmed sentence: the draft, with its diff shown.
        return run_gui(GuiRequest(db_path, doc_id, ROOT / "docs" / "images" / "main-window.png"))


if __name__ == "__main__":
    sys.exit(main())
