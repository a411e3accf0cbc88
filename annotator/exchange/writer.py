"""The shape every export format has: begin, one call per sentence, end; and the JSONL writers.

A writer never holds more than the sentence in hand: it writes as it goes, so exports run in
constant memory. ``write`` returns how many records (lines, units, tasks) it wrote for the
sentence, which can be none (a PLOVER export of a sentence without events).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TextIO

import orjson

from annotator.core.annotations import Actor
from annotator.core.models import TargetStatus
from annotator.exchange.options import ExportOptions
from annotator.exchange.records import Record, RecordBuilder
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
    """``annotator.sentence/2`` records, one per line (``docs/dataset.md``), encoded by orjson.

    orjson writes what ``dump_line`` writes (UTF-8, compact, keys in order, the same escapes),
    except for floats below 1e-4 or from 1e16 on, NaN and infinities, and integers beyond 64
    bits: :func:`json_safe` hands those to the standard encoder. The lines go to the binary
    buffer under the text stream as bytes (nothing is ever written through the text layer, so
    nothing is reordered).
    """

    restore = True
    qa = True

    def begin(self, out: TextIO) -> None:
        """Forget any cached document object."""
        self._document: tuple[object, orjson.Fragment] | None = None

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write the sentence's record."""
        record = self.builder.record(item)
        translation = record["translation"]
        seconds, distance = translation["seconds"], translation["edit_distance"]
        if not _orjson_float(seconds) or (distance is not None and not _orjson_float(distance)):
            translation["seconds"], translation["edit_distance"] = (json_safe(seconds),
                                                                   json_safe(distance))
        if item.mentions or item.events:
            _guard_annotations(record)
        if item.first:  # carries the restore fields: encode it whole
            for block in record["document"]["blocks"]:  # attrs come from imported files
                if block["attrs"]:
                    block["attrs"] = json_safe(block["attrs"])
        else:  # the document object is the same on every line of a document: encode it once
            document = record["document"]
            if self._document is None or self._document[0] is not document:
                self._document = (document, orjson.Fragment(orjson.dumps(document)))
            record["document"] = self._document[1]
        out.buffer.write(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE))
        return 1


def _orjson_float(value: float) -> bool:
    """Whether orjson writes ``value`` as the standard encoder does (shortest repr digits, no
    exponent from 1e-4 to 1e16; orjson writes 1e-05 as 0.00001 and NaN as null)."""
    return value == 0.0 or 1e-4 <= abs(value) < 1e16


def json_safe(value: Any) -> Any:
    """``value`` with every float and integer orjson would write otherwise than the standard
    encoder replaced by a fragment of the standard encoder's text (lists and tuples become
    lists, which both write alike)."""
    if isinstance(value, float):
        return value if _orjson_float(value) else orjson.Fragment(_ENCODER.encode(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return value if -(1 << 63) <= value < (1 << 64) else orjson.Fragment(str(value))
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(item) for item in value]
    return value


def _guard_annotations(record: Record) -> None:
    """Make the floats of a record's mentions and events safe for orjson (:func:`json_safe`)."""
    for mention in record["mentions"]:
        if mention["score"] is not None:
            mention["score"] = json_safe(mention["score"])
    for event in record["events"]:
        if event["confidence"] is not None:
            event["confidence"] = json_safe(event["confidence"])
