"""Table model of agreement figures: measure (in the interface language), annotators, event type,
value and the number of items, one row per :class:`~annotator.core.agreement.Figure`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from annotator.core.agreement import Figure
from annotator.gui.models import ModelIndex
from annotator.gui.models.rows_model import RowsTableModel

COL_MEASURE, COL_ANNOTATORS, COL_TYPE, COL_VALUE, COL_ITEMS = range(5)
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Figure of a row


class AgreementTableModel(RowsTableModel):
    """One row per figure."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_titles([self.tr("Measure"), self.tr("Annotators"), self.tr("Event type"),
                         self.tr("Value"), self.tr("Items")])
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

    def figure(self, row: int) -> Figure:
        """The figure in ``row``."""
        figure: Figure = self.value(row)
        return figure

    def measure_name(self, measure: str) -> str:
        """A measure's name in the interface language (its id when unknown)."""
        return self._names.get(measure, measure)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        figure = self.figure(index.row())
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
