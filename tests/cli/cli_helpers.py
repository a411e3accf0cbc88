"""Runs the real `annotator` command in a subprocess for the CLI tests."""

from __future__ import annotations

import os
import subprocess
import sys


def annotator(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m annotator ARGS`` with the test's environment."""
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args], input=stdin.decode() if stdin else None,
        capture_output=True, text=True, env=os.environ.copy(), timeout=120, check=False,
    )
