"""Is this string text we can store? One pure check shared by MT answers and imported files.

A translation that arrives from a server, or a ``final`` read from an imported file, may hold
characters no document holds: a lone UTF-16 surrogate (``"\\ud800"`` is valid JSON but cannot be
written as UTF-8, so SQLite refuses it), NUL, or another control character.
:func:`invalid_text_reason` names the first such character so that the caller can refuse the text
with a clear error instead of failing later with a traceback. Tab, line feed and carriage return
are ordinary text; DEL and the C1 controls (U+007F–U+009F) are not.
"""

from __future__ import annotations

import re

# C0 controls except \t \n \r, DEL, C1 controls, and UTF-16 surrogates (never valid alone in str).
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def invalid_text_reason(text: str) -> str | None:
    """Why ``text`` is not valid text, naming its first bad character; None when it is fine.

    ``invalid_text_reason("a\\ud800")`` → ``"lone surrogate U+D800 at character 2"``;
    ``invalid_text_reason("a\\x00")`` → ``"control character U+0000 at character 2"``.
    """
    match = _INVALID.search(text)
    if match is None:
        return None
    code = ord(match.group())
    what = "lone surrogate" if 0xD800 <= code <= 0xDFFF else "control character"
    return f"{what} U+{code:04X} at character {match.start() + 1}"


def replace_invalid(text: str, replacement: str = "\ufffd") -> str:
    """``text`` with every character :func:`invalid_text_reason` would name replaced."""
    return _INVALID.sub(replacement, text)
