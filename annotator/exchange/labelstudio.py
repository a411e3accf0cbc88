"""Label Studio JSON tasks: export sentence sides as tasks, import annotated spans as suggestions.

Export: a JSON array with one task per sentence (side chosen, Turkish by default):
``data.text`` (plus ``sentence``, ``side``, ``document``, ``title``, ``translation``),
accepted spans and relations in ``annotations[0].result`` and suggestions (with
``--include-suggestions``) in ``predictions[0].result``. A span is ``{"id", "from_name": "label",
"to_name": "text", "type": "labels", "value": {"start", "end", "text", "labels": [...]}}``; a
relation is ``{"from_id", "to_id", "type": "relation", "direction": "right", "labels": [role]}``.
The labelling config that fits is in ``docs/exchange.md``. Written item by item, never held whole.

Import: the ``annotations`` of each task (not its ``predictions``: those are a model's, usually
ours) become suggestions. A malformed task is reported with the line it starts on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
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
from annotator.exchange.writer import Writer

FROM_NAME, TO_NAME = "label", "text"
MODEL_VERSION = "annotator-suggestions"


def _results(task: Task, accepted: bool) -> list[Record]:
    spans = [{"id": s.key, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
              "value": {"start": s.start, "end": s.end, "text": s.text, "labels": [s.label]}}
             for s in task.spans if s.accepted == accepted]
    relations = [{"from_id": r.source, "to_id": r.target, "type": "relation",
                  "direction": "right", "labels": [r.role]}
                 for r in task.relations if r.accepted == accepted]
    return spans + relations


class LabelStudioWriter(Writer):
    """A JSON array of Label Studio tasks, one per sentence with text on the chosen side."""

    def begin(self, out: TextIO) -> None:
        """Open the array."""
        out.write("[")
        self._count = 0

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write the sentence's task, or nothing when its side has no text."""
        record = self.builder.record(item)
        task = task_from_record(record, self.options.side)
        if task is None:
            return 0
        other = record["translation"]["final"] if task.side == "tr" else record["source"]["text"]
        data: Record = {"text": task.text, "sentence": record["id"], "side": task.side,
                        "document": record["document"]["id"],
                        "title": record["document"]["title"], "translation": other}
        if "split" in record:
            data["split"] = record["split"]
        accepted, suggested = _results(task, True), _results(task, False)
        self._count += 1
        body: Record = {"id": self._count, "data": data,
                        "annotations": [{"result": accepted}] if accepted else [],
                        "predictions": ([{"model_version": MODEL_VERSION, "result": suggested}]
                                        if suggested else [])}
        out.write(("\n" if self._count == 1 else ",\n")
                  + json.dumps(body, ensure_ascii=False, separators=(",", ":")))
        return 1

    def end(self, out: TextIO) -> None:
        """Close the array."""
        out.write("\n]\n")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def iter_json_array(text: str, path: Path) -> Iterator[tuple[int, Any]]:
    """The items of a JSON array (or one object) with the line each starts on."""
    decoder, line, counted = json.JSONDecoder(), 1, 0

    def line_at(pos: int) -> int:
        nonlocal line, counted
        line += text.count("\n", counted, pos)
        counted = pos
        return line

    pos = _skip_space(text, 0)
    single = text.startswith("{", pos)
    if not single and not text.startswith("[", pos):
        raise ImportFileError("labelstudio_not_array", path=path, line=line_at(pos))
    pos = pos if single else _skip_space(text, pos + 1)
    while single or not text.startswith("]", pos):
        if pos >= len(text):
            raise ImportFileError("labelstudio_cut_short", path=path, line=line_at(pos))
        try:
            item, end = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as error:
            line = error.lineno if isinstance(error, json.JSONDecodeError) else line_at(pos)
            raise json_error(error, path, line) from None
        yield line_at(pos), item
        pos = _skip_space(text, end)
        if single:
            break
        if text.startswith(",", pos):
            pos = _skip_space(text, pos + 1)
        elif not text.startswith("]", pos):
            raise ImportFileError("labelstudio_no_separator", path=path, line=line_at(pos))
    end_of_array = pos if single else pos + 1
    if _skip_space(text, end_of_array) < len(text):
        raise ImportFileError("labelstudio_text_after", path=path, line=line_at(end_of_array))


def _span(item: dict[str, Any], path: Path, line: int) -> list[TaskSpan]:
    value = item.get("value")
    if (not isinstance(value, dict) or not isinstance(value.get("start"), int)
            or not isinstance(value.get("end"), int) or not isinstance(value.get("labels"), list)):
        raise ImportFileError("labelstudio_bad_labels", path=path, line=line)
    key = str(item.get("id", f"r{line}-{value['start']}"))
    return [TaskSpan(key if number == 0 else f"{key}#{number}", value["start"], value["end"],
                     str(value.get("text") or ""), str(label))
            for number, label in enumerate(value["labels"])]


def parse_task(task: Any, path: Path, line: int) -> Task:
    """One Label Studio task as a Task of its annotations' spans and relations."""
    data = task.get("data") if isinstance(task, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ImportFileError("labelstudio_no_text", path=path, line=line)
    side = str(data["side"]) if data.get("side") in ("tr", "en") else ""
    sentence = data.get("sentence") if isinstance(data.get("sentence"), str) else None
    parsed = Task(data["text"], side, sentence)
    for annotation in task.get("annotations") or []:
        if not isinstance(annotation, dict) or not isinstance(annotation.get("result", []), list):
            raise ImportFileError("labelstudio_no_result", path=path, line=line)
        if annotation.get("was_cancelled"):
            continue
        for item in annotation.get("result", []):
            if not isinstance(item, dict):
                raise ImportFileError("labelstudio_result_not_object", path=path, line=line)
            if item.get("type") == "relation":
                labels = item.get("labels") or ["actor"]
                parsed.relations.append(TaskRelation(str(item.get("from_id")),
                                                     str(item.get("to_id")), str(labels[0])))
            elif item.get("type") == "labels":
                parsed.spans.extend(_span(item, path, line))
    return parsed


def import_labelstudio(path: Path, importer: SuggestionImporter) -> int:
    """Apply every task of a Label Studio JSON export; returns how many tasks were read."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError("not_utf8", path=path) from None
    count = 0
    for line, task in iter_json_array(text, path):
        refuse_unstorable_text(task, path, line)
        importer.apply(parse_task(task, path, line), line)
        count += 1
    return count
