"""TBX termbases (ISO 30042): read TBX-Basic as OmegaT, memoQ and Trados exchange it, write it.

Reading takes TBX 2008 (``<martif>`` → ``<termEntry>`` → ``<langSet xml:lang>`` → ``<tig>`` or
``<ntig>`` → ``<term>``) and TBX v3 (``<tbx>`` → ``<conceptEntry>`` → ``<langSec>`` →
``<termSec>``). Language codes match on their primary subtag, in any case: ``tr``, ``tr-TR``,
``tur``; ``en``, ``en-US``, ``en-GB``, ``eng``. A term's ``<termNote type="administrativeStatus">``
(or ``normativeAuthorization``) says what it is: an English ``deprecatedTerm-admn-sts`` or
``supersededTerm-admn-sts`` is a forbidden variant, ``preferredTerm-admn-sts`` comes first,
anything else is admitted in file order. Every Turkish term of an entry (whatever its status: it
is still met in source texts) becomes a term with the entry's English side. ``<note>`` and
``<descrip type="definition">`` anywhere in an entry make its note. An entry without a Turkish or
an English term is skipped and counted. The file is parsed with defusedxml in a stream: a
``<!DOCTYPE>`` is accepted (TBX files name their DTD) but never read, entity declarations and
external references are refused, and a file over the size limit is refused before parsing.

Writing gives TBX-Basic: ``<martif type="TBX-Basic" xml:lang="en">``, one ``<termEntry>`` per
term with a Turkish and an English ``<langSet>``, every term in a ``<tig>`` with its
administrative status (the first English term preferred, the others admitted, forbidden ones
deprecated), and the note as an entry-level ``<note>``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO
from xml.sax.xmlreader import AttributesImpl

from annotator import __version__
from annotator.core.glossary import GlossaryTerm
from annotator.exchange.errors import ImportFileError
from annotator.exchange.glossary_entries import (
    MAX_BYTES,
    GlossaryFileImport,
    TermCollector,
    check_input_file,
)
from annotator.exchange.output import atomic_output, xml_attr, xml_text
from annotator.exchange.xmlread import LocatedHandler, attribute, parse_xml

ROOTS = frozenset({"martif", "tbx"})
ENTRIES = frozenset({"termEntry", "conceptEntry"})
LANGUAGES = frozenset({"langSet", "langSec"})
TERM_GROUPS = frozenset({"tig", "ntig", "termSec"})
STATUS_TYPES = frozenset({"administrativeStatus", "normativeAuthorization"})
FORBIDDEN_STATUSES = ("deprecated", "superseded")
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
SIDES = {"tr": "tr", "tur": "tr", "en": "en", "eng": "en"}


def language_side(code: str | None) -> str | None:
    """``"tr"`` or ``"en"`` for a language code on either side of a Turkish-English glossary."""
    if not code:
        return None
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    return SIDES.get(primary)


def local_name(name: str) -> str:
    """``basic:administrativeStatus`` → ``administrativeStatus`` (TBX v3 DCT style)."""
    return name.rsplit(":", 1)[-1]


@dataclass
class _Term:
    text: str = ""
    status: str = ""

    @property
    def forbidden(self) -> bool:
        return self.status.strip().lower().startswith(FORBIDDEN_STATUSES)

    @property
    def preferred(self) -> bool:
        return self.status.strip().lower().startswith("preferred")


@dataclass
class _Entry:
    line: int | None
    terms: dict[str, list[_Term]] = field(default_factory=lambda: {"tr": [], "en": []})
    notes: list[str] = field(default_factory=list)


class TbxHandler(LocatedHandler):
    """Collects entries: their terms per side with statuses, and their notes."""

    def __init__(self, path: Path, collector: TermCollector) -> None:
        super().__init__(path)
        self.collector = collector
        self.entries = 0
        self.languages: set[str] = set()
        self.sides: set[str] = set()
        self._seen_root = False
        self._entry: _Entry | None = None
        self._side: str | None = None
        self._term: _Term | None = None
        # Text being captured: what it is for ("term", "status", "note"), its parts, its depth.
        self._capture: tuple[str, list[str]] | None = None
        self._depth = 0

    def startElement(self, name: str, attrs: AttributesImpl) -> None:  # noqa: N802
        """Open a root, entry, language, term group or a text to capture."""
        name = local_name(name)
        if not self._seen_root:
            if name not in ROOTS:
                raise self.fail("glossary_not_tbx", element=name)
            self._seen_root = True
        if self._capture is not None:
            self._depth += 1
        elif name in ENTRIES:
            self._entry = _Entry(self.line)
        elif self._entry is None:
            return
        elif name in LANGUAGES:
            code = attribute(attrs, "xml:lang", "lang") or ""
            self._side = language_side(code)
            self.languages.add(code.strip() or "?")
        elif name in TERM_GROUPS:
            self._term = _Term()
        else:
            self._start_text(name, attrs)

    def _start_text(self, name: str, attrs: AttributesImpl) -> None:
        kind = attribute(attrs, "type") or ""
        if name == "term":
            self._capture = ("term", [])
        elif (name == "termNote" and kind in STATUS_TYPES) or name in STATUS_TYPES:
            self._capture = ("status", [])
        elif name in ("note", "definition") or (name == "descrip" and kind == "definition"):
            self._capture = ("note", [])

    def characters(self, content: str) -> None:
        """Collect the text of a term, status or note (inline markup included)."""
        if self._capture is not None:
            self._capture[1].append(content)

    def endElement(self, name: str) -> None:  # noqa: N802
        """Finish a captured text, a term group, a language or an entry."""
        name = local_name(name)
        if self._capture is not None:
            if self._depth:
                self._depth -= 1
            else:
                self._end_text()
        elif name in TERM_GROUPS:
            self._end_term()
        elif name in LANGUAGES:
            self._side = None
        elif name in ENTRIES and self._entry is not None:
            self._end_entry(self._entry)
            self._entry = None

    def _end_text(self) -> None:
        assert self._capture is not None and self._entry is not None
        what, parts = self._capture
        text = "".join(parts)
        self._capture = None
        if what == "note":
            self._entry.notes.append(text.strip())
        elif what == "status":
            if self._term is not None:
                self._term.status = text
        elif self._term is not None:
            self._term.text = text
        else:  # a <term> outside any term group
            self._term = _Term(text)
            self._end_term()

    def _end_term(self) -> None:
        term, entry, side = self._term, self._entry, self._side
        if term is not None and entry is not None and side is not None and term.text.strip():
            entry.terms[side].append(term)
            self.sides.add(side)
        self._term = None

    def _end_entry(self, entry: _Entry) -> None:
        self.entries += 1
        english = entry.terms["en"]
        allowed = [t for t in english if not t.forbidden]
        allowed.sort(key=lambda t: not t.preferred)  # stable: preferred first, then file order
        self.collector.add(entry.line, [t.text for t in entry.terms["tr"]],
                           [t.text for t in allowed],
                           [t.text for t in english if t.forbidden], entry.notes)


def read_tbx(path: Path, *, max_bytes: int = MAX_BYTES) -> GlossaryFileImport:
    """The terms of a TBX file; raises ImportFileError (nothing returned) when it is not a
    usable Turkish-English termbase."""
    check_input_file(path, max_bytes)
    collector = TermCollector(path, "tbx")
    handler = TbxHandler(path, collector)
    parse_xml(path, handler, allow_doctype=True)
    if not handler.entries:
        raise ImportFileError("glossary_no_entries", path=path)
    found = ", ".join(sorted(handler.languages, key=str.lower)) or "-"
    for side in ("tr", "en"):
        if side not in handler.sides:
            raise ImportFileError("glossary_no_language", path=path, language=side, found=found)
    return collector.result()


def _tig(text: str, status: str) -> str:
    return (f"          <tig><term>{xml_text(text)}</term>"
            f'<termNote type="administrativeStatus">{status}</termNote></tig>\n')


def _entry(term: GlossaryTerm, number: int, out: TextIO) -> None:
    entry_id = f"g{term.id}" if term.id is not None else f"e{number}"
    out.write(f"      <termEntry id={xml_attr(entry_id)}>\n")
    if term.note:
        out.write(f"        <note>{xml_text(term.note)}</note>\n")
    out.write('        <langSet xml:lang="tr">\n')
    for index, source in enumerate(term.source_forms):
        out.write(_tig(source, PREFERRED if index == 0 else ADMITTED))
    out.write("        </langSet>\n")
    if term.targets or term.forbidden:
        out.write('        <langSet xml:lang="en">\n')
        for index, target in enumerate(term.targets):
            out.write(_tig(target, PREFERRED if index == 0 else ADMITTED))
        for variant in term.forbidden:
            out.write(_tig(variant, DEPRECATED))
        out.write("        </langSet>\n")
    out.write("      </termEntry>\n")


def write_tbx(path: Path, terms: Iterable[GlossaryTerm], *,
              title: str = "Annotator glossary") -> int:
    """Write ``terms`` as a TBX-Basic file (atomically: ``.part`` then rename); returns how many
    entries were written."""
    count = 0
    with atomic_output(path) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<martif type="TBX-Basic" xml:lang="en">\n  <martifHeader>\n    <fileDesc>\n'
                  f"      <titleStmt><title>{xml_text(title)}</title></titleStmt>\n"
                  f"      <sourceDesc><p>Annotator {xml_text(__version__)}</p></sourceDesc>\n"
                  "    </fileDesc>\n"
                  '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>\n'
                  "  </martifHeader>\n  <text>\n    <body>\n")
        for term in terms:
            count += 1
            _entry(term, count, out)
        out.write("    </body>\n  </text>\n</martif>\n")
    return count
