"""GUI fixtures: a factory that builds main windows on a project and closes them afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.project import Project

pytestmark = pytest.mark.gui


@pytest.fixture
def main_window(qtbot, db_path: Path) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    """Build a ``MainWindow`` on the test's project; windows and connections close at teardown."""
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings
    from annotator.paths import config_dir

    made: list[tuple[MainWindow, Project]] = []

    def factory(path: Path = db_path, busy_timeout_ms: int = 10_000,
                qa_question: bool = False) -> MainWindow:
        """``qa_question``: confirming a sentence with a QA error asks first (the app's default;
        off here, so tests that confirm made-up English are not stopped by the modal question)."""
        project = Project(path, busy_timeout_ms=busy_timeout_ms)
        settings = AppSettings(config_dir())
        settings.save_preferences(replace(settings.preferences(),
                                          confirm_asks_on_qa_errors=qa_question))
        window = MainWindow(project, settings)
        qtbot.addWidget(window)
        made.append((window, project))
        return window

    yield factory
    for window, project in made:
        window.close()
        project.close()


@pytest.fixture
def sample_window(qtbot, main_window, db_path: Path, seed_file: Path):  # type: ignore[no-untyped-def]
    """A shown, active main window on the imported sample, the grid focused."""
    from PySide6.QtWidgets import QApplication

    from annotator.ingest.pipeline import import_file
    from annotator.storage.connection import open_project

    db = open_project(db_path)
    import_file(db, seed_file)
    db.close()
    window = main_window()
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.editor_panel.grid.setFocus()
    return window
