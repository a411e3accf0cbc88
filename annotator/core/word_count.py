"""Source word counts as CAT tools make them, and a document's counts by part and status.

A word is a run of letters and digits. Turkish suffixes after an apostrophe belong to their word
(``Azerbaycan'ın``, ``2023'te`` and ``ABD'nin`` are one word each), and so do hyphenated compounds
(``Türkiye-AB``). A number is a word, with its separators (``1.000``, ``3,5``, ``12.12.2023``,
``10:30``); so is a footnote marker's number (``[3]``), as in Trados and memoQ. A web address or
an e-mail address is one word, and so are dotted initials (``A.B.D.``). Punctuation, symbols and
whitespace are not words (``%50`` is one word, ``—`` none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from annotator.core.models import BlockRole, TargetStatus

_LETTERS = r"(?:[^\W_]|[\u0300-\u036f])+"  # letters and digits, with combining accents
_NUMBER = r"\d+(?:[.,:/]\d+)+"  # 1.000  3,5  12.12.2023  10:30  1/2
_INITIALS = r"(?:[^\W\d_]\.){2,}"  # A.B.D.
_PIECE = rf"(?:{_INITIALS}|{_NUMBER}|{_LETTERS})"
_JOINER = "['’ʼ‘`\\-‐‑\u00ad]"  # apostrophes before a suffix, hyphens, soft hyphens
_WORD = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]]"  # a web address
    r"|[\w.+-]+@\w[\w-]*(?:\.[\w-]+)+"  # an e-mail address
    rf"|{_PIECE}(?:{_JOINER}+{_PIECE})*"
)


def words(text: str) -> list[str]:
    """The words of ``text`` in order (see the module docstring for what a word is)."""
    return _WORD.findall(text)


def count_words(text: str) -> int:
    """How many words ``text`` has."""
    return sum(1 for _ in _WORD.finditer(text))


ALL_ROLES: tuple[BlockRole, ...] = tuple(BlockRole)


@dataclass(frozen=True)
class DocumentWords:
    """A document's sentences and source words by part (block role) and translation status.

    ``roles`` are the project's translatable parts when the counts were read; methods that take
    ``roles`` count those parts, or ``roles`` when None (pass :data:`ALL_ROLES` for everything).
    """

    document_id: str
    title: str
    roles: tuple[BlockRole, ...]
    cells: Mapping[tuple[BlockRole, TargetStatus], tuple[int, int]]  # (sentences, words)

    def _sum(self, index: int, roles: Iterable[BlockRole] | None,
             status: TargetStatus | None) -> int:
        chosen = set(self.roles if roles is None else roles)
        return sum(value[index] for (role, state), value in self.cells.items()
                   if role in chosen and (status is None or state == status))

    def words(self, roles: Iterable[BlockRole] | None = None,
              status: TargetStatus | None = None) -> int:
        """Source words in ``roles`` (default: the translatable parts), of one status or all."""
        return self._sum(1, roles, status)

    def sentences(self, roles: Iterable[BlockRole] | None = None,
                  status: TargetStatus | None = None) -> int:
        """Sentences in ``roles`` (default: the translatable parts), of one status or all."""
        return self._sum(0, roles, status)

    def words_by_status(self, roles: Iterable[BlockRole] | None = None
                        ) -> dict[TargetStatus, int]:
        """Source words of ``roles`` per status, every status present (0 when none)."""
        chosen = tuple(self.roles if roles is None else roles)
        return {status: self.words(chosen, status) for status in TargetStatus}

    @property
    def total_words(self) -> int:
        """Source words of every part, translatable or not."""
        return self.words(ALL_ROLES)
