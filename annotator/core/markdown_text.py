"""Plain text and light Markdown: whitespace normalisation, inline markup removal, paragraphs.

Commentaries saved from the web often arrive as ``.txt`` or ``.md`` files carrying Markdown
(``## **Title**``, ``**bold**``, ``*italic*``, ``\\*`` escapes, ``<https://...>`` autolinks). This
module turns such text into :class:`~annotator.core.structure.Paragraph` objects whose text has the
markup removed and whose hints (heading level, bold-only, italic-only, list item) keep what the
markup said about structure. It is pure: no I/O.

Paragraphs are separated by blank lines. Inside a group of lines, hard-wrapped lines are joined with
a space, but a text that puts one paragraph per line (a line ending a sentence followed by one that
starts like a new sentence, in a group whose lines are not all of a similar wrapped width) is split.
"""

from __future__ import annotations

import html
import re
import unicodedata

from annotator.core.structure import Paragraph
from annotator.core.turkish import nfc

# Spaces that are not U+0020 (no-break, narrow no-break, figure, thin, ideographic, ...).
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Invisible characters with no meaning in Turkish prose: zero-width space, word joiner, BOM,
# soft hyphen. ZWJ/ZWNJ are kept (emoji sequences, other scripts).
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MULTI_SPACE = re.compile(r" {2,}")


def normalize_text(text: str) -> str:
    """NFC, ``\\r\\n``/``\\r``/U+2028/U+2029 → ``\\n``, odd spaces → space, invisibles removed.

    Spaces are not collapsed here (that is per paragraph, :func:`normalize_paragraph`).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    return nfc(text)


def normalize_paragraph(text: str) -> str:
    """A paragraph's text on one line: normalised, newlines → space, spaces collapsed, stripped."""
    text = normalize_text(text).replace("\n", " ")
    return _MULTI_SPACE.sub(" ", text).strip()


_ESCAPABLE = r"\\`*_{}\[\]()#+\-.!<>|~"
_ESCAPE = re.compile(r"\\([" + _ESCAPABLE + "])")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+|mailto:[^\s<>]+|[\w.+-]+@[\w-]+\.[\w.-]+)>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)\s]*)(?:\s+\"[^\"]*\")?\)")
_CODE = re.compile(r"`([^`]+)`")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")
_EM_UNDER = re.compile(r"(?<![\w])_(?=\S)(.+?)(?<=\S)_(?![\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,6});")
# Placeholders for escaped characters live in a Private Use Area so no markup rule sees them.
_PUA = 0xE000
_HIDDEN = re.compile("[\ue000-\uf8ff]")


