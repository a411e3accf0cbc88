"""HTTP for deep-translator: timeouts, per-thread sessions and the last response, scoped to us.

deep-translator 1.11.4 calls the module-level ``requests.get``/``requests.post`` with no timeout
and throws the response away on errors (a 429's ``Retry-After`` is lost). :func:`install` replaces
the name ``requests`` inside ``deep_translator.google``, ``.mymemory`` and ``.libre`` (only there)
by a :class:`_ScopedRequests` stand-in. A call made inside ``with client.active():`` goes through
that :class:`HttpClient` (its timeouts, a ``requests.Session`` per thread, the response kept for
the error mapper); a call made anywhere else, by anyone, goes to the real ``requests`` exactly as
before. So the patch changes nothing for code that does not opt in, and is thread-safe: the
active client is held per thread.
"""

from __future__ import annotations

import email.utils
import importlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import requests

PATCHED_MODULES = ("deep_translator.google", "deep_translator.mymemory", "deep_translator.libre")
USER_AGENT = "Annotator (+https://example.invalid/annotator)"

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


class HttpClient:
    """Timeouts and one ``requests.Session`` per thread for one engine's requests."""

    def __init__(self, connect_timeout: float = 5.0, read_timeout: float = 15.0, *,
                 form_post: bool = False) -> None:
        self.timeout = (connect_timeout, read_timeout)
        # deep-translator puts LibreTranslate's text and api_key in the query string, where
        # URL length limits and request logs (urllib3 logs URLs at DEBUG) would see them; with
        # form_post a POST's query parameters travel as a form body instead.
        self.form_post = form_post
        self._local = threading.local()
        self._lock = threading.Lock()
        self._sessions: list[requests.Session] = []

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = USER_AGENT
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send a request with this client's timeouts; remember the response for this thread."""
        kwargs["timeout"] = self.timeout
        if self.form_post and method == "POST" and kwargs.get("params") and not kwargs.get("data"):
            kwargs["data"], kwargs["params"] = kwargs["params"], None
        response = self._session().request(method, url, **kwargs)
        self._local.last_response = response
        return response

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

    def close(self) -> None:
        """Close every session this client opened."""
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()
        self._local = threading.local()


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
