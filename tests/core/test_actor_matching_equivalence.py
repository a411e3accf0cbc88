"""The one-pass actor matcher finds exactly what one regular expression per name found.

The reference below is the matcher as it was before the Aho-Corasick automaton (one regex per
alias, tried longest name first), kept here only to compare against. Its one change: names of the
same length are tried in a fixed order (name, then key) instead of the order of a Python set,
which changed from run to run. Both run over the real registry (the seeded countries and
organisations, Turkish and English aliases) on real sentences (UD Turkish IMST, UD PUD in Turkish
and English), on those sentences with their white space and case disturbed, and on generated
text made of registry names, suffixes and separators.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.actor_matching import (
    APOSTROPHES,
    BARE_SUFFIXES,
    NameMatch,
    NameMatcher,
    fold_keep_length,
    name_pattern,
)
from annotator.core.models import Side
from annotator.core.turkish import turkish_lower
from annotator.storage.actor_seed import default_actors

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
IMST_DEV = SHARED_DATA / "ud-turkish-imst" / "tr_imst-ud-dev.conllu"
PUD = SHARED_DATA / "ud-pud" / "tr_pud-ud-test.conllu"


class RegexNameMatcher:
    """The reference: one compiled pattern per name, longest names first."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self.entries = [(key, name, re.compile(name_pattern(name)))
                        for key, name in sorted(set(names),
                                                key=lambda kn: (-len(kn[1]), kn[1], kn[0]))
                        if len(name.strip()) >= 2]

    def find(self, text: str) -> list[NameMatch]:
        folded = fold_keep_length(text)
        taken: list[tuple[int, int]] = []
        found: list[NameMatch] = []
        for key, name, pattern in self.entries:
            for match in pattern.finditer(folded):
                start, end = match.span("name")
                if any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                found.append(NameMatch(key, name, start, end))
        return sorted(found, key=lambda m: (m.start, m.end))


def registry(side: Side) -> list[tuple[str, str]]:
    return [(actor.id, alias) for actor in default_actors() for alias in actor.aliases(side)]


MATCHERS = {side: (NameMatcher(registry(side)), RegexNameMatcher(registry(side)))
            for side in Side}


def conllu_lines(path: Path, prefix: str) -> list[str]:
    if not path.exists():
        pytest.skip(f"{path} is not there (../shared/data)")
    with path.open(encoding="utf-8") as handle:
        return [line[len(prefix):].rstrip("\n") for line in handle if line.startswith(prefix)]


def disturbed(text: str, rng: random.Random) -> str:
    """``text`` with some spaces doubled or made line breaks, and in upper or lower case."""
    words = text.split(" ")
    joined = words[0]
    for word in words[1:]:
        joined += rng.choice([" ", " ", "  ", "\n", " \n ", "\t", "\u00a0"]) + word
    cases: list[Callable[[str], str]] = [str, str.upper, turkish_lower]
    return rng.choice(cases)(joined)


def assert_same(side: Side, texts: Iterable[str]) -> int:
    """Compare on every text; return how many names were found (the test must find some)."""
    fast, reference = MATCHERS[side]
    found = 0
    for text in texts:
        expected = reference.find(text)
        assert fast.find(text) == expected, text
        found += len(expected)
    return found


def test_real_turkish_sentences() -> None:
    sentences = conllu_lines(IMST_DEV, "# text = ") + conllu_lines(PUD, "# text = ")
    assert assert_same(Side.TR, sentences) > 300


def test_real_english_sentences() -> None:
    assert assert_same(Side.EN, conllu_lines(PUD, "# text_en = ")) > 300


@pytest.mark.parametrize("side", list(Side))
def test_sentences_with_line_breaks_double_spaces_and_capitals(side: Side) -> None:
    prefix = "# text = " if side is Side.TR else "# text_en = "
    rng = random.Random(19)
    texts = [disturbed(text, rng) for text in conllu_lines(PUD, prefix)[:500]]
    assert assert_same(side, texts) > 100


def test_a_line_break_inside_a_name_still_matches() -> None:
    fast, reference = MATCHERS[Side.TR]
    text = "Birleşmiş\nMilletler  Güvenlik Konseyi'nin kararı"
    assert [(m.key, m.start) for m in fast.find(text)] == [
        (m.key, m.start) for m in reference.find(text)]
    assert fast.find(text)[0].start == 0 and fast.find(text)[0].end > len("Birleşmiş\nMilletler")


def test_names_with_unusual_white_space_inside() -> None:
    names = [("a", "Kuzey  Kore"), ("b", "Güney\tKore"), ("c", "Kore"), ("d", "Orta\u00a0Asya")]
    fast, reference = NameMatcher(names), RegexNameMatcher(names)
    for text in ("Kuzey  Kore'de", "Kuzey Kore", "Kuzey \n Kore", "Güney\tKore'ye",
                 "Güney Kore", "Orta\u00a0Asyalı", "Orta Asya", "kuzey   kore ve güney\tkore"):
        assert fast.find(text) == reference.find(text), text


def test_a_name_found_twice_in_a_row_and_overlapping_itself() -> None:
    names = [("x", "aa aa"), ("y", "ab.ab"), ("z", "aa")]
    fast, reference = NameMatcher(names), RegexNameMatcher(names)
    for text in ("aa aa aa aa aa", "ab.ab.ab.ab", "aa aa", "aa  aa aa"):
        assert fast.find(text) == reference.find(text), text


def _pieces(side: Side) -> st.SearchStrategy[str]:
    names = [name for _, name in registry(side)]
    cased = st.sampled_from(names).flatmap(
        lambda name: st.sampled_from([name, name.upper(), turkish_lower(name), name.title()]))
    endings = st.sampled_from([*BARE_SUFFIXES, *(a + "ın" for a in APOSTROPHES), "'", "’ye",
                               "lı", "stan", "x", "_", "1", "ler", "ı", "deki"])
    separators = st.sampled_from([" ", " ", "  ", "\n", "-", ",", ".", "(", ")", "'", "",
                                  "\u00a0", "\t", "/", " ve "])
    words = st.sampled_from(["ve", "ile", "the", "of", "bakanı", "yetkilileri", "a", "İ", "ı",
                             "kore", "birleşik", "united", "south", "new"])
    return st.one_of(cased, cased, endings, separators, words)


@pytest.mark.parametrize("side", list(Side))
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_generated_text(side: Side, data: st.DataObject) -> None:
    text = "".join(data.draw(st.lists(_pieces(side), max_size=14)))
    fast, reference = MATCHERS[side]
    assert fast.find(text) == reference.find(text)


def test_folding_every_character_as_before() -> None:
    """fold_keep_length (a cached translate table) folds each character as the loop did."""
    import unicodedata

    from annotator.core.actor_matching import _ASCII_FOLD

    def one_by_one(text: str) -> str:
        out = []
        for char in text:
            folded = turkish_lower(char).translate(_ASCII_FOLD)
            folded = "".join(c for c in unicodedata.normalize("NFD", folded)
                             if not unicodedata.combining(c))
            out.append(folded if len(folded) == 1 else char.lower()[:1] or char)
        return "".join(out)

    characters = "".join(chr(code) for code in range(0x30000) if not 0xD800 <= code < 0xE000)
    assert fold_keep_length(characters) == one_by_one(characters)
    ascii_text = "".join(map(chr, range(128))) * 2
    assert fold_keep_length(ascii_text) == one_by_one(ascii_text)
    assert sys.maxunicode >= 0x30000
