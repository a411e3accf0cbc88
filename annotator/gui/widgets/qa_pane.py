"""The QA pane: the open document's QA issues, kept up to date as the English changes.

The checks run on what is stored, a moment after each change (so typing a sentence and
confirming it re-checks once). Enter (or a double-click) takes the grid to the sentence; Space or
"Not an error" marks the selected issue so it stays quiet while the same problem persists, and
unmarks a marked one. Marked issues are listed only when "Show marked" is on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.models.qa_issue_model import COL_MESSAGE, QaIssueModel
from annotator.gui.operations import OperationRunner
from annotator.gui.widgets.key_claim import RETURN_KEYS, claims_key
from annotator.project import Changes, Project
from annotator.storage.qa import QaFinding

RECHECK_DELAY_MS = 300


class IssueView(QTableView):
    """The issue table; Enter and Return go to the sentence, Space marks or unmarks."""

    go_requested = Signal()
    mark_requested = Signal()

    def event(self, event: QEvent) -> bool:
        return claims_key(event, {*RETURN_KEYS, Qt.Key.Key_Space}) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_requested.emit()
        elif event.key() == Qt.Key.Key_Space:
            self.mark_requested.emit()
        else:
            super().keyPressEvent(event)


class QaPane(QWidget):
    """Lists and re-checks one document's QA issues."""

    sentence_requested = Signal(int)
    message_posted = Signal(str)

    def __init__(self, project: Project, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.doc_id: str | None = None
        self.help_label = QLabel(self.tr("Enter goes to the sentence; Space marks an issue as not "
                                         "an error."))
        self.help_label.setWordWrap(True)
        self.count_label = QLabel()
        self.show_marked_check = QCheckBox(self.tr("Show &marked"))
        self.check_button = QPushButton(self.tr("&Check again"))
        self.mark_button = QPushButton(self.tr("&Not an error"))
        self.model = QaIssueModel(self)
        self.issue_view = IssueView()
        self.issue_view.setModel(self.model)
        self.issue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issue_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issue_view.verticalHeader().hide()
        self.issue_view.setWordWrap(True)
        header = self.issue_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.issue_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)  # a document has tens of issues
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.show_marked_check)
        row.addWidget(self.mark_button)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.help_label)
        layout.addLayout(row)
        layout.addWidget(self.issue_view, 1)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_DELAY_MS)
        self._recheck.timeout.connect(self.refresh)
        self.check_button.clicked.connect(self.refresh)
        self.mark_button.clicked.connect(self.toggle_mark)
        self.show_marked_check.toggled.connect(self.refresh)
        self.issue_view.go_requested.connect(self.go_to_selected)
        self.issue_view.mark_requested.connect(self.toggle_mark)
        self.issue_view.doubleClicked.connect(self.go_to_selected)
        self._update_count()

    def load(self, doc_id: str | None) -> None:
        """Show the issues of ``doc_id`` (checked at once when the pane is visible)."""
        self.doc_id = doc_id
        if self.isVisible():
            self.refresh()
        else:
            self.model.set_rows([])
            self._update_count()

    @Slot()
    def refresh(self) -> None:
        """Run the checks on the document again, keeping the selected row where it was."""
        self._recheck.stop()
        if self.doc_id is None:
            return
        doc_id, marked = self.doc_id, self.show_marked_check.isChecked()
        findings = self.runner.run(lambda: self.project.document_qa(doc_id,
                                                                    include_ignored=marked))
        if findings is None:
            return
        row = max(self.issue_view.currentIndex().row(), 0)
        self.model.set_rows(findings)
        if findings:
            self.issue_view.selectRow(min(row, len(findings) - 1))
        self._update_count()

    def _update_count(self) -> None:
        findings = self.model.findings()
        errors = sum(1 for f in findings if f.issue.severity == "error" and not f.ignored)
        self.count_label.setText(self.tr("%n issue(s)", "", len(findings)) + " · "
                                 + self.tr("%n error(s)", "", errors))
        self.mark_button.setEnabled(bool(findings))

    def selected(self) -> QaFinding | None:
        """The selected finding, or None."""
        index = self.issue_view.currentIndex()
        return self.model.finding(index.row()) if index.isValid() else None

    @Slot()
    def go_to_selected(self, _index: QModelIndex | None = None) -> None:
        """Take the grid to the selected issue's sentence."""
        finding = self.selected()
        if finding is not None:
            self.sentence_requested.emit(finding.sentence_id)

    @Slot()
    def toggle_mark(self) -> None:
        """Mark the selected issue as not an error, or a marked one as an error again."""
        finding = self.selected()
        if finding is None:
            return
        if self.runner.run(lambda: self.project.set_qa_ignored(finding, not finding.ignored)):
            self.message_posted.emit(
                self.tr("Marked as an error again.") if finding.ignored
                else self.tr("Marked as not an error."))

    @Slot(object)
    def on_project_changed(self, changes: Changes) -> None:
        """Check again, shortly, when something the checks read has changed."""
        if self.doc_id is None or not self.isVisible():
            return
        if changes.sentences or changes.documents or changes.glossary or changes.actors \
                or changes.qa:
            self._recheck.start()

    def sizeHint(self) -> QSize:
        """A few issues' height: the dock must leave the editor most of the window."""
        return QSize(800, 11 * self.fontMetrics().lineSpacing())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.doc_id is not None:
            self.refresh()
