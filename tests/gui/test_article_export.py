"""File → Export translated article: the save dialog's suffix picks the format, a job writes it."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QFileDialog

from annotator.core.models import BlockRole, TargetStatus
from annotator.storage.segments import get_segments
from annotator.storage.targets import save_target

pytestmark = pytest.mark.gui


def _translate_title(window) -> str:  # type: ignore[no-untyped-def]
    db = window.project.db
    title = next(s for s in get_segments(db, window.current_doc_id)
                 if s.sentence.role is BlockRole.TITLE)
    english = "Signs of improvement in US-Azerbaijan relations"
    save_target(db, title.sentence.id, english, TargetStatus.REVIEWED, "ayse")
    return english


def test_the_menu_entry_writes_a_docx_and_reports_the_fallbacks(  # type: ignore[no-untyped-def]
        qtbot, sample_window, tmp_path: Path, monkeypatch) -> None:
    window = sample_window
    english = _translate_title(window)
    chosen = tmp_path / "article"  # no suffix: the chosen filter's is added
    asked: list[str] = []

    def save_name(_parent, _title, _folder, filters):  # type: ignore[no-untyped-def]
        asked.append(filters)
        return str(chosen), "Word document (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    action = window.exchange_menu.article_action
    assert action in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000) as done:
        action.trigger()
    report = done.args[1]
    assert not isinstance(report, Exception), report
    assert all(f in asked[0] for f in ("*.docx", "*.md", "*.html", "*.txt"))
    out = tmp_path / "article.docx"
    assert report.path == out and report.format == "docx"
    paragraphs = docx.Document(str(out)).paragraphs
    assert paragraphs[0].text == english and paragraphs[0].style.name == "Title"
    message = window.statusBar().currentMessage()
    assert str(out) in message
    match = re.search(r"(\d+) of (\d+) sentences kept in Turkish", message)
    assert match and int(match.group(1)) == report.untranslated == report.sentences - 1


def test_a_markdown_name_writes_markdown(qtbot, sample_window,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    window = sample_window
    out = tmp_path / "article.md"
    with qtbot.waitSignal(window.runner.job_finished, timeout=60_000) as done:
        job = window.exchange_menu.start_article_export(window.current_doc_id, out)
        assert job is not None
    assert done.args[1].format == "md"
    assert out.read_text(encoding="utf-8").startswith("# \\[TR\\] ")


def test_without_a_document_it_says_so(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: pytest.fail("no dialog without a document")))
    window.exchange_menu.article_action.trigger()
    assert "Open a document" in window.statusBar().currentMessage()
