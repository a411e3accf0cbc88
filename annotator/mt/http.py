"""HTTP for deep-translator: limits, per-thread sessions and the last response, scoped to us.

deep-translator 1.11.4 calls the module-level ``requests.get``/``requests.post`` with no timeout
and throws the response away on errors (a 429's ``Retry-After`` is lost). :func:`install` replaces
the name ``requests`` inside ``deep_translator.google``, ``.mymemory`` and ``.libre`` (only there)
by a :class:`_ScopedRequests` stand-in. A call made inside ``with client.active():`` goes through
that :class:`HttpClient` (its timeouts and total deadline, answer size caps, same-host redirects
only, a ``requests.Session`` per thread, the response kept for the error mapper); a call made
anywhere else, by anyone, goes to the real ``requests`` exactly as before. So the patch changes
nothing for code that does not opt in, and is thread-safe: the active client is held per
thread.
"""

from __future__ import annotations

import email.utils
import importlib
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
from urllib3.exceptions import ProtocolError, ReadTimeoutError, SSLError

from annotator.mt.deadline import TrackingAdapter, Watchdog

PATCHED_MODULES = ("deep_translator.google", "deep_translator.mymemory", "deep_translator.libre")
USER_AGENT = "Annotator (+https://example.invalid/annotator)"
MAX_WIRE_BYTES = 2 * 1024 * 1024  # an answer is a few KB; Google's page some tens of KB
MAX_BODY_BYTES = 4 * 1024 * 1024  # unpacked: a gzip "bomb" stops here
MAX_REDIRECTS = 3
CHUNK_BYTES = 64 * 1024

# Which HttpClient, if any, the current thread has activated (see HttpClient.active).
_active = threading.local()
_install_lock = threading.Lock()


class _ScopedRequests:
    """Stands in for the ``requests`` module inside deep-translator's engine modules."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def get(self, url: str, params: Any = None, **kwargs: Any) -> requests.Response:
        client: HttpClient | None = getattr(_active, "client", None)
        if client is None:
            return self._real.get(url, params=params, **kwargs)
        return client.request("GET", url, params=params, **kwargs)

    def post(self, url: str, data: Any = None, json: Any = None,
             **kwargs: Any) -> requests.Response:
        client: HttpClient | None = getattr(_active, "client", None)
        if client is None:
            return self._real.post(url, data=data, json=json, **kwargs)
        return client.request("POST", url, data=data, json=json, **kwargs)


def install() -> None:
    """Put the scoped stand-in into deep-translator's engine modules (idempotent)."""
    with _install_lock:
        for name in PATCHED_MODULES:
            module = importlib.import_module(name)
            if not isinstance(getattr(module, "requests", None), _ScopedRequests):
                setattr(module, "requests", _ScopedRequests(requests))  # noqa: B010


class DeadlineExceededError(requests.exceptions.Timeout):
    """The whole request (connect and the complete answer) took longer than its deadline."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within {seconds} s")
        self.seconds = seconds


class RequestAbortedError(requests.exceptions.RequestException):
    """The request was cut by :meth:`HttpClient.abort` (a cancelled job)."""


class AnswerTooLargeError(requests.exceptions.RequestException):
    """The answer passed a size cap: ``limit`` bytes on the wire, or unpacked when ``unpacked``."""

    def __init__(self, limit: int, *, unpacked: bool = False) -> None:
        super().__init__(f"answer larger than {limit} bytes{' unpacked' if unpacked else ''}")
        self.limit = limit
        self.unpacked = unpacked


class UnreadableAnswerError(requests.exceptions.RequestException):
    """The answer's bytes cannot be decoded (an unknown content encoding, damaged gzip)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class CrossHostRedirectError(requests.exceptions.RequestException):
    """The server redirected to another host; not followed (the body may hold the API key)."""

    def __init__(self, origin: str, target: str) -> None:
        super().__init__(f"redirect from {origin} to {target}")
        self.origin = origin
        self.target = target


