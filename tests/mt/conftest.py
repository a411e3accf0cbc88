"""Fixtures for MT tests: fake servers wired into deep-translator, a project, a fake keyring.

``tests/`` is on ``sys.path`` (pytest inserts the folder of the root ``conftest.py``), so the
fakes are imported as the top-level package ``fakes``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from deep_translator import constants
from fakes.helpers import MemoryKeyring
from fakes.servers import FakeMTServer
from sqlite_utils import Database

from annotator.storage.connection import open_project


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


@pytest.fixture
def project(db_path: Path) -> Iterator[Database]:
    db = open_project(db_path)
    yield db
    db.close()
