"""Text handling around engine calls: cache keys, markers, whitespace and long-text splitting."""

from __future__ import annotations

import pytest

from annotator.core.mt_types import cache_key
from annotator.mt.text import prepare, split_to_fit, translate_pieces
from annotator.mt.types import TextLimit


def test_cache_key_is_nfc_with_whitespace_collapsed() -> None:
    decomposed = "Kas\u0131m  27'de\n go\u0308ru\u0308s\u0327tu\u0308. "
    assert cache_key(decomposed) == "Kasım 27'de görüştü."
    assert cache_key("  a\tb  ") == cache_key("a b")


@pytest.mark.parametrize(("source", "translated", "expected"), [
    ("Bakan geldi.[1]", "EN:Bakan geldi.", "EN:Bakan geldi.[1]"),
    ("Bakan geldi[2].", "EN:Bakan geldi.", "EN:Bakan geldi[2]."),
    ("Bakan geldi.[1][2]", "EN:Bakan geldi.", "EN:Bakan geldi.[1][2]"),
    ("“Geldi.”[3]", "“Came.”", "“Came.”[3]"),
    ("Blinken[4] ile görüştü.", "Met Blinken.", "Met Blinken[4]."),
    ("Başlık", "Title", "Title"),
    ("Başlık[5]", "Title", "Title[5]"),
])
def test_markers_are_taken_off_and_put_back(source: str, translated: str, expected: str) -> None:
    prepared = prepare(source)
    assert "[" not in prepared.core
    assert prepared.reattach(translated) == expected


def test_outer_whitespace_survives() -> None:
    prepared = prepare("\n  Bakan geldi.[1]  \t")
    assert prepared.core == "Bakan geldi."
    assert prepared.finish("Minister came.") == "\n  Minister came.[1]  \t"


def test_split_prefers_sentence_ends_then_clauses_then_spaces() -> None:
    text = "Birinci cümle, virgüllü. İkinci cümle; noktalı virgül: iki nokta, virgül ve kelimeler"
    pieces = split_to_fit(text, TextLimit(max_chars=30).fits)
    assert "".join(pieces) == text
    assert all(len(p) <= 30 for p in pieces)
    assert pieces[0] == "Birinci cümle, virgüllü. "
    assert pieces[1] == "İkinci cümle; "


def test_split_by_utf8_bytes_and_hard_cut_of_a_long_word() -> None:
    text = "ğ" * 300 + " " + "ş" * 10  # 2 bytes per letter, one 600-byte word
    limit = TextLimit(max_bytes=499)
    pieces = split_to_fit(text, limit.fits)
    assert "".join(pieces) == text
    assert all(limit.fits(p) for p in pieces)


def test_long_text_round_trip_keeps_every_piece_in_order() -> None:
    sentences = [f"Cümle numarası {i}, biraz uzun bir yan cümleyle birlikte." for i in range(200)]
    text = " ".join(sentences)
    assert len(text) > 5000
    sent: list[str] = []

    def engine(piece: str) -> str:
        assert len(piece) < 5000 and piece == piece.strip()
        sent.append(piece)
        return "EN:" + piece

    out = translate_pieces(text, TextLimit(max_chars=4999).fits, engine)
    assert len(sent) == 3  # 11.5k characters, cut only at sentence ends
    assert all(piece.endswith("birlikte.") for piece in sent)
    assert out == " ".join("EN:" + piece for piece in sent)
    assert out.replace("EN:", "") == text
