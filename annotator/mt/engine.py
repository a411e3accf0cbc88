"""The factory that builds an engine by name (online or offline).

The engine interface and settings live in :mod:`annotator.mt.types` (re-exported here, so
``from annotator.mt.engine import EngineSettings, create_engine`` keeps working). No engine module
imports this one: it imports them, lazily, so that choosing google never loads ctranslate2.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.mt.errors import MTConfigError
from annotator.mt.types import DEFAULT_ENGINE, ENGINE_NAMES, Engine, EngineSettings, TextLimit

__all__ = ["DEFAULT_ENGINE", "ENGINE_NAMES", "Engine", "EngineSettings", "TextLimit",
           "create_engine"]


def create_engine(settings: EngineSettings) -> Engine:
    """Build the engine ``settings.name``; raises :class:`MTConfigError` on bad settings."""
    factories = _factories()
    if settings.name not in factories:
        raise MTConfigError("unknown_engine", engine=settings.name,
                            engines=", ".join(ENGINE_NAMES))
    if settings.url is not None and settings.name not in ("libre", "deepl", "llm"):
        raise MTConfigError("url_not_used", engine=settings.name)
    if settings.model is not None and settings.name != "ctranslate2":
        raise MTConfigError("model_not_used", engine=settings.name)
    if settings.read_timeout <= 0 or settings.connect_timeout <= 0:
        raise MTConfigError("bad_timeout", connect=settings.connect_timeout,
                            read=settings.read_timeout)
    if settings.deadline is not None and settings.deadline <= 0:
        raise MTConfigError("bad_deadline", deadline=settings.deadline)
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

    def deepl(settings: EngineSettings) -> Engine:
        from annotator.mt.deepl_engine import DeepLEngine
        return DeepLEngine(settings)

    def llm(settings: EngineSettings) -> Engine:
        from annotator.mt.llm import LLMEngine
        return LLMEngine(settings)

    return {"google": online, "mymemory": online, "libre": online, "ctranslate2": offline,
            "deepl": deepl, "llm": llm}
