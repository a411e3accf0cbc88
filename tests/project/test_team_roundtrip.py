"""Team round trip: assign a document to two people, annotate each file, merge both back.

Real project files throughout: the team project is built through :class:`Project` (the sample
commentary imported, the actor registry seeded, a glossary term), the two assignment files are
annotated through the storage API as two people would in their own windows, and merging must
keep every row of both (counted per table), keep both English versions, report the actor clash,
and add nothing when the same files are merged again.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.annotations import Actor, Event, Mention
from annotator.core.glossary import GlossaryTerm
from annotator.core.models import AnnotationStatus, Side, TargetStatus
from annotator.errors import ProjectError
from annotator.exchange.team_report import TABLES
from annotator.project import Project
from annotator.storage.actor_seed import ensure_default_actors
from annotator.storage.actors import add_actor, get_actor, update_actor
from annotator.storage.annotations import (
    add_event,
    add_mention,
    get_event,
    get_mention,
    set_status,
    update_event,
    update_mention,
)
from annotator.storage.connection import open_project
from annotator.storage.glossary import add_term
from annotator.storage.targets import save_target

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED_FILES = sorted((REPO_ROOT / "seeds").glob("*.txt"))
BLINKEN = "USA-GOV-antony-blinken"
AYSE_EN = "The US and Azerbaijan took important steps in their relations."
MEHMET_EN = "Recently, the US and Azerbaijan took important steps in their relations."
COUNTED = ("documents", "blocks", "sentences", "targets", "translations", "actors", "mentions",
           "events", "event_participants", "glossary_terms", "qa_ignored", "history")


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in COUNTED}
    finally:
        conn.close()


def sentence_ids(db: Database) -> dict[int, int]:
    return {row[0]: row[1] for row in db.execute("SELECT ord, id FROM sentences")}


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def stamp_target(db: Database, sentence: int, when: str) -> None:
    """Give a saved English a fixed time, so that which version is later is certain."""
    db.execute("UPDATE targets SET updated = ? WHERE sentence_id = ?", [when, sentence])
    db.conn.commit()


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Project]:
    project = Project(tmp_path / "team.sqlite")
    results = project.import_files(SEED_FILES).report
    assert results and all(not isinstance(r, Exception) for r in results)
    ensure_default_actors(project.db)
    add_actor(project.db, Actor(BLINKEN, "Antony Blinken", "USA", "GOV", aliases_tr=("Blinken",)))
    project.add_term(GlossaryTerm(source="normalleşme", targets=("normalisation",)))
    ids = sentence_ids(project.db)
    save_target(project.db, ids[3], "Team draft of sentence three.", TargetStatus.DRAFT, "lead")
    stamp_target(project.db, ids[3], "2025-06-01T00:00:00+00:00")
    yield project
    project.close()


def annotate(path: Path, who: str, english: str, when: str) -> None:
    """One person's work in their own file: English, mentions, an event bound to them."""
    db = open_project(path)
    ids = sentence_ids(db)
    three, four = ids[3], ids[4]
    save_target(db, three, english, TargetStatus.TRANSLATED, who)
    stamp_target(db, three, when)
    turkish = db.execute("SELECT text FROM sentences WHERE id = ?", [four]).fetchone()[0]
    blinken = add_mention(db, Mention(None, four, BLINKEN, Side.TR,
                                      *span(turkish, "Antony Blinken"), "Antony Blinken",
                                      annotator=who))
    azerbaijan = add_mention(db, Mention(None, four, "AZE", Side.TR,
                                         *span(turkish, "Azerbaycan"), "Azerbaycan",
                                         annotator=who))
    add_mention(db, Mention(None, three, "AZE", Side.EN, *span(english, "Azerbaijan"),
                            "Azerbaijan", annotator=who))
    trigger = span(turkish, "telefon") if "telefon" in turkish else None
    add_event(db, Event("", four, "CONSULT" if who == "ayse" else "COOPERATE",
                        modes=("phone",) if who == "ayse" else (), actors=(BLINKEN,),
                        recipients=("AZE",), actor_mentions=(blinken.id,),
                        recipient_mentions=(azerbaijan.id,), trigger_tr=trigger,
                        annotator=who))
    db.close()


