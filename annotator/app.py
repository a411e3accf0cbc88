"""Composition root of the desktop app: paths, project, QApplication and the main window.

``run_gui`` opens the project named in a :class:`~annotator.cli.GuiRequest`; with
``--screenshot`` it renders the window offscreen, saves a PNG and exits.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from annotator import __version__
from annotator.cli import EXIT_OK, EXIT_USER_ERROR, GuiRequest

SCREENSHOT_SIZE = (1280, 800)
# The freedesktop id: packaging/<id>.desktop, <id>.metainfo.xml and the hicolor icon names. Wayland
# compositors and docks match the window to its launcher and icon through it.
DESKTOP_FILE_ID = "io.github.annotator.Annotator"


def _fail(message: str) -> int:
    print(f"annotator: error: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def run_gui(request: GuiRequest) -> int:
    """Open the main window on the requested project; return the process exit code.

    A project that cannot be opened (not a project, another program's, damaged, too new, busy)
    is explained in a dialog, so someone who started the app from the desktop menu sees why.
    """
    if request.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    else:
        # Qt aborts with "could not load the Qt platform plugin xcb" when a system library is
        # missing; say which ones and how to install them instead (about 60 ms, ldd).
        from annotator.system_libs import check

        missing = check()
        if missing is not None:
            print(missing.message(as_root=os.geteuid() == 0), file=sys.stderr)
            return EXIT_USER_ERROR
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from annotator.errors import AnnotatorError
    from annotator.gui.crash_report import install_crash_handler, start_log
    from annotator.gui.i18n import install_translators
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings
    from annotator.paths import cache_dir, config_dir, log_file
    from annotator.project import Project
    from annotator.project.base import INTERACTIVE_BUSY_TIMEOUT_MS

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Annotator")
    app.setOrganizationName("Annotator")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_ID)
    settings = AppSettings(config_dir(), read_only=request.screenshot is not None)
    install_translators(app, settings.preferences().ui_language, cache_dir())
    log_path = start_log(log_file())
    install_crash_handler(log_path)
    try:
        project = Project(request.db_path, busy_timeout_ms=INTERACTIVE_BUSY_TIMEOUT_MS)
    except AnnotatorError as error:
        return show_open_failure(error, request.screenshot is None)
    try:
        doc_id = project.resolve(request.open_doc).id if request.open_doc else None
        window = MainWindow(project, settings, log_file=log_path)
    except (AnnotatorError, sqlite3.DatabaseError) as error:
        # Damage inside a row passes the check on opening; SQLite reports it when the window
        # first reads the project.
        project.close()
        return show_open_failure(open_failure(error, request.db_path),
                                 request.screenshot is None)
    try:
        if doc_id:
            window.open_document(doc_id)
        if request.screenshot is not None:
            return save_screenshot(window, request.screenshot)
        settings.add_recent_project(request.db_path)
        window.show()
        QTimer.singleShot(0, window.ask_for_name_if_unknown)
        return app.exec()
    finally:
        window.close()
        project.close()


def open_failure(error: Exception, path: Path) -> Exception:
    """``error`` as the storage error to show (a damaged file names ``path``); an SQLite error
    that means a bug is raised again, for the crash handler."""
    from annotator.storage.connection import is_runtime_failure, storage_error

    if isinstance(error, sqlite3.Error):
        if not is_runtime_failure(error):
            raise error
        return storage_error(error, path)
    return error


def show_open_failure(error: Exception, in_dialog: bool) -> int:
    """Say why the project did not open: one stderr line, and a dialog on a desktop."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from annotator.gui.error_text import describe

    text = describe(error)
    if in_dialog:
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QApplication.translate("Errors", "The project cannot be opened"),
                          text, QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
    return _fail(text)


def save_screenshot(window: object, path: Path) -> int:
    """Lay out ``window`` at a fixed size, render it to ``path`` as PNG and return an exit code."""
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(3):  # let layouts and deferred row sizing settle
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        return _fail(f"could not write the screenshot to {path}")
    return EXIT_OK
