"""Time spent on a sentence, counting only active work.

A translator's time per sentence feeds the post-editing export (``seconds``), so it must not
count reading the news in another window or lunch. :class:`EffortClock` counts time only while
the window is active and no dialog is open, and only up to ``idle_limit`` seconds after the last
key press; a sentence that was never edited collects no time. The clock takes the time from the
caller, so it is tested without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass

IDLE_LIMIT = 60.0


@dataclass
class EffortClock:
    """Active seconds on the current sentence (one sentence at a time)."""

    idle_limit: float = IDLE_LIMIT
    sentence: int | None = None
    seconds: float = 0.0
    edited: bool = False
    running: bool = True
    _mark: float = 0.0

    def _count(self, now: float) -> None:
        if self.running and self.sentence is not None:
            self.seconds += max(0.0, min(now - self._mark, self.idle_limit))
        self._mark = now

    def start(self, sentence: int, now: float) -> None:
        """Begin on ``sentence`` (call :meth:`stop` for the one before)."""
        self.sentence, self.seconds, self.edited, self._mark = sentence, 0.0, False, now

    def activity(self, now: float, edit: bool = False) -> None:
        """A key press: time since the last one counts (up to the idle limit)."""
        self._count(now)
        self.edited = self.edited or edit

    def pause(self, now: float) -> None:
        """The window lost focus or a dialog opened: nothing counts until :meth:`resume`."""
        self._count(now)
        self.running = False

    def resume(self, now: float) -> None:
        """Work can go on: counting starts again from ``now``."""
        self._mark = now
        self.running = True

    def stop(self, now: float) -> tuple[int, float] | None:
        """Leave the sentence: (sentence, seconds) when it was edited, else None."""
        self._count(now)
        sentence, seconds, edited = self.sentence, self.seconds, self.edited
        self.sentence, self.seconds, self.edited = None, 0.0, False
        if sentence is None or not edited or seconds <= 0:
            return None
        return sentence, seconds
