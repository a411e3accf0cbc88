"""The main window: the project's documents on the left, the bilingual editor on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from annotator.gui.annotate_menu import AnnotateMenu
from annotator.gui.dialogs.about_dialog import AboutDialog
from annotator.gui.dialogs.settings_dialog import SettingsDialog
from annotator.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from annotator.gui.exchange_jobs import ExchangeMenu
from annotator.gui.jobs import Job, JobsPanel
from annotator.gui.menus import add_action
from annotator.gui.models.document_list_model import COL_TITLE, DocumentListModel
from annotator.gui.settings import AppSettings
from annotator.gui.translation_menu import TranslationMenu
from annotator.gui.widgets.editor_panel import EditorPanel
from annotator.gui.widgets.welcome_panel import WelcomePanel
from annotator.gui.workers import start_project_job
from annotator.ingest.errors import IngestError
from annotator.ingest.pipeline import ImportResult, import_file
from annotator.paths import resource_path, sample_documents
from annotator.storage.connection import ProjectConnections
from annotator.storage.documents import get_document, list_documents

IMPORT_FILTER = "Documents (*.txt *.md *.docx *.html *.htm *.pdf);;All files (*)"


class MainWindow(QMainWindow):
    """Lists the project's documents and edits the selected one."""

    document_opened = Signal(str)
    import_finished = Signal(object)

    def __init__(self, project: ProjectConnections, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.settings = settings
        self.setWindowTitle(self.tr("Annotator — %s") % project.path.name)
        self.setWindowIcon(QIcon(str(resource_path("icons", "annotator.svg"))))
        self.setAcceptDrops(True)
        self._tasks: list[object] = []
        self.current_doc_id: str | None = None

        self.document_model = DocumentListModel(self)
        self.document_view = QTableView()
        self.document_view.setModel(self.document_model)
        self.document_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.document_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.document_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.document_view.setWordWrap(True)
        self.document_view.verticalHeader().hide()
        header = self.document_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.document_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)  # a project has tens of documents, not 10,000

        self.welcome_panel = WelcomePanel()
        self.editor_panel = EditorPanel(project, lambda: self.settings.preferences().translator)
        self.content_stack = QStackedWidget()
        self.content_stack.addWidget(self.welcome_panel)
        self.content_stack.addWidget(self.editor_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.document_view)
        self.splitter.addWidget(self.content_stack)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([260, 1020])
        self.setCentralWidget(self.splitter)
        self.jobs_panel = JobsPanel()
        self.statusBar().addPermanentWidget(self.jobs_panel)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(800)

        self._build_menus()
        self.apply_font_size(settings.preferences().font_points)
        self._restore_window_state()

        self.document_view.selectionModel().selectionChanged.connect(
            self._on_document_view_selection_changed)
        self.welcome_panel.sample_requested.connect(self.open_sample)
        self.welcome_panel.import_requested.connect(self._on_import_action_triggered)
        for source in (self.editor_panel, self.editor_panel.annotation_panel):
            source.message_posted.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.editor_panel.target_saved.connect(self._progress_timer.start)
        self._progress_timer.timeout.connect(self._refresh_progress)
        self.refresh_documents()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = add_action(file_menu, self, self.tr("&Import documents…"),
                                        self._on_import_action_triggered,
                                        QKeySequence.StandardKey.Open)
        add_action(file_menu, self, self.tr("Open the &sample commentary"), self.open_sample)
        file_menu.addSeparator()
        self.exchange_menu = ExchangeMenu(self, file_menu)
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
        self.translation_menu = TranslationMenu(self,
                                                self.menuBar().addMenu(self.tr("&Translate")))
        self.annotate_menu = AnnotateMenu(self, self.menuBar().addMenu(self.tr("&Annotate")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        add_action(help_menu, self, self.tr("&Keyboard shortcuts"),
                   lambda: ShortcutsDialog.show_shortcuts(self),
                   QKeySequence.StandardKey.HelpContents)
        add_action(help_menu, self, self.tr("&About Annotator"), self._on_about_action_triggered)

    # -- documents ---------------------------------------------------------------------------

    def refresh_documents(self) -> None:
        """Reload the document list; show the welcome page when the project is empty."""
        self.document_model.set_rows(list_documents(self.project.db))
        if self.document_model.rowCount() == 0:
            self.content_stack.setCurrentWidget(self.welcome_panel)
            return
        row = self.document_model.row_of(self.current_doc_id or "")
        self.document_view.selectRow(max(row, 0))

    def open_document(self, doc_id: str) -> None:
        """Select ``doc_id`` in the list and open it in the editor."""
        row = self.document_model.row_of(doc_id)
        if row < 0:
            return
        self.document_view.selectRow(row)  # opens it through the selection slot
        if self.current_doc_id != doc_id:
            self._show_document(doc_id)

    def _show_document(self, doc_id: str) -> None:
        self.editor_panel.load_document(get_document(self.project.db, doc_id))
        self.content_stack.setCurrentWidget(self.editor_panel)
        self.current_doc_id = doc_id
        self.document_opened.emit(doc_id)

    def _refresh_progress(self) -> None:
        self.document_model.set_rows(list_documents(self.project.db))
        row = self.document_model.row_of(self.current_doc_id or "")
        if row >= 0:
            self.document_view.selectionModel().blockSignals(True)
            self.document_view.selectRow(row)
            self.document_view.selectionModel().blockSignals(False)

    # -- import ------------------------------------------------------------------------------

    def import_files(self, paths: list[Path]) -> Job:
        """Import ``paths`` in a background thread; the list refreshes when they are in."""
        project = self.project
        job = Job(self.tr("Importing %n file(s)", "", len(paths)), parent=self)

        def work() -> list[ImportResult | IngestError]:
            results: list[ImportResult | IngestError] = []
            for number, path in enumerate(paths):
                if job.cancelled:
                    break
                job.report(number, len(paths))
                try:
                    results.append(import_file(project.db, path))
                except IngestError as error:
                    results.append(error)
            return results

        self.jobs_panel.add_job(job)
        self._tasks.append(start_project_job(project, job, work, self._on_import_succeeded,
                                             self._on_import_failed))
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

    def _on_import_succeeded(self, results: list[ImportResult | IngestError]) -> None:
        errors = [str(r) for r in results if isinstance(r, IngestError)]
        done = [r for r in results if isinstance(r, ImportResult)]
        self.refresh_documents()
        if done:
            self.open_document(done[-1].document.id)
        self.statusBar().showMessage(self.tr("Imported %n document(s)", "", len(done)), 5000)
        if errors:
            QMessageBox.warning(self, self.tr("Some files were not imported"), "\n".join(errors))
        self.import_finished.emit(results)

    def _on_import_failed(self, error: Exception) -> None:
        QMessageBox.critical(self, self.tr("Import failed"), str(error))
        self.import_finished.emit([error])

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

    @Slot(QItemSelection, QItemSelection)
    def _on_document_view_selection_changed(self, selected: QItemSelection,
                                            _deselected: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if indexes:
            doc_id = self.document_model.summary(indexes[0].row()).id
            if doc_id != self.current_doc_id:
                self._show_document(doc_id)

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
        for key, splitter in self._splitters().items():
            state = self.settings.window_state(key)
            if state is not None:
                splitter.restoreState(state)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main_splitter": self.splitter, "editor_splitter": self.editor_panel.splitter,
                "annotation_splitter": self.editor_panel.vertical_splitter}

    def save_window_state(self) -> None:
        """Remember geometry and splitter positions for the next start."""
        self.settings.save_window_state("geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            self.settings.save_window_state(key, splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.translation_menu.controller.cancel()
        self.editor_panel.finish_visit()
        self.save_window_state()
        super().closeEvent(event)

    @Slot()
    def _on_about_action_triggered(self) -> None:
        AboutDialog.show_about(self)
