"""Errors of the command line itself (kinds and templates in ``annotator/messages/cli.py``)."""

from __future__ import annotations

from annotator.errors import AnnotatorError


class CliError(AnnotatorError):
    """A problem with what was asked on the command line: a file to read, an option, the
    environment; or a failure outside Annotator's layers that the CLI reports (an OSError)."""

    domain = "cli"
