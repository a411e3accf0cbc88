"""Loopback fakes of the MT services deep-translator talks to, with injectable faults.

:class:`FakeMTServer` is a stdlib ``ThreadingHTTPServer`` on ``127.0.0.1:0`` answering like

- Google's mobile page: ``GET /m?sl&tl&q`` → HTML with ``<div class="result-container">``;
- MyMemory: ``GET /get?q&langpair`` → ``{"responseData": {"translatedText": ...}, ...}``;
- LibreTranslate: ``POST /translate`` with ``q, source, target, api_key`` in the query string (as
  deep-translator sends them), a form or a JSON body → ``{"translatedText": ...}``.

The translation is deterministic: ``"EN:" + text``. Faults are queued with :meth:`fail_next`
(the next N requests), for texts containing a fragment (:attr:`FakeMTServer.text_faults`) or
for all requests (:attr:`FakeMTServer.default_fault`): latency, an
HTTP status with an optional ``Retry-After``, a hang (accepts, never answers, until ``hang_limit``
seconds pass or the server stops), a connection reset, or a malformed body. Hostile answers
(issue 18): ``drip`` (headers, then one byte every ``interval`` seconds until ``hang_limit``),
``huge`` / ``huge_stream`` (a ``size``-byte translation, with or without Content-Length),
``gzip_bomb`` (a small gzip body that unpacks to ``size`` bytes), ``answer`` (``answer`` as the
translation: None, "", a lone surrogate...), ``copy`` (the source sent back), ``echo_key`` (an
error ``status`` whose body quotes the request's ``api_key``), ``redirect`` (``status`` with
``Location: location``) and ``html`` (a web server's HTML page with status 200). Every request is
counted and its text kept, so tests can assert what was (not) sent. Nothing here leaves
127.0.0.1, and every server stops by itself when its fixture ends.
"""

from __future__ import annotations

import functools
import html
import json
import socket
import struct
import time
import zlib
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fakes.loopback import LoopbackServer


def fake_translation(text: str) -> str:
    """What every fake answers for ``text``."""
    return "EN:" + text


@dataclass(frozen=True)
class Fault:
    """One way to misbehave. ``kind``: status, hang, reset, malformed, drip, huge, huge_stream,
    gzip_bomb, answer, copy, echo_key, redirect, html (or none: latency only)."""

    kind: str = "none"
    status: int = 500
    retry_after: str | None = None
    delay: float = 0.0
    interval: float = 2.0  # drip: seconds between bytes
    size: int = 0  # huge, huge_stream, gzip_bomb: characters of the translation
    answer: object = None  # answer: the translation's JSON value
    location: str = ""  # redirect: where to


@dataclass
class Seen:
    """One request as the server saw it."""

    method: str
    path: str
    params: dict[str, str]


class FakeMTServer(LoopbackServer[Seen, Fault]):
    """A running fake; use as a context manager or call :meth:`stop`."""

    def __init__(self, flavour: str, *, latency: float = 0.0, hang_limit: float = 5.0,
                 required_key: str | None = None) -> None:
        if flavour not in ("google", "mymemory", "libre"):
            raise ValueError(flavour)
        super().__init__(hang_limit)
        self.flavour = flavour
        self.latency = latency
        self.required_key = required_key
        self.default_fault = Fault()
        self.text_faults: dict[str, Fault] = {}  # text fragment → fault, until removed
        self.start(_handler_for(self))

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def texts(self) -> list[str]:
        """The texts sent for translation, in arrival order."""
        with self._lock:
            return [s.params.get("q", "") for s in self.seen]

    def next_fault(self, seen: Seen) -> Fault:
        queued = self.record(seen)
        if queued is not None:
            return queued
        with self._lock:
            text = seen.params.get("q", "")
            for fragment, fault in self.text_faults.items():
                if fragment in text:
                    return fault
            return self.default_fault

    def drip(self, write: Any, interval: float) -> None:
        """Call ``write()`` every ``interval`` seconds until ``hang_limit`` or the server stops."""
        ends = time.monotonic() + self.hang_limit
        while time.monotonic() < ends and not self._stopping.wait(interval):
            write()


_HOSTILE = ("drip", "huge", "huge_stream", "gzip_bomb", "answer", "copy", "echo_key", "redirect",
            "html")


