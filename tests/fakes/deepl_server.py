"""A loopback fake of DeepL's API v2 as the official ``deepl`` client uses it, with faults.

Routes: ``POST /v2/translate`` (a JSON body: ``text`` list, ``source_lang``, ``target_lang``,
optional ``formality`` and ``glossary_id``) → ``{"translations": [{"text": "EN:" + text, ...}]}``;
``POST /v2/glossaries`` (JSON: name, languages, TSV entries) → 201 with a glossary's info;
``DELETE /v2/glossaries/<id>`` → 204; ``GET /v2/usage``. Every request needs
``Authorization: DeepL-Auth-Key <key>`` (else 403). Faults are queued with :meth:`fail_next`
(:class:`fakes.servers.Fault`: ``status`` with an optional ``Retry-After``, ``hang``, ``reset``,
``echo_key``: ``status`` with a message quoting the Authorization header)
and apply to the next requests of any route. Every request is recorded with its headers, query
string and body, so tests can assert where the key travelled and how many tries were made.
Nothing here leaves 127.0.0.1; the server stops when its ``with`` block ends.
"""

from __future__ import annotations

import json
import socket
import struct
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from fakes.loopback import LoopbackServer
from fakes.servers import Fault, fake_translation


@dataclass
class DeepLRequest:
    """One request as the fake saw it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: dict[str, Any] = field(default_factory=dict)
    raw: bytes = b""


class FakeDeepLServer(LoopbackServer[DeepLRequest, Fault]):
    """A running fake DeepL; use as a context manager."""

    def __init__(self, key: str, *, hang_limit: float = 5.0) -> None:
        super().__init__(hang_limit)
        self.key = key
        self.glossaries: dict[str, dict[str, Any]] = {}
        self.glossary_status: int | None = None  # answer glossary creation with this status
        self.start(_handler_for(self))

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def requests_to(self, path: str) -> list[DeepLRequest]:
        """The requests whose path starts with ``path``."""
        with self._lock:
            return [seen for seen in self.seen if seen.path.startswith(path)]


def _handler_for(server: FakeDeepLServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        fake = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    fake: FakeDeepLServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        body = json.loads(raw) if raw and "json" in (self.headers.get("Content-Type") or "") \
            else {}
        seen = DeepLRequest(self.command, parts.path, parts.query, dict(self.headers.items()),
                            body, raw)
        fault = self.fake.record(seen)
        if fault is not None and self._fault(fault):
            return
        if self.headers.get("Authorization") != f"DeepL-Auth-Key {self.fake.key}":
            self._reply(403, {"message": "Wrong endpoint. Use https://api.deepl.com"})
            return
        if self.command == "POST" and parts.path == "/v2/translate":
            self._translate(body)
        elif self.command == "POST" and parts.path == "/v2/glossaries":
            self._create_glossary(body)
        elif self.command == "DELETE" and parts.path.startswith("/v2/glossaries/"):
            found = self.fake.glossaries.pop(parts.path.rsplit("/", 1)[-1], None)
            self._send(204 if found else 404, b"")
        elif parts.path == "/v2/usage":
            self._reply(200, {"character_count": 0, "character_limit": 500000})
        else:
            self._reply(404, {"message": "Not found"})

    def _fault(self, fault: Fault) -> bool:
        """Misbehave as ``fault`` says; False when it is latency only."""
        if fault.kind == "hang":
            self.fake.hang()
            self.close_connection = True
            return True
        if fault.kind == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return True
        if fault.kind == "echo_key":  # a server quoting what it was sent
            self._reply(fault.status, {"message": "Bad request from "
                                                  f"{self.headers.get('Authorization')}"})
            return True
        if fault.kind == "status":
            self._reply(fault.status, {"message": f"fake error {fault.status}"},
                        fault.retry_after)
            return True
        return False

    def _translate(self, body: dict[str, Any]) -> None:
        if body.get("formality") and str(body.get("target_lang", "")).startswith("EN"):
            self._reply(400, {"message": "'formality' is not supported for given "
                                         "'target_lang'."})
            return
        glossary = body.get("glossary_id")
        if glossary is not None and glossary not in self.fake.glossaries:
            self._reply(404, {"message": "Glossary not found"})
            return
        texts = body.get("text") or []
        self._reply(200, {"translations": [
            {"detected_source_language": "TR", "text": fake_translation(text),
             "billed_characters": len(text)} for text in texts]})

    def _create_glossary(self, body: dict[str, Any]) -> None:
        if self.fake.glossary_status is not None:
            self._reply(self.fake.glossary_status, {"message": "Unsupported glossary pair"})
            return
        lines = str(body.get("entries", "")).splitlines()
        entries = dict(line.split("\t", 1) for line in lines if "\t" in line)
        glossary_id = f"g-{len(self.fake.glossaries) + 1}"
        info = {"glossary_id": glossary_id, "name": body.get("name"), "ready": True,
                "source_lang": body.get("source_lang"), "target_lang": body.get("target_lang"),
                "creation_time": "2026-01-01T00:00:00.000Z", "entry_count": len(entries)}
        self.fake.glossaries[glossary_id] = {**info, "entries": entries}
        self._reply(201, info)

    def _reply(self, status: int, data: dict[str, Any], retry_after: str | None = None) -> None:
        headers = {"Retry-After": retry_after} if retry_after else {}
        self._send(status, json.dumps(data).encode(), headers)

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
