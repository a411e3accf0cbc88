"""Table model of a document's QA issues: sentence number, severity, check and message, in the
interface language; issues marked "not an error" are shown greyed and struck through."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from annotator.gui.models import ModelIndex
from annotator.gui.models.rows_model import RowsTableModel
from annotator.messages.qa import NAMES, SEVERITY_NAMES, render_qa
from annotator.storage.qa import QaFinding

COL_SENTENCE, COL_SEVERITY, COL_CHECK, COL_MESSAGE = range(4)
SEVERITY_COLOURS = {"error": QColor("#b71c1c"), "warning": QColor("#8d5b00"),
                    "info": QColor("#455a64")}
IGNORED_COLOUR = QColor("#9e9e9e")


def qa_text(text: str) -> str:
    """A QA template or name in the interface language."""
    return QCoreApplication.translate("QA", text)


class QaIssueModel(RowsTableModel):
    """One row per finding."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_titles([self.tr("#"), self.tr("Severity"), self.tr("Check"), self.tr("Issue")])

    def finding(self, row: int) -> QaFinding:
        """The finding in ``row``."""
        finding: QaFinding = self.value(row)
        return finding

    def findings(self) -> list[QaFinding]:
        """Every finding shown."""
        return self.values()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        finding = self.finding(index.row())
        issue, column = finding.issue, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_SENTENCE:
                return str(finding.order + 1)
            if column == COL_SEVERITY:
                return qa_text(SEVERITY_NAMES.get(issue.severity, issue.severity))
            if column == COL_CHECK:
                return qa_text(NAMES.get(issue.check, issue.check))
            message = render_qa(issue, qa_text)
            if finding.ignored:
                message += " " + self.tr("(marked not an error)")
            return message
        if role == Qt.ItemDataRole.ForegroundRole:
            return IGNORED_COLOUR if finding.ignored else SEVERITY_COLOURS.get(issue.severity)
        if role == Qt.ItemDataRole.FontRole and finding.ignored:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
