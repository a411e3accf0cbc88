"""The one error type every MT engine raises, and the error for a job that cannot start.

Both carry a kind and parameters, never a sentence (templates: ``annotator/messages/mt.py``).

:class:`MTError` carries a :class:`~annotator.core.mt_types.ErrorKind` as ``kind`` for the runner
(retry or not, stop the job when offline; storage keeps its value) and a finer ``reason`` that
picks the message template (``mt.<reason>``: "the connection timed out" and "no connection" are
both ``offline``); ``retry_after`` is the pause in seconds a server asked for, when it said. Its
string parameters are cleaned on the way in (:func:`annotator.mt.scrub.clean_param`): no
key-like value, no character SQLite cannot store, nothing longer than a few lines, because they
are printed and stored in ``translations.error``.
:class:`MTConfigError` is a bad engine name, URL, model folder or option: the CLI turns it into
exit code 2.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.mt_types import ErrorKind
from annotator.errors import AnnotatorError
from annotator.mt.scrub import clean_param


class MTError(AnnotatorError):
    """A translation request failed; ``kind`` says how, ``reason`` which message explains it.

    ``MTError(ErrorKind.TIMEOUT, engine="LibreTranslate", seconds=15)`` uses the template
    ``mt.timeout``; ``MTError(ErrorKind.OFFLINE, "connect_timeout", host=...)`` uses
    ``mt.connect_timeout``.
    """

    domain = "mt"
    kind: ErrorKind  # AnnotatorError keeps a str; an ErrorKind is one (a StrEnum)

    def __init__(self, kind: ErrorKind, reason: str | None = None, /, *,
                 retry_after: float | None = None, **params: Any) -> None:
        super().__init__(kind, **{name: clean_param(value) for name, value in params.items()})
        self.kind = ErrorKind(kind)
        self.reason = reason or self.kind.value
        self.retry_after = retry_after

    def without(self, secrets: Iterable[str | None]) -> MTError:
        """This error with every occurrence of ``secrets`` (an engine's keys) hidden."""
        secrets = tuple(secrets)
        self.params = {name: clean_param(value, secrets) for name, value in self.params.items()}
        return self

    @property
    def key(self) -> str:
        """``mt.<reason>``: the catalogue entry of this error's message."""
        return f"{self.domain}.{self.reason}"

    @property
    def message(self) -> str:
        """The English sentence (``str(error)``), for summaries and the stored ``error`` text."""
        return str(self)

    def __repr__(self) -> str:
        return (f"MTError({self.kind.value!r}, {self.reason!r}, {self.params!r}, "
                f"retry_after={self.retry_after})")


class MTConfigError(AnnotatorError):
    """An engine cannot be set up as asked (unknown name, bad URL, missing model, ...)."""

    domain = "mt"
