"""Actor registry as CSV: export for editing in a spreadsheet, import back in one transaction.

Columns: ``id,name,country,sector,cameo,wikidata,aliases_tr,aliases_en``; aliases are separated
by ``|``. Export writes UTF-8 with a BOM (so spreadsheet programs detect it) to a temporary file
that is renamed into place. Import accepts UTF-8 with or without a BOM and ``,`` or ``;`` as the
separator (Turkish spreadsheets save with ``;``); rows with an existing id update that actor,
others are added (an empty id gets one made from name, country and sector). A malformed file
raises :class:`ActorCsvError` naming the line and imports nothing.
"""

from __future__ import annotations

import csv
import io
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.core.annotations import Actor
from annotator.core.models import Provenance
from annotator.exchange.errors import FileError
from annotator.storage.actors import (
    ActorError,
    ActorNotFoundError,
    add_actor,
    clean_actor,
    get_actor,
    list_actors,
    update_actor,
    validate_actor,
)
from annotator.storage.text_files import TextFileError, read_small_text

COLUMNS = ("id", "name", "country", "sector", "cameo", "wikidata", "aliases_tr", "aliases_en")
ALIAS_SEPARATOR = "|"
MAX_BYTES = 50_000_000


class ActorCsvError(FileError, ValueError):
    """A CSV file of actors cannot be imported; ``line`` is 1-based (None: the whole file).

    ``file`` (the file's name, without its folder) is added from ``path`` for the templates,
    which read ``{file}, line {line}: ...``.
    """

    def __init__(self, kind: str, /, *, path: Path, line: int | None = None,
                 **params: Any) -> None:
        super().__init__(kind, path=path, file=path.name, line=line, **params)


@dataclass(frozen=True)
class ImportReport:
    """What an import did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        """Rows read."""
        return self.added + self.updated + self.unchanged


def export_actors_csv(db: Database, path: Path, include_rejected: bool = False) -> int:
    """Write the registry to ``path`` (atomically: temp file + rename); returns the row count."""
    actors = sorted(list_actors(db, include_rejected), key=lambda a: a.id)
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        with temporary.open("x", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            for actor in actors:
                writer.writerow([actor.id, actor.name, actor.country or "", actor.sector or "",
                                 actor.cameo or "", actor.wikidata or "",
                                 ALIAS_SEPARATOR.join(actor.aliases_tr),
                                 ALIAS_SEPARATOR.join(actor.aliases_en)])
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return len(actors)


def _read_text(path: Path) -> str:
    try:
        return read_small_text(path, MAX_BYTES, "CSV text")
    except TextFileError as error:
        if error.kind == "file_not_utf8":
            raise ActorCsvError("csv_not_utf8", path=path, line=error.line,
                                byte=error.params.get("byte", "")) from None
        raise ActorCsvError("csv_unreadable", path=path, detail=str(error)) from None


def _header(path: Path, text: str) -> tuple[str, list[str]]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = [name.strip() for name in next(csv.reader([first], delimiter=delimiter), [])]
    if not any(header):
        raise ActorCsvError("csv_no_header", path=path, line=1, columns=",".join(COLUMNS))
    for name in header:
        if name not in COLUMNS:
            raise ActorCsvError("csv_unknown_column", path=path, line=1, column=name,
                                columns=", ".join(COLUMNS))
    if len(set(header)) != len(header):
        raise ActorCsvError("csv_column_twice", path=path, line=1)
    if "name" not in header:
        raise ActorCsvError("csv_no_name_column", path=path, line=1)
    return delimiter, header


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(ALIAS_SEPARATOR) if part.strip())


def _actor(row: dict[str, str], existing: Actor | None) -> Actor:
    """The row as an actor; columns the file lacks keep the existing actor's values."""
    base = existing or Actor(id="", name="", provenance=Provenance.IMPORTED)
    values: dict[str, object] = {}
    for column, value in row.items():
        if column.startswith("aliases_"):
            values[column] = _split(value)
        else:
            values[column] = value.strip() or (None if column not in ("id", "name") else "")
    return clean_actor(replace(base, **values))  # type: ignore[arg-type]


def _parse_rows(db: Database, path: Path, text: str) -> list[tuple[Actor, Actor | None]]:
    delimiter, header = _header(path, text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(reader)
    parsed: list[tuple[Actor, Actor | None]] = []
    seen: set[str] = set()
    while True:
        line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return parsed
        except csv.Error as error:
            raise ActorCsvError("csv_malformed", path=path, line=line, detail=str(error)) from None
        if any(field.strip() for field in fields):
            if len(fields) != len(header):
                raise ActorCsvError("csv_field_count", path=path, line=line, count=len(fields),
                                    expected=len(header))
            row = dict(zip(header, fields, strict=True))
            actor_id = row.get("id", "").strip()
            if actor_id and actor_id in seen:
                raise ActorCsvError("csv_duplicate_id", path=path, line=line, actor=actor_id)
            seen.add(actor_id)
            try:
                existing = get_actor(db, actor_id) if actor_id else None
            except ActorNotFoundError:
                existing = None
            actor = _actor(row, existing)
            try:
                validate_actor(actor)
            except ActorError as error:
                raise ActorCsvError("csv_invalid_actor", path=path, line=line,
                                    detail=str(error)) from None
            parsed.append((actor, existing))


def import_actors_csv(db: Database, path: Path, who: str | None = None) -> ImportReport:
    """Add or update the actors of a CSV file, all in one transaction (or none on error)."""
    rows = _parse_rows(db, path, _read_text(path))
    added = updated = unchanged = 0
    with db.atomic():
        for actor, existing in rows:
            if existing is None:
                add_actor(db, replace(actor, annotator=who))
                added += 1
            elif actor == existing:
                unchanged += 1
            else:
                update_actor(db, replace(actor, annotator=who or existing.annotator))
                updated += 1
    return ImportReport(added, updated, unchanged)
