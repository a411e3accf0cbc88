"""Every encoding a Turkish text file arrives in imports to the same NFC text."""

from __future__ import annotations

import unicodedata

import pytest
from ingest_helpers import SEED

from annotator.core.models import ParsedDocument
from annotator.ingest.encoding import decode_text
from annotator.ingest.errors import IngestError
from annotator.ingest.readers import read_bytes

SHORT = "Işık, ığdır, şişe, Çağrı, Öğüt, İzmir."


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                   "utf-32", "cp1254"])
def test_seed_in_each_encoding_reads_the_same(codec: str, seed_doc: ParsedDocument) -> None:
    data = SEED.read_text(encoding="utf-8").encode(codec)
    doc = read_bytes(data, "yorum.txt")
    assert doc.text == seed_doc.text
    assert [b.role for b in doc.blocks] == [b.role for b in seed_doc.blocks]


def test_latin5_seed_reads_the_same_as_utf8() -> None:
    text = SEED.read_text(encoding="utf-8").replace("•", "-")  # Latin-5 has no bullet
    assert read_bytes(text.encode("iso-8859-9"), "a.txt").text == \
        read_bytes(text.encode("utf-8"), "a.txt").text


def test_decomposed_input_is_stored_composed(seed_doc: ParsedDocument) -> None:
    data = unicodedata.normalize("NFD", SEED.read_text(encoding="utf-8")).encode("utf-8")
    doc = read_bytes(data, "nfd.txt")
    assert doc.text == seed_doc.text
    assert unicodedata.is_normalized("NFC", doc.text)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "cp1254", "iso-8859-9"])
def test_short_turkish_text_survives(codec: str) -> None:
    text, _ = decode_text(SHORT.encode(codec), "kisa.txt")
    assert text == SHORT


@pytest.mark.parametrize("text", ["ığış", "Ağrı Dağı'nın eteğinde şiddetli yağış",
                                  "Dışişleri Bakanı Çavuşoğlu, İşgal."])
@pytest.mark.parametrize("codec", ["cp1254", "iso-8859-9"])
def test_short_turkish_where_charset_normalizer_guesses_wrong(text: str, codec: str) -> None:
    # charset-normalizer 3.5 ranks big5hkscs, cp1250 or cp1252 first for these; the Turkish
    # plausibility check must win.
    assert decode_text(text.encode(codec), "kisa.txt")[0] == text


@pytest.mark.parametrize(("codec", "label"), [("cp1254", "cp1254"), ("iso-8859-9", "iso-8859-9")])
def test_single_byte_label(codec: str, label: str) -> None:
    data = (SHORT + " “Tırnak” – tire").encode("cp1254") if codec == "cp1254" else \
        SHORT.encode(codec)
    assert decode_text(data, "a.txt")[1] == label


def test_cp1254_punctuation_in_0x80_0x9f() -> None:
    text = "“Barış” görüşmesi… – sonuç • özet"
    assert decode_text(text.encode("cp1254"), "a.txt")[0] == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str, seed_doc: ParsedDocument) -> None:
    data = SEED.read_text(encoding="utf-8").encode(codec)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert read_bytes(data, "yorum.txt").text == seed_doc.text


def test_non_turkish_legacy_text_goes_to_charset_normalizer() -> None:
    russian = ("Министр иностранных дел России провёл переговоры с коллегой из Азербайджана. "
               "Стороны обсудили вопросы региональной безопасности и торговли. ") * 3
    text, encoding = decode_text(russian.encode("cp1251"), "ru.txt")
    assert text == russian
    assert encoding != "cp1254"


def test_western_text_without_turkish_letters_is_unchanged() -> None:
    french = "Le ministre a déclaré à la presse que la réunion était très importante. " * 2
    assert decode_text(french.encode("cp1252"), "fr.txt")[0] == french


