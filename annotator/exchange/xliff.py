"""XLIFF 2.0 for CAT tools: export each document as a ``<file>``, import edited targets back.

Export: ``<unit id="<document id>:<order>">`` per sentence with one ``<segment>``: the Turkish
``<source>``, the current English as ``<target>`` when there is one, and the state
``mt``/``draft`` → ``initial``, ``translated`` → ``translated``, ``reviewed`` → ``reviewed``. The
block role goes in a ``<note category="block">``.

Import: each unit's target is saved as a new revision of the sentence's English (with its
history row, like an edit in the grid), status ``initial`` → draft, ``translated`` →
translated, ``reviewed``/``final`` → reviewed. A target equal to the current English in state
``initial``, or equal in text and status, changes nothing. Units whose id is not a sentence of
the project or whose source differs from the sentence are errors: nothing from the file is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO
from xml.sax.xmlreader import AttributesImpl

from sqlite_utils import Database

from annotator.core.models import TargetStatus
from annotator.core.qa_types import QaIssue
from annotator.exchange.errors import ImportFileError
from annotator.exchange.lookup import SentenceIndex
from annotator.exchange.output import xml_attr, xml_text
from annotator.exchange.records import TARGET_LANGUAGE
from annotator.exchange.selection import SentenceItem
from annotator.exchange.writer import Writer
from annotator.exchange.xmlread import LocatedHandler, attribute, parse_xml
from annotator.messages.qa import render_qa
from annotator.storage.segments import get_segment
from annotator.storage.targets import save_target

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
STATE_OUT = {TargetStatus.TRANSLATED: "translated", TargetStatus.REVIEWED: "reviewed"}
STATE_IN = {"initial": TargetStatus.DRAFT, "translated": TargetStatus.TRANSLATED,
            "reviewed": TargetStatus.REVIEWED, "final": TargetStatus.REVIEWED}
STATE_RANK = ("initial", "translated", "reviewed", "final")
# Inline codes without translatable text of their own.
_EMPTY_CODES = frozenset({"ph", "sc", "ec", "sm", "em", "cp"})


# A QA issue's severity as an XLIFF note priority (1 is the most important).
_QA_PRIORITY = {"error": 1, "warning": 5, "info": 9}


def _qa_note(issue: QaIssue) -> str:
    """One QA issue as a note on the target: ``[check] message``, its severity as priority."""
    return (f'\n        <note category="qa" appliesTo="target" '
            f'priority="{_QA_PRIORITY.get(issue.severity, 5)}">'
            f"{xml_text(f'[{issue.check}] {render_qa(issue)}')}</note>")


class XliffWriter(Writer):
    """An XLIFF 2.0 file with one ``<file>`` per document."""

    annotations = False
    qa = True

    def begin(self, out: TextIO) -> None:
        """Nothing yet: the root names the source language, known at the first sentence."""
        self._open_file: str | None = None
        self._root = False

    def _start_root(self, language: str, out: TextIO) -> None:
        out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{XLIFF_NS}" '
                  f'version="2.0" srcLang={xml_attr(language)} trgLang="{TARGET_LANGUAGE}">\n')
        self._root = True

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write the sentence's unit, opening its document's ``<file>`` when it changes."""
        segment = item.segment
        document, sentence = item.doc.document, segment.sentence
        if not self._root:
            self._start_root(document.language, out)
        if self._open_file != document.id:
            if self._open_file is not None:
                out.write("  </file>\n")
            original = document.source_name or document.title
            out.write(f"  <file id={xml_attr(document.id)} original={xml_attr(original)}>\n")
            self._open_file = document.id
        target = segment.target
        state = STATE_OUT.get(target.status, "initial") if target.text else "initial"
        out.write(f"    <unit id={xml_attr(f'{document.id}:{sentence.order}')}>\n"
                  f'      <notes><note category="block">{sentence.role}</note>'
                  f'{"".join(_qa_note(issue) for issue in item.qa)}</notes>\n'
                  f'      <segment state="{state}">\n'
                  f'        <source xml:space="preserve">{xml_text(sentence.text)}</source>\n')
        if target.text:
            out.write(f'        <target xml:space="preserve">{xml_text(target.text)}</target>\n')
        out.write("      </segment>\n    </unit>\n")
        return 1

    def end(self, out: TextIO) -> None:
        """Close the open ``<file>`` and the root (an empty export still is valid XLIFF)."""
        if not self._root:
            self._start_root("tr", out)
        if self._open_file is not None:
            out.write("  </file>\n")
        out.write("</xliff>\n")


