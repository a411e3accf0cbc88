"""The translated article: docx read back with python-docx, md/html/txt structure, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from exchange.exchange_helpers import BLINKEN_EN, SENATE_EN, Sample, annotate_sample
from sqlite_utils import Database

from annotator.core.models import BlockRole, ParsedDocument, TargetStatus
from annotator.core.models import BlockSpan as Span
from annotator.exchange.article import article_format_for, export_article
from annotator.exchange.article_model import FALLBACK_MARKER, build_article
from annotator.exchange.errors import ExportOptionsError
from annotator.project import Project
from annotator.storage.connection import open_project
from annotator.storage.documents import insert_document
from annotator.storage.segments import get_segments
from annotator.storage.targets import save_target

NOTE_URLS = ("https://en.armradio.am/", "https://www.azernews.az/nation/218087.html",
             "https://news.am/eng/news/794740.html",
             "https://twitter.com/StateEUR/status/1732552763647619266")


@pytest.fixture
def sample(db_path: Path, seed_file: Path) -> tuple[Database, Sample]:
    db = open_project(db_path)
    return db, annotate_sample(db, seed_file)


def _translate_title(db: Database, doc_id: str) -> None:
    title = next(s for s in get_segments(db, doc_id) if s.sentence.role is BlockRole.TITLE)
    save_target(db, title.sentence.id, "Signs of improvement and cooperation in US-Azerbaijan "
                "relations", TargetStatus.TRANSLATED, "ayse")


def test_the_docx_opens_with_heading_paragraphs_and_notes_in_order(
        sample: tuple[Database, Sample], tmp_path: Path) -> None:
    db, sample_doc = sample
    _translate_title(db, sample_doc.doc_id)
    out = tmp_path / "article.docx"
    report = export_article(db, sample_doc.doc_id, "docx", out)

    paragraphs = docx.Document(str(out)).paragraphs
    assert paragraphs[0].style.name == "Title"
    assert paragraphs[0].text == "Signs of improvement and cooperation in US-Azerbaijan relations"
    assert paragraphs[1].style.name == "Subtitle"
    assert "By Gülperi Güngör" in paragraphs[1].text and "13 December 2023" in paragraphs[1].text
    texts = [p.text for p in paragraphs]
    # Body paragraphs in source order: the reviewed Blinken sentence, then the Senate one.
    blinken = next(i for i, t in enumerate(texts) if BLINKEN_EN in t)
    senate = next(i for i, t in enumerate(texts) if SENATE_EN in t)
    assert 1 < blinken < senate
    # The Senate sentence's English lost its [1]; the note marker is put back, superscript.
    assert SENATE_EN + "[1]" in texts[senate]
    marker = next(r for r in paragraphs[senate]._p.iter() if r.tag.endswith("}hyperlink"))
    assert marker.get(f"{{{_W}}}anchor") == "note_1"
    assert marker.find(f".//{{{_W}}}vertAlign").get(f"{{{_W}}}val") == "superscript"
    # Untranslated sentences fall back to the Turkish with the marker, and are counted.
    assert texts[blinken].startswith(f"{FALLBACK_MARKER} Geçtiğimiz iki hafta")
    assert report.untranslated == sum(t.count(FALLBACK_MARKER) for t in texts)
    assert report.sentences - report.untranslated == 5  # title + four edited or MT sentences
    # Notes at the end under their heading, in order, with their URLs as hyperlinks.
    notes_at = texts.index("Notes")
    assert paragraphs[notes_at].style.name == "Heading 1"
    notes = paragraphs[notes_at + 1:]
    assert [p.text.split(".")[0] for p in notes] == ["1", "2", "3", "4"]
    for note, url in zip(notes, NOTE_URLS, strict=True):
        assert note.hyperlinks[0].address.startswith(url)
    assert "Siranush Ghazanchyan" in notes[0].text and not re.search(r"^\d\. \[1\]", notes[0].text)
    assert all("Süleyman Nazif" not in t for t in texts)  # the contact footer is left out
    assert not out.with_name("article.docx.part").exists()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_markdown_html_and_text_keep_the_structure(sample: tuple[Database, Sample],
                                                   tmp_path: Path) -> None:
    db, sample_doc = sample
    _translate_title(db, sample_doc.doc_id)
    md = tmp_path / "a.md"
    export_article(db, sample_doc.doc_id, "md", md)
    lines = md.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# Signs of improvement and cooperation in US-Azerbaijan relations"
    assert "*By Gülperi Güngör*" in lines
    senate = next(line for line in lines if line.startswith("Before that"))
    assert senate.index("[^1]") > senate.index("raised tension.")
    assert lines.index("## Notes") < next(i for i, line in enumerate(lines)
                                         if line.startswith("[^1]: "))
    assert f"<{NOTE_URLS[1]}>" in next(line for line in lines if line.startswith("[^2]: "))
    assert "\\[TR\\] Geçtiğimiz" in md.read_text(encoding="utf-8")

    page = tmp_path / "a.html"
    export_article(db, sample_doc.doc_id, "html", page)
    html = page.read_text(encoding="utf-8")
    assert "<h1>Signs of improvement" in html
    assert '<sup><a href="#fn-1" id="ref-1">[1]</a></sup>' in html
    assert '<li id="fn-1" value="1">' in html and '<a href="#ref-1">' in html
    assert f'<a href="{NOTE_URLS[1]}">' in html
    assert '<span class="untranslated" lang="tr">[TR] Geçtiğimiz' in html
    assert html.index("<h1>") < html.index(BLINKEN_EN) < html.index("<h2>Notes</h2>")

    text_file = tmp_path / "a.txt"
    report = export_article(db, sample_doc.doc_id, "txt", text_file)
    text = text_file.read_text(encoding="utf-8").splitlines()
    assert text[0].startswith("Signs of improvement") and set(text[1]) == {"="}
    assert text.index("Notes") > next(i for i, line in enumerate(text) if BLINKEN_EN in line)
    assert next(line for line in text if line.startswith("[2] ")).endswith(NOTE_URLS[1])
    assert sum(line.count("[TR]") for line in text) == report.untranslated


def _hostile_document(db: Database) -> str:
    text = ("<script>alert(1)</script> Başlık\n"
            "Metin <b>kalın</b> & *yıldız* [1] burada.\n"
            "[1] Kaynak javascript:alert(2) https://example.org/a?b=1&c=<x>")
    title_end = text.index("\n")
    body_start, body_end = title_end + 1, text.index("\n", title_end + 1)
    note_start = body_end + 1
    parsed = ParsedDocument(
        text=text, title="<script>alert(1)</script> Başlık", author="<i>Yazar</i>",
        url="javascript:alert(3)",
        blocks=(Span(BlockRole.TITLE, 0, title_end),
                Span(BlockRole.BODY, body_start, body_end, paragraph=1),
                Span(BlockRole.FOOTNOTE, note_start, len(text), paragraph=2,
                     attrs={"number": "1", "url": "javascript:alert(2)"})))
    document, _ = insert_document(db, parsed, [(0, 0, title_end), (1, body_start, body_end),
                                               (2, note_start, len(text))])
    body = next(s for s in get_segments(db, document.id) if s.sentence.role is BlockRole.BODY)
    save_target(db, body.sentence.id, "Text <img src=x onerror=alert(4)> & more [1].",
                TargetStatus.DRAFT)
    return document.id


def test_html_escapes_everything_from_the_document(db_path: Path, tmp_path: Path) -> None:
    db = open_project(db_path)
    doc_id = _hostile_document(db)
    out = tmp_path / "a.html"
    export_article(db, doc_id, "html", out)
    html = out.read_text(encoding="utf-8")
    body = html[html.index("<body>"):]
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "<i>" not in html and "alert(3)" not in body  # a javascript: source is dropped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Text &lt;img src=x onerror=alert(4)&gt; &amp; more " in html
    assert 'href="javascript' not in html

    md = tmp_path / "a.md"
    export_article(db, doc_id, "md", md)
    markdown = md.read_text(encoding="utf-8")
    assert re.search(r"(?<!\\)<(?!https?://)", markdown) is None  # every < is escaped
    assert "\\<img src=x onerror=alert(4)\\> \\& more [^1]." in markdown


def test_counts_and_fallback_follow_the_status_rule(db_path: Path, tmp_path: Path) -> None:
    db = open_project(db_path)
    doc_id = _hostile_document(db)
    article, report = build_article(db, doc_id)
    # Title untranslated, body a draft (used), the note untranslated.
    assert (report.sentences, report.untranslated) == (3, 2)
    assert article.title_text.startswith(FALLBACK_MARKER + " <script>")
    assert article.paragraphs[0].text == "Text <img src=x onerror=alert(4)> & more [1]."
    assert article.notes[0].url is None  # not an http(s) address: never a link
    title = next(s for s in get_segments(db, doc_id) if s.sentence.role is BlockRole.TITLE)
    save_target(db, title.sentence.id, "   ", TargetStatus.TRANSLATED)  # blank: not used
    assert build_article(db, doc_id)[1].untranslated == 2


def test_bad_requests_write_nothing(sample: tuple[Database, Sample], tmp_path: Path) -> None:
    db, sample_doc = sample
    with pytest.raises(ExportOptionsError) as error:
        export_article(db, sample_doc.doc_id, "pdf", tmp_path / "a.pdf")
    assert error.value.kind == "unknown_article_format"
    with pytest.raises(ExportOptionsError) as error:
        export_article(db, "zzzz", "md", tmp_path / "a.md")
    assert error.value.kind == "document_not_found"
    with pytest.raises(ExportOptionsError) as error:
        export_article(db, sample_doc.doc_id, "md", tmp_path / "missing" / "a.md")
    assert error.value.kind == "output_folder_missing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]  # the project's folder


def test_the_project_exports_from_a_snapshot_by_prefix(db_path: Path, seed_file: Path,
                                                       tmp_path: Path) -> None:
    db = open_project(db_path)
    sample_doc = annotate_sample(db, seed_file)
    db.close()
    project = Project(db_path)
    try:
        report = project.export_article(sample_doc.doc_id[:6], "txt", tmp_path / "a.txt")
    finally:
        project.close()
    assert report.document == sample_doc.doc_id and report.format == "txt"
    assert "kept in Turkish" in report.summary()
    assert f"{report.untranslated} untranslated" in report.summary()


@pytest.mark.parametrize(("name", "fmt"), [("a.DOCX", "docx"), ("a.markdown", "md"),
                                           ("a.htm", "html"), ("a.txt", "txt"),
                                           ("a.pdf", None), ("a", None)])
def test_the_suffix_names_the_format(name: str, fmt: str | None) -> None:
    assert article_format_for(Path(name)) == fmt
