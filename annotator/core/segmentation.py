"""Rule-based Turkish sentence splitter that returns character offsets.

Pure Python (stdlib ``re`` only), no I/O.  :func:`split_sentences` returns ``(start, end)``
spans - end-exclusive ``str`` indices, in order, non-overlapping, stripped of surrounding
whitespace and never empty.  Every non-whitespace character of the input lies in exactly one
span, so nothing is lost: the gaps between spans hold only whitespace.

Rules (applied to every *candidate*: a run of ``. ! ? …`` followed by optional closing
quotes/brackets, optional footnote markers ``[n]`` and then whitespace or the end of text):

1. **Lowercase continues.**  If the next word (after any opening quotes/brackets) starts with a
   lowercase letter there is no boundary: ``"Gidiyorum." dedi.``, ``Giir! diye gürledi.``,
   ``Bekledi... ve gitti.``  Exception: after an ordinary word, a next word that is a spelled-out
   cardinal (``üç``, ``onbeş``, ``ikibinbir'de``) does start a sentence; text-normalised corpora
   such as UD IMST write sentence-initial numbers that way.
2. **Abbreviations.**  After a period that directly follows a curated abbreviation
   (``abbreviations_tr.NON_FINAL``: titles, ranks, address parts, reference words, company
   suffixes) there is never a boundary.  Matching ignores case and the İ/I/ı/i distinction;
   abbreviations that are also common words (``Bul.``, ``Gör.``, ``Sok.``) only count when
   capitalised.  ``vb.``, ``vs.``, ``etc.`` (``MAY_END``) may end a sentence.
3. **Initials and ordinals.**  A period after a single capital letter (``J.``, ``A. B.``,
   ``T.C``), after a 1-3 digit number (``3. Bölüm``, ``Aralık 13.``) or after a Roman numeral
   (``II. Dünya``) is no boundary.  A 4+ digit number (a year: ``... 2023. Sonra``) is.  Dates,
   decimals and percentages (``13.12.2023``, ``1.5``, ``%3.5``) never form candidates because no
   whitespace follows their periods; the same holds inside URLs and e-mail addresses, which are
   additionally protected.  ``(!)``, ``(?)`` and ``(...)`` are never boundaries.
4. **What the sentence keeps.**  Closing quotes/brackets attached to the terminator
   (``Geldi." Sonra``) and footnote markers (``artırmıştı.[1] ABD``, ``.[1][2]``) stay with the
   sentence that ends.  So does a marker separated by spaces (``etmiştir. [4]``) when it is
   followed by the end of text, a newline or a non-lowercase word, and a lone straight ``"``
   after ``. `` when an odd number of ``"`` precede it in the paragraph (it closes a quote).
5. **Line structure.**  A blank line is always a boundary.  A single newline is a boundary
   when the next line starts a list item (``-``, ``*``, ``•``, ``1.``, ``1)``, ``a)``, ``[1]``),
   or when the current line has no terminal punctuation, does not end in ``, ; - ( /``, has at
   most 12 words, the next line does not start lowercase and the line looks deliberate: it ends
   with ``:``, is all capitals or Markdown (``#``, ``**``), belongs to a block of short lines
   (widest line < 50 characters) or is shorter than 70 % of the block's widest line.  So a
   hard-wrapped paragraph line (about as wide as its neighbours) continues.
6. Otherwise a candidate followed by an uppercase letter, a digit or other punctuation is a
   boundary.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from annotator.core.abbreviations_tr import (
    CAPITALISED_ONLY,
    MAY_END,
    NON_FINAL,
    TURKISH_ABBREVIATIONS,
    fold,
)

__all__ = ["TURKISH_ABBREVIATIONS", "SentenceSplitter", "split_sentences"]

_CANDIDATE = re.compile(
    r"(?P<term>[.!?…]+)(?P<close>[\"'”’»›)\]]*)(?P<notes>(?:\[\d{1,3}\])*)(?=\s|\Z)"
)
_PREV_TOKEN = re.compile(r"\S*\Z")
_OPENERS = "([{\"'“‘«‹<*_"
_WS = re.compile(r"\s*")
_NEXT_WORD = re.compile(r"[\"'“‘«‹(\[*_]*(\w[\w'’-]*)?")
_NOTES = re.compile(r"(?:\[\d{1,3}\])+")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_ORDINAL = re.compile(r"\d{1,3}|(?=\w\w)X{0,3}(?:IX|IV|V?I{0,3})")
_NUM = (
    r"(?:bir|iki|üç|uc|dört|dort|beş|bes|altı|alti|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|kirk|"
    r"elli|altmış|altmis|yetmiş|yetmis|seksen|doksan|yüz|yuz|bin|milyon|milyar|trilyon|"
    r"buçuk|bucuk)+"
)
_NUMBER_WORD = re.compile(_NUM + r"(?:-" + _NUM + r")*(?:['’]\w*)?")
_PROTECTED = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)'’”]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_LINE = re.compile(r"^[^\n]*", re.MULTILINE)
_LIST_ITEM = re.compile(r"(?:[-*•·▪●–—]|\d{1,3}[.)]|[a-zA-Z][)]|\[\d{1,3}\])(?:\s|\Z)")
_HEADING_MARKUP = re.compile(r"#{1,6}\s|\*\*.*\*\*$|__.*__$")
_NO_HEADING_END = ",;-–—(/&+"
_TERMINAL_END = re.compile(r"[.!?…][\"'”’»›)\]]*(?:\[\d{1,3}\])*$")


def _fold_set(entries: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(e.strip()) for e in entries if e.strip())


class SentenceSplitter:
    """Sentence splitter; build once and call :meth:`split` many times."""

    def __init__(self, extra_abbreviations: Iterable[str] = ()) -> None:
        extra = _fold_set(extra_abbreviations)
        self._non_final = _fold_set(NON_FINAL) | extra
        self._may_end = _fold_set(MAY_END)
        self._capitalised_only = frozenset(CAPITALISED_ONLY) - extra

    def split(self, text: str) -> list[tuple[int, int]]:
        """Spans of the sentences of ``text``; see :func:`split_sentences`."""
        if not text or text.isspace():
            return []
        ctx = _Context(text)
        cuts = set(self._line_cuts(text))
        for m in _CANDIDATE.finditer(text):
            cut = self._decide(ctx, m)
            if cut is not None:
                cuts.add(cut)
        return _spans(text, sorted(cuts))

    # -- punctuation candidates -------------------------------------------------------------
    def _decide(self, ctx: _Context, m: re.Match[str]) -> int | None:
        """Return the end of the sentence closed by candidate ``m`` or None if no boundary."""
        text, s, close = ctx.text, m.start(), m.group("close")
        if ctx.protected(s) or (s > 0 and text[s - 1] == "(" and close.startswith(")")):
            return None
        end = self._extend(ctx, m.end())
        n = _WS.match(text, end).end()
        if n >= len(text):
            return end
        word = _NEXT_WORD.match(text, n).group(1) or ""
        prev = _PREV_TOKEN.search(text, max(0, s - 80), s).group().lstrip(_OPENERS)
        if word[:1].islower():
            if _NUMBER_WORD.fullmatch(word) and self._ordinary_word(prev):
                return end
            return None
        if m.group("term") == "." and not close and not m.group("notes"):
            if self._is_abbreviation(prev) or _INITIALS.fullmatch(prev):
                return None
            if _ORDINAL.fullmatch(prev):
                return None
        return end

    def _extend(self, ctx: _Context, end: int) -> int:
        """Attach spaced footnote markers and a spaced closing quote to the sentence."""
        text = ctx.text
        n = _WS.match(text, end).end()
        if n < len(text) and text[n] == "[" and "\n" not in text[end:n]:
            notes = _NOTES.match(text, n)
            if notes:
                after = _WS.match(text, notes.end()).end()
                gap = text[notes.end() : after]
                if after >= len(text) or "\n" in gap or not text[after].islower():
                    return notes.end()
        if (
            n < len(text)
            and text[n] == '"'
            and (n + 1 == len(text) or text[n + 1].isspace())
            and ctx.quote_is_closing(n)
        ):
            return n + 1
        return end

    def _is_abbreviation(self, token: str) -> bool:
        if not token:
            return False
        key = fold(token)
        if key not in self._non_final:
            last = token.rsplit(".", 1)[-1]  # "Doç.Dr" -> "Dr"
            return last != token and last[:1].isupper() and self._is_abbreviation(last)
        return key not in self._capitalised_only or token[0].isupper()

    def _ordinary_word(self, token: str) -> bool:
        """True for a plain word that may end a sentence before a spelled-out number."""
        if len(token) < 2 or not token[0].isalpha():
            return False
        key = fold(token)
        if key in self._non_final or key in self._may_end or _INITIALS.fullmatch(token):
            return False
        return not _NUMBER_WORD.fullmatch(token) and not _ORDINAL.fullmatch(token)

    # -- line structure ---------------------------------------------------------------------
    def _line_cuts(self, text: str) -> list[int]:
        """Cut positions implied by blank lines, list items and heading-like lines."""
        if "\n" not in text:
            return []
        cuts: list[int] = []
        block: list[tuple[int, str]] = []
        for m in _LINE.finditer(text):
            line = m.group().strip()
            if line:
                block.append((m.end(), line))
                continue
            if block:
                cuts.extend(_block_cuts(block))
                cuts.append(block[-1][0])
                block = []
        if block:
            cuts.extend(_block_cuts(block))
        return cuts


def _block_cuts(block: list[tuple[int, str]]) -> list[int]:
    """Cuts between consecutive lines of one block (no blank line inside)."""
    widest = max(len(line) for _, line in block)
    cuts = []
    for (end, cur), (_, nxt) in zip(block, block[1:]):
        if _LIST_ITEM.match(nxt):
            cuts.append(end)
        elif _looks_like_heading(cur, nxt, widest):
            cuts.append(end)
    return cuts


def _looks_like_heading(cur: str, nxt: str, widest: int) -> bool:
    first = _NEXT_WORD.match(nxt).group(1) or nxt
    if _TERMINAL_END.search(cur) or cur[-1] in _NO_HEADING_END or first[0].islower():
        return False
    if len(cur.split()) > 12:
        return False
    if cur.endswith(":") or _HEADING_MARKUP.match(cur) or widest < 50:
        return True
    letters = [c for c in cur if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    return len(cur) < 0.7 * widest


class _Context:
    """Per-call lazily computed lookups (protected spans, quote positions, paragraphs)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._protected: list[tuple[int, int]] | None = None
        self._quotes: list[int] | None = None
        self._paragraphs: list[int] | None = None

    def protected(self, pos: int) -> bool:
        if self._protected is None:
            t = self.text
            has_any = "://" in t or "www." in t or "@" in t
            self._protected = [m.span() for m in _PROTECTED.finditer(t)] if has_any else []
        if not self._protected:
            return False
        i = bisect_right(self._protected, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self._protected[i][0] <= pos < self._protected[i][1]

    def quote_is_closing(self, pos: int) -> bool:
        """True if an odd number of straight double quotes precede ``pos`` in its paragraph."""
        if self._quotes is None:
            self._quotes = [m.start() for m in re.finditer('"', self.text)]
            self._paragraphs = [m.end() for m in re.finditer(r"\n[^\S\n]*\n", self.text)]
        assert self._paragraphs is not None
        i = bisect_right(self._paragraphs, pos)
        start = self._paragraphs[i - 1] if i else 0
        count = bisect_left(self._quotes, pos) - bisect_left(self._quotes, start)
        return count % 2 == 1


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Cut ``text`` at ``cuts`` and strip each piece; drop empty pieces."""
    spans = []
    prev = 0
    for cut in cuts + [len(text)]:
        if cut <= prev:
            continue
        piece = text[prev:cut]
        stripped = piece.strip()
        if stripped:
            start = prev + (len(piece) - len(piece.lstrip()))
            spans.append((start, start + len(stripped)))
        prev = cut
    return spans


_DEFAULT: SentenceSplitter | None = None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end), end-exclusive Python str indices, in order, non-overlapping,
    each stripped of surrounding whitespace, non-empty; every non-whitespace character of
    `text` lies in exactly one span (so nothing is lost; the gaps hold only whitespace)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = SentenceSplitter()
    return _DEFAULT.split(text)
