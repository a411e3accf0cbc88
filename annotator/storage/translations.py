"""Machine-translation results, the translation cache and MT-filled targets.

``translations`` keeps every engine's output per sentence, never updated: a success row is only
ever added. A failure is one row with ``error_kind``/``error`` and no text; it is replaced by the
next attempt of the same engine and removed when that engine succeeds, so "failed" means: an error
row and no success row for that engine and language pair. A target whose status is
``untranslated`` (or ``mt`` with no text) takes the MT text and the status ``mt``; a target a
person has touched (draft, translated, reviewed) is never changed. ``mt_cache`` maps an engine,
a language pair and a normalised source text to the translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from sqlite_utils import Database

from annotator.core.models import BlockRole, TargetStatus
from annotator.core.mt_types import ErrorKind, PendingSentence, Translation
from annotator.core.turkish import search_key
from annotator.storage.documents import now_iso

SelectMode = Literal["pending", "failed", "all"]
_ANNOTATABLE = tuple(str(role) for role in BlockRole if role.annotatable)
_CHUNK = 500  # stay well below SQLite's host-parameter limit


def _translation_from_row(row: Mapping[str, Any]) -> Translation:
    return Translation(
        id=row["id"], sentence_id=row["sentence_id"], engine=row["engine"],
        source_lang=row["source_lang"], target_lang=row["target_lang"], text=row["text"],
        error_kind=ErrorKind(row["error_kind"]) if row["error_kind"] else None,
        error=row["error"], created=row["created"],
    )


_MODE_FILTER = {
    "pending": "AND NOT EXISTS (SELECT 1 FROM translations t WHERE {match})",
    "failed": "AND EXISTS (SELECT 1 FROM translations t WHERE {match} AND t.error_kind IS NOT "
              "NULL) AND NOT EXISTS (SELECT 1 FROM translations t WHERE {match} AND "
              "t.error_kind IS NULL)",
    "all": "",
}
_MATCH = "t.sentence_id = s.id AND t.engine = ? AND t.source_lang = ? AND t.target_lang = ?"


def select_sentences(
    db: Database, engine: str, source_lang: str, target_lang: str, *,
    document_ids: Sequence[str] | None = None, sentence_ids: Sequence[int] | None = None,
    mode: SelectMode = "pending",
) -> list[PendingSentence]:
    """Sentences of annotatable blocks (title, body) to send to ``engine``, in reading order.

    ``pending``: never attempted by this engine and pair; ``failed``: the last attempt failed and
    none succeeded; ``all``: every one (a re-run, answered from the cache). Limit the choice with
    ``document_ids`` and/or ``sentence_ids``; with neither, every document counts.
    """
    where = [f"b.role IN ({', '.join('?' * len(_ANNOTATABLE))})"]
    params: list[Any] = list(_ANNOTATABLE)
    if document_ids is not None:
        where.append(f"s.document_id IN ({', '.join('?' * len(document_ids)) or 'NULL'})")
        params.extend(document_ids)
    mode_sql = _MODE_FILTER[mode].format(match=_MATCH)
    params.extend([engine, source_lang, target_lang] * mode_sql.count("t.engine = ?"))
    sql = (f"SELECT s.id, s.document_id, s.text FROM sentences s "
           f"JOIN blocks b ON b.id = s.block_id WHERE {' AND '.join(where)} {mode_sql} "
           f"ORDER BY s.document_id, s.ord")
    rows = db.query(sql, params)
    wanted = set(sentence_ids) if sentence_ids is not None else None
    return [PendingSentence(r["id"], r["document_id"], r["text"]) for r in rows
            if wanted is None or r["id"] in wanted]


def record_translation(
    db: Database, sentence_id: int, engine: str, source_lang: str, target_lang: str, text: str,
) -> Translation:
    """Store ``engine``'s output for a sentence, clear its failure and fill an untouched target."""
    key = [sentence_id, engine, source_lang, target_lang]
    with db.atomic():
        db.execute("DELETE FROM translations WHERE sentence_id = ? AND engine = ? AND "
                   "source_lang = ? AND target_lang = ? AND error_kind IS NOT NULL", key)
        same = list(db.query(
            "SELECT * FROM translations WHERE sentence_id = ? AND engine = ? AND source_lang = ? "
            "AND target_lang = ? AND text = ? AND error_kind IS NULL", [*key, text]))
        row = same[0] if same else _insert_translation(db, key, text, None, None)
        _fill_target(db, sentence_id, text)
    return _translation_from_row(row)


