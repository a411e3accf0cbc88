"""Fuzzing what comes from outside: the file readers, the annotation importers and the splitter.

Whatever bytes, text or lines come in, the only exception that may come out is an
:class:`~annotator.errors.AnnotatorError` (the CLI turns it into one line and exit code 2); any
other exception is a bug that would reach the person as "something went wrong inside Annotator".
An import that fails leaves the project file's bytes as they were. Each property runs a bounded
number of examples with no per-example deadline, so the file stays well under a minute.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.segmentation import split_sentences
from annotator.errors import AnnotatorError
from annotator.exchange.export import export
from annotator.exchange.importer import import_annotations
from annotator.exchange.options import ExportOptions
from annotator.ingest.pipeline import import_file, sentence_spans
from annotator.ingest.readers import read_bytes
from annotator.storage.connection import open_project

pytestmark = pytest.mark.reliability

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# -- the file readers ------------------------------------------------------------------------

NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.htm", "a.docx", "a.pdf", "a", "a.jsonl",
                         "ş.TXT"])
MAGIC = st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe",
                         b"\xfe\xff", b"<!DOCTYPE html><html><body>", b"# ", b"\x00"])
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "cp1254", "iso-8859-9", "utf-8-sig"])
MARKUP = st.sampled_from(["<p>", "</p>", "<h1>", "<title>", "<script>", "<br>", "<a href='x'>",
                          "&amp;", "&#0;", "<!--", "-->", "<![CDATA[", "\n", "\n\n", "[1]",
                          "Prof. Dr.", "Kasım'da", "İ", "ı", ". ", "…", "\u202e", "\ufeff"])
DOCX_PARTS = st.sampled_from(["[Content_Types].xml", "word/document.xml", "word/footnotes.xml",
                              "word/_rels/document.xml.rels", "docProps/core.xml"])
XML_PIECES = st.sampled_from(['<?xml version="1.0"?>', "<w:document>", "</w:document>",
                              "<w:body>", "<w:p>", "</w:p>", "<w:r><w:t>", "</w:t></w:r>",
                              '<!DOCTYPE d [<!ENTITY e "x">]>', "&e;", "Bugün", "<", ">",
                              'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                              '2006/main"'])


def _zip(parts: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts:
            archive.writestr(name, data)
    return buffer.getvalue()


ZIPS = st.lists(st.tuples(DOCX_PARTS, st.one_of(
    st.binary(max_size=300), st.lists(XML_PIECES, max_size=30).map(lambda p: "".join(p).encode()))),
    max_size=5).map(lambda parts: _zip(list(dict(parts).items())))
TEXTS = st.one_of(st.text(max_size=2000),
                  st.lists(st.one_of(MARKUP, st.text(max_size=20)), max_size=80).map("".join))


def _read(data: bytes, name: str) -> None:
    """Read ``data``; an AnnotatorError is a fine answer, a document must be consistent."""
    try:
        parsed = read_bytes(data, name)
    except AnnotatorError:
        return
    assert parsed.text.strip()
    for block in parsed.blocks:
        assert 0 <= block.start <= block.end <= len(parsed.text)
    for _, start, end in sentence_spans(parsed):
        assert 0 <= start < end <= len(parsed.text)


@FUZZ
@given(MAGIC, st.binary(max_size=3000), NAMES)
def test_random_bytes_are_read_or_refused_with_an_annotator_error(magic: bytes, data: bytes,
                                                                  name: str) -> None:
    _read(magic + data, name)


@FUZZ
@given(TEXTS, ENCODINGS, NAMES)
def test_random_text_in_any_encoding_is_read_or_refused(text: str, encoding: str,
                                                        name: str) -> None:
    _read(text.encode(encoding, errors="replace"), name)


@FUZZ
@given(ZIPS, st.sampled_from(["a.docx", "a.zip", "a"]))
def test_random_zip_archives_are_read_or_refused(data: bytes, name: str) -> None:
    _read(data, name)


# -- the splitter ----------------------------------------------------------------------------

@FUZZ
@given(TEXTS)
def test_the_splitter_takes_any_text(text: str) -> None:
    spans = split_sentences(text)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        position = end


# -- the annotation importers ----------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**6) | st.sampled_from([2**63, -(2**63) - 1])
    | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=3),
    max_leaves=8)
HOSTILE_LINES = st.sampled_from([
    "[" * 3000, '{"a":' * 3000, "1" * 4400, '"\\ud800"', "null", "[]", "{}", "NaN",
    '{"schema": "annotator.sentence/2"}', "\x00", "\ufeff{}", "1e999999",
])


def _paths(node: Any, into: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) inside a parsed JSON record, depth first."""
    items = node.items() if isinstance(node, dict) else enumerate(node) \
        if isinstance(node, list) else ()
    for key, value in items:
        into.append((node, key))
        _paths(value, into)
    return into


