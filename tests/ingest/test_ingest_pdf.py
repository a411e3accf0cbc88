"""PDF specifics: paragraphs from line geometry, headings, hyphenation, page furniture."""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import simple_pdf
from pypdf import PdfReader

from annotator.core.models import BlockRole
from annotator.ingest.readers import read_bytes


def test_seed_pdf_text_layer_keeps_turkish_letters(seed_pdf: Path) -> None:
    raw = "".join(page.extract_text() for page in PdfReader(seed_pdf).pages)
    for letter in "ıİşŞğĞçÇöÖüÜ":
        assert letter in raw  # the fixture is valid: pypdf itself extracts every letter


def test_paragraphs_from_gaps_headings_from_size_and_hyphenation() -> None:
    data = simple_pdf([[
        (72, 770, 18, "Sahada Yeni Denge"),
        (72, 740, 11, "Bakanlar toplantida bolgesel guvenligi ve ticaret yollarini ele aldi, ayr-"),
        (72, 727, 11, "ica enerji hatlarini konustu."),
        (72, 700, 11, "Ikinci paragraf burada baslar ve ABD-"),
        (72, 687, 11, "Azerbaycan iliskilerine deginir."),
    ]], bold_size=18)
    doc = read_bytes(data, "rapor.pdf")
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts == [
        "Sahada Yeni Denge",
        "Bakanlar toplantida bolgesel guvenligi ve ticaret yollarini ele aldi, ayrica enerji "
        "hatlarini konustu.",
        "Ikinci paragraf burada baslar ve ABD- Azerbaycan iliskilerine deginir.",
    ]
    assert doc.blocks[0].role is BlockRole.TITLE and doc.blocks[0].attrs["heading"] == "1"
    assert doc.title == "Sahada Yeni Denge"


def test_running_headers_and_page_numbers_are_dropped() -> None:
    pages = []
    for number in range(1, 4):
        pages.append([
            (72, 800, 9, f"AVIM Yorum - Sayfa {number}"),
            (72, 740, 11, f"Metnin {number}. sayfasi bir cumleyle baslar ve devam eder."),
            (72, 727, 11, "Ikinci satir da ayni paragrafa aittir."),
            (290, 40, 9, str(number)),
        ])
    doc = read_bytes(simple_pdf(pages), "uzun.pdf")
    assert "Sayfa" not in doc.text
    assert all(doc.text[b.start:b.end].startswith("Metnin") for b in doc.blocks)
    assert len(doc.blocks) == 3


def test_paragraph_continues_across_a_page_break() -> None:
    pages = [[(72, 100, 11, "Bu cumle sayfanin sonunda kesilir ve")],
             [(72, 780, 11, "bir sonraki sayfada tamamlanir.")]]
    doc = read_bytes(simple_pdf(pages), "iki.pdf")
    assert doc.text == "Bu cumle sayfanin sonunda kesilir ve bir sonraki sayfada tamamlanir."


def test_url_broken_at_the_line_end_is_rejoined() -> None:
    data = simple_pdf([[
        (72, 740, 11, "[1] Kaynak, 2023, https://example.org/yorum/ABD-AZERBAYCAN-ILISKI"),
        (72, 727, 11, "LERI-1 adresinde."),
    ]])
    doc = read_bytes(data, "not.pdf")
    assert "https://example.org/yorum/ABD-AZERBAYCAN-ILISKILERI-1 adresinde." in doc.text
