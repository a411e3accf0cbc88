"""Find and replace: Turkish-aware folding that keeps offsets, whole words, regex, literal text."""

from __future__ import annotations

import pytest

from annotator.core.find_replace import (
    FindOptions,
    FindPatternError,
    compile_pattern,
    find_spans,
    replace_text,
)


def test_turkish_letters_match_their_partners_with_exact_offsets() -> None:
    text = "On 27 Kasım, İstanbul and KASIM"
    pattern = compile_pattern("kasim", FindOptions())
    assert [text[s:e] for s, e in find_spans(text, pattern)] == ["Kasım", "KASIM"]
    pattern = compile_pattern("istanbul", FindOptions())
    assert [text[s:e] for s, e in find_spans(text, pattern)] == ["İstanbul"]


def test_match_case_and_whole_word() -> None:
    text = "US troops, the USA and us"
    exact = compile_pattern("US", FindOptions(match_case=True, whole_word=True))
    assert [text[s:e] for s, e in find_spans(text, exact)] == ["US"]
    loose = compile_pattern("us", FindOptions(whole_word=True))
    assert [text[s:e] for s, e in find_spans(text, loose)] == ["US", "us"]


def test_regex_replacement_with_groups_and_literal_backslashes() -> None:
    pattern = compile_pattern(r"(\d+) November", FindOptions(regex=True))
    assert pattern is not None
    assert replace_text("On 27 November", pattern, r"November \1", regex=True) == \
        ("On November 27", 1)
    plain = compile_pattern("a", FindOptions(match_case=True))
    assert plain is not None
    assert replace_text("a-a", plain, r"\1", regex=False) == (r"\1-\1", 2)


def test_a_broken_regex_is_one_clear_error() -> None:
    with pytest.raises(FindPatternError):
        compile_pattern("(unclosed", FindOptions(regex=True))
    assert compile_pattern("", FindOptions()) is None
