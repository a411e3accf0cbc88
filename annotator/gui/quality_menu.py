"""The Quality menu: the glossary (entries, TBX/CSV import and export) and the QA pane.

Imports and exports are quick (a termbase is thousands of lines, not millions) and run through
the operation runner on the GUI thread: a refused file is explained in a box and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMenu

from annotator.gui.context import WindowContext
from annotator.gui.dialogs.glossary_dialog import GlossaryDialog
from annotator.gui.menus import add_action


class QualityMenu(QObject):
    """Builds the Quality menu and carries out its commands."""

    def __init__(self, context: WindowContext, menu: QMenu,
                 show_qa: Callable[[], None]) -> None:
        super().__init__(context.parent)
        self.context = context
        add_action(menu, self, self.tr("&Glossary…"), self.manage_glossary, "Ctrl+Alt+L")
        add_action(menu, self, self.tr("&Import glossary (TBX, CSV, TSV)…"), self.import_glossary)
        add_action(menu, self, self.tr("&Export glossary…"), self.export_glossary)
        menu.addSeparator()
        add_action(menu, self, self.tr("&QA issues of this document"), show_qa, "Ctrl+Shift+Q")

    @Slot()
    def manage_glossary(self) -> None:
        """Show the glossary dialog."""
        GlossaryDialog.manage(self.context.project, self.context.runner, self.context.parent)

    @Slot()
    def import_glossary(self, name: str | None = None) -> bool:
        """Add the entries of a TBX, CSV or TSV file (one transaction; nothing if refused)."""
        if name is None:
            name, _ = QFileDialog.getOpenFileName(
                self.context.parent, self.tr("Import glossary"), "",
                self.tr("Glossaries (*.tbx *.csv *.tsv *.txt);;All files (*)"))
        if not name:
            return False
        project = self.context.project
        outcome = self.context.runner.run(lambda: project.import_glossary(Path(name)),
                                          self.tr("Glossary not imported"))
        if outcome is None:
            return False
        report = outcome.report
        self.context.show_message(
            self.tr("Glossary: %1 added, %2 completed, %3 already there, %4 skipped.")
            .replace("%1", str(report.merge.added)).replace("%2", str(report.merge.updated))
            .replace("%3", str(report.merge.unchanged)).replace("%4", str(report.read.skipped)))
        return True

    @Slot()
    def export_glossary(self, name: str | None = None) -> bool:
        """Write the glossary as TBX, CSV or TSV (by the extension chosen)."""
        if name is None:
            name, _ = QFileDialog.getSaveFileName(
                self.context.parent, self.tr("Export glossary"), "glossary.tbx",
                self.tr("TBX (*.tbx);;CSV (*.csv);;TSV (*.tsv)"))
        if not name:
            return False
        project = self.context.project
        count = self.context.runner.run(lambda: project.export_glossary(Path(name)),
                                        self.tr("Glossary not exported"))
        if count is None:
            return False
        self.context.show_message(self.tr("%n glossary entries written.", "", count))
        return True
