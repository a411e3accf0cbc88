"""Guards against Qt binding releases with bugs that would crash the app in a long session."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

EMIT_MANY = """
import sys
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    changed = Signal(int)

source = Source()
received = []
source.changed.connect(received.append)
before = sys.getrefcount(True)
for number in range(5000):
    source.changed.emit(number)
assert len(received) == 5000
print(before - sys.getrefcount(True))
"""


def test_emitting_signals_does_not_leak_references_to_true() -> None:
    # PySide6 6.12.0 decrements True's refcount on every emit; the process aborts with
    # "bool_dealloc" after a few hundred emits. Run in a child so a bad binding fails one test.
    result = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 50
