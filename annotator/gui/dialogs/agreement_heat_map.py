"""A heat map of event-type agreement: one row per event type, one column per annotator pair.

Each cell is painted (QPainter, no plotting library) in a colour for its Cohen's κ, from red
(κ ≤ 0: no better than chance) through yellow to green (κ = 1), with the value written in it;
an undefined κ is a grey cell with a dash; a type neither of a pair used in the sentences both
annotated is a hatched cell. A legend under the grid explains the scale; a cell's tooltip names
the type, the pair, κ and how many sentences it was computed on. Sizes come from
the font, so Turkish labels and larger fonts fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from annotator.core.agreement import EVENT_TYPE_KAPPA, Figure

Pair = tuple[str, ...]
LOW, MIDDLE, HIGH = QColor("#d73027"), QColor("#fee08b"), QColor("#1a9850")
UNDEFINED = QColor("#d0d0d0")
TEXT = QColor("#202020")


def kappa_colour(value: float | None) -> QColor:
    """The cell colour of a κ: red at ≤ 0, yellow at 0.5, green at 1; grey when undefined."""
    if value is None:
        return UNDEFINED
    share = min(max(value, 0.0), 1.0)
    start, end, t = (LOW, MIDDLE, share * 2) if share < 0.5 else (MIDDLE, HIGH, share * 2 - 1)
    return QColor(round(start.red() + (end.red() - start.red()) * t),
                  round(start.green() + (end.green() - start.green()) * t),
                  round(start.blue() + (end.blue() - start.blue()) * t))


class AgreementHeatMap(QWidget):
    """Per-type κ of each pair, as coloured cells; :meth:`set_figures` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.types: list[str] = []
        self.pairs: list[Pair] = []
        self._cells: dict[tuple[str, Pair], Figure] = {}
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)

    def set_figures(self, figures: list[Figure]) -> None:
        """Show the per-type κ among ``figures`` (other figures are ignored)."""
        kappas = [f for f in figures if f.measure == EVENT_TYPE_KAPPA and f.event_type]
        self._cells = {(f.event_type, f.annotators): f for f in kappas if f.event_type}
        self.types = sorted({t for t, _ in self._cells})
        self.pairs = sorted({p for _, p in self._cells})
        self.updateGeometry()
        self.update()

    def cells(self) -> dict[tuple[str, Pair], float | None]:
        """κ by (event type, pair), as painted."""
        return {key: figure.value for key, figure in self._cells.items()}

    # -- geometry --------------------------------------------------------------------------------

    def _pair_label(self, pair: Pair) -> str:
        return " + ".join(pair)

    def _metrics(self) -> tuple[int, int, int, int]:
        """Padding, row height, width of the type column, width of a pair column."""
        fm = self.fontMetrics()
        pad = fm.horizontalAdvance("M")
        row = fm.height() * 2
        label = max([fm.horizontalAdvance(t) for t in self.types] or [0]) + 2 * pad
        column = max([fm.horizontalAdvance(self._pair_label(p)) for p in self.pairs]
                     + [fm.horizontalAdvance("−0.00")]) + 2 * pad
        return pad, row, label, column

    def cell_rect(self, event_type: str, pair: Pair) -> QRect:
        """Where the cell of ``event_type`` and ``pair`` is painted."""
        _pad, row, label, column = self._metrics()
        return QRect(label + self.pairs.index(pair) * column,
                     row * (1 + self.types.index(event_type)), column, row)

    def cell_at(self, point: QPoint) -> tuple[str, Pair] | None:
        """The (type, pair) under ``point``, or None."""
        for event_type in self.types:
            for pair in self.pairs:
                if self.cell_rect(event_type, pair).contains(point):
                    return event_type, pair
        return None

    def _legend_top(self) -> int:
        _pad, row, _label, _column = self._metrics()
        return row * (1 + len(self.types)) + row // 2

    def sizeHint(self) -> QSize:
        pad, row, label, column = self._metrics()
        fm = self.fontMetrics()
        legend = fm.horizontalAdvance(self._legend_text() + self.tr("undefined")) + 12 * pad
        return QSize(max(label + column * len(self.pairs), legend) + pad,
                     self._legend_top() + row * 3)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _legend_text(self) -> str:
        return self.tr("Cohen's κ: ≤ 0 chance, 1 full agreement")

    def _unused_text(self) -> str:
        return self.tr("not used by the pair")

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        pad, row, label, column = self._metrics()
        painter.setPen(self.palette().text().color())
        for index, pair in enumerate(self.pairs):
            painter.drawText(QRect(label + index * column, 0, column, row),
                             Qt.AlignmentFlag.AlignCenter, self._pair_label(pair))
        for index, event_type in enumerate(self.types):
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(pad, row * (1 + index), label - pad, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             event_type)
        for event_type in self.types:
            for pair in self.pairs:
                if (event_type, pair) not in self._cells:
                    painter.fillRect(self.cell_rect(event_type, pair).adjusted(1, 1, -1, -1),
                                     QBrush(UNDEFINED, Qt.BrushStyle.BDiagPattern))
        for (event_type, pair), figure in self._cells.items():
            rect = self.cell_rect(event_type, pair)
            painter.fillRect(rect.adjusted(1, 1, -1, -1), kappa_colour(figure.value))
            painter.setPen(TEXT)
            text = "–" if figure.value is None else f"{figure.value:.2f}"
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        self._paint_legend(painter, pad, row)
        painter.end()

    def _paint_legend(self, painter: QPainter, pad: int, row: int) -> None:
        top = self._legend_top()
        bar = QRect(pad, top, pad * 8, row // 2)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for stop, colour in ((0.0, LOW), (0.5, MIDDLE), (1.0, HIGH)):
            gradient.setColorAt(stop, colour)
        painter.fillRect(bar, gradient)
        painter.setPen(self.palette().text().color())
        text = QRect(bar.right() + pad, top - row // 4, self.width(), row)
        painter.drawText(text, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self._legend_text())
        swatch = QRect(pad, top + row, pad * 2, row // 2)
        painter.fillRect(swatch, UNDEFINED)
        painter.drawText(QRect(swatch.right() + pad, top + row - row // 4, self.width(), row),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.tr("undefined"))
        hatched = QRect(pad, top + 2 * row, pad * 2, row // 2)
        painter.fillRect(hatched, QBrush(UNDEFINED, Qt.BrushStyle.BDiagPattern))
        painter.drawText(QRect(hatched.right() + pad, top + 2 * row - row // 4, self.width(),
                               row), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self._unused_text())

    # -- tooltips --------------------------------------------------------------------------------

    def tooltip(self, event_type: str, pair: Pair) -> str:
        """What the tooltip of a cell says."""
        figure = self._cells.get((event_type, pair))
        if figure is None:
            return (self.tr("%1, %2: neither used this type in the sentences both annotated")
                    .replace("%1", event_type).replace("%2", self._pair_label(pair)))
        value = self.tr("undefined") if figure.value is None else f"{figure.value:.3f}"
        return (self.tr("%1, %2: κ = %3 over %4 sentences")
                .replace("%1", event_type).replace("%2", self._pair_label(pair))
                .replace("%3", value).replace("%4", str(figure.n)))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            key = self.cell_at(event.pos())
            if key is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(*key), self)
            return True
        return super().event(event)
