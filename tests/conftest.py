"""Shared fixtures: own project paths and an in-memory keyring per test; fake MT servers.

Nothing touches the user's folders, keyring or the internet.

``QT_QPA_PLATFORM=offscreen`` is set here, before anything can import PySide6, so GUI tests run
on a machine without a display.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from deep_translator import constants
from fakes.helpers import MemoryKeyring
from fakes.servers import FakeMTServer

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


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every MT test gets an empty in-memory keyring and no API keys in the environment."""
    for engine in ("libre", "deepl", "google", "mymemory"):
        monkeypatch.delenv(f"ANNOTATOR_{engine.upper()}_API_KEY", raising=False)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(keyring.backends.fail.Keyring())  # never fall back to the real one


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., FakeMTServer]]:
    """Start fakes by flavour; Google and MyMemory's base URLs are pointed at them."""
    started: list[FakeMTServer] = []

    def start(flavour: str, **kwargs: object) -> FakeMTServer:
        server = FakeMTServer(flavour, **kwargs)  # type: ignore[arg-type]
        started.append(server)
        if flavour == "google":
            monkeypatch.setitem(constants.BASE_URLS, "GOOGLE_TRANSLATE", server.base_url + "m")
        elif flavour == "mymemory":
            monkeypatch.setitem(constants.BASE_URLS, "MYMEMORY", server.base_url + "get")
        return server

    yield start
    for server in started:
        server.stop()
