"""Turkish-aware actor name matching: suffixes after apostrophes, casing, longest names first."""

from __future__ import annotations

import pytest

from annotator.core.actor_matching import NameMatcher, fold_keep_length

NAMES = [("AZE", "Azerbaycan"), ("USA", "ABD"), ("USA-SEN", "ABD Senatosu"),
         ("obrien", "O'Brien"), ("aliyev", "İlham Aliyev"), ("aliyev", "Aliyev"),
         ("baku", "Bakü"), ("usa-en", "United States"), ("ist", "istanbul")]


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.key, text[m.start:m.end]) for m in NameMatcher(NAMES).find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaycan'ın tavrı", [("AZE", "Azerbaycan")]),
    ("Bakü'ye gitti", [("baku", "Bakü")]),
    ("ABD'li yetkililer", [("USA", "ABD")]),
    ("O'Brien'in konuşması", [("obrien", "O'Brien")]),
    ("16 Kasım'da ABD Senatosu'nun kararı", [("USA-SEN", "ABD Senatosu")]),
    ("Devlet Başkanı İlham Aliyev ile", [("aliyev", "İlham Aliyev")]),
    ("ABD-AZERBAYCAN İLİŞKİLERİNDE", [("USA", "ABD"), ("AZE", "AZERBAYCAN")]),
    ("Azerbaycana gerçekleştireceği", [("AZE", "Azerbaycan")]),  # suffix, no apostrophe
    ("Azerbaycanlı yetkili", [("AZE", "Azerbaycan")]),
    ("Azerbaycanistan", []),  # not a suffix we know: another word
    ("ABDye", []),  # short names need the apostrophe
    ("İSTANBUL'da", [("ist", "İSTANBUL")]),
    ("the United States' position", [("usa-en", "United States")]),
    ("ABDullah geldi", []),
])
def test_matches(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_folding_keeps_offsets() -> None:
    text = "İlham Aliyev'in KASIM'da ışık"
    folded = fold_keep_length(text)
    assert len(folded) == len(text)
    assert folded == "ilham aliyev'in kasim'da isik"
