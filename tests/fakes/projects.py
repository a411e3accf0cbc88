"""Projects for tests: a large generated one, and another program holding a project's lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from annotator.core.models import BlockRole, BlockSpan, ParsedDocument
from annotator.storage.connection import open_project
from annotator.storage.documents import insert_document

WORDS = ("Dışişleri Bakanı bugün Ankara'da mevkidaşıyla görüştü ve iki ülke arasındaki "
         "ilişkilerin güçlendirilmesi için yeni adımlar atılacağını açıkladı")


def build_project(path: Path, documents: int, sentences: int) -> Database:
    """A project of ``documents`` one-block documents of ``sentences`` sentences each (open)."""
    db = open_project(path)
    for number in range(documents):
        parts = [f"{number}.{i} {WORDS}." for i in range(sentences)]
        text = " ".join(parts)
        spans, start = [], 0
        for part in parts:
            spans.append((0, start, start + len(part)))
            start += len(part) + 1
        insert_document(db, ParsedDocument(text, f"Belge {number}",
                                           (BlockSpan(BlockRole.BODY, 0, len(text)),)), spans)
    return db


class WriteLock:
    """Another program holding the project's write lock (a second Annotator saving)."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        """Let go of the lock and close the connection."""
        self.conn.execute("ROLLBACK")
        self.conn.close()
