"""The annotation panel: mentions and event frames of the current sentence, in both languages.

Select words in the Turkish or English view, Ctrl+K tags them as an actor (the picker has
type-ahead over the registry) and the matching words on the other side are proposed at once (F7
accepts). Ctrl+E starts an event frame with the selection as trigger, the document's contexts and
the date read from the sentence. F8 / F9 accept / reject the selected suggestion. Every step is an
undoable command on the editor's undo stack and is written to the project when it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from annotator.core.anchoring import reanchor
from annotator.core.annotations import Actor, Event, Mention
from annotator.core.models import AnnotationStatus, Document, Provenance, Segment, Side
from annotator.core.turkish import search_key
from annotator.gui.dialogs.actor_picker import ActorPickerDialog
from annotator.gui.models.annotation_list_models import EventListModel, MentionListModel
from annotator.gui.operations import OperationRunner
from annotator.gui.widgets.event_editor import EventEditor
from annotator.gui.widgets.sentence_view import SentenceView, highlights
from annotator.project import (
    AddMention,
    Changes,
    DeleteAnnotation,
    Project,
    SaveEvent,
    SetStatuses,
)


class AnnotationPanel(QWidget):
    """Tags actors and builds events for the sentence the grid is on."""

    message_posted = Signal(str)

    def __init__(self, project: Project, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.segment: Segment | None = None
        self.document: Document | None = None
        self.proposal: Mention | None = None
        self._actors: dict[str, Actor] = {}
        self._by_name: dict[str, str] = {}
        self.tr_view, self.en_view = SentenceView(), SentenceView()
        self._last_view = self.tr_view
        self.mention_model = MentionListModel(self)
        self.event_model = EventListModel(self)
        self.mention_view, self.event_view = QListView(), QListView()
        self.mention_view.setModel(self.mention_model)
        self.event_view.setModel(self.event_model)
        for view in (self.mention_view, self.event_view):
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.event_editor = EventEditor(project.taxonomy())
        self.help_label = QLabel(self.tr(
            "Select words in the Turkish or English text:\n"
            "Ctrl+K tags them as an actor (F7 accepts the span proposed on the other side),\n"
            "Ctrl+E starts an event with them as trigger.\n"
            "In the lists: F8 accepts and F9 rejects a suggestion, Ctrl+Shift+E edits an event."))
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        self.help_label.setWordWrap(True)
        self.help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The frame form is tall; a scroll area keeps it from setting the panel's minimum height.
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidget(self.event_editor)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side_stack = QStackedWidget()
        self.side_stack.addWidget(self.help_label)
        self.side_stack.addWidget(self.editor_scroll)
        self._build_layout()
        self.actions_by_name = self._build_actions()
        self._connect()
        self.reload_actors()

    def _build_layout(self) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        labels = [QLabel(self.tr("Turkish")), QLabel(self.tr("English")),
                  QLabel(self.tr("Mentions")), QLabel(self.tr("Events"))]
        for label in labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(labels[0], 0, 0)
        layout.addWidget(self.tr_view, 1, 0)
        layout.addWidget(labels[1], 2, 0)
        layout.addWidget(self.en_view, 3, 0)
        layout.addWidget(labels[2], 0, 1)
        layout.addWidget(self.mention_view, 1, 1)
        layout.addWidget(labels[3], 2, 1)
        layout.addWidget(self.event_view, 3, 1)
        layout.addWidget(self.side_stack, 0, 2, 4, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setColumnStretch(2, 3)

    def _build_actions(self) -> dict[str, QAction]:
        specs: list[tuple[str, str, str, Callable[[], None]]] = [
            ("tag_actor", self.tr("Tag selection as actor…"), "Ctrl+K", self.tag_actor),
            ("accept_projection", self.tr("Accept proposed span on the other side"), "F7",
             self.accept_projection),
            ("new_event", self.tr("New event (selection as trigger)"), "Ctrl+E", self.new_event),
            ("set_trigger", self.tr("Use selection as event trigger"), "Ctrl+G",
             self.set_trigger_from_selection),
            ("edit_event", self.tr("Edit selected event"), "Ctrl+Shift+E",
             self.edit_selected_event),
            ("accept", self.tr("Accept selected suggestion"), "F8", lambda: self.review(True)),
            ("reject", self.tr("Reject selected suggestion"), "F9", lambda: self.review(False)),
            ("accept_all", self.tr("Accept every suggestion of this sentence"), "Ctrl+F8",
             self.accept_all),
            ("delete", self.tr("Delete selected annotation"), "Ctrl+Delete",
             self.delete_selected),
        ]
        actions = {}
        for name, text, keys, slot in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            actions[name] = action
        return actions

    def _connect(self) -> None:
        self.tr_view.selection_changed_span.connect(lambda *_: self._remember(self.tr_view))
        self.en_view.selection_changed_span.connect(lambda *_: self._remember(self.en_view))
        self.tr_view.typing_refused.connect(lambda: self.message_posted.emit(
            self.tr("The Turkish source cannot be changed; select words here to annotate them.")))
        self.en_view.typing_refused.connect(lambda: self.message_posted.emit(
            self.tr("The English is edited in the grid above: press F2 there. Here you select "
                    "words to annotate them.")))
        self.event_editor.save_requested.connect(self._on_event_editor_save_requested)
        self.event_editor.closed.connect(self._on_event_editor_closed)
        self.event_editor.save_refused.connect(self.message_posted)
        self.event_view.doubleClicked.connect(lambda _index: self.edit_selected_event())

    def _show_editor(self, shown: bool) -> None:
        self.side_stack.setCurrentWidget(self.editor_scroll if shown else self.help_label)
        # An open frame claims the height it needs (the splitter shrinks the grid), so none of
        # its fields hides below a scrollbar; closed, the panel may be as low as the user likes.
        self.editor_scroll.setMinimumHeight(
            self.event_editor.minimumSizeHint().height() if shown else 0)

    def _remember(self, view: SentenceView) -> None:
        self._last_view = view

    @Slot(object)
    def on_project_changed(self, changes: Changes) -> None:
        """Refresh from the runner's change notice: registry, taxonomy, this sentence."""
        if changes.actors:
            self.reload_actors()
        if changes.taxonomy:
            self.event_editor.set_taxonomy(self.project.taxonomy())
        segment = self.segment
        if segment is None:
            return
        if (changes.actors or segment.sentence.id in changes.annotations
                or changes.touches_document(segment.sentence.document_id)):
            self.refresh()

    @property
    def editing(self) -> bool:
        """Whether the event frame editor is open."""
        return self.side_stack.currentWidget() is self.editor_scroll

    @property
    def annotator(self) -> str | None:
        """Who is annotating (from the settings)."""
        return self.project.who

    # -- showing -------------------------------------------------------------------------------

    def show_segment(self, segment: Segment | None, document: Document | None) -> None:
        """Show the annotations of ``segment`` (None clears the panel)."""
        self.segment, self.document, self.proposal = segment, document, None
        self._show_editor(False)
        self.refresh()

    def update_segment(self, segment: Segment) -> None:
        """The same sentence changed (its English was edited): repaint, keep the open frame.

        A proposal made on the old English is dropped, and the open frame's English trigger
        follows the edit the way stored annotations do.
        """
        old_english = self.segment.target.text if self.segment else ""
        self.segment = segment
        if self.proposal is not None and self.proposal.side is Side.EN:
            self.proposal = None
        frame = self.event_editor.frame
        if self.editing and frame is not None and frame.trigger_en is not None and \
                old_english != segment.target.text:
            found = reanchor(old_english, segment.target.text, frame.trigger_en) \
                if frame.trigger_en[1] <= len(old_english) else None
            self.event_editor.set_trigger(frame.trigger_tr,
                                          (found.start, found.end) if found else None)
        self.refresh()

    def reload_actors(self) -> None:
        """Re-read the registry: at start (seeding it on a project's first use) and whenever actors
        were added, merged or imported — not on every move, the registry can be large."""
        actors = self.runner.run(self.project.actors)  # seeding may meet a busy project
        self._actors = {a.id: a for a in actors or []}
        self._by_name = {}
        for actor in self._actors.values():
            for name in (*actor.aliases(Side.TR), *actor.aliases(Side.EN), actor.id):
                self._by_name.setdefault(search_key(name), actor.id)
        self.event_editor.set_actors({a.id: a.name for a in self._actors.values()},
                                     self.resolve_actor)

    def resolve_actor(self, name: str) -> str | None:
        """The id of the actor named (or aliased, or with this id) ``name``."""
        return self._by_name.get(search_key(name))

    def refresh(self) -> None:
        """Re-read the sentence's annotations and repaint both views."""
        segment = self.segment
        if segment is None:
            for view in (self.tr_view, self.en_view):
                view.set_sentence("")
            self.mention_model.set_rows([], {})
            self.event_model.set_rows([], {})
            return
        mentions = self.project.mentions(segment.sentence.id)
        events = self.project.events(segment.sentence.id)
        names = {a.id: a.name for a in self._actors.values()}
        self.mention_model.set_rows(mentions, names)
        self.event_model.set_rows(events, names)
        if self.tr_view.text() != segment.sentence.text:
            self.tr_view.set_sentence(segment.sentence.text)
        if self.en_view.text() != segment.target.text:
            self.en_view.set_sentence(segment.target.text)
        self.event_editor.set_texts(segment.sentence.text, segment.target.text)
        self._paint(mentions, events)

    def _paint(self, mentions: list[Mention], events: list[Event]) -> None:
        spans = highlights(mentions, events, self.proposal)
        self.tr_view.set_highlights(spans[Side.TR])
        self.en_view.set_highlights(spans[Side.EN])

    # -- commands ------------------------------------------------------------------------------

    def _selection(self) -> tuple[Side, int, int] | None:
        view = self._last_view
        span = view.selected_span()
        if span is None or self.segment is None:
            return None
        return (Side.TR if view is self.tr_view else Side.EN, *span)

    @Slot()
    def tag_actor(self) -> None:
        """Link the selected words to an actor, then propose the span on the other side."""
        selection = self._selection()
        if selection is None or self.segment is None:
            self.message_posted.emit(self.tr("Select the words that name the actor first."))
            return
        side, start, end = selection
        text = self._last_view.text()[start:end]
        actor = ActorPickerDialog.get_actor(self.project, self.runner, text, self,
                                            candidates=self._candidates(text))
        if actor is None:
            return
        if actor.id not in self._actors:  # added by another window or program since
            self.reload_actors()
        mention = Mention(None, self.segment.sentence.id, actor.id, side, start, end, text,
                          annotator=self.annotator)
        if self.runner.push(AddMention(self.project, mention), self.tr("Tag %s") % actor.name):
            self._propose(mention, actor)

    def _candidates(self, text: str) -> list[Actor]:
        """The picker's numbered short list: actors whose alias is the selected words or one of
        them, then the actors already mentioned in this sentence."""
        names = [text, *text.replace("'", " ").replace("’", " ").split()]
        found = [self.resolve_actor(name) for name in names]
        found += [m.actor_id for m in self.mention_model.items()
                  if m.status is not AnnotationStatus.REJECTED]
        ids = [actor_id for actor_id in dict.fromkeys(found)
               if actor_id is not None and actor_id in self._actors]
        return [self._actors[actor_id] for actor_id in ids[:9]]

    def _propose(self, mention: Mention, actor: Actor) -> None:
        from annotator.core.projection import project_span

        assert self.segment is not None
        other = Side.EN if mention.side is Side.TR else Side.TR
        source = self.segment.sentence.text if mention.side is Side.TR else self.segment.target.text
        target = self.segment.target.text if other is Side.EN else self.segment.sentence.text
        if not target.strip():
            return
        candidates = project_span(source, (mention.start, mention.end), target,
                                  aliases=actor.aliases(other), source_lang=mention.side.value)
        if not candidates:
            return
        best = candidates[0]
        self.proposal = Mention(None, mention.sentence_id, actor.id, other, best.start, best.end,
                                best.text, annotator=self.annotator,
                                provenance=Provenance.PROJECTED)
        self.refresh()
        self.message_posted.emit(self.tr("Proposed on the other side: “%s” — F7 accepts.")
                                 % best.text)

    @Slot()
    def accept_projection(self) -> None:
        """Store the proposed span as a mention (provenance projected)."""
        if self.proposal is None:
            self.message_posted.emit(self.tr("There is no proposal to accept."))
            return
        proposal, self.proposal = self.proposal, None
        self.runner.push(AddMention(self.project, proposal), self.tr("Accept projection"))

    def _anchor(self) -> date | None:
        published = self.document.published if self.document else None
        try:
            return date.fromisoformat(published[:10]) if published else None
        except ValueError:
            return None

    @Slot()
    def new_event(self) -> None:
        """Open a new event frame: trigger from the selection, date read from the sentence."""
        from annotator.core.event_dates import event_date

        if self.segment is None:
            return
        selection = self._selection()
        trigger_tr = trigger_en = None
        if selection is not None:
            side, start, end = selection
            trigger_tr, trigger_en = ((start, end), None) if side is Side.TR else \
                (None, (start, end))
        found = event_date(self.segment.sentence.text, self._anchor(), trigger=trigger_tr)
        contexts = self.project.contexts(self.segment.sentence.document_id)
        actors = tuple(dict.fromkeys(m.actor_id for m in self.mention_model.items()
                                     if m.side is Side.TR))
        event = Event("", self.segment.sentence.id, "",  # no type until the annotator chooses
                      contexts=contexts, actors=actors[:1], recipients=actors[1:2],
                      trigger_tr=trigger_tr, trigger_en=trigger_en,
                      date=found.date if found else None, date_text=found.text if found else None,
                      annotator=self.annotator)
        self.event_editor.load(event)
        self._show_editor(True)

    @Slot()
    def set_trigger_from_selection(self) -> None:
        """Make the selected words the trigger of the frame being edited."""
        event = self.event_editor.frame
        selection = self._selection()
        if event is None or selection is None or not self.editing:
            return
        side, start, end = selection
        if side is Side.TR:
            self.event_editor.set_trigger((start, end), event.trigger_en)
        else:
            self.event_editor.set_trigger(event.trigger_tr, (start, end))

    @Slot()
    def edit_selected_event(self) -> None:
        """Open the selected event in the frame editor."""
        index = self.event_view.currentIndex()
        if index.isValid():
            self.event_editor.load(self.event_model.item(index.row()))
            self._show_editor(True)

    def _on_event_editor_save_requested(self, event: Event) -> None:
        event = replace(event, annotator=self.annotator)
        if event.status is AnnotationStatus.SUGGESTED:
            event = replace(event, status=AnnotationStatus.ACCEPTED)  # edited = accepted
        description = (self.tr("Edit %s event") if event.id else self.tr("Add %s event")) \
            % event.type
        if not self.runner.push(SaveEvent(self.project, event), description):
            return  # the frame stays open with what was typed; the runner said why
        self._show_editor(False)
        self.event_view.setFocus()

    def _on_event_editor_closed(self) -> None:
        self._show_editor(False)
        self.event_view.setFocus()

    def _selected(self) -> tuple[str, Mention | Event] | None:
        if self.mention_view.hasFocus() or (not self.event_view.hasFocus()
                                            and self.mention_view.currentIndex().isValid()):
            index = self.mention_view.currentIndex()
            return ("mentions", self.mention_model.item(index.row())) if index.isValid() else None
        index = self.event_view.currentIndex()
        return ("events", self.event_model.item(index.row())) if index.isValid() else None

    def review(self, accept: bool) -> None:
        """Accept or reject the selected suggestion (undoable)."""
        selected = self._selected()
        if selected is None:
            return
        table, item = selected
        status = AnnotationStatus.ACCEPTED if accept else AnnotationStatus.REJECTED
        mentions = [item] if isinstance(item, Mention) else []
        events = [item] if isinstance(item, Event) else []
        view = self.mention_view if table == "mentions" else self.event_view
        row = view.currentIndex().row()
        if not self.runner.push(SetStatuses(self.project, mentions, events, status),
                                self.tr("Review %n annotation(s)", "", 1)):
            return
        self._select_next_suggestion(view, row)

    def _select_next_suggestion(self, view: QListView, row: int) -> None:
        """After a review, select the next open suggestion of the list (so F8 goes on)."""
        model = view.model()
        assert isinstance(model, MentionListModel | EventListModel)
        count = model.rowCount()
        suggested = [r for r in range(count)
                     if model.item(r).status is AnnotationStatus.SUGGESTED]
        following = [r for r in suggested if r >= row] or suggested
        if following:
            view.setCurrentIndex(model.index(following[0], 0))
        elif count:
            view.setCurrentIndex(model.index(min(row, count - 1), 0))
        view.setFocus()

    @Slot()
    def accept_all(self) -> None:
        """Accept every suggestion of this sentence."""
        suggested = AnnotationStatus.SUGGESTED
        self._accept([m for m in self.mention_model.items() if m.status is suggested],
                     [e for e in self.event_model.items() if e.status is suggested],
                     self.tr("Accept all suggestions"))

    def accept_document_suggestions(self) -> int:
        """Accept every suggestion of the open document in one undoable step; returns how many."""
        if self.document is None:
            return 0
        mentions, events = self.project.suggestions(self.document.id)
        return self._accept(mentions, events, self.tr("Accept all suggestions of the document"))

    def _accept(self, mentions: list[Mention], events: list[Event], description: str) -> int:
        """Accept suggestions in one undo step; returns how many (0 when it failed)."""
        edit = SetStatuses(self.project, mentions, events, AnnotationStatus.ACCEPTED)
        if not edit.count or not self.runner.push(edit, description):
            return 0
        return edit.count

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected mention or event (undoable)."""
        selected = self._selected()
        if selected is not None:
            item = selected[1]
            kind = self.tr("Delete mention") if isinstance(item, Mention) \
                else self.tr("Delete event")
            self.runner.push(DeleteAnnotation(self.project, item), kind)
