"""The event frame form: PLOVER type, modes, contexts, aux, actors, recipients, trigger, date ...

Built for the keyboard: number keys pick the type in the type list (``2`` CONSULT, ``12``
SANCTION), Tab walks the fields in frame order, Ctrl+S saves, Escape closes. A new frame has no
type until one is chosen, and a frame without a type is not saved. Lists (modes, actors ...) are
typed comma-separated with completion. PLOVER rules are checked as you type and shown as warnings;
they do not stop a save. The trigger is shown as its words on both sides; the fields sit in two
columns so the frame fits the panel of a 1280×800 window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator.core.annotations import Event
from annotator.core.taxonomy import Taxonomy


def split_list(text: str) -> tuple[str, ...]:
    """``"phone, visit"`` → ``("phone", "visit")`` (order kept, duplicates and blanks dropped)."""
    return tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))


class ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        done = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return done + str(super().pathFromIndex(index))

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]


class EventEditor(QWidget):
    """Edits one :class:`Event`; emits ``save_requested`` with the edited frame."""

    save_requested = Signal(object)
    save_refused = Signal(str)  # why the frame was not saved, in a sentence for the status bar
    closed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.frame: Event | None = None
        self._resolve: Callable[[str], str | None] = lambda name: None
        self._names: Mapping[str, str] = {}
        self._texts = ("", "")  # the sentence's Turkish and English, to show the trigger words
        self.type_combo = QComboBox()
        self.type_combo.setPlaceholderText(self.tr("Choose a type…"))
        # Sized by its column, not by the longest type name, so the frame stays narrow.
        self.type_combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fill_types()
        self.modes_edit, self.contexts_edit, self.aux_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.actors_edit, self.recipients_edit = QLineEdit(), QLineEdit()
        self.trigger_tr_label, self.trigger_en_label = QLabel(), QLabel()
        self.date_edit, self.date_text_edit = QLineEdit(), QLineEdit()
        self.date_edit.setPlaceholderText("2023-11-27")
        self.location_edit, self.note_edit = QLineEdit(), QLineEdit()
        self.confidence_spin = QDoubleSpinBox()
        self.confidence_spin.setRange(0.0, 1.0)
        self.confidence_spin.setSingleStep(0.1)
        self.refusal_label = QLabel()  # why the frame was not saved
        self.warnings_label = QLabel()
        for label in (self.trigger_tr_label, self.trigger_en_label, self.refusal_label,
                      self.warnings_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            # Long words or warnings must not widen the frame past the panel.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.refusal_label.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.refusal_label.hide()
        self.warnings_label.setStyleSheet("color: #b71c1c")
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Close (Esc)"))
        self._actor_model = QStringListModel(self)
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        date_row = QHBoxLayout()
        date_row.setSpacing(4)
        date_row.addWidget(self.date_edit, 2)
        date_row.addWidget(self.date_text_edit, 3)
        date_row.addWidget(self._name_label(self.tr("Confidence:"), self.confidence_spin))
        date_row.addWidget(self.confidence_spin)
        grid = QGridLayout()
        grid.setVerticalSpacing(3)
        grid.setHorizontalSpacing(6)
        # Two columns; the trigger words and the date line get the whole width.
        rows: list[tuple[str, QWidget | QHBoxLayout, str, QWidget | None]] = [
            (self.tr("Type:"), self.type_combo, self.tr("Location:"), self.location_edit),
            (self.tr("Trigger:"), self.trigger_tr_label, "", None),
            ("", self.trigger_en_label, "", None),
            (self.tr("Actors:"), self.actors_edit, self.tr("Recipients:"), self.recipients_edit),
            (self.tr("Modes:"), self.modes_edit, self.tr("Aux:"), self.aux_edit),
            (self.tr("Contexts:"), self.contexts_edit, self.tr("Note:"), self.note_edit),
            (self.tr("Date:"), date_row, "", None),
        ]
        for row, (left_name, left, right_name, right) in enumerate(rows):
            grid.addWidget(self._name_label(left_name, left), row, 0)
            span = 1 if right is not None else 3
            if isinstance(left, QHBoxLayout):
                grid.addLayout(left, row, 1, 1, span)
            else:
                grid.addWidget(left, row, 1, 1, span)
            if right is not None:
                grid.addWidget(self._name_label(right_name, right), row, 2)
                grid.addWidget(right, row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.refusal_label, 1)
        bottom.addWidget(self.warnings_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(3)
        layout.addLayout(grid)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.date_text_edit.setPlaceholderText(self.tr("the words it was read from"))
        self.aux_edit.setPlaceholderText(", ".join(self.taxonomy.aux_codes()))
        self.contexts_edit.setPlaceholderText(self.tr("e.g. diplomatic, military"))
        order = [self.type_combo, self.modes_edit, self.contexts_edit, self.aux_edit,
                 self.actors_edit, self.recipients_edit, self.date_edit, self.date_text_edit,
                 self.location_edit, self.confidence_spin, self.note_edit, self.save_button,
                 self.cancel_button]  # frame order, as the docs list it, not screen order
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _name_label(text: str, buddy: QWidget | QHBoxLayout) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if isinstance(buddy, QWidget):
            label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        for edit in (self.actors_edit, self.recipients_edit):
            completer = ListCompleter(self._actor_model, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        for edit in (self.modes_edit, self.contexts_edit, self.aux_edit, self.actors_edit,
                     self.recipients_edit):
            edit.textChanged.connect(self._update_warnings)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_changed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.closed)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Escape"), self, self.closed.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        """Use another taxonomy (the project chose its own file)."""
        self.taxonomy = taxonomy
        self._fill_types()
        self.aux_edit.setPlaceholderText(", ".join(taxonomy.aux_codes()))

    def _fill_types(self) -> None:
        self.type_combo.clear()
        for number, code in enumerate(self.taxonomy.type_codes(), start=1):
            self.type_combo.addItem(f"{number} {code}", code)
        self.type_combo.setCurrentIndex(-1)  # nothing is chosen until the annotator chooses

    def set_actors(self, names: Mapping[str, str], resolve: Callable[[str], str | None]) -> None:
        """Actor ids → names for display and completion; ``resolve`` maps a typed name to an id."""
        self._names = dict(names)
        self._resolve = resolve
        self._actor_model.setStringList(sorted(set(names.values())))

    def set_texts(self, tr_text: str, en_text: str) -> None:
        """The sentence's Turkish and English, from which the trigger words are shown."""
        self._texts = (tr_text, en_text)
        if self.frame is not None:
            self.set_trigger(self.frame.trigger_tr, self.frame.trigger_en)

    def load(self, event: Event) -> None:
        """Show ``event`` for editing (a new frame has an empty id and, until chosen, no type)."""
        self.frame = event
        self.type_combo.setCurrentIndex(self.type_combo.findData(event.type))
        self.modes_edit.setText(", ".join(event.modes))
        self.contexts_edit.setText(", ".join(event.contexts))
        self.aux_edit.setText(", ".join(event.aux))
        self.actors_edit.setText(", ".join(self._names.get(a, a) for a in event.actors))
        self.recipients_edit.setText(", ".join(self._names.get(a, a) for a in event.recipients))
        self.date_edit.setText(event.date or "")
        self.date_text_edit.setText(event.date_text or "")
        self.location_edit.setText(event.location or "")
        self.confidence_spin.setValue(event.confidence if event.confidence is not None else 1.0)
        self.note_edit.setText(event.note or "")
        self.set_trigger(event.trigger_tr, event.trigger_en)
        self._show_refusal(False)
        self._on_type_combo_changed()
        self.type_combo.setFocus()

    def set_trigger(self, trigger_tr: tuple[int, int] | None,
                    trigger_en: tuple[int, int] | None) -> None:
        """Set the trigger spans (from the sentence views' selections) and show their words."""
        if self.frame is not None:
            self.frame = replace(self.frame, trigger_tr=trigger_tr, trigger_en=trigger_en)
        for label, side, text, span in ((self.trigger_tr_label, "TR", self._texts[0], trigger_tr),
                                        (self.trigger_en_label, "EN", self._texts[1], trigger_en)):
            words = text[span[0]:span[1]] if span is not None and span[1] <= len(text) else ""
            shown = f"“{words}”" if words else self.tr("— select words, then Ctrl+G")
            label.setText(f"{side}  {shown}")
            label.setToolTip(words)

    def trigger_words(self) -> tuple[str, str]:
        """The trigger's Turkish and English words as shown ("" for a side without one)."""
        frame = self.frame
        if frame is None:
            return "", ""
        return tuple(  # type: ignore[return-value]
            text[span[0]:span[1]] if span is not None else ""
            for text, span in zip(self._texts, (frame.trigger_tr, frame.trigger_en),
                                  strict=True))

    def chosen_type(self) -> str:
        """The chosen event type code, or "" while none is chosen."""
        data = self.type_combo.currentData()
        return str(data) if data is not None else ""

    def edited_event(self) -> tuple[Event, list[str]]:
        """The frame as typed, and names that match no actor."""
        assert self.frame is not None
        unknown: list[str] = []

        def ids(text: str) -> tuple[str, ...]:
            found = []
            for name in split_list(text):
                actor_id = self._resolve(name)
                (found.append(actor_id) if actor_id else unknown.append(name))
            return tuple(found)

        event = replace(
            self.frame, type=self.chosen_type(),
            modes=split_list(self.modes_edit.text()),
            contexts=split_list(self.contexts_edit.text()), aux=split_list(self.aux_edit.text()),
            actors=ids(self.actors_edit.text()), recipients=ids(self.recipients_edit.text()),
            date=self.date_edit.text().strip() or None,
            date_text=self.date_text_edit.text().strip() or None,
            location=self.location_edit.text().strip() or None,
            confidence=self.confidence_spin.value(), note=self.note_edit.text().strip() or None)
        return event, unknown

    def _on_type_combo_changed(self) -> None:
        modes = self.taxonomy.modes_for(self.chosen_type())
        self.modes_edit.setPlaceholderText(", ".join(modes))
        if self.chosen_type():
            self._show_refusal(False)
        self._update_warnings()

    def _update_warnings(self) -> None:
        if self.frame is None:
            return
        event, unknown = self.edited_event()
        warnings = list(self.taxonomy.check_event(event))
        warnings += [self.tr("Unknown actor: %s") % name for name in unknown]
        # One line, so the frame keeps its height; the tooltip lists them all.
        self.warnings_label.setText("  ·  ".join(warnings))
        self.warnings_label.setToolTip("\n".join(warnings))

    def _show_refusal(self, shown: bool) -> None:
        self.refusal_label.setVisible(shown)
        self.warnings_label.setVisible(not shown)

    @Slot()
    def save(self) -> bool:
        """Ask to save the frame; refused (the type field focused, the reason shown) without a
        type. Returns whether the save was requested."""
        if self.frame is None:
            return False
        if not self.chosen_type():
            reason = self.tr("The event was not saved: choose its type first (type its number, "
                             "e.g. 2 for CONSULT).")
            self.refusal_label.setText(self.tr("Not saved: no type"))
            self.refusal_label.setToolTip(reason)
            self._show_refusal(True)
            self.type_combo.setFocus()
            self.save_refused.emit(reason)
            return False
        self.save_requested.emit(self.edited_event()[0])
        return True