@functools.cache
def gzip_bomb(size: int) -> bytes:
    """A gzip JSON answer whose translation is ``size`` letters (200 MB pack to ~200 KB)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [packer.compress(b'{"translatedText": "')]
    block = b"a" * (1 << 20)
    for start in range(0, size, len(block)):
        parts.append(packer.compress(block[:size - start]))
    parts.append(packer.compress(b'"}'))
    parts.append(packer.flush())
    return b"".join(parts)


def _handler_for(server: FakeMTServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        fake = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    fake: FakeMTServer

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _params(self) -> dict[str, str]:
        parts = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if body and "json" in (self.headers.get("Content-Type") or ""):
            params.update({k: str(v) for k, v in json.loads(body).items()})
        elif body:
            params.update({k: v[0] for k, v in parse_qs(body.decode()).items()})
        return params

    def _serve(self) -> None:
        params = self._params()
        seen = Seen(self.command, urlsplit(self.path).path, params)
        fault = self.fake.next_fault(seen)
        time.sleep(self.fake.latency + fault.delay)
        if fault.kind == "hang":
            self.fake.hang()
            self.close_connection = True
            return
        if fault.kind == "reset":
            # SO_LINGER 0 makes close() send RST: the client sees "connection reset by peer".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if fault.kind == "status":
            self._reply(fault.status, {"error": f"fake error {fault.status}"}, fault.retry_after)
            return
        if fault.kind in _HOSTILE:
            getattr(self, f"_fault_{fault.kind}")(fault, params)
            return
        route = {"google": "/m", "mymemory": "/get", "libre": "/translate"}[self.fake.flavour]
        if seen.path != route:
            self._reply(404, {"error": "not found"})
            return
        if self.fake.required_key and params.get("api_key") != self.fake.required_key:
            self._reply(403, {"error": "Invalid API key"})
            return
        self._answer(params, malformed=fault.kind == "malformed")

    def _answer(self, params: dict[str, str], malformed: bool) -> None:
        text = fake_translation(params.get("q", ""))
        if self.fake.flavour == "google":
            body = ("<html><body><div class='other'>nothing here</div></body></html>" if malformed
                    else f'<html><body><div class="result-container">{html.escape(text)}</div>'
                         "</body></html>")
            self._send(200, body.encode(), "text/html; charset=utf-8")
        elif malformed:
            self._send(200, b'{"translatedText": "unterminated', "application/json")
        elif self.fake.flavour == "mymemory":
            self._reply(200, {"responseData": {"translatedText": text, "match": 1},
                              "responseStatus": 200, "matches": []})
        else:
            self._reply(200, {"translatedText": text})

    # --- hostile answers (issue 18) -----------------------------------------------------------

    def _fault_drip(self, fault: Fault, params: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "4096")  # a plausible size that never arrives
        self.end_headers()
        self.wfile.write(b'{"translatedText": "')
        self.wfile.flush()

        def one_byte() -> None:
            self.wfile.write(b"a")
            self.wfile.flush()

        self.fake.drip(one_byte, fault.interval)
        self.close_connection = True

    def _fault_huge(self, fault: Fault, params: dict[str, str], declared: bool = True) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if declared:
            self.send_header("Content-Length", str(fault.size + 22))
        self.end_headers()
        self.wfile.write(b'{"translatedText": "')
        block = b"a" * 65536
        for start in range(0, fault.size, len(block)):
            self.wfile.write(block[:fault.size - start])
        self.wfile.write(b'"}')
        self.close_connection = True

    def _fault_huge_stream(self, fault: Fault, params: dict[str, str]) -> None:
        self._fault_huge(fault, params, declared=False)  # HTTP/1.0: the body ends when we close

    def _fault_gzip_bomb(self, fault: Fault, params: dict[str, str]) -> None:
        self._send(200, gzip_bomb(fault.size), "application/json",
                   {"Content-Encoding": "gzip"})

    def _answer_with(self, translation: object) -> None:
        if self.fake.flavour == "google":
            inner = "" if translation is None else html.escape(str(translation))
            body = f'<html><body><div class="result-container">{inner}</div></body></html>'
            self._send(200, body.encode("utf-8", "surrogatepass"), "text/html; charset=utf-8")
        elif self.fake.flavour == "mymemory":
            self._reply(200, {"responseData": {"translatedText": translation, "match": 1},
                              "responseStatus": 200, "matches": []})
        else:
            self._reply(200, {"translatedText": translation})

    def _fault_answer(self, fault: Fault, params: dict[str, str]) -> None:
        self._answer_with(fault.answer)

    def _fault_copy(self, fault: Fault, params: dict[str, str]) -> None:
        self._answer_with(params.get("q", ""))

    def _fault_echo_key(self, fault: Fault, params: dict[str, str]) -> None:
        self._reply(fault.status, {"error": f"Invalid API key: {params.get('api_key')}"})

    def _fault_redirect(self, fault: Fault, params: dict[str, str]) -> None:
        self._send(fault.status, b"", "text/plain", {"Location": fault.location})

    def _fault_html(self, fault: Fault, params: dict[str, str]) -> None:
        self._send(200, b"<html><body><h1>Welcome to nginx!</h1></body></html>",
                   "text/html")

    def _reply(self, status: int, data: dict[str, Any], retry_after: str | None = None) -> None:
        headers = {"Retry-After": retry_after} if retry_after else {}
        self._send(status, json.dumps(data).encode(), "application/json", headers)

    def _send(self, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
