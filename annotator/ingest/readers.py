"""Placeholder plain-text reader (replaced by the full importer of issue 3)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from annotator.core.models import BlockRole, BlockSpan, ParsedDocument
from annotator.core.turkish import nfc
from annotator.ingest.errors import IngestError


def read_document(path: Path) -> ParsedDocument:
    """Read a UTF-8 text file: first paragraph is the title, the rest body paragraphs."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError("not_found", f"{path}: no such file") from None
    except IsADirectoryError:
        raise IngestError("not_found", f"{path}: is a folder, not a file") from None
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IngestError("encoding", f"{path}: not UTF-8 text") from None
    paragraphs = [p.strip() for p in nfc(raw).replace("\r\n", "\n").split("\n\n") if p.strip()]
    if not paragraphs:
        raise IngestError("empty", f"{path}: the file has no text")
    blocks: list[BlockSpan] = []
    offset = 0
    for index, para in enumerate(paragraphs):
        role = BlockRole.TITLE if index == 0 else BlockRole.BODY
        blocks.append(BlockSpan(role, offset, offset + len(para), paragraph=index))
        offset += len(para) + 2
    return ParsedDocument(
        text="\n\n".join(paragraphs), title=paragraphs[0][:200], blocks=tuple(blocks),
        source_name=path.name, source_sha256=hashlib.sha256(data).hexdigest(),
    )
