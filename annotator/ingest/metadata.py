"""Document metadata from the structured text: title, author, publisher, url, published date.

The text is the first witness, the reader's hints (HTML ``<meta>``, Word/PDF properties) the second:

- **title**: the title block; else the hint; else the first heading or first line; else the stem.
- **author**: the byline blocks (without "Yazar:"), in natural case ("Gülperi GÜNGÖR" → "Gülperi
  Güngör"), names deduplicated; else the "SURNAME, Given." that opens a citation; else the hint.
- **publisher**: the name after the quoted title in the citation ("Avrasya İncelemeleri Merkezi
  (AVİM)"); else the hint (``og:site_name``); else the name on the copyright line.
- **url**: the last URL of the citation; else the hint (canonical link).
- **published**: see :func:`published_date`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from annotator.core.dates import DateMention, earliest_on_or_after, find_dates
from annotator.core.models import BlockRole
from annotator.core.structure import StructuredText, byline_name
from annotator.core.turkish import search_key, turkish_lower

R = BlockRole
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+")
_CITE_LABEL = re.compile(r"^[^:]{0,60}:\s*")
_CITE_AUTHOR = re.compile(r"^(?P<surname>[^,.\"“]{2,40}),\s*(?P<given>[^.\"“]{2,60})\.\s")
_CITE_YEAR = re.compile(r"^[^\"“]*?\.\s*(?P<year>(?:19|20)\d\d)\s*\.")
_CITE_TITLE = re.compile(r"[\"“](?P<title>[^\"”]+)[\"”]\s*[.,]?\s*(?P<rest>.*)$")
_ACCESS = re.compile(r"(?:erişim(?: tarihi)?|son erişim|erişildi|accessed|retrieved|access date"
                     r"|accessed on)\W{0,3}$")
_DOC_NUMBER = re.compile(r"\b(?:no|sayı|number|issue)\s*[.:]?\s*(?P<year>(?:19|20)\d\d)"
                         r"\s*[/-]\s*\d", re.IGNORECASE)
_COPYRIGHT_NOISE = re.compile(r"©|\(c\)|copyright|tüm hakları saklıdır|her hakkı saklıdır"
                              r"|all rights reserved|\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)\d\d)?",
                              re.IGNORECASE)


@dataclass(frozen=True)
class Metadata:
    """What :func:`extract_metadata` found; ``published`` is ISO ``YYYY-MM-DD``."""

    title: str
    author: str | None
    publisher: str | None
    url: str | None
    published: str | None


def natural_case(name: str) -> str:
    """Words written in capitals become capitalised by Turkish rules ("GÜLPERİ" → "Gülperi")."""

    def fix(word: str) -> str:
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) < 2 or not all(ch.isupper() for ch in letters):
            return word
        parts = re.split(r"([-'’])", word)
        out, after_apostrophe = [], False
        for part in parts:
            if part in ("-", "'", "’"):
                after_apostrophe = part != "-"
                out.append(part)
            elif part:
                low = turkish_lower(part)
                out.append(low if after_apostrophe else part[0] + low[1:])
        return "".join(out)

    return " ".join(fix(word) for word in name.split())


def _texts(doc: StructuredText, role: BlockRole) -> list[str]:
    return [doc.block_text(i) for i, b in enumerate(doc.blocks) if b.role is role]


def _author(doc: StructuredText, citation: str | None) -> str | None:
    names: dict[str, str] = {}
    for line in _texts(doc, R.BYLINE):
        if find_dates(line):
            continue
        name = natural_case(byline_name(line))
        names.setdefault(search_key(name), name)
    if names:
        return ", ".join(names.values())
    if citation and (match := _CITE_AUTHOR.match(_CITE_LABEL.sub("", citation, count=1))):
        return natural_case(f"{match['given'].strip()} {match['surname'].strip()}")
    return None


def _publisher(citation: str | None) -> str | None:
    if not citation or not (match := _CITE_TITLE.search(citation)):
        return None
    rest = match["rest"]
    name = re.split(r",|\.\s|\s<?https?://", rest, maxsplit=1)[0].strip(" .")
    if not name or name[0].isdigit() or len(name) > 120 or _URL.match(name):
        return None
    return name


def _copyright_holder(doc: StructuredText) -> str | None:
    for line in _texts(doc, R.BOILERPLATE):
        if "©" in line or re.search(r"copyright|hakları saklıdır", line, re.IGNORECASE):
            name = _COPYRIGHT_NOISE.sub(" ", line)
            name = re.sub(r"\s+", " ", name).strip(" .,-|")
            if 2 < len(name) <= 120:
                return name
    return None


def _is_access(text: str, mention: DateMention) -> bool:
    return bool(_ACCESS.search(turkish_lower(text[max(0, mention.start - 30):mention.start])))


def _cited_dates(doc: StructuredText) -> list[date]:
    """Complete dates stated in the body and footnotes: the document is not older than these."""
    found: list[date] = []
    for index, block in enumerate(doc.blocks):
        if block.role in (R.BODY, R.FOOTNOTE, R.REFERENCE):
            found.extend(d for m in find_dates(doc.block_text(index)) if (d := m.to_date()))
    return found


def _iso_hint(hint: str | None) -> date | None:
    try:
        return date.fromisoformat(hint[:10]) if hint else None
    except ValueError:
        return None


def _with_year(mention: DateMention, citation: str, doc: StructuredText) -> date | None:
    """A year for a day and month: a document number's year, else after the latest cited date."""
    day = mention.day or 1
    if number := _DOC_NUMBER.search(citation):
        return earliest_on_or_after(mention.month, day, date(int(number["year"]), 1, 1), span=0)
    cited = _cited_dates(doc)
    return earliest_on_or_after(mention.month, day, max(cited)) if cited else None


