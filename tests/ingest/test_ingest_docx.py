"""Word specifics: real footnotes, tables, styles, line breaks, tracked deletions."""

from __future__ import annotations

import io

import docx
from ingest_helpers import minimal_docx

from annotator.core.models import BlockRole
from annotator.core.structure import footnote_links
from annotator.ingest.readers import read_bytes


def run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def ref(note_id: int) -> str:
    return f'<w:r><w:footnoteReference w:id="{note_id}"/></w:r>'


def note(note_id: int, text: str) -> str:
    return (f'<w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + text)}'
            f"</w:p></w:footnote>")


def test_word_footnotes_become_markers_and_footnote_blocks() -> None:
    body = (para(run("Yeni Dönemde Ankara-Bakü Hattı", bold=True))
            + para(run("Bakanlar 27 Kasım'da görüştü."), ref(7),
                   run(" Ertesi gün ortak bildiri yayımlandı."), ref(3))
            + para(run("Görüşmenin ayrıntıları daha sonra açıklandı."), ref(7)))
    notes = note(3, "AzerNews, 28 November 2023, https://www.azernews.az/nation/218087.html") \
        + note(7, "Dışişleri Bakanlığı açıklaması, 27 Kasım 2023.") + note(9, "Kullanılmayan not.")
    doc = read_bytes(minimal_docx(body, notes), "dipnotlu.docx")
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts[1] == ("Bakanlar 27 Kasım'da görüştü.[1] Ertesi gün ortak bildiri "
                        "yayımlandı.[2]")
    assert texts[2].endswith("açıklandı.[1]")
    assert texts[3] == "[1] Dışişleri Bakanlığı açıklaması, 27 Kasım 2023."
    assert texts[4].startswith("[2] AzerNews") and len(texts) == 5  # unreferenced note 9 dropped
    assert [b.role for b in doc.blocks] == [BlockRole.TITLE, BlockRole.BODY, BlockRole.BODY,
                                            BlockRole.FOOTNOTE, BlockRole.FOOTNOTE]
    assert doc.blocks[4].attrs == {"number": "2",
                                   "url": "https://www.azernews.az/nation/218087.html"}
    assert footnote_links(doc.text, doc.blocks) == {1: 3, 2: 4}


def test_line_breaks_tabs_and_tracked_deletions() -> None:
    body = para(run("Başlık Satırı"), style="Title") + (
        "<w:p><w:r><w:t>Ahmet Yılmaz</w:t><w:br/><w:t>Ayşe Demir</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Sonuç</w:t><w:tab/><w:t>olarak</w:t></w:r>"
        "<w:del><w:r><w:delText>silinmiş metin</w:delText></w:r></w:del>"
        "<w:r><w:t xml:space=\"preserve\"> anlaşma imzalandı.</w:t></w:r></w:p>")
    doc = read_bytes(minimal_docx(body), "duzeltmeli.docx")
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts == ["Başlık Satırı", "Ahmet Yılmaz", "Ayşe Demir",
                     "Sonuç olarak anlaşma imzalandı."]
    assert [b.role.value for b in doc.blocks] == ["title", "byline", "byline", "body"]
    assert doc.author == "Ahmet Yılmaz, Ayşe Demir"
    assert "silinmiş" not in doc.text


def test_tables_lists_and_caption_style() -> None:
    document = docx.Document()
    document.add_heading("Bölgesel Gelişmeler", level=1)
    document.add_paragraph("Taraflar görüşmeleri sürdürdü ve ortak bir bildiri yayımladı.")
    document.add_paragraph("Ticaret yolu açıldı", style="List Bullet")
    document.add_paragraph("Enerji hattı konuşuldu", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Ülke"
    table.cell(0, 1).text = "Bakan"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Azerbaycan ve Ermenistan birlikte"
    document.add_paragraph("Görüşmeden bir kare", style="Caption")
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read_bytes(buffer.getvalue(), "tablolu.docx")
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts == ["Bölgesel Gelişmeler",
                     "Taraflar görüşmeleri sürdürdü ve ortak bir bildiri yayımladı.",
                     "Ticaret yolu açıldı", "Enerji hattı konuşuldu", "Ülke", "Bakan",
                     "Azerbaycan ve Ermenistan birlikte", "Görüşmeden bir kare"]
    assert doc.blocks[2].attrs.get("list_item") == "true"
    assert doc.blocks[-1].role is BlockRole.CAPTION
    assert doc.blocks[0].role is BlockRole.TITLE and doc.title == "Bölgesel Gelişmeler"


def test_list_items_are_not_joined_by_paragraph_repair() -> None:
    document = docx.Document()
    document.add_paragraph("Toplantıda şu konular ele alındı,")
    document.add_paragraph("sınır güvenliği", style="List Bullet")
    document.add_paragraph("ticaret yolları", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read_bytes(buffer.getvalue(), "liste.docx")
    assert len(doc.blocks) == 3
