"""Re-anchoring English-side spans after translation edits: unchanged spans move with their text,
edited spans are flagged, deleted spans are dropped, and no span jumps to another occurrence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.anchoring import Reanchored, reanchor, reanchor_many

OLD = "US Secretary of State Antony Blinken held a phone call with Azerbaijani President Aliyev."


def span_of(text: str, words: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def moved(old: str, new: str, words: str, occurrence: int = 0) -> Reanchored | None:
    return reanchor(old, new, span_of(old, words, occurrence))


@pytest.mark.parametrize("new", [
    "On 27 November, " + OLD,  # insertion before
    OLD + " It was their first call in weeks.",  # insertion after
    OLD.replace("held a phone call", "spoke by phone"),  # edit elsewhere
    OLD.replace("US Secretary of State ", ""),  # deletion elsewhere
    OLD.replace("Antony Blinken held", "Antony Blinken, on Monday, held"),  # right at the edge
])
def test_unchanged_span_moves_with_the_text(new: str) -> None:
    result = moved(OLD, new, "Antony Blinken")
    assert result is not None and not result.changed
    assert new[result.start:result.end] == "Antony Blinken"


def test_unchanged_span_keeps_its_exact_offsets_when_nothing_before_it_changed() -> None:
    new = OLD.replace("President Aliyev", "President Ilham Aliyev")
    assert moved(OLD, new, "Antony Blinken") == Reanchored(*span_of(OLD, "Antony Blinken"), False)


def test_insertion_at_the_start_of_the_span_stays_outside() -> None:
    old = "the Senate decided"
    new = "the US Senate decided"
    result = moved(old, new, "Senate")
    assert result == Reanchored(7, 13, False)


def test_edit_inside_the_span_is_flagged_and_covers_the_new_words() -> None:
    new = OLD.replace("US Secretary of State", "American Secretary of State")
    result = moved(OLD, new, "US Secretary of State")
    assert result is not None and result.changed
    assert new[result.start:result.end] == "American Secretary of State"


def test_typo_fix_inside_a_name_is_flagged() -> None:
    old = "Secretary Blinkn called Aliyev."
    new = "Secretary Blinken called Aliyev."
    result = moved(old, new, "Blinkn")
    assert result is not None and result.changed
    assert new[result.start:result.end] == "Blinken"


def test_partly_deleted_span_keeps_what_is_left() -> None:
    new = OLD.replace("Antony Blinken", "Blinken")
    result = moved(OLD, new, "Antony Blinken")
    assert result is not None and result.changed
    assert new[result.start:result.end] == "Blinken"


def test_whitespace_edits_inside_the_span_count_as_changed() -> None:
    old = "the US  Senate decided"
    new = "the US Senate decided"
    result = moved(old, new, "US  Senate")
    assert result is not None and result.changed
    assert new[result.start:result.end] == "US Senate"


def test_insertion_inside_the_span_is_flagged() -> None:
    new = OLD.replace("Antony Blinken", "Antony J. Blinken")
    result = moved(OLD, new, "Antony Blinken")
    assert result is not None and result.changed
    assert new[result.start:result.end] == "Antony J. Blinken"


def test_deleted_span_is_none_never_moved_to_neighbours() -> None:
    new = OLD.replace(" with Azerbaijani President Aliyev", "")
    assert moved(OLD, new, "Azerbaijani President Aliyev") is None
    assert moved(OLD, new, "Aliyev") is None


def test_moved_words_are_found_again_and_flagged() -> None:
    old = "Blinken called Aliyev on 27 November."
    new = "Aliyev received a call from Blinken on 27 November."
    for words in ("Blinken", "Aliyev"):
        result = moved(old, new, words)
        assert result is not None and new[result.start:result.end] == words
    # The diff keeps "Blinken ... on 27 November." in place; "Aliyev" is the word that moved.
    assert moved(old, new, "Aliyev") == Reanchored(0, 6, True)


def test_full_rewrite_flags_every_span() -> None:
    old = "Blinken called Aliyev on 27 November."
    new = "The two leaders spoke by phone late last month."
    for words in ("Blinken", "called", "27 November"):
        result = moved(old, new, words)
        assert result is None or result.changed


def test_empty_new_text_drops_every_span() -> None:
    assert reanchor_many(OLD, "", [span_of(OLD, "Aliyev"), (0, 2)]) == [None, None]


@pytest.mark.parametrize(("old", "new", "occurrence", "expected_start"), [
    # The second "US" keeps being the second one, whatever happens to the first.
    ("the US and the US agreed", "Yesterday the US and the US agreed", 1, 25),
    ("the US and the US agreed", "the US and then the US agreed", 1, 20),
    ("the US and the US agreed", "the US and the US agreed on it", 0, 4),
    ("the US and the US agreed", "the US and the US agreed on it", 1, 15),
    ("Aliyev met Aliyev", "Aliyev met President Aliyev", 1, 21),
])
def test_repeated_words_do_not_jump(old: str, new: str, occurrence: int,
                                    expected_start: int) -> None:
    result = moved(old, new, old.split()[1] if "US" in old else "Aliyev", occurrence)
    assert result is not None and not result.changed
    assert result.start == expected_start


def test_deleting_the_tagged_occurrence_does_not_jump_to_the_other() -> None:
    old = "the US and the US agreed"
    new = "the US and the agreed"
    assert moved(old, new, "US", 1) is None


def test_unicode_text() -> None:
    old = "Bakü’de İlham Aliyev ile görüştü — şöyle dedi: “barış”."
    new = "Dün Bakü’de Cumhurbaşkanı İlham Aliyev ile görüştü — şöyle dedi: “barış”."
    for words in ("Bakü", "İlham Aliyev", "“barış”"):
        result = moved(old, new, words)
        assert result is not None and not result.changed
        assert new[result.start:result.end] == words
    emoji_old = "🇦🇿 Aliyev 👍 agreed"
    emoji_new = "🇦🇿🇺🇸 Aliyev 👍 agreed today"
    result = moved(emoji_old, emoji_new, "Aliyev")
    assert result is not None and emoji_new[result.start:result.end] == "Aliyev"


def test_reanchor_many_matches_reanchor() -> None:
    new = "Yesterday " + OLD.replace("phone call", "call")
    spans = [span_of(OLD, w) for w in ("Antony Blinken", "phone call", "Aliyev")]
    assert reanchor_many(OLD, new, spans) == [reanchor(OLD, new, s) for s in spans]


def test_identical_text_keeps_spans() -> None:
    assert reanchor_many(OLD, OLD, [(0, 2), (3, 12)]) == [Reanchored(0, 2, False),
                                                          Reanchored(3, 12, False)]


@pytest.mark.parametrize("span", [(5, 5), (-1, 3), (10, 5), (0, len(OLD) + 1)])
def test_bad_spans_raise(span: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="span"):
        reanchor(OLD, OLD + "!", span)



WORDS = st.sampled_from(["the", "US", "Senate", "Aliyev", "Bakü", "ilişkiler", ",", "27", "—"])
NEW_WORDS = st.sampled_from(["yesterday", "Blinken", "ve", ";", "1.000", "İlham"])


def _insert_outside(words: list[str], inserted_words: st.SearchStrategy[str],
                    data: st.DataObject) -> tuple[str, str, tuple[int, int], Reanchored | None]:
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first + 1, len(words)))
    at = data.draw(st.sampled_from([i for i in range(len(words) + 1) if not first < i < last]))
    inserted = data.draw(st.lists(inserted_words, min_size=1, max_size=4))
    old = " ".join(words)
    new = " ".join(words[:at] + inserted + words[at:])
    start = len(" ".join(words[:first])) + (1 if first else 0)
    end = start + len(" ".join(words[first:last]))
    return old, new, (start, end), reanchor(old, new, (start, end))


@settings(max_examples=200, deadline=None)
@given(words=st.lists(WORDS, min_size=2, max_size=12), data=st.data())
def test_property_new_words_outside_keep_the_span(words: list[str], data: st.DataObject) -> None:
    old, new, (start, end), result = _insert_outside(words, NEW_WORDS, data)
    assert result is not None and not result.changed
    assert new[result.start:result.end] == old[start:end]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(WORDS, min_size=2, max_size=12), data=st.data())
def test_property_repeated_words_outside_never_move_silently(words: list[str],
                                                             data: st.DataObject) -> None:
    # Inserting "US" next to "US the" is ambiguous (before or inside the span?): flagging it is
    # allowed, silently covering other text is not.
    old, new, (start, end), result = _insert_outside(words, WORDS, data)
    assert result is not None
    assert result.changed or new[result.start:result.end] == old[start:end]
