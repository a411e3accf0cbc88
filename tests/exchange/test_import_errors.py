"""Bad input: each malformed case is named with its line, and nothing from the file is kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_helpers import annotate_sample, counts, read_jsonl
from sqlite_utils import Database

from annotator.exchange.errors import ImportFileError
from annotator.exchange.export import export
from annotator.exchange.importer import import_annotations
from annotator.exchange.options import ExportOptions
from annotator.messages import templates
from annotator.storage.connection import open_project

BOMB = """<?xml version="1.0"?>
<!DOCTYPE tmx [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<tmx version="1.4"><header srclang="tr"/><body>
<tu><tuv xml:lang="tr"><seg>&c;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>
</body></tmx>
"""


@pytest.fixture
def exported(db_path: Path, seed_file: Path, tmp_path: Path) -> Iterator[tuple[Path, Database]]:
    """A full JSONL export of the annotated sample, and an empty project to import it into."""
    db = open_project(db_path)
    annotate_sample(db, seed_file)
    path = tmp_path / "good.jsonl"
    export(db, "jsonl", ExportOptions(include_suggestions=True), path)
    db.close()
    empty = open_project(tmp_path / "empty.sqlite")
    yield path, empty
    empty.close()


def refused(db: Database, path: Path, line: int | None, kind: str, **params: object) -> None:
    """Importing ``path`` fails at ``line`` with ``kind`` (and ``params``), the message starts
    with ``FILE:LINE:`` and is fully filled in, and the project is unchanged."""
    before = counts(db)
    with pytest.raises(ImportFileError) as caught:
        import_annotations(db, path)
    error = caught.value
    assert (error.kind, error.line, error.path) == (kind, line, path), repr(error)
    assert {name: error.params.get(name) for name in params} == params
    assert error.key in templates()
    text = str(error)
    assert text.startswith(f"{path}:{line}: " if line else f"{path}: ")
    assert "{" not in text, text
    assert counts(db) == before


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_bad_json_line_is_named_and_earlier_lines_are_not_kept(exported, tmp_path) -> None:
    good, db = exported
    lines = good.read_text("utf-8").splitlines()
    bad = write_lines(tmp_path / "bad.jsonl", [*lines[:5], '{"schema": "annotator.sent',
                                               *lines[5:]])
    refused(db, bad, 6, "json_invalid", detail="Invalid control character at", column=27)
    assert counts(db)["documents"] == 0


def test_a_record_missing_a_field_is_named_with_the_field(exported, tmp_path: Path) -> None:
    good, db = exported
    records = read_jsonl(good)
    del records[3]["translation"]["status"]
    bad = write_lines(tmp_path / "bad.jsonl",
                      [json.dumps(r, ensure_ascii=False) for r in records])
    refused(db, bad, 4, "jsonl_invalid_field", field="translation",
            detail="'status' is a required property")


def test_a_span_that_does_not_slice_its_text_is_refused(exported, tmp_path: Path) -> None:
    good, db = exported
    records = read_jsonl(good)
    number, record = next((i, r) for i, r in enumerate(records, 1) if r["mentions"])
    record["mentions"][0]["start"] += 1
    bad = write_lines(tmp_path / "bad.jsonl",
                      [json.dumps(r, ensure_ascii=False) for r in records])
    mention = record["mentions"][0]
    refused(db, bad, number, "jsonl_span_differs", start=mention["start"], end=mention["end"],
            side=mention["side"], text=mention["text"])


def test_a_document_whose_text_does_not_match_its_id_is_refused(exported,
                                                               tmp_path: Path) -> None:
    good, db = exported
    records = read_jsonl(good)
    records[0]["document"]["full_text"] += " "
    bad = write_lines(tmp_path / "bad.jsonl",
                      [json.dumps(r, ensure_ascii=False) for r in records])
    refused(db, bad, 1, "jsonl_document_id_differs", document=records[0]["document"]["id"])


def test_a_record_of_an_unknown_document_without_its_text_is_refused(exported,
                                                                    tmp_path: Path) -> None:
    good, db = exported
    lines = good.read_text("utf-8").splitlines()
    refused(db, write_lines(tmp_path / "tail.jsonl", lines[3:]), 1,
            "jsonl_document_without_text", document=json.loads(lines[3])["document"]["id"])


def test_not_utf8_and_unknown_formats(exported, tmp_path: Path) -> None:
    _, db = exported
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"text": "ok"}\n{"text": "\xfe"}\n')
    refused(db, latin, 2, "not_utf8")
    odd = tmp_path / "notes.txt"
    odd.write_text("hello\n", encoding="utf-8")
    refused(db, odd, None, "unknown_file_format")
    refused(db, tmp_path / "missing.jsonl", None, "no_such_file")


def test_an_entity_bomb_is_refused_before_it_expands(exported, tmp_path: Path) -> None:
    _, db = exported
    bomb = tmp_path / "bomb.tmx"
    bomb.write_text(BOMB, encoding="utf-8")
    refused(db, bomb, 3, "xml_entities")  # TMX may name a DTD (OmegaT does); never declare one


def test_an_external_entity_is_refused(exported, tmp_path: Path) -> None:
    _, db = exported
    secret = tmp_path / "secret.txt"
    secret.write_text("password", encoding="utf-8")
    path = tmp_path / "xxe.xlf"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "{secret}">]>\n'
                    '<xliff version="2.0"><file id="f"><unit id="u"><segment><source>&x;'
                    "</source></segment></unit></file></xliff>\n", encoding="utf-8")
    refused(db, path, 2, "xml_dtd")


def test_malformed_xml_is_named_with_its_line(exported, tmp_path: Path) -> None:
    _, db = exported
    path = tmp_path / "broken.tmx"
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><body>\n<tu>\n'
                    '<tuv xml:lang="tr"><seg>bir</seg></tuv>\n</body></tmx>\n', encoding="utf-8")
    refused(db, path, 5, "xml_malformed", detail="mismatched tag")


def test_tmx_elements_missing_their_parts(exported, tmp_path: Path) -> None:
    _, db = exported
    head = '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="tr"/><body>\n'
    good_unit = ('<tu><tuv xml:lang="tr"><seg>bir</seg></tuv>'
                 '<tuv xml:lang="en"><seg>one</seg></tuv></tu>\n')
    lonely = tmp_path / "lonely.tmx"
    lonely.write_text(head + good_unit + '<tu><tuv xml:lang="tr"><seg>iki</seg></tuv></tu>\n'
                      "</body></tmx>\n", encoding="utf-8")
    refused(db, lonely, 4, "tmx_tu_incomplete")
    nolang = tmp_path / "nolang.tmx"
    nolang.write_text(head + good_unit + "<tu><tuv><seg>iki</seg></tuv></tu>\n</body></tmx>\n",
                      encoding="utf-8")
    refused(db, nolang, 4, "tmx_tuv_without_lang")


def test_xliff_units_must_belong_to_the_project(exported, tmp_path: Path) -> None:
    good, db = exported
    import_annotations(db, good)
    doc_id = read_jsonl(good)[0]["document"]["id"]
    text = read_jsonl(good)[0]["source"]["text"]

    def xliff(unit_id: str, source: str) -> Path:
        path = tmp_path / "job.xlf"
        path.write_text(
            '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            'version="2.0" srcLang="tr" trgLang="en"><file id="f">\n'
            f'<unit id="{doc_id}:0"><segment state="translated"><source>{text}</source>'
            "<target>The title</target></segment></unit>\n"
            f'<unit id="{unit_id}"><segment state="translated"><source>{source}</source>'
            "<target>x</target></segment></unit>\n</file></xliff>\n", encoding="utf-8")
        return path

    refused(db, xliff("nowhere:3", "bir"), 4, "xliff_unit_not_sentence", unit="nowhere:3")
    refused(db, xliff(f"{doc_id}:1", "something else"), 4, "xliff_source_differs",
            unit=f"{doc_id}:1")
    old = tmp_path / "old.xlf"
    old.write_text('<?xml version="1.0"?>\n<xliff version="1.2"><file original="x" '
                   'source-language="tr" datatype="plaintext"><body/></file></xliff>\n',
                   encoding="utf-8")
    refused(db, old, 2, "xliff_not_xliff2")


def test_doccano_and_label_studio_tasks_missing_fields(exported, tmp_path: Path) -> None:
    _, db = exported
    doccano = write_lines(tmp_path / "d.jsonl", ['{"text": "bir", "entities": []}',
                                                 '{"text": "iki", "entities": [{"id": 1}]}'])
    refused(db, doccano, 2, "doccano_bad_field", field="start_offset", type="integer")
    notext = write_lines(tmp_path / "n.jsonl", ['{"text": "bir"}', '{"entities": []}'])
    refused(db, notext, 2, "doccano_bad_field", field="text", type="string")
    tasks = tmp_path / "ls.json"
    tasks.write_text('[\n  {"data": {"text": "bir"}},\n  {"data": {"text": "iki"},\n'
                     '   "annotations": [{"result": [{"type": "labels", "value": {}}]}]}\n]\n',
                     encoding="utf-8")
    refused(db, tasks, 3, "labelstudio_bad_labels")
    broken = tmp_path / "broken.json"
    broken.write_text('[\n  {"data": {"text": "bir"}},\n  {"data": \n]\n', encoding="utf-8")
    refused(db, broken, 4, "json_invalid")
