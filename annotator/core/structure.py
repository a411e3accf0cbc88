"""Structure detection: give each paragraph of a commentary its block role (DESIGN.md §4).

Readers hand over :class:`Paragraph` objects (text plus hints such as heading level, bold-only,
list item, caption); :func:`structure_paragraphs` decides the roles ``title, byline, body,
footnote, reference, caption, bio, citation, boilerplate``, joins body paragraphs that a line
break cut mid-sentence, and lays the blocks out as one normalised text (blocks joined by
``"\\n\\n"``, each span exact). The rules are general (think-tank and news pages: AVİM, SETA,
ORSAM, İNSAMER, ...): pattern rules for footnotes ``[n]``, captions, bios, citations, references
and contact/copyright boilerplate; position rules for the title (first heading before the prose)
and bylines (name-like lines right after it); a section state so that what follows "Kaynakça" is
a reference and what follows a citation or copyright line is footer. A paragraph no rule claims
is body. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from annotator.core.dates import find_dates
from annotator.core.models import BlockRole, BlockSpan
from annotator.core.turkish import nfc, search_key, turkish_lower

R = BlockRole


@dataclass(frozen=True)
class Paragraph:
    """One paragraph from a reader: its text and what the source format said about it."""

    text: str
    heading: int = 0  # 1..6 for a heading, 0 otherwise
    bold: bool = False  # the whole paragraph is bold
    italic: bool = False  # the whole paragraph is italic
    list_item: bool = False
    caption: bool = False  # the format marks it as a caption (<figcaption>, Word "Caption")


@dataclass(frozen=True)
class StructuredText:
    """The normalised document text and its blocks, in order, spans exact."""

    text: str
    blocks: tuple[BlockSpan, ...]

    def block_text(self, index: int) -> str:
        """The text of block ``index``."""
        block = self.blocks[index]
        return self.text[block.start:block.end]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# All patterns below match the Turkish-lower-cased paragraph text.
_RULE = _rx(r"^(?:[-*_=—–]\s*){3,}$")
_FOOTNOTE = _rx(r"^\[(\d{1,3})\]\s*\S")
_NUMBERED = _rx(r"^(\d{1,3})[.)]?\s+\S")
_CAPTION = _rx(r"^[*†]?\s*\(?(?:kapak |öne çıkan )?(?:fotoğraf|foto|görsel|resim|fotoğraf kaynağı"
               r"|görsel kaynağı|photo|photograph|image|picture|photo credit|credit)\s*:")
_SOURCE_CREDIT = _rx(r"^[*†]?\s*\(?(?:kaynak|source)\s*:")
_BIO_HEADING = _rx(r"^(?:yazar(?:lar)? hakkında|yazar(?:ın)? özgeçmişi|hakkında"
                   r"|about the authors?|about the writer|author bio(?:graphy)?)\s*:?$")
_BIO_INLINE = _rx(r"^(?:yazar(?:lar)? hakkında|about the authors?)\s*:\s*\S")
_CITATION = _rx(r"^(?:atıfta bulunmak için|atıf için|atıf|kaynak gösterimi|önerilen atıf"
                r"|alıntılamak için|bu (?:yazıya|makaleye|analize|rapora|yoruma|habere) atıf"
                r"(?: için)?|cite this"
                r"(?: article| publication| page| paper)?|to cite this(?: article| publication)?"
                r"|how to cite(?: this)?(?: article)?|suggested citation|citation)\s*:")
_REFERENCES = _rx(r"^(?:kaynakça|kaynaklar|yararlanılan kaynaklar|bibliyografya|references"
                  r"|bibliography|works cited|sources)\s*:?$")
_NOTES = _rx(r"^(?:dipnotlar?|notlar|son ?notlar|notes|endnotes|footnotes)\s*:?$")
_BOILERPLATE = (
    _rx(r"^©|©\s*\d{4}|^\(c\)\s*\d{4}|\bcopyright\b|tüm hakları saklıdır|her hakkı saklıdır"
        r"|all rights reserved"),
    _rx(r"^(?:tel|telefon|phone|faks|fax|gsm|cep|e-?posta|e-?mail|mail|web|website|adres|address"
        r"|santral)\s*\.?\s*:"),
    _rx(r"^@[\w.]+$"),
    _rx(r"^<?(?:https?://|www\.)\S+?>?$"),
    _rx(r"^[\w.+-]+@[\w-]+\.[\w.-]+$"),
    _rx(r"/\s*(?:türkiye|turkey)$"),
    _rx(r"^(?:facebook|twitter|x|instagram|linkedin|youtube|telegram|whatsapp|rss)$"),
    _rx(r"izinsiz (?:kullanılamaz|alıntılanamaz|yayımlanamaz)"),
)
_NAV = _rx(r"^(?:paylaş|share|tweet|yazdır|print|abone ol|subscribe|ana ?sayfa|home|etiketler"
           r"|tags|anahtar kelimeler|önceki|sonraki|ilgili (?:yazılar|haberler|içerikler)"
           r"|related (?:articles|posts)|bizi takip edin|follow us|okunma|yorum yap|yorumlar"
           r"|comments)\b")
_ADDRESS_WORD = _rx(r"\b(?:sok|sk|sokak|sokağı|cad|cd|caddesi|mah|mahallesi|bulvarı|blv|no\s*:"
                    r"|kat\s*:|daire|plaza|posta kodu)\b")
_POSTCODE = _rx(r"(?<!\d)\d{5}(?!\d)")
_BYLINE_PREFIX = _rx(r"^(?:yazar|yazan|yazarlar|hazırlayan|by|author|authors)\s*[:\-]\s*\S")
_BYLINE_NAME = re.compile(r"^(?:yazar|yazan|yazarlar|hazırlayan|by|author|authors)(?:\s*[:\-]|\s)"
                          r"\s*", re.IGNORECASE)
_SUFFIXED = _rx(r"\w['’][a-zçğıöşü]+$")
_NAME_WORD = _rx(r"^(?:[A-ZÇĞİÖŞÜÂÎÛ][\w'’.-]*|ve|and|&|-|–|[a-zçğıöşü]{1,3}\.)$")
_NOT_NAMES = frozenset(search_key(word) for word in (
    "giriş", "sonuç", "özet", "arka", "plan", "değerlendirme", "genel", "analiz", "yorum",
    "introduction", "conclusion", "summary", "background", "abstract", "bölüm"))
_TERMINAL = _rx(r"[.!?…][\"”»')\]]*$")
_MARKER = re.compile(r"\[(\d{1,3})\]")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+")


def _low(text: str) -> str:
    return turkish_lower(text)


def is_boilerplate(text: str) -> bool:
    """True for contact lines, copyright notices, bare links and handles, navigation words."""
    low = _low(text)
    if any(rule.search(low) for rule in _BOILERPLATE) or _RULE.match(low):
        return True
    if len(low) <= 120 and _NAV.match(low):
        return True
    return bool(_POSTCODE.search(low) and _ADDRESS_WORD.search(low) and len(low) <= 200)


def _opens_footer(text: str) -> bool:
    """Copyright, contact and address lines: after the body, what follows them is footer."""
    low = _low(text)
    return bool(_BOILERPLATE[0].search(low) or _BOILERPLATE[1].match(low)
                or (_POSTCODE.search(low) and _ADDRESS_WORD.search(low)))


def _is_prose(para: Paragraph) -> bool:
    return not para.heading and len(para.text) >= 120 and bool(_TERMINAL.search(para.text))


def _is_heading_like(para: Paragraph) -> bool:
    return para.heading > 0 or (para.bold and len(para.text) <= 150
                                and not _TERMINAL.search(para.text))


def is_byline(text: str) -> bool:
    """True for a short name-like line ("Gülperi GÜNGÖR", "Prof. Dr. A. Yılmaz ve B. Kaya")."""
    if len(text) > 100:
        return False
    if _BYLINE_PREFIX.match(_low(text)):
        return True
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 8 or any(ch.isdigit() for ch in text):
        return False
    if text.endswith(".") and not re.search(r"\b\w{1,4}\.$", text):
        return False
    if any(search_key(word) in _NOT_NAMES or _SUFFIXED.search(word) for word in words):
        return False  # "Türkiye'nin Yeni Rotası" is a subtitle, not a name ("O'Brien" is)
    return all(_NAME_WORD.match(word) for word in words)


def byline_name(text: str) -> str:
    """A byline without its "Yazar:"/"By" prefix."""
    return _BYLINE_NAME.sub("", text).strip(" ,;-")


def _is_date_line(text: str) -> bool:
    if len(text) > 60:
        return False
    covered = sum(m.end - m.start for m in find_dates(text))
    return covered >= 0.6 * len(text.strip(" .,-|"))


def _title_index(paras: Sequence[Paragraph]) -> int | None:
    """The title: the top heading before the first prose paragraph, else a short first line."""
    head: list[int] = []
    for index, para in enumerate(paras[:12]):
        if _is_prose(para):
            break
        head.append(index)
    headings = [i for i in head if paras[i].heading]
    if headings:
        top = min(paras[i].heading for i in headings)
        return next(i for i in headings if paras[i].heading == top)
    for index in head:
        text = paras[index].text
        if is_boilerplate(text) or _is_date_line(text) or len(text) > 250:
            continue
        if paras[index].bold or not _TERMINAL.search(text) or text.endswith(("?", "!")):
            return index
        break
    return None


def _pattern_role(para: Paragraph, low: str) -> tuple[BlockRole, str] | None:
    """A role that the paragraph's own text decides, with the section it opens ('' = none)."""
    if _FOOTNOTE.match(low):
        return R.FOOTNOTE, "notes"
    if _CITATION.match(low):
        return R.CITATION, "tail"
    if _BIO_HEADING.match(low) or _BIO_INLINE.match(low):
        return R.BIO, "bio"
    if _REFERENCES.match(low):
        return R.REFERENCE, "references"
    if _NOTES.match(low):
        return R.FOOTNOTE, "notes"
    if para.caption or (len(low) <= 200 and _CAPTION.match(low)) or (
            len(low) <= 120 and _SOURCE_CREDIT.match(low)):
        return R.CAPTION, ""
    if is_boilerplate(para.text):
        return R.BOILERPLATE, ""
    return None


