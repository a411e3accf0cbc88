"""Rule-based Turkish sentence splitter that returns character offsets.

Pure Python (stdlib ``re`` only), no I/O.  :func:`split_sentences` returns ``(start, end)``
spans - end-exclusive ``str`` indices, in order, non-overlapping, stripped of surrounding
whitespace and never empty.  Every non-whitespace character of the input lies in exactly one
span, so nothing is lost: the gaps between spans hold only whitespace.

Rules, applied to every *candidate*: a run of ``. ! ? …`` followed by optional closing
quotes/brackets, optional footnote markers ``[n]`` and then whitespace or the end of text.
"Next word" is the first word after the candidate, behind any opening quotes/brackets.

1. **Lowercase next word.**  After ``?``, ``!``, ``...``/``…`` or a period with attached closing
   quotes there is no boundary (``Giir! diye gürledi.``, ``Bekledi... ve gitti.``,
   ``"Gidiyorum." dedi.``).  After a bare period it is no boundary either when the period ends
   an abbreviation, a number, an ordinal word (``yirmi. yüzyıl``), a vowel-less or dotted token
   (``vb.``, ``avim.org.tr.``) or a single letter, or when the next word is a quotative verb
   (``dedi``, ``diye``); after any other word a lowercase next word starts a new sentence
   (``avukattı. bu yana`` - sloppy or number-normalised text, tuned on UD IMST train).
2. **Abbreviations.**  A period after a curated abbreviation (``abbreviations_tr.NON_FINAL``:
   titles, ranks, address parts, reference words, company suffixes) is never a boundary.
   Matching ignores case and the İ/I/ı/i distinction (``DOÇ.``, ``Doç.``); entries that are
   also common words (``Bul.``, ``Gör.``, ``Sok.``) count only when capitalised; ``Doç.Dr.``
   is checked by its last part.  ``vb.``, ``vs.``, ``etc.`` (``MAY_END``) may end a sentence
   before an uppercase word.
3. **Initials and ordinals.**  A period after a single capital letter (``J.``, ``A. B.``,
   ``T.C.``) or a Roman numeral (``II. Dünya``) is no boundary.  A 1-3 digit number is an
   ordinal (``3. Bölüm``, ``12. Sayfası``: no boundary) unless the word before it labels a
   cardinal (``Ek 2.``, ``s. 45.``, ``Aralık 13.``) or the next word typically opens a sentence
   (``Bu``, ``Ancak``, ``Sonra``).  4+ digits (a year: ``... 2023. Sonra``) end the sentence.
   Dates, decimals, percentages, URLs and e-mail addresses (``13.12.2023``, ``1.5``, ``%3.5``,
   ``https://x.y/z.html``, ``info@avim.org.tr``) are never split inside because a candidate
   needs whitespace after it and they contain none; a period right after them is an ordinary
   terminator.  ``(!)``, ``(?)``, ``(...)`` are never boundaries.
4. **Quoted speech.**  ``?``/``!`` before an uppercase word is no boundary when the following
   ``?``/``!`` clauses end in ``diye``/``dedi`` (``O kim? Bir kadın, değil mi? diye sordu.``).
5. **What the sentence keeps.**  Closing quotes/brackets attached to the terminator
   (``Geldi." Sonra``) and footnote markers (``artırmıştı.[1] ABD``, ``.[1][2]``) stay with the
   sentence that ends.  So does a marker after spaces (``etmiştir. [4]``) when no newline
   precedes it and the end of text, a newline or a non-lowercase word follows it, and a lone
   spaced ``"`` followed by a lowercase word (``mısınız? " diye``); any other lone ``"`` after
   a terminator opens the next sentence (as in tokenised news text with spaced quotes).
6. **Line structure.**  A blank line is always a boundary.  A single newline is a boundary
   when the next line starts a list item (``-``, ``*``, ``•``, ``1.``, ``1)``, ``a)``, ``[1]``),
   or when the current line has no terminal punctuation, does not end in ``, ; - ( /``, has at
   most 12 words, the next line does not start lowercase and the line looks deliberate: it ends
   with ``:``, is all capitals or Markdown (``#``, ``**``), belongs to a block of short lines
   (widest line < 50 characters) or is shorter than 70 % of the block's widest line.  So a
   hard-wrapped paragraph line (about as wide as its neighbours) continues.
7. Otherwise a candidate followed by an uppercase letter, a digit or other punctuation is a
   boundary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from annotator.core.abbreviations_tr import (
    CAPITALISED_ONLY,
    CARDINAL_LABELS,
    MAY_END,
    NON_FINAL,
    SENTENCE_STARTERS,
    TURKISH_ABBREVIATIONS,
    fold,
)

__all__ = ["TURKISH_ABBREVIATIONS", "SentenceSplitter", "split_sentences"]

_CANDIDATE = re.compile(
    r"(?P<term>[.!?…]+)(?P<close>[\"'”’»›)\]]*)(?P<notes>(?:\[\d{1,3}\])*)(?=\s|\Z)"
)
_OPENERS = "([{\"'“‘«‹<*_"
_WS = re.compile(r"\s*")
_NEXT_WORD = re.compile(r"[\"'“‘«‹(\[*_]*(\w[\w'’-]*)?")
_NOTES = re.compile(r"(?:\[\d{1,3}\])+")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[A-ZÇĞİÖŞÜÂÎÛ]")
_ORDINAL = re.compile(r"\d{1,3}|(?=\w\w)X{0,3}(?:IX|IV|V?I{0,3})")
_NUM = (
    r"(?:bir|iki|üç|uc|dört|dort|beş|bes|altı|alti|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|kirk|"
    r"elli|altmış|altmis|yetmiş|yetmis|seksen|doksan|yüz|yuz|bin|milyon|milyar|trilyon|"
    r"buçuk|bucuk|dörd|dord)+"
)
_NUMBER_WORD = re.compile(_NUM + r"(?:-" + _NUM + r")*(?:[ıiuü]?nc[ıiuü])?(?:['’]\w*)?")
_QUOTATIVE = re.compile(r"d[ei](?:d|m|y|r|ğ)\w*")
_VOWEL = re.compile(r"[aeıioöuüâîûAEIİOÖUÜÂÎÛ]")
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
        self._longest = max(len(key) for key in self._non_final)

    def split(self, text: str) -> list[tuple[int, int]]:
        """Spans of the sentences of ``text``; see :func:`split_sentences`."""
        if not text or text.isspace():
            return []
        cuts = set(_line_cuts(text))
        for m in _CANDIDATE.finditer(text):
            cut = self._decide(text, m)
            if cut is not None:
                cuts.add(cut)
        return _spans(text, sorted(cuts))

    def _decide(self, text: str, m: re.Match[str]) -> int | None:
        """Return the end of the sentence closed by candidate ``m`` or None if no boundary."""
        s = m.start()
        term, close, notes = m.group("term", "close", "notes")
        if s > 0 and text[s - 1] == "(" and close.startswith(")"):
            return None  # (!) (?) (...)
        end, n = _extend(text, m.end())
        if n >= len(text):
            return end
        word = _word_at(text, n)
        prev = _previous_token(text, s)
        bare_period = term == "." and not close and not notes
        if word[:1].islower():
            if bare_period and self._ordinary_word(prev) and not _QUOTATIVE.fullmatch(word):
                return end
            return None
        if bare_period and (
            self._is_abbreviation(prev)
            or _INITIALS.fullmatch(prev)
            or (_ORDINAL.fullmatch(prev) and _reads_as_ordinal(text, s - len(prev), word))
        ):
            return None
        if ("?" in term or "!" in term) and _quoted_utterance_continues(text, n):
            return None
        return end

    def _is_abbreviation(self, token: str) -> bool:
        if not token or (len(token) > self._longest and "." not in token):
            return False
        key = fold(token)
        if key not in self._non_final:
            last = token.rsplit(".", 1)[-1]  # "Doç.Dr" -> "Dr"
            return last != token and last[:1].isupper() and self._is_abbreviation(last)
        return key not in self._capitalised_only or token[0].isupper()

    def _ordinary_word(self, token: str) -> bool:
        """True for a plain word (no abbreviation, number or ordinal) that can end a sentence."""
        if len(token) < 2 or not token[0].isalpha() or "." in token or not _VOWEL.search(token):
            return False
        key = fold(token)
        if key in self._non_final or key in self._may_end:
            return False
        return not _NUMBER_WORD.fullmatch(token.lower())


def _skip_ws(text: str, pos: int) -> int:
    m = _WS.match(text, pos)
    return m.end() if m else pos


def _word_at(text: str, pos: int) -> str:
    """The word starting at ``pos`` behind any opening quotes/brackets ("" if none)."""
    m = _NEXT_WORD.match(text, pos)
    return (m.group(1) or "") if m else ""


def _extend(text: str, end: int) -> tuple[int, int]:
    """Attach spaced footnote markers and a spaced closing quote to the sentence.

    Returns the (possibly moved) sentence end and the start of the next non-space text.
    """
    n = _skip_ws(text, end)
    nxt = text[n : n + 1]
    if nxt == "[" and "\n" not in text[end:n]:
        notes = _NOTES.match(text, n)
        if notes:
            after = _skip_ws(text, notes.end())
            gap = text[notes.end() : after]
            if after >= len(text) or "\n" in gap or not text[after].islower():
                return notes.end(), after
    elif nxt == '"' and (n + 1 == len(text) or text[n + 1].isspace()):
        after = _skip_ws(text, n + 1)
        if _word_at(text, after)[:1].islower():
            return n + 1, after  # `... ne dersiniz? " diye sordu.`
    return end, n


def _previous_token(text: str, pos: int) -> str:
    """The non-space run that ends at ``pos`` (at most 80 characters), minus opening marks."""
    lo = max(0, pos - 80)
    token = text[max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos), lo - 1) + 1 : pos]
    if not token.isprintable():  # tab, NBSP or another exotic space inside
        parts = re.split(r"\s", token)
        token = parts[-1]
    return token.lstrip(_OPENERS)


def _reads_as_ordinal(text: str, start: int, word: str) -> bool:
    """For a small number ending at a period: ordinal ("3. Bölüm") or cardinal ("Ek 2. Bu")?"""
    if fold(word) in SENTENCE_STARTERS:
        return False
    return fold(_previous_token(text, max(0, start - 1)).rstrip(".:")) not in CARDINAL_LABELS


def _quoted_utterance_continues(text: str, pos: int, hops: int = 3) -> bool:
    """True if ``?``/``!`` clauses from ``pos`` on end in ``?``/``!`` + ``diye``/``dedi``.

    Quote-less dialogue such as ``O kim? Bir kadın, değil mi? diye sordu.`` is one sentence.
    """
    for _ in range(hops):
        m = _CANDIDATE.search(text, pos, min(len(text), pos + 500))
        if m is None or ("?" not in m.group("term") and "!" not in m.group("term")):
            return False
        n = _skip_ws(text, m.end())
        word = _word_at(text, n)
        if _QUOTATIVE.fullmatch(word):
            return True
        if not word[:1].isupper():
            return False
        pos = n
    return False


def _line_cuts(text: str) -> list[int]:
    """Cut positions implied by blank lines, list items and heading-like lines."""
    if "\n" not in text:
        return []
    cuts: list[int] = []
    block: list[tuple[int, str]] = []  # (end offset, stripped text) of consecutive lines
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
    for (end, cur), (_, nxt) in pairwise(block):
        if _LIST_ITEM.match(nxt) or _looks_like_heading(cur, nxt, widest):
            cuts.append(end)
    return cuts


def _looks_like_heading(cur: str, nxt: str, widest: int) -> bool:
    first = _word_at(nxt, 0) or nxt
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


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Cut ``text`` at ``cuts`` and strip each piece; drop empty pieces."""
    spans = []
    prev = 0
    for cut in [*cuts, len(text)]:
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
