"""Natural, Turkish-aware sort keys: numbers by value, the Turkish alphabet, case folded."""

from __future__ import annotations

from annotator.core.collation import natural_key, natural_keys


def ordered(*words: str) -> list[str]:
    return sorted(words, key=natural_key)


def test_numbers_sort_by_value() -> None:
    assert ordered("BELGE 10", "BELGE 2", "BELGE 1", "BELGE 100", "BELGE 9") == [
        "BELGE 1", "BELGE 2", "BELGE 9", "BELGE 10", "BELGE 100"]
    assert ordered("Yorum 2023/51", "Yorum 2023/6") == ["Yorum 2023/6", "Yorum 2023/51"]
    assert ordered("10", "9", "", "a") == ["", "9", "10", "a"]


def test_turkish_letters_follow_their_base_letter() -> None:
    assert ordered("dolar", "çay", "czar", "cam", "Çanakkale") == [
        "cam", "czar", "Çanakkale", "çay", "dolar"]
    assert ordered("şeker", "sz", "tarih") == ["sz", "şeker", "tarih"]
    assert ordered("ödev", "ozan", "pazar") == ["ozan", "ödev", "pazar"]
    assert ordered("üzüm", "uzun", "vatan") == ["uzun", "üzüm", "vatan"]
    assert ordered("ağır", "agz", "ah") == ["agz", "ağır", "ah"]


def test_dotless_and_dotted_i_fold_by_turkish_rules() -> None:
    # I is the capital of ı and İ the capital of i: ı words come before i words, whatever case.
    assert ordered("inci", "Ilgaz", "İstanbul", "ılık", "hz") == [
        "hz", "Ilgaz", "ılık", "inci", "İstanbul"]
    assert natural_key("IŞIK") == natural_key("ışık") != natural_key("isik")
    assert natural_key("İZMİR") == natural_key("izmir")


def test_case_and_other_accents_are_ignored() -> None:
    assert natural_key("BELGE 2") == natural_key("belge 2")
    assert natural_key("âdet") == natural_key("adet")
    assert natural_key("éclair") == natural_key("eclair")
    assert natural_key("I\u0307zmir") == natural_key("İzmir")  # decomposed input


def test_keying_many_texts_at_once_gives_each_its_own_key() -> None:
    texts = ["BELGE 10", "Çay\nve siyaset", "", "IŞIK 2023/6", "âdet 007"]
    assert natural_keys(texts) == [natural_key(text) for text in texts]
    assert natural_keys([]) == []
    assert natural_key("Çay\nve siyaset") == natural_key("Çay ve siyaset")
