"""Glossaries as CSV and TSV: OmegaT's tab-separated glossaries, memoQ's CSV, our own CSV.

Reading. The encoding is told as for imported documents (:mod:`annotator.core.text_encoding`):
a byte order mark, the NUL pattern of UTF-16 without one, UTF-8, then Windows Turkish (cp1254,
which also reads ISO-8859-9 text) when its reading is plausible, charset-normalizer otherwise.
NUL bytes outside UTF-16 or many control bytes mean a binary file; mostly-UTF-8 text with a stray
byte, or UTF-8 lines among cp1254 ones, is refused rather than read as mojibake. The delimiter
is a tab, semicolon or comma: the one a ``sep=;`` first line names, else the one that splits the
first line into Turkish and English header columns, else the one present on every sampled line
(tab first). Lines starting with ``#`` are comments.

Columns. A first row naming a Turkish and an English column is a header. Names are folded
(case, accents, ``-`` and spaces as ``_``) and matched as follows: Turkish: ``tr``, ``tr_TR``,
``tur``, ``Turkish``, ``Türkçe``, ``source``, ``kaynak`` (and ``Turkish_<region>``); English:
``en``, ``en_US``, ``en-GB``, ``eng``, ``English``, ``English_United_States``, ``İngilizce``,
``target``, ``hedef``; forbidden variants: any name with the word ``forbidden``, ``deprecated``
or ``yasak``; note: ``note(s)``, ``comment(s)``, ``description``, ``definition``, ``açıklama``,
``not``, and a language column's ``_Def``/``_Note`` companion (memoQ's ``English_Def``). Other
columns (memoQ's ``Entry_ID``, ``Term_Info`` ...) are ignored and listed in the report; memoQ's
forbidden flag inside ``Term_Info`` is not read (add a Forbidden column). A language named by
several columns (memoQ writes one per synonym) gives all their terms, in column order. Without
such a header, a tab-separated file is OmegaT's: source, target, comment (and our fourth column,
forbidden); a comma or semicolon file needs the header. A cell may hold several terms separated
by ``|`` or, when it has no ``|``, by ``;``; the first English term is the preferred one.

Writing. ``.csv``: header ``tr,en,forbidden,note``, terms in a cell joined by ``|``, UTF-8 with a
byte order mark so Excel opens Turkish letters right (our reader and memoQ skip the mark), CRLF
line ends. ``.tsv``: OmegaT's glossary, UTF-8 without a mark, a ``#`` comment naming the
columns, then ``Turkish<TAB>English<TAB>note<TAB>forbidden``, one line per English term (OmegaT
shows each as an alternative; the reader merges the lines back into one entry). A term that
itself holds ``|`` cannot be carried by CSV or TSV (it comes back as two terms); TBX carries it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.core.glossary import GlossaryTerm
from annotator.core.text_encoding import UndecodableTextError, decode_bytes
from annotator.core.turkish import search_key
from annotator.exchange.errors import ImportFileError
from annotator.exchange.glossary_entries import (
    MAX_BYTES,
    GlossaryFileImport,
    TermCollector,
    check_input_file,
)
from annotator.exchange.output import atomic_output

CSV_COLUMNS = ("tr", "en", "forbidden", "note")
TSV_COLUMNS = ("Turkish", "English", "note", "forbidden")
TERM_SEPARATOR = "|"
DELIMITERS = ("\t", ";", ",")
SAMPLE_LINES = 20

_SEP_LINE = re.compile(r"sep=(.)\r?\n")

TURKISH_NAMES = frozenset({"tr", "tur", "turkish", "turkce", "source", "source_term", "kaynak"})
ENGLISH_NAMES = frozenset({"en", "eng", "english", "ingilizce", "target", "target_term",
                           "hedef"})
FORBIDDEN_WORDS = frozenset({"forbidden", "deprecated", "yasak", "yasakli"})
NOTE_NAMES = frozenset({"note", "notes", "comment", "comments", "description", "definition",
                        "aciklama", "not", "notlar", "entry_note", "yorum"})
NOTE_SUFFIXES = frozenset({"def", "definition", "note", "notes", "comment"})


# -- decoding ------------------------------------------------------------------------------------

def decode_glossary(path: Path, data: bytes) -> tuple[str, str]:
    """The text of a glossary file and its encoding's name (:mod:`annotator.core.text_encoding`
    tells it, as for imported documents); one error for each way it fails."""
    try:
        return decode_bytes(data)
    except UndecodableTextError as error:
        params = error.params
        if error.kind == "invalid_bytes":
            offset = int(str(params["offset"]))
            encoding = str(params["encoding"])
            line = data.count(b"\n", 0, offset) + 1 if encoding == "UTF-8" else None
            raise ImportFileError("glossary_bad_encoding", path=path, line=line,
                                  encoding=encoding, byte=f"{data[offset]:02x}") from None
        if error.kind == "mixed_encoding":
            raise ImportFileError("glossary_mixed_encoding", path=path,
                                  utf8_line=params["utf8_line"],
                                  other_line=params["other_line"]) from None
        kind = "glossary_binary" if error.kind == "binary" else "glossary_unknown_encoding"
        raise ImportFileError(kind, path=path) from None


# -- columns -------------------------------------------------------------------------------------

def _fold(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", search_key(name.strip().lstrip("\ufeff")))


def column_role(name: str) -> str | None:
    """``tr``, ``en``, ``forbidden``, ``note`` or None (ignored) for a header cell."""
    folded = _fold(name)
    words = folded.split("_")
    if folded in TURKISH_NAMES or (words[0] in ("tr", "turkish", "turkce") and len(words) == 2
                                   and words[1] not in NOTE_SUFFIXES):
        return "tr"
    if FORBIDDEN_WORDS & set(words):
        return "forbidden"
    if folded in NOTE_NAMES or (len(words) > 1 and words[-1] in NOTE_SUFFIXES):
        return "note"
    if folded in ENGLISH_NAMES or words[0] in ("en", "english", "ingilizce"):
        return "en"
    return None


@dataclass(frozen=True)
class _Layout:
    roles: tuple[str | None, ...]
    header: bool


def _header_layout(cells: list[str]) -> _Layout | None:
    roles = tuple(column_role(cell) for cell in cells)
    if "tr" in roles and "en" in roles:
        return _Layout(roles, header=True)
    return None


def _fields(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return [line]


def _delimiter(sample: list[str]) -> str | None:
    for delimiter in DELIMITERS:
        if _header_layout(_fields(sample[0], delimiter)) is not None:
            return delimiter
    counts = {d: [len(_fields(line, d)) for line in sample] for d in DELIMITERS}
    everywhere = [d for d in DELIMITERS if min(counts[d]) >= 2]
    if everywhere:
        return max(everywhere, key=lambda d: (d == "\t", sum(counts[d]), d == ","))
    best = max(DELIMITERS, key=lambda d: (sum(counts[d]), d == "\t"))
    return best if max(counts[best]) >= 2 else None


def _content_lines(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if line.strip(" \t,;") and not line.startswith("#"):
            lines.append(line)
            if len(lines) == SAMPLE_LINES:
                break
    return lines


# -- reading -------------------------------------------------------------------------------------

def split_terms(cell: str) -> list[str]:
    """The terms of a cell: split at ``|``, or at ``;`` when the cell has no ``|``."""
    separator = TERM_SEPARATOR if TERM_SEPARATOR in cell else ";"
    return [part for part in cell.split(separator) if part.strip()]


def _rows(path: Path, text: str, delimiter: str) -> Iterator[tuple[int, int, list[str]]]:
    """``(first line, last line, fields)`` of each row that is not blank or a comment."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFileError("glossary_csv_malformed", path=path, line=line,
                                  detail=str(error)) from None
        if any(field.strip() for field in fields) and not fields[0].startswith("#"):
            yield line, reader.line_num, fields


