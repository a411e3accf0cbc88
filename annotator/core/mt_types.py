"""Machine-translation value types shared by storage and the MT layer.

``ErrorKind`` names the one thing that went wrong with a translation request, in words the GUI and
the CLI can group and explain; ``Translation`` is one stored row of an engine's output (or its
failure) for a sentence. Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from annotator.core.turkish import nfc


class ErrorKind(StrEnum):
    """Why a machine translation failed (stored in ``translations.error_kind``)."""

    OFFLINE = "offline"
    TIMEOUT = "timeout"
    RATE_LIMITED = "rate_limited"
    AUTH = "auth"
    SERVER = "server"
    BAD_RESPONSE = "bad_response"
    TOO_LONG = "too_long"
    UNSUPPORTED_LANGUAGE = "unsupported_language"

    @property
    def transient(self) -> bool:
        """True for failures worth retrying after a pause."""
        return self in (ErrorKind.TIMEOUT, ErrorKind.RATE_LIMITED, ErrorKind.SERVER)


@dataclass(frozen=True)
class Translation:
    """One engine's output for one sentence, or the error that stopped it (text is then None)."""

    id: int
    sentence_id: int
    engine: str
    source_lang: str
    target_lang: str
    text: str | None
    error_kind: ErrorKind | None
    error: str | None
    created: str

    @property
    def failed(self) -> bool:
        """True when this row records an error rather than a translation."""
        return self.error_kind is not None


@dataclass(frozen=True)
class PendingSentence:
    """A sentence selected for machine translation: its id and its Turkish text."""

    sentence_id: int
    document_id: str
    text: str


def cache_key(text: str) -> str:
    """The form a source text is cached under: NFC, whitespace runs collapsed, ends stripped."""
    return " ".join(nfc(text).split())
