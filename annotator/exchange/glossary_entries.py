"""What the glossary file readers share: the input checks, the entry collector and its report.

A glossary file (TBX, CSV, TSV) is read whole into a list of :class:`GlossaryTerm` before anything
is stored. Readers hand each entry they find to a :class:`TermCollector`, which cleans the terms,
makes one term per Turkish form (a TBX entry or CSV row may give synonyms), skips entries that
lack a Turkish or an English side (counted, with the reason and line), and merges entries whose
Turkish term is the same (``DIŞİŞLERİ`` = ``dışişleri``) so the list holds one term per entry of
the project's glossary. Files are checked before they are opened: a missing file, a folder, a FIFO
or device, an empty file and one over the size limit each get their own error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from annotator.core.glossary import GlossaryTerm, clean_term
from annotator.core.turkish import search_key
from annotator.exchange.errors import ImportFileError
from annotator.storage.glossary import MAX_TERM_CHARS

MAX_BYTES = 50_000_000  # ~75,000 entries of our TBX (2 English terms and a variant each)
NOTE_SEPARATOR = "\n"

SkipReason = Literal["no_turkish", "no_english", "too_long"]


@dataclass(frozen=True)
class SkippedEntry:
    """An entry of the file that was left out: where it starts, why, and what it did hold."""

    line: int | None
    reason: SkipReason
    text: str


@dataclass
class GlossaryFileImport:
    """What a glossary file holds: its terms (one per Turkish term, merged), the entries left
    out and why, how many entries were folded into an earlier one, and the file's format."""

    path: Path
    format: str
    terms: list[GlossaryTerm] = field(default_factory=list)
    skipped_entries: list[SkippedEntry] = field(default_factory=list)
    merged: int = 0
    encoding: str = "utf-8"
    ignored_columns: tuple[str, ...] = ()

    @property
    def skipped(self) -> int:
        """How many entries of the file were left out."""
        return len(self.skipped_entries)


def check_input_file(path: Path, max_bytes: int = MAX_BYTES) -> int:
    """The size of ``path``; refuses a missing file, a folder or special file, an empty file and
    a file over ``max_bytes`` before a byte is read (a sparse or endless file is never read)."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise ImportFileError("no_such_file", path=path) from None
    except OSError as error:
        raise ImportFileError("glossary_unreadable", path=path,
                              detail=error.strerror or str(error)) from None
    if not path.is_file():
        raise ImportFileError("glossary_not_plain_file", path=path)
    if stat.st_size == 0:
        raise ImportFileError("empty_file", path=path)
    if stat.st_size > max_bytes:
        raise ImportFileError("glossary_too_large", path=path,
                              megabytes=max(max_bytes // 1_000_000, 1))
    return stat.st_size


def _keyed(values: Sequence[str], exclude: set[str] | frozenset[str] = frozenset()
           ) -> dict[str, str]:
    """``{folded key: cleaned term}`` for the non-empty values, first of each key kept, keys in
    ``exclude`` left out (one fold per value: folding is the costly part of reading)."""
    out: dict[str, str] = {}
    for value in values:
        term = clean_term(value)
        key = search_key(term)
        if term and key not in out and key not in exclude:
            out[key] = term
    return out


def _join_notes(first: str, second: str) -> str:
    if not second or second in first.split(NOTE_SEPARATOR):
        return first
    return f"{first}{NOTE_SEPARATOR}{second}" if first else second


def _merge(old: GlossaryTerm, new: GlossaryTerm) -> GlossaryTerm:
    targets = _keyed((*old.targets, *new.targets))
    forbidden = _keyed((*old.forbidden, *new.forbidden), set(targets))
    return replace(old, targets=tuple(targets.values()), forbidden=tuple(forbidden.values()),
                   note=_join_notes(old.note, new.note))


class TermCollector:
    """Gathers the entries of one file into terms; ``result`` raises when none is usable."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.report = GlossaryFileImport(path, fmt)
        self._index: dict[str, int] = {}

    def add(self, line: int | None, sources: Sequence[str], targets: Sequence[str],
            forbidden: Sequence[str] = (), notes: Sequence[str] = ()) -> None:
        """One entry: its Turkish terms, English terms (preferred first), forbidden English
        variants and notes. Each Turkish term becomes a term with the same English side."""
        turkish, english = _keyed(sources), _keyed(targets)
        banned = tuple(_keyed(forbidden, set(english)).values())
        if not turkish:
            self._skip(line, "no_turkish", " | ".join((*english.values(), *banned)))
            return
        allowed = tuple(english.values())
        if not allowed and not banned:
            self._skip(line, "no_english", " | ".join(turkish.values()))
            return
        terms = (*turkish.values(), *allowed, *banned)
        too_long = next((t for t in terms if len(t) > MAX_TERM_CHARS), None)
        if too_long is not None:
            self._skip(line, "too_long", too_long[:60])
            return
        note = NOTE_SEPARATOR.join(dict.fromkeys(n.strip() for n in notes if n.strip()))
        for key, source in turkish.items():
            self._store(key, GlossaryTerm(source, targets=allowed, forbidden=banned, note=note))

    def _skip(self, line: int | None, reason: SkipReason, text: str) -> None:
        self.report.skipped_entries.append(SkippedEntry(line, reason, clean_term(text)))

    def _store(self, key: str, term: GlossaryTerm) -> None:
        position = self._index.get(key)
        if position is None:
            self._index[key] = len(self.report.terms)
            self.report.terms.append(term)
        else:
            self.report.terms[position] = _merge(self.report.terms[position], term)
            self.report.merged += 1

    def result(self) -> GlossaryFileImport:
        """The report; raises ``glossary_no_terms`` when no entry had both sides."""
        if not self.report.terms:
            raise ImportFileError("glossary_no_terms", path=self.report.path,
                                  skipped=self.report.skipped)
        return self.report
