"""Text and light Markdown: inline markup removal, paragraph splitting, format sniffing."""

from __future__ import annotations

import pytest

from annotator.core.markdown_text import markdown_paragraphs, strip_inline_markdown
from annotator.core.structure import Paragraph
from annotator.ingest.sniff import Format, extension_format, is_html


@pytest.mark.parametrize(("markdown", "plain"), [
    ("**GÜLPERİ GÜNGÖR**", "GÜLPERİ GÜNGÖR"),
    ("*\\*Fotoğraf: TRT Haber*", "*Fotoğraf: TRT Haber"),
    ("**Tel:** +90 (312) 438 50 23-24 • **Fax:** +90", "Tel: +90 (312) 438 50 23-24 • Fax: +90"),
    ("bkz. <https://news.am/eng/news/794740.html>", "bkz. https://news.am/eng/news/794740.html"),
    ("[AVİM](https://avim.org.tr) sitesinde", "AVİM sitesinde"),
    ("artırmıştı.[1] ABD'li", "artırmıştı.[1] ABD'li"),
    ("Bölümü [ ] yüksek lisans", "Bölümü [ ] yüksek lisans"),
    ("***çok*** önemli, __kalın__ ve _eğik_ ama dosya_adi_v2 kalır", "çok önemli, kalın ve eğik "
     "ama dosya_adi_v2 kalır"),
    ("5 \\* 3 ve \\_x\\_", "5 * 3 ve _x_"),
    ("Taraflar &amp; heyetler", "Taraflar & heyetler"),
    ("![resim](a.png)Metin `kod`", "Metin kod"),
])
def test_strip_inline_markdown(markdown: str, plain: str) -> None:
    assert strip_inline_markdown(markdown) == plain


def test_headings_bold_italic_and_rules() -> None:
    paras = markdown_paragraphs("## **Başlık**\n\n**Ad SOYAD**\n\n*\\*Fotoğraf: AA*\n\n---\n\n"
                                "Alt Başlık\n==========\n\nMetin **kalın** kısım.")
    assert paras == [
        Paragraph("Başlık", heading=2, bold=True),
        Paragraph("Ad SOYAD", bold=True),
        Paragraph("*Fotoğraf: AA", italic=True),
        Paragraph("---"),
        Paragraph("Alt Başlık", heading=1),
        Paragraph("Metin kalın kısım."),
    ]


def test_lists_keep_numbers_and_drop_bullets() -> None:
    paras = markdown_paragraphs("Maddeler:\n- birinci\n* ikinci\n1. üçüncü\n2) dördüncü")
    assert [(p.text, p.list_item) for p in paras] == [
        ("Maddeler:", False), ("birinci", True), ("ikinci", True), ("1. üçüncü", True),
        ("2) dördüncü", True)]


def test_hard_wrapped_lines_form_one_paragraph() -> None:
    text = ("Azerbaycan ile Ermenistan arasındaki ilişkilerin normalleştirilmesi\n"
            "ve barış anlaşmalarıyla ilgili müzakereleri teşvik ettiğini belirtmiştir.\n"
            "O'Brien, ziyaretin ardından Twitter üzerinden dışişleri bakanlarını\n"
            "Washington'da ağırlamayı beklediklerini ifade etmiştir.")
    (para,) = markdown_paragraphs(text)
    assert para.text == " ".join(text.split("\n"))


def test_one_paragraph_per_line_is_split() -> None:
    text = ("Birinci paragraf kısa.\nİkinci paragraf çok daha uzun bir cümle ile devam ediyor ve "
            "bitiyor.\nüçüncü satır küçük harfle başladığı için öncekine eklenir.\n"
            "Dördüncü satır virgülle biten bir satırın devamı değildir")
    assert [p.text for p in markdown_paragraphs(text)] == [
        "Birinci paragraf kısa.",
        "İkinci paragraf çok daha uzun bir cümle ile devam ediyor ve bitiyor. üçüncü satır küçük "
        "harfle başladığı için öncekine eklenir.",
        "Dördüncü satır virgülle biten bir satırın devamı değildir",
    ]


def test_markdown_hard_break_splits() -> None:
    assert [p.text for p in markdown_paragraphs("Adres satırı  \nikinci satır")] == [
        "Adres satırı", "ikinci satır"]


@pytest.mark.parametrize(("name", "expected"), [
    ("a.txt", Format.TEXT), ("a.MD", Format.TEXT), ("a.markdown", Format.TEXT),
    ("a.htm", Format.HTML), ("a.HTML", Format.HTML), ("a.docx", Format.DOCX),
    ("a.pdf", Format.PDF), ("a.doc", None), ("a", None),
])
def test_extension_format(name: str, expected: Format | None) -> None:
    assert extension_format(name) is expected


def test_is_html() -> None:
    assert is_html("\n  <!DOCTYPE html><html><body>x</body></html>", "a.txt")
    assert is_html("<?xml version='1.0'?>\n<!-- not -->\n<html>", "a")
    assert is_html("<p>Paragraf</p>", "a.html")
    assert not is_html("<p>Paragraf</p>", "a.txt")  # a fragment in a .txt stays text
    assert not is_html("Metin <html> etiketinden bahseder.", "a.html")
