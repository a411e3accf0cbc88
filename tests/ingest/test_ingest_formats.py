"""Every format reads the seed commentary to the same text, blocks and metadata."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import pytest
from ingest_helpers import SEED, block_texts, roles

from annotator.core.models import BlockRole, ParsedDocument
from annotator.ingest.readers import read_bytes, read_document

EXPECTED_ROLES = (["title", "byline", "byline"] + ["body"] * 7 + ["caption"] + ["footnote"] * 4
                  + ["bio", "bio", "citation"] + ["boilerplate"] * 8)
TURKISH = "ıİşŞğĞçÇöÖüÜ"


def assert_seed_like(doc: ParsedDocument, reference: ParsedDocument) -> None:
    assert roles(doc) == EXPECTED_ROLES
    assert block_texts(doc) == block_texts(reference)
    assert doc.text == reference.text
    for letter in TURKISH:
        assert letter in doc.text
    assert doc.title == "ABD-AZERBAYCAN İLİŞKİLERİNDE İYİLEŞME VE İŞBİRLİĞİ SİNYALLERİ"
    assert doc.author == "Gülperi Güngör"
    assert doc.publisher == "Avrasya İncelemeleri Merkezi (AVİM)"
    assert doc.published == "2023-12-13"
    assert doc.url == ("https://avim.org.tr/public/tr/Yorum/"
                       "ABD-AZERBAYCAN-ILISKILERINDE-IYILESME-VE-ISBIRLIGI-SINYALLERI-1")


def test_txt_reads_the_seed(seed_doc: ParsedDocument) -> None:
    assert roles(seed_doc) == EXPECTED_ROLES
    assert seed_doc.source_name == SEED.name
    assert seed_doc.source_sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert seed_doc.text.startswith("ABD-AZERBAYCAN İLİŞKİLERİNDE")
    assert seed_doc.text.endswith("Tüm Hakları Saklıdır")
    for block in seed_doc.blocks:  # spans are exact: no surrounding white space, no markup
        piece = seed_doc.text[block.start:block.end]
        assert piece == piece.strip() and piece
        assert "**" not in piece and "\\*" not in piece and "<http" not in piece
    assert [b.paragraph for b in seed_doc.blocks] == list(range(len(seed_doc.blocks)))
    gaps = [seed_doc.text[a.end:b.start] for a, b in itertools.pairwise(seed_doc.blocks)]
    assert set(gaps) == {"\n\n"}


def test_md_extension_reads_like_txt(seed_doc: ParsedDocument) -> None:
    doc = read_bytes(SEED.read_bytes(), "yorum.md")
    assert doc.text == seed_doc.text
    assert doc.source_name == "yorum.md"


def test_docx_reads_the_seed(seed_docx: bytes, seed_doc: ParsedDocument,
                             tmp_path: Path) -> None:
    path = tmp_path / "yorum.docx"
    path.write_bytes(seed_docx)
    doc = read_document(path)
    assert_seed_like(doc, seed_doc)
    assert doc.blocks[0].attrs["heading"] == "2"
    assert doc.source_sha256 == hashlib.sha256(seed_docx).hexdigest()


def test_html_reads_the_seed(seed_html: str, seed_doc: ParsedDocument) -> None:
    doc = read_bytes(seed_html.encode("utf-8"), "yorum.html")
    assert_seed_like(doc, seed_doc)
    assert "Gizli metin" not in doc.text and "color" not in doc.text  # script and style dropped
    assert "Ana Sayfa" not in doc.text  # nav dropped


def test_html_in_cp1254_with_a_wrong_latin1_declaration(seed_html: str,
                                                        seed_doc: ParsedDocument) -> None:
    page = seed_html.replace("<meta charset='utf-8'>", "<meta charset='iso-8859-1'>")
    doc = read_bytes(page.encode("cp1254"), "yorum.htm")
    assert doc.text == seed_doc.text


def test_pdf_reads_the_seed(seed_pdf: Path, seed_doc: ParsedDocument) -> None:
    doc = read_document(seed_pdf)
    assert_seed_like(doc, seed_doc)  # two pages: page numbers dropped, lines re-joined
    assert "\n2\n" not in doc.text
    assert doc.blocks[0].role is BlockRole.TITLE and doc.blocks[0].attrs["heading"] == "1"


@pytest.mark.parametrize("name", ["yorum.txt", "yorum", "yorum.pdf", "yorum.docx", "yorum.csv"])
def test_text_content_wins_over_the_extension(name: str, seed_doc: ParsedDocument) -> None:
    assert read_bytes(SEED.read_bytes(), name).text == seed_doc.text


def test_a_pdf_named_txt_is_read_as_pdf(seed_pdf: Path, seed_doc: ParsedDocument) -> None:
    doc = read_bytes(seed_pdf.read_bytes(), "yorum.txt")
    assert doc.text == seed_doc.text
    assert "%PDF" not in doc.text


def test_a_docx_named_pdf_is_read_as_docx(seed_docx: bytes, seed_doc: ParsedDocument) -> None:
    assert read_bytes(seed_docx, "yorum.pdf").text == seed_doc.text


def test_html_named_txt_is_read_as_html(seed_html: str, seed_doc: ParsedDocument) -> None:
    doc = read_bytes(seed_html.encode("utf-8"), "sayfa.txt")
    assert doc.text == seed_doc.text
    assert "<p>" not in doc.text


def test_title_falls_back_to_the_file_stem() -> None:
    doc = read_bytes(("Bu belge bir başlık taşımıyor ve tek bir uzun paragraftan oluşuyor; "
                      "içinde hiçbir yapı yok, yalnızca düz bir metin var, o kadar.").encode(),
                     "notlar-2023.txt")
    assert doc.title.startswith("Bu belge bir başlık")  # first line when there is no heading
    assert [b.role for b in doc.blocks] == [BlockRole.BODY]
    long_line = read_bytes(("Uzun " * 60).encode(), "uzun.txt")
    assert long_line.title.endswith("…") and len(long_line.title) <= 121
    no_prose = read_bytes(b"---\n\n(c) 2024 AVIM", "kunye.txt")
    assert [b.role for b in no_prose.blocks] == [BlockRole.BOILERPLATE] * 2
    assert no_prose.title == "kunye"
