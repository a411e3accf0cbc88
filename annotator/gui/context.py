"""The narrow interface menus and dialogs get instead of the main window.

A menu needs the project (to read), the operation runner (to change it), a parent for its
dialogs, the settings, what is open and selected, and a way to say something in the status bar;
nothing else of the window. Menus therefore never import ``main_window``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from annotator.gui.operations import OperationRunner
from annotator.gui.settings import AppSettings
from annotator.project import Project


@dataclass(frozen=True)
class WindowContext:
    """What the window lends to its menus."""

    project: Project
    runner: OperationRunner
    parent: QWidget
    settings: AppSettings
    current_document: Callable[[], str | None]
    selected_sentences: Callable[[], list[int]]
    show_message: Callable[[str], None]

    def who(self) -> str | None:
        """The translator's / annotator's name from the settings, or None."""
        return self.settings.preferences().translator or None