@st.composite
def mutated_lines(draw: st.DrawFn, records: list[dict[str, Any]]) -> list[str]:
    """The first lines of a real export, a few of their fields replaced or removed, and now and
    then a line that is not a record at all."""
    chosen = [json.loads(json.dumps(r)) for r in records[:draw(st.integers(1, len(records)))]]
    for _ in range(draw(st.integers(0, 3))):
        record = draw(st.sampled_from(chosen))
        places = _paths(record, [])
        if not places:
            continue
        container, key = draw(st.sampled_from(places))
        if isinstance(container, dict) and draw(st.booleans()):
            del container[key]
        else:
            container[key] = draw(JSON_VALUES)
    lines = [json.dumps(r, ensure_ascii=draw(st.booleans())) for r in chosen]
    if draw(st.booleans()):
        extra = draw(st.one_of(HOSTILE_LINES, st.text(max_size=200).map(
            lambda t: t.replace("\n", " "))))
        lines.insert(draw(st.integers(0, len(lines))), extra)
    return lines


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The annotated sample exported as JSONL, PLOVER and doccano, and a project holding only
    the imported sample (the template each import starts from)."""
    from exchange.exchange_helpers import annotate_sample  # tests/exchange: the scripted session

    folder = tmp_path_factory.mktemp("fuzz")
    annotated = open_project(folder / "annotated.sqlite")
    annotate_sample(annotated, SEED)
    records: dict[str, Any] = {}
    for fmt in ("jsonl", "plover", "doccano"):
        out = folder / f"export.{fmt}"
        export(annotated, fmt, ExportOptions(include_suggestions=True), out)
        records[fmt] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    annotated.close()
    template = open_project(folder / "template.sqlite")
    import_file(template, SEED)
    template.close()
    records["template"] = (folder / "template.sqlite").read_bytes()
    return records


@pytest.mark.parametrize("fmt", ["jsonl", "plover", "doccano"])
def test_random_annotation_lines_are_imported_or_refused_leaving_the_file_alone(
        fmt: str, exported: dict[str, Any], tmp_path: Path) -> None:
    template: bytes = exported["template"]
    project, lines_file = tmp_path / "project.sqlite", tmp_path / f"lines.{fmt}"
    refused: list[str] = []

    @settings(FUZZ, max_examples=70)
    @given(mutated_lines(exported[fmt]))
    def imports(lines: list[str]) -> None:
        for leftover in (project.with_name(project.name + "-wal"),
                         project.with_name(project.name + "-shm")):
            leftover.unlink(missing_ok=True)
        project.write_bytes(template)
        lines_file.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        db = open_project(project)
        try:
            import_annotations(db, lines_file, fmt)
        except AnnotatorError as error:
            refused.append(error.kind)
            db.close()
            assert project.read_bytes() == template, f"a refused import changed the file: {error!r}"
        finally:
            db.close()  # also when something else escaped: the next example rewrites the file

    imports()
    assert refused  # the strategy reaches the checks, not only the happy path


@pytest.mark.parametrize("fmt", [None, "jsonl", "plover", "doccano", "labelstudio"])
@pytest.mark.parametrize("text", ["[" * 3000, '{"a":' * 3000, '{"text": ' + "1" * 4400 + "}"],
                         ids=["deep-array", "deep-object", "long-number"])
def test_json_that_python_cannot_decode_is_refused_as_invalid_json(
        fmt: str | None, text: str, exported: dict[str, Any], tmp_path: Path) -> None:
    project, lines_file = tmp_path / "project.sqlite", tmp_path / "hostile.txt"
    project.write_bytes(exported["template"])
    lines_file.write_text(text + "\n", encoding="utf-8")
    db = open_project(project)
    try:
        with pytest.raises(AnnotatorError) as refused:
            import_annotations(db, lines_file, fmt)
    finally:
        db.close()
    assert refused.value.kind == "json_invalid"
    assert project.read_bytes() == exported["template"]


def test_the_command_refuses_deeply_nested_json_with_exit_2(annotator, tmp_path: Path) -> None:
    lines_file = tmp_path / "deep.jsonl"
    lines_file.write_text('{"a":' * 3000 + "\n", encoding="utf-8")
    done = annotator(tmp_path / "project.sqlite", "import-annotations", lines_file)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "not valid JSON: nested too deeply" in done.stderr