def _section_role(section: str, para: Paragraph, low: str, authors: list[str]) -> BlockRole:
    """The role of a paragraph no pattern claimed, from the section it stands in."""
    if section in ("notes", "references", "tail") and authors and any(
            search_key(para.text[:120]).startswith(name) for name in authors):
        return R.BIO  # "Gülperi Güngör, 2015 yılında ..." after the body
    if section == "notes":
        numbered = _NUMBERED.match(low) or _URL.search(low) or re.search(r"\b(?:19|20)\d\d\b", low)
        return R.FOOTNOTE if numbered else R.BODY
    if section == "references":
        return R.REFERENCE
    if section == "bio":
        return R.BIO
    if section == "tail":
        return R.BOILERPLATE if len(para.text) <= 300 else R.BODY
    return R.BODY


def assign_roles(paras: Sequence[Paragraph]) -> list[BlockRole]:
    """The role of each paragraph (see the module docstring for the rules)."""
    roles = [R.BODY] * len(paras)
    title = _title_index(paras)
    start = 0
    authors: list[str] = []
    if title is not None:
        for index in range(title):
            roles[index] = R.BODY if _is_prose(paras[index]) else R.BOILERPLATE
        roles[title] = R.TITLE
        start = title + 1
        while start < len(paras) and start <= title + 4 and (
                is_byline(paras[start].text) or _is_date_line(paras[start].text)):
            roles[start] = R.BYLINE
            if not _is_date_line(paras[start].text):
                authors.append(search_key(byline_name(paras[start].text)))
            start += 1
    section, seen_body = "body", False
    for index in range(start, len(paras)):
        para = paras[index]
        low = _low(para.text)
        found = _pattern_role(para, low)
        if found and section in ("notes", "references") and _BOILERPLATE[3].match(low):
            found = None  # a bare link among notes or references is one of them
        if found is None:
            roles[index] = _section_role(section, para, low, authors)
            seen_body = seen_body or roles[index] is R.BODY
            continue
        roles[index], opens = found
        if opens:
            section = opens
        elif seen_body and _opens_footer(para.text):
            section = "tail"
    return roles


