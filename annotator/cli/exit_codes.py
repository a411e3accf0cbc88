"""The exit codes of the ``annotator`` command: the one table that defines them.

Every failure reaches the person as an :class:`~annotator.errors.AnnotatorError` (the CLI wraps
SQLite, operating-system and unexpected errors into one), and :func:`exit_code` picks its code:
first by ``error.key`` (``domain.kind``), then by ``error.domain``, then :data:`DEFAULT`. A user
error that nobody listed here is therefore "bad input" (2). ``docs/cli.md`` shows the table.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from annotator.errors import AnnotatorError

EXIT_OK = 0
EXIT_FAILED = 1          # translate: some sentences failed or were not attempted
EXIT_USER_ERROR = 2      # bad input or a bad request: one line on stderr, nothing changed
EXIT_INTERNAL = 70       # EX_SOFTWARE: a bug in Annotator; the traceback went to the log
EXIT_BUSY = 75           # EX_TEMPFAIL: another program is writing to the project; try again
EXIT_INTERRUPTED = 130   # 128 + SIGINT: Ctrl-C or a cancelled job; what was saved stays saved
EXIT_BROKEN_PIPE = 141   # 128 + SIGPIPE: whoever read stdout stopped reading (`| head`)

DEFAULT = EXIT_USER_ERROR

BY_KEY: dict[str, int] = {
    "storage.locked": EXIT_BUSY,
    "project.cancelled": EXIT_INTERRUPTED,
    "exchange.export_cancelled": EXIT_INTERRUPTED,
    "cli.internal_unlogged": EXIT_INTERNAL,
}

BY_DOMAIN: dict[str, int] = {
    "internal": EXIT_INTERNAL,
}

# What each code means, for --help texts, docs/cli.md and its test.
MEANINGS: dict[int, str] = {
    EXIT_OK: "success",
    EXIT_FAILED: "translate: some sentences failed or were not attempted (offline)",
    EXIT_USER_ERROR: "bad input: a missing or unreadable file, not a project, an unknown "
                     "document, a bad option; nothing was changed",
    EXIT_INTERNAL: "a bug in Annotator: one line says so and where the traceback was written",
    EXIT_BUSY: "the project is busy: another program kept writing to it for the whole busy "
               "timeout; nothing was changed, try again",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C) or cancelled: what was finished before is kept",
    EXIT_BROKEN_PIPE: "the program reading the output stopped early (`| head`); nothing printed",
}


def exit_code(error: AnnotatorError) -> int:
    """The exit code of ``error``: by its key, else by its domain, else :data:`DEFAULT`."""
    code = BY_KEY.get(error.key)
    if code is None:
        code = BY_DOMAIN.get(error.domain, DEFAULT)
    return code


def is_interruption(code: int) -> bool:
    """Whether ``code`` means the person stopped the command (no "error:" in its line)."""
    return code == EXIT_INTERRUPTED
