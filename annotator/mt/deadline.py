"""A total deadline for HTTP requests, and a way to stop requests in flight from another thread.

``requests`` only has per-read timeouts: a server that sends one byte every two seconds never
trips a 15 s read timeout and can hold a request forever. A :class:`Watchdog` (one daemon thread
per :class:`~annotator.mt.http.HttpClient` while it has requests) watches every request made
inside :meth:`Watchdog.watch`: when the request's deadline passes, or :meth:`Watchdog.abort_all`
is called (a cancelled job), it shuts the request's socket down, and the thread blocked reading
it gets an error at once. The socket is found through :class:`TrackingAdapter`, a
``requests`` transport adapter whose urllib3 connections note themselves on the calling
thread's :class:`Ticket` when a request starts on them. Name lookups (DNS) happen before there
is a socket and stay bounded by the system resolver; a connection attempt by the connect
timeout.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager
from urllib3.poolmanager import pool_classes_by_scheme as default_pool_classes

_RETRY_CUT = 0.05  # how often to try again to cut a request still connecting (no socket yet)
IDLE_SECONDS = 10.0  # the watchdog thread ends after this long with nothing to watch

# The Ticket of the request the current thread is making inside Watchdog.watch, if any.
_current = threading.local()


@dataclass(eq=False)
class Ticket:
    """One watched request: its deadline, the connection it runs on, and why it was cut."""

    deadline: float
    connection: Any = None  # the urllib3 connection the request was sent on
    sock: Any = None  # its socket, kept: http.client lets go of it when the server will close
    expired: bool = False   # the deadline passed
    aborted: bool = False   # abort_all() was called
    cut: bool = field(default=False, repr=False)

    @property
    def stopped(self) -> bool:
        """True when the watchdog stopped (or is stopping) this request."""
        return self.expired or self.aborted

    def shut(self) -> bool:
        """Shut the request's socket down; False when it has none yet (still connecting)."""
        sock = self.sock or getattr(self.connection, "sock", None)
        if sock is None:
            return False
        # The plain socket's shutdown, also for TLS: it wakes a thread blocked reading.
        with contextlib.suppress(OSError):  # already closed
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        return True


class Watchdog:
    """Cuts the requests whose deadline passed, or all of them on :meth:`abort_all`.

    Its thread starts with the first request watched and ends after :data:`IDLE_SECONDS`
    without one (or at :meth:`close`), so an engine nobody closes leaves no thread behind.
    """

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._tickets: set[Ticket] = set()
        self._running = False
        self._closed = False

    @contextmanager
    def watch(self, deadline: float) -> Iterator[Ticket]:
        """Watch the request the calling thread makes inside the block (``time.monotonic()``)."""
        ticket = Ticket(deadline)
        with self._condition:
            self._tickets.add(ticket)
            self._closed = False
            if not self._running:
                self._running = True
                threading.Thread(target=self._run, name="mt-watchdog", daemon=True).start()
            self._condition.notify()
        _current.ticket = ticket
        try:
            yield ticket
        finally:
            _current.ticket = None
            with self._condition:
                self._tickets.discard(ticket)

    def abort_all(self) -> None:
        """Cut every request being watched now (they fail with a connection error)."""
        with self._condition:
            for ticket in self._tickets:
                ticket.aborted = True
            self._condition.notify()

    def close(self) -> None:
        """Abort what is in flight and let the watchdog thread end."""
        with self._condition:
            for ticket in self._tickets:
                ticket.aborted = True
            self._closed = True
            self._condition.notify()

    def _run(self) -> None:
        with self._condition:
            while True:
                if not self._tickets:
                    idle = self._closed or not self._condition.wait(IDLE_SECONDS)
                    if idle and not self._tickets:
                        self._running = False
                        return
                    continue
                now = time.monotonic()
                waits = [IDLE_SECONDS]
                for ticket in self._tickets:
                    if not ticket.stopped and now >= ticket.deadline:
                        ticket.expired = True
                    if ticket.stopped and not ticket.cut:
                        ticket.cut = ticket.shut()
                        if not ticket.cut:
                            waits.append(_RETRY_CUT)
                    if not ticket.stopped:
                        waits.append(ticket.deadline - now)
                self._condition.wait(max(0.0, min(waits)))


class _TrackedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _note(self)  # before: a request still connecting has no socket yet
        super().request(*args, **kwargs)
        _note(self)  # after: the socket it was sent on


class _TrackedHTTPSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _note(self)
        super().request(*args, **kwargs)
        _note(self)


def _note(connection: HTTPConnection) -> None:
    ticket: Ticket | None = getattr(_current, "ticket", None)
    if ticket is not None:
        ticket.connection = connection
        ticket.sock = connection.sock or ticket.sock


class _TrackedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection


class _TrackedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


_TRACKED_POOLS = {"http": _TrackedHTTPPool, "https": _TrackedHTTPSPool}


class TrackingAdapter(HTTPAdapter):
    """A transport adapter whose connections let the :class:`Watchdog` find their socket."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _track(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        return _track(manager)


def _track(manager: PoolManager) -> PoolManager:
    # A SOCKS proxy manager brings its own connection classes: leave those alone (such requests
    # are still bounded by the read timeout and the deadline checks between reads).
    if manager.pool_classes_by_scheme == default_pool_classes:
        manager.pool_classes_by_scheme = _TRACKED_POOLS
    return manager