def strip_inline_markdown(text: str) -> str:
    """Remove Markdown inline markup from one paragraph, keeping its words.

    ``**b**``/``__b__``/``*i*``/``_i_``/``~~s~~``/```c``` → their content, ``[text](url)`` → text,
    images dropped, ``<https://x>`` → ``https://x``, ``\\*`` → ``*``, HTML entities decoded.
    Footnote markers such as ``[1]`` are not links and stay.
    """
    escaped: list[str] = []

    def hide(match: re.Match[str]) -> str:
        if len(escaped) >= 0x1900 or own_pua:  # no free placeholders: leave escapes as they are
            return match.group(1)
        escaped.append(match.group(1))
        return chr(_PUA + len(escaped) - 1)

    own_pua = bool(_HIDDEN.search(text))  # the text uses the placeholders itself (rare)
    text = _ESCAPE.sub(hide, text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(3):  # nested emphasis: ***x***, **a *b* c**
        before = text
        text = _STRONG.sub(r"\2", text)
        text = _EM_STAR.sub(r"\1", text)
        text = _EM_UNDER.sub(r"\1", text)
        text = _STRIKE.sub(r"\1", text)
        if text == before:
            break
    if _ENTITY.search(text):
        text = html.unescape(text)
    if not escaped:
        return text
    def show(match: re.Match[str]) -> str:
        index = ord(match.group(0)) - _PUA
        return escaped[index] if index < len(escaped) else match.group(0)

    return _HIDDEN.sub(show, text)


_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_BULLET = re.compile(r"^\s{0,3}[-*+•]\s+(?=\S)")
_ORDERED = re.compile(r"^\s{0,3}\d{1,3}[.)]\s+(?=\S)")  # the number is kept: it is text
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_WRAPPED = re.compile(r"^(\*\*|__)(.+)\1$")
_ITALIC = re.compile(r"^([*_])(?![*_])(.+)(?<![*_])\1$")
_SENTENCE_END = re.compile(r"[.!?…:;\"”»)\]]$")
_STARTS_NEW = re.compile(r"^[\"“«(\[0-9A-ZÇĞİÖŞÜ]")


def _paragraph(raw: str, heading: int = 0, list_item: bool = False) -> Paragraph | None:
    stripped = raw.strip()
    if not stripped.strip("*_ "):  # emphasis markers around nothing
        return None
    bold = bool(_WRAPPED.match(stripped)) and "**" not in _WRAPPED.sub(r"\2", stripped)
    italic = not bold and bool(_ITALIC.match(stripped))
    text = normalize_paragraph(strip_inline_markdown(stripped))
    if not text:
        return None
    return Paragraph(text, heading=heading, bold=bold, italic=italic, list_item=list_item)


def _is_wrapped(lines: list[str]) -> bool:
    """True when the lines look hard-wrapped at a fixed width (so they form one paragraph)."""
    if len(lines) < 3:
        return False
    widths = [len(line) for line in lines[:-1]]
    return min(widths) >= 40 and max(widths) - min(widths) <= 30 and max(widths) <= 120


def _split_lines(lines: list[str]) -> list[list[str]]:
    """Group the lines of one blank-line-separated chunk into paragraphs."""
    if _is_wrapped(lines):
        return [lines]
    groups: list[list[str]] = []
    for line in lines:
        prev_line = groups[-1][-1] if groups else ""
        if groups and not prev_line.endswith(("  ", "\\")):
            prev = prev_line.rstrip()
            if not (_SENTENCE_END.search(prev) and _STARTS_NEW.match(line.strip())):
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


def _chunk_paragraphs(chunk: list[str]) -> list[Paragraph]:
    out: list[Paragraph] = []
    pending: list[str] = []

    def flush() -> None:
        for group in _split_lines(pending):
            para = _paragraph(" ".join(line.strip().rstrip("\\") for line in group))
            if para:
                out.append(para)
        pending.clear()

    for line in chunk:
        if (atx := _ATX.match(line)) is not None:
            flush()
            if para := _paragraph(atx.group(2) or "", heading=len(atx.group(1))):
                out.append(para)
        elif pending and _SETEXT.match(line):  # "Title" underlined with === or ---
            level = 1 if line.strip().startswith("=") else 2
            title = " ".join(part.strip() for part in pending)
            pending.clear()
            if para := _paragraph(title, heading=level):
                out.append(para)
        elif _RULE.match(line):
            flush()
            out.append(Paragraph("---"))
        elif _BULLET.match(line) or _ORDERED.match(line):
            flush()
            pending.append(_BULLET.sub("", line).strip())
            flush()
            out[-1:] = [Paragraph(p.text, p.heading, p.bold, p.italic, True) for p in out[-1:]]
        else:
            pending.append(_QUOTE.sub("", line))
    flush()
    return out


def markdown_paragraphs(text: str) -> list[Paragraph]:
    """Split (light) Markdown or plain text into paragraphs with structural hints."""
    paragraphs: list[Paragraph] = []
    chunk: list[str] = []
    for line in normalize_text(text).split("\n"):
        if line.strip():
            chunk.append(line.rstrip(" ") + ("  " if line.endswith("  ") else ""))
        elif chunk:
            paragraphs.extend(_chunk_paragraphs(chunk))
            chunk = []
    if chunk:
        paragraphs.extend(_chunk_paragraphs(chunk))
    return paragraphs


def is_mostly_printable(text: str) -> bool:
    """False when more than 2% of the characters are controls or unassigned code points.

    Only the first 100,000 characters are looked at: binary data shows itself at once.
    """
    sample = text[:100_000]
    if not sample:
        return True
    bad = sum(1 for ch in sample if ch not in "\n\t\r" and unicodedata.category(ch) in ("Cc", "Cn"))
    return bad <= len(sample) * 0.02
