"""The document list at corpus scale: natural sort, sort by date and progress, the filter box,
pages fetched as the view needs them, and progress refreshed without reloading the list."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from annotator.core.models import BlockRole, TargetStatus
from annotator.gui.models.document_list_model import (
    COL_DATE,
    COL_REVIEWED,
    COL_TITLE,
    COL_TRANSLATED,
    PAGE_SIZE,
    DocumentListModel,
)
from annotator.gui.widgets.editor_panel import TargetEditor
from annotator.ingest.pipeline import import_file
from annotator.project import Changes, SetTarget
from annotator.project import reads as project_reads
from annotator.storage.connection import open_project

pytestmark = pytest.mark.gui

NUMBERED = 125  # "BELGE 1" ... "BELGE 125": more than one page
SPECIAL = {"light": "IŞIKLI YOL", "izmir": "İZMİR NOTLARI", "tea": "Çay ve siyaset"}


def author_of(number: int) -> str | None:
    return ["Ayşe Kaya", "Ahmet Yılmaz", None][number % 3]


def published_of(number: int) -> str | None:
    return None if number % 4 == 0 else f"2023-{number % 12 + 1:02d}-{number % 28 + 1:02d}"


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A project of 128 small documents with authors and dates, made once for the module."""
    folder = tmp_path_factory.mktemp("doclist")
    path = folder / "corpus.sqlite"
    db = open_project(path)
    ids: dict[str, str] = {}
    texts = {str(n): (f"BELGE {n}", n) for n in range(1, NUMBERED + 1)}
    texts |= {key: (title, 1000 + i) for i, (key, title) in enumerate(SPECIAL.items())}
    for key, (title, number) in texts.items():
        source = folder / f"{key}.txt"
        source.write_text(f"{title}\n\nBu {number}. belgenin ilk cümlesi. İkinci cümle burada.",
                          encoding="utf-8")
        doc_id = import_file(db, source).document.id
        db.execute("UPDATE documents SET author = ?, published = ? WHERE id = ?",
                   [author_of(number), published_of(number), doc_id])
        ids[key] = doc_id
    db.close()
    return path, ids


@pytest.fixture
def corpus(corpus_file: tuple[Path, dict[str, str]], db_path: Path) -> dict[str, str]:
    """The test's own copy of the corpus; the document ids by key ("1" ... "125", "light")."""
    shutil.copyfile(corpus_file[0], db_path)
    return corpus_file[1]


def titles(model: DocumentListModel, rows: range | None = None) -> list[str]:
    return [model.header(row).title for row in rows or range(model.rowCount())]


