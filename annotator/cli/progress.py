"""The terminal progress display of long commands: a bar on a terminal, a line per 10 % in a log.

``translate``, ``suggest`` and ``export`` write it to stderr (stdout stays for results). It only
formats and writes to the stream it is given and imports nothing else.
"""

from __future__ import annotations

import time
from typing import TextIO


class ProgressBar:
    """Call :meth:`update` as work advances and :meth:`finish` at the end."""

    WIDTH = 30

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self._last_draw = 0.0
        self._last_step = -1

    def update(self, done: int, total: int, text: str) -> None:
        """Show ``done`` of ``total`` with ``text`` (redrawn at most ten times a second)."""
        fraction = done / total if total else 1.0
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw >= 0.1 or done >= total:
                filled = int(fraction * self.WIDTH)
                bar = "#" * filled + "." * (self.WIDTH - filled)
                self.stream.write(f"\r[{bar}] {text}")
                self.stream.flush()
                self._last_draw = now
        elif int(fraction * 10) > self._last_step:
            self._last_step = int(fraction * 10)
            print(f"{self.label}: {fraction:4.0%} {text}", file=self.stream, flush=True)

    def finish(self) -> None:
        """End the bar's line."""
        if self.tty:
            self.stream.write("\n")
