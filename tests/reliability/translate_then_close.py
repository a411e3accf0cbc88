"""Driven by test_mt_faults: translate the open document in the window, close it when told, exit.

Run as ``python translate_then_close.py PROJECT URL CLOSE_FILE``: sets LibreTranslate at URL as
the engine, starts Translate → Translate document and prints STARTED; once CLOSE_FILE exists it
closes the main window and prints CLOSED, then leaves ``main()`` the way ``annotator gui`` does
(the event loop ends with the last window, the project is closed, the interpreter exits).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import AppSettings, MTPreferences
from annotator.paths import config_dir
from annotator.project import Project


def main() -> None:
    project_path, url, close_file = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    app = QApplication(sys.argv[:1])
    settings = AppSettings(config_dir())
    settings.save_mt_preferences(MTPreferences("libre", url, "", 2))
    project = Project(project_path)
    window = MainWindow(project, settings)
    window.show()
    job = window.translation_menu.translate_document()
    print("STARTED" if job is not None else "NOT STARTED", flush=True)

    def close_when_told() -> None:
        if close_file.exists():
            timer.stop()
            window.close()
            print("CLOSED", flush=True)

    timer = QTimer()
    timer.timeout.connect(close_when_told)
    timer.start(50)
    app.exec()
    project.close()


if __name__ == "__main__":
    main()
