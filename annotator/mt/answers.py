"""Is an engine's answer a translation? The checks every answer passes before it is stored.

An answer is refused (``bad_response``, never stored as a translation, never cached) when it is:

- empty or only whitespace (LibreTranslate's ``null`` is refused by the engine already);
- not valid text: a lone surrogate, NUL or another control character
  (:func:`annotator.core.text_checks.invalid_text_reason`);
- far longer than the source: more than ``10 × len(source) + 200`` characters;
- the source itself, compared with whitespace collapsed and case folded, when the source has at
  least one *ordinary word*: four or more letters, only letters, not capitalised. A sentence of
  names, acronyms or numbers ("Ankara.", "NATO", "27/11/2019") may rightly come back unchanged;
  "Görüşme iki saat sürdü." may not.
"""

from __future__ import annotations

from typing import Any

from annotator.core.text_checks import invalid_text_reason

MAX_GROWTH = 10
MAX_EXTRA_CHARS = 200
MIN_WORD_LETTERS = 4
_EDGE_PUNCTUATION = ".,;:!?…\"'“”‘’«»()[]{}-–—"


def answer_problem(source: str, answer: str, source_lang: str = "tr",
                   target_lang: str = "en") -> tuple[str, dict[str, Any]] | None:
    """The message reason and parameters saying why ``answer`` is not a translation of
    ``source``, or None when it may be one."""
    if not answer.strip():
        return "empty_answer", {}
    reason = invalid_text_reason(answer)
    if reason is not None:
        return "invalid_answer", {"detail": reason}
    if len(answer) > MAX_GROWTH * len(source) + MAX_EXTRA_CHARS:
        return "answer_too_long", {"length": len(answer), "source_length": len(source)}
    if source_lang != target_lang and _folded(answer) == _folded(source) and \
            has_ordinary_word(source):
        return "untranslated_answer", {}
    return None


def has_ordinary_word(text: str) -> bool:
    """True when ``text`` has a word of four or more letters, only letters, not capitalised."""
    for token in text.split():
        word = token.strip(_EDGE_PUNCTUATION)
        if len(word) >= MIN_WORD_LETTERS and word.isalpha() and word[0].islower():
            return True
    return False


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