def published_date(doc: StructuredText, citation: str | None, hint: str | None) -> date | None:
    """The publication date the document states, or ``None``.

    1. A complete date on a byline line ("13 Aralık 2023"), then a complete date in the citation
       that is not an access date (one right after "Erişim", "Accessed", "Retrieved").
    2. The reader's hint (HTML ``article:published_time`` and the like).
    3. A day and month without a year in the citation ("Aralık 13"): the year comes from a
       document-number pattern ("Yorum No.2023 / 51", "Sayı 2023-4"), else it is the first such
       day on or after the latest complete date cited in the body and footnotes (a commentary is
       published after what it cites). The citation's own year and access year are not used: many
       sites stamp the year the page was cited ("GÜNGÖR, Gülperi. 2026." with "Erişim ... 2026").
    Any candidate after the access date is dropped.
    """
    citation = citation or ""
    mentions = find_dates(citation)
    access = next((d for m in mentions if _is_access(citation, m) and (d := m.to_date())), None)
    stated = [m for m in mentions if not _is_access(citation, m)]
    candidates = [d for line in _texts(doc, R.BYLINE) for m in find_dates(line)
                  if (d := m.to_date())]
    candidates += [d for m in stated if (d := m.to_date())]
    candidates += [d for d in [_iso_hint(hint)] if d]
    candidates += [d for m in stated if m.year is None and m.day is not None
                   if (d := _with_year(m, citation, doc))]
    return next((d for d in candidates if access is None or d <= access), None)


def _fallback_title(doc: StructuredText, stem: str) -> str:
    """The first heading, else the start of the first body or title block, else the stem."""
    for index, block in enumerate(doc.blocks):
        if "heading" in block.attrs:
            return doc.block_text(index)
    for index, block in enumerate(doc.blocks):
        if block.role.annotatable:
            line = doc.block_text(index)
            if len(line) <= 120:
                return line
            return line[:120].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return stem


def extract_metadata(doc: StructuredText, hints: Mapping[str, str], stem: str) -> Metadata:
    """Metadata for a structured document; ``hints`` may hold title, author, publisher, url,
    published (ISO); ``stem`` is the file name without extension (the last-resort title)."""
    titles = _texts(doc, R.TITLE)
    citations = _texts(doc, R.CITATION)
    citation = citations[0] if citations else None
    title = titles[0] if titles else hints.get("title") or _fallback_title(doc, stem)
    urls = _URL.findall(citation) if citation else []
    published = published_date(doc, citation, hints.get("published"))
    return Metadata(
        title=title.strip() or stem,
        author=_author(doc, citation) or hints.get("author") or None,
        publisher=_publisher(citation) or hints.get("publisher") or _copyright_holder(doc),
        url=urls[-1].rstrip(".,;:)>]") if urls else hints.get("url") or None,
        published=published.isoformat() if published else None,
    )
