"""Table model of agreement figures: measure (in the interface language), annotators, event type,
value and the number of items, one row per :class:`~annotator.core.agreement.Figure`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from annotator.core.agreement import Figure
from annotator.gui.models import ModelIndex

COL_MEASURE, COL_ANNOTATORS, COL_TYPE, COL_VALUE, COL_ITEMS = range(5)
COLUMN_COUNT = 5
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Figure of a row


class AgreementTableModel(QAbstractTableModel):
    """One row per figure."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._figures: list[Figure] = []
        self._names = {
            "mention_f1_exact": self.tr("Mentions, F1 (exact spans)"),
            "mention_f1_overlap": self.tr("Mentions, F1 (overlapping spans)"),
            "event_type_kappa": self.tr("Event types, Cohen's κ"),
            "event_type_alpha": self.tr("Event types, Krippendorff's α"),
            "event_slot_agreement": self.tr("Event frames, slots agreeing"),
            "event_actor_agreement": self.tr("Event frames, same actors"),
            "event_recipient_agreement": self.tr("Event frames, same recipients"),
            "event_date_agreement": self.tr("Event frames, same date"),
            "translation_chrf": self.tr("Translations, chrF"),
            "translation_ter": self.tr("Translations, TER"),
        }

    def set_rows(self, figures: list[Figure]) -> None:
        """Show these figures."""
        self.beginResetModel()
        self._figures = list(figures)
        self.endResetModel()

    def figure(self, row: int) -> Figure:
        """The figure in ``row``."""
        return self._figures[row]

    def measure_name(self, measure: str) -> str:
        """A measure's name in the interface language (its id when unknown)."""
        return self._names.get(measure, measure)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._figures)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Measure"), self.tr("Annotators"), self.tr("Event type"),
                self.tr("Value"), self.tr("Items")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._figures):
            return None
        figure = self._figures[index.row()]
        if role == FIGURE_ROLE:
            return figure
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_VALUE,
                                                                            COL_ITEMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == COL_MEASURE:
            return self.measure_name(figure.measure)
        if column == COL_ANNOTATORS:
            return " + ".join(figure.annotators)
        if column == COL_TYPE:
            return figure.event_type or self.tr("every type")
        if column == COL_VALUE:
            if figure.value is None:
                return self.tr("undefined") if role == Qt.ItemDataRole.ToolTipRole else "–"
            return f"{figure.value:.2f}" if role == Qt.ItemDataRole.DisplayRole \
                else f"{figure.value:.4f}"
        return str(figure.n)
