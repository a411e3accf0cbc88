"""Fixtures of the reliability suite: the real ``annotator`` command as a process (the checks of
a project file after a kill or a race are in ``reliability/__init__.py``).

Every test in this folder is marked ``reliability`` here (``-m reliability`` runs the suite alone,
``-m 'not reliability'`` leaves it out; ``python3 dev.py test`` and CI run it with the rest).
Each process a test starts is killed at teardown if it is still running, so a failing test
leaves nothing behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reliability import watch

HERE = Path(__file__).resolve().parent
COMMAND_TIMEOUT_S = 120


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.reliability)


def annotator_argv(db: Path, *args: str | Path) -> list[str]:
    """The command line of ``python -m annotator --db DB ARGS``."""
    return [sys.executable, "-m", "annotator", "--db", str(db), *(str(a) for a in args)]


@pytest.fixture
def annotator() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``annotator --db DB ARGS`` to its end (bounded) with the test's environment."""

    def run(db: Path, *args: str | Path, env: dict[str, str] | None = None,
            timeout: float = COMMAND_TIMEOUT_S) -> subprocess.CompletedProcess[str]:
        return subprocess.run(annotator_argv(db, *args), capture_output=True, text=True,
                              env={**os.environ, **(env or {})}, timeout=timeout, check=False)

    return run


@pytest.fixture
def start_annotator() -> Iterator[Callable[..., subprocess.Popen[str]]]:
    """Start ``annotator --db DB ARGS`` in the background; killed at teardown if still running."""
    started: list[subprocess.Popen[str]] = []

    def start(db: Path, *args: str | Path, env: dict[str, str] | None = None,
              **popen: object) -> subprocess.Popen[str]:
        options: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE,
                                      "text": True, **popen}
        process = subprocess.Popen(annotator_argv(db, *args), env={**os.environ, **(env or {})},
                                   **options)  # type: ignore[call-overload]
        started.append(process)
        watch(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)
