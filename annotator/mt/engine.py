"""The engine interface, engine settings and the factory that builds an engine by name.

An engine translates one piece of text that fits its :class:`TextLimit` and raises only
:class:`~annotator.mt.errors.MTError`; splitting, markers, caching, retries, rate limits and
concurrency are the runner's job. Engines are called from several threads at once and must be
safe for that. ``name`` is what ``translations.engine`` stores; ``cache_key`` separates cache
entries of engines whose output differs (two offline models).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from annotator.mt.errors import MTConfigError

DEFAULT_ENGINE = "google"
ENGINE_NAMES = ("google", "mymemory", "libre", "ctranslate2")  # deepl: not yet (docs/mt.md)


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
    cache_key: str
    limit: TextLimit
    rate_per_second: float | None  # default request rate; None: no limit

    def translate(self, text: str, source: str, target: str) -> str:
        """Translate ``text`` (within :attr:`limit`) or raise ``MTError``."""
        ...

    def close(self) -> None:
        """Release connections or models."""
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
    rate_per_second: float | None = None  # None: the engine's default


def create_engine(settings: EngineSettings) -> Engine:
    """Build the engine ``settings.name``; raises :class:`MTConfigError` on bad settings."""
    factories = _factories()
    if settings.name not in factories:
        raise MTConfigError(f"unknown engine {settings.name!r}; choose one of "
                            f"{', '.join(ENGINE_NAMES)}")
    if settings.url is not None and settings.name != "libre":
        raise MTConfigError(f"--url is used by the libre engine, not {settings.name}")
    if settings.model is not None and settings.name != "ctranslate2":
        raise MTConfigError(f"--model is used by the ctranslate2 engine, not {settings.name}")
    if settings.read_timeout <= 0 or settings.connect_timeout <= 0:
        raise MTConfigError("timeouts must be positive")
    engine = factories[settings.name](settings)
    if settings.rate_per_second is not None:
        engine.rate_per_second = settings.rate_per_second if settings.rate_per_second > 0 else None
    return engine


def _factories() -> dict[str, Callable[[EngineSettings], Engine]]:
    # Imported here so that choosing google never loads ctranslate2.
    def online(settings: EngineSettings) -> Engine:
        from annotator.mt.online import create_online_engine
        return create_online_engine(settings)

    def offline(settings: EngineSettings) -> Engine:
        from annotator.mt.offline import CTranslate2Engine
        return CTranslate2Engine.from_settings(settings)

    return {"google": online, "mymemory": online, "libre": online, "ctranslate2": offline}
