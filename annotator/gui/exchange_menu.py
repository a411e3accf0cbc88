"""File → Export dataset / Export translated article / Import annotations, run through the operation
runner in the background.

An export reads a snapshot of the project, so the person goes on editing while it runs; an import
is one transaction. Both show progress (export: Cancel too) and end with a line in the status bar
or the reason they stopped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMenu

from annotator.exchange.article import ArticleReport, article_format_for
from annotator.exchange.options import ExportReport, ImportReport
from annotator.gui.context import WindowContext
from annotator.gui.dialogs.export_dialog import ExportDialog, ExportRequest
from annotator.gui.jobs import Job
from annotator.gui.menus import add_action
from annotator.project import JobControl, Outcome

IMPORT_FILTER = "Annotations (*.jsonl *.json *.tmx *.xlf *.xliff);;All files (*)"
EXPORT_GROUP = "export"
ARTICLE_GROUP = "export-article"
IMPORT_GROUP = "import-annotations"


class ExchangeMenu(QObject):
    """Adds the export and import entries to the File menu and starts them as jobs."""

    def __init__(self, context: WindowContext, menu: QMenu) -> None:
        super().__init__(context.parent)
        self.context = context
        self.export_action = add_action(menu, self, self.tr("&Export dataset…"),
                                        self.export_dataset, "Ctrl+Shift+X")
        self.article_action = add_action(menu, self, self.tr("Export &translated article…"),
                                         self.export_article)
        self.import_action = add_action(menu, self, self.tr("Import &annotations…"),
                                        self.choose_annotations)

    @Slot()
    def export_dataset(self) -> None:
        """Ask what to export, then write it in the background."""
        request = ExportDialog.get_request(self.context.current_document(), self.context.parent)
        if request is not None:
            self.start_export(request)

    def start_export(self, request: ExportRequest) -> Job | None:
        """Write ``request`` in a worker thread from a snapshot; None when one is running."""
        project = self.context.project

        def work(control: JobControl) -> ExportReport:
            return project.export(request.format, request.options, request.path, control)

        job = self.context.runner.start(EXPORT_GROUP,
                                        self.tr("Exporting %s") % request.format.value,
                                        work, self._on_export_done)
        if job is None:
            self.context.show_message(self.tr("An export is already running."))
        return job

    @Slot()
    def export_article(self) -> None:
        """Ask where to write the open document's English (the suffix picks the format)."""
        doc_id = self.context.current_document()
        if doc_id is None:
            self.context.show_message(self.tr("Open a document to export it as an article."))
            return
        filters = [self.tr("Word document (*.docx)"), self.tr("Markdown (*.md)"),
                   self.tr("Web page (*.html)"), self.tr("Plain text (*.txt)")]
        name, chosen = QFileDialog.getSaveFileName(
            self.context.parent, self.tr("Export translated article"), "", ";;".join(filters))
        if not name:
            return
        path = Path(name)
        if article_format_for(path) is None:  # no suffix typed: take the chosen filter's
            suffix = (".docx", ".md", ".html", ".txt")[filters.index(chosen)] \
                if chosen in filters else ".docx"
            path = path.with_name(path.name + suffix)
        self.start_article_export(doc_id, path)

    def start_article_export(self, doc_id: str, path: Path) -> Job | None:
        """Write document ``doc_id`` as an article to ``path`` (format by suffix) from a
        snapshot, in a worker thread; None when one is already running."""
        project = self.context.project
        fmt = article_format_for(path) or "docx"

        def work(_control: JobControl) -> ArticleReport:
            return project.export_article(doc_id, fmt, path)

        job = self.context.runner.start(ARTICLE_GROUP, self.tr("Exporting the article"), work,
                                        self._on_article_done, cancellable=False)
        if job is None:
            self.context.show_message(self.tr("An article export is already running."))
        return job

    @Slot()
    def choose_annotations(self) -> None:
        """Pick a file of annotations or translations to bring into the project."""
        name, _ = QFileDialog.getOpenFileName(self.context.parent, self.tr("Import annotations"),
                                              "", IMPORT_FILTER)
        if name:
            self.start_import(Path(name))

    def start_import(self, path: Path) -> Job | None:
        """Import ``path`` (one transaction) in a worker thread."""
        project = self.context.project

        def work(_control: JobControl) -> Outcome[ImportReport]:
            return project.import_annotations(path)

        job = self.context.runner.start(IMPORT_GROUP, self.tr("Importing %s") % path.name,
                                        work, self._on_import_done, cancellable=False)
        if job is None:
            self.context.show_message(self.tr("An import of annotations is already running."))
        return job

    def _on_export_done(self, report: ExportReport) -> None:
        text = self.tr("Exported %1 sentences (%2 records) to %3 in %4 s.").replace(
            "%1", str(report.sentences)).replace("%2", str(report.records)).replace(
            "%3", str(report.path)).replace("%4", f"{report.seconds:.1f}")
        if report.skipped_spans:
            text += " " + self.tr("%n span(s) outside their text were left out.", "",
                                  report.skipped_spans)
        self.context.show_message(text)

    def _on_article_done(self, report: ArticleReport) -> None:
        text = self.tr("Wrote the article to %1: %2 paragraphs, %3 notes; %4 of %5 sentences "
                       "kept in Turkish (marked [TR]).")
        for number, value in enumerate((report.path, report.paragraphs, report.notes,
                                        report.untranslated, report.sentences), start=1):
            text = text.replace(f"%{number}", str(value))
        self.context.show_message(text)

    def _on_import_done(self, outcome: Outcome[ImportReport]) -> None:
        report = outcome.report
        added = report.documents + report.translations + report.targets + report.mentions \
            + report.events + report.actors + report.cache_entries
        text = self.tr("Imported %1 records from %2: %3 documents, %4 translations, "
                       "%5 mentions, %6 events, %7 actors; %8 already there.")
        for number, value in enumerate(
                (report.records, report.path.name, report.documents,
                 report.translations + report.targets + report.cache_entries, report.mentions,
                 report.events, report.actors, report.unchanged), start=1):
            text = text.replace(f"%{number}", str(value))
        if not added:
            text = self.tr("Nothing new in %s.") % report.path.name
        self.context.show_message(text)
