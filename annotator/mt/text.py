"""Text handling around an engine call: cache keys, footnote markers, whitespace, long text.

Engines strip whitespace and mangle or drop footnote markers such as ``[12]``, and each has an
input limit. So a sentence is *prepared* before sending: outer whitespace and ``[n]`` markers are
taken off (:func:`prepare`), the rest is cut at clause boundaries into pieces that fit the limit
(:func:`split_to_fit`), and after translation the pieces are joined with their original
separators and the markers and whitespace put back (:meth:`Prepared.finish`). A marker at the end
of the sentence keeps its place relative to the final punctuation (``geldi.[3]`` → ``came.[3]``,
``geldi[3].`` → ``came[3].``); a marker in the middle cannot be placed reliably in another
language's word order, so it moves to the end, before the final punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

MARKER = re.compile(r"\[\d{1,4}\]")
_CLOSERS = "\"'”’»)"
_FINAL = re.compile(rf"[.!?…]+[{_CLOSERS}]*$")
_TAIL = re.compile(rf"(?:[\s.!?…;:,{_CLOSERS}]|\[\d{{1,4}}\])*$")
# Cut points, best first: after a sentence end, then ';', ':', ',', then any whitespace.
_BOUNDARIES = (
    re.compile(rf"[.!?…]+[{_CLOSERS}]*\s+"),
    re.compile(r";\s*"),
    re.compile(r":\s+"),
    re.compile(r",\s*"),
    re.compile(r"\s+"),
)


@dataclass(frozen=True)
class Prepared:
    """A sentence ready to send: ``core`` has no outer whitespace and no footnote markers."""

    lead: str
    core: str
    trail: str
    before_final: tuple[str, ...]
    after_final: tuple[str, ...]

    def finish(self, translation: str) -> str:
        """Put markers and outer whitespace back around the translation of :attr:`core`."""
        return self.lead + self.reattach(translation) + self.trail

    def reattach(self, translation: str) -> str:
        """The translation with the markers put back, without the outer whitespace."""
        translation = translation.strip()
        final = _FINAL.search(translation)
        cut = final.start() if final else len(translation)
        body, punct = translation[:cut], translation[cut:]
        return body + "".join(self.before_final) + punct + "".join(self.after_final)


def prepare(text: str) -> Prepared:
    """Split ``text`` into outer whitespace, the text to send and its footnote markers."""
    stripped = text.strip()
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    tail_start = _TAIL.search(stripped)
    tail_at = tail_start.start() if tail_start else len(stripped)
    before: list[str] = []
    after: list[str] = []
    for match in MARKER.finditer(stripped):
        in_tail = match.start() >= tail_at
        punct_before = _has_punctuation_before(stripped, tail_at, match.start())
        (after if in_tail and punct_before else before).append(match.group())
    core = MARKER.sub("", stripped)
    core = re.sub(r"[ \t]{2,}", " ", core).strip() if before or after else core
    return Prepared(lead, core, trail, tuple(before), tuple(after))


def _has_punctuation_before(text: str, tail_at: int, position: int) -> bool:
    between = MARKER.sub("", text[tail_at:position])
    return any(ch in ".!?…" for ch in between)


def split_to_fit(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut ``text`` into pieces that each ``fits``; their concatenation is ``text``.

    A cut goes after the last boundary of the best kind that leaves a fitting first piece, so
    separators (the whitespace after a full stop) stay at the end of the piece before them.
    """
    pieces: list[str] = []
    rest = text
    while rest and not fits(rest):
        cut = _best_cut(rest, fits)
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _best_cut(text: str, fits: Callable[[str], bool]) -> int:
    for boundary in _BOUNDARIES:
        cuts = [m.end() for m in boundary.finditer(text) if 0 < m.end() < len(text)]
        fitting = [cut for cut in cuts if fits(text[:cut])]
        if fitting:
            return max(fitting)
    low, high = 1, len(text)  # no boundary fits: the longest prefix that does (at least 1)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle]):
            low = middle
        else:
            high = middle - 1
    return low


def translate_pieces(text: str, fits: Callable[[str], bool],
                     translate: Callable[[str], str]) -> str:
    """Translate ``text`` piece by piece and join the results with the original separators."""
    out: list[str] = []
    for piece in split_to_fit(text, fits):
        core = piece.strip()
        separator = piece[len(piece.rstrip()):]
        out.append((translate(core) if core else "") + separator)
    return "".join(out).strip()
