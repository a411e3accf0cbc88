"""Keep secrets and unstorable characters out of error texts that are stored and printed.

A server's error body is shown to people ("Server said: ...") and stored in
``translations.error``, and servers echo what they were sent: ``Invalid API key: s3cret``. Every
string parameter of an :class:`~annotator.mt.errors.MTError` goes through :func:`clean_param`:
``key=...``-style values (``api_key=``, ``auth_key=``, ``key=``, ``token=``, JSON
``"api_key": "..."``) and ``Authorization:`` header values become ``***``, characters that are not
valid text (lone surrogates, controls) become U+FFFD, and the text is cut to
:data:`MAX_PARAM_CHARS`. An engine that knows its configured key also removes that value wherever
it appears (:func:`scrub`, before cutting, so that no half key survives the cut).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

from annotator.core.text_checks import replace_invalid

HIDDEN = "***"
MAX_PARAM_CHARS = 300
MIN_SECRET_CHARS = 4  # a shorter "key" would blank out ordinary letters
_PATTERNS = (
    re.compile(r"(?i)(\b\w*(?:key|token|secret|password)=)[^\s&\"',;<>]+"),
    re.compile(r"(?i)(\"\w*(?:key|token|secret|password)\"\s*:\s*\")[^\"]*"),
    re.compile(r"(?i)(\bauthorization\s*[:=]\s*)(?:(?:bearer|basic|token|deepl-auth-key)\s+)?"
               r"[^\s,;\"']+"),
)


def scrub(text: str, secrets: Iterable[str | None] = ()) -> str:
    """``text`` with the ``secrets`` (also URL-encoded) and key-like values replaced by ***."""
    forms = {form for secret in secrets if secret and len(secret) >= MIN_SECRET_CHARS
             for form in (secret, quote(secret, safe=""), quote_plus(secret))}
    for form in sorted(forms, key=len, reverse=True):  # a longer one may contain a shorter
        text = text.replace(form, HIDDEN)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda match: match.group(1) + HIDDEN, text)
    return text


def clean_param(value: object, secrets: Iterable[str | None] = ()) -> object:
    """A parameter fit to print and store: strings scrubbed, made valid and cut; others as is."""
    if not isinstance(value, str):
        return value
    text = replace_invalid(scrub(value, secrets))
    return text if len(text) <= MAX_PARAM_CHARS else text[:MAX_PARAM_CHARS - 1] + "…"
