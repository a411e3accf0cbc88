"""The argument parser: lazy choices that match the real vocabularies, defaults shown in --help
that match the ones used, and argument errors in one line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cli_helpers import annotator

from annotator import __version__
from annotator.cli import parser as cli_parser
from annotator.cli import run
from annotator.core.models import BlockRole, TargetStatus
from annotator.exchange.options import (
    ARTICLE_FORMATS,
    DEFAULT_TMX_ENGINE,
    IMPORT_FORMATS,
    ExportFormat,
)
from annotator.mt.types import DEFAULT_ENGINE, EngineSettings
from annotator.project import TranslationRequest


def test_lazy_choices_are_the_real_vocabularies() -> None:
    assert list(cli_parser.LazyChoices(cli_parser._export_formats)) == [
        *(str(f) for f in ExportFormat), *ARTICLE_FORMATS]
    assert list(cli_parser.LazyChoices(cli_parser._import_formats)) == list(IMPORT_FORMATS)
    assert "reviewed" in cli_parser.LazyChoices(cli_parser._target_statuses)
    assert list(cli_parser.LazyChoices(cli_parser._target_statuses)) == [str(s) for s in
                                                                           TargetStatus]
    assert list(cli_parser.LazyChoices(cli_parser._block_roles)) == [str(r) for r in BlockRole]


def test_defaults_shown_in_help_are_the_ones_used() -> None:
    assert cli_parser.DEFAULT_ENGINE_HELP == DEFAULT_ENGINE
    assert cli_parser.DEFAULT_TMX_ENGINE_HELP == DEFAULT_TMX_ENGINE
    assert TranslationRequest(EngineSettings()).workers == cli_parser.DEFAULT_WORKERS


def test_export_help_lists_the_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "what to write: " + ", ".join(str(f) for f in ExportFormat) in shown


def test_a_bad_choice_is_one_line_naming_the_choices(tmp_path: Path) -> None:
    result = annotator("export", "--format", "pdf", "-o", str(tmp_path / "x"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "annotator: error: argument --format: invalid choice: 'pdf' (choose from 'jsonl', "
        "'plover', 'pe', 'tmx', 'xliff', 'csv', 'doccano', 'labelstudio', 'docx', 'md', "
        "'html', 'txt') (see `annotator export --help`)"]


def test_version_and_help_return_their_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"]) == 0
    assert capsys.readouterr().out == f"annotator {__version__}\n"
    assert run(["--help"]) == 0
    assert "Exit codes: 0 done" in capsys.readouterr().out
    assert run(["no-such-command"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("args", [["docs"], ["translate", "--all"], ["suggest", "--all"],
                                  ["export", "--format", "jsonl", "-o", "OUT"]])
def test_commands_that_need_a_project_do_not_create_one(tmp_path: Path,
                                                        args: list[str]) -> None:
    db = tmp_path / "typo.sqlite"
    args = [str(tmp_path / "out.jsonl") if a == "OUT" else a for a in args]
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(db), *args], out, err) == 2
    assert err.getvalue() == (f"annotator: error: There is no project at {db}. Import a "
                              "document first, or check --db.\n")
    assert not db.exists() and not (tmp_path / "out.jsonl").exists()
