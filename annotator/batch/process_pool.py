"""Spreading per-document work over processes, with the results back in order for one writer.

Batch commands (``import``, ``suggest``, ``qa``) hand each document to a worker process that reads
(files, or the project through its own SQLite connection) and computes; the caller, the only
writer, saves each result as it arrives, in the documents' order, in its own transaction. SQLite
in WAL mode lets the workers read while the writer writes.

Workers are started with ``spawn`` (a fresh interpreter): forking a process that holds an open
SQLite connection or threads is unsafe. They ignore Ctrl-C, which the parent turns into a cancel
(pending documents are dropped, the ones in progress come back and are stored, what was saved
stays); SIGINT is blocked while a worker is started, so a worker still starting up never sees
it. At most a few documents per worker are in flight, so memory does not grow with the corpus.
A worker that dies (killed, out of memory) ends the run with ``project.worker_died``.

Starting a worker costs a few tenths of a second (an interpreter importing the storage layer),
so callers use the pool only when there is enough work (:func:`pool_size`).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, TypeVar

from annotator.errors import ProjectError

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT_PER_WORKER = 4
# A document takes 5-20 ms to check or suggest and a worker ~0.3 s to start: each worker should
# get at least this many documents, or the pool costs more than it saves.
MIN_DOCUMENTS_PER_WORKER = 64
MAX_WORKERS = 61 if sys.platform == "win32" else 256  # Windows' wait limit


def default_workers() -> int:
    """The number of cores this process may run on (``--workers`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def pool_size(workers: int, items: int, per_worker: int = MIN_DOCUMENTS_PER_WORKER) -> int:
    """How many worker processes ``items`` documents are worth, at most ``workers``: 0 or 1
    means "do it in this process"."""
    return min(workers, items // max(1, per_worker), MAX_WORKERS)


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """SIGINT held back while workers start: a new process inherits the mask and ignores Ctrl-C
    before it can be interrupted; a Ctrl-C meanwhile reaches this process afterwards."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker_start(initializer: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent turns Ctrl-C into a cancel
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if initializer is not None:
        initializer(*args)


def ordered_map(function: Callable[[T], R], items: Sequence[T], *, workers: int,
                cancel: threading.Event | None = None,
                initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = ()) -> Iterator[tuple[T, R | Exception]]:
    """``(item, function(item))`` for each item, in the items' order, computed by ``workers``
    processes; an exception raised for an item comes back as the result instead of ending the
    run. ``function`` and ``initializer`` must be module-level (picklable) callables.

    Stops handing out items when ``cancel`` is set; the items already handed out still come
    back (the caller stores them). Raises ``project.worker_died`` when a worker process died.
    """
    context = multiprocessing.get_context("spawn")
    pending: Iterator[T] = iter(items)
    window: deque[tuple[T, Future[R]]] = deque()
    with _sigint_blocked():
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                   initializer=_worker_start, initargs=(initializer, initargs))
    finished = False
    try:
        while True:
            with _sigint_blocked():  # submit() starts workers as they are needed
                while len(window) < workers * IN_FLIGHT_PER_WORKER and not (
                        cancel is not None and cancel.is_set()):
                    item = next(pending, _END)
                    if item is _END:
                        break
                    window.append((item, pool.submit(function, item)))
            if not window:
                finished = True
                return
            item, future = window.popleft()
            result: R | Exception
            try:
                result = future.result()
            except BrokenProcessPool:
                raise ProjectError("worker_died") from None
            except Exception as error:  # handed to the caller
                result = error
            yield item, result
    finally:
        # Normally every worker is idle by now; after an error or a second Ctrl-C, do not wait
        # for the documents still in workers (nothing of theirs is stored).
        pool.shutdown(wait=finished, cancel_futures=True)


_END: Any = object()
