"""Fixtures for MT tests: a project (the fake servers and keyring are in tests/conftest.py).

``tests/`` is on ``sys.path`` (pytest inserts the folder of the root ``conftest.py``), so the
fakes are imported as the top-level package ``fakes``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.storage.connection import open_project


@pytest.fixture
def project(db_path: Path) -> Iterator[Database]:
    db = open_project(db_path)
    yield db
    db.close()