def type_filter(window, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the filter box (QTest types ASCII only: the rest arrives as an input method
    commits it, all at once)."""
    edit = window.document_list.filter_edit
    edit.clear()
    edit.insert(text)


def click_header(qtbot, window, column: int) -> None:  # type: ignore[no-untyped-def]
    header = window.document_view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def shown_window(qtbot, main_window: Callable[..., object]):  # type: ignore[no-untyped-def]
    window = main_window()
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_titles_sort_naturally_and_the_first_page_only_is_loaded(
        qtbot, main_window, corpus: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, main_window)
    model = window.document_model
    assert model.total_count() == NUMBERED + len(SPECIAL)
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(model.index(-1, -1))
    assert titles(model, range(12)) == [f"BELGE {n}" for n in range(1, 13)]
    assert window.current_doc_id == corpus["1"]  # the first row opens
    header = window.document_view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COL_TITLE, Qt.SortOrder.AscendingOrder)
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == model.total_count()
    assert not model.canFetchMore(model.index(-1, -1))
    # After the numbered ones: Ç after C and before D, I (dotless capital) before İ.
    assert titles(model)[NUMBERED:] == ["Çay ve siyaset", "IŞIKLI YOL", "İZMİR NOTLARI"]
    click_header(qtbot, window, COL_TITLE)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    rows, heights = window.document_view.verticalHeader(), []
    for points in (9, 20):  # every row holds its two lines, whatever the font size
        window.apply_font_size(points)
        heights.append(rows.sectionSize(0))
        assert heights[-1] >= 2 * window.document_view.fontMetrics().lineSpacing()
    assert heights[1] > heights[0]
    assert titles(model, range(4)) == ["İZMİR NOTLARI", "IŞIKLI YOL", "Çay ve siyaset",
                                       "BELGE 125"]


def test_sorting_by_date_puts_the_newest_first_and_keeps_the_open_document_selected(
        qtbot, main_window, corpus: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, main_window)
    model = window.document_model
    window.open_document(corpus["7"])
    click_header(qtbot, window, COL_DATE)
    assert window.document_view.horizontalHeader().sortIndicatorSection() == COL_DATE
    dates = [model.header(row).date for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert model.header(0).published is None  # imported today: newer than every 2023 date
    assert window.current_doc_id == corpus["7"]
    selected = window.document_view.selectionModel().selectedRows()
    assert [model.header(index.row()).id for index in selected] == [corpus["7"]]
    click_header(qtbot, window, COL_DATE)
    ascending = [model.header(row).date for row in range(model.rowCount())]
    assert ascending == sorted(ascending) and ascending[0].startswith("2023")


def test_sorting_by_progress_reads_every_figure_and_keeps_title_order_for_ties(
        qtbot, main_window, corpus: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, main_window)
    project, model = window.project, window.document_model

    def confirm(key: str, roles: set[BlockRole], status: TargetStatus) -> None:
        ids = [s.sentence.id for s in project.segments(corpus[key]) if s.sentence.role in roles]
        for sentence_id in ids:
            SetTarget(project, sentence_id, f"English {sentence_id}", status).apply()

    confirm("120", {BlockRole.TITLE, BlockRole.BODY}, TargetStatus.REVIEWED)  # not fetched yet
    confirm("3", {BlockRole.TITLE}, TargetStatus.TRANSLATED)
    click_header(qtbot, window, COL_TRANSLATED)
    assert titles(model, range(4)) == ["BELGE 120", "BELGE 3", "BELGE 1", "BELGE 2"]
    assert model.data(model.index(0, COL_TRANSLATED)) == "100 %"
    assert model.data(model.index(1, COL_TRANSLATED)) == "33 %"
    assert model.data(model.index(0, COL_REVIEWED)) == "100 %"
    click_header(qtbot, window, COL_TRANSLATED)  # ascending: the untouched ones first
    assert titles(model, range(2)) == ["BELGE 1", "BELGE 2"]
    model.row_of(corpus["3"])
    assert titles(model)[-2:] == ["BELGE 3", "BELGE 120"]


def test_filter_folds_case_and_turkish_i_over_title_author_and_date(
        qtbot, main_window, corpus: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, main_window)
    doc_list, model = window.document_list, window.document_model
    total = model.total_count()
    edit = doc_list.filter_edit
    assert edit.placeholderText() and edit.isClearButtonEnabled()
    for typed, expected in (("ışık", ["IŞIKLI YOL"]), ("ISIK", ["IŞIKLI YOL"]),
                            ("Işıklı yol", ["IŞIKLI YOL"]), ("izmir", ["İZMİR NOTLARI"]),
                            ("IZMIR", ["İZMİR NOTLARI"]), ("İzmir notları", ["İZMİR NOTLARI"]),
                            ("ÇAY", ["Çay ve siyaset"]), ("cay siyaset", ["Çay ve siyaset"])):
        type_filter(window, typed)
        assert titles(model) == expected, typed
        assert doc_list.count_label.text() == f"Documents: 1 of {total}"
    edit.clear()
    qtbot.keyClicks(edit, "YILMAZ")  # the author
    by_yilmaz = [n for n in range(1, NUMBERED + 1) if author_of(n) == "Ahmet Yılmaz"]
    assert model.shown_count() == len(by_yilmaz) + 1  # "Çay ve siyaset" is number 1002
    assert titles(model, range(3)) == [f"BELGE {n}" for n in by_yilmaz[:3]]
    edit.clear()
    qtbot.keyClicks(edit, "2023-05")  # the date
    in_may = sorted(n for n in range(1, NUMBERED + 1) if (published_of(n) or "")[:7] == "2023-05")
    assert titles(model) == [f"BELGE {n}" for n in in_may]
    assert doc_list.count_label.text() == f"Documents: {len(in_may)} of {total}"
    edit.clear()
    qtbot.keyClicks(edit, "kaya 2023-04")  # every word, anywhere in title, author or date
    assert titles(model) == [f"BELGE {n}" for n in range(1, NUMBERED + 1)
                             if author_of(n) == "Ayşe Kaya"
                             and (published_of(n) or "")[:7] == "2023-04"]
    assert model.shown_count() > 0
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "" and model.shown_count() == total
    assert doc_list.count_label.text() == f"Documents: {total}"


def test_the_open_document_stays_selected_while_listed_and_opening_one_clears_the_filter(
        qtbot, main_window, corpus: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, main_window)
    doc_list, model = window.document_list, window.document_model
    window.open_document(corpus["5"])

    def selected() -> list[str]:
        return [model.header(i.row()).id for i in
                window.document_view.selectionModel().selectedRows()]

    qtbot.keyClicks(doc_list.filter_edit, "belge 5")
    assert selected() == [corpus["5"]]
    doc_list.filter_edit.clear()
    type_filter(window, "ışık")  # hides the open document: still open
    assert selected() == [] and window.current_doc_id == corpus["5"]
    qtbot.keyClick(doc_list.filter_edit, Qt.Key.Key_Escape)
    assert selected() == [corpus["5"]]
    type_filter(window, "ışık")
    window.open_document(corpus["izmir"])  # e.g. from a search hit: the filter gives way
    assert doc_list.filter_edit.text() == ""
    assert window.current_doc_id == corpus["izmir"] and selected() == [corpus["izmir"]]


def test_a_document_beyond_the_first_page_opens_and_is_fetched_up_to(
        qtbot, main_window, corpus: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, main_window)
    model = window.document_model
    assert model.rowCount() == PAGE_SIZE
    last = corpus[str(NUMBERED)]
    with qtbot.waitSignal(window.document_opened, timeout=5000) as opened:
        window.open_document(last)
    assert opened.args == [last]
    row = model.row_of(last)
    assert row >= PAGE_SIZE and model.rowCount() > row
    assert model.summary(row).sentences == 3
    assert window.editor_panel.title_label.text() == f"BELGE {NUMBERED}"
    selected = window.document_view.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [row]
    assert window.document_view.rowAt(window.document_view.visualRect(
        model.index(row, 0)).center().y()) == row  # scrolled into view


def test_scrolling_to_the_bottom_fetches_the_next_page(
        qtbot, main_window, corpus: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, main_window)
    model, view = window.document_model, window.document_view
    assert model.rowCount() == PAGE_SIZE
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == model.total_count(), timeout=5000)


def test_confirming_a_sentence_refreshes_the_figures_of_the_loaded_rows_only(
        qtbot, main_window, corpus: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, main_window)
    model, view = window.document_model, window.document_view
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.scrollTo(model.index(40, 0))
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0
    reads: list[object] = []
    real_progress = project_reads.document_progress

    def headers(db: object) -> list[object]:  # must not be called: no reload of the list
        reads.append("headers")
        return []

    def progress(db: Database, ids: list[str] | None = None) -> dict[str, object]:
        reads.append(ids)
        return dict(real_progress(db, ids))

    monkeypatch.setattr(project_reads, "document_headers", headers)
    monkeypatch.setattr(project_reads, "document_progress", progress)
    assert model.data(model.index(0, COL_TRANSLATED)) == "0 %"
    grid = window.editor_panel.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, TargetEditor)
    qtbot.keyClicks(editor, "Document 1")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.data(model.index(0, COL_TRANSLATED)) == "33 %", timeout=5000)
    assert "headers" not in reads and None not in reads
    assert all(isinstance(ids, list) and len(ids) == PAGE_SIZE for ids in reads)
    assert model.rowCount() == PAGE_SIZE and model.header(0).id == corpus["1"]
    assert view.verticalScrollBar().value() == scrolled
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]


def test_new_documents_reload_the_list(qtbot, main_window, corpus: dict[str, str],
                                       tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, main_window)
    model = window.document_model
    source = tmp_path / "new.txt"
    source.write_text("BELGE 0\n\nYeni bir belge.", encoding="utf-8")
    doc_id = import_file(window.project.db, source).document.id
    window.runner.announce(Changes.of(document_list=True))
    assert model.total_count() == NUMBERED + len(SPECIAL) + 1
    assert model.header(0).id == doc_id and window.current_doc_id == corpus["1"]


def test_the_model_passes_the_model_tester_sorted_filtered_and_fetching(
        qtmodeltester, main_window, corpus: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    # A fresh model per state: pytest-qt's Python tester runs its checks (and fetchMore) from
    # modelReset before it records the end of the reset, so it cannot follow a reset itself.
    project = main_window().project
    for query, column in (("", COL_TITLE), ("belge 1", COL_TITLE), ("", COL_REVIEWED),
                          ("kaya", COL_DATE)):
        model = DocumentListModel(page_size=10)
        model.load(project.document_headers(), project.document_progress)
        model.set_filter(query)
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == min(10, model.shown_count())
        qtmodeltester.check(model, force_py=True)  # fetches page after page, 10 rows each
        assert 10 <= model.rowCount() <= model.shown_count()
