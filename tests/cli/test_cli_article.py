"""``annotator export --format docx|md|html|txt --doc DOC -o OUT``: one document as an article."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from cli_helpers import annotator


@pytest.fixture
def doc_id(db_path: Path, seed_file: Path) -> str:
    result = annotator("--db", str(db_path), "import", str(seed_file))
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\t")[0]


def test_export_docx_writes_the_file_and_says_how_many_fell_back(
        db_path: Path, doc_id: str, tmp_path: Path) -> None:
    out = tmp_path / "article.docx"
    result = annotator("--db", str(db_path), "export", "--format", "docx", "--doc", doc_id[:4],
                       "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    summary = result.stderr.strip().splitlines()
    assert len(summary) == 1
    match = re.search(r"(\d+) sentences to .*; (\d+) untranslated sentences kept in Turkish",
                      summary[0])
    assert match and match.group(1) == match.group(2)  # nothing is translated yet
    assert int(match.group(1)) > 20
    paragraphs = docx.Document(str(out)).paragraphs
    assert paragraphs[0].style.name == "Title"
    assert paragraphs[0].text.startswith("[TR] ABD-AZERBAYCAN")


def test_export_markdown_by_title(db_path: Path, doc_id: str, tmp_path: Path) -> None:
    out = tmp_path / "article.md"
    result = annotator("--db", str(db_path), "export", "--format", "md", "--doc",
                       "abd-azerbaycan ilişkilerinde iyileşme ve işbirliği sinyalleri",
                       "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# \\[TR\\] ABD-AZERBAYCAN")
    assert "md: article " + doc_id in result.stderr


@pytest.mark.parametrize(("docs", "message"), [
    ((), "writes one document: name it with --doc DOC"),
    (("DOC", "DOC"), "writes one document, not 2: give one --doc"),
    (("zzzz",), "No document matches “zzzz”"),
])
def test_exactly_one_document(db_path: Path, doc_id: str, tmp_path: Path,
                              docs: tuple[str, ...], message: str) -> None:
    out = tmp_path / "article.html"
    doc_args = ["--doc", *(doc_id if d == "DOC" else d for d in docs)] if docs else []
    result = annotator("--db", str(db_path), "export", "--format", "html", *doc_args,
                       "-o", str(out))
    assert result.returncode == 2
    assert result.stderr.startswith("annotator: error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() and not out.with_name(out.name + ".part").exists()


def test_dataset_options_are_refused(db_path: Path, doc_id: str, tmp_path: Path) -> None:
    result = annotator("--db", str(db_path), "export", "--format", "txt", "--doc", doc_id,
                       "--status", "reviewed", "-o", str(tmp_path / "a.txt"))
    assert result.returncode == 2
    assert "--status does not apply to --format txt" in result.stderr


def test_the_formats_are_listed_in_help() -> None:
    result = annotator("export", "--help")
    assert result.returncode == 0
    for fmt in ("jsonl", "docx", "md", "html", "txt"):
        assert fmt in result.stdout
