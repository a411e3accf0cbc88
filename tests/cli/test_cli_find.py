"""`annotator find` as a real subprocess on a fixture project: each filter and combinations,
the plain and JSONL output, exit 0 with or without hits, exit 2 with one line for a bad date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from annotated_project import AnnotatedProject, build
from cli_helpers import annotator


@pytest.fixture
def fixture(db_path: Path, tmp_path: Path) -> AnnotatedProject:
    return build(db_path, tmp_path)


def found(db_path: Path, *args: str) -> list[str]:
    """Event ids and mention texts of ``annotator find ARGS --jsonl`` (which must exit 0)."""
    result = annotator("--db", str(db_path), "find", *args, "--jsonl")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return [r["id"] if r["kind"] == "event" else r["text"] for r in records]


def test_the_issue_example_and_each_filter(fixture: AnnotatedProject, db_path: Path) -> None:
    assert found(db_path, "--type", "SANCTION", "--actor", "USA", "--from", "2023-11-01") == [
        "ev-1"]
    assert found(db_path) == ["ev-1", "ABD", "Rusya", "ev-2", "Türkiye", "ev-3", "ev-4"]
    assert found(db_path, "--type", "sanction", "consult") == ["ev-1", "ev-3", "ev-4"]
    assert found(db_path, "--actor", "USA") == ["ev-1", "ABD", "ev-4"]
    assert found(db_path, "--recipient", "USA") == ["ev-2"]
    assert found(db_path, "--from", "2023-12") == ["ev-2"]
    assert found(db_path, "--to", "2023-11") == ["ev-1", "ev-3"]
    assert found(db_path, "--status", "suggested") == ["Rusya", "ev-2"]
    assert found(db_path, "--annotator", "mehmet") == ["Türkiye", "ev-3"]
    assert found(db_path, "--kind", "mention") == ["ABD", "Rusya", "Türkiye"]
    assert found(db_path, "--doc", "Beta") == ["ev-3", "ev-4"]
    assert found(db_path, "--doc", fixture.alpha[:6], "--kind", "event") == ["ev-1", "ev-2"]


def test_combinations(fixture: AnnotatedProject, db_path: Path) -> None:
    assert found(db_path, "--type", "SANCTION", "--status", "rejected", "accepted",
                 "--doc", "Alpha") == ["ev-1"]
    assert found(db_path, "--actor", "TUR", "--annotator", "mehmet") == ["Türkiye"]
    assert found(db_path, "--actor", "USA", "--kind", "mention", "--status", "accepted") == [
        "ABD"]
    assert found(db_path, "--actor", "TUR", "--recipient", "USA", "--from", "2023",
                 "--to", "2023") == ["ev-2"]


def test_jsonl_records_have_the_documented_fields(fixture: AnnotatedProject,
                                                  db_path: Path) -> None:
    result = annotator("--db", str(db_path), "find", "--actor", "USA", "--jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    fields = {"sentence", "kind", "id", "type", "actors", "recipients", "date", "status",
              "annotator", "text"}
    assert all(set(r) == fields for r in records)
    event, mention, consult = records
    assert event == {"sentence": f"{fixture.alpha}:{_order(db_path, fixture, 'ABD')}",
                     "kind": "event", "id": "ev-1", "type": "SANCTION", "actors": ["USA"],
                     "recipients": ["RUS"], "date": "2023-11-27", "status": "accepted",
                     "annotator": "ayse", "text": "yaptırım uyguladı"}
    assert mention == {**event, "kind": "mention", "id": fixture.mentions["ABD"], "type": None,
                       "recipients": [], "date": None, "text": "ABD"}
    assert (consult["text"], consult["actors"], consult["date"]) == (
        "held talks", ["USA", "TUR"], None)


def _order(db_path: Path, fixture: AnnotatedProject, word: str) -> int:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT ord FROM sentences WHERE id = ?",
                                [fixture.sentences[word]]).fetchone()[0])


def test_plain_output_is_one_tab_separated_line_per_hit(fixture: AnnotatedProject,
                                                        db_path: Path) -> None:
    result = annotator("--db", str(db_path), "find", "--actor", "RUS", "EU")
    assert result.returncode == 0, result.stderr
    rusya = _order(db_path, fixture, "ABD")
    sanction = _order(db_path, fixture, "AB")
    assert [line.split("\t") for line in result.stdout.splitlines()] == [
        [f"{fixture.alpha}:{rusya}", "mention", "RUS", "suggested", "Rusya"],
        [f"{fixture.beta}:{sanction}", "event", "SANCTION", "rejected", "yaptırım kararı"]]


def test_no_hits_exit_0_and_print_nothing(fixture: AnnotatedProject, db_path: Path) -> None:
    for extra in ((), ("--jsonl",)):
        result = annotator("--db", str(db_path), "find", "--type", "PROTEST", *extra)
        assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize("option", ["--from", "--to"])
@pytest.mark.parametrize("value", ["2023-13", "27.11.2023", "soon"])
def test_a_bad_date_exits_2_with_one_line(fixture: AnnotatedProject, db_path: Path,
                                          option: str, value: str) -> None:
    result = annotator("--db", str(db_path), "find", option, value)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and f"“{value}” is not a date" in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_bad_options_exit_2(fixture: AnnotatedProject, db_path: Path) -> None:
    for args in (("--status", "maybe"), ("--kind", "actor"), ("--doc", "nosuchdoc")):
        result = annotator("--db", str(db_path), "find", *args)
        assert result.returncode == 2, args
        assert len(result.stderr.splitlines()) == 1 and result.stdout == ""
