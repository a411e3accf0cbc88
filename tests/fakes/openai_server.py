"""A loopback fake of an OpenAI-compatible chat server (vLLM, Ollama, llama.cpp) for the llm engine.

``POST /v1/chat/completions`` reads the sentences the prompt lists (the one line of the user
message that is a JSON list of ``{"id", "text"}``) and answers
``{"choices": [{"message": {"content": "{\"translations\": [...]}"}, "finish_reason": "stop"}],
"usage": {...}}`` with ``"EN:" + text`` for each sentence (markers and all). Faults, queued with
:meth:`FakeLLMServer.fail_next`, for requests containing a text fragment
(:attr:`FakeLLMServer.text_faults`) or for all (:attr:`FakeLLMServer.default_fault`), are
:class:`LLMFault` kinds: ``missing_id``, ``empty``, ``copy``, ``marker_lost`` (the sentence
``target``, default the first, answered wrongly), ``invalid_json``, ``refusal`` (an "I can't help
with that" answer), ``content_filter`` (finish_reason ``content_filter``, no content),
``rate_limited`` (429 with ``retry_after``), ``server_error`` (500) and ``hang`` (no answer until
``hang_limit`` or the server stops). Every request's body, path and Authorization header are kept;
usage is ``len(prompt) // 4`` and ``len(answer) // 4`` tokens, added up in :attr:`usage`.

Annotation mode (``annotator suggest --engine llm``): when :attr:`FakeLLMServer.annotations` is
set (a dict from a text fragment to a canned ``{"events", "mentions"}`` object), every request is
answered with the object of the first fragment found in its sentence (``{"events": [],
"mentions": []}`` when none is), instead of translations; the faults above still apply.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any

from fakes.loopback import LoopbackServer
from fakes.servers import fake_translation


@dataclass(frozen=True)
class LLMFault:
    """One way to misbehave (``kind`` none: latency only)."""

    kind: str = "none"
    target: int = 0  # which sentence of the batch the per-sentence faults hit
    retry_after: str | None = None
    delay: float = 0.0


@dataclass
class LLMRequest:
    """One request as the server saw it."""

    path: str
    authorization: str | None
    body: dict[str, Any]
    items: list[dict[str, str]]


class FakeLLMServer(LoopbackServer[LLMRequest, LLMFault]):
    """A running fake; use as a context manager or call :meth:`stop`."""

    def __init__(self, *, latency: float = 0.0, hang_limit: float = 5.0) -> None:
        super().__init__(hang_limit)
        self.latency = latency
        self.default_fault = LLMFault()
        self.text_faults: dict[str, LLMFault] = {}
        self.annotations: dict[str, dict[str, Any]] | None = None  # annotation mode (docstring)
        self.usage = {"prompt_tokens": 0, "completion_tokens": 0}
        self.start(_handler_for(self))

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def batches(self) -> list[list[str]]:
        """The texts of each request, in arrival order."""
        with self._lock:
            return [[item["text"] for item in seen.items] for seen in self.seen]

    def next_fault(self, seen: LLMRequest) -> LLMFault:
        queued = self.record(seen)
        if queued is not None:
            return queued
        with self._lock:
            for fragment, fault in self.text_faults.items():
                if any(fragment in item["text"] for item in seen.items):
                    return fault
            return self.default_fault

    def add_usage(self, prompt: int, completion: int) -> None:
        with self._lock:
            self.usage["prompt_tokens"] += prompt
            self.usage["completion_tokens"] += completion


def sentences_of(body: dict[str, Any]) -> list[dict[str, str]]:
    """The sentences listed in the user message (its line that is a JSON list of objects)."""
    for message in body.get("messages", []):
        if message.get("role") != "user":
            continue
        for line in str(message.get("content", "")).splitlines():
            if line.startswith('[{"id"'):
                return list(json.loads(line))
    return []


def _handler_for(server: FakeLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        fake = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    fake: FakeLLMServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        seen = LLMRequest(self.path, self.headers.get("Authorization"), body, sentences_of(body))
        fault = self.fake.next_fault(seen)
        time.sleep(self.fake.latency + fault.delay)
        if self.path != "/v1/chat/completions":
            self._reply(404, {"error": {"message": "not found"}})
        elif fault.kind == "hang":
            self.fake.hang()
            self.close_connection = True
        elif fault.kind == "rate_limited":
            self._reply(429, {"error": {"message": "Rate limit reached"}}, fault.retry_after)
        elif fault.kind == "server_error":
            self._reply(500, {"error": {"message": "CUDA out of memory"}})
        else:
            self._answer(seen, fault)

    def _answer(self, seen: LLMRequest, fault: LLMFault) -> None:
        finish = "stop"
        translations = [{"id": item["id"], "text": fake_translation(item["text"])}
                        for item in seen.items]
        if translations and fault.kind in ("missing_id", "empty", "copy", "marker_lost"):
            at = min(fault.target, len(translations) - 1)
            item = seen.items[at]
            if fault.kind == "missing_id":
                del translations[at]
            elif fault.kind == "empty":
                translations[at]["text"] = " "
            elif fault.kind == "copy":
                translations[at]["text"] = item["text"]
            else:
                translations[at]["text"] = re.sub(r"\[\d+\]", "", translations[at]["text"])
        content: str | None = json.dumps({"translations": translations}, ensure_ascii=False)
        if self.fake.annotations is not None:
            answers = self.fake.annotations.items()
            canned: dict[str, Any] = next(
                (answer for fragment, answer in answers
                 if any(fragment in item["text"] for item in seen.items)),
                {"events": [], "mentions": []})
            content = json.dumps(canned, ensure_ascii=False)
        if fault.kind == "invalid_json":
            content = '{"translations": [{"id": "1", "text": "EN:'
        elif fault.kind == "refusal":
            content = "I'm sorry, but I can't help with that."
        elif fault.kind == "content_filter":
            content, finish = None, "content_filter"
        prompt = sum(len(str(m.get("content", ""))) for m in seen.body.get("messages", [])) // 4
        completion = len(content or "") // 4
        self.fake.add_usage(prompt, completion)
        self._reply(200, {
            "id": "chatcmpl-fake", "object": "chat.completion", "model": seen.body.get("model"),
            "choices": [{"index": 0, "finish_reason": finish,
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                      "total_tokens": prompt + completion}})

    def _reply(self, status: int, data: dict[str, Any], retry_after: str | None = None) -> None:
        payload = json.dumps(data, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        if retry_after:
            self.send_header("Retry-After", retry_after)
        self.end_headers()
        self.wfile.write(payload)
