"""Errors as sentences in the interface language: the catalogue's template through ``tr``.

Every failure shown in the window goes through :func:`describe`, so the Turkish interface shows
Turkish messages. Templates live in :mod:`annotator.messages` (context ``Errors`` of the ``.ts``
file); parameters are filled in after translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.errors import AnnotatorError
from annotator.messages import fill, render
from annotator.messages.internal import OS_ERROR


def translate_template(template: str) -> str:
    """A catalogue template in the interface language."""
    return QCoreApplication.translate("Errors", template)


def describe(error: BaseException) -> str:
    """What went wrong, as one or two sentences a person understands."""
    if isinstance(error, AnnotatorError):
        return render(error, translate_template)
    if isinstance(error, OSError):
        return fill(translate_template(OS_ERROR), {
            "path": error.filename or "", "detail": error.strerror or str(error)})
    return str(error)
