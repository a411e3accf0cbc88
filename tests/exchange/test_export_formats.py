"""The other export formats, each read back by a real reader or checked field by field."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from exchange_helpers import (
    BLINKEN_EN,
    BLINKEN_MT,
    MACHINE_EN,
    SENATE_EN,
    Sample,
    annotate_sample,
    read_jsonl,
)
from sacrebleu.metrics import CHRF, TER
from sqlite_utils import Database
from translate.storage import tmx, xliff2

from annotator.exchange.export import export
from annotator.exchange.options import ExportOptions
from annotator.storage.connection import open_project

XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"


@pytest.fixture
def project(db_path: Path, seed_file: Path) -> Iterator[tuple[Database, Sample]]:
    db = open_project(db_path)
    yield db, annotate_sample(db, seed_file)
    db.close()


def exported(db: Database, fmt: str, tmp_path: Path, **options: Any) -> Path:
    out = tmp_path / f"out.{fmt}"
    export(db, fmt, ExportOptions(**options), out)
    return out


def test_tmx_is_read_by_translate_toolkit(project, tmp_path: Path) -> None:
    db, sample = project
    store = tmx.tmxfile(exported(db, "tmx", tmp_path).read_bytes())
    pairs = {unit.getid(): (unit.source, unit.target) for unit in store.units}
    # Only approved work by default: the reviewed and the translated sentence, not the draft.
    assert len(pairs) == 2
    assert [t for _, t in pairs.values()] == [BLINKEN_EN, SENATE_EN]
    assert all(s.startswith(("İlk olarak", "Öncesinde")) for s, _ in pairs.values())
    assert all(unit_id.startswith(f"{sample.doc_id}:") for unit_id in pairs)
    everything = tmx.tmxfile(exported(db, "tmx", tmp_path, statuses=("draft",)).read_bytes())
    assert [u.target for u in everything.units] == ["However, Blinken tried"]


def test_xliff_2_is_read_by_translate_toolkit_and_well_formed(project, tmp_path: Path) -> None:
    db, sample = project
    path = exported(db, "xliff", tmp_path)
    store = xliff2.Xliff2File(path.read_bytes())
    assert (store.sourcelanguage, store.targetlanguage) == ("tr", "en")
    units = {unit.getid(): unit for unit in store.units}
    assert len(units) > 20
    reviewed = next(u for u in units.values() if u.target == BLINKEN_EN)
    assert reviewed.isapproved() and reviewed.istranslated()
    translated = next(u for u in units.values() if u.target == SENATE_EN)
    assert translated.istranslated() and not translated.isapproved()
    draft = next(u for u in units.values() if u.target == "However, Blinken tried")
    assert draft.isfuzzy()  # state initial
    # Structure of XLIFF 2.0: namespace, version, languages, file > unit > segment > source.
    root = ElementTree.parse(path).getroot()
    assert root.tag == f"{XLIFF}xliff" and root.get("version") == "2.0"
    assert (root.get("srcLang"), root.get("trgLang")) == ("tr", "en")
    [file] = root
    assert file.tag == f"{XLIFF}file" and file.get("id") == sample.doc_id
    for unit in file:
        assert unit.tag == f"{XLIFF}unit"
        notes, segment = list(unit)
        assert notes.tag == f"{XLIFF}notes" and segment.tag == f"{XLIFF}segment"
        children = [child.tag for child in segment]
        assert children in ([f"{XLIFF}source"], [f"{XLIFF}source", f"{XLIFF}target"])
        assert segment.get("state") in ("initial", "translated", "reviewed")
        if segment.get("state") != "initial":
            assert len(children) == 2


def test_doccano_lines_field_by_field(project, tmp_path: Path) -> None:
    db, sample = project
    lines = read_jsonl(exported(db, "doccano", tmp_path, include_suggestions=True))
    assert all(set(line) == {"text", "entities", "relations", "sentence", "side", "document"}
               for line in lines)
    blinken = next(line for line in lines if line["text"].startswith("İlk olarak"))
    assert blinken["side"] == "tr" and blinken["document"] == sample.doc_id
    for entity in blinken["entities"]:
        assert set(entity) == {"id", "label", "start_offset", "end_offset"}
        assert isinstance(entity["id"], int)
    labels = {blinken["text"][e["start_offset"]:e["end_offset"]]: e["label"]
              for e in blinken["entities"]}
    assert labels == {"Antony Blinken": "USA-GOV-blinken", "Aliyev": "AZE-GOV-aliyev",
                      "telefonda görüşerek": "CONSULT"}
    by_id = {e["id"]: e["label"] for e in blinken["entities"]}
    relations = {(by_id[r["from_id"]], by_id[r["to_id"]], r["type"])
                 for r in blinken["relations"]}
    assert relations == {("CONSULT", "USA-GOV-blinken", "actor"),
                         ("CONSULT", "AZE-GOV-aliyev", "recipient")}
    assert all(set(r) == {"id", "from_id", "to_id", "type"} for r in blinken["relations"])
    ids = [e["id"] for line in lines for e in line["entities"]]
    assert len(ids) == len(set(ids))
    english = read_jsonl(exported(db, "doccano", tmp_path, side="en"))
    assert {line["text"] for line in english} == {BLINKEN_EN, SENATE_EN,
                                                  "However, Blinken tried", MACHINE_EN}


def test_label_studio_tasks_field_by_field(project, tmp_path: Path) -> None:
    db, _ = project
    tasks = json.loads(exported(db, "labelstudio", tmp_path,
                                include_suggestions=True).read_text("utf-8"))
    assert isinstance(tasks, list) and len(tasks) > 20
    assert [t["id"] for t in tasks] == list(range(1, len(tasks) + 1))
    senate = next(t for t in tasks if "ABD Senatosu'nun" in t["data"]["text"])
    assert set(senate["data"]) >= {"text", "sentence", "side", "document", "title",
                                   "translation"}
    assert senate["data"]["translation"] == SENATE_EN
    [annotation] = senate["annotations"]
    [prediction] = senate["predictions"]
    assert prediction["model_version"]
    spans = [r for r in annotation["result"] if r["type"] == "labels"]
    for result in spans + [r for r in prediction["result"] if r["type"] == "labels"]:
        assert set(result) == {"id", "from_name", "to_name", "type", "value"}
        assert (result["from_name"], result["to_name"]) == ("label", "text")
        value = result["value"]
        assert set(value) == {"start", "end", "text", "labels"}
        assert senate["data"]["text"][value["start"]:value["end"]] == value["text"]
    assert {r["value"]["labels"][0] for r in spans} == {"USA-LEG", "SANCTION"}
    assert [r["value"]["labels"] for r in prediction["result"]] == [["ACCUSE"]]
    [relation] = [r for r in annotation["result"] if r["type"] == "relation"]
    ids = {r["id"]: r["value"]["labels"][0] for r in spans}
    assert (ids[relation["from_id"]], ids[relation["to_id"]]) == ("SANCTION", "USA-LEG")
    assert (relation["direction"], relation["labels"]) == ("right", ["actor"])
    plain = next(t for t in tasks if not t["annotations"] and not t["predictions"])
    assert plain["data"]["text"]


def test_plover_records_use_plover_field_names(project, tmp_path: Path) -> None:
    db, sample = project
    events = read_jsonl(exported(db, "plover", tmp_path))
    assert [e["event"] for e in events] == [["CONSULT"], ["SANCTION"]]
    consult, sanction = events
    for field in ("id", "date", "source", "recipient", "event", "mode", "context", "text",
                  "text_info", "cite_info", "coder", "quad_code", "event_text"):
        assert field in consult
    assert consult["source"] == [{"code": "USA", "sector": "GOV", "actor_text": "Antony Blinken",
                                  "identifier_id": "Q3616810",
                                  "identifier_text": "Antony Blinken",
                                  "actor_id": "USA-GOV-blinken",
                                  "span": {"side": "tr", "start": 44, "end": 58,
                                           "text": "Antony Blinken"}}]
    assert consult["recipient"][0]["code"] == "AZE"
    assert (consult["date"], consult["quad_code"], consult["mode"]) == (
        "2023-11-27", 1, ["phone"])
    assert consult["event_text"] == ["telefonda görüşerek", "speaking by phone"]
    assert consult["text_info"]["translation"]["text"] == BLINKEN_EN
    assert consult["text_info"]["sentence_id"].startswith(sample.doc_id)
    assert consult["cite_info"]["url"].startswith("https://avim.org.tr")
    assert consult["coder"] == "ayse"
    assert (sanction["quad_code"], sanction["context"]) == (4, ["military"])


def test_post_editing_triplets_with_sacrebleu_metrics(project, tmp_path: Path) -> None:
    db, _ = project
    lines = read_jsonl(exported(db, "pe", tmp_path))
    assert [line["status"] for line in lines] == ["reviewed", "translated"]
    blinken = lines[0]
    assert (blinken["src"][:10], blinken["mt"], blinken["pe"]) == (
        "İlk olarak", BLINKEN_MT, BLINKEN_EN)
    ter = TER(case_sensitive=True).sentence_score(BLINKEN_MT, [BLINKEN_EN]).score / 100
    assert blinken["hter"] == pytest.approx(ter, abs=1e-4) and 0 < blinken["hter"] < 1
    assert blinken["chrf"] == pytest.approx(
        CHRF().sentence_score(BLINKEN_MT, [BLINKEN_EN]).score, abs=0.01)
    assert blinken["seconds"] == 41 and blinken["word_edits"] > 0
    assert 0 < blinken["edit_distance"] < 1
    untouched = lines[1]
    assert (untouched["hter"], untouched["chrf"], untouched["edit_distance"]) == (0, 100, 0)


def test_csv_has_one_row_per_sentence_and_opens_in_excel(project, tmp_path: Path) -> None:
    db, _ = project
    path = exported(db, "csv", tmp_path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(read_jsonl(exported(db, "jsonl", tmp_path)))
    blinken = next(row for row in rows if row["final"] == BLINKEN_EN)
    assert blinken["status"] == "reviewed" and blinken["mt"] == BLINKEN_MT
    assert 'USA-GOV-blinken@tr:' in blinken["mentions"]
    assert blinken["events"] == "CONSULT/phone [USA-GOV-blinken > AZE-GOV-aliyev] 2023-11-27"
