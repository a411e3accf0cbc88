"""Faults nobody caught: written to a log file in the user's log folder and shown in a dialog.

``install_crash_handler`` routes ``sys.excepthook`` (which PySide6 also calls for exceptions
escaping a slot) to a dialog that says what happened and where the details are; the process goes
on, because every edit was already saved when it was made.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.errors import InternalError
from annotator.gui.error_text import describe

log = logging.getLogger("annotator")


def start_log(path: Path) -> Path | None:
    """Log warnings and errors of the app to ``path``; the path, or None when it cannot be
    written (the app then logs to stderr only)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    log.addHandler(handler)
    return path


def install_crash_handler(log_file: Path | None) -> None:
    """Show and log every exception that reaches ``sys.excepthook``."""
    shown_boxes: list[QMessageBox] = []  # a box without a parent lives as long as we hold it

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("uncaught exception", exc_info=(kind, error, trace))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        shown = InternalError("unexpected", detail=f"{kind.__name__}: {error}",
                              log=log_file or "stderr")
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Errors", "Error"),
                          describe(shown), QMessageBox.StandardButton.Ok,
                          QApplication.activeWindow())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(lambda _result: shown_boxes.remove(box))
        shown_boxes.append(box)
        box.open()

    sys.excepthook = hook
