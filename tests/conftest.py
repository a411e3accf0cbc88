"""Shared fixtures: every test gets its own project paths; nothing touches the user's folders.

``QT_QPA_PLATFORM=offscreen`` is set here, before anything can import PySide6, so GUI tests run
on a machine without a display.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((REPO_ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ANNOTATOR_HOME and ANNOTATOR_DB at a temporary folder for every test."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("ANNOTATOR_HOME", str(home))
    monkeypatch.setenv("ANNOTATOR_DB", str(home / "project.sqlite"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    return home


@pytest.fixture
def db_path(isolated_paths: Path) -> Path:
    """The test's project file (not yet created)."""
    return Path(os.environ["ANNOTATOR_DB"])


@pytest.fixture
def seed_file() -> Path:
    """The bundled sample commentary."""
    assert SEED_FILES, "seeds/ must hold the sample commentary"
    return SEED_FILES[0]
