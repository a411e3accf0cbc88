"""The text cap: a document with more text than ``limits.MAX_TEXT_CHARS`` is refused in every
format, while its reader extracts the text (a Word file before python-docx parses it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import minimal_docx, simple_pdf

from annotator.ingest import docx_reader, limits
from annotator.ingest.errors import IngestError
from annotator.ingest.readers import read_bytes

SENTENCE = "Dışişleri Bakanı bugün Ankara'da mevkidaşıyla görüştü. "
LIMIT = 2_000  # characters, for these tests


@pytest.fixture(autouse=True)
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", LIMIT)


def refused(data: bytes, name: str) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_bytes(data, name)
    assert caught.value.kind == "too_much_text"
    assert caught.value.params == {"path": name, "millions": "0.002"}
    return caught.value


def paragraphs(count: int) -> list[str]:
    return [f"{number}. {SENTENCE * 3}" for number in range(count)]


def test_text_at_the_limit_is_read_and_one_more_character_is_refused() -> None:
    text = "Başlık\n\n" + "a" * (LIMIT - len("Başlık\n\n"))
    assert len(read_bytes(text.encode(), "tam.txt").text) <= LIMIT
    error = refused((text + "b").encode(), "fazla.txt")
    assert str(error) == ("fazla.txt holds more than 0.002 million characters of text; a "
                          "document that long is not imported (split it into parts).")


def test_markdown_and_html_over_the_limit_are_refused() -> None:
    refused("\n\n".join(paragraphs(20)).encode(), "uzun.md")
    body = "".join(f"<p>{p}</p>" for p in paragraphs(20))
    refused(f"<html><body>{body}</body></html>".encode(), "uzun.html")


def test_html_markup_does_not_count_as_text() -> None:
    # 30 times the limit in markup, a tenth of it in text: read.
    filler = ('<div class="x"><span data-note="' + "m" * 200 + '"></span></div>') * 300
    html = f"<html><body>{filler}<p>{SENTENCE}</p></body></html>"
    assert len(html) > 30 * LIMIT
    assert SENTENCE.strip() in read_bytes(html.encode(), "sayfa.html").text


def test_word_text_is_counted_before_python_docx_parses_the_file(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx was asked to parse a document over the limit")

    monkeypatch.setattr(docx_reader.docx, "Document", must_not_parse)
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs(20))
    refused(minimal_docx(body), "uzun.docx")


def test_word_footnotes_count_too() -> None:
    body = f"<w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>"
    notes = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:t>{p}</w:t></w:r></w:p></w:footnote>'
                    for n, p in enumerate(paragraphs(20), start=1))
    refused(minimal_docx(body, notes), "notlar.docx")


def test_a_short_word_document_is_still_read() -> None:
    body = f"<w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>"
    assert SENTENCE.strip() in read_bytes(minimal_docx(body), "kisa.docx").text


def test_pdf_over_the_limit_is_refused() -> None:
    line = "Turkish foreign policy and the South Caucasus in the new century"
    pages = [[(72, 800 - 14 * row, 11, line) for row in range(50)] for _ in range(2)]
    refused(simple_pdf(pages), "uzun.pdf")


def test_the_limit_is_checked_from_a_file_too(tmp_path: Path) -> None:
    path = tmp_path / "uzun.txt"
    path.write_text("\n\n".join(paragraphs(20)), encoding="utf-8")
    from annotator.ingest.readers import read_document

    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.kind == "too_much_text" and caught.value.params["path"] == path
