"""Actor registry CSV: round trip, updates, BOM and separators, malformed files change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.annotations import Actor
from annotator.exchange.actors_csv import (
    COLUMNS,
    ActorCsvError,
    ImportReport,
    export_actors_csv,
    import_actors_csv,
)
from annotator.storage.actor_seed import seed_default_actors
from annotator.storage.actors import add_actor, get_actor, list_actors
from annotator.storage.connection import open_project

HEADER = ",".join(COLUMNS)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_project(db_path)
    yield database
    database.close()


def counts(db: Database) -> tuple[int, int]:
    return (int(db.execute("SELECT count(*) FROM actors").fetchone()[0]),
            int(db.execute("SELECT count(*) FROM history").fetchone()[0]))


def fields(actor: Actor) -> tuple[object, ...]:
    return (actor.id, actor.name, actor.country, actor.sector, actor.cameo, actor.wikidata,
            actor.aliases_tr, actor.aliases_en)


def test_round_trip_through_a_fresh_project(db: Database, tmp_path: Path) -> None:
    seed_default_actors(db)
    add_actor(db, Actor("", "Antony Blinken", "USA", "GOV", wikidata="Q3616810",
                        aliases_tr=("Blinken", "Dışişleri Bakanı Blinken"),
                        aliases_en=("Secretary Blinken", 'Tony "the diplomat"')))
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "actors.csv"
    written = export_actors_csv(db, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf" + HEADER.encode())
    assert [p.name for p in folder.iterdir()] == ["actors.csv"]  # no temporary file left

    other = open_project(tmp_path / "other.sqlite")
    report = import_actors_csv(other, path, who="ana")
    assert report == ImportReport(added=written) and report.total == written
    assert [fields(a) for a in list_actors(other)] == [fields(a) for a in list_actors(db)]
    assert get_actor(other, "USA-GOV-antony-blinken").annotator == "ana"

    # Importing the same file again changes nothing and writes no history.
    before = counts(other)
    assert import_actors_csv(other, path) == ImportReport(unchanged=written)
    assert counts(other) == before
    other.close()


def test_existing_ids_are_updated_and_new_rows_added(db: Database, tmp_path: Path) -> None:
    seed_default_actors(db)
    created = get_actor(db, "USA").created
    path = tmp_path / "edit.csv"
    path.write_text(f"{HEADER}\n"
                    "USA,United States,USA,,,Q30,ABD|Amerika,US|the States\n"
                    ",ABD Senatosu,USA,LEG,,,Senato,US Senate\n", encoding="utf-8")
    report = import_actors_csv(db, path, who="can")
    assert (report.added, report.updated, report.unchanged) == (1, 1, 0)
    usa = get_actor(db, "USA")
    assert usa.wikidata == "Q30" and usa.aliases_en == ("US", "the States")
    assert usa.created == created and usa.annotator == "can"
    assert get_actor(db, "USA-LEG-abd-senatosu").aliases_tr == ("Senato",)


def test_columns_a_file_lacks_keep_their_values(db: Database, tmp_path: Path) -> None:
    seed_default_actors(db)
    path = tmp_path / "short.csv"
    path.write_text("id,name,wikidata\nAZE,Azerbaijan,Q227\n", encoding="utf-8")
    import_actors_csv(db, path)
    aze = get_actor(db, "AZE")
    assert aze.wikidata == "Q227" and "Azerbaycan" in aze.aliases_tr


def test_bom_semicolons_and_quoted_line_breaks(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    text = ('id;name;country;aliases_tr\r\n'
            'TUR-GOV-dışişleri;"Dışişleri\nBakanlığı";tur;"Hariciye|DB"\r\n'
            'AZE-GOV-aliyev;İlham Aliyev;AZE;Aliyev\r\n')
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    with pytest.raises(ActorCsvError, match=r"excel.csv, line 2: id 'TUR-GOV-dışişleri'"):
        import_actors_csv(db, path)  # ı is not an id character
    path.write_bytes(text.replace("dışişleri", "mfa").encode("utf-8"))  # and without the BOM
    assert import_actors_csv(db, path).added == 2
    mfa = get_actor(db, "TUR-GOV-mfa")
    assert mfa.name == "Dışişleri Bakanlığı" and mfa.country == "TUR"
    assert mfa.aliases_tr == ("Hariciye", "DB")


@pytest.mark.parametrize(("content", "line", "words"), [
    (f"{HEADER}\nX1,First,USA,,,,,\nX2,,USA,,,,,\n", 3, "the name is empty"),
    (f"{HEADER},colour\nX1,First,USA,,,,,,red\n", 1, "unknown column 'colour'"),
    (f"{HEADER}\nX1,First,USA,,,,,\nX2,Second,US,,,,,\n", 3, "country 'US'"),
    (f"{HEADER}\nX1,First,USA,,,,,\nX2,Second,USA,,,\n", 3, "6 fields, but the header has 8"),
    (f"{HEADER}\nX1,First,USA,,,,,\nX1,Again,USA,,,,,\n", 3, "id 'X1' appears twice"),
    (f'{HEADER}\nX1,"Multi\nline",USA,,,,,\nX2,Second,USA,GOVERNMENT,,,,\n', 4, "sector"),
    ("id,country\nX1,USA\n", 1, "the 'name' column is missing"),
    ("\n", 1, "no header row"),
])
def test_malformed_files_name_the_line_and_import_nothing(
        db: Database, tmp_path: Path, content: str, line: int, words: str) -> None:
    seed_default_actors(db)
    before = counts(db)
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ActorCsvError) as caught:
        import_actors_csv(db, path)
    assert str(caught.value).startswith(f"bad.csv, line {line}: ")
    assert words in str(caught.value)
    assert caught.value.line == line
    assert counts(db) == before


def test_unreadable_files(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ActorCsvError, match=r"absent\.csv: file not found"):
        import_actors_csv(db, tmp_path / "absent.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(f"{HEADER}\nX1,First,USA,,,,,\nX2,Kı".encode() + b"\xfdz,TUR,,,,,\n")
    with pytest.raises(ActorCsvError, match=r"latin.csv, line 3: is not UTF-8"):
        import_actors_csv(db, latin)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00")
    with pytest.raises(ActorCsvError, match="is a binary file"):
        import_actors_csv(db, binary)
    assert counts(db) == (0, 0)


def test_export_replaces_an_existing_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text("old content", encoding="utf-8")
    add_actor(db, Actor("X1", "First", aliases_en=("One", "Uno")))
    assert export_actors_csv(db, path) == 1
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines == [HEADER, "X1,First,,,,,,One|Uno"]
