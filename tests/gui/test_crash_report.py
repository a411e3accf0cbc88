"""Faults in Annotator itself reach the person: a dialog naming the log, the traceback in it."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui.crash_report import install_crash_handler, start_log

pytestmark = pytest.mark.gui


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_an_uncaught_exception_is_logged_and_shown(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_path = start_log(tmp_path / "logs" / "annotator.log")
    assert log_path is not None
    install_crash_handler(log_path)
    earlier = set(visible_boxes())  # boxes other tests' windows left open are not ours
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())  # what PySide6 does for an exception in a slot
    boxes = [box for box in visible_boxes() if box not in earlier]
    assert len(boxes) == 1
    assert "ZeroDivisionError" in boxes[0].text() and str(log_path) in boxes[0].text()
    boxes[0].close()
    for handler in logging.getLogger("annotator").handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "division by zero in a slot" in logged
    for handler in list(logging.getLogger("annotator").handlers):
        logging.getLogger("annotator").removeHandler(handler)
        handler.close()


def test_a_bug_inside_an_operation_is_shown_not_swallowed(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()

    def broken() -> None:
        raise KeyError("a bug")

    with qtbot.waitSignal(window.runner.error_shown):
        assert window.runner.run(broken) is None
    text = window.runner.message_box.text()
    assert "Something went wrong inside Annotator" in text and "KeyError" in text
    window.runner.message_box.close()
