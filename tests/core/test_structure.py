"""Structure detection: block roles, paragraph repair and footnote links (pure, no I/O)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.markdown_text import markdown_paragraphs
from annotator.core.models import BlockRole
from annotator.core.structure import (
    Paragraph,
    StructuredText,
    footnote_links,
    footnote_markers,
    structure_paragraphs,
)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_fbde54b755dce6f1.txt"

# (role, start of the block's text) for every block of the seed, in order.
SEED_BLOCKS = [
    ("title", "ABD-AZERBAYCAN İLİŞKİLERİNDE İYİLEŞME VE İŞBİRLİĞİ SİNYALLERİ"),
    ("byline", "Gülperi GÜNGÖR"),
    ("byline", "GÜLPERİ GÜNGÖR"),
    ("body", "Geçtiğimiz iki hafta içerisinde"),
    ("body", "Öncesinde, ABD Dışişleri Bakanlığı"),
    ("body", "Ancak Blinken, Aliyev'le"),
    ("body", "Ertesi gün 28 Kasım'da"),
    ("body", "6 Aralık'ta James O'Brien"),
    ("body", "Diğer taraftan Ermenistan"),
    ("body", "Son dönemdeki diplomatik temalar"),
    ("caption", "Fotoğraf: TRT Haber"),
    ("footnote", "[1] Siranush Ghazanchyan"),
    ("footnote", "[2] Cumhurbaşkanı İlham Aliyev"),
    ("footnote", "[3] We See a Real Opportunity"),
    ("footnote", "[4] https://twitter.com/StateEUR/status/1732552763647619266"),
    ("bio", "Yazar Hakkında :"),
    ("bio", "Gülperi Güngör, 2015 yılında"),
    ("citation", "Atıfta bulunmak için: GÜNGÖR, Gülperi. 2026."),
    ("boilerplate", "Süleyman Nazif Sok. No: 12/B"),
    ("boilerplate", "Tel: +90 (312) 438 50 23-24 • Fax: +90 (312) 438 50 26"),
    ("boilerplate", "@avimorgtr"),
    ("boilerplate", "https://www.facebook.com/avrasyaincelemelerimerkezi"),
    ("boilerplate", "E-Posta: info@avim.org.tr"),
    ("boilerplate", "http://avim.org.tr"),
    ("boilerplate", "---"),
    ("boilerplate", "© 2009-2025 Avrasya İncelemeleri Merkezi (AVİM) Tüm Hakları Saklıdır"),
]


@pytest.fixture(scope="module")
def seed() -> StructuredText:
    return structure_paragraphs(markdown_paragraphs(SEED.read_text(encoding="utf-8")))


def texts(doc: StructuredText) -> list[str]:
    return [doc.block_text(i) for i in range(len(doc.blocks))]


def structure_md(text: str) -> StructuredText:
    return structure_paragraphs(markdown_paragraphs(text))


def test_seed_roles_block_by_block(seed: StructuredText) -> None:
    assert len(seed.blocks) == len(SEED_BLOCKS)
    for index, (role, start) in enumerate(SEED_BLOCKS):
        assert seed.blocks[index].role.value == role, (index, seed.block_text(index))
        assert seed.block_text(index).startswith(start), index
    assert seed.block_text(0) == SEED_BLOCKS[0][1]  # no "## " and no "**" left
    assert seed.block_text(10) == "Fotoğraf: TRT Haber"  # "*\*...*" emphasis and escape removed


def test_seed_spans_are_exact(seed: StructuredText) -> None:
    assert "\n\n".join(texts(seed)) == seed.text
    for block in seed.blocks:
        piece = seed.text[block.start:block.end]
        assert piece == piece.strip() and "\n" not in piece


def test_seed_footnote_attrs_and_markers_stay_in_the_body(seed: StructuredText) -> None:
    assert seed.blocks[11].attrs["number"] == "1"
    assert seed.blocks[11].attrs["url"].startswith("https://en.armradio.am/2023/11/16/")
    assert seed.blocks[14].attrs == {"number": "4",
                                     "url": "https://twitter.com/StateEUR/status/"
                                            "1732552763647619266"}
    assert "gerilimi artırmıştı.[1] ABD'li yetkililerin" in seed.block_text(4)
    assert seed.block_text(7).endswith("ifade etmiştir. [4]")


def test_seed_cut_paragraph_is_repaired(seed: StructuredText) -> None:
    assert ("ABD'nin bölgedeki barışa destek verdiğini, Azerbaycan ile Ermenistan arasındaki"
            in seed.block_text(7))
    assert sum(1 for b in seed.blocks if b.role is BlockRole.BODY) == 7  # 8 paragraphs → 7


def test_seed_footnote_links(seed: StructuredText) -> None:
    assert footnote_links(seed.text, seed.blocks) == {1: 11, 2: 12, 3: 13, 4: 14}
    markers = footnote_markers(seed.text, seed.blocks)
    assert [m.number for m in markers] == [1, 2, 3, 4]
    for marker in markers:
        assert seed.text[marker.start:marker.end] == f"[{marker.number}]"
        assert seed.blocks[marker.block].role is BlockRole.BODY
    assert "[ ]" in seed.block_text(16)  # the bio's "[ ]" is not a marker


def test_marker_without_footnote_is_kept_but_not_linked() -> None:
    doc = structure_md("# Başlık\n\nBir cümle.[1] Başka bir cümle.[2]\n\n[1] Kaynak, 2023.")
    markers = footnote_markers(doc.text, doc.blocks)
    assert [(m.number, m.footnote) for m in markers] == [(1, 2), (2, None)]
    assert footnote_links(doc.text, doc.blocks) == {1: 2}


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("Bakan, bölgedeki barışa destek verdiklerini,", "Ermenistan ile görüşmelerin sürdüğünü "
     "belirtti.", True),
    ("Bakan bölgedeki barışa destek verdiklerini ve", "görüşmelerin sürdüğünü belirtti.", True),
    ("Bakan bölgedeki barışa destek verdiklerini ve", "Görüşmelerin sürdüğünü belirtti.", False),
    ("Bakan görüşmelerin sürdüğünü belirtti.", "sonra ayrıldı.", False),
    ("Bakan görüşmelerin sürdüğünü belirtti:", "barış yakın.", False),
])
def test_paragraph_repair_rule(first: str, second: str, joined: bool) -> None:
    doc = structure_paragraphs([Paragraph("Başlık", heading=1), Paragraph(first),
                                Paragraph(second)])
    if joined:
        assert texts(doc) == ["Başlık", f"{first} {second}"]
    else:
        assert texts(doc) == ["Başlık", first, second]


def test_repair_chains_but_never_joins_headings_lists_or_other_roles() -> None:
    doc = structure_paragraphs([
        Paragraph("Başlık", heading=1),
        Paragraph("Birinci parça,"), Paragraph("ikinci parça,"), Paragraph("üçüncü parça."),
        Paragraph("Ara başlık,", heading=2), Paragraph("devam eden metin."),
        Paragraph("Maddeler,"), Paragraph("birinci madde", list_item=True),
        Paragraph("Fotoğraf: AA,"), Paragraph("sonraki paragraf."),
    ])
    assert texts(doc) == ["Başlık", "Birinci parça, ikinci parça, üçüncü parça.", "Ara başlık,",
                          "devam eden metin.", "Maddeler,", "birinci madde", "Fotoğraf: AA,",
                          "sonraki paragraf."]
    assert doc.blocks[2].attrs == {"heading": "2"}
    assert doc.blocks[5].attrs == {"list_item": "true"}


SETA_LIKE = """# Türkiye-AB İlişkilerinde Yeni Sayfa

