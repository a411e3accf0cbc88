"""The main window: the project's documents on the left, the bilingual editor on the right."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from annotator.exchange.tmx import TmxImport
from annotator.gui.annotate_menu import AnnotateMenu
from annotator.gui.context import WindowContext
from annotator.gui.dialogs.about_dialog import AboutDialog
from annotator.gui.dialogs.concordance_dialog import ConcordanceDialog
from annotator.gui.dialogs.document_properties_dialog import DocumentPropertiesDialog
from annotator.gui.dialogs.settings_dialog import SettingsDialog
from annotator.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from annotator.gui.error_text import describe
from annotator.gui.exchange_menu import ExchangeMenu
from annotator.gui.jobs import Job, JobsPanel
from annotator.gui.menus import add_action
from annotator.gui.operations import OperationRunner
from annotator.gui.quality_menu import QualityMenu
from annotator.gui.settings import AppSettings
from annotator.gui.translation_menu import TranslationMenu
from annotator.gui.widgets.annotation_search_pane import AnnotationSearchPane
from annotator.gui.widgets.document_list import DocumentList
from annotator.gui.widgets.editor_panel import EditorPanel
from annotator.gui.widgets.qa_pane import QaPane
from annotator.gui.widgets.suggestion_queue import SuggestionQueue
from annotator.gui.widgets.welcome_panel import WelcomePanel
from annotator.ingest.errors import IngestError
from annotator.ingest.pipeline import ImportResult
from annotator.paths import resource_path, sample_documents
from annotator.project import Changes, JobControl, Outcome, Project

IMPORT_FILTER = "Documents (*.txt *.md *.docx *.html *.htm *.pdf);;All files (*)"


class MainWindow(QMainWindow):
    """Lists the project's documents and edits the selected one."""

    document_opened = Signal(str)
    import_finished = Signal(object)

    def __init__(self, project: Project, settings: AppSettings,
                 parent: QWidget | None = None, log_file: Path | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.settings = settings
        project.set_who(lambda: self.settings.preferences().translator or None)
        self.setWindowTitle(self.tr("Annotator — %s") % project.path.name)
        self.setWindowIcon(QIcon(str(resource_path("icons", "annotator.svg"))))
        self.setAcceptDrops(True)
        self.current_doc_id: str | None = None
        self.jobs_panel = JobsPanel()
        self.runner = OperationRunner(project, self.jobs_panel, self, log_file)

        self.document_list = DocumentList()
        self.document_model = self.document_list.model
        self.document_view = self.document_list.view

        self.welcome_panel = WelcomePanel()
        self.editor_panel = EditorPanel(
            project, self.runner,
            fill_repetitions=lambda: self.settings.preferences().fill_repetitions,
            confirm_asks_on_qa_errors=lambda: self.settings.preferences()
            .confirm_asks_on_qa_errors)
        self.suggestion_queue = SuggestionQueue(project, self.runner)
        self.queue_dock = QDockWidget(self.tr("Suggestions"), self)
        self.queue_dock.setObjectName("suggestion_queue")
        self.queue_dock.setWidget(self.suggestion_queue)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.queue_dock)
        self.queue_dock.hide()
        self.qa_pane = QaPane(project, self.runner)
        self.qa_dock = QDockWidget(self.tr("QA issues"), self)
        self.qa_dock.setObjectName("qa_issues")
        self.qa_dock.setWidget(self.qa_pane)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.qa_dock)
        self.qa_dock.hide()
        self.search_pane = AnnotationSearchPane(project, self.runner)
        self.search_dock = QDockWidget(self.tr("Find annotations"), self)
        self.search_dock.setObjectName("annotation_search")
        self.search_dock.setWidget(self.search_pane)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.content_stack = QStackedWidget()
        self.content_stack.addWidget(self.welcome_panel)
        self.content_stack.addWidget(self.editor_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.document_list)
        self.splitter.addWidget(self.content_stack)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([350, 930])  # the list's title, date and progress columns
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(self.jobs_panel)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(800)

        self._build_menus()
        self.apply_font_size(settings.preferences().font_points)
        self._restore_window_state()

        self.document_list.document_selected.connect(self._on_document_list_document_selected)
        self.welcome_panel.sample_requested.connect(self.open_sample)
        self.welcome_panel.import_requested.connect(self._on_import_action_triggered)
        for source in (self.editor_panel, self.editor_panel.annotation_panel):
            source.message_posted.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self._progress_timer.timeout.connect(self._refresh_progress)
        self.editor_panel.current_sentence_changed.connect(self._on_current_sentence_changed)
        self.suggestion_queue.sentence_requested.connect(self.editor_panel.go_to_sentence)
        self.suggestion_queue.message_posted.connect(
            lambda text: self.statusBar().showMessage(text, 5000))
        self.document_opened.connect(self.suggestion_queue.load)
        self.document_opened.connect(self.qa_pane.load)
        self.qa_pane.sentence_requested.connect(self.editor_panel.go_to_sentence)
        self.qa_pane.message_posted.connect(lambda text: self.statusBar().showMessage(text, 5000))
        for view_slot in (self._on_project_changed, self.editor_panel.on_project_changed,
                          self.editor_panel.annotation_panel.on_project_changed,
                          self.suggestion_queue.on_project_changed,
                          self.qa_pane.on_project_changed, self.search_pane.on_project_changed):
            self.runner.project_changed.connect(view_slot)
        self.search_pane.hit_requested.connect(self.go_to_hit)
        self.refresh_documents()

    def context(self) -> WindowContext:
        """The narrow interface the menus get."""
        return WindowContext(
            project=self.project, runner=self.runner, parent=self, settings=self.settings,
            current_document=lambda: self.current_doc_id,
            selected_sentences=self.editor_panel.selected_sentence_ids,
            show_message=lambda text: self.statusBar().showMessage(text, 10_000))

    def _build_menus(self) -> None:
        context = self.context()
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add_action(file_menu, self, self.tr("&New project…"), self.new_project,
                   QKeySequence.StandardKey.New)
        add_action(file_menu, self, self.tr("Open &project…"), self.choose_project, "Ctrl+Shift+O")
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent project"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.import_action = add_action(file_menu, self, self.tr("&Import documents…"),
                                        self._on_import_action_triggered,
                                        QKeySequence.StandardKey.Open)
        add_action(file_menu, self, self.tr("Open the &sample commentary"), self.open_sample)
        add_action(file_menu, self, self.tr("Document &properties…"), self.show_properties,
                   "Ctrl+I")
        add_action(file_menu, self, self.tr("Import translation &memory (TMX)…"),
                   self.import_memory)
        add_action(file_menu, self, self.tr("&Concordance…"), self.show_concordance,
                   "Ctrl+Shift+K")
        file_menu.addSeparator()
        self.exchange_menu = ExchangeMenu(context, file_menu)
        file_menu.addSeparator()
        add_action(file_menu, self, self.tr("&Settings…"), self._on_settings_action_triggered,
                   QKeySequence.StandardKey.Preferences)
        file_menu.addSeparator()
        add_action(file_menu, self, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        actions = self.editor_panel.actions_by_name
        menus = {"edit": self.menuBar().addMenu(self.tr("&Edit")),
                 "go": self.menuBar().addMenu(self.tr("&Go")),
                 "view": self.menuBar().addMenu(self.tr("&View"))}
        menus["edit"].addAction(actions["undo"])
        menus["edit"].addAction(actions["redo"])
        menus["edit"].addSeparator()
        for action in actions.values():
            menu = menus.get(str(action.property("menu")))
            if menu is not None:
                menu.addAction(action)
        menus["view"].addSeparator()
        add_action(menus["view"], self, self.tr("Suggestion &queue"), self.show_suggestion_queue,
                   "Ctrl+Shift+U")
        self.translation_menu = TranslationMenu(context,
                                                self.menuBar().addMenu(self.tr("&Translate")))
        self.annotate_menu = AnnotateMenu(context, self.editor_panel.annotation_panel,
                                          self.menuBar().addMenu(self.tr("&Annotate")),
                                          show_find=self.show_annotation_search)
        self.quality_menu = QualityMenu(context, self.menuBar().addMenu(self.tr("&Quality")),
                                        self.show_qa_pane)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        add_action(help_menu, self, self.tr("&Keyboard shortcuts"),
                   lambda: ShortcutsDialog.show_shortcuts(self),
                   QKeySequence.StandardKey.HelpContents)
        add_action(help_menu, self, self.tr("&About Annotator"), self._on_about_action_triggered)

    # -- documents ---------------------------------------------------------------------------

    @Slot(object)
    def _on_project_changed(self, changes: Changes) -> None:
        """The document list follows the project: at once for new documents, and a moment
        after edits for the progress figures (one refresh for a burst of saves)."""
        if changes.document_list:
            self.refresh_documents()
        elif changes.progress:
            self._progress_timer.start()

    def refresh_documents(self) -> None:
        """Reload the document list (headers only: the figures come a page at a time); open
        the first document when none is open; show the welcome page when the project is empty."""
        self.document_list.load(self.project.document_headers(), self.project.document_progress)
        if self.document_model.total_count() == 0:
            self.content_stack.setCurrentWidget(self.welcome_panel)
            return
        current = self.current_doc_id
        if current is not None and self.document_model.contains(current):
            return  # still in the project (and selected again when the filter lists it)
        if self.document_model.rowCount() > 0:
            self.open_document(self.document_model.header(0).id)

    def open_document(self, doc_id: str) -> None:
        """Select ``doc_id`` in the list (clearing a filter that hides it; the rows up to it
        are fetched) and open it in the editor."""
        if not self.document_list.select_document(doc_id):
            return
        if self.current_doc_id != doc_id:
            self._show_document(doc_id)

    def _show_document(self, doc_id: str) -> None:
        document = self.runner.run(lambda: self.project.document(doc_id))
        if document is None:
            return
        self.editor_panel.load_document(
            document, self.settings.last_sentence(self.project.path, doc_id))
        self.content_stack.setCurrentWidget(self.editor_panel)
        self.current_doc_id = doc_id
        self.document_opened.emit(doc_id)

    @Slot(int)
    def _on_current_sentence_changed(self, sentence_id: int) -> None:
        if self.current_doc_id is not None:
            self.settings.save_last_sentence(self.project.path, self.current_doc_id, sentence_id)

    def _refresh_progress(self) -> None:
        """New figures for the rows loaded (one query); order, selection and scroll stay."""
        self.document_list.refresh_progress()

    # -- import ------------------------------------------------------------------------------

    def import_files(self, paths: list[Path]) -> Job | None:
        """Import ``paths`` in a background thread; the list follows from the change notice."""
        project = self.project

        def work(control: JobControl) -> Outcome[list[ImportResult | IngestError]]:
            return project.import_files(paths, control)

        job = self.runner.start("import", self.tr("Importing %n file(s)", "", len(paths)), work,
                                self._on_import_done)
        if job is None:
            self.statusBar().showMessage(self.tr("Documents are being imported; wait for them "
                                                 "to finish."), 8000)
        return job

    @Slot()
    def open_sample(self) -> None:
        """Import the bundled sample commentary (once) and show it."""
        samples = sample_documents()
        if not samples:
            QMessageBox.warning(self, self.tr("Sample missing"),
                                self.tr("The sample commentary is not installed."))
            return
        self.import_files(samples[:1])

    def _on_import_done(self, outcome: Outcome[list[ImportResult | IngestError]]) -> None:
        results = outcome.report
        errors = [describe(r) for r in results if isinstance(r, IngestError)]
        done = [r for r in results if isinstance(r, ImportResult)]
        if done:
            self.open_document(done[-1].document.id)
        self.statusBar().showMessage(self.tr("Imported %n document(s)", "", len(done)), 5000)
        if errors:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some files were not imported"),
                              "\n".join(errors), QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            self.import_box = box
        self.import_finished.emit(results)

    @Slot()
    def _on_import_action_triggered(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import documents"), "",
                                                IMPORT_FILTER)
        if names:
            self.import_files([Path(n) for n in names])

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    @Slot(str)
    def _on_document_list_document_selected(self, doc_id: str) -> None:
        if doc_id != self.current_doc_id:
            self._show_document(doc_id)

    @Slot()
    def show_properties(self) -> None:
        """The open document's details, word counts and the project's translatable parts."""
        doc_id = self.current_doc_id
        if doc_id is None:
            return
        roles = self.runner.run(
            lambda: DocumentPropertiesDialog.show_properties(self.project, doc_id, self))
        if roles is not None:
            self.runner.run(lambda: self.project.set_translatable_roles(roles))

    @Slot()
    def show_concordance(self) -> None:
        """Search the translation memory for a phrase (the selected text to start with)."""
        focus = QApplication.focusWidget()
        selected = ""
        if focus is not None and hasattr(focus, "textCursor"):
            selected = focus.textCursor().selectedText().strip()
        ConcordanceDialog.search(self.project, self.runner, selected, self)

    @Slot()
    def import_memory(self) -> None:
        """Add the units of a TMX file to the translation memory (in the background)."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import translation memory"), "",
                                              self.tr("TMX (*.tmx);;All files (*)"))
        if not name:
            return
        path, project = Path(name), self.project

        def work(_control: JobControl) -> Outcome[TmxImport]:
            return project.import_tm(path)

        def done(outcome: Outcome[TmxImport]) -> None:
            self.statusBar().showMessage(
                self.tr("Translation memory: %1 units added from %2 (%3 already there).")
                .replace("%1", str(outcome.report.memory_entries)).replace("%2", path.name)
                .replace("%3", str(outcome.report.already_in_memory)), 10_000)

        self.runner.start("import-tm", self.tr("Importing %s") % path.name, work, done,
                          cancellable=False)

    @Slot()
    def show_qa_pane(self) -> None:
        """Show the open document's QA issues and put the cursor in the list."""
        self.qa_pane.load(self.current_doc_id)
        self.qa_dock.show()  # checks the document as it appears
        self.qa_pane.issue_view.setFocus()

    @Slot()
    def show_annotation_search(self) -> None:
        """Show the annotation search pane and put the cursor in its first field."""
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_pane.kind_combo.setFocus()

    @Slot(str, int)
    def go_to_hit(self, doc_id: str, sentence_id: int) -> None:
        """Open the hit's document (when another is open) and go to its sentence."""
        if doc_id != self.current_doc_id:
            self.open_document(doc_id)
        if doc_id == self.current_doc_id:
            self.editor_panel.go_to_sentence(sentence_id)

    def show_suggestion_queue(self) -> None:
        """Show the open suggestions of the document and put the cursor in the list."""
        self.suggestion_queue.load(self.current_doc_id)
        self.queue_dock.show()  # reads the suggestions as it appears
        self.suggestion_queue.view.setFocus()
        if self.suggestion_queue.model.rowCount() and \
                not self.suggestion_queue.view.currentIndex().isValid():
            self.suggestion_queue.view.setCurrentIndex(self.suggestion_queue.model.index(0, 0))

    # -- projects ------------------------------------------------------------------------------

    @Slot()
    def new_project(self) -> None:
        """Create a project file and open it in a window of its own."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), "",
                                              self.tr("Annotator projects (*.sqlite)"))
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".sqlite")
        if self.runner.run(lambda: Project(path).close(), self.tr("New project")) is not None \
                or path.exists():
            self.open_project_file(path)

    @Slot()
    def choose_project(self) -> None:
        """Pick a project file and open it in a window of its own."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr("Annotator projects (*.sqlite);;"
                                                      "All files (*)"))
        if name:
            self.open_project_file(Path(name))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.project.path.resolve())
        recent = [p for p in self.settings.recent_projects() if p != current]
        for name in recent:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open_project_file(Path(n)))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def open_project_file(self, path: Path) -> bool:
        """Start Annotator on ``path`` (a new process, so each project has its own window and
        connections); a project that cannot be opened says why in that process."""
        if path.resolve() == self.project.path.resolve():
            self.activateWindow()
            return True
        self.settings.add_recent_project(path)
        program, arguments = annotator_command(["--db", str(path), "gui"])
        started = QProcess.startDetached(program, arguments)
        ok = bool(started[0] if isinstance(started, tuple) else started)
        if not ok:
            self.statusBar().showMessage(self.tr("Annotator could not be started."), 8000)
        return ok

    def ask_for_name_if_unknown(self) -> None:
        """On the first start, ask who is translating (recorded with every edit)."""
        if self.settings.has_translator_name():
            return
        current = self.settings.preferences()
        offered = type(current)(self.settings.login_name(), current.ui_language,
                                current.font_points)
        chosen = SettingsDialog.get_preferences(offered, self)
        if chosen is not None and chosen.translator:
            self.settings.save_preferences(chosen)

    # -- settings and window state -----------------------------------------------------------

    def apply_font_size(self, points: int) -> None:
        """Use ``points`` for the whole window (documents and menus alike)."""
        font = QFont(QApplication.font())
        font.setPointSize(points)
        QApplication.setFont(font)
        self.setFont(font)
        self.editor_panel.grid.setFont(font)
        self.editor_panel.grid.fit_fixed_columns()
        self.editor_panel.grid.fit_visible_rows()

    @Slot()
    def _on_settings_action_triggered(self) -> None:
        chosen = SettingsDialog.get_preferences(self.settings.preferences(), self)
        if chosen is not None:
            self.settings.save_preferences(chosen)
            self.apply_font_size(chosen.font_points)

    def _restore_window_state(self) -> None:
        geometry = self.settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # first start: most of the screen, so that a translator sees many sentences
            screen = QApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.resize(int(area.width() * 0.9), int(area.height() * 0.9))
                self.move(area.center() - self.rect().center())
        for key, splitter in self._splitters().items():
            state = self.settings.window_state(key)
            if state is not None:
                splitter.restoreState(state)
        docks = self.settings.window_state("docks")
        if docks is not None:
            self.restoreState(docks)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main_splitter": self.splitter, "editor_splitter": self.editor_panel.splitter,
                "annotation_splitter": self.editor_panel.vertical_splitter,
                "detail_splitter": self.editor_panel.detail_pane.sections_splitter}

    def save_window_state(self) -> None:
        """Remember geometry and splitter positions for the next start."""
        self.settings.save_window_state("geometry", self.saveGeometry())
        self.settings.save_window_state("docks", self.saveState())
        for key, splitter in self._splitters().items():
            self.settings.save_window_state(key, splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_running("import", "export", "import-annotations") \
                and not self.confirm_close():
            event.ignore()
            return
        self.runner.cancel()
        self.runner.wait()
        self.editor_panel.finish_visit()
        self.save_window_state()  # a read-only settings object (--screenshot) writes nothing
        super().closeEvent(event)

    def confirm_close(self) -> bool:
        """Ask whether to stop the running import or export and close."""
        answer = QMessageBox.question(
            self, self.tr("Close Annotator?"),
            self.tr("An import or export is still running. Stop it and close? Documents "
                    "imported so far are kept; a stopped export leaves no file."))
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_about_action_triggered(self) -> None:
        AboutDialog.show_about(self)


def annotator_command(arguments: list[str]) -> tuple[str, list[str]]:
    """How to start Annotator again: the bundle's program, or this Python with ``-m``."""
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    return sys.executable, ["-m", "annotator", *arguments]
