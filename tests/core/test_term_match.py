"""Glossary term recognition: Turkish inflection, folding, longest match, English plurals."""

from __future__ import annotations

import pytest

from annotator.core.glossary import GlossaryTerm
from annotator.core.qa_terms import english_has
from annotator.core.term_match import TermIndex, suffix_set

TERMS = [
    GlossaryTerm("Dışişleri Bakanı", ("Foreign Minister",), ("Foreign Affairs Minister",), id=1),
    GlossaryTerm("Azerbaycan", ("Azerbaijan",), id=2),
    GlossaryTerm("Senato Dış İlişkiler Komisyonu", ("Senate Foreign Relations Committee",), id=3),
    GlossaryTerm("yaptırım", ("sanction",), id=4),
    GlossaryTerm("Bakan", ("minister",), id=5),
    GlossaryTerm("Rus", ("Russian",), id=6),
    GlossaryTerm("Bakanlık", ("ministry",), id=7),
    GlossaryTerm("ABD", ("US",), id=8),
    GlossaryTerm("Avrupa Birliği", ("European Union",), id=9),
    GlossaryTerm("İstanbul", ("Istanbul",), id=10),
    GlossaryTerm("basın", ("press",), id=11),
    GlossaryTerm("kış", ("winter",), id=12),
    GlossaryTerm("Azerbaycan Cumhurbaşkanı", ("President of Azerbaijan",), origin="actor",
                 actor_id="AZE-PRES", source_variants=("İlham Aliyev",)),
]


@pytest.fixture(scope="module")
def index() -> TermIndex:
    return TermIndex(TERMS)


def found(index: TermIndex, text: str) -> list[tuple[str, str]]:
    """(term key, the text the span covers) of every hit."""
    return [(hit.term.key, text[hit.start:hit.end]) for hit in index.find(text)]


@pytest.mark.parametrize(("text", "key", "span"), [
    ("Dışişleri Bakanı'nın açıklaması", "g:1", "Dışişleri Bakanı"),
    ("Dışişleri Bakanının açıklaması", "g:1", "Dışişleri Bakanı"),
    ("Dışişleri Bakanına sordu", "g:1", "Dışişleri Bakanı"),
    ("Dışişleri Bakanında", "g:1", "Dışişleri Bakanı"),
    ("Dışişleri Bakanıyla görüştü", "g:1", "Dışişleri Bakanı"),
    ("Dışişleri Bakanları toplandı", "g:1", "Dışişleri Bakanları"),  # plural before -(s)I
    ("Dışişleri Bakanlarının ortak bildirisi", "g:1", "Dışişleri Bakanları"),
    ("Azerbaycan'a gitti", "g:2", "Azerbaycan"),
    ("Azerbaycan'ın tutumu", "g:2", "Azerbaycan"),
    ("Azerbaycan'daki seçimler", "g:2", "Azerbaycan"),
    ("Azerbaycandaki seçimler", "g:2", "Azerbaycan"),  # locative + -ki, no apostrophe
    ("Azerbaycan'lı yetkililer", "g:2", "Azerbaycan"),  # after an apostrophe anything goes
    ("Senato Dış İlişkiler Komisyonu'nun raporu", "g:3", "Senato Dış İlişkiler Komisyonu"),
    ("Senato Dış İlişkiler Komisyonunda görüşüldü", "g:3", "Senato Dış İlişkiler Komisyonu"),
    ("yeni yaptırımlar", "g:4", "yaptırım"),
    ("yaptırımları kaldırdı", "g:4", "yaptırım"),
    ("yaptırımlarının etkisi", "g:4", "yaptırım"),
    ("yaptırıma uğradı", "g:4", "yaptırım"),
    ("yaptırımdan kaçtı", "g:4", "yaptırım"),
    ("yaptırımla tehdit etti", "g:4", "yaptırım"),
    ("Bu bir yaptırımdır.", "g:4", "yaptırım"),
    ("yaptırımlarımızı açıkladık", "g:4", "yaptırım"),
    ("Bakanlığı açıkladı", "g:7", "Bakanlığ"),  # k softens to ğ before a vowel
    ("Bakanlıktakiler itiraz etti", "g:7", "Bakanlık"),
    ("Avrupa Birliği'nin kararı", "g:9", "Avrupa Birliği"),
    ("Avrupa Birliklerinin", "g:9", "Avrupa Birlikleri"),  # Birliği → Birlik-leri
    ("Ruslar geldi", "g:6", "Rus"),
    ("Rus'un tavrı", "g:6", "Rus"),
    ("ABD'nin kararı", "g:8", "ABD"),
])
def test_turkish_suffix_forms(index: TermIndex, text: str, key: str, span: str) -> None:
    assert found(index, text) == [(key, span)]


@pytest.mark.parametrize(("text", "source"), [
    ("Bakanlık açıkladı", "Bakan"),  # -lık makes another word
    ("Rusya ile görüştü", "Rus"),
    ("Rusça konuşuyor", "Rus"),
    ("Azerbaycanlı yetkililer", "Azerbaycan"),  # derivational -lı, no apostrophe: "Azerbaijani"
    ("Karusel dönüyor", "Rus"),  # inside a word
    ("Yaptırımcı ülkeler", "yaptırım"),
    ("ABDnin kararı", "ABD"),  # acronyms take suffixes after an apostrophe only
    ("başına geldi", "basın"),  # folds like "basın" + a, but the text has ş, the term s
    ("kısa bir süre", "kış"),  # folds like "kış" + a
    ("Dışişleri Bakan Yardımcısı", "Dışişleri Bakanı"),  # another title
    ("Dışişlerinin Bakanı", "Dışişleri Bakanı"),  # inner words match whole
    ("Dışişleri Bakanlığı", "Dışişleri Bakanı"),
])
def test_negatives(text: str, source: str) -> None:
    index = TermIndex([term for term in TERMS if term.source == source])
    assert found(index, text) == []