Prof. Dr. Ahmet Yılmaz

13 Aralık 2023

Avrupa Birliği ile Türkiye arasındaki ilişkiler, son zirveyle yeni bir döneme girdi. Taraflar
gümrük birliğinin güncellenmesi konusunda uzlaştı.¹

## Arka Plan

Müzakereler 2005 yılında başlamış, ancak 2016'dan sonra fiilen durmuştu.

Fotoğraf: AA

Dipnotlar

1. Avrupa Komisyonu, Basın Açıklaması, 12 Aralık 2023.

2. https://ec.europa.eu/commission/presscorner

http://ec.europa.eu/news

Kaynakça

Yılmaz, A. (2020). Türkiye ve AB. Ankara: SETA Yayınları.

Demir, B. (2021). Gümrük Birliği. İstanbul.

Bu yazıya atıf için: Yılmaz, Ahmet. "Türkiye-AB İlişkilerinde Yeni Sayfa", SETA, 13 Aralık 2023.

© SETA Vakfı 2023

Paylaş
"""


def test_think_tank_layout_roles() -> None:
    doc = structure_md(SETA_LIKE)
    got = [(b.role.value, doc.block_text(i)[:24]) for i, b in enumerate(doc.blocks)]
    assert got == [
        ("title", "Türkiye-AB İlişkilerinde"),
        ("byline", "Prof. Dr. Ahmet Yılmaz"),
        ("byline", "13 Aralık 2023"),
        ("body", "Avrupa Birliği ile Türki"),
        ("body", "Arka Plan"),
        ("body", "Müzakereler 2005 yılında"),
        ("caption", "Fotoğraf: AA"),
        ("footnote", "Dipnotlar"),
        ("footnote", "1. Avrupa Komisyonu, Bas"),
        ("footnote", "2. https://ec.europa.eu/"),
        ("footnote", "http://ec.europa.eu/news"),
        ("reference", "Kaynakça"),
        ("reference", "Yılmaz, A. (2020). Türki"),
        ("reference", "Demir, B. (2021). Gümrük"),
        ("citation", "Bu yazıya atıf için: Yıl"),
        ("boilerplate", "© SETA Vakfı 2023"),
        ("boilerplate", "Paylaş"),
    ]
    assert doc.blocks[4].attrs == {"heading": "2"}
    assert doc.blocks[8].attrs == {"number": "1", "list_item": "true"}
    assert doc.blocks[9].attrs["url"] == "https://ec.europa.eu/commission/presscorner"
    assert "number" not in doc.blocks[10].attrs


def test_plain_news_text_without_markup() -> None:
    text = ("Bakü'de kritik görüşme\n\nDışişleri Bakanı dün Bakü'de mevkidaşıyla bir araya geldi "
            "ve iki ülke arasındaki enerji işbirliğini ele aldı.\n\nGörüşme iki saat sürdü.\n\n"
            "Kaynak: AA\n\nBu haber hakkında yorum yapın")
    doc = structure_md(text)
    assert [b.role.value for b in doc.blocks] == ["title", "body", "body", "caption", "body"]


@pytest.mark.parametrize(("line", "byline"), [
    ("Gülperi GÜNGÖR", True), ("Prof. Dr. Ahmet Yılmaz ve Ayşe Demir", True),
    ("Yazar: Ali Veli", True), ("By James O'Brien", True), ("13 Aralık 2023", True),
    ("Türkiye'nin Yeni Rotası", False), ("Arka Plan", False), ("Giriş", False),
    ("Bakanlar görüştü.", False),
])
def test_byline_after_the_title(line: str, byline: bool) -> None:
    body = Paragraph("Uzun bir gövde paragrafı burada yer alıyor ve bitiyor.")
    doc = structure_paragraphs([Paragraph("Başlık", heading=1), Paragraph(line), body])
    assert (doc.blocks[1].role is BlockRole.BYLINE) is byline


def test_unknown_paragraphs_default_to_body() -> None:
    doc = structure_paragraphs([Paragraph("Bir paragraf."), Paragraph("Bir başkası.")])
    assert [b.role for b in doc.blocks] == [BlockRole.BODY, BlockRole.BODY]


def test_bio_without_heading_starts_with_the_author_name() -> None:
    doc = structure_md("# Başlık\n\n**Ayşe Demir**\n\nUzun bir gövde paragrafı burada yer "
                       "alıyor ve bir cümleyle bitiyor.\n\n[1] Kaynak 2023.\n\nAyşe Demir, Ankara "
                       "Üniversitesi'nden mezun oldu ve merkezde uzman olarak çalışıyor.")
    assert [b.role.value for b in doc.blocks] == ["title", "byline", "body", "footnote", "bio"]


def test_empty_paragraphs_are_dropped_and_empty_input_gives_empty_text() -> None:
    assert structure_paragraphs([]).text == ""
    doc = structure_paragraphs([Paragraph("  "), Paragraph("Metin.")])
    assert doc.text == "Metin." and len(doc.blocks) == 1
