#!/usr/bin/env python3
"""Set-up and daily commands for a fresh clone; needs only Python 3.11+.

    python3 dev.py run    # create .venv if missing, install, open the app on the sample document
                          # (on X11 it first names the missing system libraries, if any)
    python3 dev.py test   # install with the test extra, lint, check layers, run the suite offscreen

Both are idempotent: the virtual environment is (re)installed only when pyproject.toml changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("ANNOTATOR_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
SAMPLE_PROJECT = ROOT / "build" / "sample-project.sqlite"


def run(*command: str | Path, env: dict[str, str] | None = None, check: bool = True) -> int:
    """Run a command, echoing it; stop this script with its exit code when it fails."""
    print("+", " ".join(str(c) for c in command), flush=True)
    code = subprocess.call([str(c) for c in command], cwd=ROOT, env=env)
    if check and code != 0:
        sys.exit(code)
    return code


def ensure_installed(extra: str | None) -> None:
    """Create the virtual environment and install the project (with ``extra``) when needed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py must explain this on old Pythons
        sys.exit("Annotator needs Python 3.11 or newer")
    if not PYTHON.exists():
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as error:
            sys.exit(f"could not create {VENV}: {error}\n"
                     "On Debian/Ubuntu install the venv module: apt-get install python3-venv")
    spec = f".[{extra}]" if extra else "."
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = VENV / f".installed-{extra or 'app'}-{digest}"
    if stamp.exists():
        return
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--editable", spec)
    stamp.touch()


def check_system_libraries() -> None:
    """Stop with the Debian packages to install when Qt's X11 plugin could not load here, instead
    of Qt's "Could not load the Qt platform plugin" abort (annotator/system_libs.py)."""
    code = subprocess.call([str(PYTHON), "-m", "annotator.system_libs"], cwd=ROOT)
    if code != 0:
        sys.exit(code)


def command_run() -> int:
    """Open the app on the bundled sample commentary (a project under build/)."""
    ensure_installed(None)
    if not any(arg.startswith("--screenshot") for arg in sys.argv[2:]):  # that one is offscreen
        check_system_libraries()
    SAMPLE_PROJECT.parent.mkdir(exist_ok=True)
    annotator: list[str | Path] = [PYTHON, "-m", "annotator", "--db", SAMPLE_PROJECT]
    samples = sorted((ROOT / "seeds").glob("*.txt"))
    run(*annotator, "import", *samples)
    return run(*annotator, "gui", *sys.argv[2:], check=False)


def command_test() -> int:
    """Lint, check the layer contracts and type hints, then run the whole suite offscreen."""
    ensure_installed("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run(BIN / "ruff", "check", "annotator", "tests", "bench", "dev.py")
    run(BIN / "lint-imports", "--no-cache", env=env)  # a stale cache once hid a cycle
    run(PYTHON, "-m", "mypy", env=env)
    return run(PYTHON, "-m", "pytest", *sys.argv[2:], env=env, check=False)


def main() -> int:
    commands = {"run": command_run, "test": command_test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]]()


if __name__ == "__main__":
    sys.exit(main())
