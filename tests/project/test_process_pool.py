"""The ordered process pool the batch commands use (annotator.batch.process_pool)."""

from __future__ import annotations

import os
import threading
import time

import pytest

from annotator.batch.process_pool import (
    IN_FLIGHT_PER_WORKER,
    MIN_DOCUMENTS_PER_WORKER,
    default_workers,
    ordered_map,
    pool_size,
)
from annotator.errors import ProjectError


def test_results_come_back_in_order_with_errors_as_values() -> None:
    items = ["3", "x", "1", "22", "", "7"]
    results = list(ordered_map(int, items, workers=2))
    assert [item for item, _ in results] == items
    values = [result for _, result in results]
    assert values[0] == 3 and values[2] == 1 and values[3] == 22 and values[5] == 7
    assert isinstance(values[1], ValueError) and isinstance(values[4], ValueError)


def test_work_runs_in_other_processes() -> None:
    pids = {pid for _, pid in ordered_map(_pid, range(8), workers=2)}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2


def _pid(_: int) -> int:
    return os.getpid()


def _die(_: int) -> None:
    os._exit(9)  # as a worker killed by the kernel for lack of memory


def test_a_dead_worker_is_one_clear_error() -> None:
    with pytest.raises(ProjectError) as caught:
        list(ordered_map(_die, range(4), workers=2))
    assert caught.value.kind == "worker_died"
    assert "--workers 1" in str(caught.value)


def test_cancel_stops_handing_out_items() -> None:
    cancel = threading.Event()
    seen = []
    for item, _ in ordered_map(time.sleep, [0.05] * 200, workers=2, cancel=cancel):
        seen.append(item)
        cancel.set()
    # Only what was in flight when the cancel came back comes back.
    assert 1 <= len(seen) <= 2 * IN_FLIGHT_PER_WORKER


def test_a_pool_only_for_enough_work() -> None:
    assert default_workers() >= 1
    assert pool_size(1, 10_000) == 1
    assert pool_size(2, MIN_DOCUMENTS_PER_WORKER * 2 - 1) == 1  # one worker: do it here
    assert pool_size(2, MIN_DOCUMENTS_PER_WORKER * 2) == 2
    assert pool_size(500, 500 * MIN_DOCUMENTS_PER_WORKER) <= 256