class XliffHandler(LocatedHandler):
    """Collects each unit's source, target and state; hands finished units on."""

    def __init__(self, path: Path, apply: Callable[[str, str, str | None, str, int], None]) -> None:
        super().__init__(path)
        self.apply = apply
        self.units = 0
        self._unit: str | None = None
        self._unit_line = 0
        self._parts: dict[str, list[str]] = {}
        self._has_target = False
        self._state = "final"
        self._into: str | None = None
        self._skip = 0
        self._seen_root = False

    def startElement(self, name: str, attrs: AttributesImpl) -> None:  # noqa: N802
        """Track units, segments and the text element being read."""
        if not self._seen_root:
            version = attribute(attrs, "version") or ""
            if name != "xliff" or not version.startswith("2."):
                raise self.fail("xliff_not_xliff2")
            target_language = (attribute(attrs, "trgLang") or "").lower()
            if target_language and not target_language.startswith(TARGET_LANGUAGE):
                raise self.fail("xliff_not_english", language=target_language)
            self._seen_root = True
            self._unit_ids: set[str] = set()
        if name == "unit":
            self._unit = attribute(attrs, "id")
            if not self._unit:
                raise self.fail("xliff_unit_without_id")
            if self._unit in self._unit_ids:
                raise self.fail("xliff_unit_twice", unit=self._unit)
            self._unit_ids.add(self._unit)
            self._unit_line = self.line or 0
            self._parts = {"source": [], "target": []}
            self._has_target, self._state = False, "final"
        elif name == "segment":
            state = attribute(attrs, "state") or "initial"
            if state not in STATE_RANK:
                raise self.fail("xliff_unknown_state", state=state)
            self._state = min(self._state, state, key=STATE_RANK.index)
        elif name in ("source", "target") and self._unit is not None:
            self._into = name
            self._has_target = self._has_target or name == "target"
        elif name in _EMPTY_CODES and self._into is not None:
            self._skip += 1

    def characters(self, content: str) -> None:
        """Collect source and target text."""
        if self._into is not None and not self._skip:
            self._parts[self._into].append(content)

    def endElement(self, name: str) -> None:  # noqa: N802
        """Close a text element, or hand a finished unit on."""
        if name in _EMPTY_CODES and self._into is not None:
            self._skip -= 1
        elif name in ("source", "target"):
            self._into = None
        elif name == "unit" and self._unit is not None:
            target = "".join(self._parts["target"]) if self._has_target else None
            self.units += 1
            self.apply(self._unit, "".join(self._parts["source"]), target, self._state,
                       self._unit_line)
            self._unit = None


def import_xliff(db: Database, path: Path, translator: str | None = None) -> tuple[int, int]:
    """Save the targets of an XLIFF 2.x file as revisions; returns (units, targets saved)."""
    saved = 0
    index = SentenceIndex(db)

    def apply(unit_id: str, source: str, target: str | None, state: str, line: int) -> None:
        nonlocal saved
        sentence = index.by_id(unit_id)
        segment = get_segment(db, sentence.id) if sentence is not None else None
        if segment is None:
            raise ImportFileError("xliff_unit_not_sentence", path=path, line=line, unit=unit_id)
        if " ".join(source.split()) != " ".join(segment.sentence.text.split()):
            raise ImportFileError("xliff_source_differs", path=path, line=line, unit=unit_id)
        current = segment.target
        status = STATE_IN[state]
        if not target or (target == current.text
                          and (state == "initial" or status == current.status)):
            return
        save_target(db, segment.sentence.id, target, status, translator)
        saved += 1

    handler = XliffHandler(path, apply)
    parse_xml(path, handler)
    return handler.units, saved
