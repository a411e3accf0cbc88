"""Pacing requests: a shared minimum interval per engine, server-requested pauses and backoff.

One :class:`RateLimiter` is shared by all workers of a job. It hands out send times at least
``1 / rate`` seconds apart, and :meth:`RateLimiter.pause_until` holds *every* worker back when a
server answered 429 with ``Retry-After`` (one worker being told to wait means all of them are).
Waits are done on an ``Event`` so that a cancelled job stops waiting at once.
"""

from __future__ import annotations

import random
import threading
import time


class RateLimiter:
    """Spaces request starts ``1 / rate_per_second`` apart across threads (None: no spacing)."""

    def __init__(self, rate_per_second: float | None) -> None:
        self.interval = 1.0 / rate_per_second if rate_per_second else 0.0
        self._lock = threading.Lock()
        self._next = 0.0
        self._paused_until = 0.0

    def pause_until(self, when: float) -> None:
        """Send nothing before ``when`` (a ``time.monotonic()`` value)."""
        with self._lock:
            self._paused_until = max(self._paused_until, when)

    def acquire(self, halt: threading.Event) -> bool:
        """Wait for this thread's turn; False when ``halt`` was set while waiting."""
        while True:
            with self._lock:
                now = time.monotonic()
                reserved = self._paused_until <= now
                if reserved:
                    start = max(now, self._next)
                    self._next = start + self.interval
                    wait = start - now
                else:
                    wait = self._paused_until - now
            if wait > 0 and halt.wait(wait):
                return False
            if reserved:
                return not halt.is_set()


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based): exponential, half jittered."""
    ceiling = min(cap, base * 2 ** (attempt - 1))
    return ceiling / 2 + random.uniform(0, ceiling / 2)
