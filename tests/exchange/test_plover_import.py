"""PLOVER event JSONL import: refusals name FILE:LINE and write nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import Sample, annotate_sample, counts, read_jsonl
from sqlite_utils import Database

from annotator.exchange.errors import ImportFileError
from annotator.exchange.export import export
from annotator.exchange.importer import detect_format, import_annotations
from annotator.exchange.options import ExportOptions
from annotator.messages.exchange import MESSAGES
from annotator.storage.annotations import delete_event, document_events
from annotator.storage.connection import open_project

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def project(db_path: Path, seed_file: Path) -> Iterator[tuple[Database, Sample]]:
    db = open_project(db_path)
    yield db, annotate_sample(db, seed_file)
    db.close()


@pytest.fixture
def plover_file(project, tmp_path: Path) -> Path:
    """The project's events as PLOVER; the events are then deleted from the project."""
    db, sample = project
    path = tmp_path / "events.jsonl"
    export(db, "plover", ExportOptions(include_suggestions=True), path)
    for event in document_events(db, sample.doc_id):
        delete_event(db, event.id)
    return path


def edit_line(path: Path, number: int, change: Edit) -> None:
    records = read_jsonl(path)
    change(records[number - 1])
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def test_the_format_is_detected_and_the_events_come_back(project, plover_file: Path) -> None:
    db, sample = project
    assert detect_format(plover_file) == "plover"
    report = import_annotations(db, plover_file)
    assert report.records == report.events == len(read_jsonl(plover_file)) == len(
        document_events(db, sample.doc_id))
    assert report.mentions == 0  # the bound mentions were all there


def _unknown_sentence(record: dict[str, Any]) -> None:
    record["text_info"]["sentence_id"] = "nosuchdocument:3"


def _other_text(record: dict[str, Any]) -> None:
    record["text"] = record["text"] + " (edited)"


def _unknown_type(record: dict[str, Any]) -> None:
    record["event"] = ["NO_SUCH_TYPE"]


def _bad_date(record: dict[str, Any]) -> None:
    record["date"] = "27/11/2023"


def _no_trigger(record: dict[str, Any]) -> None:
    del record["trigger"]


def _bad_span(record: dict[str, Any]) -> None:
    record["source"][0]["span"] = {"side": "tr", "start": 0, "end": 3, "text": "xyz"}


@pytest.mark.parametrize(("change", "kind"), [
    (_unknown_sentence, "plover_unknown_sentence"),
    (_other_text, "plover_text_differs"),
    (_unknown_type, "jsonl_unknown_event_type"),
    (_bad_date, "jsonl_bad_event_date"),
    (_no_trigger, "plover_invalid_field"),
    (_bad_span, "jsonl_span_differs"),
])
def test_a_bad_line_is_refused_and_nothing_is_written(project, plover_file: Path,
                                                      change: Edit, kind: str) -> None:
    db, _ = project
    last = len(read_jsonl(plover_file))
    assert last >= 2  # earlier lines would be imported without the transaction
    edit_line(plover_file, last, change)
    before = counts(db)
    with pytest.raises(ImportFileError) as caught:
        import_annotations(db, plover_file)
    assert caught.value.kind == kind
    assert caught.value.line == last
    assert str(caught.value).startswith(f"{plover_file}:{last}: ")
    assert counts(db) == before


def test_invalid_json_and_non_objects_name_their_line(project, plover_file: Path) -> None:
    db, _ = project
    lines = plover_file.read_text(encoding="utf-8").splitlines()
    before = counts(db)
    for bad, kind in (("{not json", "json_invalid"), ("[1, 2]", "plover_not_object")):
        plover_file.write_text("\n".join([lines[0], bad]) + "\n", encoding="utf-8")
        with pytest.raises(ImportFileError) as caught:
            import_annotations(db, plover_file, fmt="plover")
        assert (caught.value.kind, caught.value.line) == (kind, 2)
        assert counts(db) == before


def test_an_event_already_there_with_other_values_is_refused(project,
                                                             plover_file: Path) -> None:
    db, _ = project
    import_annotations(db, plover_file)
    edit_line(plover_file, 1, lambda r: r.update(mode=["other"]))
    before = counts(db)
    with pytest.raises(ImportFileError) as caught:
        import_annotations(db, plover_file)
    assert (caught.value.kind, caught.value.line) == ("jsonl_event_differs", 1)
    assert counts(db) == before


def test_the_new_messages_have_turkish_translations() -> None:
    root = Path(__file__).resolve().parents[2]
    turkish = json.loads((root / "resources" / "i18n" / "tr_strings.json").read_text("utf-8"))
    for kind, template in MESSAGES.items():
        if kind.startswith("plover_"):
            assert turkish[f"Errors|{template}"]
