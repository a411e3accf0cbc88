"""Exchange errors carry a kind and parameters; the catalogue makes the sentence."""

from __future__ import annotations

import pickle
import string
from pathlib import Path

import pytest

from annotator.exchange.actors_csv import ActorCsvError
from annotator.exchange.errors import (
    ExchangeError,
    ExportCancelledError,
    ExportOptionsError,
    ImportFileError,
)
from annotator.exchange.export import export_format
from annotator.exchange.options import parse_split
from annotator.exchange.output import check_output_path
from annotator.messages import FALLBACK, template_for
from annotator.messages.exchange import MESSAGES


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_template_is_a_sentence_and_located_ones_start_with_the_place() -> None:
    for kind, template in MESSAGES.items():
        assert template[-1] in ".?" or template.endswith(("{detail}", "{problems}")), kind
        if "where" in fields(template):
            assert template.startswith("{where}: "), kind
        if "file" in fields(template):
            assert template.startswith("{file}, line {line}: "), kind


def test_an_import_error_names_file_and_line_and_survives_pickling(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    error = ImportFileError("json_invalid", path=path, line=3, detail="Expecting value",
                            column=1)
    assert (error.key, error.path, error.line) == ("exchange.json_invalid", path, 3)
    assert str(error) == f"{path}:3: not valid JSON: Expecting value (column 1)."
    whole = ImportFileError("empty_file", path=path)
    assert whole.line is None and str(whole) == f"{path}: the file is empty."
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.kind, copy.path, copy.line, str(copy)) == (
        ImportFileError, "json_invalid", path, 3, str(error))


def test_an_actor_csv_error_is_an_exchange_error(tmp_path: Path) -> None:
    error = ActorCsvError("csv_column_twice", path=tmp_path / "actors.csv", line=1)
    assert isinstance(error, ExchangeError) and isinstance(error, ValueError)
    assert str(error) == "actors.csv, line 1: a column is named twice."
    assert (error.path, error.line) == (tmp_path / "actors.csv", 1)


@pytest.mark.parametrize(("text", "kind"), [("a/b", "split_not_numbers"),
                                            ("80/30", "split_bad_sum"),
                                            ("50/20/20/10", "split_bad_sum")])
def test_bad_splits(text: str, kind: str) -> None:
    with pytest.raises(ExportOptionsError) as caught:
        parse_split(text)
    assert (caught.value.kind, caught.value.params) == (kind, {"split": text})
    assert str(caught.value).startswith(f"--split “{text}”: give ")


def test_bad_output_paths(tmp_path: Path) -> None:
    with pytest.raises(ExportOptionsError) as caught:
        check_output_path(tmp_path)
    assert caught.value.kind == "output_is_folder"
    assert str(caught.value) == f"{tmp_path} is a folder; give a file name to export to."
    with pytest.raises(ExportOptionsError) as caught:
        check_output_path(tmp_path / "no" / "x.csv")
    assert (caught.value.kind, caught.value.params) == (
        "output_folder_missing", {"folder": tmp_path / "no"})
    assert "does not exist" in str(caught.value)


def test_unknown_format_and_cancel() -> None:
    with pytest.raises(ExportOptionsError) as caught:
        export_format("yaml")
    assert caught.value.kind == "unknown_export_format"
    assert str(caught.value).startswith("There is no export format “yaml” (the formats are "
                                        "jsonl, plover, ")
    cancelled = ExportCancelledError()
    assert cancelled.kind == "export_cancelled"
    assert template_for(cancelled) != FALLBACK
    assert str(cancelled) == "The export was cancelled; no file was written."


def test_more_rule_problems_than_listed_say_so() -> None:
    error = ExportOptionsError("rule_problems_more", count=7, listed=5,
                               problems="ev-1 (AID): No actor: who did it?")
    assert str(error) == ("Nothing was exported: events break the taxonomy's rules (7 "
                          "problems; the first 5): ev-1 (AID): No actor: who did it?")
