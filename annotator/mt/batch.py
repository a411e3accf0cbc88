"""Batch translation: several sentences of one paragraph in one request, with their context.

An engine that can translate a paragraph at a time (the ``llm`` engine) implements
:class:`BatchEngine`: ``translate_batch(items, context, source, target)`` returns, per item id,
the translation or the :class:`~annotator.mt.errors.MTError` that says why that one sentence has
none (missing, empty, a copy of the source, a lost ``[n]`` marker, a refusal). It raises
``MTError`` only when the whole request failed (timeout, 429, 5xx, an unreadable answer). The
runner sends the failed ids again one at a time through ``Engine.translate``.

The context (the document title, the previous sentences with their confirmed English, the
glossary terms found in the paragraph) is read by the project layer and handed to the runner as a
:data:`ParagraphReader`, so this layer never reads a project itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from annotator.core.mt_types import PendingSentence
from annotator.mt.errors import MTError


@dataclass(frozen=True)
class BatchItem:
    """One sentence of a batch: an id unique within the batch and the Turkish text."""

    id: str
    text: str


@dataclass(frozen=True)
class BatchContext:
    """What the engine may show the model besides the sentences themselves."""

    title: str = ""
    previous: tuple[tuple[str, str], ...] = ()  # (Turkish, confirmed English), oldest first
    glossary: tuple[tuple[str, str], ...] = ()  # (Turkish term, preferred English)


@dataclass(frozen=True)
class Paragraph:
    """Pending sentences of one block, in reading order, and their context."""

    sentences: tuple[PendingSentence, ...]
    context: BatchContext


# Groups pending sentences by paragraph and reads each paragraph's context (project layer).
ParagraphReader = Callable[[Sequence[PendingSentence]], list[Paragraph]]


@dataclass(frozen=True)
class TokenUsage:
    """Tokens a model server reported (``usage.prompt_tokens``/``completion_tokens``)."""

    prompt: int = 0
    completion: int = 0

    @property
    def total(self) -> int:
        return self.prompt + self.completion

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(self.prompt + other.prompt, self.completion + other.completion)

    def __sub__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(self.prompt - other.prompt, self.completion - other.completion)


class UsageMeter:
    """A thread-safe running total of :class:`TokenUsage`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._total = TokenUsage()

    def add(self, usage: TokenUsage) -> None:
        with self._lock:
            self._total = self._total + usage

    @property
    def total(self) -> TokenUsage:
        with self._lock:
            return self._total


@runtime_checkable
class BatchEngine(Protocol):
    """An engine that also translates a paragraph's sentences in one request."""

    usage: UsageMeter

    def translate_batch(self, items: Sequence[BatchItem], context: BatchContext, source: str,
                        target: str) -> Mapping[str, str | MTError]:
        """Per item id, its translation or the error for that item; raises ``MTError`` when
        the whole request failed."""
        ...
