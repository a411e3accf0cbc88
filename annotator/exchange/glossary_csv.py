"""Glossaries as CSV and TSV: OmegaT's tab-separated glossaries, memoQ's CSV, our own CSV.

Reading. The encoding is told by a byte order mark (UTF-8, UTF-16, UTF-32), by the NUL pattern of
UTF-16 without one, or else is UTF-8, and failing that Windows Turkish (cp1254, which also reads
ISO-8859-9 text); charset-normalizer is asked only when cp1254 cannot decode the bytes. (Ingest
has its own detection, but the exchange layer may not import ingest.) NUL bytes outside UTF-16
or many control bytes mean a binary file; mostly-UTF-8 text with a stray byte is refused rather
than read as mojibake. The delimiter is a tab, semicolon or comma: the one a ``sep=;`` first
line names, else the one that splits the first line into Turkish and English header columns,
else the one present on every sampled line (tab first). Lines starting with ``#`` are comments.

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

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from annotator.core.glossary import GlossaryTerm
from annotator.core.markdown_text import is_mostly_printable
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

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SEP_LINE = re.compile(r"sep=(.)\r?\n")

TURKISH_NAMES = frozenset({"tr", "tur", "turkish", "turkce", "source", "source_term", "kaynak"})
ENGLISH_NAMES = frozenset({"en", "eng", "english", "ingilizce", "target", "target_term",
                           "hedef"})
FORBIDDEN_WORDS = frozenset({"forbidden", "deprecated", "yasak", "yasakli"})
NOTE_NAMES = frozenset({"note", "notes", "comment", "comments", "description", "definition",
                        "aciklama", "not", "notlar", "entry_note", "yorum"})
NOTE_SUFFIXES = frozenset({"def", "definition", "note", "notes", "comment"})


# -- decoding ------------------------------------------------------------------------------------

def _bad_bytes(path: Path, data: bytes, start: int, encoding: str) -> ImportFileError:
    line = data.count(b"\n", 0, start) + 1 if encoding == "UTF-8" else None
    return ImportFileError("glossary_bad_encoding", path=path, line=line, encoding=encoding,
                           byte=f"{data[start]:02x}")


def _strict(path: Path, data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise _bad_bytes(path, data, error.start, codec.upper()) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 of mostly Latin text has a NUL in every other byte."""
    sample = data[:8192]
    if len(sample) < 4 or len(data) % 2:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd >= 0.3 and even <= 0.02:
        return "utf-16-le"
    if even >= 0.3 and odd <= 0.02:
        return "utf-16-be"
    return None


def _single_byte(path: Path, data: bytes) -> tuple[str, str]:
    high = len(_HIGH_BYTE.findall(data))
    if sum(len(seq) for seq in _UTF8_SEQUENCE.findall(data)) >= 0.5 * high:
        _strict(path, data, "utf-8")  # mostly UTF-8: name the first bad byte
    try:
        return data.decode("cp1254"), "cp1254"
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ImportFileError("glossary_unknown_encoding", path=path)
    return str(best), best.encoding


def decode_glossary(path: Path, data: bytes) -> tuple[str, str]:
    """The text of a glossary file and its encoding's name; one error for each way it fails."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text, encoding = _strict(path, data[len(bom):], codec), codec
            break
    else:
        if (codec16 := _utf16_without_bom(data)) is not None:
            text, encoding = _strict(path, data, codec16), codec16
        elif b"\x00" in data or len(_CONTROL_BYTE.findall(data[:65536])) > 0.01 * min(
                len(data), 65536):
            raise ImportFileError("glossary_binary", path=path)
        else:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = _single_byte(path, data)
    if not is_mostly_printable(text):
        raise ImportFileError("glossary_binary", path=path)
    return text, encoding


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
