"""What counts as a translation (answers.py) and what an error may say (scrub.py)."""

from __future__ import annotations

import pytest

from annotator.core.mt_types import ErrorKind
from annotator.mt.answers import answer_problem, has_ordinary_word
from annotator.mt.errors import MTError
from annotator.mt.scrub import MAX_PARAM_CHARS, scrub


@pytest.mark.parametrize(("source", "answer", "reason"), [
    ("Görüşme sürdü.", "", "empty_answer"),
    ("Görüşme sürdü.", " \n\t", "empty_answer"),
    ("Görüşme sürdü.", "Talks\ud800", "invalid_answer"),
    ("Görüşme sürdü.", "Talks\x00", "invalid_answer"),
    ("Görüşme sürdü.", "Görüşme sürdü.", "untranslated_answer"),
    ("Görüşme  sürdü.", " görüşme SÜRDÜ. ", "untranslated_answer"),  # spacing and case aside
    ("Bakan Ankara'ya geldi.", "Bakan Ankara'ya geldi.", "untranslated_answer"),
    ("Kısa.", "x" * 251, "answer_too_long"),  # 10 × 5 + 200 = 250
])
def test_answers_that_are_not_translations(source: str, answer: str, reason: str) -> None:
    problem = answer_problem(source, answer)
    assert problem is not None and problem[0] == reason


@pytest.mark.parametrize(("source", "answer"), [
    ("Görüşme sürdü.", "The talks went on."),
    ("Kısa.", "x" * 250),
    ("Ankara.", "Ankara."),  # a name
    ("NATO ve AB", "NATO ve AB"),  # acronyms and a short word
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"),
    ("27/11/2019", "27/11/2019"),
    ("https://ornek.org/kaynak", "https://ornek.org/kaynak"),  # not a word of letters
    ("Görüşme.", "Görüşme."),  # one capitalised word: could be a name
])
def test_answers_that_may_be_translations(source: str, answer: str) -> None:
    assert answer_problem(source, answer) is None


def test_the_same_language_may_come_back_unchanged() -> None:
    assert answer_problem("görüşme sürdü", "görüşme sürdü", "tr", "tr") is None


def test_ordinary_words() -> None:
    assert has_ordinary_word("Bakan geldi.")
    assert has_ordinary_word("“sürdü”")  # punctuation around it does not count
    assert not has_ordinary_word("Bakan ve AB.")
    assert not has_ordinary_word("Kasım'da 27.")


KEY = "s3cret-Key-4711"


@pytest.mark.parametrize(("text", "expected"), [
    (f"Invalid API key: {KEY}", "Invalid API key: ***"),
    ("https://h/t?q=x&api_key=abc123&source=tr", "https://h/t?q=x&api_key=***&source=tr"),
    ("auth_key=abc123 key=zzz token=ttt", "auth_key=*** key=*** token=***"),
    ('{"api_key": "abc123", "q": "x"}', '{"api_key": "***", "q": "x"}'),
    ("Authorization: DeepL-Auth-Key abc:fx rejected", "Authorization: *** rejected"),
    ("authorization: Bearer tok.en", "authorization: ***"),
    (f"echo {KEY.replace('-', '%2D')}", "echo s3cret%2DKey%2D4711"),  # only encodings of ours
    ("s3cret-Key-4711%21 quoted", "*** quoted"),
])
def test_scrub_hides_keys(text: str, expected: str) -> None:
    assert scrub(text, [KEY, f"{KEY}!"]) == expected


def test_short_or_missing_secrets_change_nothing() -> None:
    assert scrub("a b c", [None, "", "a"]) == "a b c"


def test_every_mt_error_parameter_is_cleaned() -> None:
    error = MTError(ErrorKind.SERVER, "server_detail", engine="LibreTranslate", status=500,
                    detail="api_key=abc123 broke \ud800" + "x" * 400)
    detail = error.params["detail"]
    assert detail.startswith("api_key=*** broke \ufffd") and len(detail) == MAX_PARAM_CHARS
    assert error.params["status"] == 500
    str(error).encode("utf-8")  # storable
    named = MTError(ErrorKind.AUTH, "needs_key", engine="X", status=400,
                    detail=f"bad {KEY}").without([KEY])
    assert named.params["detail"] == "bad ***"
