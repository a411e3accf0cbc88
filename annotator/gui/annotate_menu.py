"""The Annotate menu: the annotation panel's commands plus document-wide suggestions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMenu, QMessageBox

from annotator.gui.menus import add_action
from annotator.gui.suggestion_jobs import SuggestionController

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class AnnotateMenu(QObject):
    """Builds the Annotate menu on ``window`` and runs suggestion jobs."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.editor_panel.annotation_panel
        self.controller = SuggestionController(window.project, window.jobs_panel, self)
        for action in self.panel.actions_by_name.values():
            menu.addAction(action)
        menu.addSeparator()
        self.suggest_action = add_action(
            menu, self, self.tr("&Suggest actors and events for this document"),
            self.suggest_document, "Ctrl+Shift+G")
        add_action(menu, self, self.tr("Accept every suggestion of this &document"),
                   self.accept_document_suggestions)
        self.controller.finished.connect(self._on_controller_finished)

    @Slot()
    def suggest_document(self) -> None:
        """Pre-fill mentions and event candidates for the open document (in the background)."""
        doc_id = self.window.current_doc_id
        if doc_id and self.controller.suggest(
                doc_id, self.tr("Suggesting actors and events")) is not None:
            self.suggest_action.setEnabled(False)

    @Slot()
    def accept_document_suggestions(self) -> None:
        """Accept every suggestion of the open document (one undo step)."""
        count = self.panel.accept_document_suggestions()
        self.window.statusBar().showMessage(self.tr("Accepted %d suggestions.") % count, 5000)

    def _on_controller_finished(self, result: object) -> None:
        self.suggest_action.setEnabled(True)
        if isinstance(result, Exception):
            QMessageBox.warning(self.window, self.tr("Suggestions failed"), str(result))
            return
        self.panel.refresh()
        self.window.statusBar().showMessage(
            self.tr("Suggested %1 mentions and %2 events: F8 accepts, F9 rejects.")
            .replace("%1", str(getattr(result, "mentions", 0)))
            .replace("%2", str(getattr(result, "events", 0))), 10_000)
