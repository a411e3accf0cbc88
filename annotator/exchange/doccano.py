"""doccano relation-extraction JSONL: export sentence sides as tasks, import spans as suggestions.

One line per sentence (of the side chosen, Turkish by default): ``text``, ``entities`` (``id``,
``label``, ``start_offset``, ``end_offset``), ``relations`` (``id``, ``from_id``, ``to_id``,
``type``), plus our ``sentence``/``side``/``document`` keys, which doccano keeps as metadata and
the import uses to find the sentence again (without them, the text is looked up). Import also
reads doccano's sequence-labelling format (``"label": [[start, end, "LABEL"], ...]``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from annotator.exchange.errors import ImportFileError, json_error
from annotator.exchange.jsonl_import import refuse_unstorable_text
from annotator.exchange.records import Record
from annotator.exchange.selection import SentenceItem
from annotator.exchange.span_tasks import (
    SuggestionImporter,
    Task,
    TaskRelation,
    TaskSpan,
    task_from_record,
)
from annotator.exchange.writer import Writer, dump_line


class DoccanoWriter(Writer):
    """One doccano task per sentence with text on the chosen side."""

    def begin(self, out: TextIO) -> None:
        """Start numbering entities and relations (doccano ids are integers)."""
        self._next_id = 1

    def _number(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write the sentence's task, or nothing when its side has no text."""
        record = self.builder.record(item)
        task = task_from_record(record, self.options.side)
        if task is None:
            return 0
        ids = {span.key: self._number() for span in task.spans}
        line: Record = {
            "text": task.text,
            "entities": [{"id": ids[s.key], "label": s.label, "start_offset": s.start,
                          "end_offset": s.end} for s in task.spans],
            "relations": [{"id": self._number(), "from_id": ids[r.source],
                           "to_id": ids[r.target], "type": r.role} for r in task.relations],
            "sentence": record["id"], "side": task.side, "document": record["document"]["id"],
        }
        if "split" in record:
            line["split"] = record["split"]
        out.write(dump_line(line))
        return 1


_JSON_TYPES = {str: "string", int: "integer"}


def _field(entry: dict[str, Any], name: str, kind: type, path: Path, line: int) -> Any:
    value = entry.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ImportFileError("doccano_bad_field", path=path, line=line, field=name,
                              type=_JSON_TYPES.get(kind, kind.__name__))
    return value


def _list(entry: dict[str, Any], name: str, path: Path, line: int) -> list[Any]:
    """An optional array field: absent or empty (null, "") is no items; another non-array is
    refused."""
    value = entry.get(name)
    if not value:
        return []
    if not isinstance(value, list):
        raise ImportFileError("doccano_bad_field", path=path, line=line, field=name, type="array")
    return value


def parse_doccano_line(data: Any, path: Path, line: int) -> Task:
    """One doccano line as a Task; raises ImportFileError naming the line when malformed."""
    if not isinstance(data, dict):
        raise ImportFileError("doccano_not_object", path=path, line=line)
    side = str(data["side"]) if data.get("side") in ("tr", "en") else ""
    sentence = data.get("sentence") if isinstance(data.get("sentence"), str) else None
    task = Task(_field(data, "text", str, path, line), side, sentence)
    for entity in _list(data, "entities", path, line):
        if not isinstance(entity, dict):
            raise ImportFileError("doccano_entity_not_object", path=path, line=line)
        task.spans.append(TaskSpan(
            str(_field(entity, "id", int, path, line)),
            _field(entity, "start_offset", int, path, line),
            _field(entity, "end_offset", int, path, line), "",
            _field(entity, "label", str, path, line)))
    for number, label in enumerate(_list(data, "label", path, line)):
        if (not isinstance(label, list) or len(label) != 3
                or not all(isinstance(v, int) for v in label[:2])):
            raise ImportFileError("doccano_bad_label", path=path, line=line)
        task.spans.append(TaskSpan(f"l{number}", label[0], label[1], "", str(label[2])))
    for relation in _list(data, "relations", path, line):
        if not isinstance(relation, dict):
            raise ImportFileError("doccano_relation_not_object", path=path, line=line)
        task.relations.append(TaskRelation(
            str(_field(relation, "from_id", int, path, line)),
            str(_field(relation, "to_id", int, path, line)),
            _field(relation, "type", str, path, line)))
    return task


def import_doccano(lines: Iterable[tuple[int, str]], path: Path,
                   importer: SuggestionImporter) -> int:
    """Apply every task of a doccano JSONL file; returns how many tasks were read."""
    count = 0
    for number, text in lines:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as error:
            raise json_error(error, path, number) from None
        refuse_unstorable_text(data, path, number)
        importer.apply(parse_doccano_line(data, path, number), number)
        count += 1
    return count
