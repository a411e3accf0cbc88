"""Annotate → Agreement: how far annotators (and translators) of the same documents agree.

The figures are computed before the dialog opens (``Project.agreement``, in the background: the
statistics libraries take a moment to load); a choice of scope (one document, or every document
together) filters what is shown: a heat map of each event type's Cohen's κ per annotator pair,
and a table of every figure. ``docs/agreement.md`` says how each figure is computed.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.agreement import Figure
from annotator.gui.dialogs.agreement_heat_map import AgreementHeatMap
from annotator.gui.models.agreement_table_model import COL_MEASURE, AgreementTableModel


class AgreementDialog(QDialog):
    """The scope, the heat map and the table; open it with :meth:`show_agreement`."""

    def __init__(self, figures: list[Figure], titles: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        """``titles``: document id → title, in the order to list them."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement between annotators"))
        self.figures = list(figures)
        self.scope_combo = QComboBox()
        documents = {figure.document for figure in self.figures}
        if None in documents:
            self.scope_combo.addItem(self.tr("Every document together"), None)
        for doc_id, title in titles.items():
            if doc_id in documents:
                self.scope_combo.addItem(title, doc_id)
        self.empty_label = QLabel(self.tr(
            "Nothing to compare yet: agreement needs two people who annotated (accepted or "
            "rejected annotations) or translated the same document."))
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.heat_map = AgreementHeatMap()
        self.heat_title = QLabel(self.tr("Event types: Cohen's κ per pair of annotators"))
        self.heat_title.setTextFormat(Qt.TextFormat.PlainText)
        self.heat_scroll = QScrollArea()
        self.heat_scroll.setWidget(self.heat_map)
        self.heat_scroll.setWidgetResizable(True)
        self.model = AgreementTableModel(self)
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.verticalHeader().hide()
        self.table_view.setWordWrap(False)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MEASURE, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.tr("&Documents:"), self.scope_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.heat_title)
        layout.addWidget(self.heat_scroll, 1)
        layout.addWidget(self.table_view, 2)
        layout.addWidget(buttons)
        self.empty_label.setVisible(not self.figures)
        self.scope_combo.currentIndexChanged.connect(self._on_scope_combo_changed)
        buttons.rejected.connect(self.reject)
        self.resize(self.sizeHint().expandedTo(self.heat_map.sizeHint()) * 1.5)
        self._on_scope_combo_changed()

    def shown_figures(self) -> list[Figure]:
        """The figures of the chosen scope."""
        document = self.scope_combo.currentData()
        return [f for f in self.figures if f.document == document]

    def _on_scope_combo_changed(self) -> None:
        figures = self.shown_figures() if self.figures else []
        self.model.set_rows(figures)
        self.heat_map.set_figures(figures)
        # The whole map when it fits in about twenty lines of text; a scroll bar beyond that.
        wanted = self.heat_map.sizeHint().height() + 2 * self.heat_scroll.frameWidth()
        self.heat_scroll.setMinimumHeight(min(wanted, self.fontMetrics().height() * 20))
        self.heat_scroll.setVisible(bool(self.heat_map.cells()))
        self.heat_title.setVisible(bool(self.heat_map.cells()))

    @classmethod
    def show_figures(cls, figures: list[Figure], titles: Mapping[str, str],
                     parent: QWidget | None = None) -> None:
        """Show these figures (``titles``: document id → title)."""
        dialog = cls(figures, titles, parent)
        dialog.exec()
