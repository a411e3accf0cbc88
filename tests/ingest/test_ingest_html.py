"""HTML specifics: the article element, meta hints, footnote lists, breaks and captions."""

from __future__ import annotations

from annotator.core.models import BlockRole
from annotator.core.structure import footnote_links
from annotator.ingest.readers import read_bytes

NEWS_PAGE = """<!doctype html>
<html><head>
<title>Ankara ile Bakü arasında yeni dönem - Haber Sitesi</title>
<meta name="author" content="Ayşe Demir">
<meta property="article:published_time" content="2024-03-05T09:30:00+03:00">
<meta property="og:site_name" content="Haber Sitesi">
<link rel="canonical" href="https://haber.example/ankara-baku">
</head><body>
<header><div class="logo">Haber Sitesi</div></header>
<nav><a href="/">Ana Sayfa</a> <a href="/dunya">Dünya</a></nav>
<h1>Ankara ile Bakü arasında yeni dönem</h1>
<article>
<p>Dışişleri Bakanı Hakan Fidan, 4 Mart'ta Bakü'de mevkidaşı Ceyhun Bayramov ile
görüştü.<sup>1</sup> Görüşmede enerji ve ulaştırma projeleri ele alındı.</p>
<figure><img src="a.jpg" alt="Bakanlar"><figcaption>İki bakan basın toplantısında</figcaption>
</figure>
<p>Taraflar &amp; heyetler ortak bildiri yayımladı.<br>İkinci satır ayrı bir paragraftır.</p>
<hr>
<ol class="footnotes"><li id="fn1">Bakanlık açıklaması, 4 Mart 2024,
<a href="https://mfa.example/1">https://mfa.example/1</a></li></ol>
</article>
<aside><p>En çok okunanlar: Başka bir haber hakkında uzun bir özet metni burada.</p></aside>
<footer><p>© 2024 Haber Sitesi. Tüm hakları saklıdır.</p></footer>
</body></html>"""


def test_news_page_reads_the_article_and_its_metadata() -> None:
    doc = read_bytes(NEWS_PAGE.encode("utf-8"), "haber.html")
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts == [
        "Ankara ile Bakü arasında yeni dönem",
        "Dışişleri Bakanı Hakan Fidan, 4 Mart'ta Bakü'de mevkidaşı Ceyhun Bayramov ile görüştü.[1] "
        "Görüşmede enerji ve ulaştırma projeleri ele alındı.",
        "İki bakan basın toplantısında",
        "Taraflar & heyetler ortak bildiri yayımladı.",
        "İkinci satır ayrı bir paragraftır.",
        "---",
        "[1] Bakanlık açıklaması, 4 Mart 2024, https://mfa.example/1",
    ]
    assert [b.role.value for b in doc.blocks] == ["title", "body", "caption", "body", "body",
                                                  "boilerplate", "footnote"]
    assert doc.title == "Ankara ile Bakü arasında yeni dönem"
    assert doc.author == "Ayşe Demir"
    assert doc.published == "2024-03-05"
    assert doc.publisher == "Haber Sitesi"
    assert doc.url == "https://haber.example/ankara-baku"
    assert footnote_links(doc.text, doc.blocks) == {1: 6}
    assert "okunanlar" not in doc.text and "Ana Sayfa" not in doc.text


def test_page_without_article_reads_the_body_and_keeps_the_footer_as_boilerplate() -> None:
    page = NEWS_PAGE.replace("<article>", "<div>").replace("</article>", "</div>")
    doc = read_bytes(page.encode("utf-8"), "haber.html")
    assert doc.blocks[-1].role is BlockRole.BOILERPLATE
    assert doc.text.endswith("Tüm hakları saklıdır.")
    assert doc.blocks[0].role is BlockRole.BOILERPLATE  # the logo line above the title
    assert doc.title == "Ankara ile Bakü arasında yeni dönem"


def test_title_tag_is_the_fallback_title() -> None:
    page = ("<html><head><title>Kısa Not | Merkez</title></head><body><p>Görüşme olumlu bir "
            "havada geçti ve taraflar yeniden bir araya gelmek için anlaştılar.</p></body></html>")
    doc = read_bytes(page.encode("utf-8"), "not.html")
    assert doc.title == "Kısa Not"
    assert [b.role for b in doc.blocks] == [BlockRole.BODY]
