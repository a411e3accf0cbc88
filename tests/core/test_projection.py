"""Span projection between the Turkish and English sides of the sample's sentences."""

from __future__ import annotations

import pytest

from annotator.core.projection import MAX_CANDIDATES, Projection, project_span, whole_words

TR1 = ("İlk olarak 27 Kasım'da ABD Dışişleri Bakanı Antony Blinken, Azerbaycan Devlet Başkanı "
       "Aliyev ile telefonda görüşerek ilişkileri normalleştirmek adına bir adım atmıştır.")
EN1 = ("First, on November 27, US Secretary of State Antony Blinken took a step to normalize "
       "relations by talking on the phone with Azerbaijani President Aliyev.")
TR2 = ("Öncesinde, ABD Dışişleri Bakanlığı Avrupa ve Avrasya İşlerinden Sorumlu Yardımcısı James "
       "O'Brien'in Senato Dış İlişkiler Komisyonu'nda Azerbaycan'ı eleştiren bir konuşması ve 16 "
       "Kasım'da ABD Senatosu'nun Azerbaycan'a askeri yardımın kesilmesi yönünde aldığı karar, ABD "
       "ile Azerbaycan arasındaki gerilimi artırmıştı.")
EN2 = ("Previously, a speech by James O'Brien, US Assistant Secretary of State for European and "
       "Eurasian Affairs, criticizing Azerbaijan at the Senate Foreign Relations Committee and the "
       "decision of the US Senate on November 16 to cut military aid to Azerbaijan had increased "
       "tensions between the US and Azerbaijan.")
TR3 = ("Görüşmede Blinken, Dışişleri Bakan Yardımcısı O'Brien'in Aralık ayında Bakü'ye gelmesine "
       "izin verilmesi için müsaade istemiştir.")
EN3 = ("In the meeting, Blinken asked for permission for Deputy Secretary of State O'Brien to come "
       "to Baku in December.")
TR4 = "6 Aralık'ta James O'Brien, Dışişleri Bakanı Ceyhun Bayramov ile görüşmüştür."
EN4 = "On 6 December, James O'Brien met with Foreign Minister Jeyhun Bayramov."
TR5 = ("O'Brien, Ermenistan ve Azerbaycan arasında barış için gerçek bir fırsat olduğunu "
       "belirterek, Orta Asya'dan gelen malların Türkiye'ye ulaşacağını belirtmiştir.")
EN5 = ("O'Brien stated that there is a real opportunity for peace between Armenia and "
       "Azerbaijan, and that goods from Central Asia would reach Turkey.")