def _ends_mid_sentence(text: str, following: str) -> bool:
    """True when ``text`` stops mid-sentence and ``following`` carries the sentence on."""
    if text.endswith(","):
        return True
    last, first = text[-1], following[:1]
    return last.isalpha() and last.islower() and first.isalpha() and first.islower()


def _repair(paras: list[Paragraph], roles: list[BlockRole]) -> tuple[list[Paragraph],
                                                                    list[BlockRole]]:
    """Join body paragraphs cut mid-sentence (not headings or list items) with one space."""
    out_paras: list[Paragraph] = []
    out_roles: list[BlockRole] = []
    for para, role in zip(paras, roles, strict=True):
        if out_paras and role is R.BODY and out_roles[-1] is R.BODY:
            prev = out_paras[-1]
            plain = not (_is_heading_like(prev) or _is_heading_like(para) or prev.list_item
                         or para.list_item)
            if plain and _ends_mid_sentence(prev.text, para.text):
                out_paras[-1] = replace(prev, text=f"{prev.text} {para.text}")
                continue
        out_paras.append(para)
        out_roles.append(role)
    return out_paras, out_roles


def _attrs(para: Paragraph, role: BlockRole, text: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    if role is R.FOOTNOTE:
        number = _FOOTNOTE.match(text) or _NUMBERED.match(text)
        if number:
            attrs["number"] = number.group(1)
        if url := _URL.search(text):
            attrs["url"] = url.group(0).rstrip(".,;:)]>")
    if para.heading:
        attrs["heading"] = str(para.heading)
    elif _is_heading_like(para) and role in (R.BODY, R.TITLE):
        attrs["emphasis"] = "bold"
    if para.list_item:
        attrs["list_item"] = "true"
    return attrs


def structure_paragraphs(paragraphs: Sequence[Paragraph]) -> StructuredText:
    """Assign roles, repair cut paragraphs and lay the blocks out as one text with exact spans.

    Readers normalise paragraph text (:func:`annotator.core.markdown_text.normalize_paragraph`);
    here white space is collapsed once more (a block never holds a newline) and empty ones dropped.
    A caption's leading note marker (``*Fotoğraf: ...``) is dropped from its text.
    """
    paras = [replace(p, text=nfc(" ".join(p.text.split()))) for p in paragraphs if p.text.strip()]
    paras, roles = _repair(paras, assign_roles(paras))
    parts: list[str] = []
    blocks: list[BlockSpan] = []
    offset = 0
    for para, role in zip(paras, roles, strict=True):
        text = para.text.strip()
        if role is R.CAPTION:
            text = re.sub(r"^[*†]+\s*", "", text) or text
        if parts:
            offset += 2
        blocks.append(BlockSpan(role, offset, offset + len(text), paragraph=len(blocks),
                                attrs=_attrs(para, role, text)))
        parts.append(text)
        offset += len(text)
    return StructuredText("\n\n".join(parts), tuple(blocks))


@dataclass(frozen=True)
class FootnoteMarker:
    """A ``[n]`` marker in an annotatable block and the footnote block it points to, if any."""

    number: int
    start: int  # document offsets of "[n]"
    end: int
    block: int  # index of the block holding the marker
    footnote: int | None  # index of the footnote block numbered n


def footnote_markers(text: str, blocks: Sequence[BlockSpan]) -> list[FootnoteMarker]:
    """Every ``[n]`` marker in the title and body blocks, linked to footnote ``n`` when it exists.

    Footnote blocks are matched by their ``number`` attribute; the first block with that number
    wins. ``[ ]`` and markers inside footnotes, bios or citations are not markers.
    """
    by_number: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if block.role is R.FOOTNOTE and block.attrs.get("number", "").isdigit():
            by_number.setdefault(int(block.attrs["number"]), index)
    markers: list[FootnoteMarker] = []
    for index, block in enumerate(blocks):
        if not block.role.annotatable:
            continue
        for match in _MARKER.finditer(text, block.start, block.end):
            number = int(match.group(1))
            markers.append(FootnoteMarker(number, match.start(), match.end(), index,
                                          by_number.get(number)))
    return markers


def footnote_links(text: str, blocks: Sequence[BlockSpan]) -> dict[int, int]:
    """Marker number → index (in ``blocks``) of its footnote block, for markers that have one."""
    return {m.number: m.footnote for m in footnote_markers(text, blocks) if m.footnote is not None}
