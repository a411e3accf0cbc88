"""The ``llm`` engine: any OpenAI-compatible chat server (vLLM, Ollama, llama.cpp, a hosted API).

It POSTs ``{base_url}/chat/completions`` with ``{"model", "messages", "response_format":
{"type": "json_object"}, "temperature": 0}`` and the key (if any) as ``Authorization: Bearer``.
We use our own :class:`~annotator.mt.http.HttpClient` rather than the ``openai`` package or
httpx: one HTTP stack with the same total deadline, abort on cancel, answer size caps and
same-host redirects as the other engines, and no hidden retries (the ``openai`` client retries
by itself, which would fight the runner's pacing, ``Retry-After`` handling and timeout count).

A paragraph goes in one request (:meth:`LLMEngine.translate_batch`, see :mod:`annotator.mt.batch`)
with ids; the answer must be ``{"translations": [{"id", "text"}]}``. Each sentence's
translation is checked (present, not empty, not the Turkish again, every ``[n]`` marker kept, not
a refusal) and a bad one becomes that sentence's ``MTError``, which the runner retries alone.
Token usage is added up in :attr:`LLMEngine.usage`. The key never appears in an error's text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests

from annotator.core.mt_types import ErrorKind
from annotator.mt.answers import answer_problem
from annotator.mt.batch import BatchContext, BatchItem, TokenUsage, UsageMeter
from annotator.mt.errors import MTConfigError, MTError
from annotator.mt.http import HttpClient
from annotator.mt.keys import get_api_key
from annotator.mt.llm_prompt import PromptTemplate
from annotator.mt.online_errors import CallContext, bad_answer, error_from_status, map_error
from annotator.mt.text import MARKER
from annotator.mt.types import EngineSettings, TextLimit

# A model's "I won't" (in English, as it answers in the target language): an apologetic opening
# and, within the first sentence, what it will not do. "I'm sorry for the delay." is a
# translation, "I'm sorry, but I can't help with that." is not.
REFUSAL = re.compile(r"(?is)^\W*(?:i'?m sorry|i am sorry|sorry|i can(?:no|')t|i cannot|"
                     r"i am unable|i'?m unable|i won'?t|as an ai)\b[^.!?]{0,80}?"
                     r"\b(?:help|assist|translat\w*|comply|provide|fulfil\w*)\b")
# An apology or a "cannot" in the Turkish makes one in the English a translation, not a refusal.
_APOLOGY_TR = re.compile(r"(?i)üzgün|özür|maalesef|kusura|edeme|yapama|vereme|sağlayama|uyama|"
                         r"uymay|yardım edem")
# Sentence ends inside a text: a full stop after a lower-case word, then a capital ("U.S.
# Secretary" is not one). An answer with more of them than its source took a neighbour in.
_SENTENCE_END = re.compile(r"(?<=[^\W\d_A-Z]{2})[.!?…]+[\"'”’)]?\s+[\"'“‘(]?(?=[A-ZÇĞİÖŞÜ])")
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


class LLMEndpoint:
    """The chat server, model and key that ``settings`` name, with an HTTP client bounded by the
    deadline: what translating and annotating with an LLM share."""

    deadline = 120.0  # a paragraph on a busy GPU server

    def __init__(self, settings: EngineSettings) -> None:
        if not settings.url:
            raise MTConfigError("llm_needs_url")
        model = (settings.llm_model or "").strip()
        if not model:
            raise MTConfigError("llm_needs_model")
        self.url = normalise_base_url(settings.url) + "/chat/completions"
        self.host = urlsplit(self.url).netloc
        self.model = model
        self.label = f"LLM {model}"
        if settings.deadline is not None:
            self.deadline = settings.deadline
        self.client = HttpClient(settings.connect_timeout, settings.read_timeout,
                                 deadline=self.deadline)
        self._key = settings.api_key or get_api_key("llm")


class LLMEngine(LLMEndpoint):
    """An OpenAI-compatible chat completions endpoint used as a translation engine."""

    name = "llm"
    limit = TextLimit(max_chars=4000)
    rate_per_second: float | None = None  # the user's own server; set a rate for a shared one

    def __init__(self, settings: EngineSettings) -> None:
        super().__init__(settings)
        self.prompt = PromptTemplate.load(settings.prompt_file)
        prompt_hash = hashlib.sha256(f"{self.prompt.system}\n{self.prompt.user}".encode())
        # Another model or prompt gives other translations: they must not share cache entries.
        self.cache_key = f"llm:{self.model}:{prompt_hash.hexdigest()[:8]}"
        self.secrets = (self._key,) if self._key else ()
        self.usage = UsageMeter()

    # --- the Engine protocol ---------------------------------------------------------------

    def translate(self, text: str, source: str, target: str) -> str:
        """One sentence alone (the runner's single path and its retries)."""
        result = self.translate_batch([BatchItem("1", text)], BatchContext(), source, target)
        answer = result["1"]
        if isinstance(answer, MTError):
            raise answer
        return answer

    def abort(self) -> None:
        """Cut the requests in flight (from any thread); they fail at once."""
        self.client.abort()

    def close(self) -> None:
        """Cut what is in flight and close the HTTP sessions."""
        self.client.close()

    # --- batches -----------------------------------------------------------------------------

    def translate_batch(self, items: Sequence[BatchItem], context: BatchContext, source: str,
                        target: str) -> Mapping[str, str | MTError]:
        """Per item id its checked translation or its error; raises MTError for the request."""
        system, user = self.prompt.render(items, context, source, target)
        body = {"model": self.model, "temperature": 0,
                "response_format": {"type": "json_object"},
                "messages": [{"role": "system", "content": system},
                             {"role": "user", "content": user}]}
        data = self._post(body, source, target)
        answers = self._answers(data)
        results: dict[str, str | MTError] = {}
        aligned = True
        for item in items:
            answer = answers.get(item.id)
            if aligned and isinstance(answer, str) and len(_SENTENCE_END.findall(answer)) > len(
                    _SENTENCE_END.findall(item.text)):
                aligned = False  # it took the next sentence in: the rest may have moved up
            results[item.id] = (self._checked(item, answer, source, target) if aligned else
                                MTError(ErrorKind.BAD_RESPONSE, "missing_in_answer",
                                        engine=self.label))
        return results

    def _post(self, body: dict[str, Any], source: str, target: str) -> Any:
        context = CallContext(self.label, self.host, source, target, self.client.timeout[1],
                              self.secrets)
        data = post_chat(self.client, self.url, self._key, body, context)
        self._count(data)
        return data

    def _count(self, data: Any) -> None:
        usage = data.get("usage") if isinstance(data, dict) else None
        if isinstance(usage, dict):
            prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
            self.usage.add(TokenUsage(prompt if isinstance(prompt, int) else 0,
                                      completion if isinstance(completion, int) else 0))

    def _answers(self, data: Any) -> dict[str, Any]:
        """The ``id → text`` of the model's answer; MTError when it has none at all."""
        parsed = answer_json(data, self.label)
        entries = parsed.get("translations") if isinstance(parsed, dict) else None
        if not isinstance(entries, list):
            raise bad_answer(self.label, "no translations list")
        ids = [str(entry["id"]) for entry in entries if isinstance(entry, dict) and "id" in entry]
        if len(ids) != len(set(ids)):  # one id twice: which answer belongs to which sentence?
            raise bad_answer(self.label, "an id twice in the translations")
        return {str(entry["id"]): entry.get("text") for entry in entries
                if isinstance(entry, dict) and "id" in entry}

    def _checked(self, item: BatchItem, answer: Any, source: str,
                 target: str) -> str | MTError:
        if answer is None:
            return MTError(ErrorKind.BAD_RESPONSE, "missing_in_answer", engine=self.label)
        if not isinstance(answer, str):
            return bad_answer(self.label, type(answer).__name__)
        answer = answer.strip()
        if REFUSAL.match(answer) and not _APOLOGY_TR.search(item.text):
            return MTError(ErrorKind.BAD_RESPONSE, "refused", engine=self.label)
        problem = answer_problem(item.text, answer, source, target)
        if problem is not None:
            reason, params = problem
            return MTError(ErrorKind.BAD_RESPONSE, reason, engine=self.label, **params)
        lost = Counter(MARKER.findall(item.text)) - Counter(MARKER.findall(answer))
        if lost:
            return MTError(ErrorKind.BAD_RESPONSE, "marker_lost", engine=self.label,
                           marker=" ".join(sorted(lost)))
        return answer


def post_chat(client: HttpClient, url: str, key: str | None, body: dict[str, Any],
              context: CallContext) -> Any:
    """POST ``body`` to a chat completions ``url`` (Bearer ``key`` if any); the decoded answer.

    MTError (no key in its text) for a failed call, an error status or an answer that is not
    JSON. Shared by the translation engine and :mod:`annotator.mt.llm_annotate`.
    """
    secrets = (key,) if key else ()
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        try:
            response = client.request("POST", url, json=body, headers=headers)
        except Exception as error:
            raise map_error(error, context, client.last_response) from error
        if response.status_code >= 400:
            raise error_from_status(response.status_code, context, response,
                                    openai_error_message(response))
        try:
            return response.json()
        except (ValueError, requests.exceptions.InvalidJSONError):
            raise MTError(ErrorKind.BAD_RESPONSE, "answer_not_json",
                          engine=context.label) from None
    except MTError as error:
        raise error.without(secrets) from None


def answer_json(data: Any, label: str) -> Any:
    """The JSON the model wrote in its first choice (code fences removed); MTError when it
    refused, wrote nothing or wrote something that is not JSON."""
    try:
        choice = data["choices"][0]
        message = choice["message"]
    except (KeyError, IndexError, TypeError):
        raise bad_answer(label, "no choices") from None
    if not isinstance(message, dict):
        raise bad_answer(label, "no message")
    content = message.get("content")
    if choice.get("finish_reason") == "content_filter" or message.get("refusal") or (
            isinstance(content, str) and REFUSAL.match(content)):
        raise MTError(ErrorKind.BAD_RESPONSE, "refused", engine=label)
    if not isinstance(content, str):
        raise bad_answer(label, "no content")
    try:
        return json.loads(_FENCE.sub("", content))
    except ValueError:
        raise MTError(ErrorKind.BAD_RESPONSE, "answer_not_json", engine=label) from None


def openai_error_message(response: requests.Response) -> str | None:
    """The ``error.message`` of an OpenAI-style error body (None: let the mapper look)."""
    try:
        data = response.json()
    except ValueError:
        return None
    error = data.get("error") if isinstance(data, dict) else None
    message = error.get("message") if isinstance(error, dict) else None
    return str(message) if message else None


def normalise_base_url(url: str) -> str:
    """``http://host:8000/v1/`` → ``http://host:8000/v1``; a pasted ``/chat/completions`` is
    dropped. MTConfigError for anything but an http(s) address."""
    raw = url.strip()
    try:
        parts = urlsplit(raw)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        _ = parts.port
    except ValueError:
        valid = False
    if not valid:
        raise MTConfigError("llm_bad_url", url=raw)
    path = parts.path.rstrip("/").removesuffix("/chat/completions").rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