def span_of(text: str, words: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def best(source: str, words: str, target: str, occurrence: int = 0,
         **options: object) -> Projection:
    found = project_span(source, span_of(source, words, occurrence), target,
                         **options)  # type: ignore[arg-type]
    assert found, f"nothing proposed for {words!r}"
    return found[0]


def test_alias_finds_the_actor_name_in_the_target() -> None:
    found = project_span(TR2, span_of(TR2, "ABD Senatosu'nun"), EN2,
                         aliases=["US Senate", "Senate"])
    assert (found[0].text, found[0].method) == ("US Senate", "alias")
    assert found[0].start == EN2.index("US Senate")
    assert found[0].text == EN2[found[0].start:found[0].end]


@pytest.mark.parametrize(("source", "words", "target", "expected", "method"), [
    (TR2, "ABD Senatosu'nun", EN2, "US Senate", "proper_noun"),  # lexicon, no aliases
    (TR1, "ABD Dışişleri Bakanı Antony Blinken", EN1, "US Secretary of State Antony Blinken",
     "proper_noun"),
    (TR1, "Antony Blinken", EN1, "Antony Blinken", "proper_noun"),
    (TR1, "Azerbaycan Devlet Başkanı Aliyev", EN1, "Azerbaijani President Aliyev", "proper_noun"),
    (TR2, "James O'Brien'in", EN2, "James O'Brien", "proper_noun"),
    (TR3, "O'Brien'in", EN3, "O'Brien", "proper_noun"),
    (TR3, "Bakü'ye", EN3, "Baku", "proper_noun"),  # folded equality
    (TR4, "Ceyhun Bayramov", EN4, "Jeyhun Bayramov", "proper_noun"),  # fuzzy transliteration
    (TR4, "Dışişleri Bakanı", EN4, "Foreign Minister", "proper_noun"),
    (TR5, "Ermenistan", EN5, "Armenia", "proper_noun"),  # lexicon: not fuzzy-matchable
    (TR5, "Ermenistan ve Azerbaycan", EN5, "Armenia and Azerbaijan", "proper_noun"),
    (TR5, "Orta Asya'dan", EN5, "Central Asia", "proper_noun"),
    (TR5, "Türkiye'ye", EN5, "Turkey", "proper_noun"),
    (TR2, "Senato Dış İlişkiler Komisyonu'nda", EN2, "Senate Foreign Relations Committee",
     "proper_noun"),
    (TR1, "27 Kasım'da", EN1, "November 27", "number"),
    (TR2, "16 Kasım'da", EN2, "November 16", "number"),
    (TR4, "6 Aralık'ta", EN4, "6 December", "number"),
    (TR3, "Aralık ayında", EN3, "December", "number"),
])
def test_turkish_to_english(source: str, words: str, target: str, expected: str,
                            method: str) -> None:
    found = best(source, words, target)
    assert (found.text, found.method) == (expected, method)
    assert target[found.start:found.end] == found.text


@pytest.mark.parametrize(("source", "words", "target", "expected"), [
    (EN2, "US Senate", TR2, "ABD Senatosu"),  # the suffix 'nun stays out of the span
    (EN2, "November 16", TR2, "16 Kasım"),
    (EN1, "Antony Blinken", TR1, "Antony Blinken"),
    (EN1, "Azerbaijani President Aliyev", TR1, "Azerbaycan Devlet Başkanı Aliyev"),
    (EN3, "Baku", TR3, "Bakü"),
    (EN4, "Jeyhun Bayramov", TR4, "Ceyhun Bayramov"),
    (EN5, "Armenia", TR5, "Ermenistan"),
    (EN5, "Central Asia", TR5, "Orta Asya"),
])
def test_english_to_turkish(source: str, words: str, target: str, expected: str) -> None:
    assert best(source, words, target, source_lang="en").text == expected


def test_aliases_work_from_english_to_turkish() -> None:
    found = best(EN2, "US Senate", TR2, source_lang="en", aliases=["ABD Senatosu", "Senato"])
    assert (found.text, found.method) == ("ABD Senatosu", "alias")


def test_repeated_name_prefers_the_occurrence_with_the_same_neighbours() -> None:
    # "Azerbaycan'a" follows "16 Kasım'da ABD Senatosu'nun": "aid to Azerbaijan", not the others.
    found = best(TR2, "Azerbaycan'a", EN2)
    assert found.start == EN2.index("Azerbaijan had")
    back = best(EN2, "Azerbaijan", TR2, occurrence=1, source_lang="en")
    assert back.start == TR2.index("Azerbaycan'a")


def test_candidates_are_best_first_bounded_and_scored_in_range() -> None:
    found = project_span(TR2, span_of(TR2, "ABD Senatosu'nun"), EN2)
    assert 1 <= len(found) <= MAX_CANDIDATES
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)
    assert all(0.0 <= p.score <= 1.0 for p in found)
    assert len({(p.start, p.end) for p in found}) == len(found)
    assert found[0].text == "US Senate" and found[0].score > found[1].score


@pytest.mark.parametrize(("source", "span_words", "target", "expected"), [
    ("1.000 asker gönderildi", "1.000", "1,000 soldiers were sent", "1,000"),
    ("Fiyatlar %10 arttı", "%10", "Prices rose by 10%", "10"),
    ("2023 yılında", "2023", "in 2023.", "2023"),
])
def test_numbers(source: str, span_words: str, target: str, expected: str) -> None:
    found = best(source, span_words, target)
    assert (found.text, found.method) == (expected, "number")