def test_bakan_is_found_inflected_but_not_in_bakanlik() -> None:
    index = TermIndex([GlossaryTerm("Bakan", id=5)])
    assert found(index, "Bakanın sözleri") == [("g:5", "Bakan")]
    assert found(index, "Bakanlar Kurulu") == [("g:5", "Bakan")]
    assert found(index, "Bakanlığın sözleri") == []


def test_offsets_slice_the_original_text(index: TermIndex) -> None:
    text = "İKİ GÜN ÖNCE İstanbul'da DIŞİŞLERİ BAKANI'NIN yaptırımlarına"
    hits = index.find(text)
    assert [(text[h.start:h.end], h.form) for h in hits] == [
        ("İstanbul", "İstanbul"), ("DIŞİŞLERİ BAKANI", "Dışişleri Bakanı"),
        ("yaptırım", "yaptırım")]
    assert [h.start for h in hits] == [text.index("İstanbul"), text.index("DIŞ"),
                                       text.index("yapt")]


def test_longest_match_wins_and_reading_order(index: TermIndex) -> None:
    text = "Azerbaycan Cumhurbaşkanı, Dışişleri Bakanı ve Bakan Yardımcısı Azerbaycan'da"
    assert found(index, text) == [("a:AZE-PRES", "Azerbaycan Cumhurbaşkanı"),
                                  ("g:1", "Dışişleri Bakanı"), ("g:5", "Bakan"),
                                  ("g:2", "Azerbaycan")]


def test_overlapping_terms_go_to_the_longer_span() -> None:
    index = TermIndex([GlossaryTerm("BM Güvenlik", id=1),
                       GlossaryTerm("Güvenlik Konseyi Kararı", id=2)])
    text = "BM Güvenlik Konseyi Kararı'na göre"
    assert found(index, text) == [("g:2", "Güvenlik Konseyi Kararı")]


def test_source_variants_are_found_with_their_form(index: TermIndex) -> None:
    text = "İlham Aliyev'in ziyareti"
    [hit] = index.find(text)
    assert (hit.term.key, hit.form, text[hit.start:hit.end]) == (
        "a:AZE-PRES", "İlham Aliyev", "İlham Aliyev")
    assert hit.term.preferred == "President of Azerbaijan"


@pytest.mark.parametrize(("text", "span"), [
    ("DIŞİŞLERİ BAKANI", "DIŞİŞLERİ BAKANI"),
    ("dışişleri bakanının", "dışişleri bakanı"),
    ("Disisleri Bakaninin açıklaması", "Disisleri Bakani"),  # words typed without ş, ı
])
def test_case_and_dotted_i_folding(index: TermIndex, text: str, span: str) -> None:
    assert found(index, text) == [("g:1", span)]


def test_istanbul_in_every_casing(index: TermIndex) -> None:
    for text in ("İSTANBUL'da", "istanbul'da", "Istanbul'da", "İstanbul'dan"):
        assert found(index, text) == [("g:10", text.split("'")[0])], text


def test_a_term_typed_without_turkish_letters_matches_turkish_text() -> None:
    index = TermIndex([GlossaryTerm("Disisleri Bakani", id=1)])
    assert found(index, "Dışişleri Bakanı'nın") == [("g:1", "Dışişleri Bakanı")]


def test_line_break_inside_a_term(index: TermIndex) -> None:
    text = "Senato Dış\nİlişkiler   Komisyonu'nun ve Dışişleri\r\n Bakanının"
    assert found(index, text) == [("g:3", "Senato Dış\nİlişkiler   Komisyonu"),
                                  ("g:1", "Dışişleri\r\n Bakanı")]


def test_suffix_set_is_bounded_and_keeps_buffer_letters() -> None:
    consonant, vowel = suffix_set(False), suffix_set(True)
    after_possessive = suffix_set(True, after_possessive=True)
    assert len(consonant) < 5000 and len(vowel) < 5000
    assert {"lar", "ler", "lari", "larinin", "a", "da", "dan", "daki", "la", "in"} <= consonant
    assert {"ya", "yi", "nin", "da", "yla", "lar", "si"} <= vowel
    assert {"nin", "na", "nda", "ndan", "ni", "yla", "ndaki"} <= after_possessive
    # derivational suffixes and the buffer letters of vowel-final stems after a consonant
    assert not {"lik", "li", "ca", "ce", "ci", "siz", "ya", "yi", "nin"} & consonant
    assert not {"yi", "ya", "si", "lar"} & after_possessive  # "Bakanını", not "Bakanıyı"


def test_english_plurals_possessives_capitals_and_word_boundaries() -> None:
    # The QA checks ask whether a term's English is in a translation (annotator.core.qa_terms).
    text = ("New sanctions, the foreign minister's visit, EU policies; let us see what the "
            "European\nUnion's unsanctioned plans do.")
    assert english_has(text, "sanction") and english_has(text, "Foreign Minister")
    assert english_has(text, "policy") and english_has(text, "European Union")
    assert not english_has(text, "US")  # "us" is a word, "US" a name
    assert not english_has("the unsanctioned plan", "sanction")
    assert english_has("the U.S. said", "U.S.")


def test_a_forbidden_variant_is_told_from_the_accepted_term() -> None:
    term = TERMS[0]
    assert english_has("The Foreign Affairs Ministers met.", term.forbidden[0])
    assert not english_has("The Foreign Minister met.", term.forbidden[0])
    assert english_has("The Foreign Minister met.", term.targets[0])