class HttpClient:
    """Timeouts, a total deadline, size caps and one ``requests.Session`` per thread.

    Every request has a total ``deadline`` in seconds (connect and the complete answer; default
    connect + read timeout), enforced by a :class:`~annotator.mt.deadline.Watchdog` that cuts
    the socket. The answer is read here, in full, before deep-translator sees it: at most
    ``max_wire_bytes`` on the wire and ``max_body_bytes`` once unpacked (gzip or deflate; other
    encodings are refused). Redirects are followed only to the same host (or from http to https
    on it), at most :data:`MAX_REDIRECTS`; a redirect elsewhere raises
    :class:`CrossHostRedirectError` before anything is sent there.
    """

    def __init__(self, connect_timeout: float = 5.0, read_timeout: float = 15.0, *,
                 deadline: float | None = None, form_post: bool = False,
                 max_wire_bytes: int = MAX_WIRE_BYTES,
                 max_body_bytes: int = MAX_BODY_BYTES) -> None:
        self.deadline = deadline if deadline is not None else connect_timeout + read_timeout
        self.timeout = (min(connect_timeout, self.deadline), read_timeout)
        # deep-translator puts LibreTranslate's text and api_key in the query string, where
        # URL length limits and request logs (urllib3 logs URLs at DEBUG) would see them; with
        # form_post a POST's query parameters travel as a form body instead.
        self.form_post = form_post
        self.max_wire_bytes = max_wire_bytes
        self.max_body_bytes = max_body_bytes
        self.watchdog = Watchdog()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._sessions: list[requests.Session] = []

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = USER_AGENT
            session.headers["Accept-Encoding"] = "gzip, deflate"  # what _Decoder can unpack
            for prefix in ("http://", "https://"):
                session.mount(prefix, TrackingAdapter())
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send a request within this client's limits; remember the response for this thread."""
        deadline = time.monotonic() + self.deadline
        kwargs.update(timeout=self.timeout, allow_redirects=False, stream=True)
        if self.form_post and method == "POST" and kwargs.get("params") and not kwargs.get("data"):
            kwargs["data"], kwargs["params"] = kwargs["params"], None
        origin = urlsplit(url)
        for _hop in range(MAX_REDIRECTS + 1):
            response = self._send(method, url, deadline, kwargs)
            if not response.is_redirect:
                self._local.last_response = response
                return response
            target = urljoin(response.url, response.headers["location"])
            status = response.status_code
            response.close()
            if not same_host(origin, target):
                raise CrossHostRedirectError(origin.netloc, urlsplit(target).netloc)
            url = target
            kwargs["params"] = None  # the new address carries its own query
            if status == 303 or (status in (301, 302) and method == "POST"):
                method, kwargs["data"], kwargs["json"] = "GET", None, None  # as browsers do
        raise requests.exceptions.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects")

    def _send(self, method: str, url: str, deadline: float,
              kwargs: dict[str, Any]) -> requests.Response:
        with self.watchdog.watch(deadline) as ticket:
            try:
                response = self._session().request(method, url, **kwargs)
                if not response.is_redirect:
                    self._read_body(response, deadline)
            except (requests.RequestException, OSError) as error:
                if ticket.expired or time.monotonic() >= deadline:
                    raise DeadlineExceededError(self.deadline) from error
                if ticket.aborted:
                    raise RequestAbortedError("cancelled") from error
                raise
        return response

    def _read_body(self, response: requests.Response, deadline: float) -> None:
        """Read the whole answer within the caps and the deadline into ``response.content``."""
        try:
            declared = int(response.headers.get("Content-Length") or 0)
        except ValueError:
            declared = 0
        try:
            if declared > self.max_wire_bytes:
                raise AnswerTooLargeError(self.max_wire_bytes)
            decoder = _Decoder(response.headers.get("Content-Encoding", ""))
            wire, body = 0, bytearray()
            for chunk in _chunks(response):
                wire += len(chunk)
                if wire > self.max_wire_bytes:
                    raise AnswerTooLargeError(self.max_wire_bytes)
                body += decoder.feed(chunk, self.max_body_bytes - len(body))
                if len(body) > self.max_body_bytes:
                    raise AnswerTooLargeError(self.max_body_bytes, unpacked=True)
                if time.monotonic() >= deadline:
                    raise DeadlineExceededError(self.deadline)
            body += decoder.finish(self.max_body_bytes - len(body))
            if len(body) > self.max_body_bytes:
                raise AnswerTooLargeError(self.max_body_bytes, unpacked=True)
        except BaseException:
            response.close()  # drop the connection: the rest of the answer is not wanted
            raise
        response._content = bytes(body)  # what .text and .json() read
        response._content_consumed = True
        response.raw.release_conn()

    @property
    def last_response(self) -> requests.Response | None:
        """The response to the calling thread's latest request inside :meth:`active`."""
        return getattr(self._local, "last_response", None)

    @contextmanager
    def active(self) -> Iterator[HttpClient]:
        """Route deep-translator's requests made by this thread through this client."""
        install()
        previous = getattr(_active, "client", None)
        _active.client = self
        self._local.last_response = None
        try:
            yield self
        finally:
            _active.client = previous

    def abort(self) -> None:
        """Cut every request in flight now, from any thread (they raise RequestAbortedError)."""
        self.watchdog.abort_all()

    def close(self) -> None:
        """Cut what is in flight and close every session this client opened."""
        self.watchdog.close()
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()
        self._local = threading.local()


def _chunks(response: requests.Response) -> Iterator[bytes]:
    """The answer's bytes as they came over the wire, with urllib3's errors as requests' ones."""
    try:
        yield from response.raw.stream(CHUNK_BYTES, decode_content=False)
    except ReadTimeoutError as error:
        raise requests.exceptions.ReadTimeout(error) from error
    except SSLError as error:
        raise requests.exceptions.SSLError(error) from error
    except (ProtocolError, OSError) as error:  # reset, cut by the watchdog, broken off
        raise requests.exceptions.ConnectionError(error) from error


class _Decoder:
    """Unpacks gzip or deflate content piece by piece, never more than asked for."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        self._started = False
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()
        else:
            raise UnreadableAnswerError(f"content encoding {encoding}")
        self._encoding = encoding

    def feed(self, data: bytes, room: int) -> bytes:
        """Up to ``room + 1`` unpacked bytes of ``data`` (more than ``room`` means: too large)."""
        if self._zlib is None:
            return data
        try:
            out = self._zlib.decompress(data, room + 1)
        except zlib.error:
            if self._encoding != "deflate" or self._started:
                raise UnreadableAnswerError("damaged compressed data") from None
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no zlib header
            self._started = True
            return self.feed(data, room)
        self._started = True
        if self._zlib.eof and self._zlib.unused_data and len(out) <= room:  # another gzip member
            rest = self._zlib.unused_data
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += self.feed(rest, room - len(out))
        return out

    def finish(self, room: int) -> bytes:
        """What the decompressor still holds, up to ``room + 1`` bytes."""
        return self._zlib.flush(room + 1) if self._zlib is not None else b""


def same_host(origin: SplitResult, target: str) -> bool:
    """True when ``target`` is on ``origin``'s host and port, or is its https upgrade."""
    to = urlsplit(target)
    if (to.hostname or "").lower() != (origin.hostname or "").lower():
        return False
    if to.scheme == origin.scheme:
        return _port(to) == _port(origin)
    return (origin.scheme, to.scheme, _port(to)) == ("http", "https", 443)


def _port(parts: SplitResult) -> int | None:
    try:
        return parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        return None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
