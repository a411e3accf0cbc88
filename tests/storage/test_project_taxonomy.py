"""A project's own taxonomy is validated, kept inside the project, and can be reset."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.taxonomy import TaxonomyError
from annotator.storage.connection import open_project
from annotator.storage.taxonomy import (
    project_taxonomy,
    reset_project_taxonomy,
    use_project_taxonomy,
)

MINI = """\
[taxonomy]
name = "Mini"

[event_types.CONSULT]
label = "Consult"
quad = "verbal-cooperation"
modes = ["phone"]

[event_types.PROTEST]
label = "Protest"
quad = "verbal-conflict"
"""


def test_own_taxonomy_is_stored_in_the_project(db_path: Path, tmp_path: Path) -> None:
    db = open_project(db_path)
    assert "SANCTION" in project_taxonomy(db).type_codes()  # bundled PLOVER by default
    source = tmp_path / "mini.toml"
    source.write_text(MINI, encoding="utf-8")
    use_project_taxonomy(db, source)
    source.unlink()  # the project no longer needs the file
    db.close()
    reopened = open_project(db_path)
    assert list(project_taxonomy(reopened).type_codes()) == ["CONSULT", "PROTEST"]
    reset_project_taxonomy(reopened)
    assert "SANCTION" in project_taxonomy(reopened).type_codes()
    reopened.close()


def test_a_broken_file_is_refused_and_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    db = open_project(db_path)
    broken = tmp_path / "broken.toml"
    broken.write_text(MINI.replace('label = "Protest"', 'label = "Protest'), encoding="utf-8")
    with pytest.raises(TaxonomyError) as caught:
        use_project_taxonomy(db, broken)
    error = caught.value
    assert (error.kind, error.params["source"], error.params["line"]) == (
        "toml_syntax_at", "broken.toml", 10)
    assert str(error).startswith("broken.toml: line 10, column ")
    assert db.execute("SELECT count(*) FROM settings WHERE key = 'taxonomy'").fetchone()[0] == 0
    db.close()


def test_an_unreadable_file_is_refused_and_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    db = open_project(db_path)
    missing = tmp_path / "absent.toml"
    with pytest.raises(TaxonomyError) as caught:
        use_project_taxonomy(db, missing)
    assert caught.value.kind == "not_found"
    assert str(caught.value) == f"There is no taxonomy file at {missing}."
    assert db.execute("SELECT count(*) FROM settings WHERE key = 'taxonomy'").fetchone()[0] == 0
    db.close()
