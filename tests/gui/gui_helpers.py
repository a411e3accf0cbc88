"""Helpers for GUI tests: read the project as a fresh connection (a restart) would see it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.storage.connection import open_project


def query(db_path: Path, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row of ``sql`` through a new connection to the project file."""
    db = open_project(db_path)
    try:
        return [tuple(row) for row in db.execute(sql, list(params)).fetchall()]
    finally:
        db.close()
