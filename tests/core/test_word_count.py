"""Source word counts as CAT tools make them, and a document's counts by part and status."""

from __future__ import annotations

import pytest

from annotator.core.models import BlockRole, TargetStatus
from annotator.core.word_count import ALL_ROLES, DocumentWords, count_words, words


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaycan'ın dış politikası", ["Azerbaycan'ın", "dış", "politikası"]),
    ("ABD’nin ve İSTANBUL’DA", ["ABD’nin", "ve", "İSTANBUL’DA"]),
    ("27 Kasım'da 2023'te", ["27", "Kasım'da", "2023'te"]),
    ("1.000 asker, 3,5 milyar; 12.12.2023 saat 10:30", ["1.000", "asker", "3,5", "milyar",
                                                       "12.12.2023", "saat", "10:30"]),
    ("ABD-Azerbaycan ilişkileri", ["ABD-Azerbaycan", "ilişkileri"]),
    ("A.B.D.'nin kararı", ["A.B.D.'nin", "kararı"]),
    ("%50 oranında 3üncü", ["50", "oranında", "3üncü"]),
    ("karar.[1] Sonra", ["karar", "1", "Sonra"]),
    ("bkz. https://avim.org.tr/tr/Yorum/x-y. ya da info@avim.org.tr!",
     ["bkz", "https://avim.org.tr/tr/Yorum/x-y", "ya", "da", "info@avim.org.tr"]),
])
def test_words_follow_cat_tool_rules(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert count_words(text) == len(expected)


@pytest.mark.parametrize("text", ["", "   ", "— … «» “” ! ? - – / ( ) [ ] % $ •", "'"])
def test_punctuation_and_symbols_are_not_words(text: str) -> None:
    assert count_words(text) == 0


def test_spaced_dashes_and_quotes_separate_words() -> None:
    assert words("“Ne?” dedi – evet - hayır") == ["Ne", "dedi", "evet", "hayır"]


def test_decomposed_accents_stay_inside_their_word() -> None:
    assert count_words("i\u0307stanbul ve Ka\u0302zım") == 3


def _counts() -> DocumentWords:
    cells = {
        (BlockRole.TITLE, TargetStatus.TRANSLATED): (1, 5),
        (BlockRole.BODY, TargetStatus.UNTRANSLATED): (3, 40),
        (BlockRole.BODY, TargetStatus.REVIEWED): (2, 20),
        (BlockRole.FOOTNOTE, TargetStatus.MT): (2, 30),
    }
    return DocumentWords("d1", "Başlık", (BlockRole.TITLE, BlockRole.BODY), cells)


def test_document_words_sum_the_translatable_parts_by_default() -> None:
    counts = _counts()
    assert counts.words() == 65 and counts.sentences() == 6
    assert counts.total_words == 95 and counts.sentences(ALL_ROLES) == 8
    assert counts.words_by_status() == {
        TargetStatus.UNTRANSLATED: 40, TargetStatus.MT: 0, TargetStatus.DRAFT: 0,
        TargetStatus.TRANSLATED: 5, TargetStatus.REVIEWED: 20}
    assert list(counts.words_by_status()) == list(TargetStatus)


def test_document_words_for_other_parts() -> None:
    counts = _counts()
    assert counts.words([BlockRole.FOOTNOTE]) == 30
    assert counts.words_by_status(ALL_ROLES)[TargetStatus.MT] == 30
    assert counts.sentences([BlockRole.BODY], TargetStatus.REVIEWED) == 2
