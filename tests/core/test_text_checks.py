"""invalid_text_reason: the characters no stored text may hold, named with their position."""

from __future__ import annotations

import pytest

from annotator.core.text_checks import invalid_text_reason, replace_invalid


@pytest.mark.parametrize(("text", "reason"), [
    ("Talks\ud800 lasted.", "lone surrogate U+D800 at character 6"),
    ("\udfff", "lone surrogate U+DFFF at character 1"),
    ("a\x00b", "control character U+0000 at character 2"),
    ("bell\x07", "control character U+0007 at character 5"),
    ("form\x0cfeed", "control character U+000C at character 5"),
    ("del\x7f", "control character U+007F at character 4"),
    ("c1\x85", "control character U+0085 at character 3"),
])
def test_bad_characters_are_named(text: str, reason: str) -> None:
    assert invalid_text_reason(text) == reason


@pytest.mark.parametrize("text", ["", "Görüşme iki saat sürdü.", "tab\there", "line\nfeed",
                                  "cr\r\n", "emoji 🙂 and İı", "\u00a0no-break", "\ufffd"])
def test_ordinary_text_passes(text: str) -> None:
    assert invalid_text_reason(text) is None


def test_replace_invalid_keeps_the_rest() -> None:
    assert replace_invalid("a\ud800b\x00c\td") == "a\ufffdb\ufffdc\td"
    assert invalid_text_reason(replace_invalid("x\ud800\x1f")) is None
