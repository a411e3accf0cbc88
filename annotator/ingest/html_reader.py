"""HTML pages: paragraphs from block elements, metadata from ``<title>`` and ``<meta>``.

Parsed with BeautifulSoup's pure-Python ``html.parser`` (no network, no entity expansion beyond
HTML's own). ``script``, ``style``, ``nav``, ``aside``, forms and embedded objects are dropped. When
the page has exactly one ``<article>`` (or else one ``<main>``) only that is read, plus the
``<h1>`` if it sits outside. Headings, paragraphs, list items, quotes, table cells and captions
become paragraphs; ``<br>`` splits a paragraph; ``<hr>`` becomes ``---``; ``<sup>n</sup>`` becomes
a ``[n]`` marker and a list item with a footnote id (``fn3``, ``footnote-3``) starts with ``[3]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from annotator.core.markdown_text import normalize_paragraph
from annotator.core.structure import Paragraph
from annotator.ingest.assemble import RawDocument
from annotator.ingest.limits import TextBudget

_DROP = ("script", "style", "nav", "aside", "noscript", "template", "iframe", "svg", "form",
         "button", "select", "object", "embed", "canvas", "video", "audio", "map", "head")
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5",
    "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address", "body", "center",
    "hgroup", "details", "summary", "html"})
_BOLD = frozenset({"b", "strong"})
_FOOTNOTE_ID = re.compile(r"(?:fn|ftn|footnote|endnote|note|dipnot)[-_:]?(\d{1,3})$", re.IGNORECASE)
_META: dict[str, tuple[str, ...]] = {
    "author": ("author", "article:author", "dc.creator", "citation_author"),
    "publisher": ("og:site_name", "dc.publisher", "citation_publisher"),
    "url": ("og:url",),
    "published": ("article:published_time", "date", "pubdate", "dc.date.issued", "dc.date",
                  "citation_publication_date", "datepublished"),
    "title": ("og:title", "dc.title", "citation_title"),
}
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


class _Collector:
    """Walks the tree, turning inline runs into paragraphs with hints."""

    def __init__(self, budget: TextBudget | None = None) -> None:
        self.paragraphs: list[Paragraph] = []
        self.parts: list[tuple[str, bool]] = []
        self.budget = budget

    def flush(self, heading: int, list_item: bool, caption: bool) -> None:
        text = normalize_paragraph("".join(part for part, _ in self.parts))
        if text:
            visible = [bold for part, bold in self.parts if part.strip()]
            self.paragraphs.append(Paragraph(text, heading=heading, bold=all(visible),
                                             list_item=list_item, caption=caption))
        self.parts = []

    def walk(self, node: Tag, bold: bool = False, heading: int = 0, list_item: bool = False,
             caption: bool = False) -> None:
        for child in node.children:
            if isinstance(child, _SKIP_STRINGS):
                continue
            if isinstance(child, NavigableString):
                self.parts.append((str(child), bold))
                if self.budget is not None:
                    self.budget.spend(self.parts[-1][0])
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name == "br":
                self.flush(heading, list_item, caption)
            elif name == "hr":
                self.flush(heading, list_item, caption)
                self.paragraphs.append(Paragraph("---"))
            elif name == "sup" and child.get_text(strip=True).isdigit():
                self.parts.append((f"[{child.get_text(strip=True)}]", bold))
            elif name in _BLOCKS:
                self.flush(heading, list_item, caption)
                level = int(name[1]) if re.fullmatch(r"h[1-6]", name) else heading
                is_li = list_item or name == "li"
                if name == "li" and (match := _FOOTNOTE_ID.search(str(child.get("id", "")))):
                    self.parts.append((f"[{match.group(1)}] ", bold))
                self.walk(child, bold, level, is_li, caption or name in ("figcaption", "caption"))
                self.flush(level, is_li, caption or name in ("figcaption", "caption"))
            else:
                self.walk(child, bold or name in _BOLD, heading, list_item, caption)


def _meta_hints(soup: BeautifulSoup) -> dict[str, str]:
    found: dict[str, str] = {}
    metas: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = tag.get("content")
        if key and isinstance(content, str) and content.strip():
            metas.setdefault(key, normalize_paragraph(content))
    for hint, keys in _META.items():
        for key in keys:
            if key in metas:
                found[hint] = metas[key]
                break
    canonical = soup.find("link", rel="canonical")
    if isinstance(canonical, Tag) and isinstance(canonical.get("href"), str):
        found["url"] = str(canonical["href"])
    if "published" not in found:
        time_tag = soup.find("time", attrs={"datetime": True})
        if isinstance(time_tag, Tag):
            found["published"] = str(time_tag["datetime"])
    if "title" not in found and soup.title and soup.title.string:
        found["title"] = re.split(r"\s+[|–—-]\s+", normalize_paragraph(soup.title.string))[0]
    return found


def _content_root(soup: BeautifulSoup) -> tuple[Tag, Tag | None]:
    """The element to read, and an ``<h1>`` outside it that should be read first."""
    for name in ("article", "main"):
        found = soup.find_all(name)
        if len(found) == 1 and len(found[0].get_text(strip=True)) >= 200:
            h1 = soup.find("h1")
            outside = h1 if isinstance(h1, Tag) and found[0] not in h1.parents else None
            return found[0], outside
    body = soup.body
    return (body if isinstance(body, Tag) else soup), None


def _tags(soup: BeautifulSoup, names: tuple[str, ...]) -> Iterator[Tag]:
    for tag in soup.find_all(names):
        if isinstance(tag, Tag):
            yield tag


def read_html(text: str, budget: TextBudget | None = None) -> RawDocument:
    """Paragraphs and metadata hints of an HTML page given as decoded text; ``budget`` counts
    the text read (``too_much_text`` once it is over the limit)."""
    soup = BeautifulSoup(text, "html.parser")
    hints = _meta_hints(soup)
    for tag in list(_tags(soup, _DROP)):
        tag.decompose()
    root, h1 = _content_root(soup)
    collector = _Collector(budget)
    if h1 is not None:
        collector.walk(h1, heading=1)
        collector.flush(1, False, False)
    collector.walk(root)
    collector.flush(0, False, False)
    return RawDocument(collector.paragraphs, hints)
