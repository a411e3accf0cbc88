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
    with pytest.raises(ActorCsvError) as caught:
        import_actors_csv(db, path)  # ı is not an id character
    assert (caught.value.kind, caught.value.line) == ("csv_invalid_actor", 2)
    assert str(caught.value).startswith("excel.csv, line 2: Actor id “TUR-GOV-dışişleri”")
    path.write_bytes(text.replace("dışişleri", "mfa").encode("utf-8"))  # and without the BOM
    assert import_actors_csv(db, path).added == 2
    mfa = get_actor(db, "TUR-GOV-mfa")
    assert mfa.name == "Dışişleri Bakanlığı" and mfa.country == "TUR"
    assert mfa.aliases_tr == ("Hariciye", "DB")


@pytest.mark.parametrize(("content", "line", "kind", "params"), [
    (f"{HEADER}\nX1,First,USA,,,,,\nX2,,USA,,,,,\n", 3, "csv_invalid_actor",
     {"detail": "The actor's name is empty."}),
    (f"{HEADER},colour\nX1,First,USA,,,,,,red\n", 1, "csv_unknown_column",
     {"column": "colour"}),
    (f"{HEADER}\nX1,First,USA,,,,,\nX2,Second,US,,,,,\n", 3, "csv_invalid_actor",
     {"detail": "Country “US”: expected an ISO 3166 alpha-3 code (USA) or a PLOVER code "
                "(IGO, NGO, ...)."}),
    (f"{HEADER}\nX1,First,USA,,,,,\nX2,Second,USA,,,\n", 3, "csv_field_count",
     {"count": 6, "expected": 8}),
    (f"{HEADER}\nX1,First,USA,,,,,\nX1,Again,USA,,,,,\n", 3, "csv_duplicate_id",
     {"actor": "X1"}),
    (f'{HEADER}\nX1,"Multi\nline",USA,,,,,\nX2,Second,USA,GOVERNMENT,,,,\n', 4,
     "csv_invalid_actor",
     {"detail": "Sector “GOVERNMENT”: expected a PLOVER sector code (GOV, MIL, LEG, ...)."}),
    ("id,country\nX1,USA\n", 1, "csv_no_name_column", {}),
    ("\n", 1, "csv_no_header", {"columns": HEADER}),
])
def test_malformed_files_name_the_line_and_import_nothing(
        db: Database, tmp_path: Path, content: str, line: int, kind: str,
        params: dict[str, object]) -> None:
    seed_default_actors(db)
    before = counts(db)
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ActorCsvError) as caught:
        import_actors_csv(db, path)
    error = caught.value
    assert (error.kind, error.line, error.path) == (kind, line, path)
    assert {name: error.params.get(name) for name in params} == params
    assert str(error).startswith(f"bad.csv, line {line}: ")
    assert "{" not in str(error), str(error)
    assert counts(db) == before


def test_unreadable_files(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ActorCsvError, match=r"absent\.csv: file not found") as caught:
        import_actors_csv(db, tmp_path / "absent.csv")
    assert (caught.value.kind, caught.value.line) == ("csv_unreadable", None)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(f"{HEADER}\nX1,First,USA,,,,,\nX2,Kı".encode() + b"\xfdz,TUR,,,,,\n")
    with pytest.raises(ActorCsvError, match=r"latin.csv, line 3: the text is not UTF-8 "
                       r"\(byte 0xfd\)") as caught:
        import_actors_csv(db, latin)
    assert (caught.value.kind, caught.value.line) == ("csv_not_utf8", 3)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00")
    with pytest.raises(ActorCsvError, match="is a binary file") as caught:
        import_actors_csv(db, binary)
    assert caught.value.kind == "csv_unreadable"
    assert counts(db) == (0, 0)


def test_export_replaces_an_existing_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text("old content", encoding="utf-8")
    add_actor(db, Actor("X1", "First", aliases_en=("One", "Uno")))
    assert export_actors_csv(db, path) == 1
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines == [HEADER, "X1,First,,,,,,One|Uno"]
