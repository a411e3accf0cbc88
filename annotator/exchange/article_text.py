"""The translated article as Markdown, HTML or plain text (see :mod:`article_model`).

Everything from the document is text, never markup: HTML escapes every character that could
open a tag or an entity and links only http(s) addresses; Markdown backslash-escapes the
characters that could start emphasis, a link, raw HTML or an entity, and the ones that would turn
a line into a heading, list or quote. Footnote markers link to their notes (``#fn-n`` in HTML,
``[^n]`` footnotes in Markdown); the Turkish of untranslated sentences keeps its ``[TR]`` marker
and is set in a ``<span class="untranslated" lang="tr">`` in HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

from annotator.core.models import BlockRole
from annotator.exchange.article_model import Article, Span, SpanKind

NOTES_HEADING = "Notes"
SOURCE_LABEL = "Translated from the Turkish original:"
_MD_INLINE = re.compile(r"([\\`*_{}\[\]<>&|~])")
# A line starting "# ", "> ", "- ", "1. " ... would become a heading, quote or list item.
_MD_LINE_START = re.compile(r"^(\s*(?:\d+)?)([#>+=.)-])")

_HTML_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body {{ max-width: 42em; margin: 2em auto; font-family: serif; line-height: 1.5; }}
.byline {{ color: #555; }} .untranslated {{ background: #fff3c4; }}
.caption, .citation {{ font-style: italic; }}
</style>
</head>
<body>
<article>
"""


# -- Markdown ------------------------------------------------------------------------------------

def markdown(article: Article) -> str:
    """The article as CommonMark with GFM footnotes."""
    lines = [f"# {_md_text(article.title_text)}", ""]
    for line in article.byline:
        lines += [f"*{_md_text(line)}*", ""]
    if article.source_url:
        lines += [f"{_md_text(SOURCE_LABEL)} <{article.source_url}>", ""]
    for paragraph in article.paragraphs:
        text = _md_spans(paragraph.spans)
        if paragraph.heading_level:
            text = "#" * paragraph.heading_level + " " + text
        elif paragraph.role in (BlockRole.CAPTION, BlockRole.CITATION):
            text = f"*{text}*"
        lines += [text, ""]
    if article.notes:
        lines += [f"## {NOTES_HEADING}", ""]
        for note in article.notes:
            lines += [f"[^{note.number}]: {_md_spans(note.spans)}", ""]
    return "\n".join(lines)


def _md_text(text: str, line_start: bool = True) -> str:
    escaped = _MD_INLINE.sub(r"\\\1", text)
    if not line_start:
        return escaped
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _md_spans(spans: Iterable[Span]) -> str:
    parts = []
    for position, span in enumerate(spans):
        if span.kind is SpanKind.NOTE:
            parts.append(f"[^{span.target}]")
        elif span.kind is SpanKind.LINK:
            parts.append(f"<{span.target}>")
        else:
            parts.append(_md_text(span.text, line_start=position == 0))
    return "".join(parts)


# -- HTML ----------------------------------------------------------------------------------------

def html(article: Article) -> str:
    """The article as a standalone HTML5 page that loads nothing."""
    out = [_HTML_HEAD.format(title=escape(article.title_text)),
           f"<h1>{_html_spans(article.title)}</h1>\n"]
    for line in article.byline:
        out.append(f'<p class="byline">{escape(line)}</p>\n')
    if article.source_url:
        url = escape(article.source_url)
        out.append(f'<p class="byline">{escape(SOURCE_LABEL)} <a href="{url}">{url}</a></p>\n')
    for paragraph in article.paragraphs:
        tag = f"h{paragraph.heading_level}" if paragraph.heading_level else "p"
        out.append(f'<{tag} class="{paragraph.role}">{_html_spans(paragraph.spans)}</{tag}>\n')
    if article.notes:
        out.append(f'<section class="notes">\n<h2>{NOTES_HEADING}</h2>\n<ol>\n')
        for note in article.notes:
            number = escape(note.number)
            out.append(f'<li id="fn-{number}" value="{number}">{_html_spans(note.spans)} '
                       f'<a href="#ref-{number}">↩</a></li>\n')
        out.append("</ol>\n</section>\n")
    out.append("</article>\n</body>\n</html>\n")
    return "".join(out)


def _html_spans(spans: Iterable[Span]) -> str:
    parts = []
    seen: set[str] = set()
    for span in spans:
        text = escape(span.text)
        if span.kind is SpanKind.NOTE:
            number = escape(span.target)
            anchor = "" if span.target in seen else f' id="ref-{number}"'
            seen.add(span.target)
            parts.append(f'<sup><a href="#fn-{number}"{anchor}>{text}</a></sup>')
        elif span.kind is SpanKind.LINK:
            parts.append(f'<a href="{escape(span.target)}">{text}</a>')
        elif span.kind is SpanKind.TURKISH:
            parts.append(f'<span class="untranslated" lang="tr">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


# -- plain text ----------------------------------------------------------------------------------

def plain_text(article: Article) -> str:
    """The article as plain UTF-8 text: underlined headings, blank lines between paragraphs."""
    title = article.title_text
    lines = [title, "=" * len(title), ""]
    lines += list(article.byline)
    if article.source_url:
        lines.append(f"{SOURCE_LABEL} {article.source_url}")
    if article.byline or article.source_url:
        lines.append("")
    for paragraph in article.paragraphs:
        lines.append(paragraph.text)
        if paragraph.heading_level:
            lines.append("-" * len(paragraph.text))
        lines.append("")
    if article.notes:
        lines += [NOTES_HEADING, "-" * len(NOTES_HEADING), ""]
        lines += [f"[{note.number}] {note.text}" for note in article.notes]
        lines.append("")
    return "\n".join(lines)