def test_mostly_utf8_with_a_bad_byte_is_an_encoding_error() -> None:
    data = "Dışişleri Bakanı görüştü. ".encode() * 5 + b"\xff" + b"Ankara'da."
    with pytest.raises(IngestError) as caught:
        read_bytes(data, "bozuk.txt")
    error, offset = caught.value, data.index(b"\xff")
    assert error.kind == "invalid_bytes"
    assert error.params == {"path": "bozuk.txt", "encoding": "UTF-8", "offset": offset}
    assert str(error) == f"bozuk.txt looks like UTF-8 but has invalid bytes at offset {offset}."


def test_utf16_with_bom_and_invalid_bytes_is_an_encoding_error() -> None:
    data = b"\xff\xfe" + "Türkiye".encode("utf-16-le") + b"\x00\xd8"  # lone high surrogate
    with pytest.raises(IngestError) as caught:
        read_bytes(data, "yarim.txt")
    assert caught.value.kind == "invalid_bytes"
    assert caught.value.params["encoding"] == "UTF-16-LE"


def test_nul_bytes_without_a_utf16_pattern_are_binary() -> None:
    with pytest.raises(IngestError) as caught:
        decode_text(b"Merhaba\x00\x00\x00\x01\x02 d\xfcnya\x00" * 10, "x.txt")
    assert caught.value.kind == "binary"


def test_odd_spaces_and_invisible_characters_are_normalised() -> None:
    text = "Başlık\r\n\r\nABD\u00a0ile\u202fAzerbaycan\u200b arasında\tgörüşme\u00ad yapıldı.\r\n"
    doc = read_bytes(text.encode("utf-8"), "a.txt")
    assert doc.text == "Başlık\n\nABD ile Azerbaycan arasında görüşme yapıldı."


def _mixed(utf8_line: int, lines: list[str]) -> bytes:
    return b"\n".join(line.encode("utf-8" if number == utf8_line else "cp1254")
                      for number, line in enumerate(lines, start=1))


@pytest.mark.parametrize("utf8_line", [1, 2, 4])
def test_a_cp1254_file_with_a_utf8_line_is_refused_naming_both(seed_text: str,
                                                                utf8_line: int) -> None:
    # Before: read as cp1254 (the UTF-8 line as "DÄ±ÅiÅleri") or guessed as mac_latin2 or
    # cp1252, and imported with exit 0.
    lines = [line for line in seed_text.splitlines() if line.strip()][:6]
    with pytest.raises(IngestError) as caught:
        read_bytes(_mixed(utf8_line, lines), "karisik.txt")
    error = caught.value
    assert error.kind == "mixed_encoding"
    assert error.params["utf8_line"] == utf8_line
    assert error.params["other_line"] != utf8_line
    assert str(error).startswith(f"karisik.txt mixes two character encodings: line {utf8_line} "
                                 "is UTF-8")


def test_a_cp1254_line_that_happens_to_be_valid_utf8_is_not_mistaken_for_utf8() -> None:
    # "Ğ’" is D0 92 in cp1254, a valid UTF-8 sequence (Cyrillic В): not a Latin UTF-8 line.
    text = "DAĞ’da kar var.\nİkinci satır: ığüşöç."
    assert text.encode("cp1254").split(b"\n")[0].decode("utf-8") == "DAВda kar var."
    assert decode_text(text.encode("cp1254"), "a.txt") == (text, "cp1254")


@pytest.mark.parametrize("text", ["Bölümü [ ]", "izin verilmesi için", "Ankara Üniversitesi",
                                  "Ertesi gün 28", "için: GÜNGÖR, Gülperi."])
@pytest.mark.parametrize("codec", ["cp1254", "iso-8859-9"])
def test_short_turkish_is_read_as_turkish_not_as_a_far_code_page(text: str, codec: str) -> None:
    # charset-normalizer 3.x reads these as cp1006, big5, johab or big5hkscs ("i蓾n").
    assert decode_text(text.encode(codec), "kisa.txt")[0] == text
