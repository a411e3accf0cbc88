"""A small pool of daemon threads for MT requests, which never holds the program open.

``concurrent.futures.ThreadPoolExecutor`` joins its threads when the interpreter exits, so a
request stuck on a silent server kept ``annotator translate`` alive long after Ctrl-C, and the
window's process after it closed. These threads are daemons: a job that is cancelled abandons
them (the runner also aborts their requests), and the process ends when the main thread does.
Futures are ``concurrent.futures.Future``, so ``concurrent.futures.wait`` works on them.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")
_Task = tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]


class DaemonPool:
    """``workers`` daemon threads running submitted calls; started on the first submit."""

    def __init__(self, workers: int, name: str = "mt") -> None:
        self.workers = workers
        self.name = name
        self._tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``function(*args)`` in a pool thread; its future."""
        if not self._threads:
            for number in range(self.workers):
                thread = threading.Thread(target=self._work, name=f"{self.name}-{number}",
                                          daemon=True)
                thread.start()
                self._threads.append(thread)
        future: Future[T] = Future()
        self._tasks.put((future, function, args))
        return future

    def shutdown(self) -> None:
        """Cancel what has not started and let the threads end; waits for nothing."""
        while True:
            try:
                task = self._tasks.get_nowait()
            except queue.Empty:
                break
            if task is not None:
                task[0].cancel()
        for _ in self._threads:
            self._tasks.put(None)

    def _work(self) -> None:
        while (task := self._tasks.get()) is not None:
            future, function, args = task
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = function(*args)
            except BaseException as error:  # handed to whoever waits on the future
                future.set_exception(error)
            else:
                future.set_result(result)
