"""The event frame form: PLOVER type, modes, contexts, aux, actors, recipients, trigger, date ...

Built for the keyboard: number keys pick the type in the type list (``2`` CONSULT, ``12``
SANCTION), Tab walks the fields in frame order, Ctrl+S saves, Escape closes. Lists (modes,
actors ...) are typed comma-separated with completion. PLOVER rules are checked as you type and
shown as warnings; they do not stop a save.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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
    closed = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.frame: Event | None = None
        self._resolve: Callable[[str], str | None] = lambda name: None
        self._names: Mapping[str, str] = {}
        self.type_combo = QComboBox()
        self._fill_types()
        self.modes_edit, self.contexts_edit, self.aux_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.actors_edit, self.recipients_edit = QLineEdit(), QLineEdit()
        self.trigger_label = QLabel()
        self.date_edit, self.date_text_edit = QLineEdit(), QLineEdit()
        self.date_edit.setPlaceholderText("2023-11-27")
        self.location_edit, self.note_edit = QLineEdit(), QLineEdit()
        self.confidence_spin = QDoubleSpinBox()
        self.confidence_spin.setRange(0.0, 1.0)
        self.confidence_spin.setSingleStep(0.1)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setStyleSheet("color: #b71c1c")
        self.save_button = QPushButton(self.tr("Save event (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Close (Esc)"))
        self._actor_model = QStringListModel(self)
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_text_edit, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Type:"), self.type_combo)
        form.addRow(self.tr("Modes:"), self.modes_edit)
        form.addRow(self.tr("Contexts:"), self.contexts_edit)
        form.addRow(self.tr("Aux:"), self.aux_edit)
        form.addRow(self.tr("Actors:"), self.actors_edit)
        form.addRow(self.tr("Recipients:"), self.recipients_edit)
        form.addRow(self.tr("Trigger:"), self.trigger_label)
        form.addRow(self.tr("Date / words:"), date_row)
        form.addRow(self.tr("Location:"), self.location_edit)
        form.addRow(self.tr("Confidence:"), self.confidence_spin)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.warnings_label)
        form.addRow(buttons)
        self.date_text_edit.setPlaceholderText(self.tr("the words it was read from"))
        self.aux_edit.setPlaceholderText(", ".join(self.taxonomy.aux_codes()))
        self.contexts_edit.setPlaceholderText(self.tr("e.g. diplomatic, military"))

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
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.closed)
        QShortcut(QKeySequence("Ctrl+S"), self, self._on_save_button_clicked,
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

    def set_actors(self, names: Mapping[str, str], resolve: Callable[[str], str | None]) -> None:
        """Actor ids → names for display and completion; ``resolve`` maps a typed name to an id."""
        self._names = dict(names)
        self._resolve = resolve
        self._actor_model.setStringList(sorted(set(names.values())))

    def load(self, event: Event) -> None:
        """Show ``event`` for editing (a new frame has an empty id)."""
        self.frame = event
        index = self.type_combo.findData(event.type)
        self.type_combo.setCurrentIndex(max(index, 0))
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
        self._on_type_combo_changed()
        self.type_combo.setFocus()

    def set_trigger(self, trigger_tr: tuple[int, int] | None,
                    trigger_en: tuple[int, int] | None) -> None:
        """Set the trigger spans (from the sentence views' selections)."""
        if self.frame is not None:
            self.frame = replace(self.frame, trigger_tr=trigger_tr, trigger_en=trigger_en)
        shown = [f"{side} {span[0]}–{span[1]}" for side, span in
                 (("TR", trigger_tr), ("EN", trigger_en)) if span is not None]
        self.trigger_label.setText(", ".join(shown) or self.tr("select words, then Ctrl+G"))

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
            self.frame, type=str(self.type_combo.currentData()),
            modes=split_list(self.modes_edit.text()),
            contexts=split_list(self.contexts_edit.text()), aux=split_list(self.aux_edit.text()),
            actors=ids(self.actors_edit.text()), recipients=ids(self.recipients_edit.text()),
            date=self.date_edit.text().strip() or None,
            date_text=self.date_text_edit.text().strip() or None,
            location=self.location_edit.text().strip() or None,
            confidence=self.confidence_spin.value(), note=self.note_edit.text().strip() or None)
        return event, unknown

    def _on_type_combo_changed(self) -> None:
        modes = self.taxonomy.modes_for(str(self.type_combo.currentData()))
        self.modes_edit.setPlaceholderText(", ".join(modes))
        self._update_warnings()

    def _update_warnings(self) -> None:
        if self.frame is None:
            return
        event, unknown = self.edited_event()
        warnings = list(self.taxonomy.check_event(event))
        warnings += [self.tr("Unknown actor: %s") % name for name in unknown]
        self.warnings_label.setText("\n".join(warnings))

    def _on_save_button_clicked(self) -> None:
        if self.frame is not None:
            self.save_requested.emit(self.edited_event()[0])
