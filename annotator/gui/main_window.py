"""The main window: the project's documents on the left, the selected document on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from annotator import __version__
from annotator.gui.models.document_list_model import COL_TITLE, DocumentListModel
from annotator.gui.widgets.document_panel import DocumentPanel
from annotator.gui.widgets.welcome_panel import WelcomePanel
from annotator.gui.workers import start_task
from annotator.ingest.errors import IngestError
from annotator.ingest.pipeline import ImportResult, import_file
from annotator.paths import resource_path, sample_documents
from annotator.storage.connection import ProjectConnections
from annotator.storage.documents import get_document, get_sentences, list_documents

IMPORT_FILTER = "Documents (*.txt *.md *.docx *.html *.htm *.pdf);;All files (*)"


class MainWindow(QMainWindow):
    """Lists the project's documents and shows the selected one."""

    document_opened = Signal(str)
    import_finished = Signal(object)

    def __init__(self, project: ProjectConnections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Annotator — %s") % project.path.name)
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

        self.welcome_panel = WelcomePanel()
        self.document_panel = DocumentPanel()
        self.content_stack = QStackedWidget()
        self.content_stack.addWidget(self.welcome_panel)
        self.content_stack.addWidget(self.document_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.document_view)
        self.splitter.addWidget(self.content_stack)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 840])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self.statusBar().showMessage(str(project.path))
        self.setWindowIcon(QIcon(str(resource_path("icons", "annotator.svg"))))

        self.document_view.selectionModel().selectionChanged.connect(
            self._on_document_view_selection_changed)
        self.welcome_panel.sample_requested.connect(self.open_sample)
        self.welcome_panel.import_requested.connect(self._on_import_action_triggered)
        self.refresh_documents()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import documents…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.sample_action = QAction(self.tr("Open the &sample commentary"), self)
        self.sample_action.triggered.connect(self.open_sample)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.import_action, self.sample_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Annotator"), self)
        about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(about_action)

    def refresh_documents(self) -> None:
        """Reload the document list from the project; show the welcome page when it is empty."""
        self.document_model.set_rows(list_documents(self.project.db))
        empty = self.document_model.rowCount() == 0
        self.content_stack.setCurrentWidget(self.welcome_panel if empty else self.document_panel)
        if not empty and not self.document_view.selectionModel().hasSelection():
            self.document_view.selectRow(0)

    def open_document(self, doc_id: str) -> None:
        """Select ``doc_id`` in the list and show it."""
        row = self.document_model.row_of(doc_id)
        if row < 0:
            return
        self.document_view.selectRow(row)  # shows it through the selection slot
        if self.current_doc_id != doc_id:
            self._show_document(doc_id)

    def _show_document(self, doc_id: str) -> None:
        db = self.project.db
        self.document_panel.show_document(get_document(db, doc_id), get_sentences(db, doc_id))
        self.content_stack.setCurrentWidget(self.document_panel)
        self.current_doc_id = doc_id
        self.document_opened.emit(doc_id)

    def import_files(self, paths: list[Path]) -> None:
        """Import ``paths`` in a background thread; the list refreshes when they are in."""
        project = self.project

        def work() -> list[ImportResult | IngestError]:
            results: list[ImportResult | IngestError] = []
            for path in paths:
                try:
                    results.append(import_file(project.db, path))
                except IngestError as error:
                    results.append(error)
            return results

        self.statusBar().showMessage(self.tr("Importing %n file(s)…", "", len(paths)))
        self._tasks.append(start_task(work, self._on_import_succeeded, self._on_import_failed))

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
        self.refresh_documents()
        errors = [str(r) for r in results if isinstance(r, IngestError)]
        done = [r for r in results if isinstance(r, ImportResult)]
        if done:
            self.open_document(done[-1].document.id)
        self.statusBar().showMessage(self.tr("Imported %n document(s)", "", len(done)), 5000)
        if errors:
            QMessageBox.warning(self, self.tr("Some files were not imported"), "\n".join(errors))
        self.import_finished.emit(results)

    def _on_import_failed(self, error: Exception) -> None:
        self.statusBar().clearMessage()
        QMessageBox.critical(self, self.tr("Import failed"), str(error))
        self.import_finished.emit([error])

    @Slot()
    def _on_import_action_triggered(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import documents"), "",
                                                IMPORT_FILTER)
        if names:
            self.import_files([Path(n) for n in names])

    @Slot(QItemSelection, QItemSelection)
    def _on_document_view_selection_changed(self, selected: QItemSelection,
                                            _deselected: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if indexes:
            self._show_document(self.document_model.summary(indexes[0].row()).id)

    @Slot()
    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Annotator"), self.tr(
            "Annotator %s\nTranslate and event-annotate Turkish political commentary.")
            % __version__)
