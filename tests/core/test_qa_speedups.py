"""The QA speed-ups give what the plain versions give: Turkish lower-casing by replacement, the
substring test before a term's English pattern, the term index's candidates by leading letters,
and ``inconsistent`` compared with a project-wide map instead of pairs."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.core.glossary import GlossaryTerm
from annotator.core.qa_checks import QaRow, check_document, source_key
from annotator.core.qa_terms import _any_pattern, english_has_any
from annotator.core.term_match import _WORD_RUN, TermIndex, _PhraseIndex
from annotator.core.turkish import nfc, turkish_lower

TURKISH = "aAıIiİğĞşŞçÇöÖüÜâÂéÉ '’-.0123456789\u0307\u0301xyzKk"


@given(st.text(alphabet=st.sampled_from(TURKISH + "\u212aſ"), max_size=40))
def test_turkish_lower_is_the_translation_table(text: str) -> None:
    table = str.maketrans({"I": "ı", "İ": "i"})
    assert turkish_lower(text) == nfc(text).translate(table).lower()


PHRASE_WORDS = st.sampled_from(["US", "UN", "ministry", "Ministry", "Foreign", "minister",
                                "Baku", "Blinken", "y", "key", "day", "Kelvin", "Ankara",
                                "Türkiye", "ſtate", "K"])
ENGLISH = st.text(alphabet=st.sampled_from(
    "abcdefiklmnorstuyKMUSFB -'’s.,\u212aſİı"), max_size=60)


@settings(max_examples=400)
@given(st.lists(st.lists(PHRASE_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1,
                max_size=3).map(tuple),
       st.lists(st.sampled_from(["The ", "US ", "ministries ", "Foreign-Minister ", "baku's ",
                                 "keys ", "day ", "\u212aelvin ", "state ", "us "]),
                max_size=6).map("".join) | ENGLISH)
@example(("Ministry",), "the Ministries said")
@example(("Kelvin",), "\u212aelvin")
def test_the_substring_test_never_hides_a_match(phrases: tuple[str, ...], text: str) -> None:
    pattern = _any_pattern(phrases)
    expected = pattern is not None and pattern.search(text) is not None
    assert english_has_any(text, phrases) is expected


def _reference_candidates(index: _PhraseIndex[Any], folded: str, start: int,
                          end: int) -> list[Any]:
    """Every key length tried in turn, as the index did before keys were filed by letters."""
    token = folded[start:end]
    found: list[Any] = []
    for length in sorted({len(key) for key in index._by_key}):
        if length > len(token):
            break
        buckets = index._by_key.get(token[:length])
        if buckets:
            found += buckets.get("", ())
            found += buckets.get("*", ())
            if length == len(token):
                after = end
                while after < len(folded) and folded[after].isspace():
                    after += 1
                if end < after < len(folded):
                    found += buckets.get(folded[after], ())
    return found


TERMS = st.lists(st.sampled_from([
    "Azerbaycan", "ABD", "Dışişleri Bakanı", "U.S. Army", "A Takımı", "Bakü", "Rus", "Rusya",
    "İlham Aliyev", "Aliyev", "AB", "a", "Ab Cd", "NATO", "Kasım", "Türkiye Cumhuriyeti",
    "Türk", "Ankara'daki", "Orta Koridor", "x y z"]), min_size=1, max_size=10, unique=True)
TEXT = st.lists(st.sampled_from([
    "Azerbaycan'ın", "ABD'ye", "Dışişleri Bakanları", "U.S. Army", "a", "A Takımı'nın", "Bakü",
    "Rusya", "Rus", "İlham Aliyev", "Aliyev'in", "AB", "ab", "NATO", "Kasım'da", "Türk",
    "Türkiye Cumhuriyeti", "Orta  Koridor", "x y z", "ve", "bir", "Ab Cd."]),
    max_size=12).map(" ".join)


@settings(max_examples=200)
@given(TERMS, TEXT)
def test_candidates_by_leading_letters_are_the_candidates_of_every_key_length(
        terms: list[str], text: str) -> None:
    index = TermIndex([GlossaryTerm(source=term, targets=("x",)) for term in terms])
    phrases = index._index
    folded = text.translate(phrases.fold_table)
    for run in _WORD_RUN.finditer(folded):
        expected = _reference_candidates(phrases, folded, run.start(), run.end())
        assert phrases._candidates(folded, run.start(), run.end()) == expected
        # find() skips only words without candidates
        assert phrases.may_start(folded, run.start()) or not expected


def _rows(targets: list[str]) -> list[QaRow]:
    return [QaRow(i, i, "Bu gelişme sonrasında bir yumuşama beklenmiştir.", target, "translated")
            for i, target in enumerate(targets)]


@given(st.lists(st.sampled_from(["It eased.", "It  eased.", "It softened.", " "]), min_size=1,
                max_size=3),
       st.lists(st.sampled_from(["It eased.", "It softened.", "It relaxed.", "  ", "It  eased."]),
                max_size=5))
def test_inconsistent_with_a_project_map_is_inconsistent_with_pairs(
        own: list[str], project: list[str]) -> None:
    rows = _rows(own)
    key = source_key(rows[0].source)
    pairs = check_document(rows, others=[(key, english) for english in project])
    mapped = check_document(rows, translations={key: project, "other": ["x"]})
    assert [(row, issue.check, issue.detail, issue.params) for row, issue in mapped] == \
        [(row, issue.check, issue.detail, issue.params) for row, issue in pairs]


def test_the_substring_test_is_ascii_only() -> None:
    # Case-insensitive patterns match the Kelvin sign to k: str.lower() does not know that.
    assert re.search("(?i:kelvin)", "\u212aelvin")
    assert english_has_any("\u212aelvin", ("Kelvin",))
