"""The peak memory the reliability tests assert is the child's own, not the test process's."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reliability import finish

pytestmark = pytest.mark.reliability

GROW = ("b = bytearray(300 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096]); "
        "import time; time.sleep(0.3)")


def _child(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_a_child_that_grows_is_measured_and_a_big_parent_does_not_count() -> None:
    assert finish(_child(GROW)).peak_mb > 300
    ballast = bytearray(400 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # this process now holds 400 MB more
    small = finish(_child("import time; time.sleep(0.3)"))
    assert small.code == 0 and small.peak_mb < 100, small
    del ballast