def _add_row(collector: TermCollector, lines: tuple[int, int], fields: list[str],
             roles: tuple[str | None, ...]) -> None:
    cells: dict[str, list[str]] = {"tr": [], "en": [], "forbidden": [], "note": []}
    for role, cell in zip(roles, fields, strict=False):
        if role == "note":
            cells["note"].append(cell)
        elif role is not None:
            if "\n" in cell or "\r" in cell:  # a term never spans lines: a quote left open
                raise ImportFileError("glossary_csv_open_quote", path=collector.report.path,
                                      line=lines[0], end=lines[1])
            cells[role].extend(split_terms(cell))
    collector.add(lines[0], cells["tr"], cells["en"], cells["forbidden"], cells["note"])


def read_glossary_csv(path: Path, *, max_bytes: int = MAX_BYTES) -> GlossaryFileImport:
    """The terms of a CSV or TSV glossary; raises ImportFileError (nothing returned) when the
    file is binary, undecodable, malformed or has no identifiable Turkish and English columns."""
    check_input_file(path, max_bytes)
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)  # a file that grew since it was checked stops here
    if len(data) > max_bytes:
        raise ImportFileError("glossary_too_large", path=path,
                              megabytes=max(max_bytes // 1_000_000, 1))
    text, encoding = decode_glossary(path, data)
    text = text.lstrip("\ufeff")
    named = _SEP_LINE.match(text)
    if named is not None:
        text = "\n" + text[named.end():]  # a blank line keeps the line numbers right
    sample = _content_lines(text)
    if not sample:
        raise ImportFileError("empty_file", path=path)
    delimiter = named.group(1) if named is not None else _delimiter(sample)
    columns = _fields(sample[0], delimiter or ",")
    layout = _header_layout(columns)
    if layout is None and delimiter == "\t":
        layout = _Layout(("tr", "en", "note", "forbidden"), header=False)
    if layout is None or delimiter is None:
        raise ImportFileError("glossary_csv_columns", path=path,
                              columns=", ".join(c.strip() for c in columns) or "-")
    collector = TermCollector(path, "tsv" if delimiter == "\t" else "csv")
    rows = _rows(path, text, delimiter)
    if layout.header:
        next(rows)
    for first, last, fields in rows:
        _add_row(collector, (first, last), fields, layout.roles)
    report = collector.result()
    report.encoding = encoding
    if layout.header:
        report.ignored_columns = tuple(c.strip() for c, role in zip(columns, layout.roles,
                                                                    strict=True) if role is None)
    return report


# -- writing -------------------------------------------------------------------------------------

def join_terms(terms: Iterable[str]) -> str:
    """Terms for one cell, joined by ``|`` (a term holding ``|`` itself comes back split)."""
    return TERM_SEPARATOR.join(terms)


def write_glossary_csv(path: Path, terms: Iterable[GlossaryTerm]) -> int:
    """Write ``terms`` as our CSV (header ``tr,en,forbidden,note``, UTF-8 with a BOM),
    atomically; returns how many entries were written."""
    count = 0
    with atomic_output(path, encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for term in terms:
            writer.writerow([join_terms(term.source_forms), join_terms(term.targets),
                             join_terms(term.forbidden), term.note])
            count += 1
    return count


def _tsv_cell(text: str) -> str:
    return " ".join(text.split())  # OmegaT reads no quoting: a tab or line end would split


def write_glossary_tsv(path: Path, terms: Iterable[GlossaryTerm]) -> int:
    """Write ``terms`` as an OmegaT glossary (one line per Turkish form and English term),
    atomically; returns how many entries were written."""
    count = 0
    with atomic_output(path) as out:
        out.write(f"# Annotator glossary: {chr(9).join(TSV_COLUMNS)}\n")
        for term in terms:
            count += 1
            forbidden = _tsv_cell(join_terms(term.forbidden))
            for source in term.source_forms:
                for index, target in enumerate(term.targets or ("",)):
                    first = index == 0
                    out.write("\t".join((_tsv_cell(source), _tsv_cell(target),
                                         _tsv_cell(term.note) if first else "",
                                         forbidden if first else "")).rstrip("\t") + "\n")
    return count