@pytest.fixture
def files(team: Project, tmp_path: Path) -> tuple[Path, Path]:
    doc = team.document_ids()[0]
    ayse, mehmet = tmp_path / "ayse.sqlite", tmp_path / "mehmet.sqlite"
    team.assign([doc], "ayse", ayse)
    team.assign([doc[:6]], "mehmet", mehmet)
    annotate(ayse, "ayse", AYSE_EN, "2026-01-01T00:00:00+00:00")
    annotate(mehmet, "mehmet", MEHMET_EN, "2026-01-02T00:00:00+00:00")
    ayse_db = open_project(ayse)
    add_actor(ayse_db, Actor("TUR-GOV-hakan-fidan", "Hakan Fidan", "TUR", "GOV",
                             annotator="ayse"))
    add_term(ayse_db, GlossaryTerm(source="işbirliği", targets=("cooperation",)), "ayse")
    ayse_db.close()
    mehmet_db = open_project(mehmet)  # the clash: the same id, another name
    update_actor(mehmet_db, Actor(BLINKEN, "Tony Blinken", "USA", "GOV", annotator="mehmet"))
    mehmet_db.close()
    return ayse, mehmet


def test_assign_writes_a_standalone_file_for_one_person(team: Project, tmp_path: Path) -> None:
    doc = team.document_ids()[0]
    out = tmp_path / "ayse.sqlite"
    report = team.assign([doc], " ayse ", out).report
    assert (report.to, report.documents, report.actors) == ("ayse", (doc,), 283)
    assert not list(tmp_path.glob("ayse.sqlite?*"))  # no .part, -wal or -shm left
    db = open_project(out)
    settings = dict(db.execute("SELECT key, value FROM settings").fetchall())
    team_id = team.db.execute("SELECT value FROM settings WHERE key = 'project_id'").fetchone()[0]
    assert settings["assigned_to"] == "ayse" and settings["assigned_from"] == team_id
    assert json.loads(settings["assigned_documents"]) == [doc]
    assert counts(out)["sentences"] == counts(team.path)["sentences"] == report.sentences
    assert counts(out)["glossary_terms"] == 1 and counts(out)["targets"] == 1
    db.close()
    with pytest.raises(ProjectError) as refused:
        team.assign([doc], "ayse", out)
    assert refused.value.kind == "assign_exists"
    with pytest.raises(ProjectError) as itself:
        team.assign([doc], "ayse", team.path, force=True)
    assert itself.value.kind == "assign_same_file"
    assert team.assign([doc], "mehmet", out, force=True).report.to == "mehmet"


