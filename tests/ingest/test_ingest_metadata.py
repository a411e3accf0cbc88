"""Document metadata: author in natural case, publisher, url and the published-date rule."""

from __future__ import annotations

import pytest

from annotator.core.markdown_text import markdown_paragraphs
from annotator.core.structure import structure_paragraphs
from annotator.ingest.metadata import Metadata, extract_metadata, natural_case

BODY = ("Bakanlar 27 Kasım'da telefonda görüştü ve ilişkileri normalleştirmek için adım attı. "
        "Görüşmenin ardından ortak bir açıklama yapıldı.")


def meta(text: str, **hints: str) -> Metadata:
    return extract_metadata(structure_paragraphs(markdown_paragraphs(text)), hints, "dosya")


def doc(citation: str, footnote: str = "[1] Kaynak, 28 November 2023, https://x.example/1",
        byline: str = "**Ayşe DEMİR**") -> str:
    return f"## **BAŞLIK**\n\n{byline}\n\n{BODY}[1]\n\n{footnote}\n\n{citation}\n"


@pytest.mark.parametrize(("name", "expected"), [
    ("GÜLPERİ GÜNGÖR", "Gülperi Güngör"),
    ("Gülperi GÜNGÖR", "Gülperi Güngör"),
    ("IŞIK ILGAZ", "Işık Ilgaz"),
    ("Prof. Dr. AHMET YILMAZ-KAYA", "Prof. Dr. Ahmet Yılmaz-Kaya"),
    ("James O'Brien", "James O'Brien"),
])
def test_natural_case(name: str, expected: str) -> None:
    assert natural_case(name) == expected


def test_seed_like_citation() -> None:
    found = meta(doc('Atıfta bulunmak için: DEMİR, Ayşe. 2026. "BAŞLIK." Avrasya İncelemeleri '
                     "Merkezi (AVİM), Yorum No.2023 / 51. Aralık 13. Erişim Mayıs 19, 2026. "
                     "<https://avim.org.tr/Yorum/BASLIK-1>"))
    assert found == Metadata(title="BAŞLIK", author="Ayşe Demir",
                             publisher="Avrasya İncelemeleri Merkezi (AVİM)",
                             url="https://avim.org.tr/Yorum/BASLIK-1", published="2023-12-13")


def test_document_number_year_beats_the_cited_dates() -> None:
    found = meta(doc('Atıf: DEMİR, Ayşe. 2026. "BAŞLIK." AVİM, Analiz No: 2024/3. Ocak 5. '
                     "Erişim Mayıs 19, 2026."))
    assert found.published == "2024-01-05"


def test_without_a_document_number_the_year_follows_the_latest_cited_date() -> None:
    citation = 'Atıf: DEMİR, Ayşe. 2026. "BAŞLIK." AVİM. Aralık 13. Erişim Mayıs 19, 2026.'
    assert meta(doc(citation)).published == "2023-12-13"
    late_source = "[1] Kaynak, 20 December 2023, https://x.example/1"
    assert meta(doc(citation, footnote=late_source)).published == "2024-12-13"


def test_the_access_date_is_never_the_publication_date() -> None:
    found = meta(doc('Atıf: DEMİR, Ayşe. 2026. "BAŞLIK." AVİM. Erişim tarihi: 19 Mayıs 2026.'))
    assert found.published is None


def test_complete_date_in_citation_and_on_the_byline() -> None:
    citation = 'Cite this: Demir, Ayşe. "BAŞLIK", AVİM, 13 December 2023. Accessed 2 May 2026.'
    assert meta(doc(citation)).published == "2023-12-13"
    dated = doc("", byline="**Ayşe Demir**\n\n14.12.2023")
    assert meta(dated).published == "2023-12-14"
    assert meta(dated).author == "Ayşe Demir"


def test_hints_fill_what_the_text_does_not_say() -> None:
    found = meta(f"# Başlık\n\n{BODY}\n", author="Ali Veli", published="2024-03-05T09:30:00Z",
                 publisher="Haber Sitesi", url="https://haber.example/1")
    assert found == Metadata("Başlık", "Ali Veli", "Haber Sitesi", "https://haber.example/1",
                             "2024-03-05")
    assert meta(f"# Başlık\n\n{BODY}\n", published="geçen hafta").published is None


def test_author_from_citation_and_publisher_from_copyright() -> None:
    text = (f"# Başlık\n\n{BODY}\n\nAtıfta bulunmak için: GÜNGÖR, Gülperi. 2026. Başlık.\n\n"
            "© 2009-2025 Avrasya İncelemeleri Merkezi (AVİM) Tüm Hakları Saklıdır\n")
    found = meta(text)
    assert found.author == "Gülperi Güngör"
    assert found.publisher == "Avrasya İncelemeleri Merkezi (AVİM)"
    assert found.url is None


def test_byline_prefixes_are_not_part_of_the_author() -> None:
    assert meta(f"# Title\n\nBy James O'Brien\n\n{BODY}\n").author == "James O'Brien"
    assert meta(f"# Başlık\n\nYazar: AYŞE DEMİR\n\n{BODY}\n").author == "Ayşe Demir"
