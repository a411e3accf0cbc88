"""The light commands load only what they need (the start-up budget of DESIGN.md §9).

Which modules a command imports is deterministic, unlike its timing (``bench/cli_startup.py``
prints that): ``annotator --version`` and ``annotator segment -`` must not load sqlite-utils (and
with it numpy and pluggy), Qt, or the project, storage, MT, exchange and ingest packages.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.cli import parser as cli_parser

HEAVY = ("sqlite_utils", "numpy", "pluggy", "PySide6", "annotator.storage", "annotator.project",
         "annotator.mt", "annotator.exchange", "annotator.ingest", "annotator.gui",
         "annotator.app")

# Runs `python -m annotator ARGS` in this interpreter, then writes the loaded modules to a file.
WRAPPER = """
import json, runpy, sys
out, args = sys.argv[1], sys.argv[2:]
sys.argv = ["annotator", *args]
try:
    runpy.run_module("annotator", run_name="__main__", alter_sys=True)
except SystemExit as done:
    code = done.code
with open(out, "w", encoding="utf-8") as handle:
    json.dump({"code": code, "modules": sorted(sys.modules)}, handle)
"""


def loaded_modules(tmp_path: Path, *args: str, stdin: str = "") -> list[str]:
    record = tmp_path / "modules.json"
    result = subprocess.run([sys.executable, "-c", WRAPPER, str(record), *args], input=stdin,
                            capture_output=True, text=True, env=os.environ.copy(), timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(record.read_text(encoding="utf-8"))
    assert loaded["code"] == 0, result.stderr
    return loaded["modules"]


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


@pytest.mark.parametrize(("args", "stdin"), [
    (("--version",), ""),
    (("segment", "-"), "Bu bir cümle. İkincisi de var."),
    (("segment", "-", "--jsonl"), "Bu bir cümle."),
    (("--help",), ""),
    (("export", "--help"), ""),
])
def test_light_commands_import_nothing_heavy(tmp_path: Path, args: tuple[str, ...],
                                             stdin: str) -> None:
    modules = loaded_modules(tmp_path, *args, stdin=stdin)
    assert "annotator.cli.parser" in modules  # the wrapper really ran the command line
    if args[0] == "export":  # its help lists the formats: exchange.options, and only that
        assert "annotator.exchange.options" in modules
        modules = [m for m in modules if m not in ("annotator.exchange",
                                                   "annotator.exchange.options",
                                                   "annotator.exchange.errors")]
    assert heavy(modules) == []


def test_segment_loads_the_splitter_and_no_project_code(tmp_path: Path) -> None:
    modules = loaded_modules(tmp_path, "segment", "-", stdin="Bir. İki.")
    assert "annotator.core.segmentation" in modules
    assert "annotator.paths" not in modules  # no project: not even its location is looked up
    assert "dataclasses" not in modules


def test_segment_of_a_file_adds_only_the_file_reader(tmp_path: Path) -> None:
    text = tmp_path / "in.txt"
    text.write_text("Bir. İki.", encoding="utf-8")
    modules = loaded_modules(tmp_path, "segment", str(text))
    assert "annotator.storage.text_files" in modules
    reader = {"annotator.storage", "annotator.storage.text_files", "annotator.storage.errors"}
    assert heavy([m for m in modules if m not in reader]) == []


def test_version_does_not_load_dataclasses_or_the_commands(tmp_path: Path) -> None:
    # dataclasses (with inspect and ast) costs a third of the interpreter's own start-up.
    modules = loaded_modules(tmp_path, "--version")
    assert "dataclasses" not in modules
    assert not [m for m in modules if m.startswith("annotator.cli.commands")]


def test_building_the_parser_reads_no_choices() -> None:
    parser = cli_parser.build_parser()
    lazy = [action.choices for sub in _subparsers(parser) for action in sub._actions
            if isinstance(action.choices, cli_parser.LazyChoices)]
    assert len(lazy) == 4  # export --format, --status, --roles; import-annotations --format
    assert all(choices._values is None for choices in lazy)


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.values()
