"""The translation grid's model: number, part, Turkish source, English target, status per sentence.

The part column names the structural block of each non-body sentence (title, footnote, bio ...).

Edits do not change the model directly: ``setData`` emits :attr:`edit_requested`, the editor
pushes an undoable command that writes to SQLite, and the command calls :meth:`update_segment`.
Search keys are folded once per row (Turkish-aware) so filtering stays cheap. How much the MT
engines disagree on a sentence is held per sentence (:meth:`set_disagreements`) for the proxy to
sort and filter by.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.models import BlockRole, Segment, Target, TargetStatus
from annotator.core.turkish import search_key
from annotator.gui.models import ModelIndex

COL_NUMBER = 0
COL_PART = 1
COL_SOURCE = 2
COL_TARGET = 3
COL_STATUS = 4
COLUMN_COUNT = 5

SENTENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
BLOCK_ROLE_ROLE = Qt.ItemDataRole.UserRole + 3
MT_ROLE = Qt.ItemDataRole.UserRole + 4
DISAGREEMENT_ROLE = Qt.ItemDataRole.UserRole + 5  # float 0–100, or None: fewer than 2 engines
DISAGREEMENT_SORT_ROLE = Qt.ItemDataRole.UserRole + 6  # the same, -1.0 for None (sorts last)

STATUS_COLOURS = {
    TargetStatus.UNTRANSLATED: QColor("#9e9e9e"),
    TargetStatus.MT: QColor("#c77700"),
    TargetStatus.DRAFT: QColor("#1565c0"),
    TargetStatus.TRANSLATED: QColor("#2e7d32"),
    TargetStatus.REVIEWED: QColor("#1b5e20"),
}
MT_ERROR_COLOUR = QColor("#b71c1c")
# A faint tint per structural part, so titles, footnotes and the rest stand apart from the body.
ROLE_TINTS = {
    BlockRole.TITLE: QColor(30, 95, 139, 40),
    BlockRole.BYLINE: QColor(120, 120, 120, 28),
    BlockRole.FOOTNOTE: QColor(140, 110, 40, 30),
    BlockRole.REFERENCE: QColor(140, 110, 40, 30),
    BlockRole.BIO: QColor(90, 60, 140, 26),
    BlockRole.CITATION: QColor(90, 60, 140, 26),
    BlockRole.CAPTION: QColor(120, 120, 120, 28),
    BlockRole.BOILERPLATE: QColor(120, 120, 120, 40),
}


def status_label(status: TargetStatus) -> str:
    """The status as the interface shows it (translated; the stored value stays English)."""
    labels = {
        TargetStatus.UNTRANSLATED: QCoreApplication.translate("Status", "untranslated"),
        TargetStatus.MT: QCoreApplication.translate("Status", "mt"),
        TargetStatus.DRAFT: QCoreApplication.translate("Status", "draft"),
        TargetStatus.TRANSLATED: QCoreApplication.translate("Status", "translated"),
        TargetStatus.REVIEWED: QCoreApplication.translate("Status", "reviewed"),
    }
    return labels[status]


def role_label(role: BlockRole) -> str:
    """A block role as the interface shows it (translated; the stored value stays English)."""
    labels = {
        BlockRole.TITLE: QCoreApplication.translate("Role", "title"),
        BlockRole.BYLINE: QCoreApplication.translate("Role", "byline"),
        BlockRole.BODY: QCoreApplication.translate("Role", "body"),
        BlockRole.FOOTNOTE: QCoreApplication.translate("Role", "footnote"),
        BlockRole.REFERENCE: QCoreApplication.translate("Role", "reference"),
        BlockRole.BIO: QCoreApplication.translate("Role", "bio"),
        BlockRole.CITATION: QCoreApplication.translate("Role", "citation"),
        BlockRole.CAPTION: QCoreApplication.translate("Role", "caption"),
        BlockRole.BOILERPLATE: QCoreApplication.translate("Role", "boilerplate"),
    }
    return labels[role]


class SegmentTableModel(QAbstractTableModel):
    """One row per sentence of the open document."""

    edit_requested = Signal(int, str)  # row, new English text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._keys: list[tuple[str, str]] = []
        self._row_of: dict[int, int] = {}
        self._disagreements: dict[int, float] = {}
        self.all_parts_editable = False

    def set_rows(self, segments: list[Segment]) -> None:
        """Show another document (or reload this one)."""
        self.beginResetModel()
        self._segments = list(segments)
        self._keys = [(search_key(s.sentence.text), search_key(s.target.text))
                      for s in self._segments]
        self._row_of = {s.sentence.id: row for row, s in enumerate(self._segments)}
        self._disagreements = {}
        self.endResetModel()

    def set_disagreements(self, values: dict[int, float]) -> None:
        """How much the engines disagree per sentence id (sentences left out: fewer than two
        engines); the whole document's figures, read after a load or a document-wide change."""
        self._disagreements = dict(values)
        if self._segments:
            self.dataChanged.emit(self.index(0, COL_NUMBER),
                                  self.index(len(self._segments) - 1, COL_NUMBER))

    def set_disagreement(self, row: int, value: float | None) -> None:
        """The re-read figure of one row (its MT outputs changed)."""
        sentence_id = self._segments[row].sentence.id
        if value is None:
            self._disagreements.pop(sentence_id, None)
        else:
            self._disagreements[sentence_id] = value
        # No role list: the proxy then re-sorts and re-filters whatever its roles are.
        self.dataChanged.emit(self.index(row, COL_NUMBER), self.index(row, COL_NUMBER))

    def disagreement(self, row: int) -> float | None:
        """How much the engines disagree on ``row`` (None: fewer than two engines' outputs)."""
        return self._disagreements.get(self._segments[row].sentence.id)

    def segment(self, row: int) -> Segment:
        """The segment shown in ``row``."""
        return self._segments[row]

    def row_of_sentence(self, sentence_id: int) -> int:
        """The row of a sentence, or -1."""
        return self._row_of.get(sentence_id, -1)

    def search_keys(self, row: int) -> tuple[str, str]:
        """Folded source and target of ``row`` for Turkish-aware matching."""
        return self._keys[row]

    def update_target(self, row: int, target: Target) -> None:
        """Show a saved target in ``row`` (called after the database write)."""
        self.update_segment(row, replace(self._segments[row], target=target))

    def update_segment(self, row: int, segment: Segment) -> None:
        """Show a re-read segment (after MT filled it, for instance)."""
        self._segments[row] = segment
        self._keys[row] = (self._keys[row][0], search_key(segment.target.text))
        self.dataChanged.emit(self.index(row, COL_TARGET), self.index(row, COL_STATUS))

    def is_navigable(self, row: int) -> bool:
        """Whether navigation stops on ``row`` (body and title, or every part when asked)."""
        return self.all_parts_editable or self._segments[row].sentence.role.annotatable

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("#"), self.tr("Part"), self.tr("Turkish"), self.tr("English"),
                self.tr("Status")][section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_TARGET and self.is_navigable(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._segments):
            return None
        segment = self._segments[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(segment, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(segment, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = ROLE_TINTS.get(segment.sentence.role)
            return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (COL_NUMBER, COL_PART):
            return self._part_tip(segment)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_STATUS:
            return segment.mt_error
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == DISAGREEMENT_ROLE:
            return self._disagreements.get(segment.sentence.id)
        if role == DISAGREEMENT_SORT_ROLE:
            return self._disagreements.get(segment.sentence.id, -1.0)
        return self._custom(segment, role)

    def _part_tip(self, segment: Segment) -> str:
        tip = self.tr("Part: %s") % role_label(segment.sentence.role)
        value = self._disagreements.get(segment.sentence.id)
        if value is not None:
            tip += "\n" + self.tr("Engines disagree: %.0f of 100") % value
        return tip

    def _display(self, segment: Segment, column: int) -> str:
        if column == COL_NUMBER:
            return str(segment.sentence.order + 1)
        if column == COL_PART:
            role = segment.sentence.role
            return "" if role is BlockRole.BODY else role_label(role)
        if column == COL_SOURCE:
            return segment.sentence.text
        if column == COL_TARGET:
            return segment.target.text
        if segment.mt_error and segment.target.status is TargetStatus.UNTRANSLATED:
            return self.tr("MT failed")
        return status_label(segment.target.status)

    def _foreground(self, segment: Segment, column: int) -> QBrush | None:
        if column == COL_STATUS:
            if segment.mt_error and segment.target.status is TargetStatus.UNTRANSLATED:
                return QBrush(MT_ERROR_COLOUR)
            return QBrush(STATUS_COLOURS[segment.target.status])
        if not segment.sentence.role.annotatable:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        return None

    @staticmethod
    def _custom(segment: Segment, role: int) -> Any:
        if role == SENTENCE_ID_ROLE:
            return segment.sentence.id
        if role == STATUS_ROLE:
            return segment.target.status.value
        if role == BLOCK_ROLE_ROLE:
            return segment.sentence.role.value
        if role == MT_ROLE:
            return segment.mt
        return None

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != COL_TARGET or not isinstance(value, str)):
            return False
        if value == self._segments[index.row()].target.text:
            return False
        self.edit_requested.emit(index.row(), value)
        return True
