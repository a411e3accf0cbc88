"""Merging a project file (an assignment sent back, a colleague's project) into the team project.

The file is never opened in place: SQLite's backup API copies it, read-only, into a temporary
folder, and a file of an older schema is migrated there (the file's bytes never change). Then
one transaction of the team project takes everything in, or nothing:

- actors, mentions, events and participants: :mod:`annotator.exchange.team_annotations`;
- the glossary through :func:`~annotator.storage.glossary.merge_terms` (a known Turkish term
  gains the English terms it lacked); translation-memory units and MT-cache entries by their
  unique keys;
- documents by id (the id is the hash of the text): a new one comes with its blocks and
  sentences (new row ids); a known one must have the same text and the same sentences (order,
  start, end), else it is a conflict and nothing of it is merged; sentences map by (document,
  order);
- MT outputs (``translations``) when the team lacks one with the same engine, languages, text
  and error; QA "not an error" marks when missing;
- the English (``targets``): a sentence the team has no English for takes the file's; the same
  English with a later ``updated`` brings its status and translator; a different English is a
  revision: the later ``updated`` becomes the current English (the team's English spans are
  re-anchored onto it) and the other version is kept as a ``history`` row of table ``targets``,
  ``row_id`` the sentence id, ``who`` its translator, ``after`` the JSON ``{"text", "status",
  "translator", "updated"}`` of that version (``before``: the current one's). So no translator's
  version is lost: the current English plus these rows hold every version, which is what
  :func:`annotator.storage.agreement_data.translator_versions` reads. The file's own ``targets``
  history (its translators' saves) is copied too, renumbered to the team's sentence ids.

Every row is matched before it is written, so merging the same file again adds nothing.
Not merged: settings (the team's taxonomy and options stay), the file's audit history of other
tables, and deletions (a row deleted in the file stays in the team project).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.exchange.team_annotations import English, merge_actors, merge_events, merge_mentions
from annotator.exchange.team_report import MergeReport
from annotator.exchange.team_rows import copy_database, history, insert_row, rows, update_row
from annotator.storage.annotations import reanchor_english
from annotator.storage.connection import check_project_file, open_project
from annotator.storage.glossary import glossary_terms, merge_terms
from annotator.storage.schema import SCHEMA_VERSION

_SENTENCES = 'SELECT id, block_id, ord, start, "end" FROM sentences WHERE document_id = ? ' \
             "ORDER BY ord"


def merge_project(db: Database, source: Path, who: str | None = None) -> MergeReport:
    """Merge the project file ``source`` into ``db`` in one transaction (see the module
    docstring). ``source`` must be checked by the caller to exist and not to be ``db``'s file;
    a file that is not a project, a damaged or a newer one raises a StorageError."""
    version = check_project_file(source)
    report = MergeReport(source, migrated_from=version if version < SCHEMA_VERSION else None)
    with tempfile.TemporaryDirectory(prefix="annotator-merge-") as folder:
        copy = Path(folder) / "source.sqlite"
        copy_database(source, copy)
        src = open_project(copy)
        try:
            with db.atomic():
                _Merge(db, src, report, who).run()
        finally:
            src.close()
    return report


class _Merge:
    """One merge: the two databases, the report and the sentence-id map being built."""

    def __init__(self, db: Database, src: Database, report: MergeReport,
                 who: str | None) -> None:
        self.db, self.src, self.report, self.who = db, src, report, who
        self.sentences: dict[int, int] = {}  # the file's sentence id → the team's
        self.english: English = {}

    def run(self) -> None:
        merge_actors(self.db, self.src, self.report)
        self._glossary()
        self._keyed("tm_units", drop_id=True)
        self._keyed("mt_cache", drop_id=False)
        for document in rows(self.src, "SELECT * FROM documents ORDER BY imported_at, id"):
            self._document(document)
        self._translations()
        self._targets()
        self._qa_ignored()
        mentions = merge_mentions(self.db, self.src, self.report, self.sentences, self.english)
        merge_events(self.db, self.src, self.report, self.sentences, self.english, mentions)

    def _glossary(self) -> None:
        merged = merge_terms(self.db, glossary_terms(self.src),
                             origin=f"merge {self.report.source.name}", who=self.who)
        count = self.report.count("glossary_terms")
        count.added += merged.added
        count.updated += merged.updated
        count.already += merged.unchanged

    def _keyed(self, table: str, *, drop_id: bool) -> None:
        """Rows of a table with a unique key of their own (INSERT OR IGNORE)."""
        count = self.report.count(table)
        for row in rows(self.src, f"SELECT * FROM {table}"):
            if drop_id:
                row.pop("id")
            if insert_row(self.db, table, row, or_ignore=True).rowcount:
                count.added += 1
            else:
                count.already += 1

    # -- documents and sentences -----------------------------------------------------------------

    def _document(self, document: dict[str, Any]) -> None:
        doc_id = document["id"]
        found = self.db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
        if found is None:
            self._new_document(document)
            return
        if found[0] != document["text"]:
            self.report.conflict("documents", "document_text", doc_id,
                                 "the file's text of this document differs from the team's")
            return
        mine, theirs = rows(self.db, _SENTENCES, [doc_id]), rows(self.src, _SENTENCES, [doc_id])
        if [(s["ord"], s["start"], s["end"]) for s in mine] != \
                [(s["ord"], s["start"], s["end"]) for s in theirs]:
            self.report.conflict("sentences", "segmentation", doc_id,
                                 f"{len(theirs)} sentences in the file, {len(mine)} in the team "
                                 "project, split differently")
            return
        self.report.count("documents").already += 1
        self.report.count("blocks").already += self.src.execute(
            "SELECT count(*) FROM blocks WHERE document_id = ?", [doc_id]).fetchone()[0]
        self.report.count("sentences").already += len(theirs)
        self.sentences.update({s["id"]: t["id"] for s, t in zip(theirs, mine, strict=True)})
        self.report.documents_touched.add(doc_id)

    def _new_document(self, document: dict[str, Any]) -> None:
        doc_id = document["id"]
        insert_row(self.db, "documents", document)
        blocks: dict[int, int] = {}
        for block in rows(self.src, "SELECT * FROM blocks WHERE document_id = ? ORDER BY ord",
                          [doc_id]):
            source_id = block.pop("id")
            blocks[source_id] = int(insert_row(self.db, "blocks", block).lastrowid or 0)
        added = 0
        for sentence in rows(self.src, "SELECT * FROM sentences WHERE document_id = ? "
                             "ORDER BY ord", [doc_id]):
            source_id = sentence.pop("id")
            sentence["block_id"] = blocks[sentence["block_id"]]
            self.sentences[source_id] = int(insert_row(self.db, "sentences",
                                                       sentence).lastrowid or 0)
            added += 1
        self.report.count("documents").added += 1
        self.report.count("blocks").added += len(blocks)
        self.report.count("sentences").added += added
        self.report.documents_added.add(doc_id)
        self.report.documents_touched.add(doc_id)

    # -- what hangs on sentences -----------------------------------------------------------------

    def _translations(self) -> None:
        count = self.report.count("translations")
        for row in rows(self.src, "SELECT * FROM translations ORDER BY id"):
            row.pop("id")
            sentence = self.sentences.get(row["sentence_id"])
            if sentence is None:
                continue
            row["sentence_id"] = sentence
            found = self.db.execute(
                "SELECT 1 FROM translations WHERE sentence_id = ? AND engine = ? AND "
                "source_lang = ? AND target_lang = ? AND text IS ? AND error_kind IS ? AND "
                "error IS ?", [sentence, row["engine"], row["source_lang"], row["target_lang"],
                               row["text"], row["error_kind"], row["error"]]).fetchone()
            if found:
                count.already += 1
            else:
                insert_row(self.db, "translations", row)
                count.added += 1

    def _qa_ignored(self) -> None:
        count = self.report.count("qa_ignored")
        for row in rows(self.src, "SELECT * FROM qa_ignored"):
            sentence = self.sentences.get(row["sentence_id"])
            if sentence is None:
                continue
            if insert_row(self.db, "qa_ignored", {**row, "sentence_id": sentence},
                          or_ignore=True).rowcount:
                count.added += 1
            else:
                count.already += 1

    def _targets(self) -> None:
        for row in rows(self.src, "SELECT * FROM targets"):
            sentence = self.sentences.get(row["sentence_id"])
            if sentence is None:
                continue
            self._history_of(row["sentence_id"], sentence)
            self._target({**row, "sentence_id": sentence})

    def _history_of(self, source_id: int, sentence: int) -> None:
        """Copy the file's saves of one sentence's English (renumbered), once."""
        count = self.report.count("history")
        for row in rows(self.src, "SELECT at, who, action, before, after FROM history "
                        "WHERE table_name = 'targets' AND row_id = ? ORDER BY id",
                        [str(source_id)]):
            found = self.db.execute(
                "SELECT 1 FROM history WHERE table_name = 'targets' AND row_id = ? AND at = ? "
                "AND who IS ? AND action = ? AND before IS ? AND after IS ?",
                [str(sentence), row["at"], row["who"], row["action"], row["before"],
                 row["after"]]).fetchone()
            if found:
                count.already += 1
            else:
                insert_row(self.db, "history",
                           {**row, "table_name": "targets", "row_id": str(sentence)})
                count.added += 1

    def _target(self, theirs: dict[str, Any]) -> None:
        sentence = theirs["sentence_id"]
        count = self.report.count("targets")
        found = rows(self.db, "SELECT * FROM targets WHERE sentence_id = ?", [sentence])
        if not found:
            insert_row(self.db, "targets", theirs)
            self.english[sentence] = (theirs["text"], theirs["text"])
            count.added += 1
            return
        mine = found[0]
        later = (theirs["updated"] or "") > (mine["updated"] or "")
        seconds = max(theirs["seconds"], mine["seconds"])
        if theirs["text"] == mine["text"]:
            self.english[sentence] = (theirs["text"], mine["text"])
            if later and (theirs["status"], theirs["translator"]) != (mine["status"],
                                                                      mine["translator"]):
                update_row(self.db, "targets", "sentence_id", sentence, {
                    "status": theirs["status"], "translator": theirs["translator"],
                    "updated": theirs["updated"], "seconds": seconds})
                count.updated += 1
            else:
                count.already += 1
            return
        if later:
            update_row(self.db, "targets", "sentence_id", sentence, {
                name: theirs[name] for name in ("text", "search", "status", "translator",
                                                "updated")} | {"seconds": seconds})
            # The team's English spans move onto the new English; their annotators stay theirs.
            reanchor_english(self.db, sentence, mine["text"], theirs["text"], None)
            self._revision(sentence, current=theirs, other=mine)
            count.updated += 1
        else:
            self._revision(sentence, current=mine, other=theirs)
            count.already += 1
        self.english[sentence] = (theirs["text"], theirs["text"] if later else mine["text"])

    def _revision(self, sentence: int, current: dict[str, Any], other: dict[str, Any]) -> None:
        """Keep the English that is not the current one as a history row (once)."""
        def version(row: dict[str, Any]) -> dict[str, Any]:
            return {name: row[name] for name in ("text", "status", "translator", "updated")}

        after = json.dumps(version(other), ensure_ascii=False)
        count = self.report.count("history")
        if self.db.execute("SELECT 1 FROM history WHERE table_name = 'targets' AND row_id = ? "
                           "AND after = ?", [str(sentence), after]).fetchone():
            count.already += 1
            return
        history(self.db, "targets", str(sentence), "update", other["translator"],
                version(current), version(other), at=other["updated"])
        count.added += 1