def record_failure(
    db: Database, sentence_id: int, engine: str, source_lang: str, target_lang: str,
    kind: ErrorKind, message: str,
) -> Translation:
    """Store why ``engine`` failed on a sentence, replacing that engine's previous failure."""
    key = [sentence_id, engine, source_lang, target_lang]
    with db.atomic():
        db.execute("DELETE FROM translations WHERE sentence_id = ? AND engine = ? AND "
                   "source_lang = ? AND target_lang = ? AND error_kind IS NOT NULL", key)
        row = _insert_translation(db, key, None, str(kind), message)
    return _translation_from_row(row)


def _insert_translation(db: Database, key: list[Any], text: str | None, kind: str | None,
                        message: str | None) -> dict[str, Any]:
    cursor = db.execute(
        "INSERT INTO translations (sentence_id, engine, source_lang, target_lang, text, "
        "error_kind, error, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [*key, text, kind, message, now_iso()])
    return next(iter(db.query("SELECT * FROM translations WHERE id = ?", [cursor.lastrowid])))


def _fill_target(db: Database, sentence_id: int, text: str) -> None:
    untouched = (f"status = '{TargetStatus.UNTRANSLATED}' OR "
                 f"(status = '{TargetStatus.MT}' AND text = '')")
    db.execute(
        "INSERT INTO targets (sentence_id, text, search, status, updated) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (sentence_id) DO UPDATE SET text = excluded.text, "
        "search = excluded.search, status = excluded.status, updated = excluded.updated "
        f"WHERE {untouched}",
        [sentence_id, text, search_key(text), str(TargetStatus.MT), now_iso()])


def get_translations(db: Database, sentence_id: int) -> list[Translation]:
    """Every stored output and failure for one sentence, oldest first."""
    return [_translation_from_row(r) for r in db.query(
        "SELECT * FROM translations WHERE sentence_id = ? ORDER BY id", [sentence_id])]


def document_translations(db: Database, document_id: str) -> list[Translation]:
    """Every stored output and failure for the sentences of one document, in reading order."""
    return [_translation_from_row(r) for r in db.query(
        "SELECT t.* FROM translations t JOIN sentences s ON s.id = t.sentence_id "
        "WHERE s.document_id = ? ORDER BY s.ord, t.id", [document_id])]


def latest_per_engine(db: Database, sentence_id: int) -> list[Translation]:
    """Each engine's latest output (or its pending failure) for a sentence, engines in first-used
    order: what the detail pane lists."""
    latest: dict[str, Translation] = {}
    for translation in get_translations(db, sentence_id):
        previous = latest.get(translation.engine)
        if previous is not None and translation.failed and not previous.failed:
            continue  # a failed retry does not hide an earlier good output
        latest[translation.engine] = translation
    return list(latest.values())


def cache_lookup(db: Database, engine: str, source_lang: str, target_lang: str,
                 sources: Iterable[str]) -> dict[str, str]:
    """The cached translations of those normalised ``sources`` that are in the cache."""
    wanted = list(dict.fromkeys(sources))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        found.update((r["source"], r["text"]) for r in db.query(
            "SELECT source, text FROM mt_cache WHERE engine = ? AND source_lang = ? AND "
            f"target_lang = ? AND source IN ({', '.join('?' * len(chunk))})",
            [engine, source_lang, target_lang, *chunk]))
    return found


def cache_store(db: Database, engine: str, source_lang: str, target_lang: str, source: str,
                text: str) -> None:
    """Remember ``text`` as ``engine``'s translation of the normalised ``source``."""
    db.execute(
        "INSERT OR REPLACE INTO mt_cache (engine, source_lang, target_lang, source, text, created) "
        "VALUES (?, ?, ?, ?, ?, ?)", [engine, source_lang, target_lang, source, text, now_iso()])


def engine_outputs_by_sentence(db: Database, doc_id: str) -> dict[int, list[tuple[str, str]]]:
    """Each sentence's latest successful output per engine, as ``(engine, text)`` in first-used
    engine order, for the sentences of one document that have any (one query)."""
    found: dict[int, dict[str, str]] = {}
    for row in db.query(
            "SELECT t.sentence_id, t.engine, t.text FROM translations t "
            "JOIN sentences s ON s.id = t.sentence_id "
            "WHERE s.document_id = ? AND t.error_kind IS NULL ORDER BY s.ord, t.id", [doc_id]):
        found.setdefault(row["sentence_id"], {})[row["engine"]] = row["text"]
    return {sentence_id: list(by_engine.items()) for sentence_id, by_engine in found.items()}
