"""The shape every export format has: begin, one call per sentence, end; and the JSONL writers.

A writer never holds more than the sentence in hand: it writes as it goes, so exports run in
constant memory. ``write`` returns how many records (lines, units, tasks) it wrote for the
sentence, which can be none (a PLOVER export of a sentence without events).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TextIO

from annotator.core.annotations import Actor
from annotator.core.models import TargetStatus
from annotator.exchange.options import ExportOptions
from annotator.exchange.records import RecordBuilder
from annotator.exchange.selection import SentenceItem

HUMAN_STATUSES = (TargetStatus.TRANSLATED, TargetStatus.REVIEWED)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dump_line(record: Mapping[str, Any]) -> str:
    """One JSON line: UTF-8 as is (no ASCII escapes), compact separators, newline."""
    return _ENCODER.encode(record) + "\n"


class Writer:
    """Base writer: subclasses write the records of their format, sentence by sentence."""

    # Read mentions and events for this format?
    annotations = True
    # Run the QA checks for this format (it has a place for their results)?
    qa = False
    # Target statuses exported when the user names none (None: every status).
    default_statuses: tuple[TargetStatus, ...] | None = None
    encoding = "utf-8"
    newline: str | None = "\n"
    # Put the document's full text, blocks and sentence spans on its first record?
    restore = False

    def __init__(self, actors: Mapping[str, Actor], options: ExportOptions) -> None:
        self.options = options
        self.builder = RecordBuilder(actors, restore=self.restore, qa=self.qa and options.qa)

    @property
    def skipped_spans(self) -> int:
        """Spans left out because they no longer fit their text."""
        return self.builder.spans.skipped

    def begin(self, out: TextIO) -> None:
        """Write whatever comes before the first sentence."""

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write one sentence; return how many records that made."""
        raise NotImplementedError

    def end(self, out: TextIO) -> None:
        """Write whatever comes after the last sentence."""


class JsonlWriter(Writer):
    """``annotator.sentence/2`` records, one per line (``docs/dataset.md``)."""

    restore = True
    qa = True
    # Stands in for the document object, which is the same on every line of a document: it is
    # encoded once per document and spliced in (a third of each line, a quarter of the time).
    _PLACEHOLDER = "\x00document\x00"
    _ENCODED_PLACEHOLDER = json.dumps(_PLACEHOLDER)

    def begin(self, out: TextIO) -> None:
        """Forget any cached document object."""
        self._cached: tuple[object, str] | None = None

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write the sentence's record."""
        record = self.builder.record(item)
        if item.first:  # carries the restore fields: encode it whole
            out.write(dump_line(record))
            return 1
        document = record["document"]
        if self._cached is None or self._cached[0] is not document:
            self._cached = (document, _ENCODER.encode(document))
        record["document"] = self._PLACEHOLDER
        # The first match is ours: only "schema" and "id" (a hex id and a number) come before.
        out.write(_ENCODER.encode(record).replace(self._ENCODED_PLACEHOLDER, self._cached[1], 1)
                  + "\n")
        return 1
