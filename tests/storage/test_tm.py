"""The translation memory below the operations layer: the index (scores, order, the length
prefilter, add and remove), the word diff, folded offsets, and the ``tm_units`` table."""

from __future__ import annotations

import random
from pathlib import Path

from rapidfuzz import fuzz

from annotator.core.tm_match import (
    MatchKind,
    TMEntry,
    TMIndex,
    folded_spans,
    word_diff,
)
from annotator.core.turkish import search_key
from annotator.storage.connection import open_project
from annotator.storage.tm import add_tm_unit, concordance, tm_entries

CURRENT = "Dışişleri Bakanı dün Ankara'da gazetecilere önemli bir açıklama yaptı."
NINETY = "Dışişleri Bakanı dün Ankara'da basına önemli bir açıklama yaptı."


def unit(source: str, target: str = "x", unit_id: int = 1, **kwargs: object) -> TMEntry:
    return TMEntry.make(source, target, "m.tmx", unit_id=unit_id, **kwargs)  # type: ignore[arg-type]


def test_a_ninety_percent_match_with_its_score_and_word_diff() -> None:
    index = TMIndex([unit(NINETY, "A statement to the press."), unit("Ekonomi büyüdü.")])
    (match,) = index.lookup(CURRENT)
    assert (match.kind, match.score, match.target) == (MatchKind.FUZZY, 90,
                                                       "A statement to the press.")
    assert [span.tag for span in match.diff] == ["equal", "replace", "equal"]
    replaced = match.diff[1]
    assert (CURRENT[replaced.start:replaced.end],
            NINETY[replaced.match_start:replaced.match_end]) == ("gazetecilere", "basına")


def test_exact_ignores_whitespace_and_case_differences_score_99() -> None:
    index = TMIndex([unit("Bakan  geldi.\n", "The minister came.", 1),
                     unit("BAKAN GELDİ.", "THE MINISTER CAME.", 2)])
    matches = index.lookup("Bakan geldi.")
    assert [(m.kind, m.score, m.unit_id) for m in matches] == [
        (MatchKind.EXACT, 100, 1), (MatchKind.FUZZY, 99, 2)]


def test_in_context_needs_the_same_previous_sentence_and_duplicates_collapse() -> None:
    index = TMIndex([
        TMEntry.make("Toplantı yapıldı.", "It was held.", "A", sentence_id=1, previous="Önce."),
        TMEntry.make("Toplantı yapıldı.", "It was held.", "A", sentence_id=2, previous="Sonra."),
        TMEntry.make("Toplantı yapıldı.", "The meeting took place.", "B", sentence_id=3,
                     previous="Sonra."),
    ])
    matches = index.lookup("Toplantı  yapıldı.", "Sonra.")
    assert [(m.kind, m.target) for m in matches] == [
        (MatchKind.IN_CONTEXT, "It was held."), (MatchKind.IN_CONTEXT, "The meeting took place.")]
    assert [m.kind for m in index.lookup("Toplantı yapıldı.", "Başka.")] == [MatchKind.EXACT] * 2
    assert [m.sentence_id for m in index.lookup("Toplantı yapıldı.", "Sonra.",
                                                exclude_sentence=2)] == [3, 1]


def test_the_length_prefilter_loses_nothing_brute_force_finds() -> None:
    rng = random.Random(7)
    words = ["Bakan", "dün", "Ankara'da", "önemli", "bir", "açıklama", "yaptı", "halk",
             "seçim", "İzmir'de", "uzun", "konuşma", "ve", "ile", "Kasım'da"]
    sources = [" ".join(rng.choices(words, k=rng.randint(2, 12))) + "." for _ in range(600)]
    index = TMIndex(unit(s, f"t{i}", i) for i, s in enumerate(sources))
    for query in sources[:40]:
        folded = search_key(query)
        expected = {(search_key(s), f"t{i}") for i, s in enumerate(sources)
                    if s != query and round(fuzz.ratio(folded, search_key(s))) >= 70}
        found = index.lookup(query, limit=10_000)
        assert {(search_key(m.source), m.target) for m in found if m.kind is MatchKind.FUZZY
                } == expected
        assert all(m.score >= 70 for m in found)
        assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)


def test_add_replaces_a_sentence_and_remove_forgets_it() -> None:
    index = TMIndex([unit("Ekonomi büyüdü.", "The economy grew.")])
    index.add(TMEntry.make(NINETY, "Old.", "doc", sentence_id=5))
    index.add(TMEntry.make(NINETY, "New.", "doc", sentence_id=5))
    assert len(index) == 2
    assert [m.target for m in index.lookup(CURRENT)] == ["New."]
    assert index.remove_sentence(5) and not index.remove_sentence(5)
    assert index.lookup(CURRENT) == [] and len(index) == 1


def test_word_diff_inserts_and_deletes() -> None:
    diff = word_diff("Bakan dün geldi.", "Bakan geldi bugün.")
    changed = [(d.tag, "Bakan dün geldi."[d.start:d.end], "Bakan geldi bugün."[
        d.match_start:d.match_end]) for d in diff if d.tag != "equal"]
    assert changed == [("delete", "dün", ""), ("insert", "", "bugün")]


def test_folded_spans_map_back_to_the_original_text() -> None:
    text = "27 KASIM'da, Kasım ayında ve İstanbul'da"
    assert [text[s:e] for s, e in folded_spans(text, "kasim")] == ["KASIM", "Kasım"]
    decomposed = "Kas\u0131m i\u0307stanbul"  # a dotted i written as i + combining dot
    assert [decomposed[s:e] for s, e in folded_spans(decomposed, "istanbul")] == [
        "i\u0307stanbul"]


def test_units_are_stored_normalised_once_and_read_by_language_pair(tmp_path: Path) -> None:
    db = open_project(tmp_path / "p.sqlite")
    try:
        assert add_tm_unit(db, "Bakan   geldi.", "The minister came.", "tr", "en", "a.tmx")
        assert not add_tm_unit(db, "Bakan geldi.", "The minister came.", "tr", "en", "b.tmx")
        assert add_tm_unit(db, "Bakan geldi.", "Le ministre est venu.", "tr", "fr", "b.tmx")
        (entry,) = tm_entries(db)
        assert (entry.source, entry.origin, entry.unit_id) == ("Bakan geldi.", "a.tmx", 1)
        assert db.execute("SELECT length, source_search FROM tm_units WHERE id = 1"
                          ).fetchone() == (12, "bakan geldi.")
        assert [hit.unit_id for hit in concordance(db, "GELDI")] == [1, 2]
        assert concordance(db, "%") == []  # no LIKE wildcards
    finally:
        db.close()
