"""The translation grid view: word-wrapped rows sized only while they are on screen.

Measuring every row of a 10,000-sentence document up front takes seconds (DESIGN.md §9), so rows
start at one line and the rows in the viewport are fitted to their text after each scroll, resize
or data change, coalesced by a zero-delay timer.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from annotator.core.models import BlockRole, TargetStatus
from annotator.gui.models.segment_table_model import (
    COL_NUMBER,
    COL_PART,
    COL_SOURCE,
    COL_STATUS,
    COL_TARGET,
    role_label,
    status_label,
)


class SegmentGrid(QTableView):
    """Table view of the segment model (through a filter proxy)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setTabKeyNavigation(False)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self._fit_timer.start)
        self.horizontalHeader().sectionResized.connect(self._on_header_section_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        header = self.horizontalHeader()
        # Fixed widths: ResizeToContents would re-measure the column on every edit.
        self.fit_fixed_columns()
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TARGET, QHeaderView.ResizeMode.Stretch)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(self._fit_timer.start)

    def fit_fixed_columns(self) -> None:
        """Size the number and status columns for their widest possible text in this font."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 8
        widths = {COL_NUMBER: metrics.horizontalAdvance("00000"),
                  COL_PART: max(metrics.horizontalAdvance(role_label(r)) for r in BlockRole),
                  COL_STATUS: max(metrics.horizontalAdvance(status_label(s))
                                  for s in TargetStatus)}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width + padding)

    @Slot()
    def fit_visible_rows(self) -> None:
        """Size the rows in the viewport (and one screen below) to their wrapped text."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        first = max(0, self.rowAt(0))
        height = self.viewport().height()
        row, covered = first, 0
        while row < model.rowCount() and covered < 2 * height:
            self.resizeRowToContents(row)
            covered += self.rowHeight(row)
            row += 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _on_header_section_resized(self, _index: int, _old: int, _new: int) -> None:
        self._fit_timer.start()

    def scroll_to_row(self, row: int) -> None:
        """Make ``row`` current, selected alone and visible, fitting the rows around it."""
        index: QModelIndex = self.model().index(row, COL_TARGET)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.fit_visible_rows()
