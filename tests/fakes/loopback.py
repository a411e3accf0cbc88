"""What every fake server of the tests shares: an HTTP server on 127.0.0.1 in a daemon thread,
the requests it saw, faults queued for the next requests, a hang that ends when the server stops,
and use as a context manager."""

from __future__ import annotations

import collections
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Generic, TypeVar

S = TypeVar("S")  # what the server records of a request
F = TypeVar("F")  # a fault


class QuietServer(ThreadingHTTPServer):
    """A threading HTTP server that does not print the broken pipes of clients that stopped
    reading (a huge or dripping answer, an aborted request): they are expected here."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class LoopbackServer(Generic[S, F]):
    """A running fake; subclasses set their state, then call :meth:`start` with their handler."""

    def __init__(self, hang_limit: float = 5.0) -> None:
        self.hang_limit = hang_limit
        self.seen: list[S] = []
        self._faults: collections.deque[F] = collections.deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    def start(self, handler: type[BaseHTTPRequestHandler]) -> None:
        """Listen on a free port of 127.0.0.1 and serve in a daemon thread."""
        self._httpd = QuietServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def requests(self) -> int:
        """How many requests arrived (faulty ones included)."""
        with self._lock:
            return len(self.seen)

    def fail_next(self, fault: F, times: int = 1) -> None:
        """Answer the next ``times`` requests with ``fault``."""
        with self._lock:
            self._faults.extend([fault] * times)

    def record(self, seen: S) -> F | None:
        """Note a request; the fault queued for it, if any."""
        with self._lock:
            self.seen.append(seen)
            return self._faults.popleft() if self._faults else None

    def hang(self) -> None:
        """Keep a request waiting until ``hang_limit`` or until the server stops."""
        self._stopping.wait(self.hang_limit)

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
