"""Imports that work: TMX into the translation memory and the MT cache, XLIFF targets as
revisions, doccano and Label Studio spans as suggestions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_helpers import BLINKEN_EN, Sample, add_actors, annotate_sample, counts
from sqlite_utils import Database
from translate.storage import xliff2

from annotator.core.models import AnnotationStatus, Provenance, Side, TargetStatus
from annotator.core.text_offsets import from_utf16
from annotator.exchange.export import export
from annotator.exchange.importer import detect_format, import_annotations
from annotator.exchange.options import ExportOptions
from annotator.ingest.pipeline import import_file
from annotator.storage.annotations import document_events, document_mentions
from annotator.storage.connection import open_project
from annotator.storage.segments import get_segment
from annotator.storage.tm import tm_entries
from annotator.storage.translations import cache_lookup


@pytest.fixture
def project(db_path: Path, seed_file: Path) -> Iterator[tuple[Database, Sample]]:
    db = open_project(db_path)
    yield db, annotate_sample(db, seed_file)
    db.close()


@pytest.fixture
def bare(tmp_path: Path, seed_file: Path) -> Iterator[tuple[Database, str]]:
    """The same document and actors in another project, without any annotation."""
    db = open_project(tmp_path / "bare.sqlite")
    add_actors(db)
    yield db, import_file(db, seed_file).document.id
    db.close()


def test_tmx_fills_the_translation_cache(project, bare, tmp_path: Path) -> None:
    db, _ = project
    other, _ = bare
    path = tmp_path / "memory.tmx"
    export(db, "tmx", ExportOptions(), path)
    report = import_annotations(other, path, engine="google")
    assert (report.format, report.records, report.cache_entries) == ("tmx", 2, 2)
    source = "İlk olarak 27 Kasım'da ABD Dışişleri Bakanı Antony Blinken,"
    found = cache_lookup(other, "google", "tr", "en", [
        k for k in cache_keys(other) if k.startswith(source)])
    assert list(found.values()) == [BLINKEN_EN]
    # ... and the translation memory, under the file's name; a second import adds nothing.
    memory = list(tm_entries(other))
    assert [entry.origin for entry in memory] == ["memory.tmx"] * 2
    assert [entry.target for entry in memory if entry.source.startswith(source)] == [BLINKEN_EN]
    import_annotations(other, path, engine="google")
    assert other.execute("SELECT count(*) FROM tm_units").fetchone()[0] == 2


def cache_keys(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT source FROM mt_cache")]


def test_tmx_from_a_cat_tool_with_inline_codes_and_regional_languages(tmp_path: Path,
                                                                      db_path: Path) -> None:
    db = open_project(db_path)
    path = tmp_path / "cat.tmx"
    path.write_text(
        '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="tr-TR" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
        'creationtoolversion="1"/><body>\n<tu>\n<tuv xml:lang="tr-TR"><seg>Bakan  '
        '<bpt i="1">&lt;b&gt;</bpt>Ankara\'da<ept i="1">&lt;/b&gt;</ept> konuştu.</seg></tuv>\n'
        '<tuv xml:lang="en-GB"><seg>The minister spoke in <ph>&lt;br/&gt;</ph>Ankara.</seg>'
        "</tuv>\n</tu>\n</body></tmx>\n", encoding="utf-8")
    report = import_annotations(db, path)
    assert report.cache_entries == 1
    assert cache_lookup(db, "tmx", "tr", "en", ["Bakan Ankara'da konuştu."]) == {
        "Bakan Ankara'da konuştu.": "The minister spoke in Ankara."}
    db.close()


def test_tmx_from_omegat_names_its_dtd_and_is_read(tmp_path: Path, db_path: Path) -> None:
    db = open_project(db_path)
    path = tmp_path / "project-omegat.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx11.dtd">\n'
        '<tmx version="1.1"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" '
        'datatype="plaintext" creationtoolversion="6.0.0" segtype="sentence" srclang="TR"/>'
        '<body><tu><tuv lang="TR"><seg>Seçimler yaklaşıyor.</seg></tuv><tuv lang="EN-GB">'
        "<seg>Elections are approaching.</seg></tuv></tu></body></tmx>\n", encoding="utf-8")
    report = import_annotations(db, path)
    assert report.cache_entries == 1
    db.close()


def test_xliff_targets_come_back_as_revisions(project, tmp_path: Path) -> None:
    db, sample = project
    path = tmp_path / "job.xlf"
    export(db, "xliff", ExportOptions(), path)
    store = xliff2.Xliff2File(path.read_bytes())
    by_id = {unit.getid(): unit for unit in store.units}
    draft_id = next(i for i, u in by_id.items() if u.target == "However, Blinken tried")
    by_id[draft_id].target = "However, Blinken made an effort to fix things."
    by_id[draft_id].marktranslated()
    untouched = next(i for i, u in by_id.items() if not u.target)
    by_id[untouched].target = "A new sentence from the CAT tool."
    path.write_bytes(bytes(store))
    history = counts_history(db)
    report = import_annotations(db, path, annotator="cat-user")
    assert (report.format, report.targets) == ("xliff", 2)
    assert report.records == len(by_id)
    draft = get_segment(db, sample.draft)
    assert draft is not None
    assert (draft.target.text, draft.target.status, draft.target.translator) == (
        "However, Blinken made an effort to fix things.", TargetStatus.TRANSLATED, "cat-user")
    new_one = get_segment(db, int(untouched_sentence_id(db, untouched)))
    assert new_one is not None and new_one.target.status is TargetStatus.DRAFT
    assert counts_history(db) == history + 2
    # Importing the same file again changes nothing.
    assert import_annotations(db, path).targets == 0


def counts_history(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM history WHERE table_name = 'targets'")
               .fetchone()[0])


def untouched_sentence_id(db: Database, unit_id: str) -> int:
    doc_id, order = unit_id.rsplit(":", 1)
    return int(db.execute("SELECT id FROM sentences WHERE document_id = ? AND ord = ?",
                          [doc_id, int(order)]).fetchone()[0])


@pytest.mark.parametrize(("fmt", "name"), [("doccano", "tasks.jsonl"),
                                           ("labelstudio", "tasks.json")])
def test_spans_come_back_as_suggestions(project, bare, tmp_path: Path, fmt: str,
                                        name: str) -> None:
    db, _ = project
    other, doc_id = bare
    path = tmp_path / name
    export(db, fmt, ExportOptions(), path)
    assert detect_format(path) == fmt
    report = import_annotations(other, path, annotator="reviewer")
    mentions = document_mentions(other, doc_id)
    events = document_events(other, doc_id)
    assert (report.mentions, report.events) == (3, 2)
    assert {(m.actor_id, m.side, m.text) for m in mentions} == {
        ("USA-GOV-blinken", Side.TR, "Antony Blinken"), ("AZE-GOV-aliyev", Side.TR, "Aliyev"),
        ("USA-LEG", Side.TR, "ABD Senatosu")}
    assert all(a.status is AnnotationStatus.SUGGESTED and a.provenance is Provenance.IMPORTED
               and a.annotator == "reviewer" for a in (*mentions, *events))
    consult = next(e for e in events if e.type == "CONSULT")
    assert (consult.actors, consult.recipients) == (("USA-GOV-blinken",), ("AZE-GOV-aliyev",))
    before = counts(other)
    again = import_annotations(other, path)
    assert counts(other) == before and again.unchanged == 5


def test_doccano_without_our_keys_is_matched_by_text(bare, tmp_path: Path) -> None:
    db, doc_id = bare
    text = next(row[0] for row in db.execute(
        "SELECT text FROM sentences WHERE text LIKE 'Ancak Blinken%'"))
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps({"text": text, "label": [[6, 13, "USA-GOV-blinken"],
                                                        [0, 5, "NOT-AN-ACTOR"]]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    report = import_annotations(db, path)
    assert (report.mentions, report.unmatched) == (1, 1)
    [mention] = document_mentions(db, doc_id)
    assert mention.text == "Blinken"


def test_label_studio_offsets_in_utf16_are_understood(bare, tmp_path: Path) -> None:
    db, _ = bare
    text = "Erdoğan 🇹🇷 Ankara'da Blinken ile görüştü."
    source = tmp_path / "emoji.txt"
    source.write_text(text, encoding="utf-8")
    doc_id = import_file(db, source).document.id
    start16 = len(text[:text.index("Blinken")].encode("utf-16-le")) // 2
    assert from_utf16(text, start16) == text.index("Blinken")
    task = {"data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": start16, "end": start16 + 7, "text": "Blinken",
                   "labels": ["USA-GOV-blinken"]}}]}]}
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    assert import_annotations(db, path).mentions == 1
    [mention] = document_mentions(db, doc_id)
    assert text[mention.start:mention.end] == "Blinken"


@pytest.mark.parametrize(("content", "kind", "message"), [
    ("[", "labelstudio_cut_short", "closing"),
    ('[{"data": {"text": "Bir."}, "annotations": []},', "labelstudio_cut_short", "closing"),
    ('[{"data": {"text": "Bir."}, "annotations": []}] trailing', "labelstudio_text_after",
     "after the tasks"),
])
def test_a_cut_or_padded_label_studio_file_is_refused(tmp_path: Path, content: str,
                                                      kind: str, message: str) -> None:
    from annotator.exchange.errors import ImportFileError
    from annotator.exchange.labelstudio import iter_json_array

    path = tmp_path / "tasks.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message) as caught:
        list(iter_json_array(content, path))
    assert (caught.value.kind, caught.value.line) == (kind, 1)
    assert str(caught.value).startswith(f"{path}:1: ")


@pytest.mark.parametrize(("field", "value", "kind"), [
    ("type", "NOTATYPE", "jsonl_unknown_event_type"),
    ("date", "2023-13-45", "jsonl_bad_event_date"),
    ("date", "yesterday", "jsonl_bad_event_date"),
])
def test_jsonl_events_with_unknown_types_or_bad_dates_are_refused(
        tmp_path: Path, db_path: Path, seed_file: Path, field: str, value: str,
        kind: str) -> None:
    import json as json_module

    from annotator.core.annotations import Event
    from annotator.exchange.errors import ImportFileError
    from annotator.exchange.export import export
    from annotator.exchange.importer import import_annotations
    from annotator.exchange.options import ExportOptions
    from annotator.ingest.pipeline import import_file
    from annotator.storage.annotations import add_event
    from annotator.storage.connection import open_project
    from annotator.storage.segments import get_segments

    db = open_project(db_path)
    doc_id = import_file(db, seed_file).document.id
    sentence = get_segments(db, doc_id)[4].sentence
    add_event(db, Event("", sentence.id, "CONSULT", modes=("phone",), date="2023-11-27"))
    out = tmp_path / "data.jsonl"
    export(db, "jsonl", ExportOptions(), out)
    db.close()
    lines = out.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if json_module.loads(line).get("events"))
    record = json_module.loads(lines[number])
    record["events"][0][field] = value
    lines[number] = json_module.dumps(record, ensure_ascii=False)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty = open_project(tmp_path / "empty.sqlite")
    with pytest.raises(ImportFileError) as caught:
        import_annotations(empty, out)
    error = caught.value
    assert (error.kind, error.line) == (kind, number + 1)
    assert (error.params["event"], error.params[field]) == (record["events"][0]["id"], value)
    assert str(error).startswith(f"{out}:{number + 1}: event {error.params['event']}: the "
                                 f"{field} “{value}” is not")
    assert empty.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    empty.close()


@pytest.mark.parametrize(("change", "kind", "message"), [
    (lambda text: text.replace('trgLang="en"', 'trgLang="de"'), "xliff_not_english",
     "“de”, not English"),
    (lambda text: text.replace("</file>", text[text.index("    <unit "):
                                                text.index("</unit>") + 8] + "</file>", 1),
     "xliff_unit_twice", "appears twice"),
])
def test_xliff_in_another_language_or_with_repeated_units_is_refused(
        project, tmp_path: Path, change, kind: str,
        message: str) -> None:  # type: ignore[no-untyped-def]
    from annotator.exchange.errors import ImportFileError

    db, _sample = project
    path = tmp_path / "job.xlf"
    export(db, "xliff", ExportOptions(), path)
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    history = counts_history(db)
    with pytest.raises(ImportFileError, match=message) as caught:
        import_annotations(db, path)
    assert caught.value.kind == kind
    assert str(caught.value).startswith(f"{path}:{caught.value.line}: ")
    assert counts_history(db) == history