def test_fuzzy_parts_may_come_in_another_order() -> None:
    found = best("Sheffield Üniversitesi'nde bulunan", "Sheffield Üniversitesi'nde",
                 "at the University of Sheffield")
    assert (found.text, found.method) == ("University of Sheffield", "proper_noun")


def test_similarity_is_the_fallback() -> None:
    cognate = best("telefon diplomasisi", "diplomasisi", "phone diplomacy")
    assert (cognate.text, cognate.method) == ("diplomacy", "similarity")
    assert cognate.score <= 0.6


def test_spans_never_carry_edge_punctuation() -> None:
    found = project_span("Blinken'in açıklaması", (0, 10), "(Blinken), said: “Blinken!”")
    assert found and all(p.text == "Blinken" for p in found)


def test_abbreviation_dots_are_kept() -> None:
    assert best("ABD'li yetkililer", "ABD", "U.S. officials said").text == "U.S."


def test_short_acronyms_must_match_case() -> None:
    assert project_span("ABD'li yetkililer", (0, 3), "they told us about it") == []


@pytest.mark.parametrize(("source", "span", "target"), [
    ("telefonda görüşerek", (0, 19), EN1),  # nothing to hold on to
    ("Blinken", (0, 7), ""),
    ("Blinken", (0, 7), "   "),
    ("Blinken  ", (7, 9), EN1),
    ("Blinken", (3, 3), EN1),
])
def test_nothing_to_propose(source: str, span: tuple[int, int], target: str) -> None:
    assert project_span(source, span, target) == []


@pytest.mark.parametrize(("span", "lang"), [((-1, 2), "tr"), ((3, 100), "tr"), ((5, 2), "tr"),
                                            ((0, 3), "de")])
def test_bad_arguments_raise(span: tuple[int, int], lang: str) -> None:
    with pytest.raises(ValueError, match=r"span|source_lang"):
        project_span("Blinken'in", span, "Blinken's", source_lang=lang)


# -- word boundaries (issue 12) --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("the Azerbaijani minister", "Azerbaijan", False),  # part of a word
    ("Azerbaycanlı yetkililer", "Azerbaycan", False),  # a suffix without an apostrophe
    ("Azerbaycan'ın tutumu", "Azerbaycan", True),  # name + apostrophe + suffix
    ("Blinken's visit", "Blinken", True),
    ("James O'Brien said", "Brien", False),  # an apostrophe inside a name
    ("James O'Brien said", "O'Brien", True),
    ("Azerbaycan'ın tutumu", "ın", False),
    ("Franco-Monegasque Treaty", "Monegasque", True),  # a hyphen is a boundary
    ("(Azerbaijan)", "Azerbaijan", True),
])
def test_whole_words(text: str, words: str, expected: bool) -> None:
    start = text.index(words)
    assert whole_words(text, start, start + len(words)) is expected


def test_projection_never_proposes_part_of_a_word() -> None:
    source = "Azerbaycan Dışişleri Bakanlığı açıklama yaptı."
    target = "The Azerbaijani Foreign Ministry made a statement."
    found = project_span(source, (0, 10), target, aliases=["Azerbaijan"])
    assert found and all(whole_words(target, p.start, p.end) for p in found)
    assert all(p.text != "Azerbaijan" for p in found)
    assert found[0].text == "Azerbaijani"


def test_projection_into_turkish_keeps_the_name_before_the_apostrophe() -> None:
    source = "Azerbaijani officials criticised Azerbaijan's neighbour."
    target = "Azerbaycanlı yetkililer Azerbaycan'ın komşusunu eleştirdi."
    span = span_of(source, "Azerbaijan", 1)
    found = project_span(source, span, target, aliases=["Azerbaycan"], source_lang="en")
    assert found[0].text == "Azerbaycan"
    assert found[0].start == target.index("Azerbaycan'ın")
    assert all(p.text != "Azerbaycan" or p.start != 0 for p in found)
