"""The catalogue of error messages: one English template per ``domain.kind``, with ``{params}``.

Templates are data, marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` so that ``pyside6-lupdate``
collects them into ``resources/i18n/annotator_tr.ts`` (see its README). The CLI renders them in
English with :func:`render`; the GUI renders them through ``QCoreApplication.translate("Errors",
template)`` (``annotator.gui.error_text``). Each layer's templates live in a module of this package
named after the layer; :func:`templates` merges them.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Protocol


class AnnotatorError(Protocol):
    """What rendering needs of an error (``annotator.errors.AnnotatorError``; a protocol here,
    because this catalogue sits below the module that defines the errors)."""

    @property
    def domain(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def params(self) -> dict[str, Any]: ...

FALLBACK = "{domain} error: {kind}"
LAYERS = ("storage", "ingest", "mt", "exchange", "taxonomy", "project", "cli", "internal")


@cache
def templates() -> dict[str, str]:
    """Every template of every layer, keyed by ``domain.kind``."""
    from importlib import import_module

    merged: dict[str, str] = {}
    for layer in LAYERS:
        module = import_module(f"annotator.messages.{layer}")
        for kind, template in module.MESSAGES.items():
            merged[f"{layer}.{kind}"] = template
    return merged


def template_for(error: AnnotatorError) -> str:
    """The English template of ``error``, or a generic one naming its kind."""
    return templates().get(error.key, FALLBACK)


class _Lenient(dict[str, Any]):
    """Format values: a missing parameter shows as its name in braces, never raises."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, Any]) -> str:
    """``template`` with its ``{name}`` fields replaced by ``params`` (missing ones kept)."""
    values = _Lenient({key: ("" if value is None else value) for key, value in params.items()})
    try:
        return string.Formatter().vformat(template, (), values)
    except (ValueError, IndexError, AttributeError):  # a broken translation: show it as is
        return template


def render(error: AnnotatorError, translate: Callable[[str], str] | None = None) -> str:
    """``error`` as a sentence: its template (translated when ``translate`` is given) filled in."""
    template = template_for(error)
    if translate is not None:
        template = translate(template)
    params = {"domain": error.domain, "kind": error.kind, **error.params}
    return fill(template, params)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text
