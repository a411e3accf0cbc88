"""The bilingual editor: find bar, segment grid and detail pane, with the translator's commands.

Every change is a :class:`~annotator.project.SetTarget` edit run by the operation runner, which
writes it to SQLite at once and pushes an undo step only when that worked; the grid shows what
was saved when the runner announces the change. Navigation skips non-body parts
(footnotes, bio, boilerplate ...) unless "Edit all parts" is on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.engine_agreement import DISAGREEMENT_THRESHOLD
from annotator.core.find_replace import (
    FindOptions,
    FindPatternError,
    compile_pattern,
    replace_text,
)
from annotator.core.glossary import GlossaryTerm
from annotator.core.models import Document, Segment, TargetStatus
from annotator.core.term_match import TermHit
from annotator.errors import AnnotatorError
from annotator.gui.delegates.highlight_delegate import HighlightDelegate
from annotator.gui.delegates.target_delegate import TargetDelegate, TargetEditor
from annotator.gui.dialogs.term_dialog import TermDialog
from annotator.gui.effort_tracker import EffortTracker
from annotator.gui.models.segment_filter_proxy import SegmentFilterProxy
from annotator.gui.models.segment_table_model import COL_SOURCE, COL_TARGET, SegmentTableModel
from annotator.gui.operations import OperationRunner
from annotator.gui.shortcuts import build_editor_actions
from annotator.gui.widgets.annotation_panel import AnnotationPanel
from annotator.gui.widgets.detail_pane import DetailPane
from annotator.gui.widgets.find_bar import DISAGREE, SUGGESTIONS, FindBar
from annotator.gui.widgets.segment_grid import SegmentGrid
from annotator.messages.qa import render_qa
from annotator.project import Changes, FillRepetitions, Project, ReplaceInTargets, SetTarget
from annotator.project.glossary_edits import AddTerm

STATUS_ORDER = list(TargetStatus)
CONFIRMED = {TargetStatus.TRANSLATED, TargetStatus.REVIEWED}


class EditorPanel(QWidget):
    """Edits the English of one document, sentence by sentence."""

    current_sentence_changed = Signal(int)
    message_posted = Signal(str)

    def __init__(self, project: Project, runner: OperationRunner,
                 parent: QWidget | None = None,
                 fill_repetitions: Callable[[], bool] = lambda: True,
                 confirm_asks_on_qa_errors: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self.project = project
        self._fill_repetitions = fill_repetitions
        self._confirm_asks = confirm_asks_on_qa_errors
        self.runner = runner
        self.undo_stack = runner.undo_stack
        self.document: Document | None = None
        self.effort = EffortTracker(self)

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.find_bar = FindBar()
        self.segment_model = SegmentTableModel(self)
        self.proxy = SegmentFilterProxy(self)
        self.proxy.setSourceModel(self.segment_model)
        self.grid = SegmentGrid()
        self.grid.setModel(self.proxy)
        self.delegate = TargetDelegate(self.grid)
        self.grid.setItemDelegateForColumn(COL_TARGET, self.delegate)
        self.source_delegate = HighlightDelegate(self.grid)
        self.source_delegate.set_term_finder(self._term_spans)
        self.grid.setItemDelegateForColumn(COL_SOURCE, self.source_delegate)
        self.pattern: re.Pattern[str] | None = None
        self.suggestions_only = False
        self._disagreements_of: str | None = None  # the document whose figures the model holds
        self.detail_pane = DetailPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.annotation_panel = AnnotationPanel(project, runner)
        self.vertical_splitter = QSplitter(Qt.Orientation.Vertical)
        self.vertical_splitter.addWidget(self.splitter)
        self.vertical_splitter.addWidget(self.annotation_panel)
        self.vertical_splitter.setStretchFactor(0, 3)
        self.vertical_splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.vertical_splitter, 1)

        self.actions_by_name = self._build_actions()
        self.segment_model.edit_requested.connect(self._on_segment_model_edit_requested)
        self.delegate.confirm_requested.connect(self.confirm)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        self.find_bar.query_changed.connect(self._on_find_bar_query_changed)
        self.find_bar.options_changed.connect(self._on_find_bar_options_changed)
        self.find_bar.replace_requested.connect(self.replace)
        self.find_bar.status_changed.connect(self._on_find_bar_status_changed)
        self.find_bar.sort_changed.connect(self._on_find_bar_sort_changed)
        self.find_bar.all_parts_toggled.connect(self._on_find_bar_all_parts_toggled)
        self.find_bar.dismissed.connect(self.grid.setFocus)
        self.runner.edit_undone.connect(self._on_runner_edit_moved)
        self.runner.edit_redone.connect(self._on_runner_edit_moved)
        self.detail_pane.insert_requested.connect(self.insert_text)

    def _build_actions(self) -> dict[str, QAction]:
        actions = build_editor_actions(self, self.runner)
        for action in actions.values():
            self.addAction(action)
        return actions

    # -- loading -----------------------------------------------------------------------------

    def load_document(self, document: Document, resume_at: int | None = None) -> None:
        """Show ``document``'s sentences and go to ``resume_at`` (the sentence last worked on)
        or else to the first one to work on."""
        self.finish_visit()
        self.document = document
        self.title_label.setText(document.title)
        self.undo_stack.clear()
        self.segment_model.set_rows(self.project.segments(document.id))
        self._load_disagreements(again=True)
        self._filter_suggestions()
        resumed = self.segment_model.row_of_sentence(resume_at) if resume_at is not None else -1
        if resumed >= 0:
            self.go_to_row(resumed)
            return
        first = self._find_row(-1, lambda s: s.target.status not in CONFIRMED)
        if first < 0:
            first = self._find_row(-1, lambda s: True)
        if first >= 0:
            self.go_to_row(first)

    def reload(self) -> None:
        """Re-read the open document's rows (after MT or an import), keeping the current row."""
        if self.document is None:
            return
        row = self.current_row()
        sentence_id = self.segment_model.segment(row).sentence.id if row >= 0 else None
        self.segment_model.set_rows(self.project.segments(self.document.id))
        self._load_disagreements(again=True)
        self._update_counts()
        if sentence_id is not None:
            self.go_to_row(self.segment_model.row_of_sentence(sentence_id))

    def refresh_sentence(self, sentence_id: int) -> None:
        """Re-read one sentence (MT just filled it) and show it; O(1) in the document's size."""
        row = self.segment_model.row_of_sentence(sentence_id)
        segment = self.project.segment(sentence_id) if row >= 0 else None
        if segment is None:
            return
        self.segment_model.update_segment(row, segment)
        if self._disagreements_of is not None:  # its MT outputs may have changed
            self.segment_model.set_disagreement(row, self.project.disagreement(sentence_id))
        if row == self.current_row():
            self._show_details()

    def selected_sentence_ids(self) -> list[int]:
        """The sentences selected in the grid (at least the current one), in reading order."""
        rows = {self.proxy.mapToSource(index).row()
                for index in self.grid.selectionModel().selectedRows()}
        if not rows and self.current_row() >= 0:
            rows = {self.current_row()}
        return [self.segment_model.segment(row).sentence.id for row in sorted(rows)]

    # -- the current row ---------------------------------------------------------------------

    def current_row(self) -> int:
        """The source-model row of the current sentence, or -1."""
        index = self.proxy.mapToSource(self.grid.currentIndex())
        return index.row() if index.isValid() else -1

    def current_segment(self) -> Segment | None:
        """The current sentence with its target and MT, or None."""
        row = self.current_row()
        return self.segment_model.segment(row) if row >= 0 else None

    def go_to_row(self, row: int) -> None:
        """Make source row ``row`` current (if the filter shows it)."""
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.segment_model.index(row, COL_TARGET))
        if index.isValid():
            self.grid.scroll_to_row(index.row())

    def _visible(self, row: int) -> bool:
        return self.proxy.mapFromSource(self.segment_model.index(row, 0)).isValid()

    def _find_row(self, start: int, wanted: Callable[[Segment], bool], step: int = 1,
                  wrap: bool = False) -> int:
        """The first navigable, visible row after ``start`` (in ``step`` direction) wanted."""
        if self.proxy.sorted_by_disagreement:
            return self._find_row_in_view(start, wanted, step, wrap)
        count = self.segment_model.rowCount()
        rows = list(range(start + step, count) if step > 0 else range(start - 1, -1, -1))
        if wrap:
            rows += list(range(0, max(start, 0)) if step > 0 else range(count - 1, start, -1))
        for row in rows:
            if (self.segment_model.is_navigable(row) and self._visible(row)
                    and wanted(self.segment_model.segment(row))):
                return row
        return -1

    def _find_row_in_view(self, start: int, wanted: Callable[[Segment], bool], step: int,
                          wrap: bool) -> int:
        """:meth:`_find_row` in the order the (sorted) grid shows the rows."""
        order = [self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                 for r in range(self.proxy.rowCount())]
        at = self.proxy.mapFromSource(self.segment_model.index(start, 0)).row() \
            if start >= 0 else -1
        count = len(order)
        places = list(range(at + step, count) if step > 0 else range(at - 1, -1, -1))
        if wrap:
            places += list(range(0, max(at, 0)) if step > 0 else range(count - 1, at, -1))
        for place in places:
            row = order[place]
            if self.segment_model.is_navigable(row) and wanted(self.segment_model.segment(row)):
                return row
        return -1

    @Slot()
    def go_next(self) -> None:
        """Move to the next sentence to work on (skipping greyed parts)."""
        self._commit_open_editor()
        self.go_to_row(self._find_row(self.current_row(), lambda s: True))

    @Slot()
    def go_previous(self) -> None:
        """Move to the previous sentence to work on."""
        self._commit_open_editor()
        self.go_to_row(self._find_row(self.current_row(), lambda s: True, step=-1))

    @Slot()
    def go_next_unconfirmed(self) -> None:
        """Move to the next sentence that is not yet translated or reviewed (wrapping once)."""
        row = self._find_row(self.current_row(), lambda s: s.target.status not in CONFIRMED,
                             wrap=True)
        if row < 0:
            self.message_posted.emit(self.tr("Every sentence is confirmed."))
        self.go_to_row(row)

    # -- changes -----------------------------------------------------------------------------

    @Slot(object)
    def on_project_changed(self, changes: Changes) -> None:
        """Show what the runner says changed: the whole document, or single rows."""
        if self.document is None:
            return
        if changes.touches_document(self.document.id):
            self.reload()
            return
        for sentence_id in changes.sentences:
            self.refresh_sentence(sentence_id)
        if changes.sentences:
            self._update_counts()
        if changes.memory or changes.glossary or changes.actors:
            self._show_details()
        if changes.glossary or changes.actors:
            self.source_delegate.forget_terms()
            self.grid.viewport().update()
        if self.suggestions_only and (changes.annotations or changes.documents):
            self._filter_suggestions()

    @Slot(object)
    def _on_runner_edit_moved(self, edit: object) -> None:
        """Undo and redo take the cursor to the sentence they changed."""
        if isinstance(edit, SetTarget):
            row = self.segment_model.row_of_sentence(edit.sentence_id)
            if row >= 0 and row != self.current_row():
                self.go_to_row(row)

    def _push(self, segment: Segment, text: str, status: TargetStatus, description: str) -> bool:
        """Save the English through the runner (an undo step only when it worked)."""
        if (text, status) == (segment.target.text, segment.target.status):
            return True
        edit = SetTarget(self.project, segment.sentence.id, text, status)
        if not self.runner.push(edit, description):
            return False
        if self.effort.clock.sentence == segment.sentence.id:
            self.effort.edited()
        return True

    @Slot(int, str)
    def _on_segment_model_edit_requested(self, row: int, text: str) -> None:
        segment = self.segment_model.segment(row)
        if not text.strip():
            status = TargetStatus.UNTRANSLATED
        elif text == segment.mt and segment.target.status in (TargetStatus.UNTRANSLATED,
                                                              TargetStatus.MT):
            status = TargetStatus.MT
        elif segment.target.status in CONFIRMED and text != segment.target.text:
            status = TargetStatus.DRAFT  # a changed confirmed sentence needs confirming again
        else:
            status = max(segment.target.status, TargetStatus.DRAFT, key=STATUS_ORDER.index)
        self._push(segment, text, status,
                   self.tr("Edit sentence %d") % (segment.sentence.order + 1))

    @Slot()
    @Slot(bool)
    def confirm(self, reviewed: bool = False) -> None:
        """Confirm the current sentence (translated, or reviewed) and go to the next open one."""
        self._commit_open_editor()
        segment = self.current_segment()
        if segment is None or not self.segment_model.is_navigable(self.current_row()):
            return
        if not segment.target.text.strip():
            self.message_posted.emit(self.tr("Nothing to confirm: the English is empty."))
            return
        if self._confirm_asks() and not self._confirm_despite_qa(segment):
            return
        wanted = TargetStatus.REVIEWED if reviewed else TargetStatus.TRANSLATED
        status = max(segment.target.status, wanted, key=STATUS_ORDER.index)
        if not self._push(segment, segment.target.text, status,
                          self.tr("Confirm sentence %d") % (segment.sentence.order + 1)):
            return  # not saved: stay on the sentence (the runner said why)
        if self._fill_repetitions():
            self._fill(segment.sentence.id)
        row = self.current_row() if self.current_row() >= 0 else \
            self.segment_model.row_of_sentence(segment.sentence.id)
        done = {TargetStatus.REVIEWED} if reviewed else CONFIRMED
        self.go_to_row(self._find_row(row, lambda s: s.target.status not in done, wrap=True))

    def _confirm_despite_qa(self, segment: Segment) -> bool:
        """Ask before confirming English that has QA errors; True to confirm anyway."""
        errors = self.runner.run(lambda: self.project.errors_if_confirmed(
            segment.sentence.id, segment.target.text))
        if not errors:
            return errors is not None
        lines = "\n".join("• " + render_qa(f.issue, lambda text: QCoreApplication.translate(
            "QA", text)) for f in errors)
        answer = QMessageBox.question(
            self, self.tr("Confirm with QA errors?"),
            self.tr("Sentence %1 has QA errors:").replace(
                "%1", str(segment.sentence.order + 1)) + "\n\n" + lines + "\n\n"
            + self.tr("Confirm it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _fill(self, sentence_id: int) -> None:
        """Give the confirmed English to identical untranslated sentences (one undo step)."""
        edit = FillRepetitions(self.project, sentence_id)
        if self.runner.push(edit, self.tr("Fill repetitions of sentence %d") % sentence_id) \
                and edit.count:
            self.message_posted.emit(self.tr("%n repetition(s) filled as draft.", "", edit.count))

    @Slot()
    def confirm_reviewed(self) -> None:
        """Mark the current sentence reviewed and go on."""
        self.confirm(True)

    @Slot(str)
    def insert_text(self, text: str) -> None:
        """Insert ``text`` at the cursor of the open editor, or make it the English."""
        editor = QApplication.focusWidget()
        if isinstance(editor, TargetEditor):
            editor.insertPlainText(text)
            return
        segment = self.current_segment()
        if segment is None or not self.segment_model.is_navigable(self.current_row()):
            return
        status = TargetStatus.MT if text == segment.mt else TargetStatus.DRAFT
        self._push(segment, text, status,
                   self.tr("Insert into sentence %d") % (segment.sentence.order + 1))

    @Slot()
    def insert_mt(self) -> None:
        """Insert the latest machine translation."""
        segment = self.current_segment()
        if segment is not None and segment.mt is not None:
            self.insert_text(segment.mt)
        elif segment is not None:
            self.message_posted.emit(self.tr("This sentence has no machine translation yet."))

    @Slot()
    def copy_source(self) -> None:
        """Insert the Turkish source (for names, numbers and titles that stay as they are)."""
        segment = self.current_segment()
        if segment is not None:
            self.insert_text(segment.sentence.text)

    @Slot()
    def revert_to_mt(self) -> None:
        """Throw away the edits: the English becomes the MT again, status ``mt``."""
        self._commit_open_editor()
        segment = self.current_segment()
        if segment is None or segment.mt is None:
            self.message_posted.emit(self.tr("This sentence has no machine translation yet."))
            return
        self._push(segment, segment.mt, TargetStatus.MT,
                   self.tr("Revert sentence %d to MT") % (segment.sentence.order + 1))

    def insert_memory(self, number: int) -> None:
        """Insert the English of translation memory match ``number`` (1-based)."""
        text = self.detail_pane.memory_pane.match_text(number)
        if text:
            self.insert_text(text)
        else:
            self.message_posted.emit(self.tr("There is no memory match %d.") % number)

    def insert_term(self, number: int) -> None:
        """Insert the preferred English of glossary term ``number`` (1-based) of the sentence."""
        text = self.detail_pane.terms_pane.term_text(number)
        if text:
            self.insert_text(text)
        else:
            self.message_posted.emit(self.tr("There is no glossary term %d with English.")
                                     % number)

    def term_menu(self) -> QMenu:
        """A numbered menu of the sentence's terms; choosing one inserts its English."""
        menu = QMenu(self)
        pane = self.detail_pane.terms_pane
        for number, hit in enumerate(pane.hits, start=1):
            if not hit.term.preferred:
                continue
            label = f"&{number} {hit.term.preferred} \u2190 {hit.form}" if number < 10 \
                else f"{number} {hit.term.preferred} \u2190 {hit.form}"
            action = menu.addAction(label)
            action.triggered.connect(lambda _checked=False, n=number: self.insert_term(n))
        return menu

    def choose_term(self) -> None:
        """Ctrl+Space: pick one of the sentence's glossary terms to insert at the cursor."""
        menu = self.term_menu()
        if menu.isEmpty():
            self.message_posted.emit(self.tr("No glossary term in this sentence."))
            return
        editor = QApplication.focusWidget()
        if isinstance(editor, TargetEditor):
            where = editor.mapToGlobal(editor.cursorRect().bottomLeft())
        else:
            rect = self.grid.visualRect(self.grid.currentIndex())
            where = self.grid.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid()
                                                     else QPoint(0, 0))
        menu.exec(where)

    def selected_texts(self) -> tuple[str, str]:
        """The Turkish and English selected now: the annotation panel's Turkish selection, and
        the English selected in the open editor (or in the panel's English)."""
        panel = self.annotation_panel
        turkish = english = ""
        span = panel.tr_view.selected_span()
        if span is not None:
            turkish = panel.tr_view.text()[span[0]:span[1]]
        editor = QApplication.focusWidget()
        if isinstance(editor, TargetEditor):
            english = editor.textCursor().selectedText()
        elif (span := panel.en_view.selected_span()) is not None:
            english = panel.en_view.text()[span[0]:span[1]]
        return " ".join(turkish.split()), " ".join(english.split())

    def add_term_from_selection(self) -> bool:
        """Ctrl+Shift+G: add a glossary entry from the selected Turkish (and English)."""
        turkish, english = self.selected_texts()
        term = TermDialog.ask(GlossaryTerm(source=turkish,
                                           targets=(english,) if english else ()), self)
        if term is None:
            return False
        return self.runner.push(AddTerm(self.project, term),
                                self.tr("Add term “%s”") % term.source)

    def _term_spans(self, text: str) -> list[tuple[int, int]]:
        try:
            return [(hit.start, hit.end) for hit in self.project.terms_in(text)]
        except AnnotatorError:
            return []

    def insert_output(self, number: int) -> None:
        """Insert engine output ``number`` (1-based) from the detail pane."""
        text = self.detail_pane.output_text(number)
        if text:
            self.insert_text(text)

    def _commit_open_editor(self) -> None:
        editor = QApplication.focusWidget()
        if (isinstance(editor, TargetEditor)
                and self.grid.state() == QAbstractItemView.State.EditingState):
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor, TargetDelegate.EndEditHint.NoHint)

    # -- filter and details ------------------------------------------------------------------

    def focus_find(self) -> None:
        """Put the cursor in the find field, its text selected."""
        self.find_bar.find_edit.setFocus()
        self.find_bar.find_edit.selectAll()

    def set_status_filter(self, status: TargetStatus | None) -> None:
        """Show only sentences in ``status`` (None: all)."""
        self.find_bar.set_status(status)

    def focus_replace(self) -> None:
        """Show the replace row (Ctrl+H)."""
        self.find_bar.show_replace()

    @Slot(str)
    def _on_find_bar_query_changed(self, _text: str = "") -> None:
        """Filter the grid and highlight the matches in the cells."""
        query, options = self.find_bar.find_edit.text(), self.find_bar.options()
        try:
            self.pattern = compile_pattern(query, options)
        except FindPatternError as error:
            self.pattern = None
            self.message_posted.emit(self.tr("The regular expression is not valid: %s") % error)
        plain = options == FindOptions()
        if plain:
            self.proxy.set_query(query)
            highlight = self._words_pattern(query)
        else:
            self.proxy.set_pattern(self.pattern)
            highlight = self.pattern
        for delegate in (self.delegate, self.source_delegate):
            delegate.set_pattern(highlight)
        self.grid.viewport().update()
        self._update_counts()

    @staticmethod
    def _words_pattern(query: str) -> re.Pattern[str] | None:
        """One pattern matching any of the query's words (Turkish-aware), for highlighting."""
        parts = [compile_pattern(word, FindOptions()) for word in query.split()]
        alternatives = [f"(?:{part.pattern})" for part in parts if part is not None]
        return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None

    @Slot()
    def _on_find_bar_options_changed(self) -> None:
        self._on_find_bar_query_changed()

    @Slot(bool)
    def replace(self, everywhere: bool = False) -> int:
        """Replace the matches in the English: of the current sentence (then go to the next
        match) or of every sentence shown, as one undo step. Returns how many sentences."""
        self._commit_open_editor()
        pattern, options = self.pattern, self.find_bar.options()
        if pattern is None:
            self.message_posted.emit(self.tr("Type what to find first."))
            return 0
        replacement = self.find_bar.replace_edit.text()
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                for r in range(self.proxy.rowCount())] if everywhere else [self.current_row()]
        changes: list[tuple[int, str, TargetStatus]] = []
        try:
            for row in rows:
                if row < 0 or not self.segment_model.is_navigable(row):
                    continue
                target = self.segment_model.segment(row).target
                text, count = replace_text(target.text, pattern, replacement, options.regex)
                if count and text != target.text:
                    status = TargetStatus.DRAFT if target.status is not TargetStatus.DRAFT \
                        else target.status
                    changes.append((target.sentence_id, text, status))
        except FindPatternError as error:
            self.message_posted.emit(self.tr("The replacement is not valid: %s") % error)
            return 0
        if not changes:
            self.message_posted.emit(self.tr("No match in the English here."))
            if not everywhere:
                self._go_to_next_match()
            return 0
        description = self.tr("Replace in %n sentence(s)", "", len(changes))
        if not self.runner.push(ReplaceInTargets(self.project, changes), description):
            return 0
        self.message_posted.emit(self.tr("Replaced in %n sentence(s).", "", len(changes)))
        if not everywhere:
            self._go_to_next_match()
        return len(changes)

    def _go_to_next_match(self) -> None:
        pattern = self.pattern
        if pattern is None:
            return
        row = self._find_row(self.current_row(), lambda s: bool(pattern.search(s.target.text)),
                             wrap=True)
        if row >= 0:
            self.go_to_row(row)

    @Slot(object)
    def _on_find_bar_status_changed(self, status: object) -> None:
        self.suggestions_only = status == SUGGESTIONS
        # The combo hands back the stored value as a plain string.
        known = {str(s): s for s in TargetStatus}
        self.proxy.set_status(known.get(str(status)) if status is not None else None)
        self._load_disagreements(status == DISAGREE)
        self.proxy.set_min_disagreement(DISAGREEMENT_THRESHOLD if status == DISAGREE else None)
        self._filter_suggestions()

    @Slot(bool)
    def _on_find_bar_sort_changed(self, most_first: bool) -> None:
        """Order the grid by how much the engines disagree (or by reading order again)."""
        self._load_disagreements(most_first)
        self.proxy.sort_by_disagreement(most_first)
        current = self.grid.currentIndex()
        if current.isValid():
            self.grid.scrollTo(current)

    def _load_disagreements(self, wanted: bool = False, again: bool = False) -> None:
        """Give the grid the engines' disagreement per sentence: read once per document load
        (``again`` after a (re)load), only while the sort or the filter uses it."""
        if again:
            self._disagreements_of = None
        document = self.document
        if document is None or self._disagreements_of == document.id or not (
                wanted or self.proxy.sorted_by_disagreement
                or self.find_bar.status_combo.currentData() == DISAGREE):
            return
        self.segment_model.set_disagreements(self.project.disagreements(document.id))
        self._disagreements_of = document.id

    def _filter_suggestions(self) -> None:
        """Keep only sentences with open suggestions while that filter is chosen."""
        ids: frozenset[int] | None = None
        if self.suggestions_only and self.document is not None:
            mentions, events = self.project.suggestions(self.document.id)
            ids = frozenset([m.sentence_id for m in mentions] + [e.sentence_id for e in events])
        self.proxy.set_sentences(ids)
        self._update_counts()

    def go_to_sentence(self, sentence_id: int) -> None:
        """Make ``sentence_id`` the current sentence (when the filter shows it)."""
        row = self.segment_model.row_of_sentence(sentence_id)
        if row >= 0 and row != self.current_row():
            self.go_to_row(row)

    @Slot(bool)
    def _on_find_bar_all_parts_toggled(self, checked: bool) -> None:
        self.segment_model.all_parts_editable = checked

    def _update_counts(self) -> None:
        self.find_bar.set_counts(self.proxy.rowCount(), self.segment_model.rowCount())

    @Slot(QModelIndex, QModelIndex)
    def _on_grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.column() != COL_TARGET:
            self.grid.setCurrentIndex(current.siblingAtColumn(COL_TARGET))
            return
        segment = self.current_segment()
        if segment is not None:
            self._record(self.effort.start(segment.sentence.id))
            self.current_sentence_changed.emit(segment.sentence.id)
        self._show_details()

    def _terms_of(self, segment: Segment | None) -> list[TermHit]:
        if segment is None or not segment.sentence.role.annotatable:
            return []
        try:
            return self.project.terms_in(segment.sentence.text)
        except AnnotatorError:
            return []

    def finish_visit(self) -> None:
        """Add the active time spent on the sentence being left to its record."""
        self._record(self.effort.stop())

    def _record(self, spent: tuple[int, float] | None) -> None:
        if spent is None:
            return
        sentence_id, seconds = spent
        row = self.segment_model.row_of_sentence(sentence_id)
        if seconds < 1 or row < 0 or not self.segment_model.is_navigable(row):
            return
        self.runner.run(lambda: self.project.record_time(sentence_id, seconds))

    def _show_details(self) -> None:
        segment = self.current_segment()
        outputs = self.project.outputs(segment.sentence.id) if segment else []
        self.detail_pane.show_segment(segment, outputs)
        matches = []
        if segment is not None and segment.sentence.role.annotatable:
            try:
                matches = self.project.tm_matches(segment.sentence.id)
            except AnnotatorError:  # a vanished sentence: nothing to propose
                matches = []
        self.detail_pane.memory_pane.show_matches(matches)
        self.detail_pane.terms_pane.show_terms(
            segment.sentence.text if segment else "", self._terms_of(segment))
        shown = self.annotation_panel.segment
        if segment is not None and shown is not None and shown.sentence.id == segment.sentence.id:
            self.annotation_panel.update_segment(segment)  # same sentence, new English or MT
        else:
            self.annotation_panel.show_segment(segment, self.document)
