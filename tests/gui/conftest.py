"""GUI fixtures: a factory that builds main windows on a project and closes them afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotator.storage.connection import ProjectConnections

pytestmark = pytest.mark.gui


@pytest.fixture
def main_window(qtbot, db_path: Path) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    """Build a ``MainWindow`` on the test's project; windows and connections close at teardown."""
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings
    from annotator.paths import config_dir

    made: list[tuple[MainWindow, ProjectConnections]] = []

    def factory(path: Path = db_path) -> MainWindow:
        project = ProjectConnections(path)
        window = MainWindow(project, AppSettings(config_dir()))
        qtbot.addWidget(window)
        made.append((window, project))
        return window

    yield factory
    for window, project in made:
        window.close()
        project.close()
