"""Taxonomy files: the bundled PLOVER/CAMEO pair, or a project's own file kept in the project.

The parsing and validation live in :mod:`annotator.core.taxonomy` (pure, from text); this module
reads the bytes, refuses missing, binary, oversized and non-UTF-8 files with a
:class:`~annotator.core.taxonomy.TaxonomyError` of their own kind (``not_found``, ``binary``,
``not_utf8`` ...), and follows the ``[taxonomy] cameo = "..."`` reference to the CAMEO table next
to the file.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from annotator.core.taxonomy import Taxonomy, TaxonomyError, parse_cameo, parse_taxonomy
from annotator.paths import resource_path
from annotator.storage.text_files import TextFileError, read_small_text

MAX_BYTES = 2_000_000  # a taxonomy is a few dozen KB; anything this big is the wrong file
BUNDLED_NAME = "plover.toml"

# TextFileError kinds → TaxonomyError kinds; the messages say "taxonomy file" themselves.
_FILE_KINDS = {"file_not_found": "not_found", "file_is_folder": "is_folder",
               "file_special": "special_file", "file_unreadable": "unreadable",
               "file_too_large": "too_large", "file_binary": "binary",
               "file_not_utf8": "not_utf8"}
_FILE_PARAMS = ("detail", "megabytes", "byte", "line")


def read_text_file(path: Path) -> str:
    """The UTF-8 text of a taxonomy file (a BOM is dropped); TaxonomyError when unreadable."""
    try:
        return read_small_text(path, MAX_BYTES)
    except TextFileError as error:
        kind = _FILE_KINDS.get(error.kind)
        params = {name: error.params[name] for name in _FILE_PARAMS if name in error.params}
        if kind is None:  # a kind added to text_files later: its own sentence as the detail
            kind, params = "file_error", {"detail": str(error)}
        raise TaxonomyError(kind, source=path.name or str(path), path=path, **params) from None


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file (None: the bundled PLOVER one) and its CAMEO table."""
    path = path if path is not None else resource_path("taxonomies", BUNDLED_NAME)
    taxonomy = parse_taxonomy(read_text_file(path), path.name)
    if taxonomy.cameo_file:
        cameo_path = path.parent / taxonomy.cameo_file
        if not cameo_path.is_file():
            raise TaxonomyError("cameo_missing", source=path.name, key="taxonomy.cameo",
                                value=taxonomy.cameo_file, path=cameo_path)
        taxonomy = parse_cameo(read_text_file(cameo_path), cameo_path.name, taxonomy)
    return taxonomy


@cache
def bundled_taxonomy() -> Taxonomy:
    """The bundled PLOVER taxonomy with its CAMEO crosswalk, read once per process."""
    return load_taxonomy(None)


# -- a project's own taxonomy --------------------------------------------------------------------

PROJECT_KEY = "taxonomy"  # settings row: the file's text (and its CAMEO table), not its path


def use_project_taxonomy(db: Database, path: Path) -> Taxonomy:
    """Validate ``path`` and make it the project's taxonomy; TaxonomyError changes nothing.

    The text is stored in the project (with its CAMEO table), so the project keeps working when
    it is moved to another computer without the file.
    """
    taxonomy = load_taxonomy(path)
    stored = {"source": path.name, "text": read_text_file(path)}
    if taxonomy.cameo_file:
        cameo = path.parent / taxonomy.cameo_file
        stored |= {"cameo_source": cameo.name, "cameo": read_text_file(cameo)}
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                   [PROJECT_KEY, json.dumps(stored, ensure_ascii=False)])
    return taxonomy


def reset_project_taxonomy(db: Database) -> None:
    """Go back to the bundled PLOVER taxonomy."""
    with db.atomic():
        db.execute("DELETE FROM settings WHERE key = ?", [PROJECT_KEY])


def project_taxonomy(db: Database) -> Taxonomy:
    """The project's taxonomy: its own file when one was chosen, else the bundled PLOVER."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [PROJECT_KEY]).fetchone()
    if row is None:
        return bundled_taxonomy()
    stored = json.loads(row[0])
    taxonomy = parse_taxonomy(stored["text"], stored["source"])
    if "cameo" in stored:
        taxonomy = parse_cameo(stored["cameo"], stored["cameo_source"], taxonomy)
    return taxonomy
