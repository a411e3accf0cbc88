"""Glossary files in and out: TBX, CSV or TSV, chosen by the file's extension.

``read_glossary(path)`` returns the file's terms and what was left out
(:class:`~annotator.exchange.glossary_entries.GlossaryFileImport`) without touching the project;
``.tbx``/``.xml`` are read as TBX, ``.csv``, ``.tsv``, ``.txt``, ``.tab`` and ``.utf8`` (OmegaT's
names) as delimited text, and any other name by its first bytes (``<`` is TBX). A file that
cannot be used raises one ImportFileError and returns nothing. ``write_glossary(path, terms)``
writes ``.tbx``, ``.csv`` or ``.tsv``/``.txt`` (OmegaT) atomically and returns the entry count.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from annotator.core.glossary import GlossaryTerm
from annotator.exchange.errors import ExportOptionsError
from annotator.exchange.glossary_csv import (
    read_glossary_csv,
    write_glossary_csv,
    write_glossary_tsv,
)
from annotator.exchange.glossary_entries import (
    MAX_BYTES,
    GlossaryFileImport,
    SkippedEntry,
    check_input_file,
)
from annotator.exchange.glossary_tbx import read_tbx, write_tbx

__all__ = ["GlossaryFileImport", "SkippedEntry", "read_glossary", "write_glossary"]

TBX_SUFFIXES = frozenset({".tbx", ".xml"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".tab", ".utf8"})
_SNIFF_BYTES = 512


def _looks_like_xml(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def read_glossary(path: Path, *, max_bytes: int = MAX_BYTES) -> GlossaryFileImport:
    """The terms of a TBX, CSV or TSV glossary file (the project is not touched)."""
    suffix = path.suffix.lower()
    if suffix not in TBX_SUFFIXES | TEXT_SUFFIXES:
        check_input_file(path, max_bytes)  # before opening: no FIFO or device is sniffed
        if _looks_like_xml(path):
            suffix = ".tbx"
    if suffix in TBX_SUFFIXES:
        return read_tbx(path, max_bytes=max_bytes)
    return read_glossary_csv(path, max_bytes=max_bytes)


def write_glossary(path: Path, terms: Iterable[GlossaryTerm]) -> int:
    """Write ``terms`` as TBX, CSV or TSV by ``path``'s extension; returns the entry count."""
    suffix = path.suffix.lower()
    if suffix == ".tbx":
        return write_tbx(path, terms)
    if suffix == ".csv":
        return write_glossary_csv(path, terms)
    if suffix in (".tsv", ".txt", ".tab", ".utf8"):
        return write_glossary_tsv(path, terms)
    raise ExportOptionsError("glossary_export_format", path=path)
