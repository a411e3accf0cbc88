"""Driven by test_kill_mid_edit: confirm one sentence by keyboard, start another, then wait.

Run as ``python edit_then_hang.py PROJECT``; prints the confirmed sentence id and READY, then
keeps the event loop running until it is killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings
from annotator.paths import config_dir
from annotator.project import Project


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Project(Path(sys.argv[1])), AppSettings(config_dir()))
    window.show()
    window.activateWindow()
    app.processEvents()
    panel = window.editor_panel
    grid = panel.grid
    grid.setFocus()
    confirmed = panel.current_segment().sentence.id
    QTest.keyClick(grid, Qt.Key.Key_F2)
    QTest.keyClicks(QApplication.focusWidget(), "Confirmed before the crash")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(grid, Qt.Key.Key_F2)
    QTest.keyClicks(QApplication.focusWidget(), "UNSAVED keystrokes")
    print(confirmed, "READY", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
