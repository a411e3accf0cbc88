"""search_key folds Turkish case and accents; its ASCII fast path gives what the full path does."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.turkish import search_key, turkish_lower


def _full_path(text: str) -> str:
    folded = turkish_lower(text).translate(str.maketrans(
        {"ı": "i", "ğ": "g", "ş": "s", "ç": "c", "ö": "o", "ü": "u", "â": "a", "î": "i",
         "û": "u"}))
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def test_turkish_words_fold() -> None:
    assert search_key("KASIM") == search_key("Kasım") == "kasim"
    assert search_key("İSTANBUL'DA") == "istanbul'da"
    assert search_key("Ağır Şüphe Çöküşü") == "agir suphe cokusu"
    assert search_key("café “Işık”") == "cafe “isik”"


@given(st.text(alphabet=st.sampled_from("aAıIiİğĞşŞçÇöÖüÜâÂéÉ '’“”-0123456789\u0307\u0301xyz"),
               max_size=40))
def test_fast_path_agrees_with_full_folding(text: str) -> None:
    assert search_key(text) == _full_path(text)
