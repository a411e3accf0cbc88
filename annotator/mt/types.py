"""The engine interface and settings, shared by the engines and the factory.

An engine translates one piece of text that fits its :class:`TextLimit` and raises only
:class:`~annotator.mt.errors.MTError`; splitting, markers, caching, retries, rate limits and
concurrency are the runner's job. Engines are called from several threads at once and must be
safe for that. ``name`` is what ``translations.engine`` stores; ``cache_key`` separates cache
entries of engines whose output differs (two offline models).

The engines (:mod:`annotator.mt.online`, :mod:`annotator.mt.offline`) import this module; the
factory that picks one of them, :func:`annotator.mt.engine.create_engine`, is imported by none of
them (no import cycle).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

DEFAULT_ENGINE = "google"
ENGINE_NAMES = ("google", "mymemory", "libre", "ctranslate2", "deepl", "llm")


@dataclass(frozen=True)
class TextLimit:
    """The largest input an engine accepts, in characters and/or UTF-8 bytes (inclusive)."""

    max_chars: int | None = None
    max_bytes: int | None = None

    def fits(self, text: str) -> bool:
        """True when ``text`` can be sent in one request."""
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        return self.max_bytes is None or len(text.encode("utf-8")) <= self.max_bytes


class Engine(Protocol):
    """What the runner needs from a translation engine."""

    name: str
    label: str  # how messages name it ("LibreTranslate", a model's name)
    cache_key: str
    limit: TextLimit
    rate_per_second: float | None  # default request rate; None: no limit

    def translate(self, text: str, source: str, target: str) -> str:
        """Translate ``text`` (within :attr:`limit`) or raise ``MTError``."""
        ...

    def abort(self) -> None:
        """Make the calls in flight fail now (called from another thread when a job stops)."""
        ...

    def close(self) -> None:
        """Release connections or models (calls still in flight are aborted)."""
        ...


@dataclass(frozen=True)
class EngineSettings:
    """How to build an engine. ``api_key`` None: looked up in the keyring or environment."""

    name: str = DEFAULT_ENGINE
    url: str | None = None
    model: Path | None = None
    api_key: str | None = None
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    deadline: float | None = None  # one whole request, connect + answer; None: engine default
    rate_per_second: float | None = None  # None: the engine's default
    llm_model: str | None = None  # llm: the model name the server knows (url: its base URL)
    prompt_file: Path | None = None  # llm: a prompt replacing resources/prompts/llm_translate.txt
    formality: str | None = None  # deepl: more, less, prefer_more, prefer_less (not for English)
    variant: str | None = None  # deepl: the English target, EN-GB (default) or EN-US
    glossary: tuple[tuple[str, str], ...] = ()  # deepl: (source, target) terms for a glossary
    glossary_name: str | None = None  # deepl: the name of the run's glossary
