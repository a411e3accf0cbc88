"""Turkish-aware text utilities: NFC normalisation and case folding for search.

Python's ``str.lower()`` maps ``I`` to ``i`` and ``İ`` to ``i̇`` (i + combining dot), which is wrong
for Turkish, and SQLite's FTS ``unicode61`` tokenizer does not match ``kasim`` to ``Kasım``. Search
therefore runs over a folded copy made by :func:`search_key`.
"""

from __future__ import annotations

import unicodedata

# Letters a person without a Turkish keyboard types instead; folded away for matching.
_ASCII_FOLD = str.maketrans({"ı": "i", "ğ": "g", "ş": "s", "ç": "c", "ö": "o", "ü": "u",
                             "â": "a", "î": "i", "û": "u"})


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normal form C (composed), as everything is stored."""
    return unicodedata.normalize("NFC", text)


def turkish_lower(text: str) -> str:
    """Lower-case ``text`` by Turkish rules: ``I`` → ``ı`` and ``İ`` → ``i``."""
    # Two replaces, not str.translate: translate with a table is ~8x slower on non-ASCII text,
    # and neither replacement makes a letter the other one replaces.
    return nfc(text).replace("I", "ı").replace("İ", "i").lower()


def search_key(text: str) -> str:
    """Fold ``text`` for accent- and case-insensitive Turkish matching.

    ``Kasım``, ``KASIM`` and ``kasim`` all fold to ``kasim``; ``İstanbul`` and ``istanbul`` to
    ``istanbul``. Lengths may differ from the input, so use it for matching, not for offsets.
    """
    folded = turkish_lower(text).translate(_ASCII_FOLD)
    if folded.isascii():  # most Turkish text is, once folded: nothing to decompose (fast path)
        return folded
    decomposed = unicodedata.normalize("NFD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
