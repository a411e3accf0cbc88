"""Asking an OpenAI-compatible chat server for a sentence's events and actors (``annotator
suggest --engine llm``).

:class:`LLMAnnotator` uses the same endpoint settings as the ``llm`` translation engine (base URL,
model name, key from ``EngineSettings.api_key``, the keyring or ``ANNOTATOR_LLM_API_KEY``) and the
same request code (:func:`~annotator.mt.llm.post_chat`: one :class:`~annotator.mt.http.HttpClient`
with its deadline and answer caps, Bearer key, no key in errors, errors mapped to MT error kinds).
The prompt is ``resources/prompts/llm_annotate.txt``. :meth:`LLMAnnotator.annotate` returns the
model's JSON object as it is: checking it against the sentence, the taxonomy and the registry is
:mod:`annotator.core.llm_annotations`' job.
"""

from __future__ import annotations

import json
from typing import Any

from annotator.mt.llm import LLMEndpoint, answer_json, post_chat
from annotator.mt.llm_prompt import PromptTemplate, fill_template
from annotator.mt.online_errors import CallContext, bad_answer
from annotator.mt.types import EngineSettings
from annotator.paths import resource_path


def default_annotate_prompt() -> PromptTemplate:
    """The annotation prompt shipped with Annotator."""
    return PromptTemplate.load(resource_path("prompts", "llm_annotate.txt"))


class LLMAnnotator(LLMEndpoint):
    """One chat server and model asked to annotate sentences, one request per sentence."""

    def __init__(self, settings: EngineSettings) -> None:
        super().__init__(settings)
        self.prompt = default_annotate_prompt()

    def annotate(self, sentence: str, english: str | None, taxonomy_summary: str,
                 actors_summary: str) -> dict[str, Any]:
        """The model's ``{"events": [...], "mentions": [...]}`` for one Turkish sentence.

        MTError when the call fails or the answer is not a JSON object with those two lists.
        """
        values = {"{taxonomy}": taxonomy_summary or "-", "{actors}": actors_summary or "-",
                  "{english}": english or "-",
                  "{sentences_json}": json.dumps([{"id": "1", "text": sentence}],
                                                 ensure_ascii=False)}
        system = fill_template(self.prompt.system, values)
        user = fill_template(self.prompt.user, values)
        body = {"model": self.model, "temperature": 0,
                "response_format": {"type": "json_object"},
                "messages": [{"role": "system", "content": system},
                             {"role": "user", "content": user}]}
        context = CallContext(self.label, self.host, "tr", "en", self.client.timeout[1],
                              (self._key,) if self._key else ())
        parsed = answer_json(post_chat(self.client, self.url, self._key, body, context),
                             self.label)
        if not isinstance(parsed, dict):
            raise bad_answer(self.label, type(parsed).__name__)
        if not isinstance(parsed.get("events", []), list) or not isinstance(
                parsed.get("mentions", []), list):
            raise bad_answer(self.label, "no events or mentions list")
        return parsed

    def abort(self) -> None:
        """Cut the request in flight (from any thread)."""
        self.client.abort()

    def close(self) -> None:
        """Close the HTTP sessions."""
        self.client.close()
