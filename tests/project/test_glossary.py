"""The project glossary through the storage and operations layers: entries are cleaned, unique per
folded Turkish term, undoable; imports merge without duplicates; the term index covers entries
and actors and follows edits; QA "not an error" marks are stored per finding."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.glossary import GlossaryTerm
from annotator.project import Project
from annotator.project.glossary_edits import AddTerm, DeleteTerm, EditTerm
from annotator.storage import glossary as store
from annotator.storage.actor_seed import seed_default_actors
from annotator.storage.glossary import GlossaryError

MINISTER = GlossaryTerm(source="  Dışişleri   Bakanı ", targets=("Foreign Minister",
                                                              "Minister of Foreign Affairs"),
                        forbidden=("Foreign Affairs Minister",), note="title")


@pytest.fixture
def project(db_path: Path) -> Iterator[Project]:
    opened = Project(db_path, who=lambda: "ayse")
    yield opened
    opened.close()


def rows(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_an_entry_is_stored_cleaned_with_a_history_row(project: Project) -> None:
    stored = project.add_term(MINISTER).report
    assert stored.source == "Dışişleri Bakanı" and stored.id is not None
    assert project.glossary() == [stored]
    assert stored.targets == ("Foreign Minister", "Minister of Foreign Affairs")
    history = project.db.execute("SELECT who, action FROM history WHERE table_name = "
                                 "'glossary_terms'").fetchall()
    assert history == [("ayse", "insert")]


def test_one_entry_per_folded_turkish_term(project: Project, db_path: Path) -> None:
    project.add_term(MINISTER)
    with pytest.raises(GlossaryError) as caught:
        project.add_term(GlossaryTerm(source="DIŞİŞLERİ BAKANI", targets=("FM",)))
    assert caught.value.kind == "term_exists"
    assert rows(db_path, "glossary_terms") == 1


@pytest.mark.parametrize(("term", "kind"), [
    (GlossaryTerm(source="   "), "term_empty"),
    (GlossaryTerm(source="x" * 400), "term_too_long"),
])
def test_bad_entries_are_refused_and_nothing_is_written(project: Project, db_path: Path,
                                                        term: GlossaryTerm, kind: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        project.add_term(term)
    assert caught.value.kind == kind
    assert rows(db_path, "glossary_terms") == 0


def test_tabs_and_line_breaks_inside_a_term_become_spaces(project: Project) -> None:
    stored = project.add_term(GlossaryTerm(source="Dış\tİlişkiler\nKomisyonu",
                                           targets=("Foreign\tRelations Committee",))).report
    assert (stored.source, stored.targets) == ("Dış İlişkiler Komisyonu",
                                               ("Foreign Relations Committee",))


def test_a_forbidden_variant_that_is_also_a_target_is_dropped(project: Project) -> None:
    stored = project.add_term(GlossaryTerm(source="Bakan", targets=("Minister",),
                                           forbidden=("minister", "Secretary"))).report
    assert stored.forbidden == ("Secretary",)


def test_add_edit_delete_undo_and_redo(project: Project) -> None:
    add = AddTerm(project, MINISTER)
    assert add.apply().glossary
    assert add.saved is not None
    edit = EditTerm(project, GlossaryTerm(source="Dışişleri Bakanı", targets=("Foreign Minister",),
                                          id=add.saved.id))
    edit.apply()
    assert project.glossary()[0].targets == ("Foreign Minister",)
    edit.revert()
    assert project.glossary()[0].targets == add.saved.targets
    delete = DeleteTerm(project, add.saved.id)  # type: ignore[arg-type]
    delete.apply()
    assert project.glossary() == []
    delete.revert()
    assert project.glossary()[0].id == add.saved.id
    add.revert()
    assert project.glossary() == []
    add.apply()  # redo keeps the id
    assert project.glossary()[0].id == add.saved.id


def test_merging_adds_new_entries_completes_known_ones_and_twice_changes_nothing(
        project: Project) -> None:
    project.add_term(GlossaryTerm(source="Dışişleri Bakanı", targets=("Foreign Minister",)))
    incoming = [GlossaryTerm(source="dışişleri bakanı", targets=("Minister of Foreign Affairs",),
                             forbidden=("Foreign Affairs Minister",)),
                GlossaryTerm(source="Güney Kafkasya", targets=("South Caucasus",))]
    first = store.merge_terms(project.db, incoming, origin="terms.tbx")
    assert (first.added, first.updated, first.unchanged) == (1, 1, 0)
    again = store.merge_terms(project.db, incoming, origin="terms.tbx")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    minister = store.find_term(project.db, "DIŞİŞLERİ BAKANI")
    assert minister is not None
    assert minister.targets == ("Foreign Minister", "Minister of Foreign Affairs")
    assert minister.forbidden == ("Foreign Affairs Minister",)


def test_a_bad_entry_in_a_merge_writes_nothing(project: Project, db_path: Path) -> None:
    with pytest.raises(GlossaryError):
        store.merge_terms(project.db, [GlossaryTerm(source="Bakan", targets=("Minister",)),
                                       GlossaryTerm(source="")])
    assert rows(db_path, "glossary_terms") == 0


def test_terms_in_finds_entries_and_actors_and_follows_edits(project: Project) -> None:
    seed_default_actors(project.db)
    text = "Dışişleri Bakanı'nın Azerbaycan'a yaptığı ziyaret Mısır'da da konuşuldu."
    found = {(text[h.start:h.end], h.term.origin) for h in project.terms_in(text)}
    assert ("Azerbaycan", "actor") in found and ("Mısır", "actor") in found
    assert not any(origin == "glossary" for _, origin in found)
    project.add_term(MINISTER)
    hits = project.terms_in(text)
    minister = next(h for h in hits if h.term.origin == "glossary")
    assert text[minister.start:minister.end] == "Dışişleri Bakanı"
    assert minister.term.preferred == "Foreign Minister"


def test_an_actor_name_with_a_capital_needs_one_in_the_text(project: Project) -> None:
    seed_default_actors(project.db)
    assert not [h for h in project.terms_in("Tarlada mısır ekildi.") if h.term.origin == "actor"]


def test_qa_marks_are_kept_per_finding(project: Project, tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    source.write_text("Başlık\n\nBir cümle.\n", encoding="utf-8")
    project.import_files([source])
    sentence = project.segments(project.document_ids()[0])[-1].sentence.id
    assert store.set_qa_ignored(project.db, sentence, "numbers", "3,5", True, "ayse")
    assert not store.set_qa_ignored(project.db, sentence, "numbers", "3,5", True, "ayse")
    assert store.qa_ignored(project.db, [sentence]) == {(sentence, "numbers", "3,5")}
    assert store.qa_ignored(project.db) == {(sentence, "numbers", "3,5")}
    assert store.set_qa_ignored(project.db, sentence, "numbers", "3,5", False)
    assert store.qa_ignored(project.db) == set()
