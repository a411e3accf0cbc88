"""A read-only view of one side of a sentence where spans are selected and shown as labelled chips.

Mentions are drawn as rounded boxes in a colour per actor with the actor id above them, event
triggers as boxes of their own colour with the event type; suggested and projected spans have a
dashed outline, spans flagged for review an orange one. Nothing is underlined, so no chip reads as
a spelling mark. Words are selected by keyboard as well as by mouse: Left/Right select the
previous/next word, Shift extends the selection by a word, Home/End take the first/last word.
The text itself is set as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextLine,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.core.annotations import Event, Mention
from annotator.core.models import AnnotationStatus, Side
from annotator.core.text_offsets import from_utf16, to_utf16

PALETTE = ["#ffe082", "#a5d6a7", "#90caf9", "#f48fb1", "#ce93d8", "#ffcc80", "#80cbc4",
           "#bcaaa4"]
TRIGGER_FILL, TRIGGER_LINE = "#d1c4e9", "#4527a0"  # events: violet, never an underline
PROPOSAL_FILL, PROPOSAL_LINE = "#eceff1", "#1565c0"
REVIEW_LINE = "#e65100"
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Highlight:
    """A span to draw: ``kind`` is ``mention`` or ``trigger``; ``state`` is ``accepted``,
    ``suggested``, ``proposal`` (a projection waiting for F7) or ``review`` (its words changed);
    ``label`` is written on the chip (the actor id or the event type)."""

    start: int
    end: int
    kind: str
    colour_key: str = ""
    label: str = ""
    state: str = "accepted"


@dataclass(frozen=True)
class Chip:
    """A highlight as drawn: its boxes (one per line it spans, viewport coordinates)."""

    highlight: Highlight
    rects: tuple[QRectF, ...]
    fill: str
    line: str
    dashed: bool

    @property
    def label(self) -> str:
        """The text written on the chip."""
        return self.highlight.label


def highlights(mentions: Iterable[Mention], events: Iterable[Event],
               proposal: Mention | None = None) -> dict[Side, list[Highlight]]:
    """What to draw on each side: mentions labelled with their actor, event triggers with their
    type, and a projection waiting for F7."""
    spans: dict[Side, list[Highlight]] = {Side.TR: [], Side.EN: []}
    for mention in mentions:
        spans[mention.side].append(Highlight(mention.start, mention.end, "mention",
                                             mention.actor_id, mention.actor_id,
                                             _state(mention.status, mention.needs_review)))
    for event in events:
        for side, span in ((Side.TR, event.trigger_tr), (Side.EN, event.trigger_en)):
            if span is not None:
                spans[side].append(Highlight(span[0], span[1], "trigger", event.type,
                                             event.type, _state(event.status,
                                                                event.needs_review)))
    if proposal is not None:
        spans[proposal.side].append(Highlight(proposal.start, proposal.end, "mention",
                                              proposal.actor_id, proposal.actor_id, "proposal"))
    return spans


def _line_x(line: QTextLine, position: int) -> float:
    """The x of ``position`` (UTF-16, in its block) on ``line``."""
    found = line.cursorToX(position)  # PySide6 returns (x, position)
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


def _state(status: AnnotationStatus, needs_review: bool) -> str:
    if needs_review:
        return "review"
    return "suggested" if status is AnnotationStatus.SUGGESTED else "accepted"


class SentenceView(QTextEdit):
    """Shows a sentence; reports the selected span in Python offsets."""

    selection_changed_span = Signal(int, int)
    typing_refused = Signal()  # a printable key: the text is edited elsewhere (the grid)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self._text = ""
        self._words: list[tuple[int, int]] = []
        self._highlights: list[Highlight] = []
        self._colours: dict[str, QColor] = {}
        self.painted_chips: list[Chip] = []  # what the last paint drew, for tests and tools
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(max(self.font().pointSizeF() * 0.72, 6.0))
        self.selectionChanged.connect(self._on_selection_changed)

    # -- text and selection ---------------------------------------------------------------------

    def set_sentence(self, text: str) -> None:
        """Show ``text`` (plain) with no highlights, leaving room above each line for labels."""
        self._text = text
        self._words = [(m.start(), m.end()) for m in WORD.finditer(text)]
        self._highlights = []
        self.setPlainText(text)
        gap = QFontMetricsF(self.label_font).height() + 2
        root = self.document().rootFrame()
        frame_format = root.frameFormat()
        frame_format.setTopMargin(gap + 2)
        root.setFrameFormat(frame_format)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(gap, QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(block_format)
        self.viewport().update()

    def text(self) -> str:
        """The text shown."""
        return self._text

    def selected_span(self) -> tuple[int, int] | None:
        """The selection in Python offsets, trimmed of spaces and punctuation; None if empty."""
        cursor = self.textCursor()
        start = from_utf16(self._text, cursor.selectionStart())
        end = from_utf16(self._text, cursor.selectionEnd())
        while start < end and not self._text[start].isalnum():
            start += 1
        while end > start and not self._text[end - 1].isalnum() and self._text[end - 1] != ".":
            end -= 1
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        """Select ``start:end`` (Python offsets); the cursor ends at ``end``."""
        cursor = self.textCursor()
        cursor.setPosition(to_utf16(self._text, start))
        cursor.setPosition(to_utf16(self._text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = modifiers == Qt.KeyboardModifier.ShiftModifier
        if (not modifiers or shift) and self._move_word_cursor(Qt.Key(event.key()), shift):
            event.accept()
            return
        text = event.text()
        if text and text.isprintable() and (not modifiers or shift):
            self.typing_refused.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _move_word_cursor(self, key: Qt.Key, extend: bool) -> bool:
        """Left/Right/Home/End select a word, with Shift they extend the selection by words."""
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            return False
        last = len(self._words) - 1
        if last < 0:
            return True
        forward = key in (Qt.Key.Key_Right, Qt.Key.Key_End)
        ends = self._selected_words()
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            target = last if forward else 0
            anchor = ends[0] if extend and ends else target
        elif ends is None:
            position = from_utf16(self._text, self.textCursor().position())
            after = [i for i, (_s, end) in enumerate(self._words) if end > position]
            before = [i for i, (start, _e) in enumerate(self._words) if start < position]
            target = (after[0] if after else last) if forward else (before[-1] if before else 0)
            anchor = target
        elif extend:
            anchor, target = ends[0], min(max(ends[1] + (1 if forward else -1), 0), last)
        else:
            low, high = sorted(ends)
            target = min(high + 1, last) if forward else max(low - 1, 0)
            anchor = target
        self._select_words(anchor, target)
        return True

    def _selected_words(self) -> tuple[int, int] | None:
        """(anchor word, active word) of the selection, or None without a selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        anchor = from_utf16(self._text, cursor.anchor())
        position = from_utf16(self._text, cursor.position())

        def first_ending_after(offset: int) -> int:
            return next((i for i, (_s, end) in enumerate(self._words) if end > offset),
                        len(self._words) - 1)

        def last_starting_before(offset: int) -> int:
            return max([i for i, (start, _e) in enumerate(self._words) if start < offset] or [0])

        if position > anchor:
            return first_ending_after(anchor), last_starting_before(position)
        return last_starting_before(anchor), first_ending_after(position)

    def _select_words(self, anchor: int, active: int) -> None:
        if anchor <= active:
            self.select_span(self._words[anchor][0], self._words[active][1])
        else:
            self.select_span(self._words[anchor][1], self._words[active][0])

    # -- chips ----------------------------------------------------------------------------------

    def set_highlights(self, highlights: list[Highlight]) -> None:
        """Draw mentions, triggers and proposals as labelled chips."""
        self._highlights = list(highlights)
        self.viewport().update()

    def chips(self) -> list[Chip]:
        """The chips as they are laid out now (one box per line a span covers)."""
        return [self._chip(item) for item in self._highlights]

    def _chip(self, item: Highlight) -> Chip:
        if item.kind == "trigger":
            fill, line = QColor(TRIGGER_FILL), TRIGGER_LINE
        elif item.state == "proposal":
            fill, line = QColor(PROPOSAL_FILL), PROPOSAL_LINE
        else:
            fill = self._colour(item.colour_key)
            line = fill.darker(160).name()
        if item.state == "review":
            line = REVIEW_LINE
        if item.state in ("suggested", "proposal"):
            fill = QColor(fill).lighter(112)
        return Chip(item, tuple(self._span_rects(item.start, item.end)), fill.name(), line,
                    item.state in ("suggested", "proposal"))

    def _span_rects(self, start: int, end: int) -> list[QRectF]:
        """Boxes around ``start:end`` (Python offsets), one per line, in viewport coordinates."""
        first, last = to_utf16(self._text, start), to_utf16(self._text, end)
        scroll = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        rects = []
        block = self.document().firstBlock()
        while block.isValid():
            layout = block.layout()
            origin = layout.position() - scroll
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                line_start = block.position() + line.textStart()
                lo, hi = max(first, line_start), min(last, line_start + line.textLength())
                if lo >= hi:
                    continue
                x1, x2 = _line_x(line, lo - block.position()), _line_x(line, hi - block.position())
                rects.append(QRectF(origin.x() + x1 - 2, origin.y() + line.y(), x2 - x1 + 4,
                                    line.height()))
            block = block.next()
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        chips = self.chips()
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for chip in chips:
            pen = QPen(QColor(chip.line), 1.2,
                       Qt.PenStyle.DashLine if chip.dashed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(QColor(chip.fill))
            for rect in chip.rects:
                painter.drawRoundedRect(rect, 4, 4)
        painter.end()
        super().paintEvent(event)  # the text over the boxes, and the selection
        self._paint_labels(chips)
        self.painted_chips = chips

    def _paint_labels(self, chips: list[Chip]) -> None:
        """Write each label in the gap above its chip's first box, cut where the next one starts."""
        metrics = QFontMetricsF(self.label_font)
        starts = sorted((c.rects[0].left(), c.rects[0].top()) for c in chips if c.rects)
        painter = QPainter(self.viewport())
        painter.setFont(self.label_font)
        for chip in chips:
            if not chip.rects or not chip.label:
                continue
            box = chip.rects[0]
            following = [x for x, y in starts if y == box.top() and x > box.left()]
            room = (min(following) if following else self.viewport().width()) - box.left() - 3
            text = metrics.elidedText(chip.label, Qt.TextElideMode.ElideRight, max(room, 12))
            painter.setPen(QColor(chip.line))
            painter.drawText(QPointF(box.left() + 1, box.top() - metrics.descent() - 1), text)
        painter.end()

    def _colour(self, key: str) -> QColor:
        if key not in self._colours:
            self._colours[key] = QColor(PALETTE[len(self._colours) % len(PALETTE)])
        return self._colours[key]

    def _on_selection_changed(self) -> None:
        span = self.selected_span()
        if span is not None:
            self.selection_changed_span.emit(*span)
