"""Table model of the project's documents, sorted and filtered in Python, shown page by page.

It holds every document's header (title, author, dates: one cheap query) and shows them lazily
(``canFetchMore``/``fetchMore``, a page of rows at a time); each page's progress figures come
from one aggregate query through a *progress source*, so opening a project of 10,000 documents
reads the progress of the first page only. Percentages are of the parts meant to be translated
(the project's translatable roles, title and body by default), the figures ``annotator docs``
prints. Sorting by progress needs every document's figures: they are read once, in one query.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from annotator.core.collation import natural_keys
from annotator.core.models import DocumentHeader, DocumentProgress, DocumentSummary
from annotator.core.turkish import search_key
from annotator.gui.models import ModelIndex

COL_TITLE = 0
COL_DATE = 1
COL_TRANSLATED = 2
COL_REVIEWED = 3
COLUMN_COUNT = 4

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100
NO_PROGRESS = DocumentProgress()

# The figures of the given documents (None: of every document), as Project.document_progress.
ProgressSource = Callable[[Sequence[str] | None], Mapping[str, DocumentProgress]]


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2`` ... replaced at once (a title holding ``%2`` stays)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


def _no_progress(_doc_ids: Sequence[str] | None) -> Mapping[str, DocumentProgress]:
    return {}


class DocumentListModel(QAbstractTableModel):
    """One row per document: title with its sentence count, date, % translated, % reviewed."""

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._headers: list[DocumentHeader] = []
        self._position: dict[str, int] = {}  # document id -> index in _headers
        self._source: ProgressSource = _no_progress
        self._progress: dict[str, DocumentProgress] = {}
        self._every_progress = False  # _progress holds every document (read to sort by it)
        self._title_keys: list[str] | None = None
        self._haystacks: list[str] | None = None
        self._sorted: list[int] = []  # every header, in the chosen order
        self._shown: list[int] = []  # the headers that pass the filter, in that order
        self._fetched = 0  # rows the view has (the first _fetched of _shown)
        self._sort_column = COL_TITLE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._terms: list[str] = []

    # -- contents ----------------------------------------------------------------------------

    def load(self, headers: Sequence[DocumentHeader], source: ProgressSource) -> None:
        """Show ``headers`` (every document), reading progress through ``source``; the sort
        order and the filter stay."""
        self._source = source
        self._progress = {}
        self._every_progress = False
        self._headers = list(headers)
        self._position = {header.id: index for index, header in enumerate(self._headers)}
        self._title_keys = None
        self._haystacks = None
        self._arrange(sort=True)

    def set_rows(self, rows: Sequence[DocumentSummary]) -> None:
        """Show documents whose figures are already known (no author or publication date)."""
        known = {row.id: DocumentProgress(row.sentences, row.translatable, row.translated,
                                          row.reviewed, row.annotated) for row in rows}
        self.load([DocumentHeader(row.id, row.title, None, None, row.imported_at) for row in rows],
                  lambda ids: known if ids is None else {i: known[i] for i in ids if i in known})

    def set_filter(self, text: str) -> None:
        """Show only documents whose title, author or date holds every word of ``text``
        (case, Turkish dotted/dotless i and accents ignored)."""
        terms = search_key(text).split()
        if terms != self._terms:
            self._terms = terms
            self._arrange(sort=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Natural order by title, by date (published, else imported) or by % translated or
        % reviewed; ties in title order."""
        if not 0 <= column < COLUMN_COUNT or (column, order) == (self._sort_column,
                                                                  self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self._arrange(sort=True)

    def sort_column(self) -> int:
        """The column the rows are sorted by."""
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        """Ascending or descending."""
        return self._sort_order

    def refresh_progress(self) -> None:
        """Read the figures of the rows the view has again (one query) and show them; the order
        stays as it is (rows sorted by progress move at the next sort)."""
        ids = [self._headers[index].id for index in self._shown[:self._fetched]]
        fresh = self._source(ids) if ids else {}
        self._progress = {doc_id: fresh.get(doc_id, NO_PROGRESS) for doc_id in ids}
        self._every_progress = False  # the figures of the other documents may be stale
        if self._fetched:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._fetched - 1, COLUMN_COUNT - 1))

    def _arrange(self, sort: bool) -> None:
        """Sort (when asked) and filter every header again, and show the first page."""
        self.beginResetModel()
        if sort:
            self._sorted = self._order()
        self._shown = ([index for index in self._sorted if self._matches(index)]
                       if self._terms else list(self._sorted))
        self._fetched = 0
        self._fetch_to(min(self.page_size, len(self._shown)), inserting=False)
        self.endResetModel()

    def _order(self) -> list[int]:
        if self._title_keys is None:
            self._title_keys = natural_keys([header.title for header in self._headers])
        keys = self._title_keys
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        indexes = sorted(range(len(self._headers)), key=keys.__getitem__,
                         reverse=descending and self._sort_column == COL_TITLE)
        if self._sort_column == COL_DATE:
            headers = self._headers
            indexes.sort(key=lambda index: headers[index].date, reverse=descending)
        elif self._sort_column in (COL_TRANSLATED, COL_REVIEWED):
            self._read_every_progress()
            percent = self._percent_key(self._sort_column)
            indexes.sort(key=percent, reverse=descending)  # stable: ties keep title order
        return indexes

    def _percent_key(self, column: int) -> Callable[[int], float]:
        headers, progress = self._headers, self._progress

        def key(index: int) -> float:
            figures = progress.get(headers[index].id, NO_PROGRESS)
            return figures.percent(figures.translated if column == COL_TRANSLATED
                                   else figures.reviewed)
        return key

    def _read_every_progress(self) -> None:
        if not self._every_progress:
            self._progress = dict(self._source(None))
            self._every_progress = True

    def _matches(self, index: int) -> bool:
        if self._haystacks is None:  # folded all at once: one string, then split
            lines = "\n".join(f"{h.title}\t{h.author or ''}\t{h.date}".replace("\n", " ")
                              for h in self._headers)
            self._haystacks = search_key(lines).split("\n") if self._headers else []
        haystack = self._haystacks[index]
        return all(term in haystack for term in self._terms)

    def _fetch_to(self, count: int, inserting: bool = True) -> None:
        """Give the view the first ``count`` shown rows, reading the missing figures at once."""
        count = min(count, len(self._shown))
        if count <= self._fetched:
            return
        missing = [self._headers[index].id for index in self._shown[self._fetched:count]
                   if self._headers[index].id not in self._progress]
        if missing:
            fresh = self._source(missing)
            self._progress.update({doc_id: fresh.get(doc_id, NO_PROGRESS) for doc_id in missing})
        if inserting:
            self.beginInsertRows(QModelIndex(), self._fetched, count - 1)
        self._fetched = count
        if inserting:
            self.endInsertRows()

    # -- lookups -----------------------------------------------------------------------------

    def total_count(self) -> int:
        """Documents in the project."""
        return len(self._headers)

    def shown_count(self) -> int:
        """Documents that pass the filter (fetched or not yet)."""
        return len(self._shown)

    def contains(self, doc_id: str) -> bool:
        """Whether ``doc_id`` is in the project (listed or filtered out)."""
        return doc_id in self._position

    def header(self, row: int) -> DocumentHeader:
        """The document shown in ``row``."""
        return self._headers[self._shown[row]]

    def summary(self, row: int) -> DocumentSummary:
        """The document shown in ``row`` with its figures."""
        header = self.header(row)
        return DocumentSummary.of(header, self._progress.get(header.id, NO_PROGRESS))

    def row_of(self, doc_id: str) -> int:
        """The row showing ``doc_id`` (fetching the rows up to it), or -1 when it is not
        listed (unknown, or filtered out)."""
        position = self._position.get(doc_id)
        if position is None:
            return -1
        try:
            row = self._shown.index(position)
        except ValueError:
            return -1
        if row >= self._fetched:
            pages = row // self.page_size + 1
            self._fetch_to(pages * self.page_size)
        return row

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._fetched < len(self._shown)

    def fetchMore(self, parent: ModelIndex) -> None:
        if not parent.isValid():
            self._fetch_to(self._fetched + self.page_size)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Document"), self.tr("Date"), self.tr("Tr."),
                    self.tr("Rev.")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [self.tr("Title and number of sentences; click to sort by title"),
                    self.tr("Publication date, else the day of import (in italics); click to "
                            "sort by date"),
                    self.tr("% translated, of the parts meant to be translated; click to sort"),
                    self.tr("% reviewed, of the parts meant to be translated; click to sort"),
                    ][section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # newest and furthest along first
            return (Qt.SortOrder.AscendingOrder if section == COL_TITLE
                    else Qt.SortOrder.DescendingOrder)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._fetched:
            return None
        header = self.header(index.row())
        column = index.column()
        if role == DOCUMENT_ID_ROLE:
            return header.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(header, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(header, column)
        if role == Qt.ItemDataRole.FontRole and column == COL_DATE and not header.published:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_TITLE:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, header: DocumentHeader, column: int) -> str:
        figures = self._progress.get(header.id, NO_PROGRESS)
        if column == COL_TITLE:
            return fill(self.tr("%1\nSentences: %2"), header.title, figures.sentences)
        if column == COL_DATE:
            return header.date
        count = figures.translated if column == COL_TRANSLATED else figures.reviewed
        return f"{figures.percent(count):.0f} %"

    def _tooltip(self, header: DocumentHeader, column: int) -> str:
        if column == COL_DATE:
            return (fill(self.tr("Published %1"), header.published) if header.published
                    else fill(self.tr("Imported %1 (no publication date)"), header.date))
        figures = self._progress.get(header.id, NO_PROGRESS)
        title = (fill(self.tr("%1\nby %2"), header.title, header.author) if header.author
                 else header.title)
        return fill(self.tr("%1\nid %2 · %3 % annotated\n%4 of %5 sentences are meant to "
                            "be translated"), title, header.id,
                    f"{figures.percent(figures.annotated):.0f}", figures.translatable,
                    figures.sentences)
