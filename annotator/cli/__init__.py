"""The ``annotator`` command line (DESIGN.md §8) as a package. No Qt is imported here.

:func:`run` parses the arguments and runs a command; for ``gui`` (or no command) it returns a
:class:`GuiRequest` that the entry point hands to the window. Modules:

- :mod:`~annotator.cli.main`: ``run()``, which dispatches to the command's module;
- :mod:`~annotator.cli.parser`: every command's arguments (imports nothing heavy);
- :mod:`~annotator.cli.exit_codes`: the one table of exit codes;
- :mod:`~annotator.cli.failures`: every failure as one stderr line and its exit code;
- :mod:`~annotator.cli.commands`: one module per command, importing what it needs when it runs;
- :mod:`~annotator.cli.session`: the open project, Ctrl-C and a job's progress bar;
- :mod:`~annotator.cli.progress`: the terminal progress display; :mod:`~annotator.cli.errors`.

Nothing heavy is imported until a command needs it: ``annotator --version`` and ``annotator
segment`` load neither sqlite-utils nor the project, MT, exchange or ingest packages
(``tests/cli/test_cli_imports.py``; start-up figures in ``docs/performance.md``).
"""

from __future__ import annotations

from annotator.cli.exit_codes import EXIT_OK, EXIT_USER_ERROR
from annotator.cli.main import run

TYPE_CHECKING = False
if TYPE_CHECKING:
    from annotator.cli.gui import GuiRequest


def __getattr__(name: str) -> object:
    # GuiRequest is a dataclass: importing dataclasses costs a third of the interpreter's start,
    # so it is loaded when the GUI is asked for, not by every command.
    if name == "GuiRequest":
        from annotator.cli.gui import GuiRequest

        return GuiRequest
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EXIT_OK", "EXIT_USER_ERROR", "GuiRequest", "run"]
