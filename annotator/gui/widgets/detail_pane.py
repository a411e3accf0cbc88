"""The detail pane for the current sentence: engine outputs (side by side when there are two or
more), memory matches, glossary terms, MT-vs-English diff, effort figures."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.engine_agreement import disagreement
from annotator.core.metrics import DiffOp, edit_distance, word_diff
from annotator.core.models import Segment
from annotator.core.mt_types import Translation
from annotator.gui.models.mt_output_list_model import MT_TEXT_ROLE, MTOutputListModel
from annotator.gui.models.segment_table_model import status_label
from annotator.gui.widgets.engine_compare import EngineCompareView
from annotator.gui.widgets.memory_pane import MemoryPane
from annotator.gui.widgets.terms_pane import TermsPane


def format_seconds(seconds: float) -> str:
    """``75`` → ``1 min 15 s``."""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


class DetailPane(QWidget):
    """Shows what the grid cannot: all MT outputs, the word diff, edit distance and time."""

    insert_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outputs_label = QLabel(self.tr("Machine translations (Alt+1…9 inserts)"))
        self.output_model = MTOutputListModel(self)
        self.output_view = QListView()
        self.output_view.setModel(self.output_model)
        self.output_view.setWordWrap(True)
        self.output_view.setUniformItemSizes(False)
        self.compare_view = EngineCompareView()
        self.diff_label = QLabel(self.tr("Changes from the MT"))
        self.diff_view = QPlainTextEdit()
        self.diff_view.setReadOnly(True)
        self.memory_pane = MemoryPane()
        self.terms_pane = TermsPane()
        lines = self.fontMetrics().lineSpacing()
        for view in (self.output_view, self.diff_view):  # small windows must still fit
            view.setMinimumHeight(2 * lines)
        self.figures_label = QLabel()
        for label in (self.outputs_label, self.diff_label, self.figures_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)

        # Outputs, memory, terms and diff share the height in a splitter the person can adjust.
        # A heading may wrap to two lines in a narrow pane: each section keeps room for that, so
        # nothing overlaps, and the pane scrolls when the window is too small for all of them.
        self.sections_splitter = QSplitter(Qt.Orientation.Vertical)
        self.sections_splitter.setChildrenCollapsible(False)
        sections: list[tuple[QLabel | None, QWidget, QWidget]] = [
            (self.outputs_label, self.output_view, self.output_view),
            (None, self.compare_view, self.compare_view),
            (None, self.memory_pane, self.memory_pane.match_view),
            (None, self.terms_pane, self.terms_pane.term_list),
            (self.diff_label, self.diff_view, self.diff_view)]
        for heading, body, inner in sections:
            section = QWidget()
            section_layout = QVBoxLayout(section)
            section_layout.setContentsMargins(0, 0, 0, 0)
            if heading is not None:
                section_layout.addWidget(heading)
            section_layout.addWidget(body, 1)
            inner_height = max(inner.minimumHeight(), inner.minimumSizeHint().height())
            section.setMinimumHeight(2 * lines + inner_height + 2 * section_layout.spacing())
            self.sections_splitter.addWidget(section)
            self.sections_splitter.setStretchFactor(self.sections_splitter.count() - 1, 1)
        compare_section = self.sections_splitter.widget(1)
        assert compare_section is not None
        self.compare_section = compare_section  # shown with two or more outputs only
        self.compare_section.hide()
        self.sections_area = QScrollArea()
        self.sections_area.setWidget(self.sections_splitter)
        self.sections_area.setWidgetResizable(True)
        self.sections_area.setFrameShape(QFrame.Shape.NoFrame)
        self.sections_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.sections_area, 1)
        layout.addWidget(self.figures_label)

        self.output_view.activated.connect(self._on_output_view_activated)
        self.terms_pane.insert_requested.connect(self.insert_requested)

    def show_segment(self, segment: Segment | None, outputs: list[Translation]) -> None:
        """Display the current sentence's details (None clears the pane)."""
        self.output_model.set_rows(outputs)
        self._compare(outputs)
        self.diff_view.clear()
        if segment is None:
            self.figures_label.setText("")
            return
        mt, final = segment.mt or "", segment.target.text
        self._show_diff(mt, final)
        parts = [self.tr("Status: %s") % status_label(segment.target.status),
                 self.tr("Time spent: %s") % format_seconds(segment.target.seconds)]
        if segment.mt is not None:
            parts.insert(1, self.tr("Edit distance: %.2f") % edit_distance(mt, final))
        self.figures_label.setText(" · ".join(parts))

    def output_text(self, number: int) -> str | None:
        """The text of output ``number`` (1-based), or None."""
        if not 1 <= number <= self.output_model.rowCount():
            return None
        return self.output_model.output(number - 1).text

    def _compare(self, outputs: list[Translation]) -> None:
        """Two or more engines' outputs side by side, numbered as in the list (Alt+number)."""
        shown = [(f"{number}. {output.engine}", output.text)
                 for number, output in enumerate(outputs, start=1) if output.text]
        self.compare_view.show_outputs(shown, disagreement([text for _label, text in shown]))
        self.compare_section.setVisible(len(shown) >= 2)

    def _show_diff(self, mt: str, final: str) -> None:
        if not mt:
            self.diff_view.setPlainText(self.tr("No machine translation yet."))
            return
        cursor = self.diff_view.textCursor()
        deleted, inserted, plain = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        deleted.setForeground(QColor("#b71c1c"))
        deleted.setFontStrikeOut(True)
        inserted.setForeground(QColor("#1b5e20"))
        inserted.setFontUnderline(True)
        formats = {DiffOp.EQUAL: plain, DiffOp.DELETE: deleted, DiffOp.INSERT: inserted}
        for number, part in enumerate(word_diff(mt, final)):
            if number:
                cursor.insertText(" ", plain)
            cursor.insertText(part.text, formats[part.op])  # text, never markup
        self.diff_view.moveCursor(QTextCursor.MoveOperation.Start)

    def _on_output_view_activated(self, index: QModelIndex) -> None:
        text = index.data(MT_TEXT_ROLE)
        if text:
            self.insert_requested.emit(text)
