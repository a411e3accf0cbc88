"""TMX 1.4b: export sentence pairs as a translation memory, import a TMX as translation memory.

Export: one ``<tu>`` per sentence with a final English (by default only translated and reviewed
ones: a translation memory should hold approved work), ``tuid`` = the sentence id, ``srclang`` =
the document language, the status, document and translator as ``<prop>``/``changeid``. Written
as text, unit by unit, in constant memory.

Import: every ``<tu>`` with a source and a target variant becomes a translation-memory unit
(``tm_units``, origin = the file's name; a pair already there is skipped) and a cache entry
(``mt_cache``) under the engine given (default ``tmx``), keyed like the MT runner keys its cache
(NFC, whitespace collapsed), so ``annotator translate --engine tmx`` answers those sentences
without a request. Inline codes (``bpt``, ``ept``, ``ph``, ``it``, ``ut``) and ``sub`` flows are
left out of the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO
from xml.sax.xmlreader import AttributesImpl

from sqlite_utils import Database

from annotator import __version__
from annotator.core.mt_types import cache_key
from annotator.exchange.options import DEFAULT_TMX_ENGINE
from annotator.exchange.output import xml_attr, xml_text
from annotator.exchange.records import TARGET_LANGUAGE
from annotator.exchange.selection import SentenceItem
from annotator.exchange.writer import HUMAN_STATUSES, Writer
from annotator.exchange.xmlread import LocatedHandler, attribute, parse_xml
from annotator.storage.tm import add_tm_unit
from annotator.storage.translations import cache_store

INLINE_CODES = frozenset({"bpt", "ept", "ph", "it", "ut", "sub"})


def tmx_date(stamp: str | None) -> str | None:
    """An ISO timestamp as TMX wants it: ``20231127T120000Z`` (UTC)."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def language_code(tag: str) -> str:
    """``tr-TR`` → ``tr``: the cache keys languages by their primary subtag."""
    return tag.split("-")[0].split("_")[0].lower()


class TmxWriter(Writer):
    """A TMX 1.4b translation memory, one unit per translated sentence."""

    annotations = False
    default_statuses = HUMAN_STATUSES

    def begin(self, out: TextIO) -> None:
        """Write the XML declaration, the header and open the body."""
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                  f'  <header creationtool="Annotator" creationtoolversion="{__version__}" '
                  'datatype="plaintext" segtype="sentence" adminlang="en" srclang="*all*" '
                  'o-tmf="annotator"/>\n  <body>\n')

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write the sentence pair, or nothing when there is no English yet."""
        segment = item.segment
        target = segment.target
        if not target.text:
            return 0
        sentence, language = segment.sentence, item.doc.document.language
        attrs = f"tuid={xml_attr(f'{sentence.document_id}:{sentence.order}')} "
        attrs += f"srclang={xml_attr(language)}"
        changed = tmx_date(target.updated)
        if changed:
            attrs += f' changedate="{changed}"'
        if target.translator:
            attrs += f" changeid={xml_attr(target.translator)}"
        out.write(f"    <tu {attrs}>\n"
                  f'      <prop type="x-document">{xml_text(sentence.document_id)}</prop>\n'
                  f'      <prop type="x-status">{target.status}</prop>\n'
                  f"      <tuv xml:lang={xml_attr(language)}><seg>{xml_text(sentence.text)}"
                  "</seg></tuv>\n"
                  f'      <tuv xml:lang="{TARGET_LANGUAGE}"><seg>{xml_text(target.text)}'
                  "</seg></tuv>\n    </tu>\n")
        return 1

    def end(self, out: TextIO) -> None:
        """Close the body and the document."""
        out.write("  </body>\n</tmx>\n")


class TmxHandler(LocatedHandler):
    """Reads ``<tu>`` elements and hands each (source lang, text, target lang, text) on."""

    def __init__(self, path: Path, store: Callable[[str, str, str, str], None]) -> None:
        super().__init__(path)
        self.store = store
        self.default_source: str | None = None
        self.units = 0
        self._source_lang: str | None = None
        self._variants: list[tuple[str, str]] = []
        self._lang: str | None = None
        self._seg: list[str] | None = None
        self._skip = 0
        self._seen_root = False

    def startElement(self, name: str, attrs: AttributesImpl) -> None:  # noqa: N802
        """Track where we are: header, unit, variant, segment, inline code."""
        if not self._seen_root:
            if name != "tmx":
                raise self.fail("tmx_not_tmx", element=name)
            self._seen_root = True
        if name == "header":
            self.default_source = attribute(attrs, "srclang")
        elif name == "tu":
            self._source_lang = attribute(attrs, "srclang") or self.default_source
            self._variants = []
        elif name == "tuv":
            self._lang = attribute(attrs, "xml:lang", "lang")
            if not self._lang:
                raise self.fail("tmx_tuv_without_lang")
        elif name == "seg":
            self._seg = []
        elif name in INLINE_CODES and self._seg is not None:
            self._skip += 1

    def characters(self, content: str) -> None:
        """Collect segment text outside inline codes."""
        if self._seg is not None and not self._skip:
            self._seg.append(content)

    def endElement(self, name: str) -> None:  # noqa: N802
        """Finish a segment, a variant or a unit."""
        if name in INLINE_CODES and self._seg is not None:
            self._skip -= 1
        elif name == "seg" and self._seg is not None:
            self._variants.append((self._lang or "", "".join(self._seg)))
            self._seg = None
        elif name == "tu":
            self._finish_unit()

    def _finish_unit(self) -> None:
        if len(self._variants) < 2:
            raise self.fail("tmx_tu_incomplete")
        wanted = self._source_lang if self._source_lang not in (None, "*all*") else None
        source = next((v for v in self._variants
                       if wanted is None or language_code(v[0]) == language_code(wanted)), None)
        if source is None:
            raise self.fail("tmx_no_source_variant", language=wanted)
        for lang, text in self._variants:
            if (lang, text) != source and text.strip() and source[1].strip():
                self.store(language_code(source[0]), source[1], language_code(lang), text)
        self.units += 1


@dataclass
class TmxImport:
    """What a TMX import stored: units read, memory units added (and already there), cache
    entries written."""

    path: Path
    units: int = 0
    memory_entries: int = 0
    already_in_memory: int = 0
    cache_entries: int = 0

    def summary(self) -> str:
        """One line for people: ``tmx: 12 units from memory.tmx: 20 new memory entries ...``."""
        return (f"tmx: {self.units} units from {self.path}: {self.memory_entries} new memory "
                f"entries, {self.already_in_memory} already in the memory")


def import_tmx(db: Database, path: Path, engine: str = DEFAULT_TMX_ENGINE) -> TmxImport:
    """Store every unit of a TMX file in the translation memory and the MT cache (the caller
    holds the transaction)."""
    result = TmxImport(path)

    def store(source_lang: str, source: str, target_lang: str, text: str) -> None:
        if add_tm_unit(db, source, text, source_lang, target_lang, path.name):
            result.memory_entries += 1
        else:
            result.already_in_memory += 1
        cache_store(db, engine, source_lang, target_lang, cache_key(source), text)
        result.cache_entries += 1

    handler = TmxHandler(path, store)
    # OmegaT writes <!DOCTYPE tmx SYSTEM "tmx11.dtd">: the DTD is named, never read.
    parse_xml(path, handler, allow_doctype=True)
    result.units = handler.units
    return result