def test_assign_annotate_merge_keeps_every_row(team: Project,
                                               files: tuple[Path, Path]) -> None:
    ayse, mehmet = files
    before, of_ayse, of_mehmet = counts(team.path), counts(ayse), counts(mehmet)
    first = team.merge_file(ayse).report
    second = team.merge_file(mehmet).report
    after = counts(team.path)

    # Every annotation of both people is in the team project, each with its annotator.
    for table in ("mentions", "events", "event_participants"):
        assert before[table] == 0
        assert after[table] == of_ayse[table] + of_mehmet[table]
    assert after["mentions"] == 6 and after["events"] == 2
    people = dict(team.db.execute("SELECT annotator, count(*) FROM mentions GROUP BY 1"))
    assert people == {"ayse": 3, "mehmet": 3}
    assert dict(team.db.execute("SELECT annotator, type FROM events")) == {
        "ayse": "CONSULT", "mehmet": "COOPERATE"}
    # Participants are bound to the merged mentions of their own annotator.
    bound = team.db.execute(
        "SELECT e.annotator, m.annotator, m.text FROM event_participants p "
        "JOIN events e ON e.id = p.event_id JOIN mentions m ON m.id = p.mention_id").fetchall()
    assert sorted(bound) == [("ayse", "ayse", "Antony Blinken"), ("ayse", "ayse", "Azerbaycan"),
                             ("mehmet", "mehmet", "Antony Blinken"),
                             ("mehmet", "mehmet", "Azerbaycan")]
    # Nothing was lost: documents and sentences as they were, the new actor, the new term.
    for table in ("documents", "blocks", "sentences", "translations", "qa_ignored"):
        assert after[table] == before[table]
    assert after["actors"] == before["actors"] + 1
    assert after["glossary_terms"] == before["glossary_terms"] + 1
    assert after["targets"] == before["targets"] == 1
    assert after["history"] > before["history"]
    assert first.count("mentions").added == 3 and second.count("mentions").added == 3

    # Both English versions: mehmet's (later) is current, ayse's and the lead's are history.
    three = sentence_ids(team.db)[3]
    current = team.db.execute("SELECT text, translator FROM targets WHERE sentence_id = ?",
                              [three]).fetchone()
    assert tuple(current) == (MEHMET_EN, "mehmet")
    saved = [json.loads(row[0]) for row in team.db.execute(
        "SELECT after FROM history WHERE table_name = 'targets' AND row_id = ?", [str(three)])]
    # The versions merge replaced are kept as revision rows that name their translator.
    revisions = {version["text"]: version["translator"] for version in saved
                 if "translator" in version}
    assert revisions == {"Team draft of sentence three.": "lead", AYSE_EN: "ayse"}
    # Ayse's English mention moved onto mehmet's English, still hers.
    moved = team.db.execute("SELECT start, \"end\", text FROM mentions WHERE side = 'en' AND "
                            "annotator = 'ayse'").fetchone()
    assert MEHMET_EN[moved[0]:moved[1]] == moved[2] == "Azerbaijan"

    # The clash is reported and the team's actor kept.
    assert [(c.kind, c.id) for c in second.conflicts] == [("actor", BLINKEN)]
    assert "Tony Blinken" in second.conflicts[0].detail
    assert get_actor(team.db, BLINKEN).name == "Antony Blinken"
    assert first.conflicts == []


def test_merging_a_file_twice_changes_nothing(team: Project, files: tuple[Path, Path]) -> None:
    ayse, mehmet = files
    team.merge_file(ayse)
    team.merge_file(mehmet)
    merged = counts(team.path)
    sums = hashlib.sha256(ayse.read_bytes()).hexdigest()
    for path in (ayse, mehmet, ayse):
        again = team.merge_file(path)
        assert (again.report.added, again.report.updated) == (0, 0), again.report.tables
        assert again.changes.empty
    assert counts(team.path) == merged
    assert hashlib.sha256(ayse.read_bytes()).hexdigest() == sums


def test_a_file_of_an_older_schema_is_merged_from_a_migrated_copy(tmp_path: Path) -> None:
    source = tmp_path / "schema-v2.sqlite"
    shutil.copyfile(REPO_ROOT / "tests" / "data" / "projects" / "schema-v2.sqlite", source)
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    project = Project(tmp_path / "fresh-team.sqlite")
    try:
        report = project.merge_file(source).report
        assert report.migrated_from == 2
        assert hashlib.sha256(source.read_bytes()).hexdigest() == sha
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("schema")) == [
            "schema-v2.sqlite"]
        found = counts(project.path)
        # The README of tests/data/projects lists what the file holds.
        assert {t: found[t] for t in ("documents", "blocks", "sentences", "targets",
                                      "translations")} == {
            "documents": 1, "blocks": 26, "sentences": 48, "targets": 5, "translations": 5}
        assert found["history"] == 4
        assert project.db.execute("SELECT count(*) FROM mt_cache").fetchone()[0] == 4
        again = project.merge_file(source).report
        assert (again.added, again.updated) == (0, 0)
        assert set(report.tables) == set(TABLES)
    finally:
        project.close()


