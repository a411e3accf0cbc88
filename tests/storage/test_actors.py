"""The actor registry: seeding, Turkish-aware matching and search, edits, merge and delete."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.annotations import Actor, Event, Mention
from annotator.core.models import Provenance, Side
from annotator.ingest.pipeline import import_file
from annotator.storage.actor_seed import seed_default_actors
from annotator.storage.actors import (
    ActorError,
    ActorExistsError,
    ActorInUseError,
    ActorNotFoundError,
    InvalidActorError,
    actor_id_for,
    actor_matcher,
    actor_usage,
    add_actor,
    delete_actor,
    get_actor,
    list_actors,
    make_actor_id,
    merge_actors,
    search_actors,
    update_actor,
)
from annotator.storage.annotations import add_event, add_mention, get_event, get_mention
from annotator.storage.connection import open_project
from annotator.storage.segments import get_segments


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_project(db_path)
    yield database
    database.close()


@pytest.fixture
def seeded(db: Database) -> Database:
    seed_default_actors(db)
    return db


def history(db: Database, table: str, row_id: str) -> list[dict[str, object]]:
    return list(db.query("SELECT * FROM history WHERE table_name = ? AND row_id = ? ORDER BY id",
                         [table, row_id]))


def count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- seeding -------------------------------------------------------------------------------------

def test_seed_has_every_country_with_turkish_names(seeded: Database) -> None:
    usa = get_actor(seeded, "USA")
    assert usa.name == "United States" and usa.country == "USA" and usa.sector is None
    assert {"ABD", "Amerika Birleşik Devletleri"} <= set(usa.aliases_tr)
    assert {"US", "USA", "United States of America"} <= set(usa.aliases_en)
    assert usa.provenance is Provenance.IMPORTED and usa.created and usa.updated
    assert "Azerbaycan" in get_actor(seeded, "AZE").aliases_tr
    assert "Rusya" in get_actor(seeded, "RUS").aliases_tr
    assert {"İngiltere", "Birleşik Krallık"} <= set(get_actor(seeded, "GBR").aliases_tr)
    assert "UK" in get_actor(seeded, "GBR").aliases_en
    turkey = get_actor(seeded, "TUR")
    assert turkey.name == "Türkiye" and "Turkey" in turkey.aliases_en
    assert get_actor(seeded, "PSE").name == "Palestine"  # not "Palestine, State of"
    assert count(seeded, "actors") >= 249 + 30


def test_seed_has_organisations_with_plover_codes(seeded: Database) -> None:
    nato = get_actor(seeded, "IGO-NATO")
    assert nato.country == "IGO" and "Kuzey Atlantik Antlaşması Örgütü" in nato.aliases_tr
    assert {"AB", "Avrupa Birliği"} <= set(get_actor(seeded, "IGO-EU").aliases_tr)
    assert "AGİT" in get_actor(seeded, "IGO-OSCE").aliases_tr
    assert get_actor(seeded, "IGO-ICJ").sector == "JUD"
    assert get_actor(seeded, "NGO-ICRC").country == "NGO"
    assert "Türk Devletleri Teşkilatı" in get_actor(seeded, "IGO-OTS").aliases_tr


def test_seed_is_idempotent_and_writes_history(db: Database) -> None:
    added = seed_default_actors(db, who="setup")
    assert added == count(db, "actors")
    assert seed_default_actors(db) == 0
    assert count(db, "actors") == added
    rows = history(db, "actors", "USA")
    assert len(rows) == 1 and rows[0]["action"] == "insert" and rows[0]["who"] == "setup"
    assert json.loads(str(rows[0]["after"]))["aliases_tr"][0] == "ABD"


# -- matching and search -------------------------------------------------------------------------

def test_matcher_finds_countries_in_the_sample_with_turkish_suffixes(
        seeded: Database, seed_file: Path) -> None:
    text = seed_file.read_text(encoding="utf-8")
    found = {(m.key, text[m.start:m.end]) for m in actor_matcher(seeded, Side.TR).find(text)}
    assert ("AZE", "Azerbaycan") in found  # Azerbaycan'ın, Azerbaycan'a ...
    assert ("USA", "ABD") in found  # ABD'li, ABD'nin ...
    assert ("ARM", "Ermenistan") in found
    start = text.index("ABD'li")
    assert any(m.key == "USA" and (m.start, m.end) == (start, start + 3)
               for m in actor_matcher(seeded, Side.TR).find(text))


@pytest.mark.parametrize(("side", "text", "expected"), [
    (Side.TR, "Azerbaycan'ın tavrı ve ABD'li yetkililer", [("AZE", "Azerbaycan"), ("USA", "ABD")]),
    (Side.TR, "AB ve BM, NATO'nun AGİT'le görüşmesi", [("IGO-EU", "AB"), ("IGO-UN", "BM"),
                                                      ("IGO-NATO", "NATO"),
                                                      ("IGO-OSCE", "AGİT")]),
    (Side.TR, "Mısır'a buğday ve mısır gönderdi", [("EGY", "Mısır")]),  # the grain is not Egypt
    (Side.TR, "İngiltere'nin tutumu", [("GBR", "İngiltere")]),
    (Side.EN, "The US told us that the UN and the EU agree", [("USA", "US"), ("IGO-UN", "UN"),
                                                              ("IGO-EU", "EU")]),
    (Side.EN, "WHO says who pays; Turkey is not a turkey", [("IGO-WHO", "WHO"),
                                                             ("TUR", "Turkey")]),
])
def test_matcher_respects_capitals(seeded: Database, side: Side, text: str,
                                   expected: list[tuple[str, str]]) -> None:
    found = [(m.key, text[m.start:m.end]) for m in actor_matcher(seeded, side).find(text)]
    assert found == expected


@pytest.mark.parametrize(("query", "first"), [
    ("turk", "TUR"), ("Türk", "TUR"), ("TÜRKİYE", "TUR"), ("azerb", "AZE"), ("Azerbaycan", "AZE"),
    ("ABD'li", "USA"), ("abd", "USA"), ("usa", "USA"), ("bm", "IGO-UN"), ("nato", "IGO-NATO"),
    ("ingiltere", "GBR"), ("rusya", "RUS"),
])
def test_search_is_turkish_folded_best_first(seeded: Database, query: str, first: str) -> None:
    assert search_actors(seeded, query)[0].id == first


def test_search_limits_and_empty_query(seeded: Database) -> None:
    assert len(search_actors(seeded, "a", limit=5)) == 5
    assert len(search_actors(seeded, "  ", limit=7)) == 7
    assert search_actors(seeded, "zzzzqqq") == []
    assert [a.id for a in search_actors(seeded, "turk")][:2] == ["TUR", "TKM"]


# -- add, update, ids ----------------------------------------------------------------------------

def test_make_actor_id_is_folded_and_unique(db: Database) -> None:
    assert actor_id_for("Antony Blinken", "USA", "GOV") == "USA-GOV-antony-blinken"
    assert actor_id_for("ABD Senatosu", "USA", "LEG") == "USA-LEG-abd-senatosu"
    assert actor_id_for("Şükrü Çağlayan'ın Ofisi") == "sukru-caglayan-in-ofisi"
    assert actor_id_for("Путин", "RUS") == "RUS-actor"
    first = add_actor(db, Actor("", "Antony Blinken", "usa", "gov", annotator="ana"))
    assert first.id == "USA-GOV-antony-blinken" and first.country == "USA"
    assert make_actor_id(db, "Antony Blinken", "USA", "GOV") == "USA-GOV-antony-blinken-2"
    second = add_actor(db, Actor("", "Antony  Blinken", "USA", "GOV"))
    assert second.id == "USA-GOV-antony-blinken-2"


def test_add_and_update_write_history(db: Database) -> None:
    added = add_actor(db, Actor("USA-LEG-senate", "ABD Senatosu", "USA", "LEG",
                                aliases_tr=("ABD Senatosu", " Senato ", "senato"),
                                annotator="ana"))
    assert added.aliases_tr == ("Senato",)  # the name and fold-duplicates are dropped
    assert get_actor(db, "USA-LEG-senate") == added
    changed = update_actor(db, Actor(**{**added.__dict__, "aliases_en": ("US Senate",),
                                        "annotator": "can"}))
    assert changed.created == added.created and changed.aliases_en == ("US Senate",)
    rows = history(db, "actors", "USA-LEG-senate")
    assert [r["action"] for r in rows] == ["insert", "update"]
    assert rows[1]["who"] == "can"
    assert json.loads(str(rows[1]["before"]))["aliases_en"] == []
    assert json.loads(str(rows[1]["after"]))["aliases_en"] == ["US Senate"]
    assert update_actor(db, changed) == changed  # unchanged: no new history row
    assert len(history(db, "actors", "USA-LEG-senate")) == 2


@pytest.mark.parametrize(("actor", "field"), [
    (Actor("x", ""), "name"),
    (Actor("x", "Name", country="US"), "country"),
    (Actor("x", "Name", sector="GOVERNMENT"), "sector"),
    (Actor("x", "Name", wikidata="42"), "wikidata"),
    (Actor("has space", "Name"), "id"),
    (Actor("x", "Name", aliases_en=("a|b",)), "aliases_en"),
])
def test_invalid_actors_are_refused(db: Database, actor: Actor, field: str) -> None:
    with pytest.raises(InvalidActorError) as caught:
        add_actor(db, actor)
    assert caught.value.field == field
    assert count(db, "actors") == 0


def test_duplicate_and_missing_ids(seeded: Database) -> None:
    with pytest.raises(ActorExistsError):
        add_actor(seeded, Actor("USA", "United States again"))
    with pytest.raises(ActorNotFoundError, match="There is no actor XYZ"):
        get_actor(seeded, "XYZ")
    with pytest.raises(ActorNotFoundError):
        update_actor(seeded, Actor("XYZ", "Nobody"))


# -- delete and merge ----------------------------------------------------------------------------

@pytest.fixture
def linked(seeded: Database, seed_file: Path) -> tuple[Database, int]:
    """A document, two Blinken actors, mentions of both and events using both."""
    doc_id = import_file(seeded, seed_file).document.id
    sentence = next(s.sentence for s in get_segments(seeded, doc_id)
                    if "Blinken" in s.sentence.text)
    add_actor(seeded, Actor("USA-GOV-antony-blinken", "Antony Blinken", "USA", "GOV",
                            aliases_tr=("Blinken",)))
    add_actor(seeded, Actor("USA-GOV-blinken", "Blinken", "USA", "GOV", wikidata="Q3616810",
                            aliases_en=("Secretary Blinken",)))
    start = sentence.text.index("Blinken")
    for actor_id in ("USA-GOV-blinken", "USA-GOV-antony-blinken"):
        add_mention(seeded, Mention(None, sentence.id, actor_id, Side.TR, start, start + 7,
                                    "Blinken"))
    add_event(seeded, Event("e-both", sentence.id, "CONSULT", modes=("phone",),
                            actors=("USA-GOV-antony-blinken", "USA-GOV-blinken"),
                            recipients=("AZE",)))
    add_event(seeded, Event("e-drop", sentence.id, "CONSULT", actors=("USA-GOV-blinken",),
                            recipients=("AZE",)))
    add_event(seeded, Event("e-recipient", sentence.id, "CONSULT", actors=("AZE",),
                            recipients=("USA-GOV-blinken",)))
    return seeded, sentence.id


def test_delete_refuses_a_used_actor(linked: tuple[Database, int]) -> None:
    db, _ = linked
    assert actor_usage(db, "USA-GOV-blinken") == (1, 3)
    with pytest.raises(ActorInUseError, match=r"1 mention\(s\) and 3 event\(s\); merge") as err:
        delete_actor(db, "USA-GOV-blinken")
    assert (err.value.mentions, err.value.events) == (1, 3)
    assert get_actor(db, "USA-GOV-blinken").name == "Blinken"


def test_delete_an_unused_actor(db: Database) -> None:
    add_actor(db, Actor("tmp", "Temporary"))
    removed = delete_actor(db, "tmp", who="ana")
    assert removed.name == "Temporary" and list_actors(db) == []
    rows = history(db, "actors", "tmp")
    assert [r["action"] for r in rows] == ["insert", "delete"] and rows[1]["after"] is None


def test_merge_moves_mentions_and_participants(linked: tuple[Database, int]) -> None:
    db, _ = linked
    mentions_before = count(db, "mentions")
    merged = merge_actors(db, "USA-GOV-antony-blinken", "USA-GOV-blinken", who="ana")
    assert merged.wikidata == "Q3616810"  # filled from the dropped actor
    assert "Secretary Blinken" in merged.aliases_en and "Blinken" in merged.aliases_tr
    assert get_actor(db, "USA-GOV-antony-blinken") == merged
    with pytest.raises(ActorNotFoundError):
        get_actor(db, "USA-GOV-blinken")
    assert count(db, "mentions") == mentions_before
    assert {m["actor_id"] for m in db.query("SELECT actor_id FROM mentions")} == {
        "USA-GOV-antony-blinken"}
    assert get_event(db, "e-both").actors == ("USA-GOV-antony-blinken",)  # one row per role
    assert get_event(db, "e-drop").actors == ("USA-GOV-antony-blinken",)
    assert get_event(db, "e-recipient").recipients == ("USA-GOV-antony-blinken",)
    assert actor_usage(db, "USA-GOV-blinken") == (0, 0)
    moved = db.execute("SELECT id FROM mentions ORDER BY id").fetchone()[0]
    assert get_mention(db, moved).actor_id == "USA-GOV-antony-blinken"
    assert [r["action"] for r in history(db, "mentions", str(moved))] == ["insert", "update"]
    assert [r["action"] for r in history(db, "events", "e-both")] == ["insert", "update"]
    assert [r["action"] for r in history(db, "actors", "USA-GOV-blinken")] == [
        "insert", "delete"]
    assert history(db, "actors", "USA-GOV-antony-blinken")[-1]["who"] == "ana"


def test_failed_merge_changes_nothing(linked: tuple[Database, int]) -> None:
    db, _ = linked
    before = (count(db, "actors"), count(db, "history"), count(db, "event_participants"))
    with pytest.raises(ActorNotFoundError):
        merge_actors(db, "NOBODY", "USA-GOV-blinken")
    with pytest.raises(ActorError, match="into itself"):
        merge_actors(db, "USA-GOV-blinken", "USA-GOV-blinken")
    assert (count(db, "actors"), count(db, "history"), count(db, "event_participants")) == before
    assert get_event(db, "e-drop").actors == ("USA-GOV-blinken",)


def test_merge_is_one_transaction(linked: tuple[Database, int],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure at the last step (deleting the dropped actor) undoes the moves too."""
    db, _ = linked
    import annotator.storage.actors as actors_module

    real = actors_module.write_history

    def failing(db_: Database, table: str, row_id: str, action: str, *rest: object) -> None:
        if table == "actors" and action == "delete":
            raise RuntimeError("disk full")
        real(db_, table, row_id, action, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(actors_module, "write_history", failing)
    before = (count(db, "history"), list(db.query("SELECT * FROM mentions")),
              list(db.query("SELECT * FROM event_participants")))
    with pytest.raises(RuntimeError):
        merge_actors(db, "USA-GOV-antony-blinken", "USA-GOV-blinken")
    after = (count(db, "history"), list(db.query("SELECT * FROM mentions")),
             list(db.query("SELECT * FROM event_participants")))
    assert after == before
    assert get_actor(db, "USA-GOV-blinken").name == "Blinken"


def test_registry_is_seeded_once_per_project(db_path) -> None:  # type: ignore[no-untyped-def]
    from annotator.storage.actor_seed import ensure_default_actors
    from annotator.storage.connection import open_project

    db = open_project(db_path)
    assert db["actors"].count == 0  # a new project starts empty ...
    added = ensure_default_actors(db)
    assert added > 200 and db["actors"].count == added  # ... and is seeded on first use
    db.execute("DELETE FROM actors WHERE id = 'USA'")
    assert ensure_default_actors(db) == 0  # a deleted seed actor does not come back
    assert db.execute("SELECT count(*) FROM actors WHERE id = 'USA'").fetchone()[0] == 0
    db.close()
