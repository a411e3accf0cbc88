"""The reliability suite (issue 18): processes killed, raced and fed hostile input, and the real
X11 window; docs/reliability.md says what each case promises. Checks shared by its tests follow.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PEAK_MEMORY_MB = 600  # the bound for any one process of a case


@dataclass(frozen=True)
class Finished:
    """How a process ended: exit code (negative: killed by that signal), output, peak memory."""

    code: int
    out: str
    err: str
    peak_mb: float


def _high_water_mb(pid: int) -> float | None:
    """The process's own peak resident memory so far (``VmHWM``), or None once it has exited."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return None


_PEAKS: dict[int, float] = {}  # pid → the highest VmHWM its watcher saw


def watch(process: subprocess.Popen[str]) -> None:
    """Sample the process's own peak memory every 10 ms from now until it exits, so that a
    process later killed (whose memory is gone when it is reaped) has a figure too."""
    def sample() -> None:
        while process.returncode is None:
            reading = _high_water_mb(process.pid)
            if reading is None:
                return
            _PEAKS[process.pid] = max(_PEAKS.get(process.pid, 0.0), reading)
            time.sleep(0.01)

    threading.Thread(target=sample, daemon=True).start()


def finish(process: subprocess.Popen[str], timeout: float = 120) -> Finished:
    """Wait for ``process`` (killed after ``timeout`` seconds) and read its output and its peak
    resident memory (pipes are drained meanwhile).

    The peak is the child's ``VmHWM``, read while it runs: ``wait4``'s ``ru_maxrss`` is no use,
    as Linux records in it the memory of the process that started the child (exec keeps the
    high-water mark of the forked copy), so every child of a big pytest process looked as big
    as pytest. Processes started with :func:`watch` are sampled from their start (a killed one
    has no memory left to read when it is reaped); one that exits before any reading reports
    ``ru_maxrss``."""
    output: dict[str, str] = {}
    readers = [threading.Thread(target=lambda name=name, stream=stream: output.__setitem__(
        name, stream.read() if stream is not None else ""), daemon=True)
        for name, stream in (("out", process.stdout), ("err", process.stderr))]
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + timeout
    peak: float | None = _PEAKS.get(process.pid)
    while True:
        reading = _high_water_mb(process.pid)
        if reading is not None:
            peak = max(peak or 0.0, reading)
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            process.kill()  # the next wait4 reaps it; the caller sees -9
        time.sleep(0.01)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.pid in _PEAKS:
        peak = max(peak or 0.0, _PEAKS.pop(process.pid))
    for reader in readers:
        reader.join(30)
    return Finished(process.returncode, output.get("out", ""), output.get("err", ""),
                    peak if peak is not None else usage.ru_maxrss / 1024)  # KiB on Linux


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of the project, opened as the next program would (which
    recovers its write-ahead log)."""
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def query(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Rows of one read of the project (a fresh connection each time)."""
    conn = sqlite3.connect(path, timeout=30)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def no_traceback(stderr: str) -> None:
    """Assert that ``stderr`` holds no Python traceback (a user error is one line)."""
    assert "Traceback (most recent call last)" not in stderr, stderr