def test_a_document_whose_text_differs_is_a_conflict(team: Project, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    team.assign(team.document_ids(), "ayse", other)
    conn = sqlite3.connect(other)
    conn.execute("UPDATE documents SET text = text || ' '")
    conn.commit()
    conn.close()
    report = team.merge_file(other).report
    assert [c.kind for c in report.conflicts] == ["document_text"]
    assert report.count("sentences").added == report.count("sentences").already == 0


def test_bad_files_are_refused_before_anything_is_written(team: Project, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a project", encoding="utf-8")
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    before = counts(team.path)
    kinds = {}
    for path in (team.path, tmp_path / "missing.sqlite", empty, text, tmp_path):
        with pytest.raises(Exception) as refused:
            team.merge_file(path)
        kinds[path.name] = getattr(refused.value, "kind", None)
    assert kinds == {"team.sqlite": "merge_same_file", "missing.sqlite": "merge_not_found",
                     "empty.sqlite": "merge_not_found", "notes.txt": "not_sqlite",
                     tmp_path.name: "is_folder"}
    assert counts(team.path) == before


def test_a_later_edit_in_the_file_updates_the_merged_row(team: Project,
                                                         files: tuple[Path, Path]) -> None:
    ayse, _ = files
    team.merge_file(ayse)
    db = open_project(ayse)
    event_id = db.execute("SELECT id FROM events").fetchone()[0]
    mention_id = db.execute("SELECT id FROM mentions WHERE text = 'Azerbaycan'").fetchone()[0]
    update_event(db, replace(get_event(db, event_id), type="AGREE", date="2023-11-27"))
    set_status(db, "mentions", [mention_id], AnnotationStatus.REJECTED, "ayse")
    db.execute("UPDATE events SET updated = '2999-01-01T00:00:00+00:00'")
    db.execute("UPDATE mentions SET updated = '2999-01-01T00:00:00+00:00' WHERE id = ?",
               [mention_id])
    db.conn.commit()
    db.close()
    report = team.merge_file(ayse).report
    assert (report.count("events").updated, report.count("mentions").updated) == (1, 1)
    assert report.count("events").added == report.count("mentions").added == 0
    assert team.db.execute("SELECT type, date FROM events").fetchall() == [("AGREE",
                                                                           "2023-11-27")]
    assert team.db.execute("SELECT status FROM mentions WHERE text = 'Azerbaycan'").fetchone()[
        0] == "rejected"
    assert team.db.execute("SELECT count(*) FROM event_participants").fetchone()[0] == 2
    again = team.merge_file(ayse).report
    assert (again.added, again.updated) == (0, 0)


def test_two_untriggered_events_of_one_type_in_a_sentence_stay_two(team: Project,
                                                                   tmp_path: Path) -> None:
    doc = team.document_ids()[0]
    path = tmp_path / "ayse.sqlite"
    team.assign([doc], "ayse", path)
    db = open_project(path)
    four = sentence_ids(db)[4]
    for actor in ("AZE", "TUR"):
        add_event(db, Event("", four, "CONSULT", actors=(actor,), recipients=("USA",),
                            annotator="ayse"))
    db.close()
    team.merge_file(path)
    actors = sorted(row[0] for row in team.db.execute(
        "SELECT p.actor_id FROM events e JOIN event_participants p ON p.event_id = e.id "
        "WHERE e.annotator = 'ayse' AND p.role = 'actor'"))
    assert actors == ["AZE", "TUR"]
    team.merge_file(path)  # and again: still two
    assert team.db.execute("SELECT count(*) FROM events WHERE annotator = 'ayse'"
                           ).fetchone()[0] == 2


def test_a_mention_edited_in_the_file_replaces_its_team_copy(team: Project,
                                                             tmp_path: Path) -> None:
    doc = team.document_ids()[0]
    four = sentence_ids(team.db)[4]
    turkish = team.db.execute("SELECT text FROM sentences WHERE id = ?", [four]).fetchone()[0]
    start, end = span(turkish, "Azerbaycan")
    add_mention(team.db, Mention(None, four, "AZE", Side.TR, start, end, "Azerbaycan",
                                 annotator="ayse"))
    path = tmp_path / "ayse.sqlite"
    team.assign([doc], "ayse", path)
    db = open_project(path)
    mention = db.execute("SELECT id FROM mentions WHERE annotator = 'ayse'").fetchone()[0]
    update_mention(db, replace(get_mention(db, mention), end=end - 1,
                               text=turkish[start:end - 1]))
    with db.atomic():  # later than the team's copy (timestamps have whole seconds)
        db.execute("UPDATE mentions SET updated = '2099-01-01T00:00:00+00:00' WHERE id = ?",
                   [mention])
    db.close()
    team.merge_file(path)
    assert team.db.execute('SELECT start, "end" FROM mentions WHERE annotator = \'ayse\''
                           ).fetchall() == [(start, end - 1)]
